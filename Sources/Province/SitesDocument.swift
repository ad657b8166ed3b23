import Audit
import Foundation
import SiteModel
import ThaiText

/// A problem of a site's content, as the JSON report lists it: where, what, what to do.
public struct SiteError: Codable, Sendable, Equatable {
    /// Relative to the site folder, as `sitegen build` names it.
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var field: String?
    public var message: String
    public var hint: String?
    /// The message and hint in Thai (`message_th`, `hint_th`), when the Thai catalogue has them.
    public var messageThai: String?
    public var hintThai: String?

    enum CodingKeys: String, CodingKey {
        case file, line, column, field, message, hint
        case messageThai = "message_th", hintThai = "hint_th"
    }

    public init(_ d: Diagnostic) {
        file = d.file
        line = d.line
        column = d.column
        field = d.field
        message = d.message
        hint = d.hint
        messageThai = d.messageThai
        hintThai = d.hintThai
    }

    /// `file:line:column`, as much of it as is known.
    public var location: String {
        var s = file ?? "<site>"
        if let line {
            s += ":\(line)"
            if let column { s += ":\(column)" }
        }
        return s
    }

    /// `field 'name': message`.
    public var text: String { (field.map { "field '\($0)': " } ?? "") + message }

    /// `file:line:column: error: field 'name': message`, as sitegen prints diagnostics.
    public var description: String { location + ": error: " + text }
}

/// One site of a report over many sites.
public struct SiteEntry: Codable, Sendable, Equatable {
    /// The site's folder name in the sites folder.
    public var path: String
    /// `title` of its `site.yaml` (empty when that file cannot be read).
    public var title: String
    /// Its content errors (warnings are in the report: the items they concern and `warnings`).
    public var errors: [SiteError]
    /// The single-site report, exactly the document `sitegen check --format json` prints; null
    /// only when no catalogue could be applied at all (its errors say why).
    public var report: OITReportDocument?

    public init(path: String, title: String, errors: [SiteError], report: OITReportDocument?) {
        self.path = path
        self.title = title
        self.errors = errors
        self.report = report
    }

    enum CodingKeys: String, CodingKey { case path, title, errors, report }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(errors, forKey: .errors)
        try c.encode(report, forKey: .report) // null, not left out: every entry has the same keys
    }
}

/// What is kept of a site once its report is written: enough for the summary, the text table
/// and the dashboard's matrix.
public struct SiteRow: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var id: String
        public var title: String
        public var status: OITStatus
    }
    public var path: String
    public var title: String
    public var items: [Item]
    public var errors: Int
    public var hasReport: Bool
    /// The report's item list is provisional (not the NACC's, or another year's applied to this
    /// one): its verdicts are too, and its `warnings` say why.
    public var provisional: Bool

    public init(_ entry: SiteEntry) {
        path = entry.path
        title = entry.title
        items = (entry.report?.items ?? []).map { Item(id: $0.id, title: $0.title, status: OITStatus(rawValue: $0.status) ?? .fail) }
        errors = entry.errors.count
        hasReport = entry.report != nil
        provisional = entry.report.map { $0.catalogue.status != OITCatalogue.Status.official.rawValue } ?? false
    }

    public func count(_ status: OITStatus) -> Int { items.filter { $0.status == status }.count }

    /// The site has an item failing, content errors, or no report at all.
    public var failing: Bool { errors > 0 || !hasReport || items.contains { $0.status == .fail } }

    /// The row without the item titles (the summary keeps one title per item).
    public var withoutTitles: SiteRow {
        var copy = self
        for i in copy.items.indices { copy.items[i].title = "" }
        return copy
    }
}

/// Per item, how many sites pass, fail and need verifying; and how many sites fail.
public struct SitesSummary: Codable, Sendable, Equatable {
    public struct ItemCount: Codable, Sendable, Equatable {
        public var id: String
        /// The item's title in the first site (in name order) that has the item.
        public var title: String
        public var pass: Int
        public var fail: Int
        public var verify: Int
        /// Sites judged on the item.
        public var sites: Int { pass + fail + verify }
    }
    /// Sites reported.
    public var sites: Int = 0
    /// Sites with an item failing, content errors or no report.
    public var failing: Int = 0
    /// Sites with content errors.
    public var withErrors: Int = 0
    /// Sites with an item to verify.
    public var verifying: Int = 0
    /// Sub-folders skipped (not sites).
    public var skipped: Int = 0
    /// Sites whose report rests on a provisional item list (`SiteRow.provisional`). Not in the
    /// JSON summary (each report's `catalogue` and `warnings` say it); counted again from the
    /// sites when reports are merged.
    public var provisional: Int = 0
    /// Every item of the sites' catalogues, in the order the first site that has it lists it.
    public var items: [ItemCount] = []

    enum CodingKeys: String, CodingKey { case sites, failing, withErrors = "with_errors", verifying, skipped, items }

    public init() {}

