import Foundation
import TestSupport
import Testing

/// Runs the real `sitegen` executable and checks exit codes and messages.
@Suite struct CommandLineTests {
    static var binary: String {
        // The test bundle sits beside the executable in the build products folder.
        let products = Bundle.main.bundleURL.deletingLastPathComponent().path
        for candidate in [products + "/sitegen", TemporarySite.repository + "/.build/debug/sitegen"]
        where FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return products + "/sitegen"
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                   stderr: String(decoding: e, as: UTF8.self))
    }

    func siteWithTheme() throws -> TemporarySite {
        let site = TemporarySite()
        try FileManager.default.createSymbolicLink(atPath: site.root + "/themes", withDestinationPath: TemporarySite.defaultThemes)
        site.page("index.md", title: "หน้าแรก")
        return site
    }

    @Test func buildSucceedsWithExitZero() throws {
        let site = try siteWithTheme()
        let r = try run(["build"], in: site.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(site.read("index.html") != nil)
    }

    @Test func theSearchIndexIsChosenBySITEGEN_PAGEFIND() throws {
        let site = try siteWithTheme()
        // No Pagefind on PATH nor in the site's folder: a one-line note, and the site is built.
        let missing = try run(["build"], in: site.root, environment: ["PATH": "/usr/bin:/bin"])
        #expect(missing.status == 0, "\(missing.stderr)")
        #expect(missing.stderr.contains("note: Pagefind was not found"))
        #expect(missing.stderr.split(separator: "\n").filter { $0.contains("Pagefind") }.count == 1)
        let off = try run(["build"], in: site.root, environment: ["SITEGEN_PAGEFIND": "off"])
        #expect(off.status == 0 && !off.stderr.contains("Pagefind"))
        // Not an executable: a mistake in the command (2), in Thai and English.
        let wrong = try run(["build"], in: site.root, environment: ["SITEGEN_PAGEFIND": "no-such-pagefind"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("SITEGEN_PAGEFIND='no-such-pagefind' is neither 'off' nor an executable file"))
        #expect(wrong.stderr.contains("ต้องเป็น off"))
        // A Pagefind that fails: exit 1, public/ unchanged.
        let before = TemporarySite.snapshot(site.output)
        site.page("index.md", title: "หน้าแรกใหม่")
        let failing = site.root + "/failing-pagefind"
        #expect(FileManager.default.createFile(atPath: failing, contents: Data("#!/bin/sh\necho 'Error: broken' >&2\nexit 4\n".utf8),
                                               attributes: [.posixPermissions: 0o755]))
        let failed = try run(["build"], in: site.root, environment: ["SITEGEN_PAGEFIND": failing])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("ทำดัชนีค้นหาไม่สำเร็จ"))
        #expect(failed.stderr.contains("status 4. It printed: Error: broken"))
        #expect(failed.stderr.contains("build failed: 1 error(s); public/ was not changed."))
        #expect(TemporarySite.snapshot(site.output) == before)
    }

    @Test func contentErrorExitsOneAndLeavesPublicUntouched() throws {
        let site = try siteWithTheme()
        #expect(try run(["build"], in: site.root).status == 0)
        let before = TemporarySite.snapshot(site.output)
        site.write("bad.md", "---\ntitle: [ไม่ปิด\n---\n")
        let r = try run(["build"], in: site.root)
        #expect(r.status == 1)
        // A site in Thai: the Thai first, in the shape editors read, the English beneath (docs/messages.md).
        #expect(r.stderr.contains("bad.md:3:1: error: YAML เขียนไม่ถูกต้อง"))
        #expect(r.stderr.contains("\n    the YAML is malformed"))
        #expect(r.stderr.contains("starts on line 2"))
        #expect(r.stderr.contains("public/ was not changed"))
        #expect(TemporarySite.snapshot(site.output) == before)
    }

    @Test func usageErrorsExitTwo() throws {
        let site = try siteWithTheme()
        #expect(try run(["build", "--no-such-flag"], in: site.root).status == 2)
        #expect(try run(["build", "--base-url", "ftp://x"], in: site.root).status == 2)
        #expect(try run(["frobnicate"], in: site.root).status == 2)
    }

    @Test func serveAnswersAndStopsCleanlyOnInterrupt() async throws {
        let site = try siteWithTheme()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = URL(fileURLWithPath: site.root)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // Read until the "serving http://127.0.0.1:PORT/" line.
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while !text.contains("serving "), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let match = try #require(text.firstMatch(of: /serving http:\/\/127\.0\.0\.1:(\d+)\//))
        let port = try #require(Int(match.1))
        let home = try RawHTTP.request(port: port, target: "/")
        #expect(home.status == 200)
        #expect(FileManager.default.fileExists(atPath: site.root + "/.sitegen-serve/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.output), "serve must not write public/")
        kill(process.processIdentifier, SIGINT)
        let stopped = Date().addingTimeInterval(10)
        while process.isRunning, Date() < stopped { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
    }

    @Test func versionAndHelp() throws {
        let site = try siteWithTheme()
        let v = try run(["--version"], in: site.root)
        #expect(v.status == 0)
        #expect(v.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let h = try run(["build", "--help"], in: site.root)
        #expect(h.status == 0)
        #expect(h.stdout.contains("--strict"))
    }
}

