import DataReading
import Foundation
import SiteModel
import ThaiText

/// `sitegen import xlsx`: one sheet of an Excel workbook, with a header row naming its columns in
/// Thai or English, merged into the site's data of the sheet's kind, fiscal year by fiscal year:
///
/// - procurement: the year's items CSV (`items_csv`), as `import egp` writes it, rows matched by
///   e-GP number, else by title and month;
/// - service-stats: `data/service-stats/<year>.yaml`, one row per service and one column per
///   month, services matched by name;
/// - complaint-stats: `data/complaints/stats-<year>.yaml`, one row per month, matched by month.
///
/// Nothing is written unless the whole sheet reads and every target file can be merged into: any
/// error leaves every file as it was.
public enum XLSXImport {
    public enum Kind: String, CaseIterable, Sendable {
        case procurement
        case serviceStats = "service-stats"
        case complaintStats = "complaint-stats"
    }

    /// What importing one sheet did (or, when `errors` is not empty, would have done).
    public struct Outcome: Sendable {
        public var added: [String] = []
        public var changed: [String] = []
        /// Read all the same, or left out (a column sitegen does not know, a total row…).
        public var warnings: [Diagnostic] = []
        /// Files written (relative to the site folder).
        public var written: [String] = []
        /// Problems that stopped the import (nothing was written).
        public var errors: [Diagnostic] = []
        /// The sheet that was read.
        public var sheet: String?
        /// Data rows read.
        public var rows = 0
    }

    /// Imports sheet `sheet` (the first when nil) of `file` as `kind` into the site folder
    /// `siteRoot`. `fiscalYear` (B.E.) places months written without a year (`ต.ค.`).
    public static func run(file: String, kind: Kind, sheet sheetName: String? = nil, fiscalYear: Int? = nil,
                           siteRoot: String, dryRun: Bool = false) -> Outcome {
        var outcome = Outcome()
        let shown = (file as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: file) else {
            outcome.errors.append(.error("the file cannot be read.", file: file, hint: "Check the file's name and that it exists."))
            return outcome
        }
        let sheet: XLSXSheet
        switch XLSXWorkbook.open(data, file: shown).flatMap({ $0.sheet(named: sheetName) }) {
        case .failure(let d): outcome.errors.append(d); return outcome
        case .success(let s): sheet = s
        }
        outcome.sheet = sheet.name
        let fy = fiscalYear.map { FiscalYear(buddhistYear: $0) }
        var cells = XLSXCells(file: shown, sheet: sheet)
        let table: Table
        switch Table.locate(in: sheet, kind: kind, cells: &cells, fiscalYear: fy) {
        case .failure(let d): outcome.errors.append(d); return outcome
        case .success(let t): table = t
        }
        outcome.warnings += table.warnings

        var writes: [(path: String, text: String)] = []
        switch kind {
        case .procurement:
            let rows = ProcurementRows.read(table, &cells, errors: &outcome.errors, warnings: &outcome.warnings)
            outcome.rows = rows.count
            let byYear = Dictionary(grouping: rows, by: \.year)
            for year in byYear.keys.sorted() {
                switch YearFiles(siteRoot: siteRoot, year: year).merge(byYear[year]!.map(\.row)) {
                case .failure(let d): outcome.errors.append(d)
                case .success(let merged):
                    outcome.added += merged.added
                    outcome.changed += merged.changed
                    writes += merged.writes
                }
            }
        case .complaintStats, .serviceStats:
            let records = kind == .complaintStats
                ? ComplaintStatsRows.read(table, &cells, errors: &outcome.errors, warnings: &outcome.warnings)
                : ServiceStatsRows.read(table, &cells, errors: &outcome.errors, warnings: &outcome.warnings)
            outcome.rows = records.rows
            for year in records.byYear.keys.sorted() {
                switch StatsFile(siteRoot: siteRoot, kind: kind, year: year).merge(records.byYear[year]!) {
                case .failure(let d): outcome.errors.append(d)
                case .success(let merged):
                    outcome.added += merged.added
                    outcome.changed += merged.changed
                    outcome.warnings += merged.warnings
                    outcome.errors += merged.errors
                    if let write = merged.write { writes.append(write) }
                }
            }
        }
        outcome.warnings += cells.warnings
        if outcome.errors.isEmpty, outcome.rows == 0 {
            outcome.errors.append(.error("sheet '\(sheet.name)' has a header row (row \(table.headerRow)) but no data under it.", file: shown,
                                         hint: "Fill in the rows below the headings, or choose another sheet with --sheet."))
        }
        guard outcome.errors.isEmpty, !dryRun else { return outcome }
        let (written, failure) = YearFiles.write(writes, siteRoot: siteRoot)
        outcome.written = written
        if let failure { outcome.errors.append(failure) }
        return outcome
    }
}

