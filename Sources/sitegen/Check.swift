import ArgumentParser
import Audit
import Foundation
import SiteModel
import Province
import SitegenKit
import ThaiText

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit the site against the OIT public-disclosure items of an ITA year.",
        discussion: """
        Says, item by item, what passes, what fails and why, with the URLs of the evidence pages to \
        submit to the assessor. With --sites DIR, audits every site among the sub-folders of DIR in one \
        run, for one ITA year, and writes one report (--format html: a dashboard folder, --output). \
        Exit codes: 0 nothing fails, 1 an item fails (with --strict, also when one needs verifying) or \
        the content has errors, in any site; 2 usage errors, and a --sites folder that holds no site.
        """)

    @Option(name: .long, help: ArgumentHelp("The site folder (default: content).", valueName: "dir"))
    var source: String?

    @OptionGroup var many: SitesOptions
    var sites: String? { many.sites }
    var shard: String? { many.shard }
    var verbose: Bool { many.verbose }

    @Option(name: .long, help: ArgumentHelp("With --sites --format html: the folder the dashboard is written to (index.html and sites/; replaced whole).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("ita-year"), help: ArgumentHelp("The ITA assessment year in B.E. (default: the fiscal year in progress on --as-of, or a later ita_year of site.yaml; with --sites, the same year for every site).", valueName: "year"))
    var itaYear: Int?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge the site as on this Christian-era date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: "Output format: text, json or csv; with --sites also html.")
    var format: String = "text"

    @Flag(name: .long, help: "Items that need verifying by a person also fail the check; warnings are errors.")
    var strict = false

    @Flag(name: .customLong("no-cache"), help: "Check without using or refreshing the build cache (.sitegen-cache/ in the site folder); the report is the same.")
    var noCache = false


    func validate() throws {
        if let itaYear, itaYear < 2400 {
            throw Console.usageError(th: "--ita-year \(itaYear) ดูเหมือนเป็นปีคริสต์ศักราช ปีของ ITA เป็นพุทธศักราช (หมายถึง \(itaYear + 543) หรือไม่)", en: "--ita-year \(itaYear) looks like a Christian-era year; ITA years are Buddhist-era (did you mean \(itaYear + 543)?).")
        }
        if let asOf {
            guard let date = CalendarDate(iso: asOf) else {
                throw Console.usageError(th: "--as-of '\(asOf)' ไม่ใช่วันที่แบบ YYYY-MM-DD", en: "--as-of '\(asOf)' is not a date in the form YYYY-MM-DD.")
            }
            if date.year >= 2400 {
                throw Console.usageError(th: "--as-of \(asOf) ใช้ปีพุทธศักราช ให้เขียนวันที่เป็นคริสต์ศักราช (\(date.year - 543)-\(asOf.dropFirst(5)))", en: "--as-of \(asOf) has a Buddhist-era year; write the Christian-era date (\(date.year - 543)-\(asOf.dropFirst(5))).")
            }
        }
        if sites != nil {
            if source != nil { throw Console.usageError(th: "ใช้ --sites และ --source พร้อมกันไม่ได้: --sites ตรวจทุกเว็บไซต์ในโฟลเดอร์ --source ตรวจเว็บไซต์เดียว", en: "--sites and --source cannot be used together: --sites audits every site of a folder, --source one site.") }
            guard SitesStreamFormat(rawValue: format) != nil || format == "html" else {
                throw Console.usageError(th: "--format ต้องเป็น text, json, csv หรือ html (ได้รับ '\(format)')", en: "--format must be text, json, csv or html (got '\(format)').")
            }
            if format == "html" && output == nil {
                throw Console.usageError(th: "--format html เขียนเป็นโฟลเดอร์ (index.html และ sites/) ให้ระบุโฟลเดอร์ด้วย --output DIR", en: "--format html writes a folder (index.html and sites/): name it with --output DIR.")
            }
            if format != "html" && output != nil {
                throw Console.usageError(th: "--output ใช้กับ --format html เท่านั้น รายงานแบบ text, json และ csv แสดงทางเอาต์พุตมาตรฐาน", en: "--output is for --format html; the text, json and csv reports go to standard output.")
            }
        } else {
            if format == "html" { throw Console.usageError(th: "--format html เป็นหน้าสรุปของหลายเว็บไซต์ ให้ระบุ --sites DIR (สำหรับเว็บไซต์เดียว ใช้ text, json หรือ csv)", en: "--format html is the dashboard of many sites: give --sites DIR (for one site, use text, json or csv).") }
            if output != nil { throw Console.usageError(th: "--output ใช้กับ --sites DIR --format html เท่านั้น", en: "--output is for --sites DIR --format html.") }
            guard ReportFormat(rawValue: format) != nil else {
                throw Console.usageError(th: "--format ต้องเป็น text, json หรือ csv (ได้รับ '\(format)')", en: "--format must be text, json or csv (got '\(format)').")
            }
        }
    }

    func run() throws {
        let date = asOf.flatMap(CalendarDate.init(iso:)) ?? .today()
        if let sites { return try runSites(sites, date: date) }
        let (report, diagnostics) = SiteChecker.check(CheckOptions(source: source ?? "content", itaYear: itaYear, asOf: date, strict: strict,
                                                                   useCache: !noCache))
        let language = MessageLanguage.of(siteRoot: source ?? "content")
        Console.print(diagnostics, quiet: false, language: language)
        let hasErrors = diagnostics.contains { $0.severity == .error }
        guard let report else {
            Console.sayError(language, th: "ตรวจไม่สำเร็จ: ทำรายงานไม่ได้ ให้แก้ไขข้อผิดพลาดข้างต้นก่อน",
                             en: "check failed: no report could be made; fix the errors above first.")
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(ReportFormat(rawValue: format)!.render(report).utf8))
        for warning in report.warnings { Console.sayError(language, th: "คำเตือน: \(warning.th)", en: "warning: \(warning.en)") }
        if hasErrors {
            Console.sayError(language, th: "check: เว็บไซต์มีข้อผิดพลาด (ตามรายการข้างต้น) ข้อที่เกี่ยวข้องกับข้อผิดพลาดจึงไม่ผ่าน",
                             en: "check: the site has errors (listed above); the items they concern fail.")
        }
        if hasErrors || report.count(.fail) > 0 || (strict && report.count(.verify) > 0) { throw ExitCode(1) }
    }

    func runSites(_ path: String, date: CalendarDate) throws {
        let terminal = SitesTerminal(quiet: false, verbose: verbose)
        let folder = try SitesCommand.scan(path, terminal: terminal)
        if let output, let problem = folder.overlapProblem(output: output) {
            Console.error(problem.text(in: .thai))
            throw ExitCode(2)
        }
        let options = SitesCheckOptions(itaYear: itaYear, asOf: date, strict: strict, useCache: !noCache, shard: try SitesCommand.shard(shard))
        SitesCommand.noteShare(folder, shard: options.shard, terminal: terminal)
        let verbose = verbose
        let onSite: @Sendable (SiteEntryRecord, SitesProgress) -> Void = { record, progress in
            if verbose {
                let row = record.row, name = record.site.name
                terminal.say(th: "\(name): " + (row.hasReport ? "ผ่าน \(row.count(.pass)) ไม่ผ่าน \(row.count(.fail)) ต้องตรวจสอบ \(row.count(.verify))" : "ไม่มีรายงาน")
                                + (row.errors > 0 ? " ข้อมูลผิดพลาด \(row.errors) รายการ" : ""),
                             en: "\(name): " + (row.hasReport ? "pass \(row.count(.pass)), fail \(row.count(.fail)), verify \(row.count(.verify))" : "no report")
                                + (row.errors > 0 ? ", \(row.errors) content error(s)" : ""))
                let language = MessageLanguage.of(siteRoot: record.site.source)
                for error in record.errors { terminal.err("  " + record.located(error, in: language)) }
                for warning in record.warnings { terminal.say(th: "  คำเตือน: \(warning.th)", en: "  warning: \(warning.en)") }
            } else if let first = record.errors.first {
                let firstThai = record.located(first, in: .thai).prefix { $0 != "\n" }
                terminal.say(th: "\(record.site.name): ข้อมูลผิดพลาด \(record.errors.count) รายการ รายการแรก: \(firstThai)",
                             en: "\(record.site.name): \(record.errors.count) content error(s), the first: \(record.located(first))")
            }
            terminal.progress(progress, verb: "ตรวจ")
        }
        let result: SitesCheckResult
        if format == "html", let output {
            switch SitesCheck.dashboard(folder, options: options, output: output, onSite: onSite) {
            case .failure(let diagnostic):
                terminal.finish()
                Console.print([diagnostic], quiet: false, language: .thai)
                throw ExitCode(1)
            case .success(let r):
                result = r
                terminal.finish()
                Console.sayError(.thai, th: "เขียนหน้าสรุป \(output)/index.html และหน้าของแต่ละแห่ง \(r.summary.sites) หน้าใน \(output)/sites/ แล้ว",
                                 en: "wrote \(output)/index.html and \(r.summary.sites) site page(s) in \(output)/sites/")
            }
        } else {
            result = SitesCheck.run(folder, options: options, format: SitesStreamFormat(rawValue: format)!,
                                    write: { terminal.out($0) }, onSite: onSite)
            terminal.finish()
        }
        let s = result.summary, provisional = SitesCommand.provisionalNote(s.provisional)
        Console.sayError(.thai,
                         th: "check --sites: ITA \(options.auditedYear) ณ วันที่ \(date.iso): \(s.sites) แห่ง ไม่ผ่าน \(s.failing) แห่ง "
                             + "(ข้อมูลผิดพลาด \(s.withErrors) แห่ง) มีข้อที่ต้องตรวจสอบเพิ่ม \(s.verifying) แห่ง"
                             + (s.skipped > 0 ? " ข้ามโฟลเดอร์ \(s.skipped) โฟลเดอร์" : "")
                             + provisional.th,
                         en: "check --sites: ITA \(options.auditedYear) as of \(date.iso): \(s.sites) site(s), \(s.failing) failing "
                             + "(\(s.withErrors) with content errors), \(s.verifying) with an item to verify"
                             + (s.skipped > 0 ? "; \(s.skipped) folder(s) skipped" : "")
                             + provisional.en)
        if s.failing > 0 || (strict && s.verifying > 0) { throw ExitCode(1) }
    }
}
