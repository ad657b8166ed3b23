import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Options for one Markdown rendering.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML blocks and inline HTML through (still filtered by GFM's tag filter).
    /// Off by default: raw HTML is replaced by an HTML comment.
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }
}

/// A heading found in a document, with the anchor id sitegen gave it.
public struct MarkdownHeading: Sendable, Hashable {
    public let level: Int
    public let text: String
    public let id: String
}

/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Hashable {
    /// HTML fragment (no surrounding element).
    public let html: String
    /// Headings in document order, with stable unique ids.
    public let headings: [MarkdownHeading]
    /// Plain text of the first paragraph, for summaries and meta descriptions.
    public let firstParagraph: String
    /// What the clerk should know about how the document was read (for example that its
    /// tables were not formed), each with the 1-based line of the Markdown text it concerns.
    public let notes: [MarkdownNote]
    /// The links and images of the document, in document order.
    public let references: [MarkdownReference]

    public init(html: String, headings: [MarkdownHeading], firstParagraph: String, notes: [MarkdownNote] = [],
                references: [MarkdownReference] = []) {
        self.html = html
        self.headings = headings
        self.firstParagraph = firstParagraph
        self.notes = notes
        self.references = references
    }
}

/// A link or an image of a document: where it points, as written.
public struct MarkdownReference: Sendable, Hashable {
    /// The 1-based line of the Markdown text it is on.
    public let line: Int
    public let destination: String
    public let isImage: Bool

    public init(line: Int, destination: String, isImage: Bool) {
        self.line = line
        self.destination = destination
        self.isImage = isImage
    }
}

/// A remark about a rendered document, for the clerk (shown as a warning).
public struct MarkdownNote: Sendable, Hashable {
    public let line: Int
    public let message: String
    public let hint: String
}

/// Markdown → HTML through libcmark-gfm, with GFM tables, strikethrough, autolinks,
/// task lists and the tag filter enabled.
public enum MarkdownRenderer {
    /// libcmark-gfm 0.29.0.gfm.6 mutates a process-wide table inside `cmark_parser_finish`;
    /// concurrent calls silently lose strikethrough/autolink output on some documents.
    /// Every call to it is serialised through this lock; everything else runs in parallel.
    private static let finishLock = NSLock()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// The most `|` a line may hold for the document's tables to be formed. libcmark-gfm's table
    /// extension takes time quadratic in the cells of a row, so a line of many thousands of `|`
    /// (a pasted log, a broken export) would stall the build; no real table has 200 columns.
    public static let maximumTableCells = 200

    /// Registers the core extensions exactly once (Swift runs static initialisers once, thread-safely).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public static func render(_ source: String, options: MarkdownOptions = MarkdownOptions()) -> RenderedMarkdown {
        precondition(registered)
        var cmarkOptions = CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_VALIDATE_UTF8
        if options.allowRawHTML { cmarkOptions |= CMARK_OPT_UNSAFE }

        guard let parser = cmark_parser_new(cmarkOptions) else {
            return RenderedMarkdown(html: "", headings: [], firstParagraph: "")
        }
        defer { cmark_parser_free(parser) }
        var notes: [MarkdownNote] = []
        var attached = extensionNames
        if let line = firstLineWithManyPipes(source) {
            attached.removeAll { $0 == "table" }
            notes.append(MarkdownNote(
                line: line,
                message: "this line has more than \(maximumTableCells) '|' characters, so the page is shown without tables.",
                hint: "A table may have at most \(maximumTableCells) columns; split the table, or write '\\|' for a '|' that is not a column border."))
        }
        for name in attached {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        // The text's own UTF-8 bytes are fed, not a copy (libcmark replaces any NUL itself).
        var text = source
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        finishLock.lock()
        let document = cmark_parser_finish(parser)
        finishLock.unlock()
        guard let document else {
            return RenderedMarkdown(html: "", headings: [], firstParagraph: "")
        }
        defer { cmark_node_free(document) }

        // The heading nodes taken out of the tree still own the text their inline children point
        // into (libcmark keeps inline literals as slices of the block's buffer): they are freed only
        // after the HTML is rendered. Freeing them earlier was a use-after-free found by fuzzing.
        let (headings, detached) = anchorHeadings(in: document)
        defer { for node in detached { cmark_node_free(node) } }
        let summary = firstParagraphText(of: document)
        let references = references(in: document)
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let cString = cmark_render_html(document, cmarkOptions, extensions) else {
            return RenderedMarkdown(html: "", headings: headings, firstParagraph: summary, notes: notes, references: references)
        }
        defer { free(cString) }
        return RenderedMarkdown(html: String(cString: cString), headings: headings, firstParagraph: summary, notes: notes,
                                references: references)
    }

