import Foundation
import Testing
import TestSupport

/// `sitegen import xlsx` through the real executable: exit codes, what it prints, what it writes.
@Suite struct ImportCommandTests {
    static var binary: String {
        // The test bundle sits beside the executable in the build products folder.
        let products = Bundle.main.bundleURL.deletingLastPathComponent().path
        for candidate in [products + "/sitegen", TemporarySite.repository + "/.build/debug/sitegen"]
        where FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return products + "/sitegen"
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    func run(_ arguments: [String], in folder: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func importXLSXFromTheCommandLine() throws {
        let site = TemporarySite()
        try XLSXImportTests.procurementBook.write(to: site.root + "/book.xlsx")

        let dry = try run(["import", "xlsx", "book.xlsx", "--kind", "procurement", "--dry-run"], in: site.root)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stderr.contains("sheet 'สขร1': 3 row(s) read; would add 3, would change 0"))
        #expect(!FileManager.default.fileExists(atPath: site.content + "/data/procurement/2568-items.csv"))

        let good = try run(["import", "xlsx", "book.xlsx", "--kind", "procurement", "--sheet", "สขร1"], in: site.root)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("added   67119123456 โครงการก่อสร้างถนน คสล. หมู่ที่ ๓ (data/procurement/2568-items.csv)"))
        // A Thai site's messages: the Thai first, on the line that names the place, the English beneath.
        #expect(good.stderr.contains("book.xlsx:3:11: warning: field 'สขร1!K3': คอลัมน์ 'ผู้ตรวจ' ไม่ใช่คอลัมน์ที่ sitegen อ่านสำหรับ procurement จึงไม่ได้นำเข้า\n"
                                     + "    the column 'ผู้ตรวจ' is not one sitegen reads for procurement; it was left out."))
        #expect(good.stderr.contains("wrote data/procurement/2568.yaml, data/procurement/2568-items.csv"))
        let csv = try #require(FileManager.default.contents(atPath: site.content + "/data/procurement/2568-items.csv"))

        // Errors: nothing changes, exit 1; a mistake in the command: exit 2.
        let missing = try run(["import", "xlsx", "book.xlsx", "--kind", "procurement", "--sheet", "Sheet9"], in: site.root)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("book.xlsx: error: สมุดงานไม่มีแผ่นงาน 'Sheet9'\n    the workbook has no sheet 'Sheet9'."))
        #expect(missing.stderr.contains("import failed: 1 error(s); no file was changed."))
        try Data("not a workbook".utf8).write(to: URL(fileURLWithPath: site.root + "/bad.xlsx"))
        let bad = try run(["import", "xlsx", "bad.xlsx", "--kind", "complaint-stats"], in: site.root)
        #expect(bad.status == 1 && bad.stderr.contains("bad.xlsx: error: the file is not an Excel workbook (.xlsx)."))
        let wrongKind = try run(["import", "xlsx", "book.xlsx", "--kind", "budget"], in: site.root)
        #expect(wrongKind.status == 2)
        #expect(wrongKind.stderr.contains("'procurement', 'service-stats' or 'complaint-stats'"))
        let noKind = try run(["import", "xlsx", "book.xlsx"], in: site.root)
        #expect(noKind.status == 2)
        #expect(FileManager.default.contents(atPath: site.content + "/data/procurement/2568-items.csv") == csv)
    }
}
