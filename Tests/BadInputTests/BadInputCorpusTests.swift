import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText
import Yams

/// The bad-input corpus: every folder of `Cases/` is one broken (or merely unusual) site.
///
/// Each case is built the way a clerk would meet it: a good site (`Good/`) is built into the
/// output folder first, then the case's `site/` files are laid over the site folder (replacing
/// files of the same name), files named by `remove:` are deleted and, for the cases too large or
/// too odd to commit (a 50 MB file, 10,000-deep nesting, links out of the site folder), the files
/// named by `generate:` are made. The site is built again through the whole pipeline, and the
/// outcome is compared with the case's `expect.yaml`:
///
/// - `status`: 1 when the build must fail (errors), 0 when it must publish;
/// - `severity`, `file`, `line`, `field`, `message`: one diagnostic must have this severity,
///   name this file, line (`~`: the whole file, no line) and field (`~`: none), and contain this
///   phrase; `severity: none` means the build gives no diagnostic at all;
/// - `output`, `contains`: a file the published site must have, and a text it must contain.
///
/// For every case: each diagnostic names a file and is short enough to read, the matching one
/// has a hint (what to do), a failed build leaves the output folder byte-identical, a
/// successful one contains no unescaped script, and no build takes more than a few seconds.
@Suite struct BadInputCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
    static var casesFolder: String { folder + "/Cases" }
    static var goodFolder: String { folder + "/Good" }
    static let buildDate = CalendarDate(year: 2025, month: 3, day: 15)!

    static let caseNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: casesFolder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    static func options(_ site: TemporarySite) -> BuildOptions {
        BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                     buildDate: buildDate)
    }

    /// A site folder holding a copy of `Good/`, already built into its output folder.
    static func builtGoodSite() throws -> TemporarySite {
        let site = TemporarySite(config: nil)
        try FileManager.default.removeItem(atPath: site.content)
        try FileManager.default.copyItem(atPath: goodFolder, toPath: site.content)
        let good = SiteBuilder.build(options(site))
        try #require(good.succeeded, "the good site must build: \(good.diagnostics)")
        try #require(good.diagnostics.isEmpty, "the good site must build without warnings: \(good.diagnostics)")
        return site
    }

    /// Lays case `name` over a built copy of the good site: its files, removals and generated files.
    static func layCase(_ name: String, expect: Expectation, over site: TemporarySite) throws {
        try Overlay.copy(from: casesFolder + "/" + name + "/site", to: site.content)
        for path in expect.remove { try FileManager.default.removeItem(atPath: site.content + "/" + path) }
        if let generator = expect.generate { try Generators.make(generator, in: site) }
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.caseNames.count >= 50)
    }

    @Test(arguments: caseNames)
    func badInput(_ name: String) throws {
        let expect = try Expectation.load(Self.casesFolder + "/" + name + "/expect.yaml")
        let site = try Self.builtGoodSite()
        let before = TemporarySite.snapshot(site.output)
        try Self.layCase(name, expect: expect, over: site)

        let clock = ContinuousClock()
        let started = clock.now
        let result = SiteBuilder.build(Self.options(site))
        let elapsed = clock.now - started
        let report = result.diagnostics.map(\.description).joined(separator: "\n")

        #expect(elapsed < .seconds(20), "\(name): the build took \(elapsed)")
        #expect((result.succeeded ? 0 : 1) == expect.status, "\(name): unexpected outcome:\n\(report)")
        for d in result.diagnostics {
            #expect(d.file != nil, "\(name): a diagnostic names no file: \(d)")
            #expect(d.message.count <= Diagnostic.maximumTextLength, "\(name): message too long")
            #expect((d.field ?? "").count <= Diagnostic.maximumTextLength, "\(name): field name too long")
            for problem in ThaiMessageTests.problems(of: d) { Issue.record("\(name): \(d.location): \(problem)") }
        }

        if let severity = expect.severity {
            let match = result.diagnostics.first { expect.matches($0, severity: severity) }
            #expect(match != nil, "\(name): no \(severity) in \(expect.file ?? "?") line \(String(describing: expect.line)) field \(String(describing: expect.field)) containing '\(expect.message ?? "")'; got:\n\(report)")
            if let match {
                #expect(!(match.hint ?? "").isEmpty, "\(name): the diagnostic says what is wrong but not what to do: \(match)")
            }
        } else {
            #expect(result.diagnostics.isEmpty, "\(name): expected no diagnostic; got:\n\(report)")
        }

        if expect.status == 1 {
            #expect(TemporarySite.snapshot(site.output) == before, "\(name): a failed build changed the output folder")
        } else {
            if let output = expect.output {
                let page = try #require(site.read(output), "\(name): \(output) was not published")
                if let text = expect.contains { #expect(page.contains(text), "\(name): \(output) lacks '\(text)'") }
            }
            for (path, data) in TemporarySite.snapshot(site.output) where path.hasSuffix(".html") {
                let html = String(decoding: data, as: UTF8.self)
                for problem in Injection.problems(in: html, path: path) {
                    Issue.record("\(name): \(path) contains \(problem)")
                }
            }
        }
    }
}

