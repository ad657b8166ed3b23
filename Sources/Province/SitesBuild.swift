import Foundation
import Publish
import Render
import SiteModel
import SitegenKit
import ThaiText

/// `sitegen build --sites`: what it was asked.
public struct SitesBuildOptions: Sendable {
    /// The folder that receives one output folder per site, `OUT/<folder name>/`.
    public var output: String
    public var includeDrafts: Bool
    public var strict: Bool
    public var useCache: Bool
    public var shard: Shard?
    public var buildDate: CalendarDate
    /// How many built sites may wait to be reported, beyond those being built.
    public var window: Int
    /// Makes each site's search index before it is published; nil: no index.
    public var searchIndexer: SearchIndexer?
    /// `--report FILE`: each site is audited too, from the site its build loaded, into the
    /// document `check --sites --format json` writes (`SitesBuild.run`'s `writeReport`); nil: none.
    public var report: SitesCheckOptions?

    public init(output: String, includeDrafts: Bool = false, strict: Bool = false, useCache: Bool = true, shard: Shard? = nil,
                buildDate: CalendarDate = .today(), window: Int = max(8, Parallel.width * 4), searchIndexer: SearchIndexer? = nil,
                report: SitesCheckOptions? = nil) {
        self.output = output
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.useCache = useCache
        self.shard = shard
        self.buildDate = buildDate
        self.window = window
        self.searchIndexer = searchIndexer
        self.report = report
    }
}

/// One site's build, its diagnostics located from the sites folder (`<folder>/content/x.md`).
public struct SiteBuildOutcome: Sendable {
    public var site: SiteFolder
    /// Where it was (or would have been) published.
    public var output: String
    public var result: BuildResult
    /// The site's row in the report (`SitesBuildOptions.report`).
    public var row: SiteRow?

    public var succeeded: Bool { result.succeeded }
    public var errors: [Diagnostic] { result.errors }
    public var warnings: [Diagnostic] { result.warnings }
}

/// What `build --sites` did.
public struct SitesBuildResult: Sendable {
    public var built: Int = 0
    /// The sites not built (their previous output is as it was), with their number of errors.
    public var failed: [(name: String, errors: Int)] = []
    public var pages: Int = 0
    public var filesWritten: Int = 0
    public var warnings: Int = 0
    public var sitesWithWarnings: Int = 0
    public var skipped: [SkippedFolder] = []
    public var seconds: Double = 0
    /// What the report says (`SitesBuildOptions.report`).
    public var summary: SitesSummary?
}

public enum SitesBuild {
    /// Builds each site (of the shard) into `OUT/<folder name>/` with the single-site publisher:
    /// atomically per site, and a site with errors keeps its previous output. Sites are built in
    /// parallel; themes are parsed once per theme folder (a site with `layouts/` of its own
    /// parses its own). `onSite` is called once per site, in name order, never twice at once.
    /// With `options.report`, the report is written through `writeReport`, piece by piece in
    /// name order: the same document `check --sites --format json` writes.
    public static func run(_ folder: SitesFolder, options: SitesBuildOptions,
                           onSite: @escaping @Sendable (SiteBuildOutcome, SitesProgress) -> Void = { _, _ in },
                           writeReport: @escaping @Sendable (String) -> Void = { _ in }) -> SitesBuildResult {
        let started = Date()
        let themes = ThemeCache()
        let sites = folder.sites(in: options.shard)
        let result = Serialized(SitesBuildResult())
        result.value.skipped = folder.skipped
        let json = options.report.map { Serialized(SitesJSONWriter(header: $0.header)) }
        if let json { writeReport(json.value.head()) }
        let summary = Serialized(SitesSummary())
        OrderedPool.run(sites, window: options.window, { site -> (SiteBuildOutcome, String?) in
            let output = (options.output as NSString).appendingPathComponent(site.name)
            let build = SiteBuilder.build(BuildOptions(source: site.source, output: output, includeDrafts: options.includeDrafts,
                                                       strict: options.strict, themesFolder: folder.themesFolder(for: site),
                                                       buildDate: options.buildDate, useCache: options.useCache, themeCache: themes,
                                                       searchIndexer: options.searchIndexer,
                                                       audit: options.report?.checkOptions(for: site)))
            var relocated = build
            relocated.diagnostics = build.diagnostics.map { located(site, $0) }
            var outcome = SiteBuildOutcome(site: site, output: output, result: relocated)
            guard let report = options.report else { return (outcome, nil) }
            // A build that did not load the site (nothing had changed) has no audit: checked.
            let (judged, diagnostics) = build.audit.map { ($0.report, $0.diagnostics) } ?? SiteChecker.check(report.checkOptions(for: site))
            let entry = SitesCheck.entry(site, report: judged, diagnostics: diagnostics, options: report)
            outcome.row = SiteRow(entry)
            return (outcome, SitesJSONWriter.entryText(entry))
        }, emit: { index, built in
            let outcome = built.0
            if let json, let piece = built.1, let row = outcome.row {
                summary.value.add(row)
                writeReport(json.value.entry(piece))
            }
            if outcome.succeeded {
                result.value.built += 1
                result.value.pages += outcome.result.pageCount
                result.value.filesWritten += outcome.result.report?.written ?? 0
            } else {
                result.value.failed.append((outcome.site.name, outcome.errors.count))
            }
            let warnings = outcome.warnings.count
            result.value.warnings += warnings
            if warnings > 0 { result.value.sitesWithWarnings += 1 }
            onSite(outcome, SitesProgress(done: index + 1, total: sites.count, failing: result.value.failed.count,
                                          elapsed: Date().timeIntervalSince(started)))
        })
        if let json {
            summary.value.skipped = folder.skipped.count
            writeReport(json.value.tail(skipped: folder.skipped, summary: summary.value))
            result.value.summary = summary.value
        }
        result.value.seconds = Date().timeIntervalSince(started)
        return result.value
    }

    /// A diagnostic with its file named from the sites folder.
    static func located(_ site: SiteFolder, _ d: Diagnostic) -> Diagnostic {
        var copy = d
        copy.file = site.display + (d.file.map { "/" + $0 } ?? "")
        return copy
    }
}

extension SitesFolder {
    /// An output folder that would overlap the sites folder: publishing replaces output folders
    /// whole, so it must lie outside the sites folder, and not hold it.
    public func overlapProblem(output: String, option: String = "--output") -> SitesError? {
        func resolved(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        let sites = resolved(path), out = resolved(output)
        guard sites == out || out.hasPrefix(sites + "/") || sites.hasPrefix(out + "/") || out == "/" else { return nil }
        return SitesError("\(option) '\(output)' overlaps the sites folder '\(path)'.",
                          hint: "Choose a folder outside the sites folder, such as public-sites/ beside it: what is published there is replaced whole.")
    }
}
