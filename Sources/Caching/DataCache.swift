import DataReading
import Foundation
import SiteModel
import ThaiText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading the items of a procurement list's CSV table (`items_csv:`) gave: the items (nil
/// when the table could not be used) and every problem found, in the order they were found.
/// It depends only on the bytes of the table, the path written in `items_csv` and the fiscal
/// year of the list, so it can be kept from one run to the next.
package struct CSVItemsRead: Sendable, Equatable {
    package var items: [ProcurementItem]?
    package var diagnostics: [Diagnostic]
    package init(items: [ProcurementItem]?, diagnostics: [Diagnostic]) {
        self.items = items
        self.diagnostics = diagnostics
    }
}

/// The data part of the build cache: what reading a large CSV table gave, one file per table
/// (`csv-<digest>.bin` in the cache folder), so a run that finds the table unchanged decodes its
/// items instead of parsing and checking ten thousand rows again.
///
/// A table counts as unchanged while its file keeps the stamp (size, modification time, inode)
/// recorded with it; a stamp too recent to trust (`FileStamp.settled`) is not recorded. An entry
/// written by another version of sitegen, for another path or fiscal year, or that is damaged
/// in any way (each entry carries a checksum) is ignored and the table read again.
public final class DataCache: @unchecked Sendable {
    public let folder: String
    /// Identifies the running sitegen (`BuildCacheStore.tool`): a new build of the tool does not trust old entries.
    public let tool: String
    private let lock = NSLock()
    private var used: Set<String> = []

    /// `folder`: the cache folder (`.sitegen-cache/` of the site folder).
    public init(folder: String, tool: String) {
        self.folder = folder
        self.tool = tool
    }

    package static let filePrefix = "csv-"

    package static func fileName(kind: String, path: String) -> String {
        filePrefix + String(CacheChecksum.of(Array((kind + "\n" + path).utf8)), radix: 16) + ".bin"
    }

    /// The recorded reading of the table at `absolute` when its file is unchanged, else `read()`,
    /// recorded for the next run when the file's stamp can be trusted.
    package func procurementItems(path: String, absolute: String, fiscalYear: FiscalYear?,
                          read: () -> CSVItemsRead) -> CSVItemsRead {
        let key = CSVItemsCodec.Key(tool: tool, kind: CSVItemsCodec.procurementKind, path: path,
                                    fiscalYear: fiscalYear?.buddhistYear ?? -1)
        let name = Self.fileName(kind: key.kind, path: path)
        lock.withLock { _ = used.insert(name) }
        // Stamped before reading: a table changed while it is read is read again next time.
        let readAt = FileStamp.now()
        guard let stamp = FileStamp.of(absolute) else { return read() }
        if let bytes = Self.readAll(folder + "/" + name), let recorded = CSVItemsCodec.decode(bytes, key: key, stamp: stamp) {
            return recorded
        }
        let fresh = read()
        if stamp.settled(before: readAt) == stamp {
            store(CSVItemsCodec.encode(fresh, key: key, stamp: stamp), as: name)
        }
        return fresh
    }

    /// Removes the entries of tables this run did not read (a table renamed or removed): call
    /// after a load that used this cache.
    public func prune() {
        let keep = lock.withLock { used }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(Self.filePrefix) && name.hasSuffix(".bin") && !keep.contains(name) {
            unlink(folder + "/" + name)
        }
    }

    /// Best effort, written whole under a temporary name and renamed into place: an entry that
    /// cannot be written only makes the next run slower.
    private func store(_ bytes: [UInt8], as name: String) {
        mkdir(folder, 0o755)
        let temporary = folder + "/.\(name).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return }
        var done = 0
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        close(fd)
        if !ok || rename(temporary, folder + "/" + name) != 0 { unlink(temporary) }
    }

    private static func readAll(_ path: String) -> [UInt8]? {
        FileBytes.contents(of: path, regularFileOfAtMost: TextFile.maximumSize * 4)
    }
}

