import Foundation
import Audit
@testable import SiteLoader
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText
import Yams

/// Goldens: what sitegen says and writes today, recorded so that a change of the loader, the
/// models or the renderer that should change nothing is proved to change nothing.
///
/// - every diagnostic (file, line, column, field, message, hint) of the bad-input corpus, of each
///   YAML example of docs/data/ and of the injection site;
/// - the byte-exact output of the demo site (`content/`) and of the injection site, as a list of
///   files with their sizes and 128-bit digests;
/// - `sitegen check --format json` of the demo, judged on a fixed date.
///
/// A difference fails with the first lines that differ. When a change is meant (a reworded
/// message, a new page), record the goldens again with `SITEGEN_RECORD_GOLDENS=1 swift test
/// --filter GoldenTests` and review the diff of `Tests/BadInputTests/Goldens/` before committing.
@Suite(.serialized) struct GoldenTests {
    static let folder = BadInputCorpusTests.folder + "/Goldens"
    static let recording = ProcessInfo.processInfo.environment["SITEGEN_RECORD_GOLDENS"] == "1"
    /// The demo is kept as on this date (see README); its goldens are judged on it.
    static let demoDate = CalendarDate(year: 2026, month: 12, day: 5)!

    @Test func corpusDiagnostics() throws {
        var out = ""
        for name in BadInputCorpusTests.caseNames {
            let expect = try Expectation.load(BadInputCorpusTests.casesFolder + "/" + name + "/expect.yaml")
            let site = try BadInputCorpusTests.builtGoodSite()
            try BadInputCorpusTests.layCase(name, expect: expect, over: site)
            let result = SiteBuilder.build(BadInputCorpusTests.options(site))
            out += "## \(name): \(result.succeeded ? "built" : "failed")\n"
            out += Self.lines(result.diagnostics, site: site)
        }
        try Self.compare(out, golden: "corpus-diagnostics.txt")
    }

