import DataReading
import Foundation
import SiteModel
import ThaiText

/// Reads the values of a sheet's cells as the site's fields: text, money, whole numbers, dates
/// and months. Every refusal names the cell (`Sheet1!D7`), its row and column, and the column's
/// heading; a doubtful value that is read all the same (a B.E. year stored as a Christian year)
/// is a warning.
struct XLSXCells {
    let file: String
    let sheet: XLSXSheet
    /// The heading of each column (for messages).
    var headings: [Int: String] = [:]
    var warnings: [Diagnostic] = []

    init(file: String, sheet: XLSXSheet) {
        self.file = file
        self.sheet = sheet
    }

    /// A problem with one cell.
    func problem(_ column: Int, _ row: Int, _ message: String, hint: String, warning: Bool = false) -> Diagnostic {
        let heading = headings[column].map { "column '\($0)': " } ?? ""
        return Diagnostic(warning ? .warning : .error, file: file, line: row, column: column,
                          field: sheet.reference(column: column, row: row), message: heading + message, hint: hint)
    }

    /// A value that cannot be a field: an error value, or a formula without a saved result.
    func unusable(_ value: XLSXValue, _ column: Int, _ row: Int) -> Diagnostic? {
        switch value {
        case .error(let e):
            return problem(column, row, "the cell shows the error \(e).", hint: "Correct the formula or type the value, save, and import again.")
        case .uncachedFormula:
            return problem(column, row, "the cell holds a formula whose result was never computed and saved.",
                           hint: "Open the workbook in Excel or LibreOffice Calc, let it compute, save it, and import again; or type the value.")
        default:
            return nil
        }
    }

    /// The text of a cell: text as written (trimmed), a number as the digits Excel stored.
    func text(_ value: XLSXValue, _ column: Int, _ row: Int) -> Result<String, Diagnostic> {
        if let d = unusable(value, column, row) { return .failure(d) }
        switch value {
        case .text(let s): return .success(s.trimmingWhitespaces())
        case .number(let n): return .success(Self.plain(n))
        case .bool(let b): return .success(b ? "TRUE" : "FALSE")
        case .error, .uncachedFormula: return .success("")
        }
    }

    /// A number as Excel stored it, written without exponent: `6.7119123456E10` → `67119123456`.
    static func plain(_ n: String) -> String {
        guard let d = Decimal(string: n, locale: Locale(identifier: "en_US_POSIX")) else { return n }
        return "\(d)"
    }

