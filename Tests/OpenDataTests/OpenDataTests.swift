import Foundation
import OpenData
import SiteLoader
import SiteModel
import TestSupport
import Testing
import ThaiText

/// Loads a site folder of `files` (site.yaml given or the minimal one) through the real loader.
private func loadSite(_ files: [String: String], config: String = TemporarySite.minimalConfig) throws -> Site {
    let folder = TemporarySite(config: config)
    for (path, text) in files { folder.write(path, text) }
    let loaded = SiteLoader.load(siteRoot: folder.content)
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors)")
    return try #require(loaded.site)
}

private func publication(_ site: Site, buildDate: CalendarDate = CalendarDate(year: 2025, month: 11, day: 1)!) -> OpenDataPublication {
    OpenDataPublication.make(site: site, plan: SitePlan(site: site, includeDrafts: false), buildDate: buildDate)
}

private func file(_ p: OpenDataPublication, _ path: String) -> String? {
    for f in p.files where f.path == path { if case .text(let t) = f.content { return t } }
    return nil
}

/// The JSON of a text, as Foundation reads it.
private func parsed(_ text: String?) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(try #require(text).utf8))
}

private let procurement2568 = """
    kind: procurement
    fiscal_year: 2568
    as_of: 2025-10-10
    items:
      - title: จัดซื้อน้ำมันเชื้อเพลิง "ดีเซล", ไตรมาส ๑
        month: 2024-10
        budget: 45,000
        method: เฉพาะเจาะจง
        status: เบิกจ่ายแล้ว
        bidders: "หจก.พนมทวนปิโตรเลียม 38,640.50"
        contractor: หจก.พนมทวนปิโตรเลียม
        contract_value: 38,640.50
        contract_number: ใบสั่งซื้อ 1/2568
        contract_date: 2024-10-02
      - title: ก่อสร้างถนน คสล. หมู่ที่ 7
        egp_number: "67129046118"
        month: 2025-01
        budget: 897,000
        method: ประกาศเชิญชวนทั่วไป (e-bidding)
        status: ลงนามสัญญาแล้ว
        bidders:
          - {name: บริษัท ก จำกัด, price: "815,000"}
          - {name: บริษัท ข จำกัด, price: "850,000"}
        contractor: บริษัท ก จำกัด
        contract_value: 815,000
        contract_number: สัญญาจ้าง 3/2568
        contract_date: 2025-02-14
      - title: ซื้อวัสดุสำนักงาน
        month: 2025-03
        budget: ไม่ใช้งบประมาณ
        method: คัดเลือก
        status: อยู่ระหว่างดำเนินการ
      - title: ปรับปรุงอาคาร
        month: 2025-02
        budget: 120,000
        method: e-market
        status: ยกเลิก

    """

private let procurementPage = "---\ntitle: การจัดซื้อจัดจ้าง ๒๕๖๘\ndescription: รายการจัดซื้อจัดจ้าง\nlayout: procurement\ndata: procurement/2568\n---\n"

@Suite struct OCDSMappingTests {
    private func releases() throws -> [[String: Any]] {
        let site = try loadSite(["data/procurement/2568.yaml": procurement2568, "procurement-2568.md": procurementPage])
        let package = try #require(try parsed(file(publication(site), "data/ocds/2568.json")) as? [String: Any])
        #expect(package["version"] as? String == "1.1")
        #expect(package["uri"] as? String == "https://test.example/data/ocds/2568.json")
        #expect(package["publishedDate"] as? String == "2025-10-10T00:00:00+07:00")
        #expect(package["license"] as? String == DataLicence.dgaOpenGovernment.url)
        return try #require(package["releases"] as? [[String: Any]])
    }

