import Foundation
import TestSupport
import Testing

/// The default theme's stylesheets stay well-formed (merges of CSS blocks have broken them
/// before, silently dropping every rule after the break).
@Suite struct ThemeTests {
    @Test(arguments: ["style.css", "print.css"])
    func stylesheetBracesBalanceAndRulesNestOnlyInAtRules(_ name: String) throws {
        let css = try String(contentsOfFile: TemporarySite.defaultThemes + "/default/static/assets/" + name, encoding: .utf8)
        // Drop comments, then walk the blocks.
        let text = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        var stack: [String] = []
        var selector = ""
        for ch in text {
            switch ch {
            case "{":
                let head = selector.trimmingCharacters(in: .whitespacesAndNewlines)
                if let parent = stack.last {
                    #expect(parent.hasPrefix("@"), "'\(head)' is nested inside '\(parent)' in \(name)")
                }
                stack.append(head)
                selector = ""
            case "}":
                #expect(!stack.isEmpty, "unbalanced } in \(name)")
                _ = stack.popLast()
                selector = ""
            case ";":
                selector = ""
            default:
                selector.append(ch)
            }
        }
        #expect(stack.isEmpty, "unclosed block in \(name): \(stack)")
    }
}

/// swift-mustache re-indents the output of a standalone partial tag that is indented, counting
/// the Characters of every rendered token: on a table of thousands of Thai rows that takes
/// seconds. Partial tags alone on a line therefore start at column 0.
@Suite struct ThemeTemplateTests {
    @Test func noStandalonePartialTagIsIndented() throws {
        let folder = TemporarySite.defaultThemes + "/default/templates"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
        #expect(names.count > 10)
        let standalone = try NSRegularExpression(pattern: #"^[ \t]+\{\{[><$][^}]*\}\}[ \t]*$"#)
        var indented: [String] = []
        for name in names.sorted() {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            for (i, line) in text.components(separatedBy: "\n").enumerated()
            where standalone.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                indented.append("\(name):\(i + 1): \(line)")
            }
        }
        #expect(indented == [])
    }
}
