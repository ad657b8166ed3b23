import ArgumentParser
import Foundation
import SiteModel
import SitegenKit
import Importing

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring data saved from another system into the site folder.",
        subcommands: [ImportEGP.self, ImportXLSX.self])

    /// Prints an import's diagnostics in the site's language, then stops (exit 1) when it wrote
    /// nothing because of an error, else lists the rows added and changed.
    static func report(notes: [Diagnostic], errors: [Diagnostic], added: [String], changed: [String], language: MessageLanguage) throws {
        for d in notes + errors { Console.error(d.text(in: language)) }
        guard errors.isEmpty else {
            Console.sayError(language, th: "นำเข้าไม่สำเร็จ: พบข้อผิดพลาด \(errors.count) รายการ ไม่มีไฟล์ใดถูกเปลี่ยนแปลง",
                             en: "import failed: \(errors.count) error(s); no file was changed.")
            throw ExitCode(1)
        }
        // A row per line, marked in both languages on one line (the list stays a list).
        let (addedMark, changedMark) = language == .thai ? ("เพิ่ม · added   ", "แก้ไข · changed ") : ("added   ", "changed ")
        for line in added { Console.out(addedMark + line) }
        for line in changed { Console.out(changedMark + line) }
    }

    /// The last line of an import: what was read (`lead`), how many rows were added and changed
    /// (or would be, with `--dry-run`), what was left out (`rest`), and the files written.
    static func summarize(dryRun: Bool, added: Int, changed: Int, lead: (th: String, en: String) = ("", ""),
                          rest: (th: String, en: String) = ("", ""), written: [String], language: MessageLanguage) {
        let files = written.joined(separator: ", ")
        Console.sayError(language,
                         th: lead.th + "\(dryRun ? "จะเพิ่ม" : "เพิ่ม") \(added) \(dryRun ? "จะแก้ไข" : "แก้ไข") \(changed)" + rest.th
                             + (written.isEmpty ? "" : " เขียนไฟล์ " + files),
                         en: lead.en + "\(dryRun ? "would add" : "added") \(added), \(dryRun ? "would change" : "changed") \(changed)" + rest.en
                             + (written.isEmpty ? "" : "; wrote " + files))
    }
}

struct ImportEGP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "egp",
        abstract: "Merge a file saved from the e-GP open-data service into the procurement CSV of each fiscal year.",
        discussion: """
        Reads the JSON answer of the e-GP contract service (money as text, none or several contracts per \
        project) and adds each project to data/procurement/<year>-items.csv by its e-GP number, or updates \
        the row that has it; data/procurement/<year>.yaml is made when missing. What the clerk wrote of a \
        project's title and month is kept, and a progress e-GP does not know (delivered, paid) is not \
        turned back. Prints what was added, changed and left out. A problem in the file or in a year's \
        files writes nothing. Exit codes: 0 imported, 1 nothing written because of a problem, 2 usage errors.
        """)

    @Argument(help: ArgumentHelp("The JSON file saved from the service.", valueName: "file.json"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The site folder (default: content).", valueName: "dir"))
    var source: String?

    @Flag(name: .customLong("dry-run"), help: "Say what would be added and changed, and write nothing.")
    var dryRun = false

    func run() throws {
        let outcome = EGPImport.run(file: file, siteRoot: source ?? "content", dryRun: dryRun)
        let language = MessageLanguage.of(siteRoot: source ?? "content")
        try Import.report(notes: outcome.unreadable, errors: outcome.errors, added: outcome.added, changed: outcome.changed,
                          language: language)
        Import.summarize(dryRun: dryRun, added: outcome.added.count, changed: outcome.changed.count,
                         rest: (" ไม่ได้นำเข้า \(outcome.unreadable.count) โครงการ", ", left out \(outcome.unreadable.count) project(s)"),
                         written: outcome.written, language: language)
    }
}

extension XLSXImport.Kind: ExpressibleByArgument {}

struct ImportXLSX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xlsx",
        abstract: "Merge one sheet of an Excel workbook into the site's procurement items, service statistics or complaint statistics.",
        discussion: """
        The sheet needs a row of column headings (Thai or English; docs/import.md lists them). \
        procurement: one row per item, merged into data/procurement/<year>-items.csv by e-GP number (else by \
        title and month). service-stats: one row per service, one column per month, merged into \
        data/service-stats/<year>.yaml by service name. complaint-stats: one row per month, merged into \
        data/complaints/stats-<year>.yaml by month. Prints what was added and changed; a cell that cannot be \
        read is named (Sheet1!D7) and nothing is written. Exit codes: 0 imported, 1 nothing written because \
        of a problem, 2 usage errors.
        """)

    @Argument(help: ArgumentHelp("The Excel workbook (.xlsx).", valueName: "file.xlsx"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("What the sheet holds: \(XLSXImport.Kind.allCases.map(\.rawValue).joined(separator: ", ")).",
                                            valueName: "kind"))
    var kind: XLSXImport.Kind

    @Option(name: .long, help: ArgumentHelp("The sheet to read, by the name on its tab (default: the first sheet).", valueName: "name"))
    var sheet: String?

    @Option(name: .customLong("fiscal-year"),
            help: ArgumentHelp("The B.E. fiscal year of month headings written without a year (service-stats: ต.ค. … ก.ย.).", valueName: "year"))
    var fiscalYear: Int?

    @Option(name: .long, help: ArgumentHelp("The site folder (default: content).", valueName: "dir"))
    var source: String?

    @Flag(name: .customLong("dry-run"), help: "Say what would be added and changed, and write nothing.")
    var dryRun = false

    func validate() throws {
        if let fiscalYear, !(2500...2700).contains(fiscalYear) {
            throw Console.usageError(th: "--fiscal-year \(fiscalYear) ไม่ใช่ปีงบประมาณแบบพุทธศักราช (เช่น 2568)", en: "--fiscal-year \(fiscalYear) is not a B.E. fiscal year (such as 2568).")
        }
    }

    func run() throws {
        let outcome = XLSXImport.run(file: file, kind: kind, sheet: sheet, fiscalYear: fiscalYear,
                                     siteRoot: source ?? "content", dryRun: dryRun)
        let language = MessageLanguage.of(siteRoot: source ?? "content")
        try Import.report(notes: outcome.warnings, errors: outcome.errors, added: outcome.added, changed: outcome.changed,
                          language: language)
        Import.summarize(dryRun: dryRun, added: outcome.added.count, changed: outcome.changed.count,
                         lead: ("แผ่นงาน '\(outcome.sheet ?? "")': อ่าน \(outcome.rows) แถว ", "sheet '\(outcome.sheet ?? "")': \(outcome.rows) row(s) read; "),
                         written: outcome.written, language: language)
    }
}
