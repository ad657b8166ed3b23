import ArgumentParser
import Foundation
import Province
import SiteModel

/// The progress line of a run over many sites, on a terminal only: sites done of the total,
/// failing so far, time left; redrawn in place at most five times a second. Output that goes
/// to the same terminal clears it first.
final class SitesTerminal: @unchecked Sendable {
    let showsProgress: Bool
    let verbose: Bool
    private let lock = NSLock()
    private var lineShown = false
    private var lastDraw = Date.distantPast
    private let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

    init(quiet: Bool, verbose: Bool) {
        showsProgress = !quiet && isatty(STDERR_FILENO) == 1
        self.verbose = verbose
    }

    /// Report text for standard output.
    func out(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        if stdoutIsTerminal { clearLine() }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A line of sitegen's own for standard error, in Thai and English (the people who run a
    /// province's sites read Thai; each site's own diagnostics are shown in its language).
    func say(th: String, en: String) {
        err(MessageLanguage.thai.line(th: th, en: en))
    }

    /// Lines for standard error (messages, per-site lines).
    func err(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        clearLine()
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The progress line, in Thai (one line, redrawn in place: `verb` is what is done to a site,
    /// สร้าง or ตรวจ).
    func progress(_ p: SitesProgress, verb: String) {
        guard showsProgress else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard p.done == p.total || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        var line = "… \(verb)แล้ว \(p.done)/\(p.total) แห่ง ไม่ผ่าน \(p.failing) แห่ง"
        if let remaining = p.remaining, p.done < p.total { line += " เหลืออีกราว \(Self.durationThai(remaining))" }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        lineShown = true
    }

    /// Ends the progress line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        clearLine()
    }

    private func clearLine() {
        if lineShown {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            lineShown = false
        }
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60) s" }
        return "\(s / 3600) h \(s % 3600 / 60) min"
    }

    /// `duration` in Thai words.
    static func durationThai(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) วินาที" }
        if s < 3600 { return "\(s / 60) นาที \(s % 60) วินาที" }
        return "\(s / 3600) ชั่วโมง \(s % 3600 / 60) นาที"
    }
}

/// The options `build` and `check` share for many sites in one run.
struct SitesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Work on every site among the sub-folders of this folder (each a project with content/site.yaml, or a site folder with site.yaml).", valueName: "dir"))
    var sites: String?

    @Option(name: .long, help: ArgumentHelp("With --sites: only share K of N of the sites (sorted by folder name, those whose position leaves K−1 divided by N).", valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "With --sites: a line per site on standard error, and every warning and error in full.")
    var verbose = false

    func validate() throws {
        if sites != nil {
            _ = try SitesCommand.shard(shard)
        } else {
            if shard != nil { throw Console.usageError(th: "--shard ใช้แบ่งเว็บไซต์ของ --sites DIR ให้ระบุ --sites ด้วย", en: "--shard takes a share of the sites of --sites DIR; give --sites.") }
            if verbose { throw Console.usageError(th: "--verbose ใช้กับ --sites DIR เท่านั้น", en: "--verbose is for --sites DIR.") }
        }
    }
}

enum SitesCommand {
    /// Reads the sites folder, or exits with status 2: no site to work on is a mistake in the
    /// command (a wrong folder), and an empty report would read as "nothing fails".
    static func scan(_ path: String, terminal: SitesTerminal) throws -> SitesFolder {
        switch SitesFolder.scan(path) {
        case .failure(let error):
            Console.error(error.text(in: .thai))
            throw ExitCode(2)
        case .success(let folder):
            for s in folder.skipped {
                terminal.say(th: "ข้าม \(path)/\(s.path): \(MessageCatalogue.thai.translate(s.reason) ?? s.reason)", en: "skipped \(path)/\(s.path): \(s.reason)")
            }
            return folder
        }
    }

