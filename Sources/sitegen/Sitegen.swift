import ArgumentParser
import Foundation
import Preview
import Province
import SitegenKit
import SiteModel
import ThaiText

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds and audits the transparency website of a Thai local government (อปท.).",
        discussion: "Run it from the folder that holds content/ (sitegen new DIR makes one; the default theme is built in). Exit codes: 0 success, 1 content errors, 2 usage errors.",
        version: SitegenVersion.current,
        subcommands: [New.self, Build.self, Check.self, Serve.self, ReportCommand.self, Import.self, ThemeCommand.self],
        defaultSubcommand: nil)

    /// ArgumentParser reports usage errors with EX_USAGE (64); sitegen promises 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(1) { exit(withError: error) }
            if code.rawValue == 64 || code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site folder into a static website.",
        discussion: """
        Reads the site folder (Markdown pages, site.yaml, data files) and writes the complete site into \
        the output folder. A build that finds an error writes nothing: the previous output stays as it was. \
        With --sites DIR, builds every site among the sub-folders of DIR into OUT/<folder name>/, each \
        atomically; a site with errors keeps its previous output, the others are built, and the exit code is 1. \
        With --report FILE, each site is audited too, from what its build read, and FILE receives the report \
        check --sites --format json writes for the fiscal year in progress: a province's night built and \
        audited in one run.
        """)

    @Option(name: .long, help: ArgumentHelp("The site folder (default: content).", valueName: "dir"))
    var source: String?

    @Option(name: .long, help: ArgumentHelp("Where the website is written (replaced whole, atomically; default: public). With --sites: the folder of the sites' output folders.", valueName: "dir"))
    var output: String?

    @OptionGroup var many: SitesOptions
    var sites: String? { many.sites }
    var shard: String? { many.shard }
    var verbose: Bool { many.verbose }

    @Option(name: .long, help: ArgumentHelp("With --sites: audit each site too and write the JSON report of check --sites (the fiscal year in progress, as of today) to this file.", valueName: "file.json"))
    var report: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override base_url of site.yaml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .customLong("no-cache"), help: "Do a whole build, without using or refreshing the build cache (.sitegen-cache/ in the site folder).")
    var noCache = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw Console.usageError(th: "--base-url ต้องขึ้นต้นด้วย http:// หรือ https:// (ได้รับ '\(baseURL)')", en: "--base-url must start with http:// or https:// (got '\(baseURL)').")
        }
        if sites != nil {
            if source != nil { throw Console.usageError(th: "ใช้ --sites และ --source พร้อมกันไม่ได้: --sites สร้างทุกเว็บไซต์ในโฟลเดอร์ --source สร้างเว็บไซต์เดียว", en: "--sites and --source cannot be used together: --sites builds every site of a folder, --source one site.") }
            if output == nil { throw Console.usageError(th: "--sites ต้องมี --output DIR: แต่ละเว็บไซต์สร้างไว้ใน DIR/<ชื่อโฟลเดอร์>/", en: "--sites needs --output DIR: each site is built into DIR/<folder name>/.") }
            if baseURL != nil { throw Console.usageError(th: "--base-url เป็นที่อยู่ของเว็บไซต์เดียว เมื่อใช้ --sites แต่ละเว็บไซต์ใช้ base_url ใน site.yaml ของตนเอง", en: "--base-url is one site's address; with --sites each site keeps the base_url of its site.yaml.") }
        } else if report != nil {
            throw Console.usageError(th: "--report ใช้กับ build --sites DIR สำหรับเว็บไซต์เดียว ให้สั่ง sitegen check", en: "--report is the report of build --sites DIR; for one site, run sitegen check.")
        }
    }

    func run() throws {
        if let sites, let output { return try runSites(sites, output: output) }
        let source = source ?? "content", output = output ?? "public"
        let language = MessageLanguage.of(siteRoot: source)
        let progress = Progress(quiet: quiet)
        progress.step(language, th: "กำลังสร้างเว็บไซต์ \(source) → \(output)", en: "building \(source) → \(output)")
        let started = Date()
        let searchIndexer = try Self.searchIndexer(quiet: quiet)
        let result = SiteBuilder.build(BuildOptions(source: source, output: output, baseURL: baseURL,
                                                    includeDrafts: drafts, strict: strict, useCache: !noCache,
                                                    searchIndexer: searchIndexer))
        Console.print(result.diagnostics, quiet: quiet, language: language)
        guard let report = result.report else {
            Console.sayError(language, th: "สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด \(result.errors.count) รายการ เว็บไซต์เดิมใน \(output)/ ไม่ถูกเปลี่ยนแปลง",
                             en: "build failed: \(result.errors.count) error(s); \(output)/ was not changed.")
            throw ExitCode(1)
        }
        if !quiet {
            let ms = Int(Date().timeIntervalSince(started) * 1000)
            let warnings = result.warnings.count, shortcut = Self.shortcutNote(result.shortcut)
            Console.say(language,
                        th: "สร้างเว็บไซต์แล้ว \(result.pageCount) หน้า \(report.total) ไฟล์ (เขียนใหม่ \(report.written) ไม่เปลี่ยน \(report.unchanged)) "
                            + "ใช้เวลา \(ms) มิลลิวินาที" + (warnings == 0 ? "" : " คำเตือน \(warnings) รายการ") + shortcut.th,
                        en: "built \(result.pageCount) pages, \(report.total) files (\(report.written) written, \(report.unchanged) unchanged) in \(ms) ms"
                            + (warnings == 0 ? "" : ", \(warnings) warning(s)") + shortcut.en)
        }
    }

    func runSites(_ path: String, output: String) throws {
        let terminal = SitesTerminal(quiet: quiet, verbose: verbose)
        let folder = try SitesCommand.scan(path, terminal: terminal)
        if let problem = folder.overlapProblem(output: output) {
            Console.error(problem.text(in: .thai))
            throw ExitCode(2)
        }
        let shard = try SitesCommand.shard(shard)
        let options = SitesBuildOptions(output: output, includeDrafts: drafts, strict: strict, useCache: !noCache,
                                        shard: shard, searchIndexer: try Self.searchIndexer(quiet: quiet),
                                        report: report.map { _ in SitesCheckOptions(strict: strict, useCache: !noCache, shard: shard) })
        SitesCommand.noteShare(folder, shard: options.shard, terminal: terminal)
        let reportFile = try report.map { try ReportFile(path: $0) }
        let verbose = verbose, quiet = quiet
        let result = SitesBuild.run(folder, options: options, onSite: { outcome, progress in
            if !outcome.succeeded {
                let language = MessageLanguage.of(siteRoot: outcome.site.source)
                for d in outcome.errors { terminal.err(d.text(in: language)) }
                terminal.say(th: "\(outcome.site.name): ไม่ได้สร้าง พบข้อผิดพลาด \(outcome.errors.count) รายการ ผลลัพธ์เดิมใน \(outcome.output)/ ไม่ถูกเปลี่ยนแปลง",
                             en: "\(outcome.site.name): not built, \(outcome.errors.count) error(s); \(outcome.output)/ was not changed.")
            }
            if verbose {
                if !quiet {
                    let language = MessageLanguage.of(siteRoot: outcome.site.source)
                    for d in outcome.warnings { terminal.err(d.text(in: language)) }
                }
                if outcome.succeeded, let report = outcome.result.report {
                    let shortcut = Self.shortcutNote(outcome.result.shortcut)
                    terminal.say(th: "\(outcome.site.name): สร้างแล้ว \(outcome.result.pageCount) หน้า \(report.total) ไฟล์ (เขียนใหม่ \(report.written))" + shortcut.th,
                                 en: "\(outcome.site.name): built \(outcome.result.pageCount) pages, \(report.total) files (\(report.written) written)" + shortcut.en)
                }
            }
            terminal.progress(progress, verb: "สร้าง")
        }, writeReport: { reportFile?.write($0) })
        terminal.finish()
        if let reportFile, let summary = result.summary {
            try reportFile.finish()
            if !quiet {
                let year = options.report!.auditedYear, provisional = SitesCommand.provisionalNote(summary.provisional)
                Console.say(.thai, th: "ตรวจตามข้อ OIT ของ ITA \(year) แล้ว \(summary.sites) แห่ง รายงานอยู่ใน \(reportFile.path): ไม่ผ่าน \(summary.failing) แห่ง "
                                + "(มีข้อที่ไม่ผ่าน หรือข้อมูลผิดพลาด) มีข้อที่ต้องตรวจสอบเพิ่ม \(summary.verifying) แห่ง"
                                + provisional.th,
                            en: "audited \(summary.sites) site(s) for ITA \(year) into \(reportFile.path): \(summary.failing) failing "
                                + "(an item fails, or content errors), \(summary.verifying) with an item to verify"
                                + provisional.en)
            }
        }
        let total = result.built + result.failed.count
        if !quiet {
            let took = SitesTerminal.duration(result.seconds)
            Console.say(.thai,
                        th: "สร้างเว็บไซต์แล้ว \(result.built) จาก \(total) แห่ง ไว้ใน \(output)/: \(result.pages) หน้า เขียนใหม่ \(result.filesWritten) ไฟล์ "
                            + "ใช้เวลา \(SitesTerminal.durationThai(result.seconds))"
                            + (result.warnings == 0 ? "" : " คำเตือน \(result.warnings) รายการ ใน \(result.sitesWithWarnings) แห่ง" + (verbose ? "" : " (ดูทั้งหมดด้วย --verbose)")),
                        en: "built \(result.built) of \(total) site(s) into \(output)/: \(result.pages) pages, \(result.filesWritten) files written, in \(took)"
                            + (result.warnings == 0 ? "" : "; \(result.warnings) warning(s) in \(result.sitesWithWarnings) site(s)" + (verbose ? "" : " (--verbose lists them)")))
        }
        guard result.failed.isEmpty else {
            Console.sayError(.thai,
                             th: "build --sites: สร้างไม่สำเร็จ \(result.failed.count) แห่ง ผลลัพธ์เดิมของแห่งนั้นไม่ถูกเปลี่ยนแปลง: "
                                 + result.failed.map { "\($0.name) (ข้อผิดพลาด \($0.errors) รายการ)" }.joined(separator: ", "),
                             en: "build --sites: \(result.failed.count) site(s) not built, their previous output unchanged: "
                                 + result.failed.map { "\($0.name) (\($0.errors) error(s))" }.joined(separator: ", "))
            throw ExitCode(1)
        }
    }

    /// The Pagefind that makes the search index (`SearchIndexer.choose`): none, with a note, when
    /// it is not installed; a `SITEGEN_PAGEFIND` that names no executable is a usage error (2).
    static func searchIndexer(quiet: Bool) throws -> SearchIndexer? {
        switch SearchIndexer.choose() {
        case .off: return nil
        case .missing:
            if !quiet { Console.error(SearchIndexer.missingNote) }
            return nil
        case .found(let indexer): return indexer
        case .invalid(let value):
            Console.error(SearchIndexer.invalidMessage(value))
            throw ExitCode(2)
        }
    }

    static func shortcutNote(_ shortcut: BuildResult.Shortcut) -> (th: String, en: String) {
        switch shortcut {
        case .none: ("", "")
        case .upToDate: (" (ไม่มีสิ่งใดเปลี่ยนตั้งแต่การสร้างครั้งก่อน)", " (nothing changed since the last build)")
        case .pages(let n): (" (สร้างใหม่เฉพาะ \(n) หน้าที่เปลี่ยน)", " (only \(n) changed page(s) rendered)")
        }
    }
}

/// The report file of `build --sites --report`: written beside its place as the sites are
/// built, and put in its place when the run ends (an interrupted run leaves the last report).
final class ReportFile: @unchecked Sendable {  // written from one emit call at a time
    let path: String
    private let partial: String
    private let handle: FileHandle

    init(path: String) throws {
        self.path = path
        partial = path + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil), let handle = FileHandle(forWritingAtPath: partial) else {
            Console.sayError(.thai, th: "ข้อผิดพลาด: เขียนรายงาน '\(path)' ไม่ได้ เพราะไม่มีโฟลเดอร์ของไฟล์นี้ หรือเขียนลงโฟลเดอร์นั้นไม่ได้",
                             en: "error: cannot write the report '\(path)': its folder does not exist or is not writable.",
                             hintTH: "ให้ --report เป็นไฟล์ในโฟลเดอร์ที่มีอยู่แล้ว", hintEN: "Give --report a file in a folder that exists.")
            throw ExitCode(2)
        }
        self.handle = handle
    }

    func write(_ text: String) { handle.write(Data(text.utf8)) }

    func finish() throws {
        try handle.close()
        _ = try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: partial, toPath: path)
    }
}
