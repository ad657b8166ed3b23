import Foundation
@testable import SiteLoader
import SiteModel
import TestSupport
import Testing
import ThaiText

private let csvHeader = "egp_number,title,budget,reference_price,method,status,bidders,contractor,contract_number,contract_date,contract_value,month,reason\n"

/// A procurement file of FY 2568 whose items are `items` (YAML text, already indented).
private func yamlList(_ items: String, monthly: String = "") -> String {
    "kind: procurement\nfiscal_year: 2568\nitems:\n" + items + (monthly.isEmpty ? "" : "monthly:\n" + monthly)
}

@Suite struct ProcurementDataTests {
    @Test func yamlItemsLoadWithMethodsBiddersAndMonths() throws {
        let (data, ds) = loadData(["data/procurement/2568.yaml": """
            kind: procurement
            fiscal_year: 2568
            as_of: 2025-10-10
            items:
              - title: จัดซื้อน้ำมันเชื้อเพลิง
                month: 2024-10
                budget: 45,000
                method: วิธีเฉพาะเจาะจง
                status: เบิกจ่ายแล้ว
                bidders: "หจก.พนมทวนปิโตรเลียม 38,640"
                contractor: หจก.พนมทวนปิโตรเลียม
                contract_value: 38,640
                contract_number: ใบสั่งซื้อ 1/2568
                contract_date: 2024-10-02
              - title: ก่อสร้างถนน คสล. หมู่ที่ 7
                egp_number: "67129046118"
                month: 2025-01
                budget: 897,000
                reference_price: 893,400.50
                method: ประกาศเชิญชวนทั่วไป (e-bidding)
                status: ลงนามสัญญาแล้ว
                bidders:
                  - {name: บริษัท ก จำกัด, price: "815,000"}
                  - {name: หจก.ข, price: "842,000"}
                contractor: บริษัท ก จำกัด
                contract_value: 815,000
                reason: เสนอราคาต่ำสุด
              - title: ปรับปรุงอาคาร
                egp_number: "68019022731"
                month: 2025-01
                budget: ไม่ระบุ
                method: E-Bidding
                status: ยกเลิก
            monthly:
              - month: 2024-10
                published: 2024-11-07
              - month: 2024-11
                none: true
                note: ไม่มีการจัดซื้อจัดจ้าง
            """])
        #expect(ds.map(\.description) == [])
        let p = try #require(data["procurement/2568"] as? Procurement)
        #expect(p.fiscalYear == 2568 && p.items.count == 3 && p.asOf?.iso == "2025-10-10")
        #expect(p.items.map(\.method) == [.specific, .eBidding, .eBidding])
        #expect(p.items[0].bidders == [Bidder(name: "หจก.พนมทวนปิโตรเลียม", price: Money(baht: 38_640))])
        #expect(p.items[1].bidders.map(\.name) == ["บริษัท ก จำกัด", "หจก.ข"])
        #expect(p.items[1].referencePrice == Money(satang: 89_340_050))
        #expect(p.items[1].source.line == 15)
        #expect(p.items[2].budget == .notStated)
        // October has an item, November is reported as none, January has items without an entry.
        #expect(p.reportedMonths.map(\.iso) == ["2024-10", "2024-11", "2025-01"])
        let summaries = p.monthSummaries
        #expect(summaries.count == 12)
        #expect(summaries[1].isNone && summaries[1].entry?.note == "ไม่มีการจัดซื้อจัดจ้าง")
        #expect(summaries[0].entry?.published?.iso == "2024-11-07")
        // Cancelled items are left out of the totals.
        #expect(p.totalsByMethod.map(\.method) == [.specific, .eBidding])
        #expect(p.totalsByMethod.map(\.count) == [1, 1])
        #expect(p.totalsByMethod[1].contractValue == Money(baht: 815_000))
    }

    @Test func methodLabelsAreRecognised() {
        #expect(ProcurementMethod(text: "เฉพาะเจาะจง") == .specific)
        #expect(ProcurementMethod(text: " วิธีคัดเลือก ") == .selection)
        #expect(ProcurementMethod(text: "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)") == .eBidding)
        #expect(ProcurementMethod(text: "วิธีประกาศเชิญชวนทั่วไป (e-market)") == .eMarket)
        #expect(ProcurementMethod(text: "ebidding") == .eBidding)
        #expect(ProcurementMethod(text: "ประกาศเชิญชวนทั่วไป") == nil)
        #expect(ProcurementMethod(text: "วิธีพิเศษ") == nil)
    }