    static func shard(_ text: String?) throws -> Shard? {
        guard let text else { return nil }
        switch Shard.parse(text) {
        case .failure(let error):
            let thai = MessageCatalogue.thai
            throw Console.usageError(th: (thai.translate(error.message) ?? error.message) + " " + (thai.translate(error.hint) ?? error.hint),
                                     en: "\(error.message) \(error.hint)")
        case .success(let shard): return shard
        }
    }

    /// The end of a run's last line when some sites' results are provisional (empty when none).
    static func provisionalNote(_ sites: Int) -> (th: String, en: String) {
        guard sites > 0 else { return ("", "") }
        let note = (" ผลเบื้องต้น \(sites) แห่ง (รายการข้อไม่ใช่ฉบับทางการ)", "; \(sites) provisional (the item list is not the NACC's official one)")
        return note  // both languages written here (a returned tuple would read as a catalogue text to the message scan)
    }

    static func noteShare(_ folder: SitesFolder, shard: Shard?, terminal: SitesTerminal) {
        guard let shard else { return }
        let share = folder.sites(in: shard).count
        terminal.say(th: "shard \(shard): \(share) แห่ง จากทั้งหมด \(folder.sites.count) แห่งใน \(folder.path)" + (share == 0 ? " (ไม่มีเลย เพราะมีเว็บไซต์น้อยกว่าจำนวน shard)" : ""),
                     en: "shard \(shard): \(share) of the \(folder.sites.count) sites of \(folder.path)" + (share == 0 ? " (none: there are fewer sites than shards)" : ""))
    }
}

/// `sitegen report …`: work on reports already written.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Work on the JSON reports of check --sites.",
        subcommands: [Merge.self, Dashboard.self])

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Join the JSON reports of shards (check --sites --shard K/N --format json) into one.",
            discussion: """
            Writes one sitegen-oit-sites/1 document to standard output: the sites of all reports in name \
            order, the skipped folders of all, the summary counted again; the same document one run over \
            all the sites writes. Refuses reports of different --ita-year or --as-of, a site in two \
            reports, and shards of one split with a shard missing or given twice (exit code 2).
            """)

        @Argument(help: ArgumentHelp("The JSON reports to join.", valueName: "report.json"))
        var reports: [String] = []

        func run() throws {
            let out = FileHandle.standardOutput
            switch SitesMerge.merge(reports, write: { out.write(Data($0.utf8)) }) {
            case .failure(let error):
                Console.error(error.text(in: .thai))
                throw ExitCode(2)
            case .success(let summary):
                Console.sayError(.thai, th: "รวมรายงาน \(reports.count) ฉบับแล้ว: \(summary.sites) แห่ง ไม่ผ่าน \(summary.failing) แห่ง",
                                 en: "merged \(reports.count) report(s): \(summary.sites) site(s), \(summary.failing) failing")
            }
        }
    }

    struct Dashboard: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make the HTML dashboard of check --sites from JSON reports (shards, build --sites --report).",
            discussion: """
            Writes into the --output folder (replaced whole, atomically) the dashboard check --sites --format html \
            writes: index.html and sites/<name>.html, for the sites of all the reports, which are read one at a \
            time and joined as report merge joins them (and refused as it refuses them, exit code 2).
            """)

        @Argument(help: ArgumentHelp("The JSON reports (check --sites --format json, build --sites --report, report merge).", valueName: "report.json"))
        var reports: [String] = []

        @Option(name: .long, help: ArgumentHelp("The folder the dashboard is written to (index.html and sites/; replaced whole).", valueName: "dir"))
        var output: String

        func run() throws {
            switch SitesMerge.dashboard(reports, output: output) {
            case .failure(let error):
                Console.error(error.text(in: .thai))
                throw ExitCode(2)
            case .success(let summary):
                Console.sayError(.thai, th: "หน้าสรุป \(summary.sites) แห่งอยู่ใน \(output)/: ไม่ผ่าน \(summary.failing) แห่ง",
                                 en: "dashboard of \(summary.sites) site(s) in \(output)/: \(summary.failing) failing")
            }
        }
    }
}