/// One case's `expect.yaml`.
struct Expectation {
    enum Located<T: Equatable>: Equatable { case any, none, value(T) }

    var status: Int
    var severity: Diagnostic.Severity?
    var file: String?
    var line: Located<Int> = .any
    var field: Located<String> = .any
    var message: String?
    var output: String?
    var contains: String?
    var generate: String?
    var remove: [String] = []

    static func load(_ path: String) throws -> Expectation {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let map = try Yams.compose(yaml: text)?.mapping else { throw Problem("\(path): not a mapping") }
        func string(_ key: String) -> String? { map[key]?.string.flatMap { $0.isEmpty ? nil : $0 } }
        guard let status = map["status"]?.int else { throw Problem("\(path): no status") }
        var e = Expectation(status: status)
        switch string("severity") {
        case nil, "none": e.severity = nil
        case "error": e.severity = .error
        case "warning": e.severity = .warning
        case let other?: throw Problem("\(path): unknown severity \(other)")
        }
        e.file = string("file")
        if let node = map["line"] { e.line = node.int.map { .value($0) } ?? .none }
        if let node = map["field"] { e.field = node.null == nil ? .value(node.string ?? "") : .none }
        e.message = string("message")
        e.output = string("output")
        e.contains = string("contains")
        e.generate = string("generate")
        e.remove = map["remove"]?.sequence?.compactMap(\.string) ?? []
        return e
    }

    func matches(_ d: Diagnostic, severity: Diagnostic.Severity) -> Bool {
        guard d.severity == severity, d.file == file else { return false }
        switch line {
        case .any: break
        case .none: if d.line != nil { return false }
        case .value(let l): if d.line != l { return false }
        }
        switch field {
        case .any: break
        case .none: if d.field != nil { return false }
        case .value(let f): if d.field != f { return false }
        }
        return message.map { d.message.contains($0) } ?? true
    }
}

struct Problem: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

enum Overlay {
    /// Copies every file below `source` to the same place below `destination`, replacing files.
    static func copy(from source: String, to destination: String) throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: source) else { return }
        for case let relative as String in walker {
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: source + "/" + relative, isDirectory: &isDir)
            let target = destination + "/" + relative
            if isDir.boolValue {
                try fm.createDirectory(atPath: target, withIntermediateDirectories: true)
            } else {
                if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
                try fm.copyItem(atPath: source + "/" + relative, toPath: target)
            }
        }
    }
}

/// What must never appear in a published page: a tag, an event handler or a script address
/// that came from the content unescaped.
enum Injection {
    /// Tags sitegen's theme never writes; their presence means content markup got through.
    static let forbiddenTags = ["<script", "<img src=x", "<iframe", "<object", "<embed"]


    /// Each problem found in `html`, in words. The search page (`search/index.html`) may hold
    /// the theme's search script once, and no other.
    static func problems(in page: String, path: String = "") -> [String] {
        var html = page
        // The one script the theme writes: the search page's own, from the site's assets.
        if path == "search/index.html", let own = html.firstMatch(of: /<script type="module" src="\/[^"<>:]*\/?assets\/search\.js"><\/script>/) {
            html.removeSubrange(own.range)
        }
        var out = forbiddenTags.filter { html.range(of: $0, options: .caseInsensitive) != nil }.map { "the tag \($0)" }
        // Inside every tag (not in text, where an escaped payload is harmless), look for event
        // handlers and javascript: addresses.
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let afterOpen = rest.index(after: open)
            guard afterOpen < rest.endIndex, rest[afterOpen].isLetter, let close = rest[afterOpen...].firstIndex(of: ">") else {
                rest = rest[afterOpen...]
                continue
            }
            let tag = rest[open...close].lowercased()
            // Attribute values are escaped text; what stands outside them is markup.
            let markup = tag.replacing(/"[^"]*"|'[^']*'/, with: "\"\"")
            if markup.firstMatch(of: /\son[a-z]+\s*=/) != nil { out.append("an event handler in \(tag.prefix(160))") }
            if tag.firstMatch(of: /(href|src|action)\s*=\s*["']?\s*javascript:/) != nil {
                out.append("a javascript: address in \(tag.prefix(160))")
            }
            rest = rest[rest.index(after: close)...]
        }
        return out
    }
}

