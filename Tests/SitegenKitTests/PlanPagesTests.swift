import DataReading
import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// Builds a small site with every plan and HR kind and checks what the pages say.
@Suite struct PlanPagesTests {
    static let annualPlan = """
        kind: annual-plan
        fiscal_year: 2568
        approved: 2024-10-25
        strategies:
          - {id: 1, name: โครงสร้างพื้นฐาน}
          - {id: 6, name: ธรรมาภิบาล}
        projects:
          - id: road
            name: ถนน คสล. <script>alert(1)</script>
            strategy: 1
            budget: 1,120,000
            period: {start: 2025-01, end: 2025-04}
            area: หมู่ที่ 2
            unit: กองช่าง
          - id: tax
            name: ประชาสัมพันธ์ภาษีที่ดิน
            strategy: 6
            budget: ไม่ใช้งบประมาณ
            unit: กองคลัง
          - id: forum
            name: ประชุมประชาคม
            strategy: 6
            budget: 20000.50
            unit: สำนักปลัด
          - id: survey
            name: สำรวจความพึงพอใจ
            strategy: 6
            unit: สำนักปลัด
        progress:
          - period: 6-month
            as_of: 2025-03-31
            projects:
              - {id: road, status: อยู่ระหว่างดำเนินการ, spent: 0}
              - {id: tax, status: ดำเนินการแล้วเสร็จ, spent: 0}
              - {id: forum, status: ดำเนินการแล้วเสร็จ, spent: 10000.25}
              - {id: survey, status: ยังไม่ดำเนินการ, spent: 0}
        """

    static func site(digits: String = "thai") -> TemporarySite {
        let site = TemporarySite(config: TemporarySite.minimalConfig + "digits: \(digits)\n")
        site.page("index.md", title: "หน้าแรก")
        site.page("plans/_index.md", title: "แผน")
        site.page("plans/annual-2568.md", title: "แผนการดำเนินงาน ๒๕๖๘",
                  extra: "layout: annual-plan\ndata: plans/annual-2568\noit: [o6]\n")
        site.write("data/plans/annual-2568.yaml", annualPlan)
        site.page("plans/development.md", title: "แผนพัฒนาท้องถิ่น",
                  extra: "layout: development-plan\ndata: plans/development\noit: [o5]\n")
        site.write("data/plans/development.yaml", """
            kind: development-plan
            period: 2566-2570
            vision: ทุ่งทองน่าอยู่
            goals: [ประชาชนมีคุณภาพชีวิตที่ดี]
            strategies:
              - id: 1
                name: โครงสร้างพื้นฐาน
                approaches: [ก่อสร้างถนน]
                indicators:
                  - {text: ถนนที่ปรับปรุง, target: 10 กิโลเมตร}
                  - จุดความร้อน
            """)
        site.page("plans/report.md", title: "รายงานผล ๒๕๖๗",
                  extra: "layout: annual-report\ndata: reports/annual-2567\noit: [o7]\n")
        site.write("data/reports/annual-2567.yaml", """
            kind: annual-report
            fiscal_year: 2567
            summary: [ดำเนินการแล้วเสร็จ 3 โครงการ]
            budget_used: {budget: 1000, spent: 750}
            results:
              - {strategy: ยุทธศาสตร์ที่ 1, planned: 4, done: 3, budget: 600, spent: 500}
              - {strategy: ยุทธศาสตร์ที่ 2, planned: 2, done: 2}
            problems: [ฝนตกชุก]
            suggestions: [เร่งจัดซื้อจัดจ้าง]
            """)
        site.page("hr/_index.md", title: "บุคลากร")
        site.page("hr/plan.md", title: "แผน HR", extra: "layout: hr-plan\ndata: hr/plan\noit: [o14]\n")
        site.write("data/hr/plan.yaml", """
            kind: hr-plan
            period: 2567-2569
            objectives: [พัฒนาบุคลากร]
            strategies:
              - name: พัฒนาสมรรถนะ
                activities:
                  - {name: อบรม e-Service, period: 2568, budget: 20000}
                  - {name: ศึกษาดูงาน, budget: {2567: 150000}}
            """)
        site.page("hr/report.md", title: "รายงาน HR", extra: "layout: hr-report\ndata: hr/report-2567\noit: [o15]\n")
        site.write("data/hr/report-2567.yaml", """
            kind: hr-report
            fiscal_year: 2567
            activities:
              - {name: ตรวจสุขภาพ, date: 2024-08-20, participants: 47, result: ตรวจครบ}
              - {name: ประชุมประจำเดือน, period: {start: 2023-10-02, end: 2024-09-02}, participants: 52}
            """)
        site.page("hr/ethics.md", title: "จริยธรรม", extra: "layout: ethics\ndata: ethics/2568\noit: [o16]\n")
        site.page("hr/ethics-code.md", title: "ประมวลจริยธรรม")
        site.write("data/ethics/2568.yaml", """
            kind: ethics
            fiscal_year: 2568
            codes:
              - {name: ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น, page: /hr/ethics-code/}
            activities:
              - {name: อบรมคุณธรรม, date: 2025-03-19, participants: 68}
            """)
        return site
    }

