import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

/// The procurement files of one fiscal year: `data/procurement/<year>.yaml` and the CSV table of
/// items it names (`items_csv`), made when missing.
struct YearFiles {
    let siteRoot: String
    let year: Int

    var yamlPath: String { "data/procurement/\(year).yaml" }
    var defaultCSVPath: String { "data/procurement/\(year)-items.csv" }

    /// Writes the files an import made (each atomically, folders made as needed), in order;
    /// stops at the first that cannot be written. Returns the paths written and the failure.
    static func write(_ writes: [(path: String, text: String)], siteRoot: String) -> (written: [String], failure: Diagnostic?) {
        var written: [String] = []
        for (path, text) in writes {
            do {
                try FileManager.default.createDirectory(atPath: ((siteRoot + "/" + path) as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: siteRoot + "/" + path), options: .atomic)
                written.append(path)
            } catch {
                return (written, .error("the file could not be written (\(error.localizedDescription)).", file: path,
                                        hint: "Check that the folder may be written to."))
            }
        }
        return (written, nil)
    }

    struct Merged {
        var added: [String] = []
        var changed: [String] = []
        var writes: [(path: String, text: String)] = []
    }

    /// The year's files with `rows` merged in, or why they cannot be written. A row is matched by
    /// its e-GP number; a row without one (a small purchase has none) by its title and month, so
    /// importing the same rows twice changes nothing. A row with an e-GP number that the table
    /// lacks also matches a row of the same title and month that has no number yet.
    func merge(_ rows: [EGPImport.Row]) -> Result<Merged, Diagnostic> {
        var merged = Merged()
        let csvPath: String
        switch itemsFile() {
        case .failure(let d): return .failure(d)
        case .success(let (path, yamlText)):
            csvPath = path
            if let yamlText { merged.writes.append((yamlPath, yamlText)) }
        }
        var header = EGPImport.columns
        var table: [[String]] = []
        let absolute = siteRoot + "/" + csvPath
        if FileManager.default.fileExists(atPath: absolute) {
            let parsed = TextFile.read(absolute, display: csvPath).flatMap { CSVTable.parse($0, file: csvPath) }
            switch parsed {
            case .failure(let d): return .failure(d)
            case .success(let t):
                header = t.header.map { $0.trimmingWhitespaces() }
                table = t.rows.map(\.fields)
            }
        }
        for column in EGPImport.columns where !header.contains(column) && rows.contains(where: { $0[column] != nil }) {
            header.append(column)
        }
        let width = header.count
        table = table.map { $0.count < width ? $0 + Array(repeating: "", count: width - $0.count) : $0 }
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        func value(_ fields: [String], _ column: String) -> String {
            index[column].map { fields[$0].trimmingWhitespaces() } ?? ""
        }
        func titleKey(_ title: String, _ month: String) -> String { title + "\u{1F}" + month }
        var rowOfNumber: [String: Int] = [:]
        var rowOfTitle: [String: Int] = [:]
        for (i, fields) in table.enumerated() {
            let number = value(fields, "egp_number")
            if !number.isEmpty { rowOfNumber[number] = rowOfNumber[number] ?? i }
            let key = titleKey(value(fields, "title"), value(fields, "month"))
            rowOfTitle[key] = rowOfTitle[key] ?? i
        }
        for row in rows {
            let number = row["egp_number"] ?? ""
            let key = titleKey(row["title"] ?? "", row["month"] ?? "")
            let name = number.isEmpty ? (row["title"] ?? "") : number
            var at = number.isEmpty ? rowOfTitle[key] : rowOfNumber[number]
            if at == nil, !number.isEmpty, let same = rowOfTitle[key], value(table[same], "egp_number").isEmpty { at = same }
            guard let at else {
                var fields = Array(repeating: "", count: width)
                for (column, value) in row { if let c = index[column] { fields[c] = value } }
                if !number.isEmpty { rowOfNumber[number] = table.count }
                rowOfTitle[key] = rowOfTitle[key] ?? table.count
                table.append(fields)
                merged.added.append((number.isEmpty ? "" : number + " ") + "\(row["title"] ?? "") (\(csvPath))")
                continue
            }
            if !number.isEmpty { rowOfNumber[number] = at }
            var changes: [String] = []
            for (column, value) in row.sorted(by: { $0.key < $1.key }) {
                guard let c = index[column] else { continue }
                let old = table[at][c].trimmingWhitespaces()
                guard old != value, keeps(column, old: old, new: value) == false else { continue }
                table[at][c] = value
                changes.append("\(column) '\(old)' → '\(value)'")
            }
            if !changes.isEmpty { merged.changed.append("\(name) (\(csvPath)): " + changes.joined(separator: ", ")) }
        }
        if !merged.added.isEmpty || !merged.changed.isEmpty || !FileManager.default.fileExists(atPath: absolute) {
            merged.writes.append((csvPath, CSVWriter.text(header: header, rows: table)))
        }
        return .success(merged)
    }

