import Foundation
import SiteModel
import ThaiText
import Yams

/// The typed fields of one record, wherever it was written: an entry of a YAML list
/// (`MappingReader`) or a row of a CSV table (`CSVRowReader`). A record reader written against
/// this protocol gives the same checks, and the same messages, for both.
package protocol RecordFields {
    /// Where the record starts: the YAML entry or the CSV row.
    var source: SourceRef { get }
    /// Whether the field is given (a YAML key, or a non-empty CSV cell).
    func has(_ key: String) -> Bool
    func string(_ key: String, required: Bool) -> String?
    func money(_ key: String, required: Bool) -> Money?
    func budget(_ key: String) -> BudgetValue
    func date(_ key: String, required: Bool) -> CalendarDate?
    func yearMonth(_ key: String, required: Bool) -> YearMonth?
    func fieldError(_ key: String, _ message: String, hint: String?)
    func fieldWarning(_ key: String, _ message: String, hint: String?)
}

/// Dates and months as nearly every cell writes them (`2025-01-15`, `2024-10`: ASCII digits and
/// hyphens, nothing around them), read straight from the bytes. Any other form gives nil and is
/// left to the general reading, which gives the same numbers for these forms.
package enum DigitFields {
    /// `YYYY-MM` or `YYYY-M`.
    package static func yearMonth(_ text: String) -> (Int, Int)? {
        text.utf8.withContiguousStorageIfAvailable { b -> (Int, Int)? in
            guard b.count == 7 || b.count == 6, b[4] == 0x2D, let y = number(b, 0..<4), let m = number(b, 5..<b.count)
            else { return nil }
            return (y, m)
        } ?? nil
    }

    /// `YYYY-MM-DD`.
    package static func date(_ text: String) -> (Int, Int, Int)? {
        text.utf8.withContiguousStorageIfAvailable { b -> (Int, Int, Int)? in
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D,
                  let y = number(b, 0..<4), let m = number(b, 5..<7), let d = number(b, 8..<10) else { return nil }
            return (y, m, d)
        } ?? nil
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var n = 0
        for i in range {
            let b = bytes[i]
            guard b >= 0x30, b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }
}

/// `YYYY-MM` months. A Buddhist-era year is converted (the caller warns).
package enum YearMonthParsing {
    /// The month and, when the year was written in the Buddhist era, the year as written.
    package static func parse(_ raw: String) -> (month: YearMonth, buddhistYearWritten: Int?)? {
        guard let (y, m) = DigitFields.yearMonth(raw) ?? general(raw) else { return nil }
        let buddhist = guessEra(ofYear: y) == .buddhist
        guard let month = YearMonth(year: buddhist ? y - CalendarDate.buddhistEraOffset : y, month: m) else { return nil }
        return (month, buddhist ? y : nil)
    }

    /// `YYYY-MM` with any white space around it and Thai digits allowed.
    private static func general(_ raw: String) -> (Int, Int)? {
        let value = asciiDigits(raw).trimmingWhitespaces()
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return (y, m)
    }

    package static let invalidHint = "Write the Christian-era year and the month number, for example 2024-10 for ตุลาคม 2567."

    /// What is wrong with a month `parse` refused, and what to do.
    package static func refusal(_ raw: String) -> (message: String, hint: String) {
        if let (_, m) = DigitFields.yearMonth(raw) ?? general(raw), !(1...12).contains(m) {
            return ("'\(raw)' is not a real month (month \(m)).", "Months run 01–12.")
        }
        return ("'\(raw)' is not a month in the form YYYY-MM.", invalidHint)
    }

    package static func buddhistWarning(_ written: Int, _ month: YearMonth) -> (String, String) {
        ("the year \(written) looks like a Buddhist-era year; it was read as \(month.iso).",
         "Months in data files use the Christian era (YYYY-MM); the site shows them in B.E.")
    }

    /// "fiscal year 2568 (2024-10 to 2025-09, ตุลาคม 2567 – กันยายน 2568)"
    package static func describe(_ fy: FiscalYear) -> String {
        let months = fy.months
        let f = ThaiFormatter.arabic
        return "fiscal year \(fy.buddhistYear) (\(months[0].iso) to \(months[11].iso), "
            + "\(f.monthYear(months[0])) – \(f.monthYear(months[11])))"
    }
}

extension MappingReader: RecordFields {
    package func has(_ key: String) -> Bool { self[key] != nil }

    /// A month written `YYYY-MM` (C.E.; a B.E. year is accepted with a warning).
    package func yearMonth(_ key: String, required: Bool = false) -> YearMonth? {
        guard let node = self[key] else {
            if required { missingField(key, what: "a month YYYY-MM") }
            return nil
        }
        return yearMonth(node, field: key)
    }

    /// The month `node` writes (an entry of a list of months, or a field's value), reported as
    /// `field`.
    package func yearMonth(_ node: Node, field key: String) -> YearMonth? {
        guard case .scalar(let s) = node, !s.string.isEmpty else {
            error(key, node, "expected a month YYYY-MM, but found \(MappingReader.describe(node)).",
                  hint: YearMonthParsing.invalidHint)
            return nil
        }
        guard let (month, written) = YearMonthParsing.parse(s.string) else {
            let (message, hint) = YearMonthParsing.refusal(s.string)
            error(key, node, message, hint: hint)
            return nil
        }
        if let written {
            let (message, hint) = YearMonthParsing.buddhistWarning(written, month)
            warning(key, node, message, hint: hint)
        }
        return month
    }

    package func fieldError(_ key: String, _ message: String, hint: String?) { error(key, self[key], message, hint: hint) }
    package func fieldWarning(_ key: String, _ message: String, hint: String?) { warning(key, self[key], message, hint: hint) }
}

/// Typed, located access to the cells of one CSV row. Every diagnostic names the CSV file, the
/// line the row starts on, the column number (A = 1) and the column's name as the field.
package struct CSVRowReader: RecordFields {
    package let table: CSVTable
    package let row: CSVTable.Row
    /// Column index by lower-cased, trimmed header name (built once per table).
    package let columns: [String: Int]
    package let sink: DiagnosticSink

    package init(table: CSVTable, row: CSVTable.Row, columns: [String: Int], sink: DiagnosticSink) {
        self.table = table
        self.row = row
        self.columns = columns
        self.sink = sink
    }

    package static func columnIndex(_ table: CSVTable) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, name) in table.header.enumerated() {
            let key = name.trimmingWhitespaces().lowercased()
            if out[key] == nil { out[key] = i }
        }
        return out
    }

    package var source: SourceRef { SourceRef(file: table.file, line: row.line) }

    private func index(_ key: String) -> Int? { columns[key.lowercased()] }

    /// The trimmed cell, nil when the column is absent or the cell empty.
    package func cell(_ key: String) -> String? {
        guard let i = index(key), i < row.fields.count else { return nil }
        let v = Self.trim(row.fields[i])
        return v.isEmpty ? nil : v
    }

    /// Leading and trailing white space (and line breaks) removed, without Foundation: a large
    /// table trims every cell, and most cells have nothing to trim.
    package static func trim(_ s: String) -> String {
        if !mayHaveWhiteSpaceAtEnds(s) { return s }
        let scalars = s.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return s }
        return String(scalars[start..<end])
    }

    /// False when neither the first nor the last scalar can be white space, judged by its first
    /// UTF-8 byte: White_Space scalars are ASCII or start with C2, E1, E2 or E3.
    private static func mayHaveWhiteSpaceAtEnds(_ s: String) -> Bool {
        let utf8 = s.utf8
        guard let first = utf8.first else { return false }
        func mayBeWhiteSpace(_ lead: UInt8) -> Bool {
            lead < 0x80 ? (lead == 0x20 || (0x09...0x0D).contains(lead)) : (lead == 0xC2 || (0xE1...0xE3).contains(lead))
        }
        if mayBeWhiteSpace(first) { return true }
        // The first byte of the last scalar: step back over continuation bytes (10xxxxxx).
        var i = utf8.index(before: utf8.endIndex)
        while utf8[i] & 0xC0 == 0x80 && i > utf8.startIndex { i = utf8.index(before: i) }
        return mayBeWhiteSpace(utf8[i])
    }

    package func has(_ key: String) -> Bool { cell(key) != nil }

    package func fieldError(_ key: String, _ message: String, hint: String?) {
        sink.add(.error(message, file: table.file, line: row.line, column: index(key).map { $0 + 1 }, field: key, hint: hint))
    }

    package func fieldWarning(_ key: String, _ message: String, hint: String?) {
        sink.add(.warning(message, file: table.file, line: row.line, column: index(key).map { $0 + 1 }, field: key, hint: hint))
    }

    private func missing(_ key: String, what: String) {
        if index(key) == nil {
            fieldError(key, "the CSV file has no column '\(key)'.",
                       hint: "Add a column named \(key) to the first row, with \(what) in every row.")
        } else {
            fieldError(key, "the column '\(key)' is empty in this row.", hint: "Write \(what) in this cell.")
        }
    }

    package func string(_ key: String, required: Bool = false) -> String? {
        guard let v = cell(key) else {
            if required { missing(key, what: "a text") }
            return nil
        }
        return v
    }

    package func money(_ key: String, required: Bool = false) -> Money? {
        guard let v = cell(key) else {
            if required { missing(key, what: "an amount in baht") }
            return nil
        }
        guard let m = Money(parsing: v) else {
            fieldError(key, "'\(v)' is not an amount of money.",
                       hint: "Write digits with at most two decimals, for example 16000 or 1,510,000.50.")
            return nil
        }
        if m.isNegative {
            fieldError(key, "the amount \(v) is negative.", hint: "Amounts of money cannot be below zero.")
            return nil
        }
        return m
    }

    package func budget(_ key: String) -> BudgetValue {
        guard let v = cell(key) else { return .notStated }
        if BudgetWords.noBudget.contains(v) || BudgetWords.noBudget.contains(v.lowercased()) { return .noBudget }
        if BudgetWords.notStated.contains(v) || BudgetWords.notStated.contains(v.lowercased()) { return .notStated }
        return money(key).map { .amount($0) } ?? .notStated
    }

    package func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let raw = cell(key) else {
            if required { missing(key, what: "a date YYYY-MM-DD") }
            return nil
        }
        guard let (y, m, d) = DigitFields.date(raw) ?? Self.generalDate(raw) else {
            fieldError(key, "'\(raw)' is not a date in the form YYYY-MM-DD.",
                       hint: "Write the date with a Christian-era year, for example 2025-01-15 for 15 มกราคม 2568. "
                           + "In the spreadsheet, format the column as text before exporting.")
            return nil
        }
        var year = y
        if guessEra(ofYear: y) == .buddhist {
            year = y - CalendarDate.buddhistEraOffset
            fieldWarning(key, "the year \(y) looks like a Buddhist-era year; it was read as \(year) C.E.",
                         hint: "Dates in data files use the Christian era (YYYY-MM-DD); the site shows them in B.E.")
        }
        guard let date = CalendarDate(year: year, month: m, day: d) else {
            fieldError(key, "'\(raw)' is not a real date (month \(m), day \(d)).",
                       hint: "Check the day and month; months run 01–12 and February has 28 days (29 in leap years).")
            return nil
        }
        return date
    }

    /// `YYYY-MM-DD`, Thai digits allowed, the parts of any length but the year.
    private static func generalDate(_ raw: String) -> (Int, Int, Int)? {
        let parts = asciiDigits(raw).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return nil
        }
        return (y, m, d)
    }

    package func yearMonth(_ key: String, required: Bool = false) -> YearMonth? {
        guard let raw = cell(key) else {
            if required { missing(key, what: "a month YYYY-MM") }
            return nil
        }
        guard let (month, written) = YearMonthParsing.parse(raw) else {
            let (message, hint) = YearMonthParsing.refusal(raw)
            fieldError(key, message, hint: hint)
            return nil
        }
        if let written {
            let (message, hint) = YearMonthParsing.buddhistWarning(written, month)
            fieldWarning(key, message, hint: hint)
        }
        return month
    }
}

