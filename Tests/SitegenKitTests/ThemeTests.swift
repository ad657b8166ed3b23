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