/// `sitegen check`: formats, exit codes and year arguments.
@Suite struct CheckCommandTests {
    let cli = CommandLineTests()

    func demo() throws -> TemporarySite {
        let site = TemporarySite.demoCopy()
        return site
    }

    @Test func jsonReportFollowsItsSchema() throws {
        let site = try demo()
        let r = try cli.run(["check", "--as-of", "2025-09-30", "--format", "json"], in: site.root)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "sitegen-oit-report/1")
        #expect(json["ita_year"] as? Int == 2568)
        #expect(json["as_of"] as? String == "2025-09-30")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 28)
        let o1 = try #require(items.first)
        #expect(o1["id"] as? String == "o1" && o1["status"] as? String == "pass")
        #expect((o1["urls"] as? [String])?.first == "https://thungthong.example/about/structure/")
        #expect(r.status == (items.contains { $0["status"] as? String == "fail" } ? 1 : 0))
    }

    @Test func csvHasOneRowPerItem() throws {
        let site = try demo()
        let r = try cli.run(["check", "--as-of", "2025-09-30", "--format", "csv"], in: site.root)
        #expect(r.stdout.hasPrefix("item,title,has,urls,explanation,status,reason\n"))
        #expect(r.stdout.contains("\no12,รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปี พ.ศ. ๒๕๖๘,มี,https://thungthong.example/procurement/2568/,เผยแพร่ที่ "))
        #expect(r.stdout.split(separator: "\n").filter { $0.hasPrefix("o") }.count == 28)
    }

    @Test func exitCodes() throws {
        let site = try demo()
        site.remove("data/structure.yaml")
        site.replace("about/structure.md", "data: structure\n", with: "")
        let failing = try cli.run(["check", "--as-of", "2025-09-30"], in: site.root)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("o1   FAIL"))
        #expect(try cli.run(["check", "--ita-year", "2025"], in: site.root).status == 2)
        let beDate = try cli.run(["check", "--as-of", "2568-09-30"], in: site.root)
        #expect(beDate.status == 2)
        #expect(beDate.stderr.contains("2025-09-30"))
        #expect(try cli.run(["check", "--format", "xml"], in: site.root).status == 2)
        site.write("data/executives.yaml", "kind: executives\nexecutives: [")
        #expect(try cli.run(["check"], in: site.root).status == 1)
    }

    /// The build cache changes nothing `check` says: a first run (which fills the cache), a run
    /// that reads the procurement table's items from it, and a run with `--no-cache` print the
    /// same bytes, warnings from the table included; a table changed since is read again.
    @Test func theCacheChangesNothingCheckSays() throws {
        let site = try demo()
        let csv = "data/procurement/2568-items.csv"
        // Two warnings from the table: a Buddhist-era date and a contract above its budget.
        #expect(site.replace(csv, "ใบสั่งจ้าง 1/2568,2024-10-01,", with: "ใบสั่งจ้าง 1/2568,2567-10-01,"))
        #expect(site.replace(csv, "ใบสั่งจ้าง 2/2568,2024-10-01,\"108,000\"", with: "ใบสั่งจ้าง 2/2568,2024-10-01,\"109,000\""))
        site.settle()
        let arguments = ["check", "--as-of", "2025-09-30"]
        let first = try cli.run(arguments, in: site.root)
        #expect(first.stderr.contains("2568-items.csv:2:10: warning: field 'contract_date'"))
        #expect(first.stderr.contains("2568-items.csv:3:11: warning: field 'contract_value'"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.content + "/.sitegen-cache").filter { $0.hasPrefix("csv-") }
        // One entry per CSV table of the demo (procurement 2568, 2569, 2570).
        #expect(entries.count == 3)
        let cached = try cli.run(arguments, in: site.root)
        let uncached = try cli.run(arguments + ["--no-cache"], in: site.root)
        for run in [cached, uncached] {
            #expect(run.status == first.status)
            #expect(run.stdout == first.stdout)
            #expect(run.stderr == first.stderr)
        }
        // The same size, another modification time: read again.
        #expect(site.replace(csv, "\"109,000\"", with: "\"108,000\""))
        site.settle()
        let afterEdit = try cli.run(arguments, in: site.root)
        #expect(!afterEdit.stderr.contains("field 'contract_value'"))
        let afterEditUncached = try cli.run(arguments + ["--no-cache"], in: site.root)
        #expect(afterEdit.stderr == afterEditUncached.stderr)
        // The report names the table's warnings (o12's evidence): the one mended is gone.
        #expect(afterEdit.stdout == afterEditUncached.stdout)
        #expect(first.stdout.contains("(contract_value)") && !afterEdit.stdout.contains("(contract_value)"))
    }
}