extension CSVTable {
    /// Reports header names that are not in `known` (with did-you-mean) and required columns
    /// that are missing, all on the header line. Returns false when a required column is missing.
    package func checkHeader(known: [String], required: [String], sink: DiagnosticSink) -> Bool {
        var present: Set<String> = []
        for (i, raw) in header.enumerated() {
            let name = raw.trimmingWhitespaces()
            let key = name.lowercased()
            if key.isEmpty {
                sink.add(.error("column \(i + 1) of the first row has no name.", file: file, line: 1, column: i + 1,
                                hint: "Name every column in the first row: \(known.joined(separator: ", "))."))
                continue
            }
            if present.contains(key) {
                sink.add(.error("the column '\(name)' appears twice in the first row.", file: file, line: 1, column: i + 1,
                                field: name, hint: "Keep one of them."))
                continue
            }
            present.insert(key)
            if !known.contains(key) {
                var hint = "Known columns: \(known.joined(separator: ", "))."
                if let s = Suggest.nearest(to: name, in: known) { hint = "Did you mean '\(s)'? " + hint }
                sink.add(.error("unknown column '\(name)'.", file: file, line: 1, column: i + 1, field: name, hint: hint))
            }
        }
        var ok = true
        for key in required where !present.contains(key) {
            ok = false
            sink.add(.error("the CSV file has no column '\(key)'.", file: file, line: 1, field: key,
                            hint: "Add a column named \(key) to the first row. Columns: \(known.joined(separator: ", "))."))
        }
        return ok
    }
}