// MARK: - The header row

/// The columns a kind reads, each with the headings a clerk's sheet may give it.
struct ColumnSpec {
    let field: String
    let headings: [String]
    let required: Bool
}

extension XLSXImport.Kind {
    /// The columns of the kind, in the order the documentation lists them.
    var columns: [ColumnSpec] {
        switch self {
        case .procurement:
            return [
                ColumnSpec(field: "egp_number", headings: ["เลขที่โครงการ", "เลขโครงการ", "เลขที่โครงการ e-GP", "เลขที่โครงการในระบบ e-GP", "project_id"], required: false),
                ColumnSpec(field: "title", headings: ["งานที่จัดซื้อหรือจัดจ้าง", "งานที่ซื้อหรือจ้าง", "ชื่อโครงการ", "โครงการ", "รายการ", "project_name"], required: true),
                ColumnSpec(field: "budget", headings: ["วงเงินงบประมาณ", "วงเงินที่จะซื้อหรือจ้าง", "วงเงินที่จะซื้อหรือจ้าง (วงเงินงบประมาณ)", "งบประมาณ", "project_money"], required: false),
                ColumnSpec(field: "reference_price", headings: ["ราคากลาง", "price_build"], required: false),
                ColumnSpec(field: "method", headings: ["วิธีซื้อหรือจ้าง", "วิธีจัดซื้อจัดจ้าง", "วิธีการจัดซื้อจัดจ้าง", "purchase_method_name"], required: true),
                ColumnSpec(field: "status", headings: ["สถานะ", "สถานะโครงการ", "project_status"], required: false),
                ColumnSpec(field: "bidders", headings: ["รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้เสนอราคา", "รายชื่อผู้เสนอราคา"], required: false),
                ColumnSpec(field: "contractor", headings: ["ผู้ได้รับการคัดเลือก", "ผู้รับจ้าง", "ผู้ขาย", "ผู้ขาย/ผู้รับจ้าง", "winner"], required: false),
                ColumnSpec(field: "contract_number", headings: ["เลขที่สัญญา", "เลขที่สัญญาหรือข้อตกลง", "เลขที่สัญญา/ใบสั่งซื้อ", "contract_no"], required: false),
                ColumnSpec(field: "contract_date", headings: ["วันที่สัญญา", "วันที่ทำสัญญา", "วันที่ลงนามสัญญา", "วันที่ของสัญญาหรือข้อตกลง"], required: false),
                ColumnSpec(field: "contract_value", headings: ["ราคาที่ตกลงซื้อหรือจ้าง", "ราคาที่ตกลง", "มูลค่าสัญญา", "price_agree"], required: false),
                ColumnSpec(field: "month", headings: ["เดือน", "เดือนที่รายงาน", "เดือนที่จัดซื้อจัดจ้าง"], required: false),
                ColumnSpec(field: "reason", headings: ["เหตุผลที่คัดเลือกโดยสังเขป", "เหตุผลที่คัดเลือก", "เหตุผล"], required: false),
            ]
        case .complaintStats:
            return [
                ColumnSpec(field: "month", headings: ["เดือน"], required: true),
                ColumnSpec(field: "received", headings: ["รับเรื่อง", "จำนวนเรื่องที่ได้รับ", "เรื่องที่ได้รับ", "เรื่องร้องเรียนที่ได้รับ", "ได้รับ"], required: true),
                ColumnSpec(field: "in_progress", headings: ["อยู่ระหว่างดำเนินการ", "ระหว่างดำเนินการ"], required: true),
                ColumnSpec(field: "finished", headings: ["ดำเนินการแล้วเสร็จ", "แล้วเสร็จ", "ดำเนินการเสร็จสิ้น", "เสร็จสิ้น"], required: true),
                ColumnSpec(field: "note", headings: ["หมายเหตุ"], required: false),
            ]
        case .serviceStats:
            return [
                ColumnSpec(field: "name", headings: ["งานบริการ", "ชื่องานบริการ", "กระบวนงาน", "ประเภทบริการ", "บริการ", "รายการ", "service"], required: true),
                ColumnSpec(field: "unit", headings: ["หน่วยนับ", "หน่วย"], required: false),
                ColumnSpec(field: "department", headings: ["หน่วยงาน", "หน่วยงานที่ให้บริการ", "กอง", "ส่วนราชการ"], required: false),
            ]
        }
    }