    @Test func csvItemsAreImportedWithTheirLines() throws {
        let (data, ds) = loadData([
            "data/procurement/2568.yaml": "kind: procurement\nfiscal_year: 2568\nitems_csv: data/procurement/2568-items.csv\n",
            "data/procurement/2568-items.csv": csvHeader
                + "67109017452,\"จ้างเหมา, คนงาน\",\"108,000\",,เฉพาะเจาะจง,เบิกจ่ายแล้ว,\"นาย ก 108,000; นาย ข 110,000 บาท\",นาย ก,ใบสั่งจ้าง 2/2568,2024-10-01,\"108,000\",2024-10,รับจ้างโดยตรง\n"
                + "\n"
                + ",\"ซ่อมถนน\nหมู่ 4\",98000,,คัดเลือก,อยู่ระหว่างดำเนินการ,,,,,,2024-12,\n",
        ])
        #expect(ds.map(\.description) == [])
        let p = try #require(data["procurement/2568"] as? Procurement)
        #expect(p.itemsFile == "data/procurement/2568-items.csv")
        #expect(p.items.map(\.title) == ["จ้างเหมา, คนงาน", "ซ่อมถนน\nหมู่ 4"])
        #expect(p.items.map { $0.source.description } == ["data/procurement/2568-items.csv:2", "data/procurement/2568-items.csv:4"])
        #expect(p.items[0].bidders == [Bidder(name: "นาย ก", price: Money(baht: 108_000)),
                                       Bidder(name: "นาย ข", price: Money(baht: 110_000))])
        #expect(p.items[0].egpNumber == "67109017452")
        #expect(p.items[1].budget == .amount(Money(baht: 98_000)))
        #expect(p.items[1].status == .inProgress && p.items[1].contractor == nil)
    }

    @Test func csvErrorsNameTheFileTheLineAndTheColumn() throws {
        let (_, ds) = loadData([
            "data/procurement/2568.yaml": "kind: procurement\nfiscal_year: 2568\nitems_csv: data/procurement/2568-items.csv\n",
            "data/procurement/2568-items.csv": csvHeader
                + ",ซื้อวัสดุ,15000,,เฉพาะเจาะจง,เบิกจ่ายแล้ว,,ร้าน ก,,2025-02-30,\"-14,730\",2025-02,\n"
                + ",ซื้อวัสดุ,15000,,เฉพาะเจาะ,เบิกจ่ายแล้ว,ร้าน ก,ร้าน ก,,,14730,2025-13,\n"
                + ",ซื้อวัสดุ,15000,,เฉพาะเจาะจง,เบิกจ่ายแล้ว,,ร้าน ก,,,14730,2025-02,,extra\n",
        ])
        let file = "data/procurement/2568-items.csv"
        // Row 2: impossible date (column J), negative money (column K).
        let date = try #require(ds.first { $0.field == "contract_date" })
        #expect(date.file == file && date.line == 2 && date.column == 10 && date.message.contains("not a real date"))
        #expect(date.description.hasPrefix("data/procurement/2568-items.csv:2:10: error: field 'contract_date'"))
        let money = try #require(ds.first { $0.field == "contract_value" })
        #expect(money.file == file && money.line == 2 && money.column == 11 && money.message.contains("negative"))
        // Row 3: a method with a did-you-mean, a bidder without a price, a month 13.
        let method = try #require(ds.first { $0.field == "method" })
        #expect(method.line == 3 && method.column == 5 && method.hint?.contains("Did you mean 'เฉพาะเจาะจง'?") == true)
        #expect(ds.contains { $0.field == "bidders" && $0.line == 3 && $0.column == 7 })
        #expect(ds.contains { $0.field == "month" && $0.line == 3 && $0.column == 12 })
        // Row 4: one cell too many.
        #expect(ds.contains { $0.file == file && $0.line == 4 && $0.message.contains("14 cells") })
        #expect(ds.allSatisfy { $0.file == file })
    }

    @Test func csvHeaderIsChecked() throws {
        let (data, ds) = loadData([
            "data/p/2568.yaml": "kind: procurement\nfiscal_year: 2568\nitems_csv: data/p/items.csv\n",
            "data/p/items.csv": "title,budjet,method,status\nซื้อวัสดุ,100,เฉพาะเจาะจง,ยกเลิก\n",
        ])
        let unknown = try #require(ds.first { $0.field == "budjet" })
        #expect(unknown.file == "data/p/items.csv" && unknown.line == 1 && unknown.column == 2)
        #expect(unknown.hint?.contains("Did you mean 'budget'?") == true)
        let missing = try #require(ds.first { $0.field == "month" })
        #expect(missing.line == 1 && missing.message.contains("no column 'month'"))
        #expect((data["p/2568"] as? Procurement)?.items.isEmpty == true)
    }

    @Test func csvFileMustExistInsideTheSiteFolder() {
        for path in ["data/missing.csv", "../outside.csv", "/etc/passwd"] {
            let (_, ds) = loadData(["data/procurement/2568.yaml": "kind: procurement\nfiscal_year: 2568\nitems_csv: \(path)\n"])
            #expect(ds.contains { $0.field == "items_csv" && $0.line == 3 && $0.message.contains("does not exist") }, "\(path)")
        }
        let (_, ds) = loadData([
            "data/procurement/2568.yaml": "kind: procurement\nfiscal_year: 2568\nitems_csv: data/a.csv\nitems: []\n",
            "data/a.csv": csvHeader,
        ])
        #expect(ds.contains { $0.field == "items" && $0.line == 4 && $0.message.contains("twice") })
    }

    @Test func itemMonthMustFallInTheFiscalYear() throws {
        let (_, ds) = loadData(["data/procurement/2568.yaml": yamlList("""
              - title: ซื้อน้ำมัน ตุลาคม 2568
                month: 2025-10
                method: เฉพาะเจาะจง
                status: อยู่ระหว่างดำเนินการ

            """)])
        let d = try #require(ds.first)
        #expect(ds.count == 1)
        #expect(d.field == "items[1].month" && d.line == 5 && d.severity == .error)
        #expect(d.message.contains("'ซื้อน้ำมัน ตุลาคม 2568'") && d.message.contains("2025-10"))
        #expect(d.message.contains("fiscal year 2568 (2024-10 to 2025-09"))
    }

    @Test func buddhistEraMonthIsConvertedWithAWarning() throws {
        let (data, ds) = loadData(["data/procurement/2568.yaml": yamlList("""
              - title: ซื้อวัสดุ
                month: 2568-01
                method: เฉพาะเจาะจง
                status: อยู่ระหว่างดำเนินการ

            """)])
        let d = try #require(ds.first)
        #expect(ds.count == 1 && d.severity == .warning && d.field == "items[1].month" && d.line == 5)
        #expect((data["procurement/2568"] as? Procurement)?.items.first?.month.iso == "2025-01")
    }

    @Test func christianEraFiscalYearIsAnError() throws {
        let (data, ds) = loadData(["data/procurement/2568.yaml": "kind: procurement\nfiscal_year: 2025\nitems: []\n"])
        let d = try #require(ds.first { $0.field == "fiscal_year" })
        #expect(d.line == 2 && d.severity == .error && d.hint?.contains("2568") == true)
        #expect(data.keys.isEmpty)
    }

    @Test func fileNamedAfterAnotherYearWarns() {
        let (_, ds) = loadData(["data/procurement/2567.yaml": "kind: procurement\nfiscal_year: 2568\nitems: []\n"])
        #expect(ds.contains { $0.field == "fiscal_year" && $0.severity == .warning && $0.message.contains("2567") })
    }

    @Test func wrongTypesUnknownKeysNegativeMoneyAndImpossibleDates() {
        let (_, ds) = loadData(["data/procurement/2568.yaml": yamlList("""
              - title: ซื้อวัสดุ
                month: ตุลาคม
                budget: [1, 2]
                reference_price: -500
                method: เฉพาะเจาะจง
                status: เบิกจ่ายแล้ว
                contrator: ร้าน ก
                contract_value: 100
                contract_date: 2025-02-30
                bidders:
                  - {name: ร้าน ก}

            """)])
        #expect(ds.contains { $0.field == "items[1].month" && $0.line == 5 && $0.message.contains("not a month") })
        #expect(ds.contains { $0.field == "items[1].budget" && $0.line == 6 })
        #expect(ds.contains { $0.field == "items[1].reference_price" && $0.line == 7 && $0.message.contains("negative") })
        #expect(ds.contains { $0.field == "items[1].contrator" && $0.line == 10 && $0.hint?.contains("Did you mean 'contractor'?") == true })
        // The status says a contract was signed, so the contractor is required.
        #expect(ds.contains { $0.field == "items[1].contractor" && $0.message.contains("no contractor") })
        #expect(ds.contains { $0.field == "items[1].contract_date" && $0.line == 12 && $0.message.contains("not a real date") })
        #expect(ds.contains { $0.field == "items[1].bidders[1].price" && $0.line == 14 })
    }

    @Test func contractAboveBudgetAndElectronicWithoutEGPNumberWarn() {
        let (_, ds) = loadData(["data/procurement/2568.yaml": yamlList("""
              - title: ก่อสร้างถนน
                month: 2025-01
                budget: 500,000
                method: e-bidding
                status: ลงนามสัญญาแล้ว
                contractor: บริษัท ก จำกัด
                contract_value: 500,000.01

            """)])
        #expect(ds.count == 2)
        #expect(ds.allSatisfy { $0.severity == .warning })
        #expect(ds.contains { $0.field == "items[1].contract_value" && $0.message.contains("500,000.01") })
        #expect(ds.contains { $0.field == "items[1].egp_number" })
    }

    @Test func egpNumbersAreCheckedAndUnique() {
        let (_, ds) = loadData(["data/procurement/2568.yaml": yamlList("""
              - {title: ก, month: 2024-10, method: เฉพาะเจาะจง, status: ยกเลิก, egp_number: "๖๗๑๐๙๐๑๗๔๕๒"}
              - {title: ข, month: 2024-10, method: เฉพาะเจาะจง, status: ยกเลิก, egp_number: "67109017452"}
              - {title: ค, month: 2024-10, method: เฉพาะเจาะจง, status: ยกเลิก, egp_number: "6710901745"}

            """)])
        #expect(ds.count == 2)
        #expect(ds.contains { $0.line == 5 && $0.field == "egp_number" && $0.message.contains("data/procurement/2568.yaml:4") })
        #expect(ds.contains { $0.line == 6 && $0.field == "items[3].egp_number" && $0.hint?.contains("11 digits") == true })
    }

    @Test func monthlyEntriesAreValidated() {
        let (_, ds) = loadData(["data/procurement/2568.yaml": yamlList("""
              - {title: ก, month: 2024-10, method: เฉพาะเจาะจง, status: ยกเลิก}

            """, monthly: """
              - {month: 2024-10, none: true}
              - {month: 2024-11}
              - {month: 2024-12, none: true, published: 2024-11-30}
              - {month: 2024-12, none: true}
              - {month: 2025-10, none: true}
              - {month: 2024-09, none: yes, publish: 2024-10-01}

            """)])
        #expect(ds.contains { $0.line == 6 && $0.field == "monthly[1].none" && $0.message.contains("1 item(s)") })
        #expect(ds.contains { $0.line == 7 && $0.field == "monthly[2].month" && $0.hint?.contains("none: true") == true })
        #expect(ds.contains { $0.line == 8 && $0.field == "monthly[3].published" && $0.severity == .warning })
        #expect(ds.contains { $0.line == 9 && $0.field == "monthly[4].month" && $0.message.contains("line 8") })
        #expect(ds.contains { $0.line == 10 && $0.field == "monthly[5].month" && $0.message.contains("fiscal year 2568") })
        #expect(ds.contains { $0.line == 11 && $0.field == "monthly[6].publish" && $0.hint?.contains("Did you mean 'published'?") == true })
        #expect(ds.contains { $0.line == 11 && $0.field == "monthly[6].month" && $0.message.contains("2024-09") })
    }

    /// A large year: 20,000 CSV rows load, are grouped by month and get a context in linear time.
    @Test func twentyThousandItemsLoadQuickly() throws {
        var csv = csvHeader
        let months = FiscalYear(buddhistYear: 2568).months
        for i in 0..<20_000 {
            let m = months[i % 12]
            csv += "\(67_100_000_000 + i),\"จัดซื้อวัสดุ รายการที่ \(i)\",\"12,500.50\",,เฉพาะเจาะจง,เบิกจ่ายแล้ว,\"ร้าน ก 12,000\",ร้าน ก,ใบสั่งซื้อ \(i)/2568,\(m.iso)-15,\"12,000\",\(m.iso),ผู้ขายโดยตรง\n"
        }
        let clock = ContinuousClock()
        var loaded: (Disclosures, [Diagnostic])?
        let elapsed = clock.measure {
            loaded = loadData([
                "data/procurement/2568.yaml": "kind: procurement\nfiscal_year: 2568\nitems_csv: data/procurement/items.csv\n",
                "data/procurement/items.csv": csv,
            ])
        }
        let (data, ds) = try #require(loaded)
        #expect(ds.map(\.description) == [])
        let p = try #require(data["procurement/2568"] as? Procurement)
        #expect(p.items.count == 20_000)
        #expect(p.monthSummaries.map(\.items.count).reduce(0, +) == 20_000)
        #expect(p.totalsByMethod.first?.contractValue == Money(baht: 240_000_000))
        #expect(elapsed < .seconds(30), "loading 20,000 rows took \(elapsed)")
    }
}

