import SiteModel
import ThaiText
import Yams

/// `kind: ita-results`: scores are kept as the text the results print; the loader checks their
/// form and range, and warns when a stated average is not the mean of its items — it never
/// replaces a stated figure.
enum ITAResultsLoader: KeyListLoader {
    static let kind = ITAResults.kind
    static let topLevelKeys = ["title", "fiscal_year", "agency", "overall", "summary", "indicators", "attachments"]
    static let overallKeys = ["score", "level", "target"]
    static let indicatorKeys = ["number", "name", "tool", "average", "items", "analysis", "recommendations"]
    static let itemKeys = ["id", "text", "score"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let year = IntegrityFields.fiscalYear(r, context)
        var score: StatedScore?, level: String?, target: StatedScore?
        if let o = r.nested("overall", required: true) {
            o.rejectUnknownKeys(overallKeys)
            score = Self.score(o, "score", required: true)
            level = o.string("level", required: true)
            target = Self.score(o, "target", required: false)
        }
        var seenNumbers = Set<Int>()
        var seenItems: [String: Int] = [:]
        let indicators = r.records("indicators", required: true, what: "indicator").compactMap {
            indicator($0, seenNumbers: &seenNumbers, seenItems: &seenItems)
        }
        if IntegrityFields.isEmptyList(r["indicators"]) {
            r.error("indicators", r["indicators"], "the results list no indicators.",
                    hint: "List each indicator with its number, name, tool, average and items.")
        }
        guard let year, let score, let level else { return nil }
        return ITAResults(source: r.source,
                          title: r.string("title") ?? "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
                          fiscalYear: year, agency: r.string("agency"), overallScore: score, level: level,
                          target: target, summary: r.strings("summary"), indicators: indicators,
                          attachments: r.attachments())
    }

    /// A score 0–100 written as printed: `88.51`, `๘๘.๕๑`, `100.00`.
    static func score(_ r: MappingReader, _ key: String, required: Bool) -> StatedScore? {
        guard let text = r.string(key, required: required) else { return nil }
        guard let s = StatedScore(parsing: text) else {
            r.error(key, r[key], "'\(text)' is not a score.",
                    hint: "Write the score as the results print it, for example 88.51 (Thai digits are fine).")
            return nil
        }
        guard s.hundredths <= 100_00 else {
            r.error(key, r[key], "the score \(s.text) is above 100.", hint: "ITA scores run from 0 to 100.")
            return nil
        }
        return s
    }

    static func indicator(_ r: MappingReader, seenNumbers: inout Set<Int>, seenItems: inout [String: Int]) -> ITAIndicator? {
        r.rejectUnknownKeys(indicatorKeys)
        let number = r.count("number", required: true)
        if let number {
            if number == 0 {
                r.error("number", r["number"], "indicators are numbered from 1.", hint: "Write the indicator's number, 1–10.")
            } else if seenNumbers.contains(number) {
                r.error("number", r["number"], "indicator \(number) appears twice.", hint: "List each indicator once.")
            }
            seenNumbers.insert(number)
        }
        let name = r.string("name", required: true)
        let tool = r.enumeration("tool", ITATool.self, required: true)
        let average = score(r, "average", required: true)
        let items = r.records("items", what: "item").compactMap { item($0, tool: tool, seen: &seenItems) }
        guard let number, let name, let tool, let average else { return nil }
        let indicator = ITAIndicator(number: number, name: name, tool: tool, average: average, items: items,
                                     analysis: r.strings("analysis"), recommendations: r.strings("recommendations"),
                                     source: r.source)
        if let mean = indicator.meanOfItemsHundredths, abs(mean - average.hundredths) > 1 {
            r.warning("average", r["average"],
                      "indicator \(number)'s stated average \(average.text) is not the mean of its \(items.count) item scores, \(StatedScore.text(hundredths: mean)) (computed by sitegen); the page shows \(average.text) as stated.",
                      hint: "If the results print \(average.text), keep it: sitegen never replaces a stated figure. Otherwise correct the average or the item scores.")
        }
        return indicator
    }

    static func item(_ r: MappingReader, tool: ITATool?, seen: inout [String: Int]) -> ITAItem? {
        r.rejectUnknownKeys(itemKeys)
        let raw = r.string("id", required: true)
        let text = r.string("text", required: true)
        let score = Self.score(r, "score", required: true)
        guard let raw else { return nil }
        let id = asciiDigits(raw).lowercased().filter { !$0.isWhitespace }
        guard let letter = id.first, "ieo".contains(letter), let number = Int(id.dropFirst()), number > 0 else {
            r.error("id", r["id"], "'\(raw)' is not an ITA item id.",
                    hint: "Write the tool's letter and the item's number: i1–i15 (IIT), e1–e9 (EIT), o1–o28 (OIT).")
            return nil
        }
        if let tool, String(letter) != tool.itemPrefix {
            r.error("id", r["id"], "item \(id) is not an \(tool.rawValue) item.",
                    hint: "Items of \(tool.rawValue) are numbered \(tool.itemPrefix)1, \(tool.itemPrefix)2, …; check the id or the indicator's tool.")
        }
        if let line = seen[id] {
            r.error("id", r["id"], "item \(id) appears twice (first on line \(line)).", hint: "List each item once.")
        }
        seen[id] = r["id"].flatMap(r.lineOf) ?? 0
        guard let text, let score else { return nil }
        return ITAItem(id: "\(letter)\(number)", number: number, text: text, score: score, source: r.source)
    }
}
