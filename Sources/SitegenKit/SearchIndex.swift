import Foundation
import Publish
import SiteModel

/// The site's search index, made by Pagefind (the extended build, which segments Thai words)
/// over the finished site in the staging folder, before it is published: a failed index never
/// replaces the published site.
///
/// Pagefind reads every HTML page that marks its text with `data-pagefind-body` (the default
/// theme marks the `main` element of content pages) and writes the index and its browser
/// script into `pagefind/` of the site; the theme's `/search/` page loads them from there.
public struct SearchIndexer: Sendable, Equatable {
    /// The Pagefind executable.
    public var executable: String
    /// Whether Pagefind indexes a copy of the pages whose Thai words are marked
    /// (`ThaiWordBreaks`), rather than the pages themselves.
    public var marksThaiWords: Bool

    public init(executable: String, marksThaiWords: Bool = true) {
        self.executable = executable
        self.marksThaiWords = marksThaiWords
    }

    /// `off` indexes the pages as they are, without marking Thai words (to measure what the
    /// marking brings).
    public static let wordMarksVariable = "SITEGEN_PAGEFIND_THAI_WORDS"

    /// The folder of the site that holds the index (`/pagefind/`).
    public static let outputFolder = "pagefind"

    /// `off` skips indexing; a path chooses the Pagefind executable.
    public static let environmentVariable = "SITEGEN_PAGEFIND"

    /// Names looked up on PATH, in order: PyPI's `pagefind[extended]` ships `pagefind_extended`.
    public static let executableNames = ["pagefind_extended"]

    /// Where `scripts/install-deps.sh` installs Pagefind, relative to the working directory.
    public static let projectExecutable = ".build/pagefind-venv/bin/pagefind_extended"

    /// Which Pagefind a build uses.
    public enum Choice: Sendable, Equatable {
        /// Indexing was turned off (`SITEGEN_PAGEFIND=off`).
        case off
        /// No Pagefind was found: the site is built without a search index.
        case missing
        case found(SearchIndexer)
        /// `SITEGEN_PAGEFIND` names a file that is not an executable.
        case invalid(String)
    }

    /// The Pagefind of `SITEGEN_PAGEFIND`, else the first of `executableNames` on PATH, else the
    /// project's (`projectExecutable`).
    public static func choose(environment: [String: String] = ProcessInfo.processInfo.environment,
                              workingDirectory: String = FileManager.default.currentDirectoryPath) -> Choice {
        let fm = FileManager.default
        let marks = !["off", "no", "false", "0"].contains((environment[wordMarksVariable] ?? "").lowercased())
        if let chosen = environment[environmentVariable], !chosen.isEmpty {
            if ["off", "no", "false", "0"].contains(chosen.lowercased()) { return .off }
            let path = chosen.hasPrefix("/") ? chosen : workingDirectory + "/" + chosen
            return fm.isExecutableFile(atPath: path) ? .found(SearchIndexer(executable: path, marksThaiWords: marks)) : .invalid(chosen)
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            for name in executableNames {
                let path = String(folder) + "/" + name
                if fm.isExecutableFile(atPath: path) { return .found(SearchIndexer(executable: path, marksThaiWords: marks)) }
            }
        }
        let project = workingDirectory + "/" + projectExecutable
        if fm.isExecutableFile(atPath: project) {
            return .found(SearchIndexer(executable: URL(fileURLWithPath: project).standardizedFileURL.path, marksThaiWords: marks))
        }
        return .missing
    }

    /// The one-line note a build prints when there is no Pagefind.
    /// Thai first, as diagnostics are shown (the clerks read Thai), then the English, on one line.
    public static let missingNote = "หมายเหตุ: ไม่พบโปรแกรม Pagefind เว็บไซต์จึงไม่มีดัชนีค้นหา (หน้า /search/ แสดงแผนผังเว็บไซต์แทน) "
        + "ติดตั้งได้ด้วย scripts/install-deps.sh หรือปิดข้อความนี้ด้วย SITEGEN_PAGEFIND=off / "
        + "note: Pagefind was not found, so the site has no search index (/search/ offers the site map); "
        + "scripts/install-deps.sh installs it, SITEGEN_PAGEFIND=off silences this note."

