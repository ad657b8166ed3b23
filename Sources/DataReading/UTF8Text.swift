/// Byte-level helpers for the data loaders. A large CSV export is mostly Thai text, and reading it
/// Character by Character makes Swift find grapheme boundaries in every cell; these helpers work
/// on the UTF-8 bytes instead and give the same results.
package enum UTF8Text {
    /// Whether a scalar is white space as Foundation's `CharacterSet.whitespaces` has it (tab,
    /// space, no-break space, the other spaces of category Zs and U+200B): what
    /// `trimmingCharacters(in: .whitespaces)` removes.
    package static func isFoundationWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether splitting the text at `;`, space and no-break space, and looking for a trailing
    /// บาท, gives the same pieces on bytes as on Characters.
    ///
    /// A separator is a Character of its own unless a mark that joins the Character before it
    /// follows (`; ั`). In ASCII, Latin-1 and the Thai block the only such marks are Thai vowel and
    /// tone marks, and none of these scalars joins the one after it (there is no Prepend among
    /// them). A text with any scalar outside those blocks is left to the Character reading.
    package static func separatorsStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        var afterSeparator = false
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                afterSeparator = b == 0x3B || b == 0x20
                i += 1
            } else if b == 0xC2 || b == 0xC3 {
                // U+0080...U+00FF
                guard i + 1 < n else { return false }
                afterSeparator = b == 0xC2 && bytes[i + 1] == 0xA0
                i += 2
            } else if b == 0xE0, i + 2 < n, bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9 {
                // U+0E00...U+0E7F
                if afterSeparator && isThaiMark(bytes[i + 1], bytes[i + 2]) { return false }
                afterSeparator = false
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// U+0E31, U+0E33...U+0E3A and U+0E47...U+0E4E: the Thai marks that join the Character before
    /// them (given the last two bytes of a scalar whose UTF-8 starts with E0).
    private static func isThaiMark(_ second: UInt8, _ third: UInt8) -> Bool {
        switch (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F) {
        case 0x0E31, 0x0E33...0x0E3A, 0x0E47...0x0E4E: return true
        default: return false
        }
    }
}

extension String {
    /// The same as `trimmingCharacters(in: .whitespaces)`, without going through NSString.
    package func trimmingWhitespaces() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, UTF8Text.isFoundationWhitespace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, UTF8Text.isFoundationWhitespace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}

extension UTF8Text {
    /// The range without leading and trailing White_Space scalars, for bytes that hold only
    /// ASCII, Latin-1 and Thai (where those are U+0009...U+000D, space, U+0085 and U+00A0): the
    /// same as `CSVRowReader.trim`.
    package static func trimmingWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end {
            let b = bytes[start]
            if b == 0x20 || (0x09...0x0D).contains(b) { start += 1; continue }
            if b == 0xC2, start + 1 < end, bytes[start + 1] == 0x85 || bytes[start + 1] == 0xA0 { start += 2; continue }
            break
        }
        while end > start {
            let b = bytes[end - 1]
            if b == 0x20 || (0x09...0x0D).contains(b) { end -= 1; continue }
            if b == 0x85 || b == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { end -= 2; continue }
            break
        }
        return start..<end
    }
}