    /// Money: a number cell (rounded to satang when Excel's binary arithmetic left a tail such as
    /// 0.30000000000000004), or text such as `1,234.50`, `1234.5 บาท`, Thai digits.
    func money(_ value: XLSXValue, _ column: Int, _ row: Int) -> Result<Money, Diagnostic> {
        if let d = unusable(value, column, row) { return .failure(d) }
        let hint = "Write the amount in baht with at most two decimals, for example 16000 or 1,510,000.50."
        switch value {
        case .number(let n):
            guard let d = Decimal(string: n, locale: Locale(identifier: "en_US_POSIX")) else {
                return .failure(problem(column, row, "'\(n)' is not an amount of money.", hint: hint))
            }
            var exact = d * 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &exact, 0, .plain)
            guard abs(NSDecimalNumber(decimal: rounded - exact).doubleValue) < 1e-6, abs(rounded) < Decimal(Int64.max / 2) else {
                return .failure(problem(column, row, "'\(n)' has more than two decimals; it is not an amount of baht and satang.", hint: hint))
            }
            let m = Money(satang: NSDecimalNumber(decimal: rounded).int64Value)
            guard !m.isNegative else { return .failure(problem(column, row, "'\(n)' is negative.", hint: hint)) }
            return .success(m)
        case .text(let s):
            guard let m = Money(parsing: s) else {
                return .failure(problem(column, row, "'\(s.trimmingWhitespaces())' is not an amount of money.", hint: hint))
            }
            guard !m.isNegative else { return .failure(problem(column, row, "'\(s)' is negative.", hint: hint)) }
            return .success(m)
        default:
            return .failure(problem(column, row, "the cell is not an amount of money.", hint: hint))
        }
    }

    /// A whole number, not negative: `18`, `18.0`, text `"18"` or `"๑๘"`, `1,200`.
    func count(_ value: XLSXValue, _ column: Int, _ row: Int) -> Result<Int, Diagnostic> {
        if let d = unusable(value, column, row) { return .failure(d) }
        let hint = "Write a whole number (0 when there were none)."
        let shown: String
        var amount: Money?
        switch value {
        case .number(let n):
            shown = n
            if var d = Decimal(string: n, locale: Locale(identifier: "en_US_POSIX")), d >= 0, d < 1_000_000_000 {
                var whole = Decimal()
                NSDecimalRound(&whole, &d, 0, .plain)
                if whole == d { return .success(NSDecimalNumber(decimal: d).intValue) }
            }
        case .text(let s):
            shown = s.trimmingWhitespaces()
            amount = Money(parsing: s)
        default:
            shown = "\(value)"
        }
        if let amount, !amount.isNegative, amount.satangPart == 0, amount.wholeBaht < 1_000_000_000 { return .success(Int(amount.wholeBaht)) }
        return .failure(problem(column, row, "'\(shown)' is not a whole number of 0 or more.", hint: hint))
    }

    /// A date: a date cell (a serial number of days, in the workbook's 1900 or 1904 system), or
    /// text `2024-10-15`, `15/10/2567`, `15 ต.ค. 2567`. A year after 2400 is read as B.E. (with a
    /// warning when Excel stored it as a Christian year: the clerk typed a B.E. year into a date).
    mutating func date(_ value: XLSXValue, _ column: Int, _ row: Int) -> Result<CalendarDate, Diagnostic> {
        if let d = unusable(value, column, row) { return .failure(d) }
        let hint = "Write the date as a date cell, or as text such as 2024-10-15 or 15/10/2567."
        switch value {
        case .number(let n):
            guard let serial = Double(n), serial >= 1, serial < 3_000_000 else {
                return .failure(problem(column, row, "'\(n)' is not a date.", hint: hint))
            }
            let days = Int(serial.rounded(.down))
            let date: CalendarDate
            if sheet.date1904 {
                date = CalendarDate(daysSinceEpoch: -24_107 + days)
            } else if days == 60 {
                return .failure(problem(column, row, "the date 29 February 1900 does not exist (a leftover of Lotus 1-2-3 in Excel).", hint: hint))
            } else {
                date = CalendarDate(daysSinceEpoch: (days < 60 ? -25_568 : -25_569) + days)
            }
            return .success(buddhist(date, column, row))
        case .text(let s):
            guard let d = Self.dateText(s) else {
                return .failure(problem(column, row, "'\(s.trimmingWhitespaces())' is not a date.", hint: hint))
            }
            return .success(d.year > 2400 ? CalendarDate(year: d.year - CalendarDate.buddhistEraOffset, month: d.month, day: d.day) ?? d : d)
        default:
            return .failure(problem(column, row, "the cell is not a date.", hint: hint))
        }
    }

    /// A date cell whose year is B.E. (Excel took `15/10/2567` for the year 2567 A.D.) is read
    /// as B.E., with a warning.
    private mutating func buddhist(_ date: CalendarDate, _ column: Int, _ row: Int) -> CalendarDate {
        guard date.year > 2400, let fixed = CalendarDate(year: date.year - CalendarDate.buddhistEraOffset, month: date.month, day: date.day) else {
            return date
        }
        warnings.append(problem(column, row, "the date is stored as the year \(date.year) A.D.; it was read as B.E., \(fixed.iso).",
                                hint: "Excel took the B.E. year for a Christian year. Write dates as text (15/10/2567) or set Excel's calendar to the Thai Buddhist calendar.",
                                warning: true))
        return fixed
    }

    /// A month: a date cell (its month), `2024-10`, `2567-10`, `ต.ค. 67`, `ตุลาคม 2567`, `Oct 2024`,
    /// or a date as text. A name without a year is in `fiscalYear` (when given).
    mutating func month(_ value: XLSXValue, _ column: Int, _ row: Int, fiscalYear: FiscalYear? = nil) -> Result<YearMonth, Diagnostic> {
        // A month of a year no site reports on (a month number such as 10, read as a date of 1900)
        // is refused rather than filed under fiscal year 2443.
        anyMonth(value, column, row, fiscalYear: fiscalYear).flatMap { m in
            guard (1990...2200).contains(m.year) else {
                let shown = (try? text(value, column, row).get()) ?? m.iso
                return .failure(problem(column, row, "'\(shown)' is not a month (it would be \(m.iso)).",
                                        hint: "Write the month with its year, such as ต.ค. 2567 or 2024-10."))
            }
            return .success(m)
        }
    }

    private mutating func anyMonth(_ value: XLSXValue, _ column: Int, _ row: Int, fiscalYear: FiscalYear?) -> Result<YearMonth, Diagnostic> {
        if let d = unusable(value, column, row) { return .failure(d) }
        let hint = "Write the month as 2024-10, ต.ค. 2567 or ตุลาคม 2567, or as a date cell."
        if case .text(let s) = value {
            let t = s.trimmingWhitespaces()
            if let (m, _) = YearMonthParsing.parse(t) { return .success(m) }
            switch Self.monthName(t) {
            case .some((let m, let year?)):
                if let ym = YearMonth(year: year, month: m) { return .success(ym) }
            case .some((let m, nil)):
                guard let fiscalYear else {
                    return .failure(problem(column, row, "'\(t)' names a month without its year.",
                                            hint: "Write the year too (ต.ค. 2567), or give the fiscal year with --fiscal-year 2568."))
                }
                return .success(fiscalYear.months.first { $0.month == m }!)
            case nil:
                break
            }
            guard let d = Self.dateText(t) else { return .failure(problem(column, row, "'\(t)' is not a month.", hint: hint)) }
            return .success(YearMonth(d.year > 2400 ? CalendarDate(year: d.year - CalendarDate.buddhistEraOffset, month: d.month, day: d.day) ?? d : d))
        }
        return date(value, column, row).map { YearMonth($0) }
    }

    /// `2024-10-15`, `15/10/2567`, `15-10-2567`, `15 ต.ค. 2567`, `15 ตุลาคม 2567` (Thai or Arabic
    /// digits). The year is returned as written (B.E. when over 2400).
    static func dateText(_ raw: String) -> CalendarDate? {
        let t = asciiDigits(raw).trimmingWhitespaces()
        let iso = t.count >= 10 && t.prefix(4).allSatisfy(\.isNumber)
        if let d = EGPImport.date(iso ? t : t.replacingOccurrences(of: "-", with: "/")) { return d }
        // "15 ต.ค. 2567"
        let digits = t.prefix { $0.isNumber }
        guard !digits.isEmpty, let day = Int(digits), let (m, year) = monthName(String(t.dropFirst(digits.count))), let year else { return nil }
        return CalendarDate(year: year, month: m, day: day)
    }

    private static let thaiShort = ThaiMonthNames.short.map { $0.replacingOccurrences(of: ".", with: "") }
    private static let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                  "october", "november", "december"]

    /// A month's name with an optional year: `ต.ค. 67`, `ตุลาคม 2567`, `ต.ค.-67`, `October 2024`,
    /// `Oct-24`. The year is Christian: a two-digit year after a Thai name is B.E. (67 → 2567 →
    /// 2024), after an English name A.D. (24 → 2024); a four-digit year after 2400 is B.E.
    static func monthName(_ raw: String) -> (month: Int, year: Int?)? {
        var t = asciiDigits(raw).lowercased().filter { !$0.isWhitespace && $0 != "." && $0 != "-" && $0 != "/" }
        for prefix in ["เดือน", "month"] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        var month: Int?
        var thai = true
        for (i, name) in ThaiMonthNames.full.enumerated() where t.hasPrefix(name) {
            month = i + 1
            t.removeFirst(name.count)
        }
        if month == nil {
            // The longest short name first: "มีค" before "มค" would not matter, but "มิย" and "มค" share nothing.
            for (i, name) in thaiShort.enumerated().sorted(by: { $0.element.count > $1.element.count }) where t.hasPrefix(name) {
                month = i + 1
                t.removeFirst(name.count)
                break
            }
        }
        if month == nil {
            for (i, name) in english.enumerated() {
                if t.hasPrefix(name) { month = i + 1; t.removeFirst(name.count); thai = false; break }
                if t.hasPrefix(name.prefix(3)) { month = i + 1; t.removeFirst(3); thai = false; break }
            }
        }
        guard let month else { return nil }
        for prefix in ["พศ", "ค.ศ", "คศ", "ปี"] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        if t.isEmpty { return (month, nil) }
        guard t.allSatisfy(\.isNumber), let y = Int(t) else { return nil }
        switch t.count {
        case 2: return (month, thai ? 2500 + y - CalendarDate.buddhistEraOffset : 2000 + y)
        case 4: return (month, y > 2400 ? y - CalendarDate.buddhistEraOffset : y)
        default: return nil
        }
    }
}
