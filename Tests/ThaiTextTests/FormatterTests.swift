import Testing
@testable import ThaiText

private let thai = ThaiFormatter(digits: .thai)
private let arabic = ThaiFormatter(digits: .arabic)

private func date(_ iso: String) -> CalendarDate {
    guard let d = CalendarDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return d
}

private func ym(_ y: Int, _ m: Int) -> YearMonth {
    guard let v = YearMonth(year: y, month: m) else { fatalError("bad test month") }
    return v
}

@Suite("Digits")
struct DigitsTests {
    @Test func styles() {
        #expect(DigitStyle.allCases == [.thai, .arabic])
        #expect(DigitStyle(rawValue: "thai") == .thai)
        #expect(DigitStyle(rawValue: "arabic") == .arabic)
        #expect(ThaiFormatter.thai.digits == .thai)
        #expect(ThaiFormatter.arabic.digits == .arabic)
    }

    @Test("to Thai digits", arguments: [
        ("0123456789", "๐๑๒๓๔๕๖๗๘๙"), ("ปี 2568", "ปี ๒๕๖๘"), ("no digits", "no digits"), ("", ""),
        ("a1b22c", "a๑b๒๒c"), ("๑ and 1", "๑ and ๑"), ("88.51", "๘๘.๕๑"), ("é9", "é๙"),
    ])
    func toThai(_ input: String, _ expected: String) {
        #expect(thai.digits(input) == expected)
        #expect(arabic.digits(input) == input)
    }

    @Test("to ASCII digits", arguments: [
        ("๐๑๒๓๔๕๖๗๘๙", "0123456789"), ("๑๖,๐๐๐ บาท", "16,000 บาท"), ("16,000", "16,000"), ("", ""),
        ("ปี ๒๕๖๘", "ปี 2568"), ("มกราคม", "มกราคม"), ("๑a๒", "1a2"), ("ก๙", "ก9"),
    ])
    func toASCII(_ input: String, _ expected: String) {
        #expect(asciiDigits(input) == expected)
    }

    @Test func roundTrip() {
        let s = "วันที่ 15 มกราคม 2568 เวลา 09:30 น. งบ 1,510,000.50 บาท"
        #expect(asciiDigits(thai.digits(s)) == s)
        #expect(thai.digits(s) == "วันที่ ๑๕ มกราคม ๒๕๖๘ เวลา ๐๙:๓๐ น. งบ ๑,๕๑๐,๐๐๐.๕๐ บาท")
    }

    @Test func decimalAsStated() {
        #expect(thai.decimal("88.51") == "๘๘.๕๑")
        #expect(arabic.decimal("88.51") == "88.51")
        #expect(arabic.decimal("88.50") == "88.50")
        #expect(thai.decimal("100") == "๑๐๐")
    }
}

@Suite("Numbers")
struct NumberTests {
    @Test("grouping", arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (-1_234_567, "-1,234,567"), (1_234_567, "1,234,567"),
        (100_000, "100,000"), (-999, "-999"), (-1000, "-1,000"), (12_345, "12,345"),
        (Int.max, "9,223,372,036,854,775,807"), (Int.min, "-9,223,372,036,854,775,808"),
    ])
    func grouping(_ n: Int, _ expected: String) {
        #expect(arabic.number(n) == expected)
        #expect(thai.number(n) == asciiToThaiForTest(expected))
        #expect(arabic.number(Int64(n)) == expected)
    }

    @Test func thaiGrouping() {
        #expect(thai.number(1_234_567) == "๑,๒๓๔,๕๖๗")
        #expect(thai.number(0) == "๐")
    }

    @Test func years() {
        #expect(arabic.year(2568) == "2568")
        #expect(thai.year(2568) == "๒๕๖๘")
        #expect(arabic.year(12345) == "12345")
    }
}

/// Independent reference conversion for the tests (scalar based, not the module's code).
func asciiToThaiForTest(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { scalar in
        if ("0"..."9").contains(scalar) {
            return Unicode.Scalar(0x0E50 + scalar.value - 0x30)!
        }
        return scalar
    }))
}

@Suite("Dates")
struct DateFormattingTests {
    @Test func exampleDate() {
        #expect(arabic.date(date("2025-01-15")) == "15 มกราคม 2568")
        #expect(thai.date(date("2025-01-15")) == "๑๕ มกราคม ๒๕๖๘")
        #expect(arabic.shortDate(date("2025-01-15")) == "15 ม.ค. 68")
        #expect(thai.shortDate(date("2025-01-15")) == "๑๕ ม.ค. ๖๘")
    }

    @Test("full and short date for every month", arguments: Array(1...12))
    func everyMonth(_ month: Int) throws {
        let d = try #require(CalendarDate(year: 2024, month: month, day: 1))
        #expect(arabic.date(d) == "1 \(ThaiMonthNames.full[month - 1]) 2567")
        #expect(arabic.shortDate(d) == "1 \(ThaiMonthNames.short[month - 1]) 67")
    }

    @Test func moreDates() {
        #expect(arabic.date(date("2024-10-01")) == "1 ตุลาคม 2567")
        #expect(arabic.date(date("2025-09-30")) == "30 กันยายน 2568")
        #expect(thai.date(date("2024-02-29")) == "๒๙ กุมภาพันธ์ ๒๕๖๗")
        // Two-digit year is zero padded: C.E. 2057 = B.E. 2600.
        #expect(arabic.shortDate(date("2057-12-31")) == "31 ธ.ค. 00")
        #expect(arabic.shortDate(date("2062-06-05")) == "5 มิ.ย. 05")
        #expect(thai.shortDate(date("2062-06-05")) == "๕ มิ.ย. ๐๕")
        #expect(arabic.dateRange(date("2024-10-01"), date("2025-09-30")) == "1 ตุลาคม 2567 – 30 กันยายน 2568")
        #expect(arabic.dateRange(date("2024-10-01"), date("2024-10-01")) == "1 ตุลาคม 2567")
    }

