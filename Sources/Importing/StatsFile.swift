import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

/// The statistics file of one fiscal year (`kind: service-stats` or `kind: complaint-stats`):
/// the file of the site that already holds the year, else the documented place
/// (`data/service-stats/<year>.yaml`, `data/complaints/stats-<year>.yaml`), made when missing.
///
/// These kinds have no CSV form: the import merges into the YAML file itself. Complaint months
/// are matched by month, services by name (and their figures by month); every other key of the
/// file (title, as_of, notes, carried_over, attachments…) is kept. The file is written anew, so
/// comments in it are not kept (a warning says so).
struct StatsFile {
    let siteRoot: String
    let kind: XLSXImport.Kind
    let year: Int

    struct Merged {
        var added: [String] = []
        var changed: [String] = []
        var warnings: [Diagnostic] = []
        /// Rows that cannot be merged (a new service without a unit).
        var errors: [Diagnostic] = []
        var write: (path: String, text: String)?
    }

    var defaultPath: String {
        kind == .complaintStats ? "data/complaints/stats-\(year).yaml" : "data/service-stats/\(year).yaml"
    }

    /// The site's file of this kind and year, if there is one.
    func existingPath() -> String? {
        let data = siteRoot + "/data"
        guard let e = FileManager.default.enumerator(atPath: data) else { return nil }
        var found: [String] = []
        for case let rel as String in e where rel.hasSuffix(".yaml") || rel.hasSuffix(".yml") {
            guard let text = try? String(contentsOfFile: data + "/" + rel, encoding: .utf8), text.contains(kind.rawValue) else { continue }
            let stem = ((rel as NSString).lastPathComponent as NSString).deletingPathExtension
            guard case .mapping(let map)? = (try? Yams.compose(yaml: text)) ?? nil else {
                // A file that does not read but says it is this kind and year is the year's file:
                // the merge reports what is wrong with it rather than making a second one.
                let lines = text.split(separator: "\n").map { String($0).trimmingWhitespaces() }
                if lines.contains("kind: \(kind.rawValue)"), lines.contains("fiscal_year: \(year)") || stem.hasSuffix(String(year)) {
                    found.append("data/" + rel)
                }
                continue
            }
            guard map["kind"]?.string == kind.rawValue else { continue }
            let written = map["fiscal_year"]?.string.flatMap { Int(asciiDigits($0)) }
            if written == year || (written == nil && stem.hasSuffix(String(year))) { found.append("data/" + rel) }
        }
        return found.sorted().first
    }

    func merge(_ records: [StatsRecords.Record]) -> Result<Merged, Diagnostic> {
        var merged = Merged()
        let path = existingPath() ?? defaultPath
        let absolute = siteRoot + "/" + path
        var top: [(Node, Node)]
        let exists = FileManager.default.fileExists(atPath: absolute)
        if exists {
            let text: String
            switch TextFile.read(absolute, display: path) {
            case .failure(let d): return .failure(d)
            case .success(let t): text = t
            }
            switch YAMLText.parse(text, file: path) {
            case .failure(let d): return .failure(d)
            case .success(let node):
                guard case .mapping(let map)? = node else {
                    return .failure(.error("the file is not a list of 'key: value' lines.", file: path,
                                           hint: "Correct the file so that it builds, then import again."))
                }
                top = Array(map).map { ($0.key, $0.value) }
            }
            if text.split(separator: "\n").contains(where: { String($0).trimmingWhitespaces().hasPrefix("#") || $0.contains(" #") }) {
                merged.warnings.append(.warning("the file is written anew by the import; its comments are not kept.", file: path,
                                                hint: "Keep notes for readers in 'note'/'notes', which are kept."))
            }
        } else {
            top = [(Node("kind"), Node(kind.rawValue)), (Node("fiscal_year"), Node(String(year)))]
        }
        let listKey = kind == .complaintStats ? "months" : "services"
        var list: [Node] = []
        if let at = top.firstIndex(where: { $0.0.string == listKey }) {
            guard case .sequence(let seq) = top[at].1 else {
                return .failure(.error("'\(listKey)' is not a list.", file: path, field: listKey,
                                       hint: "Correct the file so that it builds, then import again."))
            }
            list = Array(seq)
        }
        switch kind {
        case .complaintStats: mergeMonths(records, into: &list, path: path, &merged)
        default: mergeServices(records, into: &list, path: path, &merged)
        }
        guard !merged.added.isEmpty || !merged.changed.isEmpty || !exists else { return .success(merged) }
        let listNode = Node.sequence(Node.Sequence(list))
        if let at = top.firstIndex(where: { $0.0.string == listKey }) { top[at].1 = listNode } else { top.append((Node(listKey), listNode)) }
        do {
            let text = try Yams.serialize(node: Node.mapping(Node.Mapping(top)), width: -1, allowUnicode: true)
            merged.write = (path, text)
        } catch {
            return .failure(.error("the file could not be written as YAML (\(error)).", file: path))
        }
        return .success(merged)
    }

