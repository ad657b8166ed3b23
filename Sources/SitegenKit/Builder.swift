import Audit
import Caching
import Foundation
import OpenData
import Publish
import Render
import SiteLoader
import SiteModel
import ThaiText

/// What `sitegen build` does, as a library call: load → validate → plan → render → publish.
public struct BuildOptions: Sendable {
    public var source: String
    public var output: String
    public var baseURL: String?
    public var includeDrafts: Bool
    public var strict: Bool
    public var serial: Bool
    public var themesFolder: String?
    public var buildDate: CalendarDate
    public var bodyEndHTML: String?
    /// Use and refresh the build cache (`.sitegen-cache/` in the site folder).
    public var useCache: Bool
    /// Themes already parsed by other builds of this process (`build --sites`); nil: parse the
    /// theme for this build.
    public var themeCache: ThemeCache?
    /// Makes the search index of the built site before it is published; nil: no index.
    public var searchIndexer: SearchIndexer?
    /// Also audit the site as `check` would with these options (`build --sites --report`): the
    /// report comes from the site the build loaded, not from a second reading. Nil: no audit.
    public var audit: CheckOptions?

    public init(source: String = "content", output: String = "public", baseURL: String? = nil,
                includeDrafts: Bool = false, strict: Bool = false, serial: Bool = false,
                themesFolder: String? = nil, buildDate: CalendarDate = .today(), bodyEndHTML: String? = nil,
                useCache: Bool = true, themeCache: ThemeCache? = nil, searchIndexer: SearchIndexer? = nil, audit: CheckOptions? = nil) {
        self.source = source
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.serial = serial
        self.themesFolder = themesFolder
        self.buildDate = buildDate
        self.bodyEndHTML = bodyEndHTML
        self.useCache = useCache
        self.themeCache = themeCache
        self.searchIndexer = searchIndexer
        self.audit = audit
    }

    /// The theme of a site: from `themeCache` when there is one.
    func loadTheme(name: String, siteRoot: String) -> (Theme?, [Diagnostic]) {
        themeCache?.load(name: name, siteRoot: siteRoot, themesFolder: themesFolder)
            ?? Theme.load(name: name, siteRoot: siteRoot, themesFolder: themesFolder)
    }
}

public struct BuildResult: Sendable {
    /// Every diagnostic, warnings included (raised to errors under `--strict`).
    public var diagnostics: [Diagnostic]
    /// Set when the site was published.
    public var report: Publisher.Report?
    public var pageCount: Int
    /// How the build cache shortened the build.
    public var shortcut: Shortcut = .none
    /// What `check` would say of the site (`BuildOptions.audit`); nil when not asked, or when the
    /// build did not load the site (its cache said nothing had changed, or the output folder was
    /// refused): then `SiteChecker.check` says it.
    public var audit: SiteAudit?
    public var succeeded: Bool { report != nil }

    public enum Shortcut: Sendable, Equatable {
        /// A whole build.
        case none
        /// Nothing had changed since the last build.
        case upToDate
        /// Only the text of these many ordinary pages had changed; only they were rendered.
        case pages(Int)
    }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// The report `check` makes of a site, and the problems with the site it names.
public struct SiteAudit: Sendable {
    public var report: OITReport?
    public var diagnostics: [Diagnostic]
}

public enum SiteBuilder {
    /// Loads and validates a site, and renders it in memory; nothing is written.
    public static func prepare(_ options: BuildOptions) -> (SiteRenderer.Output?, [Diagnostic]) {
        let prepared = prepare(options, readingCachedPages: { [:] }, dataCache: nil)
        return (prepared.output, prepared.diagnostics)
    }

    struct Prepared {
        var output: SiteRenderer.Output?
        var diagnostics: [Diagnostic]
        var pageCache: [String: CachedPage] = [:]
        var themeFolder: String?
        var audit: SiteAudit?
    }

