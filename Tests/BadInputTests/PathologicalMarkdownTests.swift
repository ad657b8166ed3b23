import Foundation
import Markdown
import Testing

/// Markdown built to trip up a parser — deeply nested brackets and emphasis, long runs of
/// backticks, thousands of unclosed openers, a table row with a hundred thousand cells — must
/// render in time roughly linear in its size.
///
/// Each pattern is rendered at size n and 4n, three times each, and the fastest times compared:
/// linear work gives a ratio near 4, quadratic work near 16. The bound (10) is generous so that a
/// busy machine does not fail the test, and still far below quadratic.
@Suite(.serialized) struct PathologicalMarkdownTests {
    static let bound = 10.0

    struct Pattern: CustomTestStringConvertible, Sendable {
        let name: String
        let n: Int
        let make: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    static func r(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }

    static let patterns: [Pattern] = [
        Pattern(name: "nested brackets", n: 50_000) { r("[", $0) + "a" + r("]", $0) },
        Pattern(name: "nested emphasis *", n: 50_000) { r("*", $0) + "a" + r("*", $0) },
        Pattern(name: "nested emphasis _", n: 50_000) { r("_", $0) + "a" + r("_", $0) },
        Pattern(name: "nested strong and emphasis", n: 10_000) { r("*a **a ", $0) + r("b** a* ", $0) },
        Pattern(name: "emphasis openers without closers", n: 30_000) { r("_a ", $0) },
        Pattern(name: "mismatched emphasis", n: 20_000) { r("*a_ ", $0) },
        Pattern(name: "link openers without closers", n: 30_000) { r("[a", $0) },
        Pattern(name: "link closers without openers", n: 30_000) { r("a]", $0) },
        Pattern(name: "unclosed links", n: 20_000) { r("[a](<b", $0) },
        Pattern(name: "link openers and emphasis closers", n: 20_000) { r("[ a_", $0) },
        Pattern(name: "backtick pairs", n: 30_000) { r("`a``", $0) },
        // Runs of 1, 2, … k backticks: the text grows as k², so k doubles when the size quadruples.
        Pattern(name: "long runs of backticks", n: 1_000) { n in
            let k = Int(Double(n).squareRoot() * 32)
            return (1...k).map { "e" + r("`", $0) }.joined()
        },
        Pattern(name: "nested block quotes", n: 20_000) { r("> ", $0) + "a\n" },
        Pattern(name: "nested lists", n: 20_000) { r("- ", $0) + "a\n" },
        Pattern(name: "unclosed HTML comments", n: 30_000) { "</" + r("<!--", $0) },
        Pattern(name: "identical headings", n: 5_000) { r("# หัวข้อ\n", $0) },
        Pattern(name: "table row of many cells", n: 20_000) { "|a|b|\n|-|-|\n" + r("|", $0) + "\n" },
        Pattern(name: "wide table", n: 200) { "|" + r("a|", 150) + "\n|" + r("-|", 150) + "\n" + r("|" + r("b|", 150) + "\n", $0) },
        Pattern(name: "e-mail autolinks", n: 5_000) { r("a@", $0) },
    ]

    /// The fastest of `runs` renderings of each text, measured in turns (small, large, small, …)
    /// so that a burst of load on the machine hits both sizes alike.
    static func fastest(_ small: String, _ large: String, runs: Int = 3) -> (Double, Double) {
        let clock = ContinuousClock()
        var best = (Double.infinity, Double.infinity)
        for _ in 0..<runs {
            for (i, text) in [small, large].enumerated() {
                let start = clock.now
                let html = MarkdownRenderer.render(text).html
                let elapsed = seconds(clock.now - start)
                precondition(!html.isEmpty)
                if i == 0 { best.0 = min(best.0, elapsed) } else { best.1 = min(best.1, elapsed) }
            }
        }
        return best
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    @Test(arguments: patterns)
    func rendersInRoughlyLinearTime(_ pattern: Pattern) {
        let small = pattern.make(pattern.n), large = pattern.make(pattern.n * 4)
        _ = MarkdownRenderer.render(small) // warm up
        // Linear work passes at once; a slow measurement (a busy machine) is taken again, up to
        // three times, before the pattern is judged: quadratic work fails every time.
        var (t1, t4) = Self.fastest(small, large)
        for _ in 0..<3 where t4 / max(t1, 1e-4) >= Self.bound {
            (t1, t4) = Self.fastest(small, large)
        }
        let ratio = t4 / max(t1, 1e-4)
        let sizeRatio = Double(large.utf8.count) / Double(small.utf8.count)
        print(String(format: "%@: %d bytes %.1f ms, %d bytes %.1f ms, ratio %.1f (size ×%.1f)",
                     pattern.name, small.utf8.count, t1 * 1000, large.utf8.count, t4 * 1000, ratio, sizeRatio))
        #expect(ratio < Self.bound || t4 < 0.05, "\(pattern.name): 4× the text took \(ratio)× the time")
        #expect(t4 < 10, "\(pattern.name): \(large.utf8.count) bytes took \(t4) s")
    }
}
