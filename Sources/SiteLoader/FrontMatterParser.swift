import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

/// Splits a Markdown file into YAML front matter and body, and reads the front matter.
public enum FrontMatterParser {
    static let knownKeys = ["title", "description", "date", "updated", "draft", "weight", "aliases", "oit",
                            "attachments", "slug", "menu", "layout", "data"]

    public struct Parsed: Sendable {
        public var frontMatter: FrontMatter?
        public var body: String
        public var bodyLine: Int
        public var diagnostics: [Diagnostic]
    }

    /// `file` is the display path used in diagnostics.
    public static func parse(_ text: String, file: String) -> Parsed {
        guard let split = split(text) else {
            let d = Diagnostic.error("the page has no front matter, so it has no title.", file: file, line: 1,
                                     hint: "Start the file with three lines:  ---  /  title: ชื่อหน้า  /  ---")
            return Parsed(frontMatter: nil, body: text, bodyLine: 1, diagnostics: [d])
        }
        if split.unclosed {
            let d = Diagnostic.error("the front matter starts with '---' on line 1 but is never closed.", file: file,
                                     line: 1, hint: "Add a line with only '---' after the last front matter field.")
            return Parsed(frontMatter: nil, body: "", bodyLine: 1, diagnostics: [d])
        }
        let sink = DiagnosticSink()
        let node: Node?
        switch YAMLText.parse(split.yaml, file: file, lineOffset: 1) {
        case .failure(let d): return Parsed(frontMatter: nil, body: split.body, bodyLine: split.bodyLine, diagnostics: [d])
        case .success(let n): node = n
        }
        guard let node else {
            sink.add(.error("the front matter is empty, so the page has no title.", file: file, line: 2,
                            field: "title", hint: "Add 'title: ชื่อหน้า' between the two '---' lines."))
            return Parsed(frontMatter: nil, body: split.body, bodyLine: split.bodyLine, diagnostics: sink.items)
        }
        guard let r = MappingReader(node, file: file, lineOffset: 1, sink: sink, what: "the front matter") else {
            return Parsed(frontMatter: nil, body: split.body, bodyLine: split.bodyLine, diagnostics: sink.items)
        }
        r.rejectUnknownKeys(knownKeys)
        var title = r.string("title", required: true)
        if let t = title, t.trimmingWhitespaces().isEmpty {
            r.error("title", r["title"], "the title is empty, so the page would publish without a name.",
                    hint: "Write the page's name after 'title:', for example title: ประวัติความเป็นมา")
            title = nil
        }
        var attachments: [AttachmentRef] = []
        for (i, item) in r.sequence("attachments").enumerated() {
            let path = "attachments[\(i)]"
            if case .scalar(let s) = item {
                attachments.append(AttachmentRef(file: s.string, title: (s.string as NSString).lastPathComponent,
                                                 line: r.lineOf(item)))
            } else if let a = MappingReader(item, file: file, lineOffset: 1, path: path, sink: sink) {
                a.rejectUnknownKeys(["file", "title"])
                if let f = a.string("file", required: true) {
                    attachments.append(AttachmentRef(file: f, title: a.string("title") ?? (f as NSString).lastPathComponent,
                                                     line: r.lineOf(item)))
                }
            }
        }
        let oit = r.strings("oit").map { $0.lowercased() }
        for id in oit where !isOITId(id) {
            r.error("oit", r["oit"], "'\(id)' is not an OIT item id.", hint: "Use ids like o1 … o28.")
        }
        var aliases = r.strings("aliases")
        for (i, alias) in aliases.enumerated() where !alias.hasPrefix("/") {
            aliases[i] = "/" + alias
        }
        aliases = aliases.filter { alias in
            guard !isSafeAddress(alias) else { return true }
            r.error("aliases", r["aliases"], "'\(alias)' cannot be used as an old address of this page.",
                    hint: "Write an address of this site such as /old/page/: letters, digits, '-', '_' and '.', with '/' "
                        + "between the parts; no '..', spaces, quotes, '<', '>', '?' or '#'.")
            return false
        }
        let fm = FrontMatter(title: title ?? "", description: r.string("description"), date: r.date("date"),
                             updated: r.date("updated"), draft: r.bool("draft") ?? false, weight: r.int("weight"),
                             aliases: aliases, oit: oit, attachments: attachments, slug: r.string("slug"),
                             menu: r.enumeration("menu", MenuPlacement.self), layout: r.string("layout"),
                             data: r.string("data"))
        var fmWithLines = fm
        for (keyNode, _) in r.mapping {
            if let key = keyNode.string, let line = r.lineOf(keyNode) { fmWithLines.lines[key] = line }
        }
        if let slug = fm.slug, slug.isEmpty || slug.contains("/") || slug == "." || slug == ".." {
            r.error("slug", r["slug"], "'\(slug)' cannot be used as a page address.",
                    hint: "Use letters, digits and '-' only, for example annual-report.")
        }
        return Parsed(frontMatter: title == nil ? nil : fmWithLines, body: split.body, bodyLine: split.bodyLine,
                      diagnostics: sink.items)
    }