    /// What a report over the sites says when some sites' results rest on a provisional item
    /// list, in Thai and English; nil when none do.
    public func provisionalNotice(itaYear: Int) -> (th: String, en: String)? {
        guard provisional > 0 else { return nil }
        // Written in both languages here, as the command's own lines are (not catalogue texts).
        let notice = ("ผลของ \(provisional) จาก \(sites) แห่งเป็นผลเบื้องต้น: รายการข้อ OIT ที่ใช้ตรวจไม่ใช่รายการทางการของ ป.ป.ช. สำหรับ ITA \(itaYear) (รายงานของแต่ละแห่งบอกเหตุผล)",
                      "the results of \(provisional) of \(sites) site(s) are provisional: the OIT item list applied is not the NACC's official list for ITA \(itaYear) (each site's report says why)")
        return notice
    }

    /// Adds a site; sites are added in name order.
    public mutating func add(_ row: SiteRow) {
        sites += 1
        if row.failing { failing += 1 }
        if row.errors > 0 { withErrors += 1 }
        if row.items.contains(where: { $0.status == .verify }) { verifying += 1 }
        if row.provisional { provisional += 1 }
        for item in row.items {
            var index = items.firstIndex { $0.id == item.id }
            if index == nil {
                items.append(ItemCount(id: item.id, title: item.title, pass: 0, fail: 0, verify: 0))
                index = items.count - 1
            }
            switch item.status {
            case .pass: items[index!].pass += 1
            case .fail: items[index!].fail += 1
            case .verify: items[index!].verify += 1
            }
        }
    }
}

/// What a report over many sites is about: the same for every site in it.
public struct SitesHeader: Sendable, Equatable {
    public var itaYear: Int
    public var asOf: CalendarDate
    /// Set when the report covers one shard of the sites.
    public var shard: Shard?

    public init(itaYear: Int, asOf: CalendarDate, shard: Shard?) {
        self.itaYear = itaYear
        self.asOf = asOf
        self.shard = shard
    }
}

/// Schema `sitegen-oit-sites/1` (docs/oit-sites.md): the report of `check --sites --format json`
/// and of `report merge`.
public struct SitesDocument: Codable, Sendable, Equatable {
    public static let schemaName = "sitegen-oit-sites/1"

    public var schema: String
    public var itaYear: Int
    public var asOf: String
    public var shard: Shard?
    public var sites: [SiteEntry]
    public var skipped: [SkippedFolder]
    public var summary: SitesSummary

    enum CodingKeys: String, CodingKey { case schema, itaYear = "ita_year", asOf = "as_of", shard, sites, skipped, summary }
}

/// Writes a `sitegen-oit-sites/1` document piece by piece, so that no more than one site's
/// report is held at once: the same bytes `OITReportDocument.encoder()` makes of the whole
/// document (two-space indentation, sorted keys), written as the sites are audited.
public struct SitesJSONWriter: Sendable {
    public let header: SitesHeader
    private(set) var count = 0
    private static let sentinel = "@@sites@@"

    public init(header: SitesHeader) {
        self.header = header
    }

    /// The document up to the opening bracket of `sites`.
    public func head() -> String {
        let text = shell(skipped: [], summary: SitesSummary())
        return String(text[..<text.range(of: "\"\(Self.sentinel)\"")!.lowerBound]) + "["
    }

    /// One site, indented as an element of `sites` (pure: run it where the site is audited).
    public static func entryText(_ entry: SiteEntry) -> String {
        guard let data = try? OITReportDocument.encoder().encode(entry) else { return "null" }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }

    /// The next element of `sites`, with the separator it needs.
    public mutating func entry(_ text: String) -> String {
        defer { count += 1 }
        return (count == 0 ? "\n" : ",\n") + text
    }

    /// The rest of the document, from the closing bracket of `sites`.
    public func tail(skipped: [SkippedFolder], summary: SitesSummary) -> String {
        let text = shell(skipped: skipped, summary: summary)
        let after = text[text.range(of: "\"\(Self.sentinel)\"")!.upperBound...]
        return (count == 0 ? "]" : "\n  ]") + after + "\n"
    }

    /// The document with a placeholder for `sites`.
    private func shell(skipped: [SkippedFolder], summary: SitesSummary) -> String {
        struct Shell: Encodable {
            var schema: String
            var itaYear: Int
            var asOf: String
            var shard: Shard?
            var sites: String
            var skipped: [SkippedFolder]
            var summary: SitesSummary
            enum CodingKeys: String, CodingKey { case schema, itaYear = "ita_year", asOf = "as_of", shard, sites, skipped, summary }
        }
        let shell = Shell(schema: SitesDocument.schemaName, itaYear: header.itaYear, asOf: header.asOf.iso, shard: header.shard,
                          sites: Self.sentinel, skipped: skipped, summary: summary)
        // Encoding these plain values cannot fail.
        return String(decoding: try! OITReportDocument.encoder().encode(shell), as: UTF8.self)
    }
}
