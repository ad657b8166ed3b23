import SiteModel
import ThaiText

/// The outcome of one OIT item.
public enum OITStatus: String, Sendable, Codable, CaseIterable {
    /// The evidence is there and complete (notes may still ask a person to look at something).
    case pass
    /// Evidence is missing, stale or incomplete.
    case fail
    /// Evidence exists but the rule cannot decide; a person must look.
    case verify

    /// The status in Thai, as reports and the dashboard write it.
    public var thai: String {
        switch self {
        case .pass: "ผ่าน"
        case .fail: "ไม่ผ่าน"
        case .verify: "ต้องตรวจสอบ"
        }
    }
}

/// Why an item has its status: in Thai for the clerk, in English beside it, and where.
public struct OITReason: Sendable, Hashable, Codable {
    public var th: String
    public var en: String
    /// The data file or page at fault, relative to the site folder.
    public var file: String?
    public var line: Int?
    /// The record inside the file (`executives[2]`, `2025-03`, a project id).
    public var record: String?
    public var field: String?

    public init(th: String, en: String, file: String? = nil, line: Int? = nil, record: String? = nil, field: String? = nil) {
        self.th = th
        self.en = en
        self.file = file
        self.line = line
        self.record = record
        self.field = field
    }

    /// `file:line record field` as far as known.
    public var location: String? {
        guard let file else { return nil }
        var s = file
        if let line { s += ":\(line)" }
        if let record { s += " \(record)" }
        if let field { s += " (\(field))" }
        return s
    }
}

public struct OITItemResult: Sendable {
    public var item: OITCatalogue.Item
    public var title: String
    public var status: OITStatus
    /// Why it failed or needs verifying; for a pass, what a person should still look at.
    public var reasons: [OITReason]
    /// Site paths of the evidence pages (`/about/structure/`).
    public var paths: [String]
    /// Absolute URLs of the evidence pages, for the assessment system.
    public var urls: [String]
    /// The title of each evidence path: the page's, or that of a generated page (an archive).
    public var pathTitles: [String: String]

    /// What the assessment system calls มี: the item does not fail and has evidence URLs.
    public var hasEvidence: Bool { status != .fail && !urls.isEmpty }
}

public struct OITReport: Sendable {
    public var siteTitle: String
    public var baseURL: String
    public var itaYear: Int
    public var asOf: CalendarDate
    public var catalogue: OITCatalogue
    public var results: [OITItemResult]
    /// What concerns the whole report: an assessment year older than the one in progress,
    /// content errors no item's evidence explains.
    public var warnings: [OITReason] = []

    public init(siteTitle: String, baseURL: String, itaYear: Int, asOf: CalendarDate, catalogue: OITCatalogue,
                results: [OITItemResult], warnings: [OITReason] = []) {
        self.siteTitle = siteTitle
        self.baseURL = baseURL
        self.itaYear = itaYear
        self.asOf = asOf
        self.catalogue = catalogue
        self.results = results
        self.warnings = warnings
    }

    /// `provisional` when the item list is not the NACC's own, or is another year's applied to
    /// this one.
    public var catalogueStatus: OITCatalogue.Status {
        catalogue.status == .provisional || catalogue.itaYear != itaYear ? .provisional : .official
    }

    public func count(_ status: OITStatus) -> Int { results.filter { $0.status == status }.count }
}
