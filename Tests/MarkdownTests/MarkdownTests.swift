import Foundation
import Markdown
import Testing

@Suite struct MarkdownRenderingTests {
    @Test func thaiTableRendersAsGFMTableWithStyleAlignment() {
        let source = """
            ## งบประมาณรายจ่าย

            | แผนงาน | งบประมาณ (บาท) |
            |:--|--:|
            | การศึกษา | ๑,๒๐๐,๐๐๐ |
            | สาธารณสุข | ๕๐๐,๐๐๐ |
            """
        let html = MarkdownRenderer.render(source).html
        let expected = """
            <h2 id="งบประมาณรายจ่าย">
            งบประมาณรายจ่าย
            </h2>
            <table>
            <thead>
            <tr>
            <th style="text-align: left">แผนงาน</th>
            <th style="text-align: right">งบประมาณ (บาท)</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left">การศึกษา</td>
            <td style="text-align: right">๑,๒๐๐,๐๐๐</td>
            </tr>
            <tr>
            <td style="text-align: left">สาธารณสุข</td>
            <td style="text-align: right">๕๐๐,๐๐๐</td>
            </tr>
            </tbody>
            </table>

            """
        #expect(html == expected)
    }

    @Test func strikethroughAutolinkAndTaskList() {
        let html = MarkdownRenderer.render("วันที่ ~~๑๕~~ ๑๖ ดู https://www.dla.go.th\n\n- [x] เสร็จ\n- [ ] ยังไม่เสร็จ\n").html
        #expect(html.contains("<del>๑๕</del>"))
        #expect(html.contains(#"<a href="https://www.dla.go.th">https://www.dla.go.th</a>"#))
        #expect(html.contains(#"<input type="checkbox" checked="" disabled="" />"#))
    }

    @Test func rawHTMLIsDroppedUnlessAllowed() {
        let source = "<div class=\"x\">กล่อง</div>\n\nข้อความ <span onclick=\"alert(1)\">คลิก</span>\n\n<script>alert(1)</script>\n"
        let safe = MarkdownRenderer.render(source).html
        #expect(!safe.contains("<div"))
        #expect(!safe.contains("<span"))
        #expect(!safe.contains("<script"))
        #expect(safe.contains("<!-- raw HTML omitted -->"))
        #expect(safe.contains("ข้อความ"))

        let opted = MarkdownRenderer.render(source, options: MarkdownOptions(allowRawHTML: true)).html
        #expect(opted.contains("<div class=\"x\">กล่อง</div>"))
        #expect(opted.contains("<span onclick="))
        // The GFM tag filter still neutralises <script> even when raw HTML is allowed.
        #expect(!opted.contains("<script>"))
        #expect(opted.contains("&lt;script>"))
    }

    @Test func dangerousLinkSchemesAreRemoved() {
        let html = MarkdownRenderer.render("[คลิก](javascript:alert(1)) ![x](data:text/html;base64,AAAA)").html
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:text/html"))
    }

    @Test func headingIdsAreThaiSafeStableAndUnique() {
        let r = MarkdownRenderer.render("## ขั้นตอนการให้บริการ\n\n## ขั้นตอนการให้บริการ\n\n### Step 1: Fees & Documents!\n\n## ***\n")
        #expect(r.headings.map(\.id) == ["ขั้นตอนการให้บริการ", "ขั้นตอนการให้บริการ-2", "step-1-fees-documents", "section"])
        #expect(r.html.contains(#"<h2 id="ขั้นตอนการให้บริการ-2">"#))
        #expect(r.html.contains(#"<h3 id="step-1-fees-documents">"#))
        #expect(HeadingAnchor.slug("  !!  ") == "section")
        // Thai vowels and tone marks are combining characters: they must stay in the id.
        #expect(HeadingAnchor.slug("ผู้บริหาร") == "ผู้บริหาร")
    }

    @Test func firstParagraphIsPlainText() {
        let r = MarkdownRenderer.render("## หัวข้อ\n\nย่อหน้า **แรก** มี `code`\nและบรรทัดใหม่\n\nย่อหน้าที่สอง")
        #expect(r.firstParagraph == "ย่อหน้า แรก มี code และบรรทัดใหม่")
    }

    @Test func embeddedNULAndInvalidInputDoNotCrash() {
        let r = MarkdownRenderer.render("ก\u{0}ข")
        #expect(r.html.contains("ก"))
        #expect(MarkdownRenderer.render("").html.isEmpty)
    }
}