/// The cases made at test time rather than committed.
enum Generators {
    static func make(_ name: String, in site: TemporarySite) throws {
        let fm = FileManager.default
        switch name {
        case "huge-data-file":
            let record = "  - name: นายสมชาย ใจดี\n    position: สมาชิกสภาองค์การบริหารส่วนตำบล\n"
            try writeLarge(site.content + "/data/huge.yaml", head: "kind: executives\nexecutives:\n", repeating: record,
                           bytes: 50 * 1024 * 1024)
        case "huge-page":
            try writeLarge(site.content + "/about/huge.md", head: "---\ntitle: หน้าใหญ่\n---\n",
                           repeating: "ข้อความยาวมาก ทดสอบขนาดไฟล์ ", bytes: 50 * 1024 * 1024)
        case "deep-yaml-flow":
            site.write("data/deep.yaml", "kind: executives\nexecutives: " + String(repeating: "[", count: 10_000)
                       + String(repeating: "]", count: 10_000) + "\n")
        case "deep-yaml-block":
            site.write("about/deep.md", "---\ntitle: ลึก\naliases:\n" + String(repeating: "- ", count: 10_000) + "/a/\n---\n")
        case "deep-markdown":
            let n = 10_000
            site.write("about/deep.md", "---\ntitle: ลึกมาก\n---\n"
                       + String(repeating: "> ", count: n) + "คำพูด\n\n"
                       + String(repeating: "- ", count: n) + "รายการ\n\n"
                       + String(repeating: "[", count: n) + "วงเล็บ" + String(repeating: "]", count: n) + "\n\n"
                       + String(repeating: "*", count: n) + "เน้น" + String(repeating: "*", count: n) + "\n\n"
                       + String(repeating: "_", count: n) + "ขีด" + String(repeating: "_", count: n) + "\n\n"
                       + String(repeating: "`", count: n) + "โค้ด\n")
        case "long-line-page":
            site.write("about/long.md", "---\ntitle: บรรทัดยาว\n---\n" + String(repeating: "ข้อความ ", count: 250_000) + "\n")
        case "long-line-key":
            site.write("about/history.md", "---\ntitle: ประวัติ\n" + String(repeating: "k", count: 100_000) + ": ค่า\n---\n")
        case "many-pipes":
            site.write("about/pipes.md", "---\ntitle: ตาราง\n---\n|a|b|\n|-|-|\n" + String(repeating: "|", count: 100_000) + "\n")
        case "many-bad-csv-rows":
            let header = "egp_number,title,budget,reference_price,method,status,bidders,contractor,contract_number,contract_date,contract_value,month,reason\n"
            let row = "6710901743,จ้างเหมา,\"-108,000\",,เฉพาะเจาะจง,เบิกจ่ายแล้ว,\"นาง ก 108,000\",นาง ก,ใบสั่งจ้าง 1/2568,2024-10-01,\"-108,000\",2024-10,x\n"
            site.write("data/procurement/2568-items.csv", header + String(repeating: row, count: 5_000))
        case "symlink-page-outside":
            try "---\ntitle: ความลับ\n---\nข้อมูลภายนอก\n".write(toFile: site.root + "/secret.md", atomically: true, encoding: .utf8)
            try fm.createSymbolicLink(atPath: site.content + "/leak.md", withDestinationPath: site.root + "/secret.md")
        case "symlink-folder-outside":
            try fm.createDirectory(atPath: site.root + "/outside", withIntermediateDirectories: true)
            try "ลับ".write(toFile: site.root + "/outside/secret.txt", atomically: true, encoding: .utf8)
            try fm.createSymbolicLink(atPath: site.content + "/files/outside", withDestinationPath: site.root + "/outside")
        case "symlink-site-yaml-outside":
            try fm.moveItem(atPath: site.content + "/site.yaml", toPath: site.root + "/outside-site.yaml")
            try fm.createSymbolicLink(atPath: site.content + "/site.yaml", withDestinationPath: site.root + "/outside-site.yaml")
        case "symlink-data-outside":
            try fm.moveItem(atPath: site.content + "/data/executives.yaml", toPath: site.root + "/outside-executives.yaml")
            try fm.createSymbolicLink(atPath: site.content + "/data/executives.yaml",
                                      withDestinationPath: site.root + "/outside-executives.yaml")
        default:
            throw Problem("unknown generator \(name)")
        }
    }

    /// Writes `head` then `repeating` until the file holds at least `bytes` bytes.
    static func writeLarge(_ path: String, head: String, repeating unit: String, bytes: Int) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let block = Data(String(repeating: unit, count: max(1, (1 << 20) / unit.utf8.count)).utf8)
        var data = Data(head.utf8)
        data.reserveCapacity(bytes + block.count)
        while data.count < bytes { data.append(block) }
        try data.write(to: URL(fileURLWithPath: path))
    }
}

/// The injection check's one exception, the search page's own script, is that script alone.
@Suite struct InjectionCheckTests {
    @Test func theSearchPageMayHoldTheThemesSearchScriptOnly() {
        let own = #"<script type="module" src="/tambon/assets/search.js"></script>"#
        #expect(Injection.problems(in: own, path: "search/index.html") == [])
        #expect(Injection.problems(in: own, path: "about/index.html") == ["the tag <script"])
        #expect(Injection.problems(in: own + "<script>alert(1)</script>", path: "search/index.html") == ["the tag <script"])
        #expect(Injection.problems(in: #"<script type="module" src="https://evil.example/search.js"></script>"#,
                                   path: "search/index.html") == ["the tag <script"])
    }
}
