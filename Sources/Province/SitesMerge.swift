import Foundation
import SiteModel
import ThaiText

/// `sitegen report merge`: joins the JSON reports of shards (or of separate runs over separate
/// folders) into one `sitegen-oit-sites/1` document: the sites of all in name order, the skipped
/// folders of all, the summary counted again. The result is the same bytes one run over all the
/// sites writes.
public enum SitesMerge {
    /// Reads the reports one at a time (each site is written to a spool file as it is read, so a
    /// country's report is never held whole) and writes the merged document through `write`.
    /// Refuses reports of different years or dates, a site in two reports, shards of different
    /// splits, and a split with a shard missing or given twice.
    public static func merge(_ files: [String], write: (String) -> Void) -> Result<SitesSummary, SitesError> {
        guard !files.isEmpty else {
            return .failure(SitesError("no report to merge.", hint: "Name the JSON reports of check --sites --format json, one per shard: sitegen report merge a.json b.json > all.json"))
        }
        let spoolPath = NSTemporaryDirectory() + "sitegen-merge-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: spoolPath, contents: nil), let spool = FileHandle(forUpdatingAtPath: spoolPath) else {
            return .failure(SitesError("cannot create a temporary file in \(NSTemporaryDirectory()).", hint: "Check that the temporary folder (TMPDIR) is writable and has space."))
        }
        defer {
            try? spool.close()
            try? FileManager.default.removeItem(atPath: spoolPath)
        }
        var spans: [String: (offset: UInt64, length: Int)] = [:]
        var offset: UInt64 = 0
        let read = gather(files) { entry, _ in
            let text = Data(SitesJSONWriter.entryText(entry).utf8)
            spool.write(text)
            spans[entry.path] = (offset, text.count)
            offset += UInt64(text.count)
            return nil
        }
        guard case .success(let gathered) = read else { return read.map(\.summary) }
        var writer = SitesJSONWriter(header: gathered.header)
        write(writer.head())
        for row in gathered.rows {
            let span = spans[row.path]!
            try? spool.seek(toOffset: span.offset)
            let bytes = (try? spool.read(upToCount: span.length)) ?? Data()
            write(writer.entry(String(decoding: bytes, as: UTF8.self)))
        }
        write(writer.tail(skipped: gathered.skipped, summary: gathered.summary))
        return .success(gathered.summary)
    }

    /// What the reports of a run hold together: their header, each site's row in name order
    /// (without titles), the skipped folders of all, and the summary counted again.
    struct Gathered {
        var header: SitesHeader
        var rows: [SiteRow]
        var skipped: [SkippedFolder]
        var summary: SitesSummary
    }

    /// Reads the reports one at a time, handing each site's entry to `each` as it is read (with
    /// the header of the reports), so that no more than one report is held whole. Refuses
    /// reports of different years or dates, a site in two reports, shards of different splits,
    /// a split with a shard missing or given twice, and whatever `each` refuses.
    static func gather(_ files: [String], each: (SiteEntry, SitesHeader) -> SitesError?) -> Result<Gathered, SitesError> {
        var rows: [String: (row: SiteRow, file: String)] = [:]
        var skipped: [String: SkippedFolder] = [:]
        var first: (file: String, header: SitesHeader)?
        var shards: [(file: String, shard: Shard?)] = []
        // Each item's title in the summary is that of the first site, in name order, that has it.
        var titles: [String: (path: String, title: String)] = [:]
        for file in files {
            let document: SitesDocument
            switch read(file) {
            case .failure(let error): return .failure(error)
            case .success(let d): document = d
            }
            guard let asOf = CalendarDate(iso: document.asOf) else {
                return .failure(SitesError("\(file): field 'as_of': '\(document.asOf)' is not a date.", hint: "Merge the reports as check --sites wrote them."))
            }
            let header = SitesHeader(itaYear: document.itaYear, asOf: asOf, shard: nil)
            if let first, first.header != header {
                return .failure(SitesError(
                    "\(file) audits ITA \(header.itaYear) as of \(header.asOf.iso), but \(first.file) audits ITA \(first.header.itaYear) as of \(first.header.asOf.iso).",
                    hint: "Merge only the shards of one run: give every shard the same --ita-year and --as-of (set --as-of explicitly, so shards that run on different days agree)."))
            }
            if first == nil { first = (file, header) }
            shards.append((file, document.shard))
            for entry in document.sites {
                if let other = rows[entry.path] {
                    return .failure(SitesError("the site '\(entry.path)' is in two reports: \(other.file) and \(file).",
                                               hint: "Give each shard's report once; shards of one split never share a site."))
                }
                if let problem = each(entry, header) { return .failure(problem) }
                rows[entry.path] = (SiteRow(entry).withoutTitles, file)
                for item in entry.report?.items ?? [] where titles[item.id].map({ byteOrder(entry.path, $0.path) }) ?? true {
                    titles[item.id] = (entry.path, item.title)
                }
            }
            for s in document.skipped { skipped[s.path] = s }
        }
        if let problem = shardProblem(shards) { return .failure(problem) }
        let ordered = rows.keys.sorted(by: byteOrder).map { rows[$0]!.row }
        var summary = SitesSummary()
        for row in ordered { summary.add(row) }
        let skippedList = skipped.values.sorted { byteOrder($0.path, $1.path) }
        summary.skipped = skippedList.count
        for i in summary.items.indices { summary.items[i].title = titles[summary.items[i].id]?.title ?? "" }
        return .success(Gathered(header: first!.header, rows: ordered, skipped: skippedList, summary: summary))
    }

    /// Either no report is a shard, or all are the shards of one split, each once.
    static func shardProblem(_ shards: [(file: String, shard: Shard?)]) -> SitesError? {
        let sharded = shards.filter { $0.shard != nil }
        guard !sharded.isEmpty else { return nil }
        if let whole = shards.first(where: { $0.shard == nil }) {
            return SitesError("\(whole.file) is a report of all its sites, the others of one shard each.",
                              hint: "Merge the shards of one split, or whole reports of separate folders, not both.")
        }
        let count = sharded[0].shard!.count
        if let other = sharded.first(where: { $0.shard!.count != count }) {
            return SitesError("\(other.file) is shard \(other.shard!) but \(sharded[0].file) is shard \(sharded[0].shard!): they come from different splits.",
                              hint: "Merge the N reports of one split, made with --shard 1/N … N/N.")
        }
        var seen: [Int: String] = [:]
        for s in sharded {
            if let before = seen[s.shard!.index] {
                return SitesError("\(s.file) and \(before) are both shard \(s.shard!).", hint: "Give each shard's report once.")
            }
            seen[s.shard!.index] = s.file
        }
        let missing = (1...count).filter { seen[$0] == nil }
        if !missing.isEmpty {
            return SitesError("shard(s) \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing: the merged report would leave out their sites.",
                              hint: "Merge the reports of all \(count) shards (--shard 1/\(count) … \(count)/\(count)).")
        }
        return nil
    }

    static func read(_ file: String) -> Result<SitesDocument, SitesError> {
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(SitesError("the report '\(file)' cannot be read.", hint: "Check the file name; it is the output of check --sites --format json."))
        }
        if let probe = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let schema = probe["schema"] as? String,
           schema != SitesDocument.schemaName {
            return .failure(SitesError("\(file) is a '\(schema)' document, not a report over many sites (\(SitesDocument.schemaName)).",
                                       hint: "Merge the output of check --sites --format json; a single site's report (check --format json) cannot be merged."))
        }
        do {
            return .success(try JSONDecoder().decode(SitesDocument.self, from: data))
        } catch {
            return .failure(SitesError("\(file) is not a \(SitesDocument.schemaName) report: \(describe(error)).",
                                       hint: "Merge the reports check --sites --format json wrote, unchanged."))
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "field '\((context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."))' is missing"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        case .dataCorrupted(let context)?:
            return context.codingPath.isEmpty ? "the JSON is malformed" : "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' is malformed"
        default:
            return "\(error)"
        }
    }
}
