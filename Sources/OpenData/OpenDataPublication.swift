import SiteModel
import ThaiText

/// The site's datasets as open data: for each dataset a page presents, a CSV table and a JSON
/// document (`/data/<name>.csv`, `/data/<name>.json`); for each fiscal year's procurement list
/// with items, an OCDS release package (`/data/ocds/<fiscal-year>.json`); and the catalogue of
/// them all, for people (the `/data/` page, drawn by the theme) and for data portals
/// (`/data/catalog.json`, DCAT fields a CKAN portal harvests).
public struct OpenDataPublication: Sendable {
    /// Where the open data lives on the site.
    public static let folder = "/data/"
    public static let catalogURL = "/data/catalog.json"

    /// One file to download.
    public struct Download: Sendable, Equatable {
        /// `CSV`, `JSON`, `OCDS`.
        public var format: String
        public var mediaType: String
        /// The site path (`/data/executives.csv`).
        public var url: String
        public var bytes: Int
    }

    /// One dataset of the catalogue.
    public struct Entry: Sendable {
        /// The data file's key (`procurement/2568`).
        public var key: String
        public var kind: String
        public var title: String
        public var description: String
        /// The page presenting it.
        public var pageURL: String
        /// The fiscal years (B.E.) it covers, when it says: one year, or a plan's span.
        public var fiscalYears: FiscalYearSpan?
        /// The dataset's own latest date (as of, published, …), else its page's.
        public var updated: CalendarDate
        public var downloads: [Download]
        /// The number of rows of its CSV table.
        public var rowCount: Int
    }

    public var entries: [Entry]
    /// The files to publish, below `/data/`.
    public var files: [OutputFile]
    /// Problems making the files (two datasets that would be written at one address).
    public var diagnostics: [Diagnostic]
    public var licence: DataLicence

    /// Downloads by data key, for the pages that present the datasets.
    public var downloadsByKey: [String: [Download]] {
        Dictionary(entries.map { ($0.key, $0.downloads) }, uniquingKeysWith: { a, _ in a })
    }

    /// The file name of a dataset's files: its key with `/` made `-` (`procurement/2568` →
    /// `procurement-2568`), so a downloaded file keeps its year in its name.
    public static func fileName(key: String) -> String { key.replacingOccurrences(of: "/", with: "-") }

    /// The OCID prefix: the agency's registered one, else `ocds-` and the site's host name with
    /// dots as hyphens (not registered; see docs/open-data.md).
    public static func ocidPrefix(_ config: SiteConfig) -> String {
        if let p = config.openData.ocidPrefix { return p }
        var host = config.baseURL
        for scheme in ["https://", "http://"] where host.hasPrefix(scheme) { host.removeFirst(scheme.count) }
        host = String(host.prefix { $0 != "/" && $0 != ":" })
        let slug = host.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
        return "ocds-" + (slug.isEmpty ? "local" : slug)
    }

    /// The published datasets of a site: those a published page presents (`data:`), each once,
    /// in the order of their keys.
    public static func make(site: Site, plan: SitePlan, buildDate: CalendarDate) -> OpenDataPublication {
        let config = site.config
        var pageByKey: [String: Page] = [:]
        for page in plan.pages {
            guard let key = page.frontMatter.data, site.disclosures[key] != nil else { continue }
            if let known = pageByKey[key], known.url <= page.url { continue }
            pageByKey[key] = page
        }
        let maker = DataTreeMaker(fileURL: { config.absoluteURL("/" + $0) })
        // Each dataset's files are made on all cores (a procurement year of ten thousand items
        // is tens of megabytes of JSON); what clashes is decided afterwards, in key order.
        let keys = pageByKey.keys.sorted()
        let datasets = keys.map { Made.Input(key: $0, page: pageByKey[$0]!, dataset: site.disclosures[$0]!) }
        let made = Parallel.map(datasets) { input in Made.make(input, maker: maker, config: config, buildDate: buildDate) }
        var entries: [Entry] = []
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var taken: [String: String] = ["catalog": "the catalogue"]
        var ocdsYears: [Int: String] = [:]
        for (input, result) in zip(datasets, made) {
            let name = fileName(key: input.key)
            if let other = taken[name] {
                diagnostics.append(.error("the open data of this dataset would be written at /data/\(name).csv, already used by \(other).",
                                          file: input.dataset.source.file,
                                          hint: "Rename the data file: its path below data/, with / read as -, names its downloads."))
                continue
            }
            taken[name] = input.dataset.source.file
            var downloads = result.downloads
            files += result.files
            if let (year, package) = result.ocds {
                let url = folder + "ocds/\(year).json"
                if let other = ocdsYears[year] {
                    diagnostics.append(.error("a second procurement list of the fiscal year \(year) would be published at \(url), already used by \(other).",
                                              file: input.dataset.source.file, field: "fiscal_year",
                                              hint: "Keep one procurement list per fiscal year."))
                } else {
                    ocdsYears[year] = input.dataset.source.file
                    files.append(OutputFile(path: String(url.dropFirst()), content: .text(package)))
                    downloads.append(Download(format: "OCDS", mediaType: "application/json", url: url, bytes: package.utf8.count))
                }
            }
            entries.append(Entry(key: input.key, kind: type(of: input.dataset).kind, title: input.page.frontMatter.title,
                                 description: input.page.frontMatter.description ?? "", pageURL: input.page.url,
                                 fiscalYears: result.fiscalYears, updated: result.updated ?? input.page.lastUpdated ?? buildDate,
                                 downloads: downloads, rowCount: result.rowCount))
        }
        return OpenDataPublication(entries: entries, files: files, diagnostics: diagnostics, licence: config.openData.licence)
    }