@Suite struct ParallelRenderingTests {
    /// A corpus that exercises exactly what the libcmark-gfm race loses: strikethrough and autolinks.
    static func corpus() -> [String] {
        (0..<400).map { i in
            """
            # เอกสารที่ \(i)

            ราคากลาง ~~\(i * 1000) บาท~~ \(i * 900) บาท ดูรายละเอียดที่ https://www.gprocurement.go.th/\(i)
            และ www.dla.go.th หรืออีเมล clerk\(i)@example.go.th

            | ลำดับ | รายการ |
            |---|---|
            | \(i) | ~~ยกเลิก~~ ดำเนินการ |

            - [x] งานที่ \(i)
            """
        }
    }

    /// Indices of the documents whose output differs (short failure messages).
    static func differences(_ a: [String], _ b: [String]) -> [Int] {
        zip(a, b).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
    }

    @Test func parallelOutputEqualsSerialOutputByteForByte() async {
        let docs = Self.corpus()
        let serial = docs.map { MarkdownRenderer.render($0).html }
        #expect(serial.allSatisfy { $0.contains("<del>") && $0.contains("<a href=\"https://www.gprocurement.go.th/") })
        for _ in 0..<3 {
            let parallel = await withTaskGroup(of: (Int, String).self) { group in
                for (i, doc) in docs.enumerated() {
                    group.addTask { (i, MarkdownRenderer.render(doc).html) }
                }
                var out = [String](repeating: "", count: docs.count)
                for await (i, html) in group { out[i] = html }
                return out
            }
            #expect(Self.differences(parallel, serial) == [])
        }
        let threaded = await Task.detached {
            let results = Results(count: docs.count)
            DispatchQueue.concurrentPerform(iterations: docs.count) { i in
                results.set(i, MarkdownRenderer.render(docs[i]).html)
            }
            return results.values
        }.value
        #expect(Self.differences(threaded, serial) == [])
    }
}

/// Lock-protected result slots for the thread-pool variant of the test.
private final class Results: @unchecked Sendable {
    private var storage: [String]
    private let lock = NSLock()
    init(count: Int) { storage = [String](repeating: "", count: count) }
    func set(_ i: Int, _ value: String) { lock.lock(); storage[i] = value; lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return storage }
}

@Suite struct TablePipeLimitTests {
    @Test func countsUnescapedPipesPerLine() {
        let limit = MarkdownRenderer.maximumTableCells
        let many = String(repeating: "|", count: limit + 1)
        let escaped = String(repeating: "\\|", count: limit + 1)
        #expect(MarkdownRenderer.firstLineWithManyPipes("ไม่มีตาราง\nเลย") == nil)
        #expect(MarkdownRenderer.firstLineWithManyPipes("| a | b |\n|---|---|\n| 1 | 2 |") == nil)
        #expect(MarkdownRenderer.firstLineWithManyPipes("ก\nข\n" + many + "\n") == 3)
        #expect(MarkdownRenderer.firstLineWithManyPipes(escaped + "\n" + String(repeating: "|", count: limit)) == nil)
        #expect(MarkdownRenderer.firstLineWithManyPipes(escaped + "\n" + many) == 2)
        // An escaped backslash does not escape the pipe after it.
        #expect(MarkdownRenderer.firstLineWithManyPipes(String(repeating: "\\\\|", count: limit + 1)) == 1)
    }

    @Test func aPageWithTooManyColumnsIsShownWithoutTablesAndSaysWhere() {
        let source = "# หัวข้อ\n\n" + String(repeating: "| x ", count: MarkdownRenderer.maximumTableCells + 1) + "|\n"
        let rendered = MarkdownRenderer.render(source)
        #expect(!rendered.html.contains("<table"))
        #expect(rendered.notes.first?.line == 3)
    }
}

@Suite struct MarkdownReferenceTests {
    @Test func linksAndImagesWithTheirLines() {
        let source = """
            ย่อหน้าแรก [แผน](/files/plan.pdf)

            ## หัวข้อ [ไฟล์](../a.docx)

            - รายการ ![ภาพ](map.png "แผนที่")
            - <https://example.go.th/>

            | ก | ข |
            |---|---|
            | [ตาราง](t.xlsx) | ค |
            """
        let refs = MarkdownRenderer.render(source).references
        #expect(refs == [
            MarkdownReference(line: 1, destination: "/files/plan.pdf", isImage: false),
            MarkdownReference(line: 3, destination: "../a.docx", isImage: false),
            MarkdownReference(line: 5, destination: "map.png", isImage: true),
            MarkdownReference(line: 6, destination: "https://example.go.th/", isImage: false),
            MarkdownReference(line: 10, destination: "t.xlsx", isImage: false),
        ])
    }
}
