/// Which digit glyphs to use when rendering numbers.
public enum DigitStyle: String, Sendable, CaseIterable {
    /// Thai digits ๐ ๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘ ๙ (U+0E50...U+0E59).
    case thai
    /// ASCII digits 0-9.
    case arabic
}

// UTF-8 encoding of the Thai digits U+0E50...U+0E59 is E0 B9 90...99.
let thaiDigitLead: UInt8 = 0xE0
let thaiDigitMiddle: UInt8 = 0xB9
let thaiDigitZeroTail: UInt8 = 0x90
let asciiZero: UInt8 = 0x30

/// Converts Thai digits (๐-๙) to ASCII digits (0-9); every other character is left unchanged.
///
/// `asciiDigits("๑๖,๐๐๐ บาท") == "16,000 บาท"`
public func asciiDigits(_ s: String) -> String {
    let converted = s.utf8.withContiguousStorageIfAvailable { thaiDigitsToASCII($0) }
        ?? Array(s.utf8).withUnsafeBufferPointer { thaiDigitsToASCII($0) }
    return converted ?? s
}

/// Replaces every UTF-8 sequence E0 B9 90...99 (๐-๙) by the ASCII digit; nil when there is
/// none (so the caller can return its input untouched). E0 is always a lead byte in valid
/// UTF-8, so matching the three-byte sequence cannot misalign.
private func thaiDigitsToASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let n = bytes.count
    var i = 0
    var out: [UInt8] = []
    var copiedUpTo = 0
    while i + 2 < n {
        if bytes[i] == thaiDigitLead && bytes[i + 1] == thaiDigitMiddle
            && bytes[i + 2] >= thaiDigitZeroTail && bytes[i + 2] <= thaiDigitZeroTail + 9 {
            if out.isEmpty { out.reserveCapacity(n) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<i]))
            out.append(asciiZero + (bytes[i + 2] - thaiDigitZeroTail))
            i += 3
            copiedUpTo = i
        } else {
            i += 1
        }
    }
    if copiedUpTo == 0 { return nil }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<n]))
    return String(decoding: out, as: UTF8.self)
}

/// Replaces every ASCII digit by the Thai digit; nil when there is none.
func asciiDigitsToThai(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let first = bytes.firstIndex(where: { $0 >= asciiZero && $0 <= asciiZero + 9 }) else {
        return nil
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<first]))
    for b in UnsafeBufferPointer(rebasing: bytes[first...]) {
        if b >= asciiZero && b <= asciiZero + 9 {
            out.append(thaiDigitLead)
            out.append(thaiDigitMiddle)
            out.append(thaiDigitZeroTail + (b - asciiZero))
        } else {
            out.append(b)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// Value 0...9 of an ASCII or Thai digit scalar, nil for anything else.
func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0x0E50...0x0E59: return Int(scalar.value - 0x0E50)
    default: return nil
    }
}

/// A tiny UTF-8 byte builder used by the formatters. Digits are emitted directly in the
/// requested style, so no second conversion pass is needed.
struct TextBuffer {
    private(set) var bytes: [UInt8]
    let style: DigitStyle

    init(style: DigitStyle, capacity: Int = 32) {
        self.style = style
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends one digit 0...9 in the buffer's style.
    mutating func digit(_ d: UInt8) {
        if style == .thai {
            bytes.append(thaiDigitLead)
            bytes.append(thaiDigitMiddle)
            bytes.append(thaiDigitZeroTail + d)
        } else {
            bytes.append(asciiZero + d)
        }
    }

    mutating func ascii(_ b: UInt8) { bytes.append(b) }

    mutating func text(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Appends an unsigned integer, optionally with "," every three digits, left-padded with
    /// zeros to at least `minDigits` digits.
    mutating func unsigned(_ v: UInt64, grouping: Bool = false, minDigits: Int = 1) {
        var count = 1
        var p: UInt64 = 1
        while v / p >= 10 { p &*= 10; count += 1 }
        if count < minDigits {
            for _ in 0..<(minDigits - count) { digit(0) }
        }
        var remaining = count
        var value = v
        while remaining > 0 {
            let d = value / p
            digit(UInt8(truncatingIfNeeded: d))
            value -= d &* p
            p /= 10
            remaining -= 1
            if grouping && remaining > 0 && remaining % 3 == 0 { bytes.append(0x2C) }
        }
    }

    /// Appends a signed integer with a leading "-" when negative.
    mutating func signed(_ v: Int64, grouping: Bool = false, minDigits: Int = 1) {
        if v < 0 { bytes.append(0x2D) }
        unsigned(v.magnitude, grouping: grouping, minDigits: minDigits)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
