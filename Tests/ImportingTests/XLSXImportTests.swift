import DataReading
import Foundation
import SiteModel
import SitegenKit
import Testing
import TestSupport
import ThaiText
import Yams
@testable import Importing

/// `sitegen import xlsx`: a sheet of an Excel workbook becomes the procurement CSV or the
/// statistics YAML of each fiscal year; any unreadable cell is named and nothing is written.
@Suite struct XLSXImportTests {
    typealias F = XLSXFixture

    /// A clerk's สขร.๑-style sheet: a title row, Thai headings (one unknown, one running number),
    /// shared strings with a rich-text run, an inline string, money as a number, as text with
    /// commas and as a formula with its cached value, an e-GP number stored as a number in
    /// exponent form, a contract date as a serial, months as Thai text and as a date cell, a
    /// sparse row (empty cells), and a total row.
    static var procurementBook: XLSXFixture {
        let strings = [
            "<t>สรุปผลการดำเนินการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘</t>",   // 0
            "<t>ลำดับที่</t>", "<t>งานที่จัดซื้อหรือจัดจ้าง</t>", "<t>วงเงินงบประมาณ (บาท)</t>", "<t>ราคากลาง</t>",  // 1-4
            "<t>วิธีซื้อหรือจ้าง</t>", "<t>ผู้ได้รับการคัดเลือก</t>", "<t>ราคาที่ตกลงซื้อหรือจ้าง</t>", "<t>วันที่ทำสัญญา</t>",  // 5-8
            "<t>เดือน</t>", "<t>เลขที่โครงการ</t>", "<t>ผู้ตรวจ</t>",  // 9-11
            "<r><rPr><b/></rPr><t xml:space=\"preserve\">โครงการก่อสร้างถนน </t></r><r><t>คสล. หมู่ที่ ๓</t></r><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh>",  // 12
            "<t>ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</t>", "<t>ห้างหุ้นส่วนจำกัด ทองดีก่อสร้าง</t>", "<t>ธ.ค. 2567</t>",  // 13-15
            "<t>เฉพาะเจาะจง</t>", "<t>12,500.50</t>", "<t>ร้านสมใจ &amp; ลูก</t>", "<t>รวม</t>",  // 16-19
        ]
        let rows = F.rows([
            (1, [F.s(0)]),
            (3, [F.s(1), F.s(2), F.s(3), F.s(4), F.s(5), F.s(6), F.s(7), F.s(8), F.s(9), F.s(10), F.s(11)]),
            (4, [F.n("1"), F.s(12), F.n("495000"), "<c><f>D4-200</f><v>494800</v></c>", F.s(13), F.s(14), F.n("489000"), F.n("45636"),
                 F.s(15), F.n("6.7119123456E10"), F.inline("นาย ก")]),
            (5, [F.n("2"), F.inline("ซื้อวัสดุสำนักงาน"), F.s(17), nil, F.s(16), F.s(18), "<c><f>0.1+0.2</f><v>0.30000000000000004</v></c>", F.n("45673"), nil, nil, nil]),
            (6, [F.n("3"), F.inline("จ้างซ่อมแซมอาคาร"), F.inline("80000"), nil, F.inline("e-market"), nil, nil, nil, F.n("45597"), nil, nil]),
            (8, [nil, F.s(19), F.n("587500.5")]),
        ])
        return XLSXFixture(sheets: [("สขร1", rows)], sharedStrings: strings)
    }

    func write(_ book: XLSXFixture, in site: TemporarySite, name: String = "book.xlsx") throws -> String {
        let path = site.root + "/" + name
        try book.write(to: path)
        return path
    }

    func table(_ site: TemporarySite, _ path: String) throws -> CSVTable {
        let text = try #require(try? String(contentsOfFile: site.content + "/" + path, encoding: .utf8))
        return try CSVTable.parse(text, file: path).get()
    }