    @Test func oneReleasePerItemWithOcidFromTheEGPNumberOrThePosition() throws {
        let rs = try releases()
        #expect(rs.count == 4)
        // No registered prefix: ocds- and the host name.
        #expect(rs.map { $0["ocid"] as? String } == ["ocds-test-example-2568-1", "ocds-test-example-67129046118",
                                                     "ocds-test-example-2568-3", "ocds-test-example-2568-4"])
        let tender = try #require(rs[1]["tender"] as? [String: Any])
        #expect(tender["id"] as? String == "67129046118")
        #expect(rs[1]["date"] as? String == "2025-10-10T00:00:00+07:00")
    }

    @Test func valuesAreNumbersOfBahtInTHB() throws {
        let rs = try releases()
        let tender = try #require(rs[0]["tender"] as? [String: Any])
        let value = try #require(tender["value"] as? [String: Any])
        #expect((value["amount"] as? NSNumber)?.doubleValue == 45000)
        #expect(value["currency"] as? String == "THB")
        let award = try #require((rs[0]["awards"] as? [[String: Any]])?.first)
        #expect(((award["value"] as? [String: Any])?["amount"] as? NSNumber)?.doubleValue == 38640.5)
        // No budget: no tender value (never 0).
        let noBudget = try #require(rs[2]["tender"] as? [String: Any])
        #expect(noBudget["value"] == nil)
    }

    @Test func methodsMapToTheClosedCodelistKeepingTheThaiMethod() throws {
        let rs = try releases()
        let tenders = try rs.map { try #require($0["tender"] as? [String: Any]) }
        #expect(tenders.map { $0["procurementMethod"] as? String } == ["direct", "open", "selective", "open"])
        #expect(tenders.map { $0["procurementMethodDetails"] as? String } == [
            "วิธีเฉพาะเจาะจง", "วิธีประกาศเชิญชวนทั่วไป (ประกวดราคาอิเล็กทรอนิกส์ (e-bidding))", "วิธีคัดเลือก",
            "วิธีประกาศเชิญชวนทั่วไป (ตลาดอิเล็กทรอนิกส์ (e-market))",
        ])
        #expect(tenders.map { $0["status"] as? String } == ["complete", "complete", "active", "cancelled"])
        #expect(rs.map { $0["tag"] as? [String] } == [["tender", "award", "contract", "implementation"], ["tender", "award", "contract"],
                                                      ["tender"], ["tenderCancellation"]])
    }

    @Test func awardsAndContractsWhereKnownWithISODates() throws {
        let rs = try releases()
        let contract = try #require((rs[1]["contracts"] as? [[String: Any]])?.first)
        #expect(contract["id"] as? String == "สัญญาจ้าง 3/2568")
        #expect(contract["dateSigned"] as? String == "2025-02-14T00:00:00+07:00")
        #expect(contract["status"] as? String == "active")
        let award = try #require((rs[1]["awards"] as? [[String: Any]])?.first)
        #expect(contract["awardID"] as? String == award["id"] as? String)
        let supplier = try #require((award["suppliers"] as? [[String: Any]])?.first)
        #expect(supplier["name"] as? String == "บริษัท ก จำกัด")
        // Every organisation is a party with its roles; the winner is tenderer and supplier.
        let parties = try #require(rs[1]["parties"] as? [[String: Any]])
        #expect(parties.map { $0["name"] as? String } == ["องค์การบริหารส่วนตำบลทดสอบ", "บริษัท ก จำกัด", "บริษัท ข จำกัด"])
        #expect(parties[1]["roles"] as? [String] == ["tenderer", "supplier"])
        #expect(parties.first { $0["id"] as? String == supplier["id"] as? String }?["name"] as? String == "บริษัท ก จำกัด")
        let tender = try #require(rs[1]["tender"] as? [String: Any])
        #expect(tender["numberOfTenderers"] as? Int == 2)
        // Paid: the contract is complete (terminated in OCDS 1.1).
        #expect((rs[0]["contracts"] as? [[String: Any]])?.first?["status"] as? String == "terminated")
        // Not awarded, cancelled: no award, no contract.
        #expect(rs[2]["awards"] == nil && rs[3]["contracts"] == nil)
    }

    @Test func anEmptyYearPublishesNoPackage() throws {
        let site = try loadSite(["data/procurement/2569.yaml": "kind: procurement\nfiscal_year: 2569\nitems: []\n",
                                 "p.md": "---\ntitle: จัดซื้อ ๒๕๖๙\nlayout: procurement\ndata: procurement/2569\n---\n"])
        let p = publication(site)
        #expect(file(p, "data/ocds/2569.json") == nil)
        #expect(p.entries.first?.downloads.map(\.format) == ["CSV", "JSON"])
        #expect(file(p, "data/procurement-2569.csv") != nil)
    }

    @Test func aRegisteredPrefixIsUsedAndAWrongOneRefused() throws {
        let config = TemporarySite.minimalConfig + "open_data:\n  ocid_prefix: ocds-ab12cd\n  licence: cc-by-4.0\n"
        let site = try loadSite(["data/procurement/2568.yaml": procurement2568, "procurement-2568.md": procurementPage], config: config)
        #expect(site.config.openData.licence == DataLicence.ccBy4)
        let package = try #require(try parsed(file(publication(site), "data/ocds/2568.json")) as? [String: Any])
        #expect((package["releases"] as? [[String: Any]])?.first?["ocid"] as? String == "ocds-ab12cd-2568-1")
        let (_, ds) = ConfigLoader.parse(TemporarySite.minimalConfig + "open_data:\n  ocid_prefix: ocds-ทดสอบ\n  licence: cc0\n")
        #expect(ds.contains { $0.field == "open_data.ocid_prefix" && $0.severity == .error }, "\(ds)")
        #expect(ds.contains { $0.field == "open_data.licence" && $0.severity == .error && $0.hint?.contains("dga-ogl") == true })
    }
}

