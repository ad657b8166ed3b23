import Foundation

/// A catalogue of translated diagnostic texts, keyed by the English *template* of each text
/// (gettext-style): the English as the source code writes it, each interpolation `\(…)` written
/// as a numbered placeholder `{1}`, `{2}`, … in order. The translation names the same
/// placeholders, in whatever order its language needs:
///
///     en: the date '{1}' does not exist ({2} has {3} days).
///     th: ไม่มีวันที่ '{1}' ({2} มี {3} วัน)
///
/// A final English text is matched against every template at once (an index by each template's
/// literal beginning, then a backtracking match of its literal pieces), and the values the
/// placeholders took are carried into the translation unchanged: what a clerk wrote, quoted by
/// the message, stays as written. A value that is not quoted in the template (`{1}`, not
/// `'{1}'`) and is itself an English text of the catalogue (a phrase such as "a date
/// YYYY-MM-DD", or a whole hint that another hint wraps) is translated in its turn.
///
/// The catalogue text (see `ThaiMessages.swift` and docs/messages.md) is lines of
/// `en: …` followed by `th: …`; blank lines and lines starting with `#` are comments.
public struct MessageCatalogue: Sendable {
    /// One parsed template: its pieces, in order.
    struct Template: Sendable {
        enum Piece: Sendable, Equatable {
            case literal(String)
            case placeholder(Int)
        }
        let english: String
        let pieces: [Piece]
        let translation: [Piece]
        /// Characters of literal text: among several templates that match, the most specific wins.
        let literalLength: Int
        /// Placeholder numbers written between quotes in the English (their values are the clerk's).
        let quoted: Set<Int>

        var prefix: String {
            if case .literal(let s)? = pieces.first { return s }
            return ""
        }
    }

