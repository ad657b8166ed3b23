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
        var entries: [Entry] = []
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var taken: [String: String] = ["catalog": "the catalogue"]
        for key in pageByKey.keys.sorted() {
            let page = pageByKey[key]!, dataset = site.disclosures[key]!
            let name = fileName(key: key)
            if let other = taken[name] {
                diagnostics.append(.error("the open data of this dataset would be written at /data/\(name).csv, already used by \(other).",
                                          file: dataset.source.file,
                                          hint: "Rename the data file: its path below data/, with / read as -, names its downloads."))
                continue
            }
            taken[name] = dataset.source.file
            let tree = maker.value(of: dataset)
            let json = JSONText.pretty(tree)
            let table = CSVExport.table(tree)
            let csv = CSVExport.text(table)
            let csvURL = folder + name + ".csv", jsonURL = folder + name + ".json"
            files.append(OutputFile(path: String(csvURL.dropFirst()), content: .text(csv)))
            files.append(OutputFile(path: String(jsonURL.dropFirst()), content: .text(json)))
            var downloads = [
                Download(format: "CSV", mediaType: "text/csv", url: csvURL, bytes: csv.utf8.count),
                Download(format: "JSON", mediaType: "application/json", url: jsonURL, bytes: json.utf8.count),
            ]
            if let list = dataset as? Procurement {
                let url = folder + "ocds/\(list.fiscalYear).json"
                let info = OCDS.PackageInfo(uri: config.absoluteURL(url), publisherName: config.title,
                                            publisherURI: config.baseURL, license: config.openData.licence.url,
                                            publicationPolicy: config.absoluteURL(folder), ocidPrefix: ocidPrefix(config))
                if files.contains(where: { "/" + $0.path == url }) {
                    diagnostics.append(.error("a second procurement list of the fiscal year \(list.fiscalYear) would be published at \(url).",
                                              file: dataset.source.file, field: "fiscal_year",
                                              hint: "Keep one procurement list per fiscal year."))
                } else if let package = OCDS.package(list, info: info, date: buildDate) {
                    let text = JSONText.pretty(package)
                    files.append(OutputFile(path: String(url.dropFirst()), content: .text(text)))
                    downloads.append(Download(format: "OCDS", mediaType: "application/json", url: url, bytes: text.utf8.count))
                }
            }
            entries.append(Entry(key: key, kind: type(of: dataset).kind, title: page.frontMatter.title,
                                 description: page.frontMatter.description ?? "", pageURL: page.url,
                                 fiscalYears: fiscalYears(tree), updated: updated(tree) ?? page.lastUpdated ?? buildDate,
                                 downloads: downloads, rowCount: table.rows.count))
        }
        return OpenDataPublication(entries: entries, files: files, diagnostics: diagnostics, licence: config.openData.licence)
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