    /// The files of one dataset, made apart from the others.
    struct Made: Sendable {
        struct Input: Sendable {
            var key: String
            var page: Page
            var dataset: any Disclosure
        }
        var files: [OutputFile]
        var downloads: [Download]
        /// A procurement list's fiscal year and OCDS package, when it has items.
        var ocds: (Int, String)?
        var fiscalYears: FiscalYearSpan?
        var updated: CalendarDate?
        var rowCount: Int

        static func make(_ input: Input, maker: DataTreeMaker, config: SiteConfig, buildDate: CalendarDate) -> Made {
            let name = fileName(key: input.key)
            let tree = maker.value(of: input.dataset)
            let json = JSONText.compact(tree, newline: true)
            let table = CSVExport.table(tree)
            let csv = CSVExport.text(table)
            let csvURL = folder + name + ".csv", jsonURL = folder + name + ".json"
            var ocds: (Int, String)?
            if let list = input.dataset as? Procurement {
                let url = folder + "ocds/\(list.fiscalYear).json"
                let info = OCDS.PackageInfo(uri: config.absoluteURL(url), publisherName: config.title,
                                            publisherURI: config.baseURL, license: config.openData.licence.url,
                                            publicationPolicy: config.absoluteURL(folder), ocidPrefix: ocidPrefix(config))
                if let package = OCDS.package(list, info: info, date: buildDate) {
                    ocds = (list.fiscalYear, JSONText.compact(package, newline: true))
                }
            }
            return Made(files: [OutputFile(path: String(csvURL.dropFirst()), content: .text(csv)),
                                OutputFile(path: String(jsonURL.dropFirst()), content: .text(json))],
                        downloads: [Download(format: "CSV", mediaType: "text/csv", url: csvURL, bytes: csv.utf8.count),
                                    Download(format: "JSON", mediaType: "application/json", url: jsonURL, bytes: json.utf8.count)],
                        ocds: ocds, fiscalYears: OpenDataPublication.fiscalYears(tree), updated: OpenDataPublication.updated(tree),
                        rowCount: table.rows.count)
        }
    }

    /// `fiscal_year: 2568`, or `period: {first: 2566, last: 2570}`.
    static func fiscalYears(_ tree: DataValue) -> FiscalYearSpan? {
        if case .int(let y)? = tree["fiscal_year"] { return FiscalYearSpan(first: y, last: y) }
        if case .int(let first)? = tree["period"]?["first"], case .int(let last)? = tree["period"]?["last"] {
            return FiscalYearSpan(first: first, last: last)
        }
        return nil
    }

    /// The dataset's fields that date it.
    static let dateFields = ["as_of", "published", "issued", "reported", "reported_on", "approved", "adopted_on",
                             "announced", "assessed_on"]

    /// The latest of the dataset's own dates.
    static func updated(_ tree: DataValue) -> CalendarDate? {
        dateFields.compactMap { key -> CalendarDate? in
            guard case .string(let s)? = tree[key] else { return nil }
            return CalendarDate(iso: s)
        }.max()
    }
}