    @Test func monthYear() {
        #expect(arabic.monthYear(ym(2025, 1)) == "มกราคม 2568")
        #expect(thai.monthYear(ym(2025, 1)) == "มกราคม ๒๕๖๘")
        #expect(arabic.shortMonthYear(ym(2025, 1)) == "ม.ค. 68")
        #expect(thai.shortMonthYear(ym(2024, 12)) == "ธ.ค. ๖๗")
        #expect(arabic.monthYear(ym(2024, 10)) == "ตุลาคม 2567")
    }

    @Test func monthNames() {
        #expect(ThaiMonthNames.full == [
            "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
        ])
        #expect(ThaiMonthNames.short == [
            "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
        ])
        #expect(ThaiMonthNames.full[0] == "มกราคม")
        #expect(ThaiMonthNames.short[0] == "ม.ค.")
        #expect(ThaiMonthNames.full(month: 10) == "ตุลาคม")
        #expect(ThaiMonthNames.short(month: 12) == "ธ.ค.")
    }
}

@Suite("Baht amounts")
struct BahtFormattingTests {
    @Test("baht", arguments: [
        (Int64(1_600_000), "16,000"), (151_000_050, "1,510,000.50"), (0, "0"), (50, "0.50"), (1, "0.01"),
        (-550, "-5.50"), (-1_600_000, "-16,000"), (-5, "-0.05"), (123_456_789_01, "123,456,789.01"),
        (Int64.max, "92,233,720,368,547,758.07"), (Int64.min, "-92,233,720,368,547,758.08"),
    ])
    func baht(_ satang: Int64, _ expected: String) {
        #expect(arabic.baht(Money(satang: satang)) == expected)
        #expect(thai.baht(Money(satang: satang)) == asciiToThaiForTest(expected))
        #expect(arabic.bahtWithUnit(Money(satang: satang)) == expected + " บาท")
    }

    @Test func examples() {
        #expect(arabic.baht(Money(baht: 16_000)) == "16,000")
        #expect(thai.baht(Money(baht: 16_000)) == "๑๖,๐๐๐")
        #expect(arabic.bahtWithUnit(Money(baht: 16_000)) == "16,000 บาท")
        #expect(thai.bahtWithUnit(Money(satang: 151_000_050)) == "๑,๕๑๐,๐๐๐.๕๐ บาท")
        #expect(arabic.bahtTwoDecimals(Money(baht: 16_000)) == "16,000.00")
        #expect(arabic.bahtTwoDecimals(Money(satang: -5)) == "-0.05")
    }
}

@Suite("Percent")
struct PercentTests {
    @Test("rounding", arguments: [
        (Int64(1), Int64(3), 2, "33.33%"), (2, 3, 2, "66.67%"), (1, 8, 2, "12.50%"), (1, 8, 1, "12.5%"),
        (1, 8, 0, "13%"),  // 12.5 rounds half-up
        (1, 200, 0, "1%"), (1, 400, 0, "0%"), (1, 3, 0, "33%"), (2, 3, 0, "67%"), (0, 5, 2, "0.00%"),
        (5, 1, 2, "500.00%"), (1, 1, 2, "100.00%"), (999_995, 10_000_000, 2, "10.00%"), (999_449, 10_000_000, 2, "9.99%"), (999_949, 10_000_000, 2, "10.00%"),
        (99_994, 100_000, 2, "99.99%"), (99_995, 100_000, 2, "100.00%"), (999_995, 1_000_000, 2, "100.00%"), (1, 3, 5, "33.33333%"),
        (-1, 3, 2, "-33.33%"), (1, -3, 2, "-33.33%"), (-1, -3, 2, "33.33%"), (-1, 1_000_000, 2, "0.00%"),
        (-1, 8, 0, "-13%"), (1, 1_000_000, 2, "0.00%"), (5, 1_000_000, 3, "0.001%"), (2, 3, -1, "67%"),
        (100, 1, 0, "10,000%"),
        (Int64.max, 1, 2, "922,337,203,685,477,580,700.00%"),
        (Int64.min, 1, 0, "-922,337,203,685,477,580,800%"),
        (Int64.max, Int64.max, 2, "100.00%"), (Int64.max - 1, Int64.max, 2, "100.00%"),
        (1, Int64.max, 2, "0.00%"), (Int64.max / 3, Int64.max, 4, "33.3333%"),
    ])
    func rounding(_ n: Int64, _ d: Int64, _ places: Int, _ expected: String) {
        #expect(arabic.percent(numerator: n, denominator: d, fractionDigits: places) == expected)
        #expect(thai.percent(numerator: n, denominator: d, fractionDigits: places) == asciiToThaiForTest(expected))
    }

    @Test func defaults() {
        #expect(arabic.percent(numerator: 1, denominator: 3) == "33.33%")
        #expect(thai.percent(numerator: 1, denominator: 3) == "๓๓.๓๓%")
    }

    @Test func zeroDenominator() {
        #expect(arabic.percent(numerator: 1, denominator: 0) == nil)
        #expect(arabic.percent(numerator: 0, denominator: 0) == nil)
        #expect(thai.percent(numerator: -5, denominator: 0, fractionDigits: 0) == nil)
    }
}
