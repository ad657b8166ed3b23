import Foundation

/// Offset between Buddhist Era and Common Era year numbers (B.E. = C.E. + 543).
let beOffset = 543

/// A Gregorian calendar date (C.E. year). Valid dates only.
///
/// The public initializers accept years 1...9999 (so `iso` is always `YYYY-MM-DD`). Dates
/// derived by arithmetic (`adding(days:)`, far-away fiscal years) may leave that range; they
/// are still valid proleptic-Gregorian dates and never trap.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// C.E. year.
    public let year: Int
    /// 1...12
    public let month: Int
    /// 1...28/29/30/31 depending on the month.
    public let day: Int

    /// Years accepted by the failable public initializers.
    public static let supportedYears: ClosedRange<Int> = 1...9999

    /// nil for impossible dates (2025-02-29, month 13, day 0, ...) and years outside 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard CalendarDate.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= gregorianDaysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Same as `init(year:month:day:)` with a Buddhist Era year (C.E. + 543).
    public init?(buddhistYear: Int, month: Int, day: Int) {
        self.init(year: buddhistYear - beOffset, month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero padded). Anything else gives nil.
    public init?(iso: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        for b in iso.utf8 {
            if bytes.count == 10 { return nil }
            bytes.append(b)
        }
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let b = bytes[i]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else {
            return nil
        }
        self.init(year: y, month: m, day: d)
    }

    /// The date `daysSinceEpoch` days after 1970-01-01 (negative goes backwards).
    public init(daysSinceEpoch: Int) {
        let (y, m, d) = civilFromDays(daysSinceEpoch)
        self.init(unchecked: y, m, d)
    }

    /// The calendar date of `instant` in the given time zone. Unknown identifiers fall back
    /// to Asia/Bangkok's fixed UTC+7 (Thailand has no daylight saving time).
    public init(instant: Date, timeZoneIdentifier: String = "Asia/Bangkok") {
        let offset = TimeZone(identifier: timeZoneIdentifier)?.secondsFromGMT(for: instant)
            ?? 7 * 3600
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        self.init(daysSinceEpoch: floorDiv(seconds, 86_400))
    }

    /// For internal use with values already known to form a valid date.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Today's date in the given time zone (default Asia/Bangkok).
    public static func today(timeZoneIdentifier: String = "Asia/Bangkok") -> CalendarDate {
        CalendarDate(instant: Date(), timeZoneIdentifier: timeZoneIdentifier)
    }

    /// "2025-01-15"
    public var iso: String {
        var buf = TextBuffer(style: .arabic, capacity: 10)
        buf.signed(Int64(year), minDigits: 4)
        buf.ascii(0x2D)
        buf.unsigned(UInt64(month), minDigits: 2)
        buf.ascii(0x2D)
        buf.unsigned(UInt64(day), minDigits: 2)
        return buf.string
    }

    public var description: String { iso }

    /// year + 543
    public var buddhistYear: Int { year + beOffset }

    /// The Thai fiscal year (B.E.) containing this date: October onwards belongs to the next one.
    public var fiscalYear: FiscalYear {
        FiscalYear(buddhistYear: year + beOffset + (month >= 10 ? 1 : 0))
    }

    /// The month this date lies in.
    public var yearMonth: YearMonth { YearMonth(unchecked: year, month) }

    /// Plain day arithmetic: `adding(days: 1)` is the next day.
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Number of days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// 1970-01-01 = 0.
    public var daysSinceEpoch: Int { daysFromCivil(year, month, day) }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        floorMod(daysSinceEpoch + 3, 7) + 1
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A calendar month: (C.E. year, month).
public struct YearMonth: Hashable, Comparable, Sendable, Decodable {
    /// C.E. year.
    public let year: Int
    /// 1...12
    public let month: Int

    /// From `YYYY-MM` (C.E.).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let parts = try container.decode(String.self).split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), let value = YearMonth(year: y, month: m) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a month YYYY-MM")
        }
        self = value
    }

    /// nil for a month outside 1...12 or a year outside `CalendarDate.supportedYears`.
    public init?(year: Int, month: Int) {
        guard CalendarDate.supportedYears.contains(year), (1...12).contains(month) else {
            return nil
        }
        self.year = year
        self.month = month
    }

    /// The month containing `date`.
    public init(_ date: CalendarDate) {
        self.init(unchecked: date.year, date.month)
    }

    init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    /// year + 543
    public var buddhistYear: Int { year + beOffset }

    /// The Thai fiscal year (B.E.) this month belongs to.
    public var fiscalYear: FiscalYear {
        FiscalYear(buddhistYear: year + beOffset + (month >= 10 ? 1 : 0))
    }

    /// Number of days in the month (28...31).
    public var dayCount: Int { gregorianDaysInMonth(year: year, month: month) }

    public var firstDay: CalendarDate { CalendarDate(unchecked: year, month, 1) }

    public var lastDay: CalendarDate { CalendarDate(unchecked: year, month, dayCount) }

    public var next: YearMonth {
        month == 12 ? YearMonth(unchecked: year + 1, 1) : YearMonth(unchecked: year, month + 1)
    }

    public var previous: YearMonth {
        month == 1 ? YearMonth(unchecked: year - 1, 12) : YearMonth(unchecked: year, month - 1)
    }

    /// Whether `date` lies in this month.
    public func contains(_ date: CalendarDate) -> Bool {
        date.year == year && date.month == month
    }

    /// "2025-01"
    public var iso: String {
        var buf = TextBuffer(style: .arabic, capacity: 7)
        buf.signed(Int64(year), minDigits: 4)
        buf.ascii(0x2D)
        buf.unsigned(UInt64(month), minDigits: 2)
        return buf.string
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

/// Thai fiscal year N (B.E.) runs from 1 October of C.E. year N-544 to 30 September of
/// C.E. year N-543. FY 2568 = 2024-10-01 ... 2025-09-30.
public struct FiscalYear: Hashable, Comparable, Sendable {
    public let buddhistYear: Int

    public init(buddhistYear: Int) {
        self.buddhistYear = buddhistYear
    }

    /// The fiscal year containing `date`.
    public init(containing date: CalendarDate) {
        self = date.fiscalYear
    }

    /// 1 October of C.E. year N-544.
    public var start: CalendarDate {
        CalendarDate(unchecked: buddhistYear - beOffset - 1, 10, 1)
    }

    /// 30 September of C.E. year N-543.
    public var end: CalendarDate {
        CalendarDate(unchecked: buddhistYear - beOffset, 9, 30)
    }

    public func contains(_ d: CalendarDate) -> Bool {
        d.fiscalYear == self
    }

    public func contains(_ m: YearMonth) -> Bool {
        m.fiscalYear == self
    }

    public var previous: FiscalYear { FiscalYear(buddhistYear: buddhistYear - 1) }

    public var next: FiscalYear { FiscalYear(buddhistYear: buddhistYear + 1) }

    /// The 12 months in order Oct..Sep as (C.E. year, month).
    public var months: [YearMonth] {
        let firstYear = buddhistYear - beOffset - 1
        var result: [YearMonth] = []
        result.reserveCapacity(12)
        for m in 10...12 { result.append(YearMonth(unchecked: firstYear, m)) }
        for m in 1...9 { result.append(YearMonth(unchecked: firstYear + 1, m)) }
        return result
    }

    /// Number of days in the fiscal year (365 or 366).
    public var dayCount: Int { end.daysSinceEpoch - start.daysSinceEpoch + 1 }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool {
        lhs.buddhistYear < rhs.buddhistYear
    }
}

/// Which era a year number is written in.
public enum YearEra: Sendable {
    case christian, buddhist
}

/// Likely-calendar-confusion helper: a year >= 2400 is probably B.E., a year < 2200 probably
/// C.E. The ambiguous band 2200..<2400 is split at 2300 (use `confidentEra(ofYear:)` to tell
/// that band apart).
public func guessEra(ofYear year: Int) -> YearEra {
    year >= 2300 ? .buddhist : .christian
}

/// Like `guessEra(ofYear:)` but nil for the ambiguous band 2200..<2400.
public func confidentEra(ofYear year: Int) -> YearEra? {
    if year >= 2400 { return .buddhist }
    if year < 2200 { return .christian }
    return nil
}

extension CalendarDate {
    /// Offset between Buddhist Era and Common Era year numbers (B.E. = C.E. + 543).
    public static let buddhistEraOffset = beOffset

    /// Gregorian leap year rule (C.E. year).
    public static func isLeapYear(_ year: Int) -> Bool { gregorianIsLeapYear(year) }

    /// Days in a month (28...31), 0 for a month outside 1...12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        gregorianDaysInMonth(year: year, month: month)
    }
}

func gregorianIsLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

func gregorianDaysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: return 31
    case 4, 6, 9, 11: return 30
    case 2: return gregorianIsLeapYear(year) ? 29 : 28
    default: return 0
    }
}

// MARK: - Day-number arithmetic (Howard Hinnant's civil calendar algorithms)

private func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

private func floorMod(_ a: Int, _ b: Int) -> Int {
    a - floorDiv(a, b) * b
}

/// Days since 1970-01-01 of a proleptic-Gregorian date.
func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = floorDiv(y, 400)
    let yoe = y - era * 400                                  // 0...399
    let mp = month > 2 ? month - 3 : month + 9                // March = 0
    let doy = (153 * mp + 2) / 5 + day - 1                    // 0...365
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy           // 0...146096
    return era * 146_097 + doe - 719_468
}

/// Inverse of `daysFromCivil`.
func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = floorDiv(z, 146_097)
    let doe = z - era * 146_097                               // 0...146096
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
}

extension CalendarDate {
    /// Stored as its ISO text (`2025-09-30`); decoding refuses anything that is not a valid date,
    /// so a damaged build cache is rejected rather than trusted.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