    /// `readingCachedPages` is called while the data files load (see `SiteLoader.load`).
    static func prepare(_ options: BuildOptions, readingCachedPages: @Sendable () -> [String: CachedPage],
                        dataCache: DataCache?) -> Prepared {
        var log = DiagnosticLog()
        let clock = ProfileClock()
        // Each page's Markdown is rendered as the page is read (see `SiteLoader.load(withEachPage:)`).
        let (loaded, markdown) = SiteLoader.load(siteRoot: options.source, readingCachedPages: readingCachedPages,
                                                 dataCache: dataCache) { config, page in
            PremadeMarkdown.render(page, options: PremadeMarkdown.options(for: config))
        }
        dataCache?.prune()
        clock.mark("load")
        let audit = options.audit.map { checkOptions in
            let (report, diagnostics) = SiteChecker.judge(loaded, options: checkOptions)
            return SiteAudit(report: report, diagnostics: diagnostics)
        }
        log.add(contentsOf: loaded.diagnostics)
        guard var site = loaded.site else { return Prepared(output: nil, diagnostics: finish(log, strict: options.strict), audit: audit) }
        if let base = options.baseURL { site.config.baseURL = SiteConfig.normalizeBaseURL(base) }
        let (theme, themeDiagnostics) = options.loadTheme(name: site.config.theme, siteRoot: site.root)
        log.add(contentsOf: themeDiagnostics)
        guard let theme else { return Prepared(output: nil, diagnostics: finish(log, strict: options.strict), audit: audit) }
        for page in site.pages {
            if let layout = page.frontMatter.layout, !theme.templateNames.contains(layout) {
                log.add(.error("the layout '\(layout)' does not exist in the theme.", file: page.sourcePath,
                               line: page.frontMatter.lines["layout"], field: "layout",
                               hint: "Remove the 'layout' line, or add layouts/\(layout).mustache to the site folder."))
            }
        }
        var extraPages: [ExtraPage] = []
        // One OIT index page per assessment year in view (Auditor.indexYears), each with the
        // crosswalk to the years beside it.
        let years = Auditor.indexYears(pinned: site.config.itaYear, buildDate: options.buildDate,
                                       oldestCatalogue: OITCatalogue.builtInYears.first)
        var reports: [OITReport] = []
        let plan = SitePlan(site: site, includeDrafts: options.includeDrafts)
        for (i, year) in years.enumerated() {
            let (catalogue, catalogueDiagnostics) = OITAudit.catalogue(for: site, year: year)
            if i == 0 { log.add(contentsOf: catalogueDiagnostics) }
            guard let catalogue else { continue }
            reports.append(Auditor.audit(site: site, plan: plan, catalogue: catalogue, itaYear: year, asOf: options.buildDate,
                                         warnings: Auditor.catalogueWarnings(catalogue, itaYear: year)))
        }
        // The year before the first is not published, but its items are named in the crosswalk.
        let before = years.first.flatMap { first in
            OITAudit.catalogue(for: site, year: first - 1).0.map { OITIndexPage.Neighbour(year: first - 1, catalogue: $0, published: false) }
        }
        for (i, report) in reports.enumerated() {
            let previous = i > 0 ? OITIndexPage.Neighbour(year: reports[i - 1].itaYear, catalogue: reports[i - 1].catalogue, published: true) : before
            let next = i + 1 < reports.count
                ? OITIndexPage.Neighbour(year: reports[i + 1].itaYear, catalogue: reports[i + 1].catalogue, published: true) : nil
            extraPages.append(OITIndexPage.make(report: report, plan: plan, previous: previous, next: next))
        }
        // The datasets as open data (/data/), listed on their own page.
        let openData = OpenDataPublication.make(site: site, plan: plan, buildDate: options.buildDate)
        log.add(contentsOf: openData.diagnostics)
        if let taken = plan.byURL[OpenDataPublication.folder] {
            log.add(.error("this page is at \(OpenDataPublication.folder), where the site's open-data catalogue is published.",
                           file: taken.sourcePath, hint: "Move or rename the page (a slug: line gives it another address)."))
        }
        extraPages.append(DataCataloguePage.make(openData))
        clock.mark("theme+audit+open data")
        let diagnostics = finish(log, strict: options.strict)
        if diagnostics.contains(where: { $0.severity == .error }) { return Prepared(output: nil, diagnostics: diagnostics, audit: audit) }
        // A theme copied from an earlier sitegen may lack the template of a page added since (the
        // open-data catalogue): the page is left out, as the search page is, and the site builds.
        extraPages.removeAll { !theme.templateNames.contains($0.template) }
        var renderOptions = RenderOptions(includeDrafts: options.includeDrafts, buildDate: options.buildDate, serial: options.serial,
                                          bodyEndHTML: options.bodyEndHTML, extraPages: extraPages)
        renderOptions.markdown = PremadeMarkdown(options: PremadeMarkdown.options(for: site.config), byPath: markdown)
        renderOptions.dataDownloads = openData.downloadsByKey.mapValues { list in
            list.map { DataDownload(format: $0.format, url: $0.url, bytes: $0.bytes) }
        }
        renderOptions.dataCatalogueURL = OpenDataPublication.folder
        var output = SiteRenderer.render(site: site, theme: theme, options: renderOptions)
        output.diagnostics += addOpenDataFiles(openData, config: site.config, to: &output.files)
        clock.mark("render")
        return Prepared(output: output, diagnostics: diagnostics + finish(DiagnosticLog(output.diagnostics), strict: options.strict),
                        pageCache: loaded.pageCache, themeFolder: theme.folder, audit: audit)
    }

