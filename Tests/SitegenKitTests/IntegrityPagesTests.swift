import Foundation
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// The integrity pages through the default theme: what a reader (and a screen reader) gets.
@Suite struct IntegrityPagesTests {
    func build(_ site: TemporarySite, strict: Bool = true) -> BuildResult {
        SiteBuilder.build(BuildOptions(source: site.content, output: site.output, strict: strict,
                                       themesFolder: TemporarySite.defaultThemes,
                                       buildDate: CalendarDate(year: 2025, month: 9, day: 30)!))
    }

    static let assessment = """
        kind: risk-assessment
        fiscal_year: 2568
        risks:
          - {process: ตรวจแบบ, event: เรียกรับเงินเพื่อเร่งใบอนุญาต, likelihood: 3, impact: 4, controls: มีคู่มือ, control_rating: พอใช้, measures: [ติดตามสถานะ]}
          - {process: ตรวจรับงาน, event: ตรวจรับงานไม่ตรงแบบ, likelihood: 3, impact: 4, controls: มีผู้ควบคุมงาน, control_rating: ดี, measures: [ถ่ายภาพทุกงวด]}
          - {process: สรรหา, event: เรียกรับเงินแลกการคัดเลือก, likelihood: 1, impact: 2, controls: มีกรรมการ, control_rating: ดี, measures: [ประกาศผลคะแนน]}
        """

    @Test func riskMatrixIsAnAccessibleTableWithLevelsInText() throws {
        let site = TemporarySite()
        site.write("data/integrity/risks-2568.yaml", Self.assessment)
        site.page("ita/risks.md", title: "ความเสี่ยง", extra: "layout: risk-assessment\ndata: integrity/risks-2568\n")
        let result = build(site)
        #expect(result.diagnostics.map(\.description) == [])
        let html = try #require(site.read("ita/risks/index.html"))
        let matrix = try #require(html.range(of: "<table class=\"risk-matrix\">").map { String(html[$0.lowerBound...]) })
        // The matrix table, whitespace collapsed.
        let table = (matrix.components(separatedBy: "</table>").first ?? "").split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(table.contains("<caption id=\"risk-matrix-caption\">"))
        #expect(table.components(separatedBy: "<th scope=\"col\">").count - 1 == 6)
        #expect(table.components(separatedBy: "<th scope=\"row\">").count - 1 == 5)
        // 25 cells, each naming its level in words; colour is an extra class only.
        #expect(table.components(separatedBy: "<span class=\"risk-cell__level\">").count - 1 == 25)
        #expect(table.components(separatedBy: "<span class=\"risk-cell__level\">สูงมาก</span>").count - 1 == 3)
        // Likelihood 3 × impact 4 holds risks 1 and 2; likelihood 1 × impact 2 holds risk 3.
        #expect(table.contains("<span class=\"risk-cell__level\">สูง</span> <span class=\"risk-cell__score\">(คะแนน ๑๒)</span> <span class=\"risk-cell__risks\">ความเสี่ยงที่ ๑, ๒</span>"))
        #expect(table.contains("(คะแนน ๒)</span> <span class=\"risk-cell__risks\">ความเสี่ยงที่ ๓</span>"))
        // The register: computed score labelled by its formula, the level in text.
        #expect(html.contains("คะแนน (โอกาส × ผลกระทบ)"))
        #expect(html.contains("<span class=\"risk-badge risk-badge--high\">สูง</span>"))
        #expect(html.contains("แยกตามระดับ (คำนวณ)"))
    }