/// A 64-bit checksum of bytes, eight at a time (FNV-1a's multiplier with a shift to mix high
/// bits down): it tells a damaged cache entry from a whole one, and names entry files.
package enum CacheChecksum {
    package static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    package static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let n = raw.count
        var i = 0
        while i + 8 <= n {
            h = (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0x100_0000_01b3
            h ^= h >> 29
            i += 8
        }
        while i < n {
            h = (h ^ UInt64(raw[i])) &* 0x100_0000_01b3
            i += 1
        }
        return (h ^ UInt64(n)) &* 0x100_0000_01b3
    }
}

/// One `CSVItemsRead` in a compact binary form. A header (the layout of `PageCacheCodec`:
/// little-endian integers, UTF-8 texts with their length in front) names what the entry is for
/// (tool, kind, path, fiscal year, the table's stamp) and carries the length and a checksum of
/// the body; `decode` returns nil for anything that is not a whole, undamaged entry for exactly
/// that key and stamp.
///
/// The body keeps each distinct text once (a table's contractors, reasons and hints repeat on
/// many rows) and refers to it by number: decoding makes one String per distinct text.
package enum CSVItemsCodec {
    package static let magic: UInt64 = 0x3230_5653_4347_5453  // "STGCSV02"
    package static let procurementKind = "procurement-items"

    package struct Key: Equatable {
        package var tool: String
        package var kind: String
        package var path: String
        /// B.E., or -1 when the list has none.
        package var fiscalYear: Int
    }

    package static func encode(_ read: CSVItemsRead, key: Key, stamp: FileStamp) -> [UInt8] {
        var body = CompactWriter()
        if let items = read.items {
            body.byte(1)
            body.int(Int64(items.count))
            for item in items { body.item(item) }
        } else {
            body.byte(0)
        }
        body.int(Int64(read.diagnostics.count))
        for d in read.diagnostics { body.diagnostic(d) }
        let payload = body.finished()

        var w = ByteWriter()
        w.int(Int64(bitPattern: magic))
        w.string(key.tool)
        w.string(key.kind)
        w.string(key.path)
        w.int(Int64(key.fiscalYear))
        w.int(stamp.size)
        w.int(stamp.modified)
        w.int(Int64(bitPattern: stamp.inode))
        w.int(Int64(payload.count))
        w.int(Int64(bitPattern: CacheChecksum.of(payload)))
        w.bytes.append(contentsOf: payload)
        return w.bytes
    }

    /// nil unless the bytes are a whole entry for `key` recorded with `stamp`.
    package static func decode(_ bytes: [UInt8], key: Key, stamp: FileStamp) -> CSVItemsRead? {
        var r = ByteReader(bytes)
        guard r.int().map({ UInt64(bitPattern: $0) }) == magic, r.string() == key.tool, r.string() == key.kind,
              r.string() == key.path, r.int() == Int64(key.fiscalYear),
              r.int() == stamp.size, r.int() == stamp.modified, r.int() == Int64(bitPattern: stamp.inode),
              let length = r.int(), length == Int64(bytes.count - r.offset) - 8,
              let checksum = r.int() else { return nil }
        let start = r.offset
        return bytes.withUnsafeBytes { raw -> CSVItemsRead? in
            let payload = UnsafeRawBufferPointer(rebasing: raw[start...])
            guard UInt64(bitPattern: checksum) == CacheChecksum.of(payload) else { return nil }
            return decodeBody(payload)
        }
    }

    /// The body, whose checksum is right: what `encode` wrote, so its texts are valid UTF-8.
    private static func decodeBody(_ payload: UnsafeRawBufferPointer) -> CSVItemsRead? {
        var r = CompactReader(payload)
        guard r.readTexts(), let flag = r.byte() else { return nil }
        var items: [ProcurementItem]?
        switch flag {
        case 0: items = nil
        case 1:
            guard let count = r.count() else { return nil }
            var list: [ProcurementItem] = []
            list.reserveCapacity(count)
            for _ in 0..<count {
                guard let item = r.item() else { return nil }
                list.append(item)
            }
            items = list
        default: return nil
        }
        guard let diagnosticCount = r.count() else { return nil }
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(diagnosticCount)
        for _ in 0..<diagnosticCount {
            guard let d = r.diagnostic() else { return nil }
            diagnostics.append(d)
        }
        return r.atEnd ? CSVItemsRead(items: items, diagnostics: diagnostics) : nil
    }
}

