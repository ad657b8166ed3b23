/// Thai month names, index 0 = January.
public enum ThaiMonthNames: Sendable {
    /// มกราคม ... ธันวาคม
    public static let full: [String] = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]
    /// ม.ค. ... ธ.ค.
    public static let short: [String] = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]

    /// Full name of month 1...12.
    public static func full(month: Int) -> String { full[month - 1] }

    /// Abbreviated name of month 1...12.
    public static func short(month: Int) -> String { short[month - 1] }
}

/// Formats numbers, dates and money the Thai way. Cheap to create and copy; every method is
/// pure arithmetic (no Foundation formatters), safe to call from any thread.
///
/// All years shown are Buddhist Era (C.E. + 543).
public struct ThaiFormatter: Sendable {
    public var digits: DigitStyle

    public init(digits: DigitStyle) {
        self.digits = digits
    }

    /// Thai digits.
    public static let thai = ThaiFormatter(digits: .thai)
    /// ASCII digits.
    public static let arabic = ThaiFormatter(digits: .arabic)

    /// Converts ASCII 0-9 to ๐-๙ when the style is `.thai`; returns `s` unchanged otherwise.
    public func digits(_ s: String) -> String {
        guard digits == .thai else { return s }
        let converted = s.utf8.withContiguousStorageIfAvailable { asciiDigitsToThai($0) }
            ?? Array(s.utf8).withUnsafeBufferPointer { asciiDigitsToThai($0) }
        return converted ?? s
    }

    /// Thousands separators: "1,234,567", "-1,234,567" (digits applied).
    public func number(_ n: Int) -> String {
        var buf = TextBuffer(style: digits)
        if n < 0 { buf.ascii(0x2D) }
        buf.unsigned(UInt64(n.magnitude), grouping: true)
        return buf.string
    }

    /// Thousands separators for an Int64: "1,234,567" (digits applied).
    public func number(_ n: Int64) -> String {
        var buf = TextBuffer(style: digits)
        buf.signed(n, grouping: true)
        return buf.string
    }

    /// "15 มกราคม 2568" (B.E. year, digits applied).
    public func date(_ d: CalendarDate) -> String {
        var buf = TextBuffer(style: digits, capacity: 48)
        buf.unsigned(UInt64(d.day))
        buf.ascii(0x20)
        buf.text(ThaiMonthNames.full[d.month - 1])
        buf.ascii(0x20)
        buf.signed(Int64(d.buddhistYear))
        return buf.string
    }

    /// "15 ม.ค. 68" (two-digit B.E. year, digits applied).
    public func shortDate(_ d: CalendarDate) -> String {
        var buf = TextBuffer(style: digits, capacity: 32)
        buf.unsigned(UInt64(d.day))
        buf.ascii(0x20)
        buf.text(ThaiMonthNames.short[d.month - 1])
        buf.ascii(0x20)
        buf.unsigned(UInt64(twoDigitYear(d.buddhistYear)), minDigits: 2)
        return buf.string
    }

    /// "มกราคม 2568"
    public func monthYear(_ m: YearMonth) -> String {
        var buf = TextBuffer(style: digits, capacity: 40)
        buf.text(ThaiMonthNames.full[m.month - 1])
        buf.ascii(0x20)
        buf.signed(Int64(m.buddhistYear))
        return buf.string
    }

    /// "ม.ค. 68"
    public func shortMonthYear(_ m: YearMonth) -> String {
        var buf = TextBuffer(style: digits, capacity: 24)
        buf.text(ThaiMonthNames.short[m.month - 1])
        buf.ascii(0x20)
        buf.unsigned(UInt64(twoDigitYear(m.buddhistYear)), minDigits: 2)
        return buf.string
    }

    /// "2568" with digits applied (no thousands separator).
    public func year(_ buddhistYear: Int) -> String {
        var buf = TextBuffer(style: digits, capacity: 12)
        buf.signed(Int64(buddhistYear))
        return buf.string
    }

    /// "1 ตุลาคม 2567 – 30 กันยายน 2568" style range; a single date when both are equal.
    public func dateRange(_ from: CalendarDate, _ to: CalendarDate) -> String {
        from == to ? date(from) : date(from) + " – " + date(to)
    }

    /// "16,000" when the satang part is 0, "1,510,000.50" otherwise; "-" prefix when negative;
    /// digits applied.
    public func baht(_ m: Money) -> String {
        var buf = TextBuffer(style: digits)
        appendBaht(m, to: &buf)
        return buf.string
    }

