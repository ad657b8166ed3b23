import Audit
import Foundation
import SiteModel
import SitegenKit
import ThaiText

/// `sitegen check --sites`: what it was asked.
public struct SitesCheckOptions: Sendable {
    /// `--ita-year`; nil: the fiscal year in progress on `asOf`.
    public var itaYear: Int?
    public var asOf: CalendarDate
    public var strict: Bool
    public var useCache: Bool
    public var shard: Shard?
    /// How many audited sites may wait to be written, beyond those being audited.
    public var window: Int

    public init(itaYear: Int? = nil, asOf: CalendarDate = .today(), strict: Bool = false, useCache: Bool = true,
                shard: Shard? = nil, window: Int = max(8, Parallel.width * 4)) {
        self.itaYear = itaYear
        self.asOf = asOf
        self.strict = strict
        self.useCache = useCache
        self.shard = shard
        self.window = window
    }

    /// The one year every site is audited for: `--ita-year`, else the year in progress.
    public var auditedYear: Int { Auditor.assessmentYear(requested: itaYear, pinned: nil, asOf: asOf).year }

    public var header: SitesHeader { SitesHeader(itaYear: auditedYear, asOf: asOf, shard: shard) }

    /// What one site is checked with: the run's year, shared by all the sites.
    public func checkOptions(for site: SiteFolder) -> CheckOptions {
        CheckOptions(source: site.source, itaYear: auditedYear, asOf: asOf, strict: strict, useCache: useCache, yearIsShared: true)
    }
}

/// The formats `check --sites` writes to standard output (the dashboard is written to a folder:
/// `SitesCheck.dashboard`).
public enum SitesStreamFormat: String, Sendable, CaseIterable {
    case text, json, csv
}

/// What a run of `check --sites` found, for its exit code and last lines.
public struct SitesCheckResult: Sendable {
    public var summary: SitesSummary
    public var skipped: [SkippedFolder]
}

public enum SitesCheck {
    /// Audits one site for the run's year. A site whose content has errors is still judged (the
    /// items whose evidence holds an error fail); only when no catalogue applies at all is there
    /// no report.
    public static func audit(_ site: SiteFolder, options: SitesCheckOptions) -> SiteEntry {
        let (report, diagnostics) = SiteChecker.check(options.checkOptions(for: site))
        return entry(site, report: report, diagnostics: diagnostics, options: options)
    }

    /// A site's entry in the report, from what `check` said of it (`SiteChecker.check`, or the
    /// audit of a build: `SiteBuilder.build` with `BuildOptions.audit`).
    static func entry(_ site: SiteFolder, report: OITReport?, diagnostics: [Diagnostic], options: SitesCheckOptions) -> SiteEntry {
        var judged = report
        let year = options.auditedYear
        if judged == nil, let catalogue = OITCatalogue.forYear(year)?.catalogue {
            // The site's own catalogue (ita_catalogue, ita_rules) could not be read: the built-in
            // list of the year, every item failing with the errors.
            judged = Auditor.unreadable(catalogue: catalogue, itaYear: year, asOf: options.asOf, diagnostics: diagnostics)
        }
        return SiteEntry(path: site.name, title: report?.siteTitle ?? "", errors: diagnostics.filter { $0.severity == .error }.map(SiteError.init),
                         report: judged.map(OITReportDocument.init))
    }

    /// Audits the sites (of the shard) in parallel and writes the report in `format` through
    /// `write`, piece by piece in name order. `onSite` is called once per site, in order, never
    /// twice at once.
    public static func run(_ folder: SitesFolder, options: SitesCheckOptions, format: SitesStreamFormat,
                           write: @escaping @Sendable (String) -> Void,
                           onSite: @escaping @Sendable (SiteEntryRecord, SitesProgress) -> Void = { _, _ in }) -> SitesCheckResult {
        let header = options.header
        let sites = folder.sites(in: options.shard)
        let json = Serialized(SitesJSONWriter(header: header))
        switch format {
        case .text: write(SitesText.head(header, folderPath: folder.path, siteCount: sites.count))
        case .csv: write(SitesCSV.head)
        case .json: write(json.value.head())
        }
        var summary = auditAll(sites, options: options, render: { entry in
            switch format {
            case .text: SitesText.row(SiteRow(entry))
            case .csv: SitesCSV.rows(entry)
            case .json: SitesJSONWriter.entryText(entry)
            }
        }, emit: { _, piece in
            write(format == .json ? json.value.entry(piece) : piece)
        }, onSite: onSite)
        summary.skipped = folder.skipped.count
        switch format {
        case .text: write(SitesText.tail(skipped: folder.skipped, summary: summary, itaYear: header.itaYear))
        case .csv: write(SitesCSV.tail(skipped: folder.skipped))
        case .json: write(json.value.tail(skipped: folder.skipped, summary: summary))
        }
        return SitesCheckResult(summary: summary, skipped: folder.skipped)
    }