@Suite struct DatasetExportTests {
    @Test func csvHasABOMEnglishHeaderThaiValuesAndOneRowPerItem() throws {
        let site = try loadSite(["data/procurement/2568.yaml": procurement2568, "procurement-2568.md": procurementPage])
        let csv = try #require(file(publication(site), "data/procurement-2568.csv"))
        #expect(csv.hasPrefix("\u{FEFF}kind,title,fiscal_year,as_of,items.egp_number,items.title,items.budget,"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 5)
        // A comma or a quote in a value is quoted, the quote doubled; money is a number of baht;
        // dates are ISO 8601 (C.E.); bidders stay in their item's row, as JSON.
        #expect(lines[1].contains(",\"จัดซื้อน้ำมันเชื้อเพลิง \"\"ดีเซล\"\", ไตรมาส ๑\",45000,"))
        #expect(lines[1].contains(",2024-10-02,38640.5,2024-10,"))
        #expect(lines[2].contains("\"[{\"\"name\"\":\"\"บริษัท ก จำกัด\"\",\"\"price\"\":815000},"))
        #expect(lines[3].contains(",ไม่ใช้งบประมาณ,"))
        #expect(!csv.contains("data/procurement/2568.yaml"))
    }

    @Test func jsonKeepsTheDataFileFieldsWithISODatesAndNumbers() throws {
        let site = try loadSite(["data/procurement/2568.yaml": procurement2568, "procurement-2568.md": procurementPage])
        let json = try #require(try parsed(file(publication(site), "data/procurement-2568.json")) as? [String: Any])
        #expect(json["kind"] as? String == "procurement")
        #expect(json["fiscal_year"] as? Int == 2568)
        #expect(json["as_of"] as? String == "2025-10-10")
        #expect(json["source"] == nil)
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 4)
        #expect(items[0]["month"] as? String == "2024-10")
        #expect(items[0]["method"] as? String == "เฉพาะเจาะจง")
        #expect(items[2]["budget"] as? String == "ไม่ใช้งบประมาณ")
        #expect((items[0]["contract_value"] as? NSNumber)?.doubleValue == 38640.5)
    }

    @Test func onlyDatasetsAPublishedPagePresentsAreListedWithTheirFacts() throws {
        let site = try loadSite([
            "data/procurement/2568.yaml": procurement2568, "procurement-2568.md": procurementPage,
            "data/executives.yaml": "kind: executives\nexecutives:\n  - {name: นายก ทดสอบ, position: นายก}\n",
            "data/structure.yaml": "kind: structure\nunits:\n  - name: สำนักปลัด\n",
            "draft.md": "---\ntitle: ร่าง\ndraft: true\nlayout: structure\ndata: structure\n---\n",
        ])
        let p = publication(site)
        #expect(p.entries.map(\.key) == ["procurement/2568"])
        let entry = try #require(p.entries.first)
        #expect(entry.title == "การจัดซื้อจัดจ้าง ๒๕๖๘" && entry.description == "รายการจัดซื้อจัดจ้าง")
        #expect(entry.fiscalYears == FiscalYearSpan(first: 2568, last: 2568))
        #expect(entry.updated == CalendarDate(year: 2025, month: 10, day: 10))
        #expect(entry.rowCount == 4)
        #expect(entry.downloads.map(\.url) == ["/data/procurement-2568.csv", "/data/procurement-2568.json", "/data/ocds/2568.json"])
        let catalog = try #require(try parsed(JSONText.pretty(DCATCatalog.catalog(p, config: site.config))) as? [String: Any])
        let dataset = try #require((catalog["dataset"] as? [[String: Any]])?.first)
        #expect(dataset["temporal"] as? String == "2024-10-01/2025-09-30")
        #expect(dataset["modified"] as? String == "2025-10-10")
        #expect(dataset["landingPage"] as? String == "https://test.example/procurement-2568/")
        #expect((dataset["contactPoint"] as? [String: Any])?["hasEmail"] as? String == "mailto:test@test.example")
        let formats = (dataset["distribution"] as? [[String: Any]])?.map { $0["format"] as? String }
        #expect(formats == ["CSV", "JSON", "OCDS"])
    }
}

