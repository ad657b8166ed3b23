import Foundation
import SiteLoader
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText
import Render

/// End-to-end: the anti-corruption plan of document 000 (อบต.อินทประมูล, FY 2566–2570), held
/// in the schema as the document states it, builds into pages that show its figures as stated
/// and warn where the document does not add up.
@Suite(.serialized) struct Plan000FixtureTests {
    static let fixture: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Fixtures/plan-000").path
    }()
    static let output = NSTemporaryDirectory() + "sitegen-plan000-" + UUID().uuidString
    static let years = [2566, 2567, 2568, 2569, 2570]

    static let result: BuildResult = SiteBuilder.build(BuildOptions(
        source: fixture, output: output, themesFolder: TemporarySite.defaultThemes,
        buildDate: CalendarDate(year: 2025, month: 9, day: 30)!))

    static let plan: AntiCorruptionPlan? = SiteLoader.load(siteRoot: fixture).site?.disclosures.first(AntiCorruptionPlan.self)

    func page(_ path: String) throws -> String {
        try String(contentsOfFile: Self.output + "/" + path, encoding: .utf8)
    }

    @Test func buildsWithoutErrors() {
        #expect(Self.result.errors.map(\.description) == [])
        #expect(Self.result.succeeded)
    }

    @Test func structureIsTheDocuments() throws {
        let plan = try #require(Self.plan)
        #expect(plan.framework == .nacc2566)
        #expect(plan.fiscalYears == Self.years)
        #expect(plan.dimensions.count == 4)
        #expect(plan.dimensions.map(\.missions.count).reduce(0, +) == 12)
        #expect(plan.dimensions.map(\.allItems.count) == [17, 29, 7, 7])
        #expect(plan.items.count == 60)
        #expect(Set(plan.items.map(\.code)).count == 60)
        let kinds = Dictionary(uniqueKeysWithValues: plan.kindCounts.map { ($0.kind, $0.count) })
        #expect(kinds[.project] == 27 && kinds[.measure] == 19 && kinds[.activity] == 13 && kinds[nil] == 1)
        #expect(plan.items.first { $0.kind == nil }?.code.description == "3.1.1(2)")
        #expect(plan.budgetGroups.count == 15)
        #expect(Set(plan.budgetGroups.flatMap(\.itemCodes)).count == 60)
        #expect(plan.adoptedOn == CalendarDate(year: 2022, month: 5, day: 11))
    }

    @Test func statedBudgetsAreKeptAsStated() throws {
        let plan = try #require(Self.plan)
        let stated: [Int: Int64] = [1: 230_000, 2: 16_000, 3: 10_000, 4: 0]
        for (dimension, amount) in stated {
            #expect(plan.statedDimensionTotals[dimension]?.amounts == Dictionary(uniqueKeysWithValues: Self.years.map { ($0, Money(baht: amount)) }))
        }
        #expect(plan.statedTotal?.amounts == Dictionary(uniqueKeysWithValues: Self.years.map { ($0, Money(baht: 256_000)) }))
        #expect(plan.statedDimensionTotals.values.map { $0.itemCount ?? 0 }.sorted() == [7, 7, 17, 29])
        // Only two entries state an amount of their own.
        let withAmounts = plan.items.filter { item in Self.years.contains { item.budget(in: $0).money != nil } }
        #expect(withAmounts.map(\.code.description) == ["2.2.2(12)", "3.1.1(1)"])
        // The 230,000 of dimension 1 belongs to the first row of the budget table, not to an entry.
        let t01 = try #require(plan.budgetGroups.first)
        #expect(t01.itemCodes.count == 7 && t01.budget(in: 2568) == .amount(Money(baht: 230_000)))
        #expect(plan.item(PlanItemCode("1.1.1(1)")!)?.budget(in: 2568) == .notStated)
    }

    @Test func summaryPageShowsTheStatedFigures() throws {
        _ = Self.result
        let html = try page("ita/anti-corruption-plan/index.html")
        func row(_ anchor: String) -> String? {
            guard let start = html.range(of: "href=\"#\(anchor)\"") else { return nil }
            let rest = html[start.upperBound...]
            return rest.range(of: "</tr>").map { String(rest[..<$0.lowerBound]) }
        }
        let expected = ["dimension-1": "230,000", "dimension-2": "16,000", "dimension-3": "10,000", "dimension-4": "0"]
        for (anchor, amount) in expected {
            let cells = try #require(row(anchor), "\(anchor)")
            #expect(cells.components(separatedBy: "<td class=\"num\">\(amount)<").count - 1 == 5, "\(anchor)")
        }
        let footer = try #require(html.range(of: "<tfoot>").map { String(html[$0.upperBound...]) })
        let totalRow = try #require(footer.range(of: "</tr>").map { String(footer[..<$0.lowerBound]) })
        #expect(totalRow.contains("รวมทั้งสิ้น"))
        #expect(totalRow.components(separatedBy: "<td class=\"num\">256,000<").count - 1 == 5)
        // The rows of the document's table add up to less; shown beside the stated total, labelled.
        #expect(totalRow.contains("240,000 (คำนวณ)"))
        // The five-year sum the document never prints is shown only as computed, from its yearly totals.
        #expect(html.components(separatedBy: "1,280,000").count - 1 == 1)
        #expect(html.contains("1,280,000 (คำนวณจากยอดรายปีตามเอกสาร)"))
        #expect(html.contains("โครงการ 27 รายการ") && html.contains("มาตรการ 19 รายการ")
            && html.contains("กิจกรรม 13 รายการ") && html.contains("ไม่ระบุประเภท 1 รายการ"))
    }

    @Test func everyEntryHasItsOwnPage() throws {
        let plan = try #require(Self.plan)
        _ = Self.result
        let sitemap = try page("sitemap.xml")
        for item in plan.items {
            let path = "ita/anti-corruption-plan/\(item.code.slug)/index.html"
            #expect(FileManager.default.fileExists(atPath: Self.output + "/" + path), "\(path)")
            #expect(sitemap.contains("<loc>https://intapramul.go.th/ita/anti-corruption-plan/\(item.code.slug)/</loc>"))
        }
        let survey = try page("ita/anti-corruption-plan/2-2-2-12/index.html")
        #expect(survey.contains("โครงการประเมินความพึงพอใจของประชาชนที่มีต่อการให้บริการขององค์การบริหารส่วนตำบลอินทประมูล"))
        #expect(survey.components(separatedBy: "<td class=\"num\">16,000</td>").count - 1 == 5)
        #expect(survey.contains("๑๖,๐๐๐ บาท (หนึ่งหมื่นหกพันบาทถ้วน)"))
        #expect(survey.contains(#"<a href="/ita/anti-corruption-plan/">แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566–2570</a>"#))
        // Breadcrumbs lead through the plan's page.
        let crumbs = try #require(survey.range(of: "<nav class=\"breadcrumbs").map { String(survey[$0.lowerBound...].prefix(1200)) })
        #expect(crumbs.contains(#"<li><a href="/ita/">ITA</a></li>"#))
        #expect(crumbs.contains(#"<li><a href="/ita/anti-corruption-plan/">แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566–2570</a></li>"#))
        #expect(crumbs.contains(#"<span aria-current="page">2.2.2(12) โครงการประเมินความพึงพอใจ"#))
        #expect(survey.contains(#"<link rel="canonical" href="https://intapramul.go.th/ita/anti-corruption-plan/2-2-2-12/">"#))
        let forum = try page("ita/anti-corruption-plan/3-1-1-1/index.html")
        #expect(forum.contains("โครงการจัดเวทีประชาคม"))
        #expect(forum.components(separatedBy: "<td class=\"num\">10,000</td>").count - 1 >= 5)
        #expect(forum.contains("10,000 บาท (หนึ่งหมื่นบาทถ้วน)"))
        // An entry of the first row shows the row's 230,000 as the group's, not as its own.
        let training = try page("ita/anti-corruption-plan/1-1-1-1/index.html")
        #expect(training.contains("งบประมาณของกลุ่ม T01"))
        #expect(training.contains("ไม่ใช่ของรายการนี้รายการเดียว"))
        #expect(training.components(separatedBy: "<td class=\"budget-word\">ไม่ระบุ</td>").count - 1 == 5)
        let (_, broken) = LinkCheck.brokenLinks(in: Self.output)
        #expect(broken == [])
    }

    @Test func rowsThatDoNotAddUpAreWarnedWithBothFigures() throws {
        let warning = try #require(Self.result.warnings.first { $0.field == "stated_totals.total.budget" })
        #expect(warning.file == "data/anti-corruption-plan.yaml")
        #expect(warning.message.contains("256,000") && warning.message.contains("240,000"))
        #expect(warning.message.contains("T01 230,000 + T10 10,000"))
        #expect(warning.message.contains("every fiscal year of the plan (2566–2570)"))
        let dimension2 = try #require(Self.result.warnings.first { $0.field == "stated_totals.dimensions[2].budget" })
        #expect(dimension2.message.contains("16,000") && dimension2.message.contains("add up to 0 baht"))
        // The row of 2.2.2(12) prints "-" although its detail sheet gives 16,000.
        #expect(Self.result.warnings.contains { $0.field == "budget_groups[7].budget" && $0.message.contains("its entries (2.2.2(12)) add up to 16,000") })
        // Entries and groups together do add up to every stated total.
        #expect(Self.result.warnings.count == 3)
    }

    @Test func subpageSlugsMustBeURLSafe() {
        for good in ["2-2-2-12", "4-1-1", "a1"] { #expect(Subpage.isURLSafe(good), "\(good)") }
        for bad in ["", "2.2.2(12)", "2-2-2-", "-1", "1--2", "ข้อ-1", "A-1", "a/b"] { #expect(!Subpage.isURLSafe(bad), "\(bad)") }
    }
}
