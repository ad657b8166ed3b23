import DataReading
import SiteModel
import ThaiText
import Yams

/// `kind: service-stats` — services of one fiscal year, each with a figure per month written
/// `YYYY-MM: figure`. A month without a figure is simply not written (0 is a figure).
extension ServiceStats: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if let node = r["services"], case .sequence(let seq) = node, !seq.contains(where: { $0.mapping != nil }) {
            r.error("services", node, "no service is listed.", hint: "List each service with its name, unit and monthly figures.")
        }
        guard !file.failed("fiscal_year", in: r) else { return false }
        file.context?.checkFileNameYear(fiscalYear, r)
        return true
    }
}

extension ServiceSeries: RecordRules, NamedRecord {
    static var recordNoun: String { "service" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if !file.failed("name", in: r), let line = file.firstLine(of: name, in: "services", line: r.line) {
            r.error("name", r["name"], "the service '\(name)' is listed twice; the first is on line \(line).",
                    hint: "Give each service once, with all its months.")
        }
        if r["months"] == nil { r.missingField("months", what: "a block of fields") }
        figures.sort { $0.month < $1.month }
        return !failed
    }
}

/// Figures per month, `YYYY-MM: figure` (`MonthFigures`).
enum ServiceStatsLoader {
    /// `months:` (or another `key`) is a block of `YYYY-MM: figure` lines.
    static func monthFigures(_ s: MappingReader, key block: String, required: Bool, service: String,
                             fiscalYear: FiscalYear?) -> [MonthlyFigure] {
        guard let months = s.nested(block, required: required) else { return [] }
        var seen: [YearMonth: Int?] = [:]
        var out: [MonthlyFigure] = []
        for (keyNode, _) in months.mapping {
            guard let key = keyNode.string else { continue }
            guard let (month, written) = YearMonthParsing.parse(key) else {
                let (message, hint) = YearMonthParsing.refusal(key)
                months.error(key, keyNode, message, hint: hint)
                continue
            }
            if let written {
                let (message, hint) = YearMonthParsing.buddhistWarning(written, month)
                months.warning(key, keyNode, message, hint: hint)
            }
            guard let value = months.count(key, required: true) else { continue }
            if let fiscalYear, !fiscalYear.contains(month) {
                months.error(key, keyNode, "the figure of '\(service)' for \(month.iso) is outside \(YearMonthParsing.describe(fiscalYear)).",
                             hint: "Give only the months of this file's fiscal year; another year goes in its own file.")
                continue
            }
            if let line = seen[month] {
                months.error(key, keyNode, "\(month.iso) is given twice for '\(service)'; the first is on line \(line.map(String.init) ?? "?").",
                             hint: "Keep one figure per month.")
                continue
            }
            seen[month] = months.lineOf(keyNode)
            out.append(MonthlyFigure(month: month, value: value, line: months.lineOf(keyNode)))
        }
        return out
    }
}
