import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// Small sites with procurement, procurement-report and service-stats data built end to end.
@Suite struct ProcurementPagesTests {
    static let arabicConfig = TemporarySite.minimalConfig + "digits: arabic\n"

    static let items = """
        egp_number,title,budget,reference_price,method,status,bidders,contractor,contract_number,contract_date,contract_value,month,reason
        67129046118,ก่อสร้างถนน คสล. หมู่ที่ 7 <script>alert(1)</script>,"1,234,500","1,230,000.50",e-bidding,เบิกจ่ายแล้ว,"บริษัท ก จำกัด 1,100,000; หจก.ข 1,150,000",บริษัท ก จำกัด,สัญญาจ้าง 2/2568,2025-01-28,"1,100,000",2025-01,เสนอราคาต่ำสุด
        ,ซื้อน้ำมันเชื้อเพลิง,"45,000",,เฉพาะเจาะจง,ลงนามสัญญาแล้ว,"หจก.ค 38,640.50",หจก.ค,ใบสั่งซื้อ 9/2568,2025-01-02,"38,640.50",2025-01,ผู้ขายโดยตรง
        ,ปรับปรุงอาคาร,"500,000",,เฉพาะเจาะจง,อยู่ระหว่างดำเนินการ,,,,,,2024-10,

        """

    static let list = """
        kind: procurement
        fiscal_year: 2568
        items_csv: data/procurement/2568-items.csv
        monthly:
          - month: 2024-10
            published: 2024-11-07
          - month: 2024-11
            none: true
            published: 2024-12-06
          - month: 2025-01
            published: 2025-02-07
            note: รายงานตามกำหนด

        """

    func site(digits arabic: Bool = true) -> TemporarySite {
        let site = TemporarySite(config: arabic ? Self.arabicConfig : TemporarySite.minimalConfig)
        site.page("index.md", title: "หน้าแรก")
        site.page("procurement/_index.md", title: "การจัดซื้อจัดจ้าง")
        site.page("procurement/2568.md", title: "รายการจัดซื้อจัดจ้าง 2568",
                  extra: "layout: procurement\ndata: procurement/2568\noit: [o12]\n")
        site.write("data/procurement/2568.yaml", Self.list)
        site.write("data/procurement/2568-items.csv", Self.items)
        return site
    }

    func build(_ site: TemporarySite, strict: Bool = true) -> BuildResult {
        SiteBuilder.build(BuildOptions(source: site.content, output: site.output, strict: strict,
                                       themesFolder: TemporarySite.defaultThemes,
                                       buildDate: CalendarDate(year: 2025, month: 3, day: 15)!))
    }

