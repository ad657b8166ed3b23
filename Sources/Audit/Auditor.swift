import Foundation
import SiteModel
import ThaiText

/// Runs the catalogue's rules over a loaded site. Reads only the typed model and the page list:
/// nothing is read back from the built HTML.
public enum Auditor {
    /// All the audit reads of a page's Markdown body: its heading lines (a line starting with
    /// `#`). Any other change to the body leaves every check's outcome as it was, which lets
    /// the build cache render a changed evidence page alone.
    public static func headingLines(of body: String) -> [Substring] {
        body.split(separator: "\n").filter { $0.hasPrefix("#") }
    }

    public static func audit(site: Site, plan: SitePlan, catalogue: OITCatalogue, itaYear: Int,
                             asOf: CalendarDate) -> OITReport {
        let evidence = Evidence(site: site, plan: plan, year: itaYear, asOf: asOf)
        let results = catalogue.items.map { item -> OITItemResult in
            let input = CheckInput(item: item, rule: item.rule, evidence: evidence)
            var outcome = (Checks.registry[item.rule.check] ?? Checks.pagesOnly)(input)
            if outcome.includeTaggedPages { outcome.urls += evidence.taggedPages(item.id).map(\.url) }
            var seen = Set<String>()
            let paths = outcome.urls.filter { seen.insert($0).inserted }
            if paths.isEmpty && outcome.status == .pass {
                outcome.status = .fail
                outcome.reasons.append(OITReason(
                    th: "ไม่มีหน้าเว็บที่เผยแพร่หลักฐานของข้อนี้",
                    en: "no published page shows this evidence; add a page that presents it (front matter data: or oit: [\(item.id)])"))
            }
            return OITItemResult(item: item, title: item.title(forAssessmentYear: itaYear), status: outcome.status,
                                 reasons: outcome.reasons, paths: paths, urls: paths.map(site.config.absoluteURL),
                                 pathTitles: outcome.pathTitles)
        }
        return OITReport(siteTitle: site.config.title, baseURL: site.config.baseURL, itaYear: itaYear, asOf: asOf,
                         catalogue: catalogue, results: results)
    }

    /// The assessment year when none is given: the site's `ita_year`, else the fiscal year of the date.
    public static func defaultYear(site: Site, asOf: CalendarDate) -> Int {
        site.config.itaYear ?? asOf.fiscalYear.buddhistYear
    }
}

/// What the checks look at: datasets, the pages presenting them, and the years involved.
public struct Evidence: Sendable {
    public let site: Site
    public let plan: SitePlan
    /// The assessed fiscal year Y (B.E.).
    public let year: Int
    public let asOf: CalendarDate
    /// Published pages by the dataset they present (`data:`) and by the items they are tagged
    /// with (`oit:`), in page order: built once, rather than going through every page per item.
    private let presenting: [String: [Page]]
    private let tagged: [String: [Page]]
    /// The dataset keys in order (`Disclosures.keys` sorts them on each call).
    private let datasetKeys: [String]

    init(site: Site, plan: SitePlan, year: Int, asOf: CalendarDate) {
        self.site = site
        self.plan = plan
        self.year = year
        self.asOf = asOf
        var presenting: [String: [Page]] = [:]
        var tagged: [String: [Page]] = [:]
        let pages = plan.pages
        for i in pages.indices {   // by index: only the pages kept are copied
            if let key = pages[i].frontMatter.data { presenting[key, default: []].append(pages[i]) }
            var seen = Set<String>()
            for item in pages[i].frontMatter.oit where seen.insert(item).inserted { tagged[item, default: []].append(pages[i]) }
        }
        self.presenting = presenting
        self.tagged = tagged
        datasetKeys = site.disclosures.keys
    }

    public var fiscalYear: FiscalYear { FiscalYear(buddhistYear: year) }

    /// Published pages that present the dataset stored under `key`.
    public func pages(presenting key: String) -> [Page] {
        presenting[key] ?? []
    }

    /// Datasets of one type with their keys.
    public func datasets<D: Disclosure>(_ type: D.Type) -> [(key: String, value: D)] {
        datasetKeys.compactMap { key in (site.disclosures[key] as? D).map { (key, $0) } }
    }

    public func taggedPages(_ item: String) -> [Page] {
        tagged[item] ?? []
    }

    /// Months of year Y that have ended by the as-of date (October first).
    public var elapsedMonths: [YearMonth] {
        fiscalYear.months.filter { $0.lastDay < asOf }
    }
}

public struct CheckInput: Sendable {
    public let item: OITCatalogue.Item
    public let rule: OITCatalogue.Rule
    public let evidence: Evidence

    /// The fiscal year the rule asks for (Y or Y−1), nil for `any` and `covers`.
    public var requiredYear: Int? {
        switch rule.year {
        case .current: return evidence.year
        case .previous: return evidence.year - 1
        case .any, .covers: return nil
        }
    }
}

public struct CheckOutcome: Sendable {
    public var status: OITStatus
    public var reasons: [OITReason]
    /// Site paths of the evidence pages.
    public var urls: [String]
    /// Titles of evidence paths that are not Markdown pages (generated archives).
    public var pathTitles: [String: String] = [:]
    /// Pages tagged `oit: [item]` are evidence too, unless the check chose its pages itself.
    public var includeTaggedPages = true

    public init(status: OITStatus, reasons: [OITReason] = [], urls: [String] = []) {
        self.status = status
        self.reasons = reasons
        self.urls = urls
    }

    public static func fail(_ reasons: [OITReason], urls: [String] = []) -> CheckOutcome {
        CheckOutcome(status: .fail, reasons: reasons, urls: urls)
    }
}