    /// Every link and image below `document`, with the line it starts on (the line of its block
    /// when the library gives an inline none).
    private static func references(in document: OpaquePointer) -> [MarkdownReference] {
        var out: [MarkdownReference] = []
        var blockLine = 1
        walk(document) { node, entering in
            guard entering else { return }
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node))
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else {
                if line > 0 && type.rawValue & 0x4000 == 0 { blockLine = line }  // a block (inline types carry 0x4000)
                return
            }
            guard let url = cmark_node_get_url(node) else { return }
            out.append(MarkdownReference(line: line > 0 ? line : blockLine, destination: String(cString: url),
                                         isImage: type == CMARK_NODE_IMAGE))
        }
        return out
    }

    /// The 1-based number of the first line with more than `maximumTableCells` unescaped `|`.
    public static func firstLineWithManyPipes(_ source: String) -> Int? {
        var text = source
        return text.withUTF8 { bytes -> Int? in
            // Most pages have no table, or one with fewer '|' in all than a line may have.
            guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "|")), bytes.count) != nil,
                  bytes.count(where: { $0 == UInt8(ascii: "|") }) > maximumTableCells else { return nil }
            var line = 1
            var pipes = 0
            var escaped = false
            for byte in bytes {
                switch byte {
                case 0x0A:
                    line += 1
                    pipes = 0
                case UInt8(ascii: "|") where !escaped:
                    pipes += 1
                    if pipes > maximumTableCells { return line }
                default:
                    break
                }
                escaped = byte == UInt8(ascii: "\\") && !escaped
            }
            return nil
        }
    }

    // MARK: - Headings

    /// Replaces every heading node by a custom block that renders `<hN id="…">…</hN>`,
    /// so the ids come from sitegen, not from the library, and are stable and Thai-safe.
    private static func anchorHeadings(in document: OpaquePointer) -> ([MarkdownHeading], detached: [OpaquePointer]) {
        var found: [OpaquePointer] = []
        walk(document) { node, entering in
            if entering && cmark_node_get_type(node) == CMARK_NODE_HEADING { found.append(node) }
        }
        var used = Set<String>()
        var next: [String: Int] = [:]
        var headings: [MarkdownHeading] = []
        var detached: [OpaquePointer] = []
        for node in found {
            let level = Int(cmark_node_get_heading_level(node))
            let text = plainText(of: node)
            let id = HeadingAnchor.unique(HeadingAnchor.slug(text), used: &used, next: &next)
            headings.append(MarkdownHeading(level: level, text: text, id: id))
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(block, "<h\(level) id=\"\(id)\">")
            cmark_node_set_on_exit(block, "</h\(level)>")
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_append_child(block, child)
            }
            cmark_node_replace(node, block)
            detached.append(node)
        }
        return (headings, detached)
    }

    private static func firstParagraphText(of document: OpaquePointer) -> String {
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH { return plainText(of: node) }
            child = cmark_node_next(node)
        }
        return ""
    }

    /// Concatenated literal text below a node (text, code, line breaks as spaces).
    static func plainText(of root: OpaquePointer) -> String {
        var out = ""
        walk(root) { node, entering in
            guard entering else { return }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                if let literal = cmark_node_get_literal(node) { out += String(cString: literal) }
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                out += " "
            }
        }
        return out
    }

    private static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer, Bool) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, event == CMARK_EVENT_ENTER)
        }
    }
}