    /// Builds and publishes. On any error the output folder is left exactly as it was.
    ///
    /// With the build cache (`useCache`), a rebuild after no change, or after changes to the
    /// text of ordinary pages only, does work in proportion to the change (`IncrementalBuild`).
    public static func build(_ options: BuildOptions) -> BuildResult {
        if let problem = checkOutputFolder(options) {
            return BuildResult(diagnostics: [problem], report: nil, pageCount: 0)
        }
        let clock = ProfileClock()
        if options.useCache, let outcome = IncrementalBuild.attempt(options, clock: clock) {
            switch outcome {
            case .upToDate(var result):
                result.shortcut = .upToDate
                return result
            case .rebuiltPages(var result, let pages):
                if result.succeeded { result.shortcut = .pages(pages) }
                return result
            }
        }
        // Stamps are taken before reading: a file changed during the build is seen as changed next time.
        let readAt = FileStamp.now()
        let siteStamps = options.useCache ? FileStamp.all(below: options.source) : [:]
        let store = BuildCacheStore(siteRoot: options.source)
        let useCache = options.useCache
        clock.mark("stamps")
        let prepared = prepare(options, readingCachedPages: { useCache ? store.loadPages() : [:] },
                               dataCache: useCache ? store.dataCache : nil)
        let diagnostics = prepared.diagnostics
        guard let rendered = prepared.output, !diagnostics.contains(where: { $0.severity == .error }) else {
            return BuildResult(diagnostics: diagnostics, report: nil, pageCount: 0, audit: prepared.audit)
        }
        clock.mark("prepared")
        // The page cache describes the files read, not the output: it is written while the site is published.
        let pageCache = prepared.pageCache
        let files = rendered.files
        let indexer = options.searchIndexer
        let (published, _) = Parallel.both({ () -> Result<Publisher.Report, Publisher.Failure> in
            do throws(Publisher.Failure) {
                return .success(try Publisher.publish(files, to: options.output, finishing: indexer.map { indexer in
                    { staging in
                        indexer.index(folder: staging).map { Publisher.Failure(message: $0.message, hint: $0.hint) }
                    }
                }))
            } catch {
                return .failure(error)
            }
        }, { if useCache { store.savePages(pageCache, readAt: readAt) } })
        clock.mark("publish")
        switch published {
        case .failure(let error):
            return BuildResult(diagnostics: diagnostics + [error.diagnostic], report: nil, pageCount: 0, audit: prepared.audit)
        case .success(var report):
            // The index's files were all written by Pagefind.
            if indexer != nil { report.written += SearchIndexer.files(in: URL(fileURLWithPath: options.output).standardizedFileURL.path).count }
            let result = BuildResult(diagnostics: diagnostics, report: report, pageCount: rendered.plan.pages.count, audit: prepared.audit)
            if options.useCache, let themeFolder = prepared.themeFolder {
                let inputs = BuildState.inputs(siteStamps: siteStamps, themeFolder: themeFolder)
                IncrementalBuild.record(options, inputs: inputs, readAt: readAt, themeFolder: themeFolder, rendered: rendered, result: result)
                clock.mark("cache record")
            }
            return result
        }
    }