@Suite struct ProcurementReportDataTests {
    static let list = """
        kind: procurement
        fiscal_year: 2567
        items:
          - {title: ก, month: 2023-10, budget: "100,000", method: เฉพาะเจาะจง, status: เบิกจ่ายแล้ว, contractor: ร้าน ก, contract_value: "99,000"}
          - {title: ข, month: 2023-11, budget: "50,000", method: เฉพาะเจาะจง, status: เบิกจ่ายแล้ว, contractor: ร้าน ข, contract_value: "49,500.50"}
          - {title: ค, month: 2024-02, budget: "900,000", method: e-bidding, status: เบิกจ่ายแล้ว, contractor: บริษัท ค, contract_value: "850,000", egp_number: "67019037745"}
          - {title: ง, month: 2024-03, budget: "400,000", method: e-bidding, status: ยกเลิก, egp_number: "67029037745"}

        """

    static func report(_ specific: String, _ bidding: String = "{method: e-bidding, count: 1, budget: \"900,000\", amount: \"850,000\"}") -> String {
        """
        kind: procurement-report
        fiscal_year: 2567
        published: 2024-10-25
        by_method:
          - \(specific)
          - \(bidding)
        analysis: |
          ย่อหน้าแรก

          ย่อหน้าที่สอง
        problems: [ผู้ประกอบการน้อย]
        improvements: [รวมการจัดซื้อ]

        """
    }

