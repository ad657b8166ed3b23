import Caching
import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

/// A kind whose model decodes itself (`FieldDecoding`): its fields are the model's, its rules
/// the model's `RecordRules`. Every kind of `DatasetKinds.all` is one (the registry tests say so).
protocol DecodedKind: Disclosure, Decodable {}

/// What a loader knows besides its own file.
struct DatasetContext {
    /// The data file's key: its path below `data/` without extension (`procurement/2568`).
    let key: String
    /// The data file, relative to the site folder (`data/procurement/2568.yaml`).
    let file: String
    /// Absolute path of the site folder (for files a data file refers to, such as a CSV table).
    let siteRoot: String
    /// Where readings of large tables are kept between runs, if anywhere.
    var dataCache: DataCache? = nil
    /// The site's own fiscal-year hint, if the file name is a B.E. year (`2568.yaml`).
    var yearFromFileName: Int? {
        let name = key.split(separator: "/").last.map(String.init) ?? key
        let digits = name.split(whereSeparator: { !$0.isNumber }).last.map(String.init) ?? ""
        guard digits.count == 4, let y = Int(digits), guessEra(ofYear: y) == .buddhist else { return nil }
        return y
    }

    /// A file named after a fiscal year (`2568.yaml`, `annual-2568.yaml`) should hold that year;
    /// when it does not, a warning, and the stated year is used.
    func checkFileNameYear(_ year: Int, _ r: MappingReader) {
        guard let named = yearFromFileName, named != year else { return }
        r.warning("fiscal_year", r["fiscal_year"],
                  "the file is named for \(named), but its fiscal_year is \(year); \(year) is used.",
                  hint: "Rename the file or correct fiscal_year so that they agree.")
    }

    /// `fiscal_year:` (B.E.), else the year of the file name (`gifts-2568.yaml`); both given and
    /// different is a warning (`checkFileNameYear`).
    func statedFiscalYear(_ r: MappingReader) -> Int? {
        guard r["fiscal_year"] != nil else {
            if let yearFromFileName { return yearFromFileName }
            r.missingField("fiscal_year", what: "the B.E. fiscal year, for example 2568")
            return nil
        }
        guard let year = r.fiscalYear("fiscal_year") else { return nil }
        checkFileNameYear(year, r)
        return year
    }
}

/// Every dataset kind sitegen knows: `DatasetKinds.all`, each read by decoding its model.
enum DatasetRegistry {
    static var kinds: [String] { DatasetKinds.names }

    /// The model of kind `kind`, when it is one sitegen knows and can read.
    static func model(of kind: String) -> (any DecodedKind.Type)? {
        DatasetKinds.type(named: kind) as? any DecodedKind.Type
    }

    /// Reads a data file of kind `model` (its fields and rules; `kind` itself is known).
    static func load(_ model: any DecodedKind.Type, _ reader: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        func decode<M: DecodedKind>(_ m: M.Type) -> (any Disclosure)? {
            FieldDecoding.decode(M.self, from: reader, context: context, also: ["kind"])
        }
        return decode(model)
    }
}

/// Loads every file under `data/`.
enum DataFolderLoader {
    /// `dataCache`: where to find and keep readings of CSV tables (see `DataCache`).
    /// `copies`: the check of text copied from another agency, run on every YAML and CSV file.
    static func load(siteRoot: String, dataCache: DataCache? = nil, copies: CopiedTextCheck? = nil) -> (Disclosures, [Diagnostic]) {
        let clock = ProfileClock()
        defer { clock.mark("data") }
        let folder = siteRoot + "/data"
        var disclosures = Disclosures()
        var diagnostics: [Diagnostic] = []
        guard FileManager.default.fileExists(atPath: folder) else { return (disclosures, diagnostics) }
        let files = FolderWalker.walk(root: folder)
        diagnostics += files.diagnostics.map { d in
            var d = d
            d.file = d.file.map { "data/" + $0 }
            return d
        }
        let entries = (files.markdown + files.other).sorted { $0.relative < $1.relative }
        let results = Parallel.map(entries) { entry -> (String, (any Disclosure)?, [Diagnostic]) in
            loadFile(entry, siteRoot: siteRoot, dataCache: dataCache, copies: copies)
        }
        var seen: [String: String] = [:]
        for (entry, (key, dataset, ds)) in zip(entries, results) {
            diagnostics += ds
            guard let dataset else {
                if let text = FileManager.default.contents(atPath: entry.absolute).map({ String(decoding: $0.prefix(200), as: UTF8.self) }),
                   let kind = starterKind(text) {
                    disclosures.starters["data/" + entry.relative] = kind
                    continue
                }
                if ds.contains(where: { $0.severity == .error }) {
                    disclosures.unloaded["data/" + entry.relative] = declaredKind(entry.absolute) ?? ""
                }
                continue
            }
            if let other = seen[key] {
                diagnostics.append(.error("two data files have the same name: \(other) and \(dataset.source.file).",
                                          file: dataset.source.file,
                                          hint: "Keep one of them; a dataset is named by its path without the extension."))
                continue
            }
            seen[key] = dataset.source.file
            disclosures.insert(dataset, key: key)
        }
        diagnostics += checkAttachments(disclosures, siteRoot: siteRoot)
        return (disclosures, diagnostics)
    }