    /// The open-data files and the DCAT catalogue, added to the rendered files; an error for
    /// each that a page or a file of the site already takes.
    static func addOpenDataFiles(_ openData: OpenDataPublication, config: SiteConfig, to files: inout [OutputFile]) -> [Diagnostic] {
        let catalog = OutputFile(path: String(OpenDataPublication.catalogURL.dropFirst()),
                                 content: .text(JSONText.pretty(DCATCatalog.catalog(openData, config: config))))
        var taken = Set(files.map(\.path))
        var diagnostics: [Diagnostic] = []
        for file in openData.files + [catalog] {
            guard taken.insert(file.path).inserted else {
                diagnostics.append(.error("the open-data file /\(file.path) would overwrite a page or a file of the site at that address.",
                                          file: file.path, hint: "Rename or move the page or file: /data/ holds the site's open data."))
                continue
            }
            files.append(file)
        }
        return diagnostics
    }

    private static func finish(_ log: DiagnosticLog, strict: Bool) -> [Diagnostic] {
        capped(strict ? log.items.map(\.asError) : log.items)
    }

    /// The most diagnostics shown for one file; a broken export can hold a problem on each of
    /// its hundred thousand rows, and a clerk needs the first ones, not all.
    public static let maximumDiagnosticsPerFile = 50

    /// Keeps the first `maximumDiagnosticsPerFile` diagnostics of each file and says how many
    /// more there are.
    static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var shown: [String: Int] = [:]
        var hidden: [String: (count: Int, severity: Diagnostic.Severity)] = [:]
        var out: [Diagnostic] = []
        for d in diagnostics {
            let file = d.file ?? ""
            shown[file, default: 0] += 1
            if shown[file]! <= maximumDiagnosticsPerFile {
                out.append(d)
            } else {
                let before = hidden[file] ?? (0, .warning)
                hidden[file] = (before.count + 1, max(before.severity, d.severity))
            }
        }
        for (file, more) in hidden.sorted(by: { $0.key < $1.key }) {
            out.append(Diagnostic(more.severity, file: file.isEmpty ? nil : file,
                                  message: "\(more.count) more problem(s) in this file are not shown.",
                                  hint: "Correct the \(maximumDiagnosticsPerFile) above first: they often share one cause (a wrong column, "
                                      + "a sheet exported in another format), then build again."))
        }
        return out
    }

    /// Refuses an output folder that is the site folder, holds it, or lies inside it:
    /// publishing replaces the output folder whole.
    static func checkOutputFolder(_ options: BuildOptions) -> Diagnostic? {
        let source = URL(fileURLWithPath: options.source).standardizedFileURL.resolvingSymlinksInPath().path
        let output = URL(fileURLWithPath: options.output).standardizedFileURL.resolvingSymlinksInPath().path
        if source == output || source.hasPrefix(output + "/") || output.hasPrefix(source + "/") || output == "/" {
            return .error("the output folder '\(options.output)' would overlap the site folder '\(options.source)'.",
                          file: nil, hint: "Publishing replaces the whole output folder; choose a separate one, such as public/.")
        }
        return nil
    }
}

extension DiagnosticLog {
    init(_ items: [Diagnostic]) {
        self.init()
        add(contentsOf: items)
    }
}
