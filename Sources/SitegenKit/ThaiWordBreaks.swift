import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// Marks the word boundaries of Thai text, which is written without spaces between words,
/// with ZERO WIDTH SPACE (U+200B), using ICU's dictionary word breaks: the ones a browser's
/// `Intl.Segmenter('th')` finds, and so the ones Pagefind's search script splits a query into.
///
/// Pagefind's own Thai segmentation at indexing time leaves long runs whole
/// (ช่องทางแจ้งเรื่องร้องเรียนการทุจริต… as one word), and it matches a query's words only as the
/// beginnings of indexed words: a query for ร้องเรียน then misses every page where the word sits
/// inside such a run. Pagefind splits words at U+200B, so the text it indexes is marked first;
/// the published pages are not changed, and the mark is invisible in its excerpts.
public enum ThaiWordBreaks {
    public static let mark = "\u{200B}"

    /// Whether this build of sitegen can find Thai word breaks (ICU is available).
    public static var available: Bool {
        #if canImport(_FoundationICU)
        true
        #else
        false
        #endif
    }

    /// The HTML with the Thai runs of its text marked: text outside tags, and not inside
    /// `script`, `style` or comments. Tags and attribute values are left as they are.
    public static func markedHTML(_ html: String) -> String {
        guard available else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        let breaker = Breaker()
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                // A tag, a comment, or a script/style element: copied as it is.
                let end: Int
                if hasPrefix(bytes, at: i, "<!--") {
                    end = find(bytes, "-->", from: i + 4).map { $0 + 3 } ?? n
                } else if hasPrefixIgnoringCase(bytes, at: i, "<script") {
                    end = findIgnoringCase(bytes, "</script>", from: i).map { $0 + 9 } ?? n
                } else if hasPrefixIgnoringCase(bytes, at: i, "<style") {
                    end = findIgnoringCase(bytes, "</style>", from: i).map { $0 + 8 } ?? n
                } else {
                    end = (bytes[i...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }) ?? n
                }
                out.append(contentsOf: bytes[i..<end])
                i = end
                continue
            }
            if isThaiLead(bytes, at: i) {
                var j = i
                while isThaiLead(bytes, at: j) { j += 3 }
                breaker.appendMarked(bytes[i..<j], to: &out)
                i = j
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Plain text with the words of its Thai runs separated by `mark`.
    public static func marked(_ text: String) -> String {
        guard available else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        let breaker = Breaker()
        var i = 0
        while i < bytes.count {
            if isThaiLead(bytes, at: i) {
                var j = i
                while isThaiLead(bytes, at: j) { j += 3 }
                breaker.appendMarked(bytes[i..<j], to: &out)
                i = j
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// U+0E00–U+0E7F in UTF-8: E0 B8 80 … E0 B9 BF.
    static func isThaiLead(_ bytes: [UInt8], at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE0 && (bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9)
    }

    private static func hasPrefix(_ bytes: [UInt8], at i: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        return i + p.count <= bytes.count && bytes[i..<(i + p.count)].elementsEqual(p)
    }

    private static func hasPrefixIgnoringCase(_ bytes: [UInt8], at i: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        guard i + p.count <= bytes.count else { return false }
        for k in 0..<p.count where lower(bytes[i + k]) != p[k] { return false }
        return true
    }

    private static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    private static func find(_ bytes: [UInt8], _ needle: String, from: Int) -> Int? {
        let p = Array(needle.utf8)
        var i = from
        while i + p.count <= bytes.count {
            if bytes[i..<(i + p.count)].elementsEqual(p) { return i }
            i += 1
        }
        return nil
    }

    private static func findIgnoringCase(_ bytes: [UInt8], _ needle: String, from: Int) -> Int? {
        var i = from
        while i < bytes.count {
            if hasPrefixIgnoringCase(bytes, at: i, needle) { return i }
            i += 1
        }
        return nil
    }

    /// One ICU word break iterator for Thai, reused for every run of one text.
    private final class Breaker {
        #if canImport(_FoundationICU)
        private var iterator: OpaquePointer?

        init() {
            var status = U_ZERO_ERROR
            iterator = swift_ubrk_open(UBRK_WORD, "th", nil, 0, &status)
            if status.rawValue > U_ZERO_ERROR.rawValue { iterator = nil }
        }

        deinit {
            if let iterator { swift_ubrk_close(iterator) }
        }
        #endif

        /// Appends the run's UTF-8 bytes with `mark` between its words.
        func appendMarked(_ run: ArraySlice<UInt8>, to out: inout [UInt8]) {
            #if canImport(_FoundationICU)
            guard let iterator else { out.append(contentsOf: run); return }
            let units = Array(String(decoding: run, as: UTF8.self).utf16)
            var status = U_ZERO_ERROR
            units.withUnsafeBufferPointer { buffer in
                swift_ubrk_setText(iterator, buffer.baseAddress, Int32(buffer.count), &status)
                guard status.rawValue <= U_ZERO_ERROR.rawValue else { out.append(contentsOf: run); return }
                var start = Int(swift_ubrk_first(iterator))
                while true {
                    let end = swift_ubrk_next(iterator)
                    if end == UBRK_DONE { break }
                    if start > 0 { out.append(contentsOf: [0xE2, 0x80, 0x8B]) }
                    out.append(contentsOf: String(decoding: buffer[start..<Int(end)], as: UTF16.self).utf8)
                    start = Int(end)
                }
            }
            #else
            out.append(contentsOf: run)
            #endif
        }
    }
}
