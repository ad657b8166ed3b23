/// Money in satang (1 baht = 100 satang). Int64 storage; never floating point.
///
/// Arithmetic (`+`, `-`) traps on overflow like any Swift integer arithmetic.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic, Decodable {
    public let satang: Int64

    public init(satang: Int64) {
        self.satang = satang
    }

    /// Whole baht. Traps if `baht * 100` overflows Int64.
    public init(baht: Int64) {
        self.satang = baht * 100
    }

    /// Baht plus satang, nil on overflow. `satang` is added as given (it may exceed 99).
    public init?(baht: Int64, satang: Int64) {
        let (scaled, o1) = baht.multipliedReportingOverflow(by: 100)
        let (total, o2) = scaled.addingReportingOverflow(satang)
        guard !o1, !o2 else { return nil }
        self.satang = total
    }

    /// Parses what a clerk types: "16000", "16,000", "16,000.50", "1510000.5", "๑๖,๐๐๐"
    /// (Thai digits, or a mix), optional surrounding whitespace, optional trailing "บาท"
    /// (with or without a space before it). A leading "-" gives a negative amount (the caller
    /// validates). nil for: more than 2 decimals, anything else that is not a plain amount
    /// (letters, "+", "1.", ".5", "1,00", "1 000", empty), and amounts that overflow Int64 satang.
    ///
    /// Commas, when present, must be proper thousands separators ("1,000" or "1,000,000",
    /// not "1,00" or "10,00,000"), so a typo is rejected instead of silently accepted.
    public init?(parsing text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        func trim() {
            while let f = scalars.first, f.properties.isWhitespace { scalars.removeFirst() }
            while let l = scalars.last, l.properties.isWhitespace { scalars.removeLast() }
        }
        trim()
        let unit: [Unicode.Scalar] = ["\u{0E1A}", "\u{0E32}", "\u{0E17}"] // "บาท"
        if scalars.count >= unit.count, Array(scalars.suffix(unit.count)) == unit {
            scalars.removeLast(unit.count)
            trim()
        }

        var negative = false
        if scalars.first == "-" {
            negative = true
            scalars.removeFirst()
        }

        var whole: Int64 = 0
        var integerDigits = 0
        var groupDigits = 0          // digits since the last comma (or the start)
        var sawComma = false
        var fraction: Int64 = 0
        var fractionDigits = 0
        var inFraction = false

        for scalar in scalars {
            if let d = digitValue(scalar) {
                if inFraction {
                    fractionDigits += 1
                    guard fractionDigits <= 2 else { return nil }
                    fraction = fraction * 10 + Int64(d)
                } else {
                    let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(Int64(d))
                    guard !o1, !o2 else { return nil }
                    whole = a
                    integerDigits += 1
                    groupDigits += 1
                    if sawComma && groupDigits > 3 { return nil }
                }
            } else if scalar == "," {
                guard !inFraction else { return nil }
                // The group before a comma: 1...3 digits first, exactly 3 afterwards.
                guard groupDigits >= 1, groupDigits <= 3, !sawComma || groupDigits == 3 else {
                    return nil
                }
                sawComma = true
                groupDigits = 0
            } else if scalar == "." {
                guard !inFraction, integerDigits > 0 else { return nil }
                inFraction = true
            } else {
                return nil
            }
        }
        guard integerDigits > 0 else { return nil }
        if sawComma && groupDigits != 3 { return nil }
        if inFraction && fractionDigits == 0 { return nil }
        if fractionDigits == 1 { fraction *= 10 }

        let (scaled, o1) = whole.multipliedReportingOverflow(by: 100)
        let (total, o2) = scaled.addingReportingOverflow(fraction)
        guard !o1, !o2 else { return nil }
        self.satang = negative ? -total : total
    }

    public static let zero = Money(satang: 0)

    public var isNegative: Bool { satang < 0 }

    public var isZero: Bool { satang == 0 }

    /// Whole baht, truncated toward zero (-5.50 baht gives -5).
    public var wholeBaht: Int64 { satang / 100 }

    /// The satang below one baht, with the sign of the amount (-5.50 baht gives -50), so that
    /// `wholeBaht * 100 + satangPart == satang`.
    public var satangPart: Int64 { satang % 100 }

    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(satang: lhs.satang + rhs.satang)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        Money(satang: lhs.satang - rhs.satang)
    }

    public static prefix func - (operand: Money) -> Money {
        Money(satang: -operand.satang)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.satang < rhs.satang
    }
}