    /// Always two decimals: "16,000.00", "1,510,000.50" (as in accounting tables).
    public func bahtTwoDecimals(_ m: Money) -> String {
        var buf = TextBuffer(style: digits)
        appendBaht(m, to: &buf, forceDecimals: true)
        return buf.string
    }

    /// "16,000 บาท"
    public func bahtWithUnit(_ m: Money) -> String {
        var buf = TextBuffer(style: digits, capacity: 40)
        appendBaht(m, to: &buf)
        buf.text(" บาท")
        return buf.string
    }

    private func appendBaht(_ m: Money, to buf: inout TextBuffer, forceDecimals: Bool = false) {
        if m.satang < 0 { buf.ascii(0x2D) }
        let magnitude = m.satang.magnitude
        buf.unsigned(magnitude / 100, grouping: true)
        let fraction = magnitude % 100
        if fraction != 0 || forceDecimals {
            buf.ascii(0x2E)
            buf.unsigned(fraction, minDigits: 2)
        }
    }

    /// numerator / denominator as a percentage: "33.33%", rounded half away from zero
    /// (half-up for positive values), `fractionDigits` decimals (negative counts as 0).
    /// Integer part grouped like `number`. nil when denominator is 0. Digits applied.
    /// Exact for all Int64 inputs (no floating point, no overflow).
    public func percent(numerator: Int64, denominator: Int64, fractionDigits: Int = 2) -> String? {
        guard denominator != 0 else { return nil }
        let places = max(0, fractionDigits)
        let a = numerator.magnitude
        let b = denominator.magnitude

        // Long division of a/b into decimal digits: integer part of a/b, then the digits
        // after the point. percent = a/b * 100, so the first two fraction digits of a/b join
        // the integer part. One extra digit decides rounding (half-up: next digit >= 5).
        var integerDigits: [UInt8] = []
        var q = a / b
        var r = a % b
        if q == 0 {
            integerDigits = [0]
        } else {
            while q > 0 { integerDigits.append(UInt8(q % 10)); q /= 10 }
            integerDigits.reverse()
        }
        var fraction: [UInt8] = []
        fraction.reserveCapacity(places + 3)
        for _ in 0..<(places + 3) {
            let wide = r.multipliedFullWidth(by: 10)
            let (digit, rem) = b.dividingFullWidth(wide)
            fraction.append(UInt8(digit))
            r = rem
        }
        // Shift two digits into the integer part (multiply by 100).
        var whole = integerDigits + fraction[0..<2]
        var frac = Array(fraction[2..<(2 + places)])
        let roundUp = fraction[2 + places] >= 5

        if roundUp {
            var carry = true
            var i = frac.count - 1
            while carry && i >= 0 {
                if frac[i] == 9 { frac[i] = 0 } else { frac[i] += 1; carry = false }
                i -= 1
            }
            i = whole.count - 1
            while carry && i >= 0 {
                if whole[i] == 9 { whole[i] = 0 } else { whole[i] += 1; carry = false }
                i -= 1
            }
            if carry { whole.insert(1, at: 0) }
        }
        // Drop leading zeros of the integer part (keep at least one digit).
        var start = 0
        while start < whole.count - 1 && whole[start] == 0 { start += 1 }
        whole.removeFirst(start)

        let isZero = whole.allSatisfy { $0 == 0 } && frac.allSatisfy { $0 == 0 }
        let negative = (numerator < 0) != (denominator < 0) && !isZero

        var buf = TextBuffer(style: digits, capacity: whole.count + places + 8)
        if negative { buf.ascii(0x2D) }
        for (index, d) in whole.enumerated() {
            buf.digit(d)
            let remaining = whole.count - index - 1
            if remaining > 0 && remaining % 3 == 0 { buf.ascii(0x2C) }
        }
        if places > 0 {
            buf.ascii(0x2E)
            for d in frac { buf.digit(d) }
        }
        buf.ascii(0x25)
        return buf.string
    }

    /// A decimal literal such as "88.51" shown exactly as stated, with digits applied.
    public func decimal(_ s: String) -> String {
        digits(s)
    }

    private func twoDigitYear(_ y: Int) -> Int {
        let r = y % 100
        return r < 0 ? r + 100 : r
    }
}