    /// The text of the monthly summary section of a month (between its id and the next section).
    func month(_ html: String, _ iso: String) throws -> String {
        let start = try #require(html.range(of: "id=\"m-\(iso)\""))
        let rest = html[start.upperBound...]
        let end = rest.range(of: "</section>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func monthlySummaryHasTheColumnsOfTheOfficialForm() throws {
        let site = site()
        let result = build(site)
        #expect(result.diagnostics.map(\.description) == [])
        let html = try #require(site.read("procurement/2568/index.html"))
        let january = try month(html, "2025-01")
        let columns = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จัดซื้อหรือจัดจ้าง (ราคากลาง)", "วิธีซื้อหรือจ้าง",
                       "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง",
                       "เหตุผลที่คัดเลือกโดยสังเขป", "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"]
        let headers = january.components(separatedBy: "<th scope=\"col\">").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
        #expect(headers == columns)
        // Baht with thousands separators, satang kept; bidders and the winner with their prices.
        #expect(january.contains("1,234,500<span class=\"cell-meta\">(ราคากลาง 1,230,000.50)</span>"))
        #expect(january.contains("<li>บริษัท ก จำกัด <span class=\"nowrap\">ราคา 1,100,000</span></li><li>หจก.ข <span class=\"nowrap\">ราคา 1,150,000</span></li>"))
        #expect(january.contains("หจก.ค <span class=\"nowrap\">ราคา 38,640.50</span>"))
        #expect(january.contains("ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"))
        #expect(january.contains("สัญญาจ้าง 2/2568 <span class=\"nowrap\">ลงวันที่ <time datetime=\"2025-01-28\">28 มกราคม 2568</time></span>"))
        #expect(january.contains("ประกาศ ณ วันที่ <time datetime=\"2025-02-07\">7 กุมภาพันธ์ 2568</time>"))
        #expect(january.contains("หมายเหตุ: รายงานตามกำหนด"))
        // The computed total is labelled as computed.
        #expect(january.contains("รวม (คำนวณ)</th><td class=\"num\">1,279,500</td><td colspan=\"2\"></td><td class=\"num\">1,138,640.50</td>"))
        // Values are escaped.
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func monthsWithoutProcurementAndUnreportedMonthsAreShownAsSuch() throws {
        let site = site()
        #expect(build(site).succeeded)
        let html = try #require(site.read("procurement/2568/index.html"))
        let november = try month(html, "2024-11")
        #expect(november.contains("<p class=\"procurement-month__none\">ไม่มีการจัดซื้อจัดจ้าง</p>"))
        #expect(!november.contains("<table"))
        // A month with an item still in progress shows its status in the winner column.
        let october = try month(html, "2024-10")
        #expect(october.contains("<td>อยู่ระหว่างดำเนินการ</td>"))
        #expect(html.contains("<li><a href=\"#m-2024-11\">พฤศจิกายน 2567</a>: ไม่มีการจัดซื้อจัดจ้าง</li>"))
        #expect(html.contains("<li>ธันวาคม 2567: ยังไม่ได้รายงาน</li>"))
        #expect(!html.contains("id=\"m-2024-12\""))
        #expect(html.contains("รายงานสรุปผลการจัดซื้อจัดจ้างรายเดือนแล้ว 3 จาก 12 เดือน"))
        // The compact list of the year, and totals by method, computed and labelled so.
        #expect(html.contains("<table class=\"table--compact procurement-list\">"))
        #expect(html.contains("<tr><td>1</td><td>ต.ค. 67</td><th scope=\"row\">ปรับปรุงอาคาร</th><td>500,000</td><td>เฉพาะเจาะจง</td><td>อยู่ระหว่างดำเนินการ</td><td></td><td></td></tr>"))
        #expect(html.contains("ทั้งหมด 3 รายการ"))
        #expect(html.contains("<th scope=\"row\">รวม (คำนวณ)</th><td class=\"num\">3</td><td class=\"num\">1,779,500</td><td class=\"num\">1,138,640.50</td>"))
    }

    @Test func thaiDigitsFollowTheSiteSetting() throws {
        let site = site(digits: false)
        #expect(build(site).succeeded)
        let html = try #require(site.read("procurement/2568/index.html"))
        #expect(html.contains("๑,๒๓๔,๕๐๐"))
        #expect(html.contains("สัญญาจ้าง ๒/๒๕๖๘"))
        #expect(!html.contains("1,234,500"))
    }

    @Test func aCSVErrorFailsTheBuildNamingFileLineAndColumn() throws {
        let site = site()
        #expect(build(site).succeeded)
        let before = TemporarySite.snapshot(site.output)
        site.write("data/procurement/2568-items.csv", Self.items.replacingOccurrences(of: "\"38,640.50\",2025-01", with: "38.640.50,2025-01"))
        let result = build(site)
        #expect(!result.succeeded)
        let d = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(d.file == "data/procurement/2568-items.csv" && d.line == 3 && d.column == 11 && d.field == "contract_value")
        #expect(d.description.hasPrefix("data/procurement/2568-items.csv:3:11: error: field 'contract_value': '38.640.50' is not an amount of money."))
        #expect(TemporarySite.snapshot(site.output) == before)
    }

    @Test func reportPageAndCrossCheckWarning() throws {
        let site = site()
        site.page("procurement/report-2568.md", title: "รายงานผล 2568",
                  extra: "layout: procurement-report\ndata: procurement/report-2568\noit: [o13]\n")
        let report = """
            kind: procurement-report
            fiscal_year: 2568
            published: 2025-10-20
            by_method:
              - {method: เฉพาะเจาะจง, count: 2, budget: "545,000", amount: "38,640.50"}
              - {method: e-bidding, count: 1, budget: "1,234,500", amount: "1,100,000"}
            analysis: วิเคราะห์ผล
            problems: [ปัญหา]
            improvements: [ปรับปรุง]

            """
        site.write("data/procurement/report-2568.yaml", report)
        let agreeing = build(site)
        #expect(agreeing.diagnostics.map(\.description) == [])
        let html = try #require(site.read("procurement/report-2568/index.html"))
        #expect(html.contains("<th scope=\"row\">ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</th>"))
        #expect(html.contains("<th scope=\"col\">งบประมาณที่ประหยัดได้ (คำนวณ)</th>"))
        // 1,234,500 - 1,100,000 = 134,500, that is 10.90% of the budget.
        #expect(html.contains("<td class=\"num\">134,500</td><td class=\"num\">10.90%</td>"))
        #expect(html.contains("<th scope=\"row\">รวม (คำนวณ)</th>"))
        #expect(html.contains("<td class=\"num\">1,138,640.50</td>"))
        #expect(html.contains("<p>วิเคราะห์ผล</p>") && html.contains("<li>ปัญหา</li>") && html.contains("<li>ปรับปรุง</li>"))

        site.write("data/procurement/report-2568.yaml", report.replacingOccurrences(of: "count: 1,", with: "count: 2,"))
        let differing = build(site, strict: false)
        #expect(differing.succeeded)
        let w = try #require(differing.warnings.first)
        #expect(differing.warnings.count == 1)
        #expect(w.file == "data/procurement/report-2568.yaml" && w.line == 6 && w.field == "by_method")
        #expect(w.message.contains("states 2 item(s), contract value 1,100,000 baht, budget 1,234,500 baht"))
        #expect(w.message.contains("data/procurement/2568.yaml gives 1 item(s), contract value 1,100,000 baht, budget 1,234,500 baht"))
        #expect(!build(site, strict: true).succeeded)
    }

    @Test func serviceStatisticsTableAndChart() throws {
        let site = TemporarySite(config: Self.arabicConfig)
        site.page("index.md", title: "หน้าแรก")
        site.page("services/statistics.md", title: "สถิติการให้บริการ",
                  extra: "layout: service-stats\ndata: service-stats/2568\noit: [o11]\n")
        site.write("data/service-stats/2568.yaml", """
            kind: service-stats
            fiscal_year: 2568
            services:
              - name: รับชำระภาษีที่ดินและสิ่งปลูกสร้าง
                unit: ราย
                department: กองคลัง
                months: {2024-10: 1200, 2024-11: 0, 2025-01: 30}
              - name: ขออนุญาตก่อสร้าง <b>
                unit: ราย
                months: {2024-10: 2}

            """)
        let result = build(site)
        #expect(result.diagnostics.map(\.description) == [])
        let html = try #require(site.read("services/statistics/index.html"))
        // Months October to September with Thai short names, then the computed total.
        let headers = ["งานบริการ", "หน่วยนับ", "ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68",
                       "เม.ย. 68", "พ.ค. 68", "มิ.ย. 68", "ก.ค. 68", "ส.ค. 68", "ก.ย. 68", "รวม (คำนวณ)"]
        let found = html.components(separatedBy: "<th scope=\"col\">").dropFirst().map { cell -> String in
            let text = cell.hasPrefix("<abbr") ? String(cell.drop { $0 != ">" }.dropFirst()) : cell
            return String(text.prefix { $0 != "<" })
        }
        #expect(found == headers)
        #expect(html.contains("<abbr title=\"ตุลาคม 2567\">ต.ค. 67</abbr>"))
        // 0 is a figure, a missing month is a dash with a text for screen readers; totals are computed.
        #expect(html.contains("<td class=\"num\">1,200</td><td class=\"num\">0</td><td class=\"num\"><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">ไม่มีข้อมูลเดือนธันวาคม 2567</span></td>"))
        #expect(html.contains("<td class=\"num\">1,230</td>"))
        // The chart: inline SVG with a role, a label and a description pointing at the table.
        #expect(html.contains("<svg class=\"bar-chart\" viewBox=\"0 0 720 224\" role=\"img\" aria-labelledby=\"service-stats-chart-title\" aria-describedby=\"service-stats-chart-desc\">"))
        #expect(html.contains("<title id=\"service-stats-chart-title\">"))
        #expect(html.contains("<text class=\"bar-chart__value\" x=\"37\" y=\"32\" text-anchor=\"middle\">1,200</text>"))
        #expect(html.contains("<rect class=\"bar-chart__bar\" x=\"20\" y=\"36\" width=\"34\" height=\"44\"></rect>"))
        #expect(html.components(separatedBy: "<rect ").count - 1 == 4)
        #expect(html.contains("ขออนุญาตก่อสร้าง &lt;b&gt; (ราย)"))
        #expect(!html.contains("ขออนุญาตก่อสร้าง <b>"))
    }
}
