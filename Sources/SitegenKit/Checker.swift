import Audit
import Caching
import DataReading
import Foundation
import SiteLoader
import SiteModel
import ThaiText

/// What `sitegen check` does: load → validate → plan → audit. Nothing is built or read back.
public struct CheckOptions: Sendable {
    public var source: String
    public var itaYear: Int?
    public var asOf: CalendarDate
    public var strict: Bool
    /// Use and refresh the build cache (`.sitegen-cache/` in the site folder): the front matter
    /// of unchanged pages and the readings of unchanged CSV tables. The report and the
    /// problems are the same either way.
    public var useCache: Bool
    /// `itaYear` is the year of a run over many sites (`check --sites`), the same for all: a site
    /// whose `site.yaml` pins another `ita_year` is audited for it all the same, and its report's
    /// warnings say so.
    public var yearIsShared: Bool

    public init(source: String = "content", itaYear: Int? = nil, asOf: CalendarDate = .today(), strict: Bool = false,
                useCache: Bool = true, yearIsShared: Bool = false) {
        self.source = source
        self.itaYear = itaYear
        self.asOf = asOf
        self.strict = strict
        self.useCache = useCache
        self.yearIsShared = yearIsShared
    }
}

public enum SiteChecker {
    public static func check(_ options: CheckOptions) -> (OITReport?, [Diagnostic]) {
        let clock = ProfileClock()
        // The cache of the last build or check spares parsing the front matter of unchanged pages
        // and the rows of unchanged CSV tables.
        let readAt = FileStamp.now()
        let store = BuildCacheStore(siteRoot: options.source)
        let useCache = options.useCache
        let dataCache = useCache ? store.dataCache : nil
        let loaded = SiteLoader.load(siteRoot: options.source, readingCachedPages: { useCache ? store.loadPages() : [:] },
                                     bodies: .oitEvidence, dataCache: dataCache)
        dataCache?.prune()
        if useCache, loaded.site != nil, !loaded.pageCacheIsCurrent {
            store.savePages(loaded.pageCache, readAt: readAt)
        }
        clock.mark("load")
        let judged = judge(loaded, options: options, clock: clock)
        // The loaded site is freed after the last mark, so its teardown is not timed as the audit.
        withExtendedLifetime(loaded) {}
        return judged
    }

    /// The report of a loaded site and the problems with it, as `check` makes them: what a
    /// build that audits its site too (`build --sites --report`) asks of the site it loaded.
    public static func judge(_ loaded: SiteLoader.Result, options: CheckOptions, clock: ProfileClock? = nil) -> (OITReport?, [Diagnostic]) {
        var diagnostics = options.strict ? loaded.diagnostics.map(\.asError) : loaded.diagnostics
        // A report is made even when the content has errors: the items whose evidence holds
        // them fail with the error as the reason, the others are judged (the exit code still
        // says the site has errors).
        var (year, yearWarnings) = Auditor.assessmentYear(requested: options.itaYear, pinned: loaded.site?.config.itaYear,
                                                          asOf: options.asOf)
        if options.yearIsShared, let pinned = loaded.site?.config.itaYear, pinned != year {
            yearWarnings.append(Auditor.sharedYearWarning(pinned: pinned, audited: year))
        }
        guard let site = loaded.site else {
            guard let catalogue = OITCatalogue.forYear(year)?.catalogue else { return (nil, diagnostics) }
            return (Auditor.unreadable(catalogue: catalogue, itaYear: year, asOf: options.asOf, diagnostics: diagnostics,
                                       warnings: yearWarnings + Auditor.catalogueWarnings(catalogue, itaYear: year)), diagnostics)
        }
        let (catalogue, catalogueDiagnostics) = OITAudit.catalogue(for: site, year: year)
        diagnostics += catalogueDiagnostics
        clock?.mark("catalogue")
        guard let catalogue else { return (nil, diagnostics) }
        let plan = SitePlan(site: site, includeDrafts: false)
        clock?.mark("plan")
        let report = Auditor.audit(site: site, plan: plan, catalogue: catalogue, itaYear: year, asOf: options.asOf,
                                   diagnostics: diagnostics,
                                   warnings: yearWarnings + Auditor.catalogueWarnings(catalogue, itaYear: year))
        clock?.mark("audit")
        return (report, diagnostics)
    }
}

/// The catalogue a site uses: its own file (`ita_catalogue`), else the built-in one for the year,
/// with single rules replaced by `ita_rules`.
public enum OITAudit {
    public static func catalogue(for site: Site, year: Int) -> (OITCatalogue?, [Diagnostic]) {
        var catalogue: OITCatalogue
        if let file = site.config.itaCatalogue {
            switch SiteText.readYAML(file, siteRoot: site.root, field: "ita_catalogue").flatMap({ OITCatalogue.parse($0, file: file) }) {
            case .failure(let d): return (nil, [d])
            case .success(let c): catalogue = c
            }
        } else if let c = OITCatalogue.forYear(year)?.catalogue {
            catalogue = c
        } else {
            return (nil, [.error("sitegen has no OIT catalogue for ITA \(year).", file: "site.yaml", field: "ita_catalogue",
                                 hint: "Give the catalogue file of that year with ita_catalogue.")])
        }
        var overrides: [String: OITCatalogue.Rule] = [:]
        var diagnostics: [Diagnostic] = []
        for (id, fields) in site.config.itaRules {
            guard let check = fields["check"]?.first else { continue }
            let yearText = fields["year"]?.first ?? "any"
            guard let requirement = OITCatalogue.YearRequirement(rawValue: yearText) else {
                diagnostics.append(.error("'\(yearText)' is not a year requirement.", file: "site.yaml", field: "ita_rules.\(id).year",
                                          hint: "Use one of: any, current, previous, covers."))
                continue
            }
            var parameters = fields
            for key in ["check", "year", "needs_en", "needs_th"] { parameters.removeValue(forKey: key) }
            let rule = OITCatalogue.Rule(check: check, year: requirement, needsEN: fields["needs_en"]?.first ?? "",
                                         needsTH: fields["needs_th"]?.first ?? "", parameters: parameters)
            if let problem = rule.problem {
                diagnostics.append(.error(problem.message, file: "site.yaml", field: "ita_rules.\(id).\(problem.field)", hint: problem.hint))
                continue
            }
            overrides[id] = rule
        }
        return (catalogue.overriding(overrides), diagnostics)
    }
}
