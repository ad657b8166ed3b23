import SiteModel
import ThaiText

/// The page cache in a compact binary form: ten thousand pages' front matter decode in a few
/// milliseconds, where Foundation's JSON decoder took a third of a second (most of a one-page
/// rebuild). Little-endian integers, UTF-8 texts with their length in front; `decode` returns
/// nil for anything it cannot read whole, so a damaged or foreign file is ignored.
public enum PageCacheCodec {
    package static let magic: UInt64 = 0x3130_4547_4150_4753  // "SGPAGE01"

    public static func encode(_ pages: [String: CachedPage], tool: String) -> [UInt8] {
        var w = ByteWriter()
        w.int(Int64(bitPattern: magic))
        w.string(tool)
        w.int(Int64(pages.count))
        for (path, entry) in pages.sorted(by: { $0.key < $1.key }) {
            w.string(path)
            w.int(entry.stamp.size)
            w.int(entry.stamp.modified)
            w.int(Int64(bitPattern: entry.stamp.inode))
            let p = entry.page
            w.string(p.sourcePath)
            w.string(p.kind.rawValue)
            w.string(p.url)
            w.string(p.section)
            w.int(Int64(p.bodyLine))
            w.optional(p.modified?.iso)
            let fm = p.frontMatter
            w.string(fm.title)
            w.optional(fm.description)
            w.optional(fm.date?.iso)
            w.optional(fm.updated?.iso)
            w.int(fm.draft ? 1 : 0)
            w.optional(fm.weight.map(String.init))
            w.strings(fm.aliases)
            w.strings(fm.oit)
            w.int(Int64(fm.attachments.count))
            for a in fm.attachments {
                w.string(a.file)
                w.string(a.title)
                w.optional(a.line.map(String.init))
                w.optional(a.field)
            }
            w.optional(fm.slug)
            w.optional(fm.menu?.rawValue)
            w.optional(fm.layout)
            w.optional(fm.data)
            w.int(Int64(fm.lines.count))
            for (key, line) in fm.lines.sorted(by: { $0.key < $1.key }) {
                w.string(key)
                w.int(Int64(line))
            }
            w.int(Int64(entry.diagnostics.count))
            for d in entry.diagnostics {
                w.string(d.severity.rawValue)
                w.optional(d.file)
                w.optional(d.line.map(String.init))
                w.optional(d.column.map(String.init))
                w.optional(d.field)
                w.string(d.message)
                w.optional(d.hint)
            }
        }
        return w.bytes
    }

    /// nil unless the bytes are a whole page cache written for `tool`.
    public static func decode(_ bytes: [UInt8], tool: String) -> [String: CachedPage]? {
        var r = ByteReader(bytes)
        guard r.int().map({ UInt64(bitPattern: $0) }) == magic, r.string() == tool, let count = r.int(), count >= 0 else { return nil }
        var out: [String: CachedPage] = [:]
        out.reserveCapacity(Int(min(count, 1_000_000)))
        for _ in 0..<count {
            guard let path = r.string(), let size = r.int(), let modified = r.int(), let inode = r.int(),
                  let sourcePath = r.string(), let kind = r.string().flatMap(Page.Kind.init(rawValue:)),
                  let url = r.string(), let section = r.string(), let bodyLine = r.int(),
                  let modifiedDate = r.date(),
                  let title = r.string(), let description = r.optional(), let date = r.date(), let updated = r.date(),
                  let draft = r.int(), let weight = r.optional(), let aliases = r.strings(), let oit = r.strings(),
                  let attachmentCount = r.int(), attachmentCount >= 0 else { return nil }
            var attachments: [AttachmentRef] = []
            for _ in 0..<attachmentCount {
                guard let file = r.string(), let title = r.string(), let line = r.optional(), let field = r.optional() else { return nil }
                attachments.append(AttachmentRef(file: file, title: title, line: line.flatMap { Int($0) }, field: field))
            }
            guard let slug = r.optional(), let menu = r.optional(), let layout = r.optional(), let data = r.optional(),
                  let lineCount = r.int(), lineCount >= 0 else { return nil }
            var fm = FrontMatter(title: title, description: description, date: date, updated: updated, draft: draft == 1,
                                 weight: weight.flatMap { Int($0) }, aliases: aliases, oit: oit, attachments: attachments,
                                 slug: slug, menu: menu.flatMap(MenuPlacement.init(rawValue:)), layout: layout, data: data)
            for _ in 0..<lineCount {
                guard let key = r.string(), let line = r.int() else { return nil }
                fm.lines[key] = Int(line)
            }
            guard let diagnosticCount = r.int(), diagnosticCount >= 0 else { return nil }
            var diagnostics: [Diagnostic] = []
            for _ in 0..<diagnosticCount {
                guard let severity = r.string().flatMap(Diagnostic.Severity.init(rawValue:)), let file = r.optional(),
                      let line = r.optional(), let column = r.optional(), let field = r.optional(),
                      let message = r.string(), let hint = r.optional() else { return nil }
                diagnostics.append(Diagnostic(severity, file: file, line: line.flatMap { Int($0) }, column: column.flatMap { Int($0) },
                                              field: field, message: message, hint: hint))
            }
            let page = Page(sourcePath: sourcePath, kind: kind, url: url, section: section, frontMatter: fm, body: "",
                            bodyLine: Int(bodyLine), modified: modifiedDate)
            out[path] = CachedPage(stamp: FileStamp(size: size, modified: modified, inode: UInt64(bitPattern: inode)),
                                   page: page, diagnostics: diagnostics)
        }
        return r.atEnd ? out : nil
    }
}

/// The little binary format of the build caches: 64-bit little-endian integers and
/// length-prefixed UTF-8 texts.
public struct ByteWriter {
    public var bytes: [UInt8] = []

    public init() {}

    public mutating func int(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func string(_ text: String) {
        int(Int64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    /// A flag byte, then the text when there is one.
    package mutating func optional(_ text: String?) {
        bytes.append(text == nil ? 0 : 1)
        if let text { string(text) }
    }

    package mutating func strings(_ texts: [String]) {
        int(Int64(texts.count))
        for t in texts { string(t) }
    }
}

public struct ByteReader {
    package let bytes: [UInt8]
    package var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var atEnd: Bool { offset == bytes.count }

    public mutating func int() -> Int64? {
        guard bytes.count - offset >= 8 else { return nil }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int64.self) }
        offset += 8
        return Int64(littleEndian: value)
    }

    public mutating func string() -> String? {
        guard let length = int(), length >= 0, length <= Int64(bytes.count - offset) else { return nil }
        let text = String(validating: bytes[offset..<(offset + Int(length))], as: UTF8.self)
        offset += Int(length)
        return text
    }

    /// `.some(nil)` for an absent value, nil when the bytes end or are wrong.
    package mutating func optional() -> String?? {
        guard offset < bytes.count else { return nil }
        let flag = bytes[offset]
        offset += 1
        switch flag {
        case 0: return .some(nil)
        case 1: return string().map { .some($0) }
        default: return nil
        }
    }

    /// An optional date stored as its ISO text.
    package mutating func date() -> CalendarDate?? {
        guard let text = optional() else { return nil }
        guard let text else { return .some(nil) }
        return CalendarDate(iso: text).map { .some($0) }
    }

    package mutating func strings() -> [String]? {
        guard let count = int(), count >= 0 else { return nil }
        var out: [String] = []
        for _ in 0..<count {
            guard let s = string() else { return nil }
            out.append(s)
        }
        return out
    }
}