    /// Whether the site's value of `column` is kept over e-GP's: what the clerk wrote of the work
    /// itself (title, month) stays once written, and a progress e-GP does not know (delivered,
    /// paid) is not turned back.
    func keeps(_ column: String, old: String, new: String) -> Bool {
        guard !old.isEmpty else { return false }
        switch column {
        case "title", "month": return true
        case "status":
            let order: [ProcurementStatus] = [.inProgress, .contracted, .delivered, .paid]
            guard let o = ProcurementStatus(rawValue: old), let n = ProcurementStatus(rawValue: new) else { return false }
            if n == .cancelled { return false }
            if o == .cancelled { return true }
            return (order.firstIndex(of: o) ?? 0) >= (order.firstIndex(of: n) ?? 0)
        case "budget", "reference_price", "contract_value":
            // The same amount written another way ("108000" and "108,000") is no change.
            return Money(parsing: old) == Money(parsing: new)
        default: return false
        }
    }

    /// The CSV file the year's YAML names (and the YAML's new text when it must be made or
    /// given `items_csv`).
    func itemsFile() -> Result<(String, String?), Diagnostic> {
        let absolute = siteRoot + "/" + yamlPath
        guard FileManager.default.fileExists(atPath: absolute) else {
            return .success((defaultCSVPath, """
                kind: procurement
                fiscal_year: \(year)
                items_csv: \(defaultCSVPath)

                """))
        }
        let text: String
        switch TextFile.read(absolute, display: yamlPath) {
        case .failure(let d): return .failure(d)
        case .success(let t): text = t
        }
        let node: Node?
        switch YAMLText.parse(text, file: yamlPath) {
        case .failure(let d): return .failure(d)
        case .success(let n): node = n
        }
        guard case .mapping(let map)? = node else {
            return .failure(.error("the file is not a list of 'key: value' lines.", file: yamlPath,
                                   hint: "Correct the file so that it builds, then import again."))
        }
        if let kind = map["kind"]?.string, kind != "procurement" {
            return .failure(.error("the file is of kind '\(kind)', not procurement.", file: yamlPath, field: "kind",
                                   hint: "Procurement of fiscal year \(year) is imported into \(yamlPath); move this file elsewhere."))
        }
        if let csv = map["items_csv"]?.string, !csv.isEmpty {
            guard !csv.hasPrefix("/"), !csv.split(separator: "/").contains("..") else {
                return .failure(.error("items_csv '\(csv)' is outside the site folder.", file: yamlPath, field: "items_csv"))
            }
            return .success((csv, nil))
        }
        if map["items"] != nil {
            return .failure(.error("this year's items are written in the YAML file itself; the import writes a CSV table.",
                                   file: yamlPath, field: "items",
                                   hint: "Move the items into \(defaultCSVPath) and write 'items_csv: \(defaultCSVPath)' instead of 'items:', then import again."))
        }
        let separator = text.hasSuffix("\n") || text.isEmpty ? "" : "\n"
        return .success((defaultCSVPath, text + separator + "items_csv: \(defaultCSVPath)\n"))
    }
}

/// CSV text as spreadsheets read it: a header row, fields quoted when they hold a comma, a quote,
/// a line break or spaces at either end; UTF-8, lines ended by LF.
enum CSVWriter {
    static func text(header: [String], rows: [[String]]) -> String {
        var out = line(header)
        for row in rows { out += line(row) }
        return out
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\n"
    }

    static func quoted(_ field: String) -> String {
        let needs = field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        return needs ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