    /// An address inside the site that is safe to turn into a file path: no `.` or `..` part,
    /// no empty name, nothing that HTML, URLs or the file system treat specially.
    static func isSafeAddress(_ address: String) -> Bool {
        guard address.hasPrefix("/"), !address.contains("//") else { return false }
        let forbidden: Set<Unicode.Scalar> = ["\\", "?", "#", "\"", "'", "<", ">", "`", "%"]
        for scalar in address.unicodeScalars {
            if forbidden.contains(scalar) || scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F {
                return false
            }
        }
        return !address.split(separator: "/").contains { $0 == "." || $0 == ".." }
    }

    static func isOITId(_ id: String) -> Bool {
        guard id.hasPrefix("o"), let n = Int(id.dropFirst()) else { return false }
        return n >= 1 && n <= 99
    }

    struct Split {
        var yaml: String
        var body: String
        var bodyLine: Int
        var unclosed: Bool
    }

    /// Front matter runs from a first line `---` to the next line that is `---` or `...`.
    /// Works on UTF-8 bytes: splitting by Characters costs grapheme breaking over all Thai text.
    static func split(_ text: String) -> Split? {
        let bytes = text.utf8
        guard let firstNewline = bytes.firstIndex(of: 0x0A) else {
            return isFence(bytes[...], closing: false) ? Split(yaml: "", body: "", bodyLine: 1, unclosed: true) : nil
        }
        guard isFence(bytes[..<firstNewline], closing: false) else { return nil }
        let yamlStart = bytes.index(after: firstNewline)
        var lineStart = yamlStart
        var line = 2
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if isFence(bytes[lineStart..<lineEnd], closing: true) {
                // Without the line end before the fence (a byte index: dropping a Character
                // would walk the whole text).
                let yamlEnd = lineStart > yamlStart ? bytes.index(before: lineStart) : lineStart
                let bodyStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
                return Split(yaml: String(text[yamlStart..<yamlEnd]), body: String(text[bodyStart...]),
                             bodyLine: line + 1, unclosed: false)
            }
            if lineEnd == bytes.endIndex { break }
            lineStart = bytes.index(after: lineEnd)
            line += 1
        }
        return Split(yaml: "", body: "", bodyLine: 1, unclosed: true)
    }

    /// `---` (or, closing, `...`) with only spaces or tabs around it.
    private static func isFence(_ line: Substring.UTF8View, closing: Bool) -> Bool {
        // Checked in place: this runs on every line of every page's front matter.
        var content = line[...]
        while let first = content.first, first == 0x20 || first == 0x09 { content = content.dropFirst() }
        while let last = content.last, last == 0x20 || last == 0x09 { content = content.dropLast() }
        guard content.count == 3, let mark = content.first, mark == 0x2D || (closing && mark == 0x2E) else { return false }
        return content.allSatisfy { $0 == mark }
    }
}
