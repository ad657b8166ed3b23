import Foundation
import Markdown
import SiteModel
import Testing

/// Regressions for what the fuzzer (fuzz/run.sh) found. Each crashing input is also kept in
/// fuzz/regressions/, which every fuzz run executes again under AddressSanitizer.
@Suite struct FuzzRegressionTests {
    /// fuzz/regressions/markdown-heading-inline-html-use-after-free: a heading whose inline
    /// children (HTML, code) were rendered after the heading node that owns their text had been
    /// freed. Without ASan the symptom is heading text that changes when other threads reuse the
    /// freed memory, so the same headings are rendered many times in parallel and must never vary.
    @Test func headingsWithInlineMarkupRenderTheSameEveryTime() {
        let source = "t<s>\n-\n\n## ตอน <b>สำคัญ</b> ที่ `1` และ <i>อื่น ๆ</i>\n\n" + String(repeating: "ข้อความ *เน้น* `code`\n\n", count: 50)
        for raw in [false, true] {
            let options = MarkdownOptions(allowRawHTML: raw)
            let expected = MarkdownRenderer.render(source, options: options)
            let results = Parallel.map(Array(0..<400)) { _ in MarkdownRenderer.render(source, options: options) }
            #expect(results.allSatisfy { $0 == expected })
            #expect(expected.headings.map(\.id) == ["t", "ตอน-สำคัญ-ที่-1-และ-อื่น-ๆ"])
        }
        #expect(MarkdownRenderer.render("t<s>\n-\n").html == "<h2 id=\"t\">\nt<!-- raw HTML omitted -->\n</h2>\n")
    }
}