    static func build(_ site: TemporarySite) -> BuildResult {
        SiteBuilder.build(BuildOptions(source: site.content, output: site.output, strict: true,
                                       themesFolder: TemporarySite.defaultThemes,
                                       buildDate: CalendarDate(year: 2025, month: 9, day: 30)!))
    }

    /// The row of a table that mentions `text`.
    static func row(_ html: String, containing text: String) -> String? {
        guard let r = html.range(of: text) else { return nil }
        let start = html[..<r.lowerBound].range(of: "<tr", options: .backwards)?.lowerBound ?? r.lowerBound
        let end = html[r.upperBound...].range(of: "</tr>")?.upperBound ?? r.upperBound
        return String(html[start..<end])
    }

    @Test func theSiteBuildsStrictlyAndEveryLinkResolves() {
        let site = Self.site()
        let result = Self.build(site)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.succeeded)
        let (checked, broken) = LinkCheck.brokenLinks(in: site.output)
        #expect(checked > 0 && broken == [])
    }

    @Test func annualPlanShowsBudgetWordsNeverZeroAndLabelsComputedFigures() throws {
        let site = Self.site()
        _ = Self.build(site)
        let html = try #require(site.read("plans/annual-2568/index.html"))
        // A project with no budget says so, and is not shown as 0.
        let tax = try #require(Self.row(html, containing: "ประชาสัมพันธ์ภาษีที่ดิน</th>"))
        #expect(tax.contains("ไม่ใช้งบประมาณ"))
        #expect(!tax.contains(">๐<"))
        // A budget the plan does not state is "ไม่ระบุ".
        let survey = try #require(Self.row(html, containing: "สำรวจความพึงพอใจ</th>"))
        #expect(survey.contains("ไม่ระบุ") && !survey.contains(">๐<"))
        // The total is computed from the amounts and labelled as such.
        #expect(html.contains("รวมทั้งสิ้น ๔ โครงการ (คำนวณ)</th><td class=\"num\">๑,๑๔๐,๐๐๐.๕๐</td>"))
        #expect(html.contains("ไม่รวม ๑ โครงการที่ไม่ใช้งบประมาณ"))
        #expect(html.contains("รวมยุทธศาสตร์ที่ ๖ (คำนวณ)"))
        // Values are escaped (and their digits follow the site's style).
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(๑)&lt;/script&gt;"))
    }

    @Test func progressReportCountsAndSpendingAreComputedAndCharted() throws {
        let site = Self.site()
        _ = Self.build(site)
        let html = try #require(site.read("plans/annual-2568/index.html"))
        #expect(html.contains("รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘)"))
        #expect(html.contains(#"<time datetime="2025-03-31">๓๑ มีนาคม ๒๕๖๘</time>"#))
        #expect(html.contains("สรุปจากรายงาน (คำนวณ): ดำเนินการแล้วเสร็จ ๒ โครงการ อยู่ระหว่างดำเนินการ ๑ โครงการ ยังไม่ดำเนินการ ๑ โครงการ"))
        #expect(html.contains("เบิกจ่ายแล้ว ๑๐,๐๐๐.๒๕ บาท จากงบประมาณของโครงการเหล่านี้ ๑,๑๔๐,๐๐๐.๕๐ บาท"))
        // forum: 10,000.25 of 20,000.50 = 50.00%, in the report's table (after the plan's).
        let reportHTML = try #require(html.components(separatedBy: "ผลการดำเนินงานและการเบิกจ่ายรายโครงการ").last)
        let forum = try #require(Self.row(reportHTML, containing: "ประชุมประชาคม</th>"))
        #expect(forum.contains("๕๐.๐๐%"))
        // The chart is an accessible image with a title naming the figures, next to a table.
        #expect(html.contains(#"<svg role="img" aria-labelledby="progress-6-month-chart-title""#))
        #expect(html.contains(#"<title id="progress-6-month-chart-title">สถานะโครงการรอบ ๖ เดือน: ดำเนินการแล้วเสร็จ ๒ โครงการ"#))
        #expect(html.contains("จำนวนโครงการตามสถานะ รอบ ๖ เดือน (คำนวณ)"))
        // Widths: 2 of 4 done = 50, 1 in progress = 25, the last segment fills the rest.
        #expect(html.contains(#"<rect x="0" y="0" width="50""#))
        #expect(html.contains(#"<rect x="75" y="0" width="25""#))
    }

    @Test func arabicDigitsFollowTheSiteSetting() throws {
        let site = Self.site(digits: "arabic")
        _ = Self.build(site)
        let html = try #require(site.read("plans/annual-2568/index.html"))
        #expect(html.contains("รวมทั้งสิ้น 4 โครงการ (คำนวณ)</th><td class=\"num\">1,140,000.50</td>"))
        #expect(html.contains("หมู่ที่ 2"))
        let hr = try #require(site.read("hr/plan/index.html"))
        #expect(hr.contains("พ.ศ. 2568"))
    }

    @Test func developmentPlanShowsIndicatorsAndMissingTargets() throws {
        let site = Self.site()
        _ = Self.build(site)
        let html = try #require(site.read("plans/development/index.html"))
        #expect(html.contains("ระยะเวลาของแผน ปีงบประมาณ พ.ศ. ๒๕๖๖–๒๕๗๐"))
        #expect(html.contains("ทุ่งทองน่าอยู่"))
        #expect(html.contains("<th scope=\"row\">ถนนที่ปรับปรุง</th><td>๑๐ กิโลเมตร</td>"))
        #expect(html.contains("<th scope=\"row\">จุดความร้อน</th><td>แผนไม่ได้ระบุค่าเป้าหมาย</td>"))
        #expect(html.contains("๑ ยุทธศาสตร์ ๒ ตัวชี้วัด"))
    }

    @Test func annualReportShowsStatedFiguresAndComputedTotals() throws {
        let site = Self.site()
        _ = Self.build(site)
        let html = try #require(site.read("plans/report/index.html"))
        #expect(html.contains("งบประมาณ (ตามที่รายงานระบุ)</dt><dd>๑,๐๐๐ บาท"))
        #expect(html.contains("สัดส่วนการเบิกจ่าย (คำนวณ)</dt><dd>๗๕.๐๐%"))
        let total = try #require(Self.row(html, containing: "รวม (คำนวณ)"))
        #expect(total.contains(">๖<") && total.contains(">๕<") && total.contains("๘๓.๓๓%"))
        // A money total is not shown when a row does not state its figure.
        #expect(!total.contains("๖๐๐"))
        let second = try #require(Self.row(html, containing: "ยุทธศาสตร์ที่ ๒</th>"))
        #expect(second.contains("ไม่ระบุ"))
        #expect(html.contains("ฝนตกชุก") && html.contains("เร่งจัดซื้อจัดจ้าง"))
    }

    @Test func hrPagesShowYearlyBudgetsParticipantsAndCodes() throws {
        let site = Self.site()
        _ = Self.build(site)
        let plan = try #require(site.read("hr/plan/index.html"))
        let eService = try #require(Self.row(plan, containing: "อบรม e-Service</th>"))
        #expect(eService.contains("ไม่ได้ดำเนินการในปีนี้") && eService.contains("๒๐,๐๐๐"))
        let visit = try #require(Self.row(plan, containing: "ศึกษาดูงาน</th>"))
        #expect(visit.contains("๑๕๐,๐๐๐") && visit.contains("ไม่ระบุ") && !visit.contains(">๐<"))
        #expect(plan.contains("งบประมาณตามแผนรายปี (คำนวณ)"))
        let y2568 = try #require(Self.row(plan, containing: "<th scope=\"row\">พ.ศ. ๒๕๖๘</th>"))
        #expect(y2568.contains("๒๐,๐๐๐"))

        let report = try #require(site.read("hr/report/index.html"))
        #expect(report.contains("๒ ตุลาคม ๒๕๖๖ – ๒ กันยายน ๒๕๖๗"))
        #expect(report.contains("รวมผู้เข้าร่วม (คน-ครั้ง คำนวณจากกิจกรรมที่ระบุจำนวน)</th><td class=\"num\">๙๙</td>"))
        #expect(report.contains("รายงานไม่ได้ระบุปัญหาอุปสรรค"))

        let ethics = try #require(site.read("hr/ethics/index.html"))
        #expect(ethics.contains(#"<a href="/hr/ethics-code/">อ่านประมวลจริยธรรมฉบับนี้"#))
        #expect(ethics.contains("๑๙ มีนาคม ๒๕๖๘"))
    }
}