    @Test func reportLoadsAndAgreesWithTheList() throws {
        let (data, ds) = loadData([
            "data/procurement/2567.yaml": Self.list,
            "data/procurement/report-2567.yaml": Self.report("{method: วิธีเฉพาะเจาะจง, count: 2, budget: \"150,000\", amount: \"148,500.50\"}"),
        ])
        #expect(ds.map(\.description) == [])
        let r = try #require(data["procurement/report-2567"] as? ProcurementReport)
        #expect(r.byMethod.map(\.method) == [.specific, .eBidding])
        #expect(r.analysis == ["ย่อหน้าแรก", "ย่อหน้าที่สอง"])
        #expect(r.totalCount == 3 && r.totalAmount == Money(satang: 99_850_050) && r.totalBudget == Money(baht: 1_050_000))
        #expect(DatasetLinker.link(data).1 == [])
    }

    @Test func differingFiguresWarnWithBothFiguresAndSources() throws {
        let (data, ds) = loadData([
            "data/procurement/2567.yaml": Self.list,
            "data/procurement/report-2567.yaml": Self.report("{method: เฉพาะเจาะจง, count: 3, amount: \"148,500.50\"}",
                                                              "{method: คัดเลือก, count: 1, amount: \"850,000\"}"),
        ])
        #expect(ds.map(\.description) == [])
        let warnings = DatasetLinker.link(data).1
        #expect(warnings.count == 3)
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.file == "data/procurement/report-2567.yaml" })
        let specific = try #require(warnings.first { $0.message.contains("เฉพาะเจาะจง") })
        #expect(specific.line == 5 && specific.field == "by_method")
        #expect(specific.message.contains("states 3 item(s), contract value 148,500.50 baht"))
        #expect(specific.message.contains("data/procurement/2567.yaml gives 2 item(s), contract value 148,500.50 baht"))
        // Listed in the report but not in the list, and the other way round.
        #expect(warnings.contains { $0.line == 6 && $0.message.contains("คัดเลือก") && $0.message.contains("gives 0 item(s)") })
        #expect(warnings.contains { $0.message.contains("e-bidding") && $0.message.contains("not listed") })
    }

    @Test func theSiteLoaderRunsTheCrossCheck() {
        let site = TemporarySite()
        site.write("data/procurement/2567.yaml", Self.list)
        site.write("data/procurement/report-2567.yaml", Self.report("{method: เฉพาะเจาะจง, count: 2, budget: \"150,000\", amount: \"148,000\"}"))
        let result = SiteLoader.load(siteRoot: site.content)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.line == 5 && $0.message.contains("148,000") })
    }

    @Test func reportErrors() {
        let (_, ds) = loadData(["data/procurement/report-2567.yaml": """
            kind: procurement-report
            fiscal_year: 2024
            by_method:
              - {method: เฉพาะเจาะจง, count: -1, amount: "10"}
              - {method: เฉพาะเจาะจง, count: 2, amont: "10"}
              - {method: พิเศษ, count: 0, amount: "0"}
              - {method: e-market, count: 0, amount: "5,000"}
              - {method: คัดเลือก, count: 1, amount: "5,000"}
              - {method: คัดเลือก, count: 1, amount: "5,000"}
            analysys: x
            """])
        #expect(ds.contains { $0.field == "fiscal_year" && $0.line == 2 && $0.hint?.contains("2567") == true })
        #expect(ds.contains { $0.field == "by_method[1].count" && $0.line == 4 && $0.message.contains("negative") })
        #expect(ds.contains { $0.field == "by_method[2].amont" && $0.line == 5 && $0.hint?.contains("'amount'") == true })
        #expect(ds.contains { $0.field == "by_method[2].amount" && $0.line == 5 })
        #expect(ds.contains { $0.field == "by_method[3].method" && $0.line == 6 })
        #expect(ds.contains { $0.field == "by_method[4].amount" && $0.line == 7 && $0.message.contains("no items") })
        #expect(ds.contains { $0.field == "by_method[6].method" && $0.line == 9 && $0.message.contains("line 8") })
        #expect(ds.contains { $0.field == "analysys" && $0.line == 10 && $0.hint?.contains("Did you mean 'analysis'?") == true })
    }
}

