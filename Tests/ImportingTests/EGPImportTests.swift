import DataReading
import Foundation
import SiteModel
import SitegenKit
import Testing
import TestSupport
import ThaiText
@testable import Importing

/// `sitegen import egp`: a file saved from the e-GP service becomes the procurement CSV of each
/// fiscal year, merged by e-GP number; a bad file or a bad year file writes nothing.
@Suite struct EGPImportTests {
    /// A response as the service gives it: money as text, a budget year as a number in one
    /// project, dates ISO or Thai d/m/B.E., a project with two contracts and one with none.
    static let response = """
        {"code": 200, "status": true, "msg": "success", "time": "2025-01-05 10:00:00",
         "param_obj": {"year": "2568", "dept_code": "6340101", "keyword": "", "winner_tin": ""},
         "result": [
          {"project_id": "67119123456", "project_name": "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๓",
           "project_type_name": "จ้างก่อสร้าง", "purchase_method_name": "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
           "announce_date": "2024-11-20", "project_money": "495000.00", "price_build": "494,800.00",
           "sum_price_agree": "489000.00", "budget_year": "2568", "project_status": "จัดทำสัญญา/PO แล้ว",
           "contract": [{"winner_tin": "0105", "winner": "ห้างหุ้นส่วนจำกัด ทองดีก่อสร้าง", "contract_no": "สัญญาจ้าง 3/2568",
                         "contract_date": "2024-12-10T00:00:00", "price_agree": "489000.00", "status": "-"}]},
          {"project_id": "67129000111", "project_name": "ซื้อวัสดุสำนักงาน",
           "purchase_method_name": "เฉพาะเจาะจง", "announce_date": "15/01/2568", "project_money": "12,500.50",
           "budget_year": 2568, "project_status": "จัดทำสัญญา/PO แล้ว",
           "contract": [{"winner": "ร้านสมใจ", "contract_no": "ใบสั่งซื้อ 5/2568", "contract_date": "16/01/2568", "price_agree": "6000"},
                        {"winner": "ร้านรุ่งเรือง", "contract_no": "ใบสั่งซื้อ 6/2568", "contract_date": "17/01/2568", "price_agree": "6000.50"}]},
          {"project_id": "67129000222", "project_name": "จ้างซ่อมแซมอาคารศูนย์พัฒนาเด็กเล็ก",
           "purchase_method_name": "e-market", "announce_date": "2025-02-03", "project_money": "80000",
           "budget_year": "2568", "project_status": "ระหว่างดำเนินการ", "contract": []},
          {"project_id": "", "project_name": "โครงการที่ยังไม่มีเลข", "purchase_method_name": "เฉพาะเจาะจง",
           "budget_year": "2568", "project_money": "1000"},
          {"project_id": "67129000333", "project_name": "ซื้อครุภัณฑ์", "purchase_method_name": "เฉพาะเจาะจง",
           "announce_date": "2025-03-01", "budget_year": "2568", "project_money": "สองหมื่น"}
         ]}
        """