    /// Headings read and left aside without a warning: a running number, a computed total.
    static let ignoredHeadings = ["ลำดับ", "ลำดับที่", "ที่", "no", "รวม", "total", "รวมทั้งสิ้น", "รวม (คำนวณ)"]
}

/// A heading as compared: letter case, spaces, a trailing "(บาท)" or ":" and dots set aside.
func normalisedHeading(_ s: String) -> String {
    var t = s.lowercased().filter { !$0.isWhitespace && $0 != "." && $0 != ":" && $0 != "*" }
    for suffix in ["(บาท)", "บาท"] where t.hasSuffix(suffix) && t.count > suffix.count { t.removeLast(suffix.count) }
    return t
}

/// The header row of a sheet and the columns below it.
struct Table {
    let sheet: XLSXSheet
    let headerRow: Int
    /// Field → column number.
    let columns: [String: Int]
    /// service-stats: column number → the month it holds.
    let monthColumns: [Int: YearMonth]
    /// `--fiscal-year`: where a month written without its year falls.
    let fiscalYear: FiscalYear?
    let warnings: [Diagnostic]
    var dataRows: [XLSXSheet.Row] { sheet.rows.filter { $0.number > headerRow } }

    /// The header row is the first row in which two cells are headings of the kind (a title
    /// row above it is skipped).
    static func locate(in sheet: XLSXSheet, kind: XLSXImport.Kind, cells: inout XLSXCells,
                       fiscalYear: FiscalYear?) -> Result<Table, Diagnostic> {
        let file = cells.file
        guard !sheet.rows.isEmpty else {
            return .failure(.error("sheet '\(sheet.name)' is empty.", file: file,
                                   hint: "Choose the sheet that holds the data with --sheet, or fill in this one: a row of headings, then one row per \(kind == .complaintStats ? "month" : kind == .serviceStats ? "service" : "item")."))
        }
        var byHeading: [String: String] = [:]
        for spec in kind.columns {
            byHeading[normalisedHeading(spec.field)] = spec.field
            for h in spec.headings { byHeading[normalisedHeading(h)] = spec.field }
        }
        func isMonthHeading(_ v: XLSXValue) -> Bool {
            guard kind == .serviceStats else { return false }
            if case .text(let s) = v { return XLSXCells.monthName(s) != nil || YearMonthParsing.parse(s) != nil }
            if case .number(let n) = v, let d = Double(n) { return d > 3000 && d < 3_000_000 }  // a date cell
            return false
        }
        func known(_ v: XLSXValue) -> Bool {
            if case .text(let s) = v, byHeading[normalisedHeading(s)] != nil { return true }
            return isMonthHeading(v)
        }
        guard let header = sheet.rows.prefix(20).first(where: { $0.cells.values.filter(known).count >= 2 }) else {
            let first = kind.columns.filter(\.required).map { "'\($0.headings[0])' (\($0.field))" }.joined(separator: ", ")
            return .failure(.error("sheet '\(sheet.name)' has no header row sitegen knows for \(kind.rawValue) in its first 20 rows.", file: file,
                                   hint: "Put a row of column headings above the data, at least \(first)\(kind == .serviceStats ? " and one column per month (ต.ค. 2567 …)" : ""); docs/import.md lists the headings read."))
        }
        var columns: [String: Int] = [:]
        var months: [Int: YearMonth] = [:]
        var warnings: [Diagnostic] = []
        let ignored = Set(XLSXImport.Kind.ignoredHeadings.map(normalisedHeading))
        for column in header.cells.keys.sorted() {
            let value = header.cells[column]!
            let reference = sheet.reference(column: column, row: header.number)
            if case .text(let s) = value {
                cells.headings[column] = s.trimmingWhitespaces()
                if let field = byHeading[normalisedHeading(s)] {
                    if let other = columns[field] {
                        return .failure(.error("two columns are read as \(field): \(sheet.reference(column: other, row: header.number)) and \(reference).",
                                               file: file, line: header.number, column: column, field: reference,
                                               hint: "Keep one of them, or rename the other's heading."))
                    }
                    columns[field] = column
                    continue
                }
                if ignored.contains(normalisedHeading(s)) { continue }
            }
            if isMonthHeading(value) {
                switch cells.month(value, column, header.number, fiscalYear: fiscalYear) {
                case .failure(let d): return .failure(d)
                case .success(let m):
                    if let other = months.first(where: { $0.value == m })?.key {
                        return .failure(.error("two columns are the month \(m.iso): \(sheet.reference(column: other, row: header.number)) and \(reference).",
                                               file: file, line: header.number, column: column, field: reference,
                                               hint: "Give each month one column."))
                    }
                    months[column] = m
                    if cells.headings[column] == nil { cells.headings[column] = m.iso }
                }
                continue
            }
            let shownHeading = (try? cells.text(value, column, header.number).get()) ?? ""
            guard !shownHeading.isEmpty else { continue }
            warnings.append(.warning("the column '\(shownHeading)' is not one sitegen reads for \(kind.rawValue); it was left out.",
                                     file: file, line: header.number, column: column, field: reference,
                                     hint: "Headings read: " + kind.columns.map { "\($0.headings[0]) (\($0.field))" }.joined(separator: ", ")
                                        + (kind == .serviceStats ? ", and one column per month" : "") + "; see docs/import.md."))
        }
        var missing = kind.columns.filter { $0.required && columns[$0.field] == nil }
        if kind == .procurement, columns["month"] == nil, columns["contract_date"] == nil {
            missing.append(kind.columns.first { $0.field == "month" }!)
        }
        if let m = missing.first {
            return .failure(.error("sheet '\(sheet.name)' has no column \(m.field) in its header row (row \(header.number)).", file: file,
                                   line: header.number, field: sheet.rowReference(header.number),
                                   hint: "Add a column headed '\(m.headings[0])' (or one of: \(m.headings.dropFirst().joined(separator: ", ")), \(m.field))"
                                        + (kind == .procurement && m.field == "month" ? "; without it the month is taken from the contract date." : ".")))
        }
        if kind == .serviceStats, months.isEmpty {
            return .failure(.error("sheet '\(sheet.name)' has no month column in its header row (row \(header.number)).", file: file,
                                   line: header.number, field: sheet.rowReference(header.number),
                                   hint: "Head one column per month: ต.ค. 2567, พ.ย. 2567 … (or 2024-10, or a date cell)."))
        }
        return .success(Table(sheet: sheet, headerRow: header.number, columns: columns, monthColumns: months, fiscalYear: fiscalYear,
                              warnings: warnings))
    }