/// The demo site's data stays complete and consistent (it is what the OIT audit is shown).
@Suite struct ProcurementDemoDataTests {
    @Test func demoYearsAreCompleteAndTheReportAgreesWithItsList() throws {
        let (data, ds) = DataFolderLoader.load(siteRoot: TemporarySite.repository + "/content")
        #expect(ds.map(\.description) == [])
        let y2568 = try #require(data["procurement/2568"] as? Procurement)
        #expect(y2568.itemsFile == "data/procurement/2568-items.csv")
        #expect((40...80).contains(y2568.items.count))
        #expect(y2568.reportedMonths == FiscalYear(buddhistYear: 2568).months)
        #expect(y2568.monthSummaries.allSatisfy { !$0.items.isEmpty })
        #expect(Set(y2568.items.map(\.method)).isSuperset(of: [.specific, .eBidding]))
        let y2567 = try #require(data["procurement/2567"] as? Procurement)
        #expect(y2567.reportedMonths.count == 12 && y2567.monthSummaries.contains { $0.isNone })
        let report = try #require(data["procurement/report-2567"] as? ProcurementReport)
        #expect(report.discrepancies(against: y2567) == [])
        #expect(!report.analysis.isEmpty && !report.problems.isEmpty && !report.improvements.isEmpty)
        let stats = try #require(data["service-stats/2568"] as? ServiceStats)
        #expect((6...8).contains(stats.services.count))
        #expect(stats.completeMonths.count == 12)
        #expect(data["service-stats/2567"] is ServiceStats)
    }
}