    /// The error for a `SITEGEN_PAGEFIND` that names no executable, in Thai and in English.
    public static func invalidMessage(_ value: String) -> String {
        "ข้อผิดพลาด: ค่า \(environmentVariable)='\(value)' ต้องเป็น off หรือที่อยู่ของโปรแกรม Pagefind ที่เรียกใช้ได้\n"
            + "    error: \(environmentVariable)='\(value)' is neither 'off' nor an executable file."
    }

    /// Indexes the site in `folder` into `folder/pagefind/`. Pagefind runs as a child process
    /// (no shell); its output is kept for the error message. With `marksThaiWords`, it reads a
    /// copy of the pages to index (those with `data-pagefind-body`) beside `folder`, their Thai
    /// words marked, which is removed afterwards.
    func index(folder: String) -> Diagnostic? {
        let index = folder + "/" + Self.outputFolder
        guard marksThaiWords else { return runPagefind(site: folder, index: index) }
        let copy = folder + ".search-text"
        defer { try? FileManager.default.removeItem(atPath: copy) }
        if let problem = Self.writeMarkedPages(from: folder, to: copy) { return failure(problem) }
        return runPagefind(site: copy, index: index)
    }

    /// Copies the HTML pages of `folder` that have text to index into `copy`, at the same paths,
    /// with their Thai words marked (`ThaiWordBreaks.markedHTML`).
    static func writeMarkedPages(from folder: String, to copy: String) -> String? {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: folder) else { return "cannot read the folder \(folder)" }
        var pages: [String] = []
        while let path = walker.nextObject() as? String {
            if path.hasSuffix(".html") { pages.append(path) }
        }
        let problems = Parallel.map(pages) { path -> String? in
            guard let bytes = FileBytes.contents(of: folder + "/" + path) else { return "cannot read \(path)" }
            let html = String(decoding: bytes, as: UTF8.self)
            guard html.contains("data-pagefind-body") else { return nil }
            let target = copy + "/" + path
            do {
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(ThaiWordBreaks.markedHTML(html).utf8).write(to: URL(fileURLWithPath: target))
            } catch {
                return "cannot write \(target): \(error.localizedDescription)"
            }
            return nil
        }
        return problems.lazy.compactMap { $0 }.first
    }

    /// Runs Pagefind over the pages in `site`, writing the index into the folder `index`.
    private func runPagefind(site: String, index: String) -> Diagnostic? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--site", site, "--output-path", index, "--silent"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return failure("it could not be started: \(error.localizedDescription)")
        }
        // Read before waiting: a full pipe would block the child.
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            return failure("it was stopped by signal \(process.terminationStatus). \(Self.lastLines(text))")
        }
        if process.terminationStatus != 0 {
            return failure("it exited with status \(process.terminationStatus). \(Self.lastLines(text))")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: index + "/pagefind.js", isDirectory: &isFolder),
              !isFolder.boolValue else {
            return failure("it wrote no \(Self.outputFolder)/pagefind.js. \(Self.lastLines(text))")
        }
        return nil
    }

    private func failure(_ what: String) -> Diagnostic {
        .error("ทำดัชนีค้นหาไม่สำเร็จ เว็บไซต์เดิมยังไม่ถูกเปลี่ยน / the search index could not be made with Pagefind (\(executable)): \(what)",
               file: nil,
               hint: "The previous site was left as it was. Run the Pagefind above by hand on a built copy of the site to see why, "
                   + "reinstall it with scripts/install-deps.sh, or build without a search index: SITEGEN_PAGEFIND=off. "
                   + "ตรวจสอบโปรแกรม Pagefind หรือสั่งสร้างโดยไม่ทำดัชนีค้นหาด้วย SITEGEN_PAGEFIND=off")
    }

    /// The last lines a failing Pagefind printed (its error is at the end).
    static func lastLines(_ text: String, count: Int = 4) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.isEmpty ? "It printed nothing." : "It printed: " + lines.suffix(count).joined(separator: " / ")
    }

    /// The files of the index in an output folder, relative to it (`pagefind/…`), sorted.
    static func files(in output: String) -> [String] {
        let root = output + "/" + outputFolder
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                out.append(outputFolder + "/" + path)
            }
        }
        return out.sorted()
    }
}