@Suite struct TextFormatTests {
    @Test func jsonEscapesQuotesBackslashesAndControlCharacters() throws {
        let text = JSONText.compact(.object([("a\"b", .string("x\\y\n\u{1}\u{2028}ไทย")), ("n", .baht(Money(satang: -305)))]))
        #expect(text == "{\"a\\\"b\":\"x\\\\y\\n\\u0001\\u2028ไทย\",\"n\":-3.05}")
        let back = try #require(try parsed(text) as? [String: Any])
        #expect(back["a\"b"] as? String == "x\\y\n\u{1}\u{2028}ไทย")
    }

    /// Escapes are written between runs copied whole: random texts of the characters that
    /// matter, each read back as it was.
    @Test func jsonStringsRoundTripOnRandomTexts() throws {
        let alphabet = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{2028}", "\u{2029}", "–", "…", "ก", "่", "a", " ", "😀", "/"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let json = JSONText.compact(.array([.string(text)]))
            #expect(!json.contains("\u{2028}") && !json.contains("\n"), "\(json)")
            let back = try #require(try parsed(json) as? [String])
            #expect(back == [text], "\(json)")
        }
    }

    @Test func fieldNamesAreSnakeCase() {
        #expect(DataTreeMaker.snakeCase("fiscalYear") == "fiscal_year")
        #expect(DataTreeMaker.snakeCase("egpNumber") == "egp_number")
        #expect(DataTreeMaker.snakeCase("url") == "url")
        #expect(DataTreeMaker.snakeCase("URL") == "u_r_l")
        #expect(DataTreeMaker.snakeCase("Éta") == "éta")
    }

    /// Records as the model declares them: optionals unwrapped (empty ones null), arrays of
    /// records and of optionals, nested optionals, and what is about the site folder left out
    /// (a `source`, an empty or set `line`, a nested record's `source` held in an optional).
    @Test func treeOfOptionalsArraysAndLeftOutFields() {
        struct Row { var name: String; var amount: Money?; var line: Int?; var source: SourceRef? }
        struct Record {
            var title: String
            var note: String?
            var nested: String??
            var rows: [Row]
            var tags: [String?]
            var fiscalYear: Int
            var line: Int
            var source: SourceRef
        }
        let record = Record(title: "ก", note: nil, nested: .some(nil),
                            rows: [Row(name: "ข", amount: Money(satang: 150), line: 3, source: SourceRef(file: "a.yaml")),
                                   Row(name: "ค", amount: nil, line: nil, source: SourceRef(file: "c.yaml"))],
                            tags: ["ง", nil], fiscalYear: 2570, line: 9, source: SourceRef(file: "b.yaml", line: 2))
        let tree = DataTreeMaker(fileURL: { "/" + $0 }).value(record)
        let expected: DataValue = .object([
            ("title", .string("ก")), ("note", .null), ("nested", .null),
            ("rows", .array([.object([("name", .string("ข")), ("amount", .baht(Money(satang: 150)))]),
                             .object([("name", .string("ค")), ("amount", .null)])])),
            ("tags", .array([.string("ง"), .null])), ("fiscal_year", .int(2570)),
        ])
        #expect(tree == expected, "\(tree)")
    }

    @Test func bahtIsWrittenWithAtMostTwoDecimals() {
        #expect(DataValue.bahtText(Money(satang: 1_600_000)) == "16000")
        #expect(DataValue.bahtText(Money(satang: 151_000_050)) == "1510000.5")
        #expect(DataValue.bahtText(Money(satang: 25)) == "0.25")
        #expect(DataValue.bahtText(Money(satang: 7)) == "0.07")
    }

    @Test func csvCellsThatLookLikeFormulasAreKeptAsText() {
        let table = CSVExport.table(.object([("a", .string("=HYPERLINK(\"x\")")), ("b", .int(-5)), ("c", .string(" x"))]))
        #expect(CSVExport.text(table) == "\u{FEFF}a,b,c\r\n\"'=HYPERLINK(\"\"x\"\")\",-5,\" x\"\r\n")
    }
}
