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
        // Captioned with the step's own words (a text has no heading to name its table).
        #expect(s.contains("<table><caption>๖.๒ คณะกรรมการมีองค์ประกอบดังนี้</caption>"))
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

    // MARK: Budgets as written

    @Test func totalsWithoutMoneyAreWordsNotZero() throws {
        let plan = try #require(Self.plan)
        #expect(plan.statedDimensionTotals[2]?.budget == [2568: .noBudget, 2569: .noBudget, 2570: .noBudget])
        #expect(plan.statedDimensionTotals[3]?.budget[2569] == .notStated)
        #expect(plan.computedBudgetValue(dimension: 4, year: 2568) == .noBudget)
        #expect(plan.computedBudgetValue(dimension: 1, year: 2568) == .amount(Money(baht: 20_000)))
        _ = Self.result
        let html = try page("ita/anti-corruption-plan/index.html")
        let summary = try #require(html.range(of: "<table class=\"plan-summary\">").map { String(html[$0.upperBound...].prefix(while: { _ in true })) })
        let table = String(summary[..<summary.range(of: "</table>")!.lowerBound])
        #expect(!table.contains("๐ (คำนวณ)") && !table.contains(">๐<"))
        #expect(table.contains("<td class=\"num\">ไม่ใช้งบประมาณ</td>"))
        #expect(table.contains("<span class=\"figure__computed\">ไม่ใช้งบประมาณ (คำนวณ)</span>"))
        // Over all the years: computed, and labelled so.
        #expect(table.contains("<th scope=\"col\" class=\"num\">รวมทุกปี (คำนวณ)</th>"))
        #expect(table.contains("๖๐,๐๐๐ (คำนวณจากยอดรายปีตามเอกสาร)"))
    }

    @Test func aSheetAmountThatDiffersIsWarnedNamingBothPlaces() throws {
        let w = try #require(Self.result.warnings.first { $0.field?.hasSuffix("items[1].detail.budget_text") == true })
        #expect(w.file == "data/anti-corruption-plan.yaml" && w.line == 52)
        #expect(w.message.contains("120,000 baht") && w.message.contains("20,000 baht"))
        #expect(w.message.contains("dimensions[1].missions[1].sub_objectives[1].items[1].budget, line 20"))
        #expect(PlanSheetBudget.amount(in: "ตั้งไว้ ๑๒๐,๐๐๐ บาท") == Money(baht: 120_000))
        #expect(PlanSheetBudget.amount(in: "10,000 บาท (หนึ่งหมื่นบาทถ้วน)") == Money(baht: 10_000))
        #expect(PlanSheetBudget.amount(in: "ไม่ใช้งบประมาณ") == nil)
        #expect(PlanSheetBudget.amount(in: "๒๕๖๒ งบประมาณ") == nil)
        #expect(PlanSheetBudget.amount(in: "5,000 บาท และ 8,000 บาท") == nil)
        let page = try page("ita/anti-corruption-plan/1-1-1/index.html")
        #expect(page.contains("<dt>รายการในงบประมาณ</dt><dd>แผนงานบริหารงานทั่วไป งานบริหารทั่วไป หมวดค่าใช้สอย ประเภทรายจ่ายเพื่อให้ได้มาซึ่งบริการ</dd>"))
    }

    // MARK: Kinds and numbering

    @Test func kindsAreKeptAsWritten() throws {
        let plan = try #require(Self.plan)
        #expect(plan.item(PlanItemCode("1.1(3)")!)?.kind == .standard)
        let own = try #require(plan.item(PlanItemCode("1.1(4)")!))
        #expect(own.kind == nil && own.otherKind == "แนวทาง" && own.kindLabel == "แนวทาง")
        let w = try #require(Self.result.warnings.first { $0.field?.hasSuffix(".kind") == true })
        #expect(w.message.contains("'แนวทาง'") && w.line == 75)
        #expect(!w.message.contains("Did you mean") && !(w.hint ?? "").contains("มาตรการ"))
        _ = Self.result
        let item = try page("ita/anti-corruption-plan/1-1-4/index.html")
        #expect(item.contains("<dt>ประเภท</dt><dd>แนวทาง (ตามที่เอกสารระบุ)</dd>"))
        #expect(!item.contains("แผนไม่ได้ระบุประเภท"))
        let standard = try page("ita/anti-corruption-plan/1-1-3/index.html")
        #expect(standard.contains("<dt>ประเภท</dt><dd>มาตรฐาน</dd>"))
        let html = try page("ita/anti-corruption-plan/index.html")
        #expect(html.contains("มาตรฐาน ๒ รายการ แนวทาง ๑ รายการ"))
    }

    @Test func entriesNumberedPerMissionKeepTheDocumentsOrder() throws {
        let plan = try #require(Self.plan)
        let mission = try #require(plan.dimensions.first?.missions.first)
        #expect(mission.subObjectives.map(\.code) == ["1.1.1", "1.1.2", "1.1.3"])
        #expect(mission.allItems.map(\.code.description) == (1...10).map { "1.1(\($0))" })
        // ๑๐ after ๙, in codes written in Thai digits too.
        #expect(PlanItemCode("๑.๑(๑๐)") == PlanItemCode("1.1(10)"))
        #expect(PlanItemCode("1.1(9)")! < PlanItemCode("1.1(10)")!)
        #expect(PlanItemCode("๑.๑(๙)")! < PlanItemCode("๑.๑(๑๐)")!)
        _ = Self.result
        let html = try page("ita/anti-corruption-plan/index.html")
        let nine = try #require(html.range(of: "href=\"/ita/anti-corruption-plan/1-1-9/\""))
        let ten = try #require(html.range(of: "href=\"/ita/anti-corruption-plan/1-1-10/\""))
        #expect(nine.lowerBound < ten.lowerBound)
        let sitemap = try page("sitemap.xml")
        #expect(sitemap.range(of: "1-1-9/")!.lowerBound < sitemap.range(of: "1-1-10/")!.lowerBound)
        let nineth = try page("ita/anti-corruption-plan/1-1-9/index.html")
        #expect(nineth.contains("href=\"/ita/anti-corruption-plan/1-1-10/\" rel=\"next\""))
    }

    // MARK: Sheet fields

    @Test func sheetFieldsAreShownAsWritten() throws {
        _ = Self.result
        let page = try page("ita/anti-corruption-plan/1-1-1/index.html")
        #expect(page.contains("<h3>พื้นที่ดำเนินการ</h3><p>สำนักงานเทศบาลตำบลบ้านสวน</p>"))
        #expect(page.contains("<dt>ผู้รับผิดชอบตามรายละเอียดโครงการ</dt><dd>กองคลัง</dd>"))
        #expect(page.contains("<dt>ชื่อในรายละเอียดโครงการ</dt><dd>โครงการอบรมกฎหมายและระเบียบ สำหรับบุคลากรเทศบาล</dd>"))
        #expect(page.contains("<h3>ผลที่คาดว่าจะได้รับ</h3>"))
        let w = try #require(Self.result.warnings.first { $0.field?.hasSuffix("detail.responsible") == true })
        #expect(w.message.contains("กองคลัง") && w.message.contains("สำนักปลัดเทศบาล") && w.message.contains("line 19"))
        let recovered = try self.page("ita/anti-corruption-plan/1-1-4/index.html")
        #expect(recovered.contains("<dt>ที่มาของข้อมูล</dt><dd>แถวนี้ไม่ปรากฏในตารางส่วนที่ ๒ นำมาจากรายละเอียดโครงการในส่วนที่ ๓</dd>"))
        #expect(recovered.contains("<h3>ประโยชน์ที่คาดว่าจะได้รับ</h3>"))
        let plain = try self.page("ita/anti-corruption-plan/1-1-2/index.html")
        #expect(!plain.contains("ผู้รับผิดชอบตามรายละเอียดโครงการ") && !plain.contains("ที่มาของข้อมูล"))
    }

    @Test func warningsAreExactlyTheDocumentsDisagreements() {
        #expect(Self.result.warnings.count == 3, "\(Self.result.warnings.map(\.description))")
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
