import Foundation
import Markdown
import Render
import SiteLoader
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// End-to-end: a plan shaped as agencies write them (issue #17) — entries numbered per mission
/// under shared sub-item headings, Markdown in the detail sheets (a committee table in a step,
/// nested lists, steps numbered ๖.๑), dimensions without money, มาตรฐาน entries, entry 10
/// after 9 — builds into pages that show it as written.
@Suite(.serialized) struct PlanTownFixtureTests {
    static let fixture: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Fixtures/plan-town").path
    }()
    static let output = NSTemporaryDirectory() + "sitegen-plantown-" + UUID().uuidString

    static let result: BuildResult = SiteBuilder.build(BuildOptions(
        source: fixture, output: output, themesFolder: TemporarySite.defaultThemes,
        buildDate: CalendarDate(year: 2025, month: 9, day: 30)!))

    static let plan: AntiCorruptionPlan? = SiteLoader.load(siteRoot: fixture).site?.disclosures.first(AntiCorruptionPlan.self)

    func page(_ path: String) throws -> String {
        try String(contentsOfFile: Self.output + "/" + path, encoding: .utf8)
    }

    /// The detail section of an entry's page.
    func sheet(_ slug: String) throws -> String {
        let html = try page("ita/anti-corruption-plan/\(slug)/index.html")
        let start = try #require(html.range(of: "id=\"item-detail-title\""))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func buildsWithoutErrors() {
        #expect(Self.result.errors.map(\.description) == [])
        #expect(Self.result.succeeded)
    }

    @Test func aTableInAStepIsATable() throws {
        _ = Self.result
        let s = try sheet("1-1-1")
        #expect(s.contains("<th scope=\"col\">ตำแหน่งในคณะกรรมการ</th>"))
        #expect(s.contains("<td>กรรมการและเลขานุการ</td>\n<td>หัวหน้าสำนักปลัดเทศบาล</td>"))
        #expect(s.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\""))
        #expect(!s.contains("| ประธานกรรมการ |") && !s.contains("|---|"))
        // The table sits in its step, the step after it too.
        let step2 = try #require(s.range(of: "<li><p>๖.๒ คณะกรรมการมีองค์ประกอบดังนี้</p>"))
        let step3 = try #require(s.range(of: "<li><p>๖.๓ จัดอบรม โดยมีหัวข้อ</p>"))
        #expect(s[step2.upperBound..<step3.lowerBound].contains("</table></div></li>"))
    }

    @Test func stepsKeepTheirOwnNumbersAndNestedLists() throws {
        _ = Self.result
        let s = try sheet("1-1-1")
        // The document numbers its steps (๖.๑) and objectives (1)): no second numbering.
        #expect(s.contains("<ol class=\"plan-item__numbered\"><li>๖.๑ แต่งตั้งคณะกรรมการดำเนินงาน ประกอบด้วย</li>"))
        #expect(s.contains("<ol class=\"plan-item__numbered\"><li>1) เพื่อให้บุคลากรมีความรู้ด้านกฎหมาย</li><li>2) เพื่อลดความผิดพลาดในการปฏิบัติงาน</li></ol>"))
        #expect(s.contains("<li>ระเบียบการเบิกจ่ายเงิน\n<ul>\n<li>เงินยืม</li>"))
        #expect(s.contains("<p>เทศบาลตำบลบ้านสวนต้องปฏิบัติตาม <strong>พระราชบัญญัติ</strong> และระเบียบจำนวนมาก</p><p>จึงจัดทำโครงการนี้ขึ้น</p>"))
        #expect(s.contains("<li>จัดอบรม <em>ปีละ ๑ ครั้ง</em> <span class=\"plan-item__target\">ตัวชี้วัด/เป้าหมาย: อย่างน้อย ๑ ครั้ง</span></li>"))
        // One text of several lines is one Markdown list, not a list inside a list.
        let measure = try sheet("1-1-2")
        #expect(measure.contains("<h3>วิธีดำเนินการ</h3><ol>\n<li>ประกาศประมวลจริยธรรม</li>\n<li>ติดตามผล\n<ol>\n<li>รายงานทุกไตรมาส</li>"))
    }

    @Test func rawHTMLInALongTextIsNotWritten() throws {
        _ = Self.result
        let s = try sheet("1-1-2")
        #expect(!s.contains("<script"))
        #expect(s.contains("<!-- raw HTML omitted -->"))
    }
}

/// Long texts of data files as Markdown.
@Suite struct RichTextTests {
    let options = MarkdownOptions()

    @Test func plainTextIsWhatMarkdownWouldGive() {
        // The fast path (no parse) must give what libcmark-gfm gives, without its <p>.
        for text in ["ผู้บริหาร สมาชิกสภา และพนักงานจ้าง", "ร้อยละ 80 (สำรวจโดยใช้แบบประเมินผล)", "“บริการเป็นเลิศ” ปีละ 2 ครั้ง",
                     "A \"quoted\" word", "2566 ถึง 2570", "ค่า 10.5 ล้าน"] {
            #expect(RichText.isPlain(text), "\(text)")
            let parsed = MarkdownRenderer.render(text, options: options).html
            #expect("<p>" + RichText.render(text, options: options).html + "</p>\n" == parsed, "\(text)")
        }
        for text in ["1. ข้อแรก", "2) ข้อสอง", "- ข้อ", "**หนา**", "a | b", "A & B", "www.example.com", "ก\nข", "<b>x</b>"] {
            #expect(!RichText.isPlain(text), "\(text)")
        }
    }

    @Test func oneParagraphIsInlineBlocksAreNot() {
        #expect(RichText.render("ข้อความ *เอน*", options: options) == RichText(html: "ข้อความ <em>เอน</em>", isInline: true))
        let list = RichText.render("- ก\n- ข", options: options)
        #expect(!list.isInline && list.html.hasPrefix("<ul>"))
        let link = RichText.render("[คลิก](javascript:alert(1))", options: options)
        #expect(!link.html.contains("javascript"))
    }

    @Test func ownNumbersAreFoundInBothDigits() {
        for text in ["1) ก", "1. ก", "(2) ข", "๖.๑ แต่งตั้ง", "2.1.1) ย่อย", "๑๐. สิบ"] {
            #expect(OwnNumberProbe.has(text), "\(text)")
        }
        for text in ["2566 ปี", "ก 1)", "1.5ล้าน", "", "(ก) ข้อ"] {
            #expect(!OwnNumberProbe.has(text), "\(text)")
        }
    }
}