    /// complaint-stats: a month of the sheet replaces the figures (and note) of the same month.
    private func mergeMonths(_ records: [StatsRecords.Record], into list: inout [Node], path: String, _ merged: inout Merged) {
        for record in records {
            let at = list.firstIndex { node in
                guard let m = node.mapping?["month"]?.string, let (month, _) = YearMonthParsing.parse(m) else { return false }
                return month.iso == record.key
            }
            guard let at, case .mapping(let map) = list[at] else {
                var pairs: [(Node, Node)] = [(Node("month"), Node(record.key))]
                for field in ["received", "in_progress", "finished"] { pairs.append((Node(field), Node(record.fields[field]!))) }
                if let note = record.fields["note"] { pairs.append((Node("note"), text(note))) }
                list.append(Node.mapping(Node.Mapping(pairs)))
                merged.added.append("\(record.key) (\(path))")
                continue
            }
            var pairs = Array(map).map { ($0.key, $0.value) }
            let changes = set(record.fields, in: &pairs, order: ["received", "in_progress", "finished", "note"])
            list[at] = Node.mapping(Node.Mapping(pairs, map.tag, map.style))
            if !changes.isEmpty { merged.changed.append("\(record.key) (\(path)): " + changes.joined(separator: ", ")) }
        }
        list.sort { a, b in
            let x = a.mapping?["month"]?.string.flatMap { YearMonthParsing.parse($0)?.month }
            let y = b.mapping?["month"]?.string.flatMap { YearMonthParsing.parse($0)?.month }
            guard let x, let y else { return false }
            return x < y
        }
    }

    /// service-stats: a service of the sheet updates the service of the same name: its unit and
    /// department when the sheet gives them, and the figure of each month the sheet gives.
    private func mergeServices(_ records: [StatsRecords.Record], into list: inout [Node], path: String, _ merged: inout Merged) {
        for record in records {
            let at = list.firstIndex { $0.mapping?["name"]?.string?.trimmingWhitespaces() == record.key }
            guard let at, case .mapping(let map) = list[at] else {
                if let d = record.missingUnit {
                    merged.errors.append(d)
                    continue
                }
                var pairs: [(Node, Node)] = [(Node("name"), text(record.key))]
                for field in ["unit", "department"] { if let v = record.fields[field] { pairs.append((Node(field), text(v))) } }
                pairs.append((Node("months"), Node.mapping(Node.Mapping(record.figures.sorted { $0.key < $1.key }.map { (Node($0.key.iso), Node(String($0.value))) }))))
                list.append(Node.mapping(Node.Mapping(pairs)))
                merged.added.append("service '\(record.key)' (\(path))")
                continue
            }
            var pairs = Array(map).map { ($0.key, $0.value) }
            var changes = set(record.fields.filter { $0.key != "name" }, in: &pairs, order: ["unit", "department"])
            var months: [(YearMonth, Node, Node)] = []  // month, key as written, value
            var others: [(Node, Node)] = []
            if let m = pairs.first(where: { $0.0.string == "months" })?.1.mapping {
                for (k, v) in m {
                    if let s = k.string, let (ym, _) = YearMonthParsing.parse(s) { months.append((ym, k, v)) } else { others.append((k, v)) }
                }
            }
            for (month, figure) in record.figures.sorted(by: { $0.key < $1.key }) {
                if let i = months.firstIndex(where: { $0.0 == month }) {
                    let old = months[i].2.string ?? ""
                    guard old != String(figure) else { continue }
                    months[i].2 = Node(String(figure))
                    changes.append("\(month.iso) '\(old)' → '\(figure)'")
                } else {
                    months.append((month, Node(month.iso), Node(String(figure))))
                    changes.append("\(month.iso) '' → '\(figure)'")
                }
            }
            months.sort { $0.0 < $1.0 }
            let monthsNode = Node.mapping(Node.Mapping(months.map { ($0.1, $0.2) } + others))
            if let i = pairs.firstIndex(where: { $0.0.string == "months" }) { pairs[i].1 = monthsNode } else { pairs.append((Node("months"), monthsNode)) }
            list[at] = Node.mapping(Node.Mapping(pairs, map.tag, map.style))
            if !changes.isEmpty { merged.changed.append("service '\(record.key)' (\(path)): " + changes.joined(separator: ", ")) }
        }
    }

    /// Sets `fields` in a record's pairs (added in `order` when missing); the changes, for the clerk.
    private func set(_ fields: [String: String], in pairs: inout [(Node, Node)], order: [String]) -> [String] {
        var changes: [String] = []
        for field in order {
            guard let value = fields[field] else { continue }
            let node = field == "note" || field == "unit" || field == "department" ? text(value) : Node(value)
            if let i = pairs.firstIndex(where: { $0.0.string == field }) {
                let old = pairs[i].1.string ?? ""
                guard old.trimmingWhitespaces() != value else { continue }
                pairs[i].1 = node
                changes.append("\(field) '\(old)' → '\(value)'")
            } else {
                pairs.append((Node(field), node))
                changes.append("\(field) '' → '\(value)'")
            }
        }
        return changes
    }

    /// A text scalar, quoted when YAML would otherwise read it as a number, a truth value or null.
    private func text(_ s: String) -> Node {
        let lower = s.lowercased()
        let special = Int(s) != nil || Double(s) != nil || ["true", "false", "yes", "no", "on", "off", "null", "~", ""].contains(lower)
        return Node(s, .implicit, special ? .doubleQuoted : .any)
    }
}
