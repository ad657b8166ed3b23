import Foundation
import Markdown

/// A long text of a data file (a plan's rationale, a step of its method) read as Markdown, with
/// the same safety as pages: libcmark-gfm, raw HTML off unless the site opts in.
///
/// A text that is one paragraph is given without its `<p>`, so that it can sit in a list item
/// or a paragraph of the template as a plain string did; a text with blocks (a list, a table,
/// several paragraphs) is given whole, its tables wrapped in a scrolling region as on pages.
public struct RichText: Sendable, Hashable {
    public var html: String
    /// One paragraph, given without its `<p>` (`html` is inline).
    public var isInline: Bool

    public init(html: String, isInline: Bool) {
        self.html = html
        self.isInline = isInline
    }

    /// A table is captioned with the text's first paragraph ("๖.๒ คณะกรรมการมีองค์ประกอบดังนี้"),
    /// else with `caption` (the field's heading): a text has no heading of its own to name it.
    public static func render(_ text: String, options: MarkdownOptions, caption: String = "ตาราง") -> RichText {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if isPlain(trimmed) { return RichText(html: HTMLEscaping.escape(trimmed), isInline: true) }
        let md = SiteRenderer.wrapTables(MarkdownRenderer.render(trimmed, options: options))
        var html = md.html
        if html.contains("<table>") {
            let name = md.firstParagraph.isEmpty ? caption : md.firstParagraph
            html = html.replacingOccurrences(of: "aria-label=\"ตาราง (เลื่อนดูด้านข้างได้)\"><table>",
                                             with: "aria-label=\"ตาราง (เลื่อนดูด้านข้างได้)\"><table><caption>\(HTMLEscaping.escape(name))</caption>")
        }
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") {
            let inner = html.dropFirst(3).dropLast(4)
            if !inner.contains("<p>") && !inner.contains("</p>") { return RichText(html: String(inner), isInline: true) }
        }
        return RichText(html: html, isInline: html.isEmpty)
    }

    /// Template values: `html` (to be written unescaped, `{{{html}}}`) and `isInline`.
    public var context: [String: Any] { ["html": html, "isInline": isInline] }

    /// Text Markdown would print as it is (no markup, no line break, no list or heading marker):
    /// escaped without parsing, which is what a parse would give and costs nothing.
    public static func isPlain(_ text: String) -> Bool {
        var first = true
        var leadingDigits = 0
        for b in text.utf8 {
            switch b {
            case 0x0A, 0x0D, 0x2A, 0x5F, 0x60, 0x5B, 0x5D, 0x3C, 0x3E, 0x21, 0x23, 0x7C, 0x5C, 0x7E, 0x26, 0x3A:
                return false  // \n \r * _ ` [ ] < > ! # | \ ~ & :
            default: break
            }
            if first, b == 0x2D || b == 0x2B || b == 0x3D { return false }  // - + = open a list or underline
            if leadingDigits >= 0 {
                if (0x30...0x39).contains(b) { leadingDigits += 1 }
                else if leadingDigits > 0 && (b == 0x2E || b == 0x29) { return false }  // "1." "2)": a numbered list
                else { leadingDigits = -1 }
            }
            first = false
        }
        return !text.contains("www.")
    }
}

extension ContextEnvironment {
    /// A long text of a data file as Markdown (see `RichText`).
    public func richText(_ text: String, caption: String = "ตาราง") -> [String: Any] {
        RichText.render(text, options: markdownOptions, caption: caption).context
    }

    /// The entries of a list field (steps, objectives) as Markdown. A step that starts with its
    /// own number as the document writes it ("1)", "๖.๑", "(2)") keeps it as text — not turned
    /// into a list of its own — and the list then shows no numbers of the browser's
    /// (`ownNumbers`). One entry holding blocks (a whole Markdown list or table) is given
    /// whole, outside the template's list (`asList` false); so is one text of several lines,
    /// where "1." opens a Markdown list.
    public func richList(_ entries: [String], caption: String = "ตาราง") -> [String: Any] {
        // One text of several lines is Markdown as a whole: its "1." opens a list.
        let whole = entries.count == 1 && entries[0].contains("\n")
        let own = !whole && entries.contains { OwnNumber.prefix(of: $0) != nil }
        let rendered = entries.map { entry -> RichText in
            guard own, let n = OwnNumber.prefix(of: entry) else { return RichText.render(entry, options: markdownOptions, caption: caption) }
            // "1." and "1)" would open a Markdown list: their punctuation is escaped.
            var escaped = String(entry[..<n])
            if let last = escaped.last, last == "." || last == ")" { escaped.insert("\\", at: escaped.index(before: escaped.endIndex)) }
            return RichText.render(escaped + entry[n...], options: markdownOptions, caption: caption)
        }
        let asList = !(rendered.count == 1 && !rendered[0].isInline && !own)
        return [
            "entries": rendered.map(\.context), "asList": asList, "ownNumbers": own, "hasEntries": !rendered.isEmpty,
        ]
    }
}

/// Whether a text starts with its own number (for tests of the rule).
public enum OwnNumberProbe {
    public static func has(_ text: String) -> Bool { OwnNumber.prefix(of: text) != nil }
}

/// The number a document writes in front of a step or an objective: `1)`, `1.`, `(1)`, `๖.๑`,
/// `2.1.1)`, in Arabic or Thai digits, followed by a space.
enum OwnNumber {
    static func prefix(of text: String) -> String.Index? {
        let s = text.drop { $0 == " " }
        var i = s.startIndex
        func digits() -> Bool {
            let start = i
            while i < s.endIndex, let v = s[i].unicodeScalars.first?.value, s[i].unicodeScalars.count == 1,
                  (0x30...0x39).contains(v) || (0x0E50...0x0E59).contains(v) { i = s.index(after: i) }
            return i > start
        }
        if i < s.endIndex, s[i] == "(" {
            i = s.index(after: i)
            guard digits(), i < s.endIndex, s[i] == ")" else { return nil }
            i = s.index(after: i)
        } else {
            guard digits() else { return nil }
            var parts = 1
            while i < s.endIndex, s[i] == ".", s.index(after: i) < s.endIndex, s[s.index(after: i)].isNumber {
                i = s.index(after: i)
                guard digits() else { return nil }
                parts += 1
            }
            if i < s.endIndex, s[i] == "." || s[i] == ")" { i = s.index(after: i) }
            else if parts == 1 { return nil }
        }
        guard i < s.endIndex, s[i] == " " || s[i] == "\t" else { return nil }
        return i
    }
}