    func cell(_ t: CSVTable, title: String, _ column: String) -> String? {
        guard let n = t.column("title"), let c = t.column(column),
              let row = t.rows.first(where: { $0.fields[n] == title }) else { return nil }
        return row.fields[c]
    }

    @Test func aProcurementSheetBecomesTheYearsCSVAndTheSiteBuilds() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("procurement/2568.md", title: "การจัดซื้อจัดจ้าง ๒๕๖๘", extra: "layout: procurement\ndata: procurement/2568\n")
        let outcome = XLSXImport.run(file: try write(Self.procurementBook, in: site), kind: .procurement, siteRoot: site.content)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        #expect(outcome.rows == 3)
        #expect(outcome.added.count == 3)
        #expect(Set(outcome.written) == ["data/procurement/2568.yaml", "data/procurement/2568-items.csv"])
        // The unknown column is named; the total row is left out.
        #expect(outcome.warnings.map(\.field) == ["สขร1!K3", "สขร1!8:8"])
        #expect(outcome.warnings[0].message.contains("'ผู้ตรวจ'"))

        let t = try table(site, "data/procurement/2568-items.csv")
        #expect(t.rows.count == 3)
        let road = "โครงการก่อสร้างถนน คสล. หมู่ที่ ๓"
        #expect(cell(t, title: road, "egp_number") == "67119123456")
        #expect(cell(t, title: road, "budget") == "495,000")
        #expect(cell(t, title: road, "reference_price") == "494,800")
        #expect(cell(t, title: road, "method") == "e-bidding")
        #expect(cell(t, title: road, "status") == "ลงนามสัญญาแล้ว")
        #expect(cell(t, title: road, "contract_date") == "2024-12-10")
        #expect(cell(t, title: road, "month") == "2024-12")
        #expect(cell(t, title: "ซื้อวัสดุสำนักงาน", "budget") == "12,500.50")
        #expect(cell(t, title: "ซื้อวัสดุสำนักงาน", "contract_value") == "0.30")
        #expect(cell(t, title: "ซื้อวัสดุสำนักงาน", "contractor") == "ร้านสมใจ & ลูก")
        #expect(cell(t, title: "ซื้อวัสดุสำนักงาน", "month") == "2025-01")  // from the contract date
        #expect(cell(t, title: "จ้างซ่อมแซมอาคาร", "month") == "2024-11")   // a date cell
        #expect(cell(t, title: "จ้างซ่อมแซมอาคาร", "status") == "อยู่ระหว่างดำเนินการ")
        #expect(cell(t, title: "จ้างซ่อมแซมอาคาร", "egp_number") == "")

        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output,
                                                    themesFolder: TemporarySite.defaultThemes,
                                                    buildDate: CalendarDate(year: 2025, month: 3, day: 31)!))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(site.read("procurement/2568/index.html")?.contains("ห้างหุ้นส่วนจำกัด ทองดีก่อสร้าง") == true)

        // The same sheet again changes nothing, rows without an e-GP number included.
        let again = XLSXImport.run(file: try write(Self.procurementBook, in: site), kind: .procurement, siteRoot: site.content)
        #expect(again.errors.isEmpty && again.added.isEmpty && again.changed.isEmpty && again.written.isEmpty,
                "\(again.added) \(again.changed)")
    }

    @Test func anExistingRowIsUpdatedByNumberOrByTitleAndMonth() throws {
        let site = TemporarySite()
        site.write("data/procurement/2568.yaml", "kind: procurement\nfiscal_year: 2568\nitems_csv: data/procurement/items.csv\n")
        site.write("data/procurement/items.csv", """
            title,month,method,status,budget,reason
            จ้างซ่อมแซมอาคาร,2024-11,e-market,อยู่ระหว่างดำเนินการ,"70,000",เดิม
            งานอื่น,2024-10,เฉพาะเจาะจง,เบิกจ่ายแล้ว,"5,000",

            """)
        let outcome = XLSXImport.run(file: try write(Self.procurementBook, in: site), kind: .procurement, siteRoot: site.content)
        #expect(outcome.errors.isEmpty)
        #expect(outcome.added.count == 2)
        #expect(outcome.changed == ["จ้างซ่อมแซมอาคาร (data/procurement/items.csv): budget '70,000' → '80,000'"])
        #expect(outcome.written == ["data/procurement/items.csv"])
        let t = try table(site, "data/procurement/items.csv")
        #expect(t.rows.count == 4)
        #expect(cell(t, title: "จ้างซ่อมแซมอาคาร", "reason") == "เดิม")
        #expect(cell(t, title: "งานอื่น", "status") == "เบิกจ่ายแล้ว")
    }

    @Test func dryRunWritesNothing() throws {
        let site = TemporarySite()
        let before = TemporarySite.snapshot(site.content)
        let outcome = XLSXImport.run(file: try write(Self.procurementBook, in: site), kind: .procurement, siteRoot: site.content, dryRun: true)
        #expect(outcome.errors.isEmpty && outcome.added.count == 3 && outcome.written.isEmpty)
        #expect(TemporarySite.snapshot(site.content) == before)
    }

    /// A site with a CSV already imported, to show that a failed import leaves it as it was.
    func siteWithCSV() throws -> (TemporarySite, [String: Data]) {
        let site = TemporarySite()
        site.write("data/procurement/2568.yaml", "kind: procurement\nfiscal_year: 2568\nitems_csv: data/procurement/2568-items.csv\n")
        site.write("data/procurement/2568-items.csv", "title,month,method,status\nงานเดิม,2024-10,เฉพาะเจาะจง,ยกเลิก\n")
        site.write("data/complaints/stats-2568.yaml", "kind: complaint-stats\nfiscal_year: 2568\nmonths:\n  - {month: 2024-10, received: 0, in_progress: 0, finished: 0}\n")
        return (site, TemporarySite.snapshot(site.content))
    }

    func failing(_ book: XLSXFixture, kind: XLSXImport.Kind = .procurement, sheet: String? = nil) throws -> Diagnostic {
        let (site, before) = try siteWithCSV()
        let outcome = XLSXImport.run(file: try write(book, in: site), kind: kind, sheet: sheet, siteRoot: site.content)
        #expect(outcome.written.isEmpty)
        #expect(TemporarySite.snapshot(site.content) == before)
        return try #require(outcome.errors.first)
    }

    static func header(_ strings: [String]) -> XLSXFixture {
        XLSXFixture(sheets: [("Sheet1", F.rows([(1, strings.indices.map { F.s($0) })]))], sharedStrings: strings.map { "<t>\($0)</t>" })
    }

    @Test func aFileThatIsNotAWorkbookWritesNothing() throws {
        let (site, before) = try siteWithCSV()
        for (name, bytes) in [("a.xlsx", Data("title,month\n".utf8)), ("b.xlsx", Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0])), ("c.xlsx", Data())] {
            let path = site.root + "/" + name
            try bytes.write(to: URL(fileURLWithPath: path))
            let outcome = XLSXImport.run(file: path, kind: .procurement, siteRoot: site.content)
            #expect(outcome.errors.first?.message == "the file is not an Excel workbook (.xlsx).")
            #expect(outcome.errors.first?.file == name)
        }
        // A zip that is not a workbook (a .docx, say).
        let docx = site.root + "/d.xlsx"
        try XLSXFixture.zip([("word/document.xml", "<document/>")]).write(to: URL(fileURLWithPath: docx))
        #expect(XLSXImport.run(file: docx, kind: .procurement, siteRoot: site.content).errors.first?.message
                == "the file is not an Excel workbook (.xlsx).")
        // A workbook whose sheet is not XML.
        var broken = Self.procurementBook.parts
        broken[broken.firstIndex { $0.0 == "xl/worksheets/sheet1.xml" }!].1 = "<worksheet><sheetData><row>"
        let damaged = site.root + "/e.xlsx"
        try XLSXFixture.zip(broken).write(to: URL(fileURLWithPath: damaged))
        #expect(XLSXImport.run(file: damaged, kind: .procurement, siteRoot: site.content).errors.first?.message
                == "the workbook is damaged: its part 'xl/worksheets/sheet1.xml' is not the XML Excel writes.")
        let missing = XLSXImport.run(file: site.root + "/missing.xlsx", kind: .procurement, siteRoot: site.content)
        #expect(missing.errors.first?.message == "the file cannot be read.")
        #expect(TemporarySite.snapshot(site.content) == before)
    }

    @Test func aMissingOrEmptySheetWritesNothing() throws {
        var book = Self.procurementBook
        book.sheets.append(("ว่าง", ""))
        let missing = try failing(book, sheet: "Sheet9")
        #expect(missing.message == "the workbook has no sheet 'Sheet9'.")
        #expect(missing.hint?.contains("'สขร1', 'ว่าง'") == true)
        let empty = try failing(book, sheet: "ว่าง")
        #expect(empty.message == "sheet 'ว่าง' is empty.")
        let headerOnly = try failing(Self.header(["งานที่จัดซื้อหรือจัดจ้าง", "วิธีซื้อหรือจ้าง", "เดือน"]))
        #expect(headerOnly.message.contains("no data under it"))
        let noHeader = try failing(XLSXFixture(sheets: [("Sheet1", F.rows([(1, [F.inline("ข้อมูล"), F.n("3")])]))]))
        #expect(noHeader.message.contains("has no header row"))
    }

    @Test func aMissingRequiredColumnIsNamed() throws {
        let d = try failing(Self.header(["งานที่จัดซื้อหรือจัดจ้าง", "เดือน", "ราคากลาง"]))
        #expect(d.message == "sheet 'Sheet1' has no column method in its header row (row 1).")
        #expect(d.hint?.contains("วิธีซื้อหรือจ้าง") == true)
        let complaints = try failing(Self.header(["เดือน", "รับเรื่อง", "แล้วเสร็จ"]), kind: .complaintStats)
        #expect(complaints.message.contains("no column in_progress"))
        let services = try failing(Self.header(["งานบริการ", "หน่วยนับ"]), kind: .serviceStats)
        #expect(services.message.contains("no month column"))
    }

    @Test func anUnreadableCellIsNamedBySheetRowAndColumn() throws {
        var strings = ["งานที่จัดซื้อหรือจัดจ้าง", "วิธีซื้อหรือจ้าง", "เดือน", "ราคากลาง"].map { "<t>\($0)</t>" }
        strings.append("<t>สองหมื่น</t>")
        let rows = F.rows([
            (1, [F.s(0), F.s(1), F.s(2), F.s(3), F.inline("project_id")]),
            (2, [F.inline("ซื้อครุภัณฑ์"), F.inline("เฉพาะเจาะจง"), F.inline("2024-10"), F.inline("1,234.50")]),
            (3, [F.inline("ซื้อวัสดุ"), F.inline("เฉพาะเจาะจง"), F.inline("2024-10"), F.s(4)]),
            (4, [F.inline("จ้างเหมา"), F.inline("ประกาศเชิญชวนทั่วไป"), F.inline("2024-13"), "<c t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"]),
            (5, [F.inline("ซ่อมรถ"), F.inline("เฉพาะเจาะจง"), F.inline("2024-10"), "<c><f>SUM(X1:X9)</f></c>", F.inline("67119123456")]),
            (6, [F.inline("ซ่อมรถอีกคัน"), F.inline("เฉพาะเจาะจง"), F.inline("2024-10"), nil, F.n("67119123456")]),
            (7, [F.inline("ซื้อยางรถ"), nil, nil, F.inline("๕๐๐")]),
        ])
        let (site, before) = try siteWithCSV()
        let outcome = XLSXImport.run(file: try write(XLSXFixture(sheets: [("Sheet1", rows)], sharedStrings: strings), in: site),
                                     kind: .procurement, siteRoot: site.content)
        #expect(outcome.errors.map { $0.field ?? "" } == ["Sheet1!D3", "Sheet1!B4", "Sheet1!D4", "Sheet1!C4", "Sheet1!D5", "Sheet1!E6", "Sheet1!B7", "Sheet1!C7"])
        let money = outcome.errors[0]
        #expect(money.message == "column 'ราคากลาง': 'สองหมื่น' is not an amount of money.")
        #expect(money.line == 3 && money.column == 4 && money.file == "book.xlsx")
        #expect(outcome.errors[2].message.contains("#DIV/0!"))
        #expect(outcome.errors[4].message.contains("formula whose result was never computed"))
        #expect(outcome.errors[5].message == "column 'project_id': the e-GP number 67119123456 is also on row 5.")
        #expect(outcome.errors[6].message == "column 'วิธีซื้อหรือจ้าง': the item has no method.")
        #expect(outcome.errors[7].message == "column 'เดือน': the item has no month (and no contract date to take it from).")
        #expect(money.description.hasPrefix("book.xlsx:3:4: error: field 'Sheet1!D3': column 'ราคากลาง':"))
        #expect(outcome.written.isEmpty)
        #expect(TemporarySite.snapshot(site.content) == before)
    }

    /// A workbook saved by a program that does not compute formulas (XlsxWriter writes 0 as their
    /// value and asks Excel to compute on opening): its formula cells are refused, not read as 0.
    @Test func aFormulaNeverComputedIsAnErrorEvenWithAValue() throws {
        var book = Self.procurementBook
        book.fullCalcOnLoad = true
        let d = try failing(book)
        #expect(d.field == "สขร1!D4")
        #expect(d.message == "column 'ราคากลาง': the cell holds a formula whose result was never computed and saved.")
    }

    @Test func complaintStatisticsAreMergedByMonth() throws {
        let (site, _) = try siteWithCSV()
        site.write("data/complaints/stats-2568.yaml", """
            # สถิติเรื่องร้องเรียน
            kind: complaint-stats
            fiscal_year: 2568
            carried_over: 1
            months:
              - {month: 2024-10, received: 0, in_progress: 1, finished: 0}
              - month: 2024-11
                received: 0
                in_progress: 1
                finished: 0
                note: รอผล
            notes:
              - ไม่เปิดเผยชื่อผู้ร้องเรียน

            """)
        let strings = ["<t>เดือน</t>", "<t>จำนวนเรื่องที่ได้รับ</t>", "<t>อยู่ระหว่างดำเนินการ</t>", "<t>ดำเนินการแล้วเสร็จ</t>", "<t>หมายเหตุ</t>"]
        let rows = F.rows([
            (2, [F.s(0), F.s(1), F.s(2), F.s(3), F.s(4)]),
            (3, [F.inline("พ.ย. 67"), F.n("1"), F.n("1"), F.n("1"), F.inline("แต่งตั้งคณะกรรมการแล้ว")]),
            (4, [F.inline("ธันวาคม 2567"), F.inline("๒"), F.n("2.0"), F.n("0"), nil]),
            (5, [F.n("45566"), F.n("0"), F.n("1"), F.n("0")]),
            (6, [F.inline("รวม"), F.n("3"), nil, F.n("1")]),
            (7, [F.inline("ม.ค. 2568")]),  // a month of the template not filled in yet
        ])
        let outcome = XLSXImport.run(file: try write(XLSXFixture(sheets: [("ร้องเรียน", rows)], sharedStrings: strings), in: site),
                                     kind: .complaintStats, siteRoot: site.content)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        #expect(outcome.added == ["2024-12 (data/complaints/stats-2568.yaml)"])
        #expect(outcome.changed == ["2024-11 (data/complaints/stats-2568.yaml): received '0' → '1', finished '0' → '1', note 'รอผล' → 'แต่งตั้งคณะกรรมการแล้ว'"])
        #expect(outcome.warnings.contains { $0.message.contains("comments are not kept") })
        let text = try #require(try? String(contentsOfFile: site.content + "/data/complaints/stats-2568.yaml", encoding: .utf8))
        let node = try #require(try Yams.compose(yaml: text))
        #expect(node["carried_over"]?.int == 1)
        #expect(node["notes"]?[0]?.string == "ไม่เปิดเผยชื่อผู้ร้องเรียน")
        let months = try #require(node["months"]?.sequence)
        #expect(months.map { $0["month"]?.string ?? "" } == ["2024-10", "2024-11", "2024-12"])
        #expect(months[2]["received"]?.int == 2 && months[2]["in_progress"]?.int == 2)
        #expect(text.contains("แต่งตั้งคณะกรรมการแล้ว"))  // Thai written as is, not escaped

        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                                    buildDate: CalendarDate(year: 2025, month: 3, day: 31)!))
        #expect(result.errors.isEmpty, "\(result.errors)")

        // The year's file is found wherever it is; one that does not read stops the import.
        site.remove("data/complaints/stats-2568.yaml")
        let broken = "kind: complaint-stats\nfiscal_year: 2568\nmonths: [\n"
        site.write("data/ร้องเรียน/2568.yaml", broken)
        let before = TemporarySite.snapshot(site.content)
        let failed = XLSXImport.run(file: site.root + "/book.xlsx", kind: .complaintStats, siteRoot: site.content)
        #expect(failed.errors.first?.file == "data/ร้องเรียน/2568.yaml")
        #expect(TemporarySite.snapshot(site.content) == before)
    }

    @Test func monthsWithoutAYearFallInTheFiscalYearGiven() throws {
        let rows = F.rows([
            (1, [F.inline("เดือน"), F.inline("รับเรื่อง"), F.inline("อยู่ระหว่างดำเนินการ"), F.inline("แล้วเสร็จ")]),
            (2, [F.inline("ตุลาคม"), F.n("0"), F.n("0"), F.n("0")]),
            (3, [F.inline("ก.พ."), F.n("1"), F.n("0"), F.n("1")]),
        ])
        let site = TemporarySite()
        let path = try write(XLSXFixture(sheets: [("Sheet1", rows)]), in: site)
        let without = XLSXImport.run(file: path, kind: .complaintStats, siteRoot: site.content)
        #expect(without.errors.map { $0.field ?? "" } == ["Sheet1!A2", "Sheet1!A3"])
        let with = XLSXImport.run(file: path, kind: .complaintStats, fiscalYear: 2568, siteRoot: site.content)
        #expect(with.errors.isEmpty, "\(with.errors)")
        #expect(with.added == ["2024-10 (data/complaints/stats-2568.yaml)", "2025-02 (data/complaints/stats-2568.yaml)"])
    }

    @Test func badStatisticsRowsAreNamed() throws {
        let strings = ["<t>เดือน</t>", "<t>รับเรื่อง</t>", "<t>อยู่ระหว่างดำเนินการ</t>", "<t>แล้วเสร็จ</t>"]
        let rows = F.rows([
            (1, [F.s(0), F.s(1), F.s(2), F.s(3)]),
            (2, [F.inline("ต.ค. 2567"), F.n("1"), nil, F.n("0")]),
            (3, [F.n("10"), F.n("0"), F.n("0"), F.n("0")]),
            (4, [F.inline("ต.ค. 67"), F.n("-1"), F.n("0"), F.inline("สอง")]),
            (5, [nil, F.n("1"), F.n("0"), F.n("0")]),
        ])
        let (site, before) = try siteWithCSV()
        let outcome = XLSXImport.run(file: try write(XLSXFixture(sheets: [("Sheet1", rows)], sharedStrings: strings), in: site),
                                     kind: .complaintStats, siteRoot: site.content)
        #expect(outcome.errors.map { $0.field ?? "" } == ["Sheet1!C2", "Sheet1!A3", "Sheet1!A4", "Sheet1!A5"])
        #expect(outcome.errors[0].message == "column 'อยู่ระหว่างดำเนินการ': the cell is empty while the month has other figures.")
        #expect(outcome.errors[1].message == "column 'เดือน': '10' is not a month (it would be 1900-01).")
        #expect(outcome.errors[2].message == "column 'เดือน': 2024-10 is also on row 2.")
        #expect(TemporarySite.snapshot(site.content) == before)
        // Figures are read in a row of its own.
        let figures = F.rows([(1, [F.s(0), F.s(1), F.s(2), F.s(3)]), (2, [F.inline("ต.ค. 67"), F.n("-1"), F.n("0"), F.inline("สอง")])])
        let bad = XLSXImport.run(file: try write(XLSXFixture(sheets: [("Sheet1", figures)], sharedStrings: strings), in: site),
                                 kind: .complaintStats, siteRoot: site.content)
        #expect(bad.errors.map { $0.field ?? "" } == ["Sheet1!B2", "Sheet1!D2"])
        #expect(bad.errors[1].message == "column 'แล้วเสร็จ': 'สอง' is not a whole number of 0 or more.")
        #expect(TemporarySite.snapshot(site.content) == before)
    }

    /// A service sheet: one column per month, headed by month names without a year (placed by
    /// --fiscal-year), a computed total column, a month without a figure.
    @Test func serviceStatisticsAreMergedByServiceAndMonth() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        let heads = ["งานบริการ", "หน่วยนับ", "หน่วยงาน", "ต.ค.", "พ.ย.", "ธ.ค.", "รวม"]
        let rows = F.rows([
            (1, heads.indices.map { F.s($0) }),
            (2, [F.inline("รับชำระภาษีป้าย"), F.inline("ราย"), F.inline("กองคลัง"), F.n("0"), nil, F.n("1"), "<c><f>SUM(D2:F2)</f><v>1</v></c>"]),
            (3, [F.inline("ขออนุญาตก่อสร้างอาคาร"), F.inline("ราย"), nil, F.n("3"), F.n("2"), F.n("4"), F.n("9")]),
        ])
        let book = XLSXFixture(sheets: [("บริการ", rows)], sharedStrings: heads.map { "<t>\($0)</t>" })
        let path = try write(book, in: site)
        let noYear = XLSXImport.run(file: path, kind: .serviceStats, siteRoot: site.content)
        #expect(noYear.errors.first?.field == "บริการ!D1")
        #expect(noYear.errors.first?.hint?.contains("--fiscal-year") == true)

        let outcome = XLSXImport.run(file: path, kind: .serviceStats, fiscalYear: 2568, siteRoot: site.content)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        #expect(outcome.written == ["data/service-stats/2568.yaml"])
        #expect(outcome.added.count == 2)
        let text = try #require(try? String(contentsOfFile: site.content + "/data/service-stats/2568.yaml", encoding: .utf8))
        let node = try #require(try Yams.compose(yaml: text))
        #expect(node["kind"]?.string == "service-stats" && node["fiscal_year"]?.int == 2568)
        let sign = try #require(node["services"]?[0])
        #expect(sign["name"]?.string == "รับชำระภาษีป้าย" && sign["unit"]?.string == "ราย" && sign["department"]?.string == "กองคลัง")
        #expect(sign["months"]?.mapping?.keys.map { $0.string ?? "" } == ["2024-10", "2024-12"])
        #expect(sign["months"]?["2024-10"]?.int == 0)

        // A second sheet with the months as date cells in a 1904 workbook updates one figure.
        let next = F.rows([
            (1, [F.inline("งานบริการ"), F.n("44104"), F.n("44135")]),
            (2, [F.inline("รับชำระภาษีป้าย"), F.n("0"), F.n("5")]),
        ])
        let again = XLSXImport.run(file: try write(XLSXFixture(sheets: [("S", next)], date1904: true), in: site, name: "next.xlsx"),
                                   kind: .serviceStats, siteRoot: site.content)
        #expect(again.errors.isEmpty, "\(again.errors)")
        #expect(again.changed == ["service 'รับชำระภาษีป้าย' (data/service-stats/2568.yaml): 2024-11 '' → '5'"])

        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                                    buildDate: CalendarDate(year: 2025, month: 3, day: 31)!))
        #expect(result.errors.isEmpty, "\(result.errors)")

        // A service new to the file needs its unit (the site requires one).
        let before = TemporarySite.snapshot(site.content)
        let newService = F.rows([(1, [F.inline("งานบริการ"), F.inline("2024-10")]), (2, [F.inline("ขอข้อมูลข่าวสาร"), F.n("2")])])
        let noUnit = XLSXImport.run(file: try write(XLSXFixture(sheets: [("S", newService)]), in: site, name: "new.xlsx"),
                                    kind: .serviceStats, siteRoot: site.content)
        #expect(noUnit.errors.map { $0.field ?? "" } == ["S!A2"])
        #expect(noUnit.errors.first?.message == "column 'งานบริการ': the service 'ขอข้อมูลข่าวสาร' is new to the site and has no unit.")
        #expect(TemporarySite.snapshot(site.content) == before)
    }

    @Test func cellValuesAsClerksWriteThem() throws {
        #expect(XLSXCells.monthName("ต.ค. 67")! == (10, 2024))
        #expect(XLSXCells.monthName("ตุลาคม 2567")! == (10, 2024))
        #expect(XLSXCells.monthName("มี.ค.-68")! == (3, 2025))
        #expect(XLSXCells.monthName("Oct-24")! == (10, 2024))
        #expect(XLSXCells.monthName("กันยายน")! == (9, nil))
        #expect(XLSXCells.monthName("๑๒๓") == nil)
        #expect(XLSXCells.dateText("15 ต.ค. 2567")?.iso == "2024-10-15")
        #expect(XLSXCells.dateText("15-10-2567")?.iso == "2024-10-15")
        #expect(XLSXCells.plain("6.7119123456E10") == "67119123456")
        #expect(XLSXWorkbook.unescaped("a_x000D_b_x") == "a\rb_x")
        #expect(XLSXSheet.parse(reference: "$AB$12")! == (28, 12))
        #expect(XLSXSheet.parse(reference: "12") == nil)
        #expect(XLSXSheet.letters(28) == "AB")
        #expect(XLSXSheet.reference(sheet: "My sheet", column: 4, row: 7) == "'My sheet'!D7")

        // Date serials: the 1900 system (with Excel's phantom 29 February 1900), the 1904 system,
        // and a B.E. year that Excel stored as a Christian year.
        let sheet = XLSXSheet(name: "S", rows: [], date1904: false)
        var cells = XLSXCells(file: "f.xlsx", sheet: sheet)
        #expect(try cells.date(.number("45636"), 1, 1).get().iso == "2024-12-10")
        #expect(try cells.date(.number("1"), 1, 1).get().iso == "1900-01-01")
        #expect(try cells.date(.number("61"), 1, 1).get().iso == "1900-03-01")
        #expect((try? cells.date(.number("60"), 1, 1).get()) == nil)
        #expect(try cells.date(.number("243906"), 1, 1).get().iso == "2024-10-15")
        #expect(cells.warnings.count == 1)
        var cells1904 = XLSXCells(file: "f.xlsx", sheet: XLSXSheet(name: "S", rows: [], date1904: true))
        #expect(try cells1904.date(.number("44104"), 1, 1).get().iso == "2024-10-01")
        #expect(try cells.money(.text("1,234.50"), 1, 1).get() == Money(satang: 123_450))
        #expect(try cells.money(.number("1234.5"), 1, 1).get() == Money(satang: 123_450))
        #expect((try? cells.money(.number("1.234"), 1, 1).get()) == nil)
        #expect((try? cells.money(.number("-5"), 1, 1).get()) == nil)
        #expect(try cells.count(.text("1,200"), 1, 1).get() == 1200)
        #expect((try? cells.count(.number("1.5"), 1, 1).get()) == nil)
    }
}