    /// A narrative analysis without scores: its lists under Thai headings, the kind of each cause
    /// as written, a note that the document gives no scores, and no matrix or register.
    @Test func narrativeRiskAnalysisWithoutScores() throws {
        let site = TemporarySite()
        site.write("data/integrity/risks-2566.yaml", """
            kind: risk-assessment
            fiscal_year: 2566
            corruption_types: [การทุจริตในการจัดซื้อจัดจ้าง, "การเบิกจ่าย <script>alert(1)</script>"]
            causes:
              - {type: โอกาส, text: การควบคุมภายในไม่รัดกุม}
              - การขาดจริยธรรม
            internal_factors: [การตรวจสอบภายในไม่ครอบคลุม]
            external_factors: [ผู้ประกอบการเสนอผลประโยชน์]
            corrupt_acts: [การเรียกรับเงิน]
            """)
        site.page("ita/risks.md", title: "ความเสี่ยง", extra: "layout: risk-assessment\ndata: integrity/risks-2566\n")
        let result = build(site)
        #expect(result.diagnostics.map(\.description) == [])
        let html = try #require(site.read("ita/risks/index.html"))
        #expect(html.contains("<h2 id=\"risk-analysis-title\">การวิเคราะห์ความเสี่ยงการทุจริต</h2>"))
        for heading in ["ประเภทของการทุจริต", "สาเหตุและปัจจัยที่นำไปสู่การทุจริต", "ปัจจัยภายใน", "ปัจจัยภายนอก", "พฤติการณ์ที่เป็นการทุจริต"] {
            #expect(html.contains(">\(heading)</h3>"), "\(heading)")
        }
        #expect(html.contains("<li><strong>โอกาส</strong> – การควบคุมภายในไม่รัดกุม</li>"))
        #expect(html.contains("<li>การขาดจริยธรรม</li>"))
        #expect(html.contains("ไม่ได้ให้คะแนนโอกาสที่จะเกิดและผลกระทบ"))
        #expect(html.contains("&lt;script&gt;") && !html.contains("<script>alert"))
        #expect(!html.contains("risk-matrix") && !html.contains("ทะเบียนความเสี่ยง</h2>") && !html.contains("เกณฑ์การประเมิน</h2>"))
    }

    /// Both forms in one file: the analysis, then the scored register; no "no scores" note.
    @Test func narrativeAndScoredAssessmentShowsBoth() throws {
        let site = TemporarySite()
        site.write("data/integrity/risks-2568.yaml", Self.assessment + "\ncorrupt_acts: [การเรียกรับเงิน]\n")
        site.page("ita/risks.md", title: "ความเสี่ยง", extra: "layout: risk-assessment\ndata: integrity/risks-2568\n")
        #expect(build(site).diagnostics.map(\.description) == [])
        let html = try #require(site.read("ita/risks/index.html"))
        let analysis = try #require(html.range(of: "การวิเคราะห์ความเสี่ยงการทุจริต")?.lowerBound)
        let matrix = try #require(html.range(of: "<table class=\"risk-matrix\">")?.lowerBound)
        #expect(analysis < matrix && html.contains(">พฤติการณ์ที่เป็นการทุจริต</h3>"))
        #expect(!html.contains("ไม่ได้ให้คะแนนโอกาสที่จะเกิดและผลกระทบ"))
    }

    @Test func riskReportShowsTheAssessedRisk() throws {
        let site = TemporarySite()
        site.write("data/integrity/risks-2568.yaml", Self.assessment)
        site.write("data/integrity/risk-report-2568.yaml", """
            kind: risk-report
            assessment: integrity/risks-2568
            risks:
              - {risk: 1, actions: [ทำทะเบียนคุม], result: ไม่มีเรื่องร้องเรียน, status: ดำเนินการแล้ว, residual_level: ต่ำ}
              - {risk: 2, actions: [ถ่ายภาพ], result: ครบทุกงวด, status: ดำเนินการแล้ว, residual_level: ปานกลาง}
              - {risk: 3, actions: [ประกาศผล], result: ไม่มีร้องเรียน, status: อยู่ระหว่างดำเนินการ, residual_level: ต่ำ}
            """)
        site.page("ita/report.md", title: "รายงาน", extra: "layout: risk-report\ndata: integrity/risk-report-2568\n")
        let result = build(site)
        #expect(result.diagnostics.map(\.description) == [])
        let html = try #require(site.read("ita/report/index.html"))
        #expect(html.contains("เรียกรับเงินเพื่อเร่งใบอนุญาต"))
        #expect(html.contains("ดำเนินการแล้ว ๒</span>") && html.contains("อยู่ระหว่างดำเนินการ ๑</span>"))
        #expect(html.contains("<span class=\"risk-badge risk-badge--low\">ต่ำ</span>"))
    }

