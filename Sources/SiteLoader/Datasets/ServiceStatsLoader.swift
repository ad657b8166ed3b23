import SiteModel
import ThaiText
import Yams

/// `kind: service-stats` — services of one fiscal year, each with a figure per month written
/// `YYYY-MM: figure`. A month without a figure is simply not written (0 is a figure).
enum ServiceStatsLoader: KeyListLoader {
    static let kind = ServiceStats.kind
    static let topLevelKeys = ["title", "fiscal_year", "as_of", "note", "services", "attachments"]
    static let serviceKeys = ["name", "unit", "department", "months"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let year = r.fiscalYear("fiscal_year", required: true)
        if let year { ProcurementLoader.checkFileNameYear(year, r, context) }
        let fy = year.map { FiscalYear(buddhistYear: $0) }
        let records = r.records("services", required: true, what: "service")
        if records.isEmpty, let node = r["services"], case .sequence = node {
            r.error("services", node, "no service is listed.", hint: "List each service with its name, unit and monthly figures.")
        }
        var names: [String: Int?] = [:]
        var services: [ServiceSeries] = []
        for s in records {
            s.rejectUnknownKeys(serviceKeys)
            let name = s.string("name", required: true)
            let unit = s.string("unit", required: true)
            if let name {
                if let line = names[name] {
                    s.error("name", s["name"], "the service '\(name)' is listed twice; the first is on line \(line.map(String.init) ?? "?").",
                            hint: "Give each service once, with all its months.")
                } else {
                    names[name] = s.line
                }
            }
            let figures = monthFigures(s, key: "months", required: true, service: name ?? "", fiscalYear: fy)
            guard let name, let unit else { continue }
            services.append(ServiceSeries(name: name, unit: unit, department: s.string("department"), figures: figures,
                                          source: s.source))
        }
        guard let year else { return nil }
        return ServiceStats(source: r.source, title: r.string("title") ?? "", fiscalYear: year, asOf: r.date("as_of"),
                            note: r.string("note"), services: services, attachments: r.attachments())
    }

    /// `months:` (or another `key`) is a block of `YYYY-MM: figure` lines.
    static func monthFigures(_ s: MappingReader, key block: String, required: Bool, service: String,
                             fiscalYear: FiscalYear?) -> [MonthlyFigure] {
        guard let months = s.nested(block, required: required) else { return [] }
        var seen: [YearMonth: Int?] = [:]
        var out: [MonthlyFigure] = []
        for (keyNode, _) in months.mapping {
            guard let key = keyNode.string else { continue }
            guard let (month, written) = YearMonthParsing.parse(key) else {
                months.error(key, keyNode, "'\(key)' is not a month in the form YYYY-MM.", hint: YearMonthParsing.invalidHint)
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