    static let totalWords = Set(["รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวม", "รวมเงิน", "total", "grandtotal"])

    /// Whether a row is a total the site computes itself (its key cell says only รวม, Total…).
    func isTotalRow(_ row: XLSXSheet.Row, keyColumn: Int) -> Bool {
        guard case .text(let s)? = row.cells[keyColumn] else { return false }
        return Self.totalWords.contains(normalisedHeading(s))
    }

    /// Whether a row holds nothing in the columns read.
    func isEmpty(_ row: XLSXSheet.Row) -> Bool {
        !columns.values.contains { row.cells[$0] != nil } && !monthColumns.keys.contains { row.cells[$0] != nil }
    }

    func skippedTotal(_ row: XLSXSheet.Row, file: String) -> Diagnostic {
        .warning("row \(row.number) is a total; it was left out (the site computes totals itself).", file: file, line: row.number,
                 field: sheet.rowReference(row.number))
    }
}

// MARK: - Procurement

enum ProcurementRows {
    struct Item {
        let year: Int
        let row: EGPImport.Row
    }

    static func read(_ table: Table, _ cells: inout XLSXCells, errors: inout [Diagnostic], warnings: inout [Diagnostic]) -> [Item] {
        var items: [Item] = []
        let c = table.columns
        var rowOfNumber: [String: Int] = [:]
        for row in table.dataRows where !table.isEmpty(row) {
            if table.isTotalRow(row, keyColumn: c["title"]!) {
                warnings.append(table.skippedTotal(row, file: cells.file))
                continue
            }
            var out: EGPImport.Row = [:]
            var failed = false
            func fail(_ d: Diagnostic) { errors.append(d); failed = true }
            func textOf(_ field: String) -> String? {
                guard let col = c[field], let v = row.cells[col] else { return nil }
                switch cells.text(v, col, row.number) {
                case .failure(let d): fail(d); return nil
                case .success(let s): return s.isEmpty ? nil : s
                }
            }
            for field in ["title", "bidders", "contractor", "contract_number", "reason"] {
                if let s = textOf(field) { out[field] = s.replacingOccurrences(of: "\r\n", with: "\n") }
            }
            let titleColumn = c["title"]!
            if out["title"] == nil, row.cells[titleColumn] == nil {
                fail(cells.problem(titleColumn, row.number, "the item has no title.", hint: "Write what was bought or hired (งานที่จัดซื้อหรือจัดจ้าง)."))
            }
            if let col = c["egp_number"], let v = row.cells[col], let s = textOf("egp_number") {
                if s.count == 11, s.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    if let first = rowOfNumber[s] {
                        fail(cells.problem(col, row.number, "the e-GP number \(s) is also on row \(first).",
                                           hint: "Give each project one row; write its contracts in the same row (separated by ';')."))
                    }
                    rowOfNumber[s] = rowOfNumber[s] ?? row.number
                    out["egp_number"] = s
                } else {
                    _ = v
                    fail(cells.problem(col, row.number, "'\(s)' is not an e-GP project number (11 digits).",
                                       hint: "Write the 11 digits of เลขที่โครงการ (format the column as text so Excel keeps them), or leave the cell empty."))
                }
            }
            if let col = c["method"] {
                if let s = textOf("method") {
                    if let m = ProcurementMethod(rawValue: s) ?? ProcurementMethod(text: s) {
                        out["method"] = m.rawValue
                    } else {
                        fail(cells.problem(col, row.number, "'\(s)' is not a procurement method sitegen knows.",
                                           hint: "Write one of: \(ProcurementMethod.allCases.map(\.rawValue).joined(separator: ", "))."))
                    }
                } else if row.cells[col] == nil {
                    fail(cells.problem(col, row.number, "the item has no method.",
                                       hint: "Write one of: \(ProcurementMethod.allCases.map(\.rawValue).joined(separator: ", "))."))
                }
            }
            for field in ["budget", "reference_price", "contract_value"] {
                guard let col = c[field], let v = row.cells[col] else { continue }
                if field == "budget", case .text(let s) = v, ["ไม่ใช้งบประมาณ", "ไม่ระบุ"].contains(s.trimmingWhitespaces()) {
                    out[field] = s.trimmingWhitespaces()
                    continue
                }
                switch cells.money(v, col, row.number) {
                case .failure(let d): fail(d)
                case .success(let m): out[field] = ThaiFormatter.arabic.baht(m)
                }
            }
            var contractDate: CalendarDate?
            if let col = c["contract_date"], let v = row.cells[col] {
                switch cells.date(v, col, row.number) {
                case .failure(let d): fail(d)
                case .success(let d): contractDate = d; out["contract_date"] = d.iso
                }
            }
            var month: YearMonth?
            let monthUnreadable = c["month"].map { row.cells[$0] != nil } == true
                || (c["contract_date"].map { row.cells[$0] != nil } == true && contractDate == nil)
            if let col = c["month"], let v = row.cells[col] {
                switch cells.month(v, col, row.number, fiscalYear: table.fiscalYear) {
                case .failure(let d): fail(d)
                case .success(let m): month = m
                }
            }
            month = month ?? contractDate.map { YearMonth($0) }
            if month == nil, !monthUnreadable {
                let col = c["month"] ?? c["contract_date"]!
                fail(cells.problem(col, row.number, "the item has no month (and no contract date to take it from).",
                                   hint: "Write the month whose summary (สขร.๑) lists the item, such as 2024-10 or ต.ค. 2567."))
            }
            if let col = c["status"], let s = textOf("status") {
                if let st = ProcurementStatus(rawValue: s) ?? EGPImport.statuses[s] ?? EGPImport.statuses[s.lowercased()] {
                    out["status"] = st.rawValue
                } else {
                    fail(cells.problem(col, row.number, "'\(s)' is not a status sitegen knows.",
                                       hint: "Write one of: \(ProcurementStatus.allCases.map(\.rawValue).joined(separator: ", ")), or leave it empty."))
                }
            }
            if out["status"] == nil {
                // สขร.๑ has no status: an item with a contractor has its contract, others are under way.
                out["status"] = (out["contractor"] != nil ? ProcurementStatus.contracted : .inProgress).rawValue
            }
            guard !failed, let month else { continue }
            out["month"] = month.iso
            items.append(Item(year: month.fiscalYear.buddhistYear, row: out))
        }
        return items
    }
}