    @Test func reportableGiftIsFlaggedInTextAndNoneReceivedIsStated() throws {
        let site = TemporarySite()
        site.write("data/integrity/gifts-2568.yaml", """
            kind: gift-register
            none_received: [2024-10]
            gifts:
              - {date: 2025-01-06, giver: ผู้ประกอบการหรือคู่สัญญา, item: ชุดเครื่องใช้ไฟฟ้า, value: 4590, action: ส่งคืน, recipient: {position: เจ้าพนักงานพัสดุ}}
              - {date: 2025-01-07, giver: ญาติ, item: ผลไม้, value: 3000, action: รับไว้, recipient: {position: ปลัด}}
            """)
        site.write("data/integrity/gifts-2567.yaml", "kind: gift-register\nnone_received: true\n")
        site.page("ita/gifts.md", title: "ของขวัญ", extra: "layout: gift-register\ndata: integrity/gifts-2568\n")
        site.page("ita/gifts-2567.md", title: "ของขวัญ ๒๕๖๗", extra: "layout: gift-register\ndata: integrity/gifts-2567\n")
        #expect(build(site).diagnostics.map(\.description) == [])
        let html = try #require(site.read("ita/gifts/index.html"))
        #expect(html.components(separatedBy: "<strong class=\"flag\">ต้องรายงาน (เกิน ๓,๐๐๐ บาท)</strong>").count - 1 == 1)
        #expect(html.contains("<td class=\"num\">๗,๕๙๐</td>") && html.contains("มูลค่ารวม (คำนวณ)"))
        #expect(html.contains("<th scope=\"row\">ตุลาคม ๒๕๖๗</th><td class=\"num\">๐</td><td>ไม่มีการรับ</td>"))
        #expect(html.contains("<th scope=\"row\">พฤศจิกายน ๒๕๖๗</th><td class=\"num\">๐</td><td>ยังไม่มีรายงาน</td>"))
        #expect(html.contains("<th scope=\"row\">มกราคม ๒๕๖๘</th><td class=\"num\">๒</td><td>มีการรับ</td>"))
        let none = try #require(site.read("ita/gifts-2567/index.html"))
        #expect(none.contains("ในปีงบประมาณ พ.ศ. ๒๕๖๗ ไม่มีการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"))
        #expect(!none.contains("<table class=\"gift-table\">"))
    }

    @Test func measuresHaveFourColumnsAndReportsSix() throws {
        let site = TemporarySite()
        let measure = """
                  - name: มาตรการ E-Service
                    steps: [เปิดแบบฟอร์มออนไลน์]
                    responsible: [สำนักปลัด]
                    period: {start: 2024-10-01, end: 2025-09-30}
                    ita_indicators: [8]
            """
        site.write("data/m.yaml", "kind: integrity-measures\nfiscal_year: 2568\nissues:\n  - title: ประเด็น\n    measures:\n" + measure + "\n")
        site.write("data/r.yaml", "kind: integrity-report\nfiscal_year: 2568\nissues:\n  - title: ประเด็น\n    measures:\n" + measure
                   + "\n        results: [เปิดแล้ว ๓ บริการ]\n        outcomes: [ประชาชนสะดวกขึ้น]\n")
        site.page("ita/m.md", title: "มาตรการ", extra: "layout: integrity-measures\ndata: m\n")
        site.page("ita/r.md", title: "รายงาน", extra: "layout: integrity-report\ndata: r\n")
        #expect(build(site).diagnostics.map(\.description) == [])
        let m = try #require(site.read("ita/m/index.html"))
        let r = try #require(site.read("ita/r/index.html"))
        #expect(m.components(separatedBy: "<th scope=\"col\">").count - 1 == 4)
        #expect(r.components(separatedBy: "<th scope=\"col\">").count - 1 == 6)
        #expect(m.contains("ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน"))
        #expect(r.contains("<span class=\"measure-text__marker\">๑.</span> เปิดแล้ว ๓ บริการ"))
    }

    @Test func arabicDigitsSiteShowsScoresInArabicDigitsAsStated() throws {
        let site = TemporarySite(config: TemporarySite.minimalConfig + "digits: arabic\n")
        site.write("data/ita/results-2568.yaml", """
            kind: ita-results
            overall: {score: ๘๘.๕๑, level: ผ่านดี, target: 85}
            indicators:
              - {number: 1, name: การปฏิบัติหน้าที่, tool: IIT, average: 88.57, items: [{id: i1, score: 88.57, text: ก}]}
            """)
        site.page("ita/results.md", title: "ผล", extra: "layout: ita-results\ndata: ita/results-2568\n")
        #expect(build(site).diagnostics.map(\.description) == [])
        let html = try #require(site.read("ita/results/index.html"))
        #expect(html.contains("<strong>88.51</strong>") && html.contains("ita-indicator__average\">88.57</strong>"))
        #expect(html.contains("<svg role=\"img\" aria-labelledby=\"ita-chart-title ita-chart-desc\""))
        #expect(html.contains("<rect x=\"120\" y=\"12\" width=\"354\""))
    }
}