    func write(_ text: String, in site: TemporarySite) -> String {
        let path = site.root + "/egp.json"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func table(_ site: TemporarySite, _ path: String) throws -> CSVTable {
        let text = try #require(try? String(contentsOfFile: site.content + "/" + path, encoding: .utf8))
        return try CSVTable.parse(text, file: path).get()
    }

    func cell(_ t: CSVTable, _ number: String, _ column: String) -> String? {
        guard let n = t.column("egp_number"), let c = t.column(column),
              let row = t.rows.first(where: { $0.fields[n] == number }) else { return nil }
        return row.fields[c]
    }

    @Test func aNewYearGetsItsFilesAndTheSiteBuilds() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("procurement/2568.md", title: "การจัดซื้อจัดจ้าง ๒๕๖๘", extra: "layout: procurement\ndata: procurement/2568\n")
        let outcome = EGPImport.run(file: write(Self.response, in: site), siteRoot: site.content)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        #expect(outcome.added.count == 3)
        #expect(outcome.unreadable.map { $0.field } == ["result[4].project_id", "result[5].project_money"])
        #expect(Set(outcome.written) == ["data/procurement/2568.yaml", "data/procurement/2568-items.csv"])

        let t = try table(site, "data/procurement/2568-items.csv")
        #expect(t.rows.count == 3)
        #expect(cell(t, "67119123456", "method") == "e-bidding")
        #expect(cell(t, "67119123456", "budget") == "495,000")
        #expect(cell(t, "67119123456", "reference_price") == "494,800")
        #expect(cell(t, "67119123456", "status") == "ลงนามสัญญาแล้ว")
        #expect(cell(t, "67119123456", "contract_date") == "2024-12-10")
        #expect(cell(t, "67119123456", "month") == "2024-12")
        #expect(cell(t, "67129000111", "contractor") == "ร้านสมใจ; ร้านรุ่งเรือง")
        #expect(cell(t, "67129000111", "contract_value") == "12,000.50")
        #expect(cell(t, "67129000111", "contract_date") == "2025-01-16")
        #expect(cell(t, "67129000111", "budget") == "12,500.50")
        #expect(cell(t, "67129000222", "status") == "อยู่ระหว่างดำเนินการ")
        #expect(cell(t, "67129000222", "month") == "2025-02")

        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output,
                                                    themesFolder: TemporarySite.defaultThemes,
                                                    buildDate: CalendarDate(year: 2025, month: 3, day: 31)!))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(site.read("procurement/2568/index.html")?.contains("ห้างหุ้นส่วนจำกัด ทองดีก่อสร้าง") == true)
    }

    @Test func anExistingRowIsUpdatedAndWhatTheClerkWroteIsKept() throws {
        let site = TemporarySite()
        site.write("data/procurement/2568.yaml", "kind: procurement\nfiscal_year: 2568\nitems_csv: data/procurement/items.csv\n")
        site.write("data/procurement/items.csv", """
            title,month,method,status,egp_number,budget,reason
            ถนน คสล. หมู่ ๓ (ชื่อที่เจ้าหน้าที่แก้),2024-11,e-bidding,เบิกจ่ายแล้ว,67119123456,"495,000",เสนอราคาต่ำสุด
            งานที่ไม่มีในไฟล์,2024-10,เฉพาะเจาะจง,เบิกจ่ายแล้ว,,"5,000",

            """)
        let outcome = EGPImport.run(file: write(Self.response, in: site), siteRoot: site.content)
        #expect(outcome.errors.isEmpty)
        #expect(outcome.added.count == 2)
        #expect(outcome.written == ["data/procurement/items.csv"])
        let t = try table(site, "data/procurement/items.csv")
        #expect(t.header == ["title", "month", "method", "status", "egp_number", "budget", "reason", "reference_price",
                             "contractor", "contract_number", "contract_date", "contract_value"])
        #expect(cell(t, "67119123456", "title") == "ถนน คสล. หมู่ ๓ (ชื่อที่เจ้าหน้าที่แก้)")
        #expect(cell(t, "67119123456", "status") == "เบิกจ่ายแล้ว")
        #expect(cell(t, "67119123456", "month") == "2024-11")
        #expect(cell(t, "67119123456", "reason") == "เสนอราคาต่ำสุด")
        #expect(cell(t, "67119123456", "contract_value") == "489,000")
        #expect(t.rows[1].fields[0] == "งานที่ไม่มีในไฟล์")
        let change = try #require(outcome.changed.first)
        #expect(change.contains("67119123456") && change.contains("contract_value '' → '489,000'") && !change.contains("status"))

        // The same file again changes nothing and writes nothing.
        let again = EGPImport.run(file: write(Self.response, in: site), siteRoot: site.content)
        #expect(again.added.isEmpty && again.changed.isEmpty && again.written.isEmpty)
    }

    @Test func aBadFileOrABadYearFileWritesNothing() throws {
        let site = TemporarySite()
        let yaml = "kind: procurement\nfiscal_year: 2568\nitems:\n  - {title: งาน, month: 2024-10, method: เฉพาะเจาะจง, status: ยกเลิก}\n"
        site.write("data/procurement/2568.yaml", yaml)
        let before = TemporarySite.snapshot(site.content)

        let notJSON = EGPImport.run(file: write("{\"result\": [", in: site), siteRoot: site.content)
        #expect(notJSON.errors.first?.message.contains("not JSON") == true)
        let noResult = EGPImport.run(file: write("{\"code\": 200}", in: site), siteRoot: site.content)
        #expect(noResult.errors.first?.field == "result")
        let inline = EGPImport.run(file: write(Self.response, in: site), siteRoot: site.content)
        let error = try #require(inline.errors.first)
        #expect(error.file == "data/procurement/2568.yaml" && error.field == "items")
        #expect(inline.written.isEmpty)
        #expect(TemporarySite.snapshot(site.content) == before)

        site.write("data/procurement/2568.yaml", "kind: procurement\nfiscal_year: 2568\nitems_csv: data/procurement/2568-items.csv\n")
        site.write("data/procurement/2568-items.csv", "egp_number,title\n\"67119123456,ถนน\n")
        let broken = TemporarySite.snapshot(site.content)
        let badCSV = EGPImport.run(file: write(Self.response, in: site), siteRoot: site.content)
        #expect(badCSV.errors.first?.file == "data/procurement/2568-items.csv")
        #expect(TemporarySite.snapshot(site.content) == broken)
    }

    @Test func fieldsAreQuotedAsSpreadsheetsReadThem() throws {
        #expect(CSVWriter.line(["a", "1,000", "ชื่อ \"เล่น\"", " x", "บรรทัด\nสอง"]) == "a,\"1,000\",\"ชื่อ \"\"เล่น\"\"\",\" x\",\"บรรทัด\nสอง\"\n")
        let text = CSVWriter.text(header: ["a", "b"], rows: [["1,2", "\""]])
        let t = try CSVTable.parse(text, file: "t.csv").get()
        #expect(t.rows.map(\.fields) == [["1,2", "\""]])
    }

    @Test func datesAsTheServicesClientsWriteThem() {
        #expect(EGPImport.date("2024-10-15")?.iso == "2024-10-15")
        #expect(EGPImport.date("2024-10-15T08:30:00")?.iso == "2024-10-15")
        #expect(EGPImport.date("15/10/2567")?.iso == "2024-10-15")
        #expect(EGPImport.date("๑๕/๑๐/๒๕๖๗")?.iso == "2024-10-15")
        #expect(EGPImport.date("15/10/2024 00:00")?.iso == "2024-10-15")
        #expect(EGPImport.date("เมื่อวาน") == nil)
    }
}