    /// The kind a data file names on a line of its own (`kind: executives`), read as plain text:
    /// for a file that could not be read as YAML, to tell which evidence it was meant to be.
    static func declaredKind(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path), data.count <= TextFile.maximumSize else { return nil }
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) where line.hasPrefix("kind:") {
            let value = line.dropFirst(5).split(separator: "#").first?.trimmingCharacters(in: .whitespaces) ?? ""
            let kind = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return DatasetRegistry.kinds.contains(kind) ? kind : nil
        }
        return nil
    }

    static func loadFile(_ entry: FolderWalker.Entry, siteRoot: String, dataCache: DataCache? = nil,
                         copies: CopiedTextCheck? = nil) -> (String, (any Disclosure)?, [Diagnostic]) {
        let file = "data/" + entry.relative
        let ext = (entry.relative as NSString).pathExtension.lowercased()
        let key = String(entry.relative.dropLast(ext.isEmpty ? 0 : ext.count + 1))
        let context = DatasetContext(key: key, file: file, siteRoot: siteRoot, dataCache: dataCache)
        switch ext {
        case "yaml", "yml":
            break
        case "csv":
            // CSV tables are read by the YAML data file that names them (for example a
            // procurement list's `items_csv`); here only their text is checked for copies.
            guard let copies, case .success(let text) = TextFile.read(entry.absolute, display: file) else { return (key, nil, []) }
            return (key, nil, copies.check(text, file: file, shape: .csv))
        case "md", "txt":
            // Notes are for the clerk.
            return (key, nil, [])
        default:
            return (key, nil, [.warning("this file in data/ is not a YAML or CSV data file and is ignored.", file: file,
                                        hint: "Put attachments in files/ instead of data/.")])
        }
        let text: String
        switch TextFile.read(entry.absolute, display: file) {
        case .failure(let d): return (key, nil, [d])
        case .success(let t): text = t
        }
        if let kind = starterKind(text) {
            // A starter of `sitegen new`: its example is comments. Filled in (data below the
            // marker), it is still not read until the marker line goes, so that the example
            // can never be published or pass an OIT item as if it were the agency's data.
            if case .success(.none) = YAMLText.parse(text, file: file) { return (key, nil, []) }
            return (key, nil, [.warning("the file still starts with '\(starterMarker)\(kind)': it is not published or audited yet.",
                                        file: file, line: 1,
                                        hint: "When the data in it is the agency's own (not the example), delete the first line.")])
        }
        let (dataset, diagnostics) = parse(text, context: context)
        return (key, dataset, diagnostics + (copies?.check(text, file: file, shape: .yaml) ?? []))
    }

    /// The first line of a starter data file, before its kind.
    public static let starterMarker = "# sitegen starter: "

    /// The kind a starter data file is for, from its first line; nil for any other file.
    public static func starterKind(_ text: String) -> String? {
        let first = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let line = first.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\u{FEFF}", with: "")
        guard line.hasPrefix(starterMarker) else { return nil }
        let kind = String(line.dropFirst(starterMarker.count)).trimmingCharacters(in: .whitespaces)
        return DatasetRegistry.kinds.contains(kind) ? kind : nil
    }

    /// Reads the text of one YAML data file (already decoded) into its dataset.
    static func parse(_ text: String, context: DatasetContext) -> ((any Disclosure)?, [Diagnostic]) {
        let file = context.file
        let node: Node?
        switch YAMLText.parse(text, file: file) {
        case .failure(let d): return (nil, [d])
        case .success(let n): node = n
        }
        let sink = DiagnosticSink()
        guard let reader = MappingReader(node, file: file, sink: sink, what: "a data file") else {
            if node == nil { sink.add(.error("the data file is empty.", file: file, line: 1, hint: "Start it with 'kind: …'.")) }
            return (nil, sink.items)
        }
        guard let kind = reader.string("kind", required: true) else { return (nil, sink.items) }
        guard let model = DatasetRegistry.model(of: kind) else {
            var hint = "Known kinds: \(DatasetRegistry.kinds.joined(separator: ", "))."
            if let s = Suggest.nearest(to: kind, in: DatasetRegistry.kinds) { hint = "Did you mean '\(s)'? " + hint }
            reader.error("kind", reader["kind"], "'\(kind)' is not a kind of data sitegen knows.", hint: hint)
            return (nil, sink.items)
        }
        let dataset = DatasetRegistry.load(model, reader, context: context)
        return (dataset, sink.items)
    }

    static func checkAttachments(_ disclosures: Disclosures, siteRoot: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for key in disclosures.keys {
            guard let d = disclosures[key] else { continue }
            for a in d.attachments {
                let path = siteRoot + "/" + a.file
                let resolved = URL(fileURLWithPath: path).standardizedFileURL.path
                if !resolved.hasPrefix(siteRoot + "/") || !FileManager.default.fileExists(atPath: path) {
                    out.append(.error("the attached file '\(a.file)' does not exist in the site folder.",
                                      file: d.source.file, line: a.line, field: a.field ?? "file",
                                      hint: "Put the file in the site folder (for example files/) and write its path relative to the site folder."))
                }
            }
        }
        return out
    }
}