    /// The audit loop every format shares: each site audited and rendered on a worker, then
    /// counted and emitted in order.
    static func auditAll<Piece: Sendable>(_ sites: [SiteFolder], options: SitesCheckOptions,
                                          render: @escaping @Sendable (SiteEntry) -> Piece,
                                          emit: @escaping @Sendable (SiteRow, Piece) -> Void,
                                          onSite: @escaping @Sendable (SiteEntryRecord, SitesProgress) -> Void) -> SitesSummary {
        let started = Date()
        let summary = Serialized(SitesSummary())
        OrderedPool.run(sites, window: options.window, { site -> (SiteRow, SiteEntryRecord, Piece) in
            let entry = audit(site, options: options)
            let row = SiteRow(entry)
            return (row, SiteEntryRecord(site: site, row: row, errors: entry.errors, warnings: entry.report?.warnings ?? []), render(entry))
        }, emit: { index, result in
            summary.value.add(result.0)
            emit(result.0, result.2)
            onSite(result.1, SitesProgress(done: index + 1, total: sites.count, failing: summary.value.failing,
                                           elapsed: Date().timeIntervalSince(started)))
        })
        return summary.value
    }
}

/// What the command line is told of each site as it is done: its row, and its problems located
/// in the sites folder.
public struct SiteEntryRecord: Sendable {
    public var site: SiteFolder
    public var row: SiteRow
    /// Content errors, `file` relative to the site folder.
    public var errors: [SiteError]
    /// The report's warnings (a past or pinned year, a provisional list).
    public var warnings: [OITReason]

    /// An error as the terminal shows a diagnostic, its file named from the sites folder, in
    /// `language` (`Diagnostic.text(in:)`: in Thai, the Thai first and the English beneath).
    public func located(_ error: SiteError, in language: MessageLanguage = .english) -> String {
        Diagnostic.error(error.message, file: site.display + "/" + (error.file ?? "site.yaml"), line: error.line, column: error.column,
                         field: error.field, hint: error.hint).text(in: language)
    }
}

/// The text format: one line per site, then per item how many sites fail.
enum SitesText {
    static func head(_ header: SitesHeader, folderPath: String, siteCount: Int) -> String {
        var out = "OIT ITA \(header.itaYear) — \(siteCount) site(s) of \(folderPath) — as of \(header.asOf.iso) (\(ThaiFormatter.thai.date(header.asOf)))\n"
        if let shard = header.shard { out += "shard \(shard) of the sites (sorted by name, every \(shard.count)th from the \(shard.index)th)\n" }
        return out + "\n" + ["pass", "fail", "verify", "errors"].map { pad($0) }.joined(separator: " ") + "  site\n"
    }

    static func row(_ row: SiteRow) -> String {
        let title = row.title.isEmpty ? "" : "  " + row.title
        let counts = row.hasReport ? [row.count(.pass), row.count(.fail), row.count(.verify)].map { pad(String($0)) }.joined(separator: " ")
            : pad("no report", width: 20)
        return counts + " " + pad(row.errors) + "  " + row.path + title + "\n"
    }

    static func tail(skipped: [SkippedFolder], summary: SitesSummary, itaYear: Int) -> String {
        var out = ""
        if !skipped.isEmpty {
            out += "\nskipped (not sites):\n"
            for s in skipped { out += "  \(s.path): \(s.reason)\n" }
        }
        if !summary.items.isEmpty {
            out += "\nsites failing each item (of \(summary.sites)):\n"
            for item in summary.items {
                out += "  \(item.id.padding(toLength: 4, withPad: " ", startingAt: 0)) \(pad(item.fail)) fail \(pad(item.verify)) verify  \(item.title)\n"
            }
        }
        out += "\n\(summary.sites) site(s): \(summary.failing) failing (an item fails, or content errors), "
            + "\(summary.withErrors) with content errors, \(summary.verifying) with an item to verify"
            + (skipped.isEmpty ? "" : "; \(skipped.count) folder(s) skipped") + "\n"
        if let notice = summary.provisionalNotice(itaYear: itaYear) { out += "\n!! \(notice.th)\n   \(notice.en)\n" }
        return out
    }

    static func pad(_ n: Int) -> String { pad(String(n)) }

    /// Right-aligned in `width` columns (ASCII text).
    static func pad(_ s: String, width: Int = 6) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}

/// The CSV format: one row per site and item.
enum SitesCSV {
    static let head = "site,title,item,status,has,urls,reason\n"

    static func rows(_ entry: SiteEntry) -> String {
        guard let report = entry.report else {
            return line([entry.path, entry.title, "", "error", "ไม่มี", "", entry.errors.first?.description ?? "no report"])
        }
        // The report's warnings first (a provisional item list, a pinned year), as in the
        // single-site CSV: a spreadsheet of verdicts must carry what qualifies them.
        var out = report.warnings.map { line([entry.path, entry.title, "", "warning", "", "", $0.th]) }.joined()
        for item in report.items {
            out += line([entry.path, entry.title, item.id, item.status, item.hasEvidence ? "มี" : "ไม่มี", item.urls.joined(separator: "\n"),
                         item.status == OITStatus.pass.rawValue ? "" : (item.reasons.first?.th ?? "")])
        }
        return out
    }

    static func tail(skipped: [SkippedFolder]) -> String {
        skipped.map { line([$0.path, "", "", "skipped", "", "", $0.reason]) }.joined()
    }

    static func line(_ fields: [String]) -> String {
        fields.map(ReportCSV.field).joined(separator: ",") + "\n"
    }
}