// MARK: - Statistics

/// The records of a statistics sheet by fiscal year, keyed (by month or by service name).
struct StatsRecords {
    /// One month of complaint statistics, or one service with its figures.
    struct Record {
        let key: String
        /// Field → value, for the fields the sheet gives (`received`, `unit`, …).
        var fields: [String: String]
        /// service-stats: month → figure.
        var figures: [YearMonth: Int] = [:]
        /// service-stats: the error to give when the service is new to the file and the sheet
        /// gives no unit (the site requires one).
        var missingUnit: Diagnostic?
    }
    var byYear: [Int: [Record]] = [:]
    var rows = 0
}

enum ComplaintStatsRows {
    static func read(_ table: Table, _ cells: inout XLSXCells, errors: inout [Diagnostic], warnings: inout [Diagnostic]) -> StatsRecords {
        var out = StatsRecords()
        let c = table.columns
        var seen: [YearMonth: Int] = [:]
        for row in table.dataRows where !table.isEmpty(row) {
            let monthColumn = c["month"]!
            if table.isTotalRow(row, keyColumn: monthColumn) {
                warnings.append(table.skippedTotal(row, file: cells.file))
                continue
            }
            guard let v = row.cells[monthColumn] else {
                errors.append(cells.problem(monthColumn, row.number, "the row has figures but no month.", hint: "Write the month, such as ต.ค. 2567 or 2024-10."))
                continue
            }
            let month: YearMonth
            switch cells.month(v, monthColumn, row.number, fiscalYear: table.fiscalYear) {
            case .failure(let d): errors.append(d); continue
            case .success(let m): month = m
            }
            // A month of a template not filled in yet is not reported: it is left out.
            if ["received", "in_progress", "finished", "note"].allSatisfy({ c[$0].map { row.cells[$0] == nil } ?? true }) { continue }
            if let first = seen[month] {
                errors.append(cells.problem(monthColumn, row.number, "\(month.iso) is also on row \(first).", hint: "Give each month one row."))
                continue
            }
            seen[month] = row.number
            var record = StatsRecords.Record(key: month.iso, fields: [:])
            var failed = false
            for field in ["received", "in_progress", "finished"] {
                let col = c[field]!
                guard let value = row.cells[col] else {
                    errors.append(cells.problem(col, row.number, "the cell is empty while the month has other figures.",
                                                hint: "Write 0 when there were none; leave all three empty for a month not reported yet."))
                    failed = true
                    continue
                }
                switch cells.count(value, col, row.number) {
                case .failure(let d): errors.append(d); failed = true
                case .success(let n): record.fields[field] = String(n)
                }
            }
            if let col = c["note"], let v = row.cells[col] {
                switch cells.text(v, col, row.number) {
                case .failure(let d): errors.append(d); failed = true
                case .success(let s): if !s.isEmpty { record.fields["note"] = s }
                }
            }
            out.rows += 1
            if !failed { out.byYear[month.fiscalYear.buddhistYear, default: []].append(record) }
        }
        return out
    }
}