/// Writes the body of a cache entry: little-endian integers, and texts as numbers into a table
/// of distinct texts that `finished` puts in front.
package struct CompactWriter {
    private var body: [UInt8] = []
    private var numbers: [Bytes: Int] = [:]
    private var texts: [String] = []

    /// A text as its UTF-8 bytes: two texts are one entry of the table only when their bytes are
    /// the same (String's == also joins other spellings of the same characters), and hashing
    /// bytes is much quicker than hashing Thai text as characters.
    private struct Bytes: Hashable {
        package let text: String

        package static func == (a: Bytes, b: Bytes) -> Bool {
            let x = a.text.utf8, y = b.text.utf8
            guard x.count == y.count else { return false }
            let compared = x.withContiguousStorageIfAvailable { xs in
                y.withContiguousStorageIfAvailable { ys in xs.isEmpty || memcmp(xs.baseAddress!, ys.baseAddress!, xs.count) == 0 }
            }
            return (compared ?? nil) ?? x.elementsEqual(y)
        }

        package func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil {
                for byte in text.utf8 { hasher.combine(byte) }
            }
            hasher.combine(text.utf8.count)
        }
    }

    package mutating func byte(_ value: UInt8) { body.append(value) }

    package mutating func int(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { body.append(contentsOf: $0) }
    }

    package mutating func optionalInt(_ value: Int64?) {
        byte(value == nil ? 0 : 1)
        if let value { int(value) }
    }

    package mutating func optionalInt(_ value: Int?) { optionalInt(value.map(Int64.init)) }

    private mutating func number(of text: String) -> Int {
        let key = Bytes(text: text)
        if let n = numbers[key] { return n }
        texts.append(text)
        numbers[key] = texts.count - 1
        return texts.count - 1
    }

    package mutating func text(_ text: String) { int(Int64(number(of: text))) }

    /// 0 for none, else the text's number + 1.
    package mutating func optionalText(_ text: String?) { int(text.map { Int64(number(of: $0) + 1) } ?? 0) }

    package func finished() -> [UInt8] {
        var out = CompactWriter()
        out.int(Int64(texts.count))
        for t in texts {
            out.int(Int64(t.utf8.count))
            out.body.append(contentsOf: t.utf8)
        }
        out.body.append(contentsOf: body)
        return out.body
    }

    package mutating func money(_ value: Money?) { optionalInt(value?.satang) }

    package mutating func item(_ item: ProcurementItem) {
        text(item.source.file)
        optionalInt(item.source.line)
        optionalText(item.egpNumber)
        text(item.title)
        switch item.budget {
        case .amount(let m): byte(0); int(m.satang)
        case .noBudget: byte(1)
        case .notStated: byte(2)
        }
        money(item.referencePrice)
        byte(UInt8(ProcurementMethod.allCases.firstIndex(of: item.method)!))
        byte(UInt8(ProcurementStatus.allCases.firstIndex(of: item.status)!))
        int(Int64(item.bidders.count))
        for b in item.bidders {
            text(b.name)
            int(b.price.satang)
        }
        optionalText(item.contractor)
        optionalText(item.contractNumber)
        if let date = item.contractDate {
            byte(1)
            int(Int64(date.year)); int(Int64(date.month)); int(Int64(date.day))
        } else {
            byte(0)
        }
        money(item.contractValue)
        int(Int64(item.month.year))
        int(Int64(item.month.month))
        optionalText(item.reason)
    }

    package mutating func diagnostic(_ d: Diagnostic) {
        byte(d.severity == .error ? 1 : 0)
        optionalText(d.file)
        optionalInt(d.line)
        optionalInt(d.column)
        optionalText(d.field)
        text(d.message)
        optionalText(d.hint)
    }
}

