import Foundation
@testable import SiteLoader
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText
import Yams

/// A site whose every text is a script or an attribute-breaking payload: site.yaml, the front
/// matter of every page, the Markdown bodies, and every field of every dataset kind that accepts
/// text. The published pages must show the payloads as text and run none of them.
///
/// The datasets start from the examples of docs/data/*.md. Each value of an example is replaced
/// by the first payload its field accepts (a field that refuses every payload — a date, an amount,
/// one of a fixed list of words — keeps its value: it cannot carry markup into a page).
@Suite struct InjectionTests {
    static let script = "<script>alert(1)</script>"
    /// Tried in order for each value; the first one the field accepts stays.
    static let payloads = [
        "\"><script>alert(1)</script><img src=x onerror=alert(1)>'{{x}}</textarea><!--",
        "javascript:alert(1)",
        "https://evil.example/\"><script>alert(1)</script><img src=x onerror=alert(1)>",
        "x@evil.example\"><script>alert(1)</script>",
    ]
    static let buildDate = CalendarDate(year: 2025, month: 9, day: 30)!

    enum Step: CustomStringConvertible {
        case key(String), index(Int)
        var description: String { switch self { case .key(let k): k; case .index(let i): "[\(i)]" } }
    }

    /// The YAML examples of docs/data/, one per dataset kind (the first whole data file of each page).
    static func examples() throws -> [(kind: String, yaml: String)] {
        let docs = TemporarySite.repository + "/docs/data"
        var out: [(String, String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: docs).sorted() where name.hasSuffix(".md") && name != "README.md" {
            let text = try String(contentsOfFile: docs + "/" + name, encoding: .utf8)
            // The first block that is a whole data file (some pages show fragments first).
            var from = text.startIndex
            while let start = text.range(of: "```yaml\n", range: from..<text.endIndex),
                  let end = text.range(of: "\n```", range: start.upperBound..<text.endIndex) {
                from = end.upperBound
                let yaml = String(text[start.upperBound..<end.lowerBound]) + "\n"
                guard let kind = yaml.firstMatch(of: /(?m)^kind: *([a-z-]+)/)?.1 else { continue }
                out.append((String(kind), yaml))
                break
            }
        }
        return out
    }

    /// Paths of every scalar value below `node` (mapping keys excluded).
    static func scalarPaths(_ node: Node, _ prefix: [Step] = []) -> [[Step]] {
        switch node {
        case .scalar: return [prefix]
        case .mapping(let m):
            return m.flatMap { pair in pair.key.string.map { scalarPaths(pair.value, prefix + [.key($0)]) } ?? [] }
        case .sequence(let s):
            return s.enumerated().flatMap { scalarPaths($1, prefix + [.index($0)]) }
        case .alias: return []
        }
    }

    static func replacing(_ node: Node, at path: ArraySlice<Step>, with value: String) -> Node {
        guard let step = path.first else { return Node(value, Tag(.str), .doubleQuoted) }
        switch (node, step) {
        case (.mapping(var m), .key(let k)):
            if let child = m[k] { m[k] = replacing(child, at: path.dropFirst(), with: value) }
            return .mapping(m)
        case (.sequence(var s), .index(let i)):
            s[i] = replacing(s[i], at: path.dropFirst(), with: value)
            return .sequence(s)
        default:
            return node
        }
    }

    /// Files a dataset example names (photos, attachments, CSV tables) are created so that the
    /// example loads.
    static func createReferencedFiles(_ yaml: String, in site: TemporarySite) {
        for match in yaml.matches(of: /(?m)(?:file|photo|items_csv): *"?((?:files|data)\/[^\s"]+)/) {
            let path = String(match.1)
            if FileManager.default.fileExists(atPath: site.content + "/" + path) { continue }
            if path.hasSuffix(".csv") {
                site.write(path, "title,month,method,status\n")
            } else {
                site.writeData(path, Data("%PDF-1.4\n".utf8))
            }
        }
    }

    /// Errors of the data folder holding only `yaml` as `data/<key>.yaml`.
    static func dataErrors(_ yaml: String, key: String, site: TemporarySite) -> [Diagnostic] {
        site.write("data/\(key).yaml", yaml)
        return DataFolderLoader.load(siteRoot: site.content).1.filter { $0.severity == .error }
    }

    /// The example of one kind with every value that accepts a payload replaced by it.
    static func poisoned(kind: String, yaml: String, key: String, site: TemporarySite) throws -> (String, Int) {
        guard var node = try Yams.compose(yaml: yaml) else { throw Problem("\(kind): empty example") }
        let baseline = dataErrors(yaml, key: key, site: site)
        try #require(baseline.isEmpty, "the docs/data example of \(kind) must load: \(baseline)")
        var replaced = 0
        for path in scalarPaths(node) {
            if case .key("kind") = path.first, path.count == 1 { continue }
            // References to other data files must name a data file that exists.
            if case .key(let key) = path.first, path.count == 1, ["plan", "assessment", "ita_results"].contains(key) { continue }
            for payload in payloads {
                let candidate = replacing(node, at: path[...], with: payload)
                let text = try Yams.serialize(node: candidate, allowUnicode: true)
                if dataErrors(text, key: key, site: site).isEmpty {
                    node = candidate
                    replaced += 1
                    break
                }
            }
        }
        return (try Yams.serialize(node: node, allowUnicode: true), replaced)
    }

    static let yamlPayload = payloads[0].replacingOccurrences(of: "'", with: "''")

    /// Builds the poisoned site; returns it and the kinds it presents.
    static func buildPoisonedSite() throws -> (TemporarySite, BuildResult, [String: Int]) {
        let p = yamlPayload
        let site = TemporarySite(config: """
            title: 'อบต.\(p)'
            short_title: '\(p)'
            base_url: https://test.example/
            province: '\(p)'
            district: '\(p)'
            subdistrict: '\(p)'
            description: '\(p)'
            contact:
              address: '\(p)'
              phones: ['\(p)']
              fax: '\(p)'
              email: '\(p)'
              office_hours: '\(p)'
              map: {latitude: 14.1, longitude: 99.7, url: 'https://maps.example/"><script>alert(1)</script>'}
              channels:
                - {kind: line, name: '\(p)', url: 'https://line.example/"><script>alert(1)</script>'}

            """)
        let body = """
            \(payloads[0])

            <script>alert(2)</script> <img src=x onerror=alert(3)> <a href="javascript:alert(4)">a</a>

            [link](javascript:alert(5)) [titled](https://x.example/ "\\"><script>alert(6)</script>") ![img](javascript:alert(7))

            <javascript:alert(8)> {{x}} </textarea> <iframe src="javascript:alert(9)"></iframe>

            | a | b |
            |---|---|
            | <script>alert(10)</script> | "><img src=x onerror=alert(11)> |
            """
        site.write("index.md", "---\ntitle: '\(p)'\ndescription: '\(p)'\n---\n\(body)\n")
        site.write("news/_index.md", "---\ntitle: '\(p)'\n---\n\(body)\n")
        site.write("news/a.md", """
            ---
            title: '\(p)'
            description: '\(p)'
            date: 2025-01-15
            aliases: [/old/news-a/]
            attachments:
              - file: files/a.pdf
                title: '\(p)'
            ---
            \(body)

            """)
        site.writeData("files/a.pdf", Data("%PDF-1.4\n".utf8))
        site.write("inj/_index.md", "---\ntitle: '\(p)'\n---\n")
        var replacedByKind: [String: Int] = [:]
        let scratch = TemporarySite()
        // The report's example names plan entries the plan's example does not have; its texts are
        // covered through the plan (same templates) and its own page tests.
        for (kind, yaml) in try examples() where kind != "anti-corruption-report" {
            createReferencedFiles(yaml, in: site)
            createReferencedFiles(yaml, in: scratch)
            let key = "inj/\(kind)"
            let (text, replaced) = try poisoned(kind: kind, yaml: yaml, key: key, site: scratch)
            try? FileManager.default.removeItem(atPath: scratch.content + "/data/\(key).yaml")
            replacedByKind[kind] = replaced
            // The examples name each other's files; point the references at this site's copies.
            let references = ["plan": "inj/anti-corruption-plan", "assessment": "inj/risk-assessment", "ita_results": "inj/ita-results"]
            let linked = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                for (field, target) in references where line.hasPrefix(field + ": ") { return "\(field): \(target)" }
                return String(line)
            }.joined(separator: "\n")
            site.write("data/\(key).yaml", linked)
            site.write("inj/\(kind).md", "---\ntitle: '\(p)'\ndescription: '\(p)'\nlayout: \(kind)\ndata: \(key)\n---\n\(payloads[0])\n")
        }
        // Pages without a date show their file's date: fix it, so the output is the same every day.
        site.settle(at: Date(timeIntervalSince1970: 1_759_233_600)) // 2025-09-30 12:00 UTC
        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output,
                                                    themesFolder: TemporarySite.defaultThemes, buildDate: buildDate))
        return (site, result, replacedByKind)
    }

    @Test func everyTextIsEscapedInTheBuiltHTML() throws {
        let (site, result, replaced) = try Self.buildPoisonedSite()
        try #require(result.succeeded, "the poisoned site must build: \(result.errors)")
        #expect(replaced.count >= 16, "a dataset kind has no example in docs/data: \(replaced.keys.sorted())")
        for (kind, n) in replaced { #expect(n >= 1, "no field of \(kind) took a payload") }
        var pages = 0
        for (path, data) in TemporarySite.snapshot(site.output) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            pages += 1
            let html = String(decoding: data, as: UTF8.self)
            for problem in Injection.problems(in: html, path: path) { Issue.record("\(path) contains \(problem)") }
            // The only '"><' sequences are the theme's own; a payload's is always escaped.
            #expect(!html.contains("\"><script"), "\(path): an attribute was broken open")
            #expect(!html.contains("</textarea>"), "\(path): a payload closed a textarea")
        }
        #expect(pages > 20)
        print("injection: payloads in \(replaced.values.reduce(0, +)) dataset fields of \(replaced.count) kinds, "
              + "site.yaml and front matter; \(pages) pages scanned")
        // Each dataset page shows its payloads, escaped.
        for kind in replaced.keys {
            let page = try #require(site.read("inj/\(kind)/index.html"), "inj/\(kind)/ was not published")
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "inj/\(kind)/ does not show the payload as text")
        }
    }

    static var browserCheck: String { TemporarySite.repository + "/Tests/Injection/check_no_script_runs.py" }

    /// A Python that has selenium, with Chromium and chromedriver on the PATH; nil if missing.
    static let browserPython: String? = {
        guard ["chromium", "chromium-browser", "google-chrome"].contains(where: onPath), onPath("chromedriver") else { return nil }
        for python in ["/usr/bin/python3", "python3"] where run([python, "-c", "import selenium"]) == 0 { return python }
        return nil
    }()

    static func onPath(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }

    @discardableResult
    static func run(_ arguments: [String], output: Pipe? = nil) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = output ?? FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: browserPython != nil,
                   "skipped: the headless Chromium check needs chromium, chromidriver and python3-selenium (scripts/test.sh installs them)"))
    func noScriptRunsInHeadlessChromium() throws {
        let (site, result, _) = try Self.buildPoisonedSite()
        try #require(result.succeeded, "the poisoned site must build: \(result.errors)")
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [Self.browserPython!, Self.browserCheck, site.output, "<script>alert(1)</script>"]
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print(String(output.split(separator: "\n").last ?? ""))
        #expect(process.terminationStatus == 0, "headless Chromium found problems:\n\(output)")
    }
}
