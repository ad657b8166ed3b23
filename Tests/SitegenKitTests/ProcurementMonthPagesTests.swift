import Foundation
@testable import Render
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// A procurement year with more than `Procurement.monthPageThreshold` items is published as an
/// overview plus one page per reported month; a smaller year stays one page.
@Suite struct ProcurementMonthPagesTests {
    static let threshold = Procurement.monthPageThreshold

    /// CSV rows: `count` items in each month, titled "งานทดสอบ <month> ลำดับ <nnn>". The first item
    /// of every month is cancelled, the even ones are paid, the others under way.
    static func csv(_ months: [(String, Int)]) -> String {
        var lines = ["title,budget,method,status,contractor,contract_value,month"]
        for (month, count) in months {
            for n in 1...count {
                let title = "งานทดสอบ \(month) ลำดับ " + String(repeating: "0", count: max(0, 3 - String(n).count)) + String(n)
                let status = n == 1 ? "ยกเลิก" : n % 2 == 0 ? "เบิกจ่ายแล้ว" : "อยู่ระหว่างดำเนินการ"
                let awarded = n % 2 == 0 && n > 1
                lines.append("\(title),1000,เฉพาะเจาะจง,\(status),\(awarded ? "หจก.ทดสอบ" : ""),\(awarded ? "900" : ""),\(month)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let monthly = """
        kind: procurement
        fiscal_year: 2568
        items_csv: data/procurement/2568-items.csv
        monthly:
          - month: 2024-10
            published: 2024-11-07
          - month: 2024-11
            none: true
          - month: 2025-01
            note: รายงานตามกำหนด

        """

    /// A site whose year 2568 has the given items per month; December 2567 is not reported.
    func site(_ months: [(String, Int)]) -> TemporarySite {
        let site = TemporarySite(config: TemporarySite.minimalConfig + "digits: arabic\n")
        site.page("index.md", title: "หน้าแรก")
        site.page("procurement/_index.md", title: "การจัดซื้อจัดจ้าง")
        site.page("procurement/2568.md", title: "รายการจัดซื้อจัดจ้าง 2568",
                  extra: "layout: procurement\ndata: procurement/2568\noit: [o12]\n")
        site.write("data/procurement/2568.yaml", Self.monthly)
        site.write("data/procurement/2568-items.csv", Self.csv(months))
        return site
    }

    func build(_ site: TemporarySite) -> BuildResult {
        SiteBuilder.build(BuildOptions(source: site.content, output: site.output, strict: true,
                                       themesFolder: TemporarySite.defaultThemes,
                                       buildDate: CalendarDate(year: 2025, month: 3, day: 15)!))
    }

    func occurrences(_ text: String, _ part: String) -> Int { text.components(separatedBy: part).count - 1 }

    func folders(_ site: TemporarySite) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: site.output + "/procurement/2568")) ?? []
        return entries.filter { $0 != "index.html" }.sorted()
    }

    /// October is larger than half the threshold, so the year is over it only with January.
    static let large = [("2024-10", threshold / 2 + 20), ("2025-01", threshold / 2 - 9), ("2025-02", 1)]

    @Test func aLargeYearIsAnOverviewWithoutTheItems() throws {
        let site = site(Self.large)
        let result = build(site)
        #expect(result.diagnostics.map(\.description) == [])
        let total = Self.large.reduce(0) { $0 + $1.1 }
        #expect(total > Self.threshold)
        let html = try #require(site.read("procurement/2568/index.html"))
        // Totals and the month index, each reported month linking to its page.
        #expect(html.contains("มีรายการจัดซื้อจัดจ้าง \(total) รายการ ในจำนวนนี้ยกเลิก 3 รายการ"))
        #expect(html.contains("<th scope=\"row\">รวม (คำนวณ)</th><td class=\"num\">\(total - 3)</td>"))
        #expect(html.contains("<li><a href=\"/procurement/2568/2024-10/\">ตุลาคม 2567</a>: \(Self.threshold / 2 + 20) รายการ</li>"))
        #expect(html.contains("<li><a href=\"/procurement/2568/2024-11/\">พฤศจิกายน 2567</a>: ไม่มีการจัดซื้อจัดจ้าง</li>"))
        #expect(html.contains("<li>ธันวาคม 2567: ยังไม่ได้รายงาน</li>"))
        #expect(html.contains("<li><a href=\"/procurement/2568/2025-02/\">กุมภาพันธ์ 2568</a>: 1 รายการ</li>"))
        // No item, neither in the list of the year nor in a monthly table.
        #expect(!html.contains("งานทดสอบ"))
        #expect(!html.contains("procurement-list") && !html.contains("procurement-form") && !html.contains("id=\"m-2024-10\""))
    }

    @Test func aLargeYearHasOnePagePerReportedMonthWithItsRows() throws {
        let site = site(Self.large)
        #expect(build(site).diagnostics.map(\.description) == [])
        #expect(folders(site) == ["2024-10", "2024-11", "2025-01", "2025-02"])

        let october = try #require(site.read("procurement/2568/2024-10/index.html"))
        let octoberCount = Self.threshold / 2 + 20
        #expect(october.contains("<h1>การจัดซื้อจัดจ้างเดือนตุลาคม 2567</h1>"))
        #expect(october.contains("<title>การจัดซื้อจัดจ้างเดือนตุลาคม 2567 | อบต.ทดสอบ</title>"))
        // The month's แบบ สขร.๑ in the eight columns of the form, then its items with progress:
        // every item of the month twice, no item of another month.
        let formStart = try #require(october.range(of: "id=\"m-2024-10\""))
        let form = october[formStart.upperBound...]
        let formEnd = try #require(form.range(of: "</section>"))
        let formHTML = String(form[..<formEnd.lowerBound])
        let headers = formHTML.components(separatedBy: "<th scope=\"col\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(headers == ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จัดซื้อหรือจัดจ้าง (ราคากลาง)", "วิธีซื้อหรือจ้าง",
                            "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง",
                            "เหตุผลที่คัดเลือกโดยสังเขป", "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"])
        #expect(occurrences(formHTML, "งานทดสอบ 2024-10 ") == octoberCount)
        #expect(occurrences(october, "งานทดสอบ 2024-10 ") == 2 * octoberCount)
        #expect(occurrences(october, "งานทดสอบ") == 2 * octoberCount)
        #expect(october.contains("<th scope=\"row\">งานทดสอบ 2024-10 ลำดับ 001</th>"))
        #expect(october.contains("งานทดสอบ 2024-10 ลำดับ \(octoberCount)"))
        #expect(october.contains("ประกาศ ณ วันที่ <time datetime=\"2024-11-07\">7 พฤศจิกายน 2567</time>"))
        #expect(october.contains("<table class=\"table--compact procurement-list\">"))
        #expect(october.contains("รายการจัดซื้อจัดจ้าง เดือนตุลาคม 2567 ปีงบประมาณ พ.ศ. 2568 ทั้งหมด \(octoberCount) รายการ"))
        // Computed total without the cancelled item: (n - 1) × 1,000 budget, paid items 900 each.
        let paid = (2...octoberCount).filter { $0 % 2 == 0 }.count
        #expect(formHTML.contains("รวม (คำนวณ ไม่นับรายการที่ยกเลิก)</th><td class=\"num\">\(ThaiFormatter.arabic.baht(Money(baht: Int64(octoberCount - 1) * 1000)))</td>"))
        #expect(formHTML.contains("<td class=\"num\">\(ThaiFormatter.arabic.baht(Money(baht: Int64(paid) * 900)))</td>"))
        // Breadcrumbs through the year page, and the neighbouring reported months.
        #expect(october.contains("<li><a href=\"/procurement/2568/\">รายการจัดซื้อจัดจ้าง 2568</a></li>"))
        #expect(october.contains("<li><span aria-current=\"page\">การจัดซื้อจัดจ้างเดือนตุลาคม 2567</span></li>"))
        #expect(!october.contains("rel=\"prev\""))
        #expect(october.contains("<a href=\"/procurement/2568/2024-11/\" rel=\"next\">พฤศจิกายน 2567 →</a>"))

        let november = try #require(site.read("procurement/2568/2024-11/index.html"))
        #expect(november.contains("<p class=\"procurement-month__none\">ไม่มีการจัดซื้อจัดจ้าง</p>"))
        #expect(!november.contains("<table") && !november.contains("งานทดสอบ"))
        #expect(november.contains("<a href=\"/procurement/2568/2024-10/\" rel=\"prev\">← ตุลาคม 2567</a>"))
        // December was not reported: November's next month is January.
        #expect(november.contains("<a href=\"/procurement/2568/2025-01/\" rel=\"next\">มกราคม 2568 →</a>"))

        let january = try #require(site.read("procurement/2568/2025-01/index.html"))
        #expect(occurrences(january, "งานทดสอบ 2025-01 ") == 2 * (Self.threshold / 2 - 9))
        #expect(!january.contains("งานทดสอบ 2024-10") && !january.contains("งานทดสอบ 2025-02"))
        #expect(january.contains("หมายเหตุ: รายงานตามกำหนด"))
        #expect(!october.contains("หมายเหตุ:"))

        let february = try #require(site.read("procurement/2568/2025-02/index.html"))
        #expect(occurrences(february, "งานทดสอบ") == 2)
        #expect(february.contains("<a href=\"/procurement/2568/2025-01/\" rel=\"prev\">") && !february.contains("rel=\"next\""))
    }

    @Test func monthPagesAreLinkedAndInTheSitemap() throws {
        let site = site(Self.large)
        #expect(build(site).succeeded)
        let links = LinkCheck.brokenLinks(in: site.output)
        #expect(links.broken == [])
        let overview = try #require(site.read("procurement/2568/index.html"))
        for month in ["2024-10", "2024-11", "2025-01", "2025-02"] {
            #expect(overview.contains("href=\"/procurement/2568/\(month)/\""))
            #expect(site.read("procurement/2568/\(month)/index.html")?.contains("href=\"/procurement/2568/\"") == true)
        }
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://test.example/procurement/2568/2024-10/</loc>"))
        #expect(!sitemap.contains("/procurement/2568/2024-12/"))
    }

    @Test func aYearAtTheThresholdStaysOnePage() throws {
        let months = [("2024-10", Self.threshold / 2), ("2025-01", Self.threshold - Self.threshold / 2)]
        let site = site(months)
        #expect(build(site).diagnostics.map(\.description) == [])
        #expect(folders(site) == [])
        let html = try #require(site.read("procurement/2568/index.html"))
        // The list of the year and every month's table: each item twice.
        #expect(occurrences(html, "งานทดสอบ") == 2 * Self.threshold)
        #expect(html.contains("<table class=\"table--compact procurement-list\">"))
        #expect(html.contains("รายการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2568 ทั้งหมด \(Self.threshold) รายการ"))
        #expect(html.contains("<li><a href=\"#m-2024-10\">ตุลาคม 2567</a>: \(Self.threshold / 2) รายการ</li>"))
        #expect(html.contains("id=\"m-2024-10\"") && html.contains("id=\"m-2025-01\""))
        #expect(!html.contains("/procurement/2568/2024-10/"))
        #expect(LinkCheck.brokenLinks(in: site.output).broken == [])
    }
}