    /// A line of the catalogue text that could not be read (reported by the catalogue's tests).
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let text: String
        public var description: String { "line \(line): \(text)" }
    }

    /// Texts with no placeholder, by their English.
    private let exact: [String: String]
    /// Templates with a literal beginning, by the first `indexLength` bytes of it (or the
    /// whole beginning, when shorter: `shortPrefixes`).
    private let byPrefix: [String: [Template]]
    private let shortPrefixes: [Int: [String: [Template]]]
    /// Templates that begin with a placeholder.
    private let unanchored: [Template]
    private static let indexLength = 12

    /// Every English template of the catalogue, as written in it.
    public let englishTemplates: [String]
    /// Lines of the text that are not `en:`/`th:` pairs, or whose placeholders disagree.
    public let problems: [Problem]

    public init(text: String) {
        var exact: [String: String] = [:]
        var byPrefix: [String: [Template]] = [:]
        var shortPrefixes: [Int: [String: [Template]]] = [:]
        var unanchored: [Template] = []
        var english: [String] = []
        var problems: [Problem] = []
        var pending: (line: Int, text: String)?
        // Lines split and tested on bytes: the catalogue is read at the first message of a run.
        for (index, raw) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) || raw.first == UInt8(ascii: "#") { continue }
            let line = String(Substring(raw))
            if line.hasPrefix("en: ") {
                if let p = pending { problems.append(Problem(line: p.line, text: "an 'en:' line without its 'th:' line")) }
                pending = (number, String(line.dropFirst(4)))
                continue
            }
            guard line.hasPrefix("th: "), let en = pending else {
                problems.append(Problem(line: number, text: "expected 'en: …' or 'th: …', found: \(line)"))
                continue
            }
            pending = nil
            let th = String(line.dropFirst(4))
            let pieces = Self.pieces(en.text), translation = Self.pieces(th)
            let used = Set(pieces.compactMap { if case .placeholder(let n) = $0 { return n } else { return nil } })
            let usedTh = Set(translation.compactMap { if case .placeholder(let n) = $0 { return n } else { return nil } })
            guard used == usedTh else {
                problems.append(Problem(line: number, text: "the Thai text has placeholders \(usedTh.sorted()), the English \(used.sorted())"))
                continue
            }
            english.append(en.text)
            if used.isEmpty {
                if exact[en.text] != nil { problems.append(Problem(line: en.line, text: "given twice: \(en.text)")) }
                exact[en.text] = th
                continue
            }
            var quoted: Set<Int> = []
            for (i, piece) in pieces.enumerated() {
                guard case .placeholder(let n) = piece else { continue }
                let before: Character? = i > 0 ? { if case .literal(let s) = pieces[i - 1] { return s.last } else { return nil } }() : nil
                if let before, "'\"‘“".contains(before) { quoted.insert(n) }
            }
            let literalLength = pieces.reduce(0) { if case .literal(let s) = $1 { return $0 + s.count } else { return $0 } }
            let template = Template(english: en.text, pieces: pieces, translation: translation,
                                    literalLength: literalLength, quoted: quoted)
            let prefix = template.prefix
            if prefix.isEmpty {
                unanchored.append(template)
            } else if prefix.utf8.count >= Self.indexLength {
                byPrefix[Self.key(prefix[...], Self.indexLength), default: []].append(template)
            } else {
                shortPrefixes[prefix.utf8.count, default: [:]][prefix, default: []].append(template)
            }
        }
        if let p = pending { problems.append(Problem(line: p.line, text: "an 'en:' line without its 'th:' line")) }
        self.exact = exact
        self.byPrefix = byPrefix
        self.shortPrefixes = shortPrefixes
        self.unanchored = unanchored
        self.englishTemplates = english
        self.problems = problems
    }

    /// The translation of an English text, or nil when no template of the catalogue matches it.
    public func translate(_ english: String) -> String? {
        // A run repeats its messages (the same warning on many pages or sites): each English
        // text is matched once.
        if let known = translations.withLock({ $0[english] }) { return known }
        let made = translate(english, depth: 0)
        translations.withLock {
            // Bounded: a province run meets messages quoting each site's own values.
            if $0.count >= 4096 { $0.removeAll(keepingCapacity: true) }
            $0[english] = made
        }
        return made
    }

    /// The first `length` bytes of `text` as an index key (a cut inside a letter is decoded the
    /// same way on both sides, so keys still compare).
    private static func key(_ text: Substring, _ length: Int) -> String {
        String(decoding: text.utf8.prefix(length), as: UTF8.self)
    }

    private let translations = TranslationMemo()

    /// Whether the catalogue has the template `english` itself (as the source code writes it).
    public func contains(template english: String) -> Bool {
        if exact[english] != nil { return true }
        let pieces = Self.pieces(english)
        return candidates(for: english).contains { $0.pieces == pieces }
            || unanchored.contains { $0.english == english }
    }

    private func translate(_ english: String, depth: Int) -> String? {
        if let th = exact[english] { return th }
        var best: (Template, [Int: Substring])?
        for template in candidates(for: english) where template.literalLength > (best?.0.literalLength ?? -1) {
            if let values = Self.match(template.pieces, english) { best = (template, values) }
        }
        guard let (template, values) = best else { return nil }
        var out = ""
        for piece in template.translation {
            switch piece {
            case .literal(let s): out += s
            case .placeholder(let n):
                let value = values[n].map(String.init) ?? ""
                if depth < 3, !template.quoted.contains(n), !value.isEmpty, let th = translate(value, depth: depth + 1) {
                    out += th
                } else {
                    out += value
                }
            }
        }
        return out
    }

    /// The templates that may match `text`: those whose literal beginning it starts with, and
    /// those that begin with a placeholder.
    private func candidates(for text: String) -> [Template] {
        var out: [Template] = []
        if let bucket = byPrefix[Self.key(text[...], Self.indexLength)] {
            out += bucket.filter { text.utf8.starts(with: $0.prefix.utf8) }
        }
        for (length, table) in shortPrefixes where length <= text.utf8.count {
            if let bucket = table[Self.key(text[...], length)] { out += bucket }
        }
        return out + unanchored
    }

    /// The values of the placeholders when `pieces` match the whole of `text`, or nil.
    static func match(_ pieces: [Template.Piece], _ text: String) -> [Int: Substring]? {
        var values: [Int: Substring] = [:]
        return match(pieces[...], text[...], &values) ? values : nil
    }

    private static func match(_ pieces: ArraySlice<Template.Piece>, _ text: Substring, _ values: inout [Int: Substring]) -> Bool {
        // On UTF-8 bytes: a literal starts with a whole scalar, so where one is found is a scalar
        // boundary (comparing Characters cost a grapheme break per letter of Thai text).
        guard let first = pieces.first else { return text.isEmpty }
        switch first {
        case .literal(let s):
            guard text.utf8.starts(with: s.utf8) else { return false }
            return match(pieces.dropFirst(), text[text.utf8.index(text.startIndex, offsetBy: s.utf8.count)...], &values)
        case .placeholder(let n):
            let rest = pieces.dropFirst()
            guard let next = rest.first else {
                values[n] = text
                return true
            }
            guard case .literal(let literal) = next else {
                // Two placeholders side by side: the first takes nothing.
                values[n] = text.prefix(0)
                return match(rest, text, &values)
            }
            // The shortest value that lets the rest match.
            let bytes = text.utf8, lead = literal.utf8.first!
            var from = text.startIndex
            while let at = bytes[from...].firstIndex(of: lead) {
                if bytes[at...].starts(with: literal.utf8) {
                    values[n] = text[text.startIndex..<at]
                    if match(rest.dropFirst(), text[bytes.index(at, offsetBy: literal.utf8.count)...], &values) { return true }
                }
                from = bytes.index(after: at)
            }
            return false
        }
    }

    static func pieces(_ template: String) -> [Template.Piece] {
        // `{n}` (n ≥ 1) is a placeholder; everything else literal. On bytes: `{`, `}` and digits
        // are ASCII, so every cut is between whole scalars.
        let bytes = Array(template.utf8)
        var out: [Template.Piece] = []
        var start = 0, i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "}")), close > i + 1,
               bytes[(i + 1)..<close].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
               let n = Int(String(decoding: bytes[(i + 1)..<close], as: UTF8.self)), n > 0 {
                if start < i { out.append(.literal(String(decoding: bytes[start..<i], as: UTF8.self))) }
                out.append(.placeholder(n))
                i = close + 1
                start = i
            } else {
                i += 1
            }
        }
        if start < bytes.count { out.append(.literal(String(decoding: bytes[start..<bytes.count], as: UTF8.self))) }
        return out
    }

}

/// The translations made so far in a run, shared by every thread.
final class TranslationMemo: @unchecked Sendable {  // `done` is guarded by `lock`
    private let lock = NSLock()
    private var done: [String: String?] = [:]

    func withLock<R>(_ body: (inout [String: String?]) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&done)
    }
}