    /// Every YAML block of docs/data/ that is a whole data file (it names its `kind`), read alone.
    @Test func docsExampleDiagnostics() throws {
        let docs = TemporarySite.repository + "/docs/data"
        var out = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: docs).sorted() where name.hasSuffix(".md") {
            let text = try String(contentsOfFile: docs + "/" + name, encoding: .utf8)
            var from = text.startIndex
            var n = 0
            while let start = text.range(of: "```yaml\n", range: from..<text.endIndex),
                  let end = text.range(of: "\n```", range: start.upperBound..<text.endIndex) {
                from = end.upperBound
                let yaml = String(text[start.upperBound..<end.lowerBound]) + "\n"
                guard yaml.firstMatch(of: /(?m)^kind: *[a-z-]+/) != nil else { continue }
                n += 1
                let key = "example"
                let context = DatasetContext(key: key, file: "data/\(key).yaml", siteRoot: "/nonexistent")
                let (dataset, diagnostics) = DataFolderLoader.parse(yaml, context: context)
                out += "## \(name) #\(n): \(dataset.map { type(of: $0).kind } ?? "nothing loaded")\n"
                out += Self.lines(diagnostics, site: nil)
            }
        }
        try Self.compare(out, golden: "docs-example-diagnostics.txt")
    }

    /// Each docs/data example (the first whole data file of each kind), broken one place at a time:
    /// every value replaced by a word no field accepts as a number, date or choice, every field
    /// removed, and an unknown field added to every block. What the loader says of each.
    @Test func brokenExampleDiagnostics() throws {
        var out = ""
        let context = DatasetContext(key: "2568", file: "data/2568.yaml", siteRoot: "/nonexistent")
        func load(_ node: Node) throws -> String {
            let text = try Yams.serialize(node: node, allowUnicode: true)
            let (dataset, diagnostics) = DataFolderLoader.parse(text, context: context)
            return (dataset == nil ? "  (nothing loaded)\n" : "") + Self.lines(diagnostics, site: nil)
        }
        for (kind, yaml) in try InjectionTests.examples() {
            let node = try #require(try Yams.compose(yaml: yaml))
            for path in InjectionTests.scalarPaths(node) where !(path.count == 1 && path.first?.description == "kind") {
                let where_ = path.map(\.description).joined(separator: ".")
                out += "## \(kind) \(where_) = 'x?'\n" + (try load(InjectionTests.replacing(node, at: path[...], with: "x?")))
            }
            for path in Self.fieldPaths(node) where !(path.count == 1 && path.first?.description == "kind") {
                out += "## \(kind) without \(path.map(\.description).joined(separator: "."))\n" + (try load(Self.removing(node, at: path[...])))
            }
            for path in Self.mappingPaths(node) {
                out += "## \(kind) \(path.map(\.description).joined(separator: ".")) + colour\n"
                    + (try load(Self.adding(node, at: path[...])))
            }
        }
        try Self.compare(out, golden: "broken-example-diagnostics.txt")
    }

    typealias Step = InjectionTests.Step

    /// Paths of every key of every mapping below `node`.
    static func fieldPaths(_ node: Node, _ prefix: [Step] = []) -> [[Step]] {
        switch node {
        case .mapping(let m):
            return m.flatMap { pair in pair.key.string.map { [prefix + [.key($0)]] + fieldPaths(pair.value, prefix + [.key($0)]) } ?? [] }
        case .sequence(let s): return s.enumerated().flatMap { fieldPaths($1, prefix + [.index($0)]) }
        default: return []
        }
    }

    /// Paths of every mapping (the document itself included).
    static func mappingPaths(_ node: Node, _ prefix: [Step] = []) -> [[Step]] {
        switch node {
        case .mapping(let m): return [prefix] + m.flatMap { pair in pair.key.string.map { mappingPaths(pair.value, prefix + [.key($0)]) } ?? [] }
        case .sequence(let s): return s.enumerated().flatMap { mappingPaths($1, prefix + [.index($0)]) }
        default: return []
        }
    }

    static func removing(_ node: Node, at path: ArraySlice<Step>) -> Node {
        guard let step = path.first else { return node }
        switch (node, step) {
        case (.mapping(var m), .key(let k)):
            if path.count == 1 { m[k] = nil } else if let child = m[k] { m[k] = removing(child, at: path.dropFirst()) }
            return .mapping(m)
        case (.sequence(var s), .index(let i)):
            s[i] = removing(s[i], at: path.dropFirst())
            return .sequence(s)
        default: return node
        }
    }

    static func adding(_ node: Node, at path: ArraySlice<Step>) -> Node {
        switch (node, path.first) {
        case (.mapping(var m), nil):
            m["colour"] = Node("red")
            return .mapping(m)
        case (.mapping(var m), .key(let k)?):
            if let child = m[k] { m[k] = adding(child, at: path.dropFirst()) }
            return .mapping(m)
        case (.sequence(var s), .index(let i)?):
            s[i] = adding(s[i], at: path.dropFirst())
            return .sequence(s)
        default: return node
        }
    }

    @Test func injectionSite() throws {
        let (site, result, _) = try InjectionTests.buildPoisonedSite()
        try Self.compare(Self.lines(result.diagnostics, site: site), golden: "injection-diagnostics.txt")
        try Self.compare(Self.manifest(site.output), golden: "injection-public.txt")
    }

    @Test func demoSite() throws {
        let output = TemporarySite()
        let result = SiteBuilder.build(BuildOptions(source: TemporarySite.repository + "/content", output: output.output,
                                                    themesFolder: TemporarySite.defaultThemes, buildDate: Self.demoDate,
                                                    useCache: false))
        try Self.compare(Self.lines(result.diagnostics, site: nil), golden: "demo-diagnostics.txt")
        try Self.compare(Self.manifest(output.output), golden: "demo-public.txt")
        let (report, _) = SiteChecker.check(CheckOptions(source: TemporarySite.repository + "/content", asOf: Self.demoDate,
                                                         useCache: false))
        let json = OITReportDocument(try #require(report)).encodedText()
        try Self.compare(json, golden: "demo-check.json")
    }

    // MARK: - Recording and comparing

    static func lines(_ diagnostics: [Diagnostic], site: TemporarySite?) -> String {
        diagnostics.map { d in
            // As the command line shows them for a Thai site: the Thai, and the English beneath.
            var text = d.text(in: .thai)
            if let site { text = text.replacingOccurrences(of: site.root, with: "<site>") }
            return text + "\n"
        }.joined()
    }

    /// One line per file of `folder`: path, size, digest; sorted by path.
    static func manifest(_ folder: String) -> String {
        TemporarySite.snapshot(folder).sorted { $0.key < $1.key }.map { path, data in
            "\(path) \(data.count) \(digest(data))\n"
        }.joined()
    }

    /// 128 bits: two FNV-1a hashes with different offsets.
    static func digest(_ data: Data) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in data {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(a, radix: 16) + String(b, radix: 16)
    }

    static func compare(_ text: String, golden name: String) throws {
        let path = folder + "/" + name
        if recording {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOfFile: path, encoding: .utf8),
                                    "no golden \(name): record it with SITEGEN_RECORD_GOLDENS=1")
        guard expected != text else { return }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        let context = { (lines: [Substring]) in lines[max(0, first - 2)..<min(lines.count, first + 4)].joined(separator: "\n") }
        Issue.record("""
            \(name) differs from its golden from line \(first + 1) (\(old.count) lines recorded, \(new.count) now).
            recorded:
            \(context(old))
            now:
            \(context(new))
            """)
    }
}