/// Reads what `CompactWriter` wrote; every read is bounds-checked and nil when the bytes end or
/// are wrong.
package struct CompactReader {
    private let raw: UnsafeRawBufferPointer
    private var offset = 0
    private var texts: [String] = []

    package init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

    package var atEnd: Bool { offset == raw.count }

    package mutating func byte() -> UInt8? {
        guard offset < raw.count else { return nil }
        defer { offset += 1 }
        return raw[offset]
    }

    package mutating func int() -> Int64? {
        guard raw.count - offset >= 8 else { return nil }
        defer { offset += 8 }
        return Int64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int64.self))
    }

    /// An Int (nil where the stored value does not fit).
    package mutating func smallInt() -> Int? { int().flatMap { Int(exactly: $0) } }

    /// A count of things that follow, each at least one byte long: never more than the bytes left.
    package mutating func count() -> Int? {
        guard let n = int(), n >= 0, n <= Int64(raw.count - offset) else { return nil }
        return Int(n)
    }

    /// `.some(nil)` for an absent value, nil when the bytes end or are wrong.
    package mutating func optionalInt() -> Int?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return smallInt().map { .some($0) }
        default: return nil
        }
    }

    /// The table of texts at the start of the body.
    package mutating func readTexts() -> Bool {
        guard let textCount = count() else { return false }
        texts.reserveCapacity(textCount)
        for _ in 0..<textCount {
            guard let length = count() else { return false }
            // The memory holds [UInt8]; a String is made straight from it (the checksum vouched for it).
            let start = raw.baseAddress.map { ($0 + offset).assumingMemoryBound(to: UInt8.self) }
            texts.append(String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self))
            offset += length
        }
        return true
    }

    package mutating func text() -> String? {
        guard let n = int(), n >= 0, n < Int64(texts.count) else { return nil }
        return texts[Int(n)]
    }

    package mutating func optionalText() -> String?? {
        guard let n = int(), n >= 0, n <= Int64(texts.count) else { return nil }
        return n == 0 ? .some(nil) : .some(texts[Int(n) - 1])
    }

    package mutating func money() -> Money?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return int().map { .some(Money(satang: $0)) }
        default: return nil
        }
    }

    package mutating func item() -> ProcurementItem? {
        guard let file = text(), let line = optionalInt(), let egp = optionalText(), let title = text(),
              let budgetTag = byte() else { return nil }
        let budget: BudgetValue
        switch budgetTag {
        case 0: guard let satang = int() else { return nil }; budget = .amount(Money(satang: satang))
        case 1: budget = .noBudget
        case 2: budget = .notStated
        default: return nil
        }
        let methods = ProcurementMethod.allCases, statuses = ProcurementStatus.allCases
        guard let referencePrice = money(),
              let m = byte(), Int(m) < methods.count, let s = byte(), Int(s) < statuses.count,
              let bidderCount = count() else { return nil }
        var bidders: [Bidder] = []
        if bidderCount > 0 {
            bidders.reserveCapacity(bidderCount)
            for _ in 0..<bidderCount {
                guard let name = text(), let price = int() else { return nil }
                bidders.append(Bidder(name: name, price: Money(satang: price)))
            }
        }
        guard let contractor = optionalText(), let contractNumber = optionalText(), let hasDate = byte() else { return nil }
        var contractDate: CalendarDate?
        switch hasDate {
        case 0: contractDate = nil
        case 1:
            guard let y = smallInt(), let mo = smallInt(), let d = smallInt(),
                  let date = CalendarDate(year: y, month: mo, day: d) else { return nil }
            contractDate = date
        default: return nil
        }
        guard let contractValue = money(), let year = smallInt(), let monthNumber = smallInt(),
              let month = YearMonth(year: year, month: monthNumber), let reason = optionalText() else { return nil }
        return ProcurementItem(source: SourceRef(file: file, line: line), egpNumber: egp, title: title, budget: budget,
                               referencePrice: referencePrice, method: methods[Int(m)], status: statuses[Int(s)],
                               bidders: bidders, contractor: contractor, contractNumber: contractNumber,
                               contractDate: contractDate, contractValue: contractValue, month: month, reason: reason)
    }

    package mutating func diagnostic() -> Diagnostic? {
        guard let severity = byte(), severity <= 1, let file = optionalText(), let line = optionalInt(),
              let column = optionalInt(), let field = optionalText(), let message = text(), let hint = optionalText() else {
            return nil
        }
        return Diagnostic(severity == 1 ? .error : .warning, file: file, line: line, column: column, field: field,
                          message: message, hint: hint)
    }
}
