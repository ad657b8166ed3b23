import ThaiText

/// One disclosure dataset loaded from a data file (`data/…`): the organisation structure, the
/// executives, a procurement list of one fiscal year, …
///
/// Each dataset is a typed record; the loader for its `kind` builds it, the renderer turns it
/// into a template context, and the audit reads its fields. New datasets plug in by conforming.
public protocol Disclosure: Sendable {
    /// The `kind:` a data file declares (`executives`, `procurement`, …).
    static var kind: String { get }
    /// Where it came from: the data file, relative to the site folder (`data/executives.yaml`).
    var source: SourceRef { get }
    /// Files the dataset attaches (checked to exist; listed on pages).
    var attachments: [AttachmentRef] { get }
    /// Every file the dataset was read from, relative to the site folder: its data file, and a
    /// table it names (a procurement list's CSV). Problems found in them concern the dataset.
    var sourceFiles: [String] { get }
}

extension Disclosure {
    public var attachments: [AttachmentRef] { [] }
    public var sourceFiles: [String] { [source.file] }
}

/// The file (and line) a record came from, so later stages can point back at it.
public struct SourceRef: Sendable, Hashable, CustomStringConvertible, Codable {
    public var file: String
    public var line: Int?
    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }
    public var description: String { line.map { "\(file):\($0)" } ?? file }
}

/// Every dataset of a site, by its key: the data file's path below `data/` without extension
/// (`executives`, `procurement/2568`).
public struct Disclosures: Sendable {
    public private(set) var byKey: [String: any Disclosure] = [:]
    /// Data files that could not be read into a dataset (they have errors), by file, with the
    /// kind they name when it could be told: the audit says which item they leave without evidence.
    public var unloaded: [String: String] = [:]
    /// Starter files not filled in yet (`sitegen new` writes one per kind, its first line
    /// `# sitegen starter: KIND`): their kind, by file. They are neither published nor audited.
    public var starters: [String: String] = [:]
    public init() {}

    public mutating func insert(_ d: any Disclosure, key: String) { byKey[key] = d }

    public subscript(key: String) -> (any Disclosure)? { byKey[key] }

    /// Every dataset of one type, ordered by key.
    public func all<D: Disclosure>(_ type: D.Type) -> [D] {
        byKey.sorted { $0.key < $1.key }.compactMap { $0.value as? D }
    }

    public func first<D: Disclosure>(_ type: D.Type) -> D? { all(type).first }

    public var keys: [String] { byKey.keys.sorted() }
}

/// A budget figure as a document states it. "No budget" (ไม่ใช้งบประมาณ) and "not stated"
/// are kept distinct from an amount of zero everywhere.
public enum BudgetValue: Sendable, Hashable, Decodable {
    case amount(Money)
    case noBudget
    case notStated

    public var money: Money? {
        if case .amount(let m) = self { return m }
        return nil
    }
}

/// A period given as two dates (inclusive).
public struct DateRange: Sendable, Hashable, Decodable {
    public var start: CalendarDate
    public var end: CalendarDate
    public init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }
    public func contains(_ d: CalendarDate) -> Bool { d >= start && d <= end }
    /// Whether the period overlaps a fiscal year.
    public func overlaps(_ fy: FiscalYear) -> Bool { start <= fy.end && end >= fy.start }
}

/// A span of fiscal years, e.g. a plan for 2566–2570 (B.E., inclusive).
public struct FiscalYearSpan: Sendable, Hashable, Decodable {
    public var first: Int
    public var last: Int
    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }
    public func contains(_ buddhistYear: Int) -> Bool { buddhistYear >= first && buddhistYear <= last }
    public var years: [Int] { Array(first...max(first, last)) }
}