enum ServiceStatsRows {
    static func read(_ table: Table, _ cells: inout XLSXCells, errors: inout [Diagnostic], warnings: inout [Diagnostic]) -> StatsRecords {
        var out = StatsRecords()
        let c = table.columns
        let nameColumn = c["name"]!
        var seen: [String: Int] = [:]
        for row in table.dataRows where !table.isEmpty(row) {
            if table.isTotalRow(row, keyColumn: nameColumn) {
                warnings.append(table.skippedTotal(row, file: cells.file))
                continue
            }
            var fields: [String: String] = [:]
            var failed = false
            for field in ["name", "unit", "department"] {
                guard let col = c[field], let v = row.cells[col] else { continue }
                switch cells.text(v, col, row.number) {
                case .failure(let d): errors.append(d); failed = true
                case .success(let s): if !s.isEmpty { fields[field] = s }
                }
            }
            guard let name = fields["name"] else {
                if !failed {
                    errors.append(cells.problem(nameColumn, row.number, "the row has figures but no service name.", hint: "Write the service's name (งานบริการ)."))
                }
                continue
            }
            if let first = seen[name] {
                errors.append(cells.problem(nameColumn, row.number, "the service '\(name)' is also on row \(first).", hint: "Give each service one row."))
                continue
            }
            seen[name] = row.number
            var figures: [YearMonth: Int] = [:]
            for (col, month) in table.monthColumns.sorted(by: { $0.key < $1.key }) {
                guard let v = row.cells[col] else { continue }  // no figure for the month
                switch cells.count(v, col, row.number) {
                case .failure(let d): errors.append(d); failed = true
                case .success(let n): figures[month] = n
                }
            }
            out.rows += 1
            guard !failed else { continue }
            // A sheet of calendar months may span two fiscal years: each gets its months.
            let years = Set(table.monthColumns.values.map(\.fiscalYear.buddhistYear))
            let unitColumn = c["unit"] ?? nameColumn
            let missingUnit = fields["unit"] == nil
                ? cells.problem(unitColumn, row.number, "the service '\(name)' is new to the site and has no unit.",
                                hint: "Write its unit (ราย, ครั้ง, คน, เรื่อง…) in a column headed หน่วยนับ.")
                : nil
            for year in years {
                let mine = figures.filter { $0.key.fiscalYear.buddhistYear == year }
                out.byYear[year, default: []].append(StatsRecords.Record(key: name, fields: fields, figures: mine, missingUnit: missingUnit))
            }
        }
        return out
    }
}
