import DataReading
import SiteModel
import ThaiText
import Yams

/// `kind: ita-results`: scores are kept as the text the results print; the rules check their
/// form and range, and warn when a stated average is not the mean of its items — they never
/// replace a stated figure.
extension ITAResults: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if IntegrityFields.isEmptyList(r["indicators"]) {
            r.error("indicators", r["indicators"], "the results list no indicators.",
                    hint: "List each indicator with its number, name, tool, average and items.")
        }
        if title.isEmpty { title = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ" }
        return !file.failed("fiscal_year", "overall", in: r)
    }
}

/// A score 0–100 written as printed: `88.51`, `๘๘.๕๑`, `100.00`.
extension StatedScore: LocatedValue, EmptyValue {
    static var empty: StatedScore { StatedScore(parsing: "0")! }
    static func read(_ key: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> StatedScore? {
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
}

extension ITAIndicator: RecordRules, NamedRecord {
    static var recordNoun: String { "indicator" }
    /// Numbered from 1, each once; its items of its tool, each once in the file; a warning when
    /// the stated average is not the mean of the items. Items without their text or score are
    /// left out after these checks; the indicator is left out without its number, name, tool or
    /// average.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if !file.failed("number", in: r) {
            if number == 0 {
                r.error("number", r["number"], "indicators are numbered from 1.", hint: "Write the indicator's number, 1–10.")
            } else if file.firstLine(of: number, in: "indicators", line: r.line) != nil {
                r.error("number", r["number"], "indicator \(number) appears twice.", hint: "List each indicator once.")
            }
        }
        let toolKnown = !file.failed("tool", in: r)
        items = items.filter { item in
            guard let e = r.entry(of: "items", atLine: item.source.line) else { return true }
            let id = ITAItem.normalised(e["id"]?.string ?? "")
            if toolKnown, String(id.prefix(1)) != tool.itemPrefix {
                e.error("id", e["id"], "item \(id) is not an \(tool.rawValue) item.",
                        hint: "Items of \(tool.rawValue) are numbered \(tool.itemPrefix)1, \(tool.itemPrefix)2, …; check the id or the indicator's tool.")
            }
            if let line = file.firstLine(of: id, in: "items", line: e["id"].flatMap(e.lineOf) ?? 0) {
                e.error("id", e["id"], "item \(id) appears twice (first on line \(line)).", hint: "List each item once.")
            }
            return !file.failed("text", "score", in: e)
        }
        guard !file.failed("number", "name", "tool", "average", in: r) else { return false }
        if let mean = meanOfItemsHundredths, abs(mean - average.hundredths) > 1 {
            r.warning("average", r["average"],
                      "indicator \(number)'s stated average \(average.text) is not the mean of its \(items.count) item scores, \(StatedScore.text(hundredths: mean)) (computed by sitegen); the page shows \(average.text) as stated.",
                      hint: "If the results print \(average.text), keep it: sitegen never replaces a stated figure. Otherwise correct the average or the item scores.")
        }
        return true
    }
}

extension ITAItem: RecordRules, NamedRecord {
    static var recordNoun: String { "item" }

    /// The id as written, Thai digits read, lower case, without spaces (`I 01` → `i01`).
    static func normalised(_ raw: String) -> String { asciiDigits(raw).lowercased().filter { !$0.isWhitespace } }

    /// An id is a tool's letter and a number (`i1`, `e9`, `o23`); an item with another id is
    /// left out. Its indicator checks the rest.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        guard !file.failed("id", in: r) else { return false }
        let raw = id
        let written = Self.normalised(raw)
        guard let letter = written.first, "ieo".contains(letter), let n = Int(written.dropFirst()), n > 0 else {
            r.error("id", r["id"], "'\(raw)' is not an ITA item id.",
                    hint: "Write the tool's letter and the item's number: i1–i15 (IIT), e1–e9 (EIT), o1–o28 (OIT).")
            return false
        }
        id = "\(letter)\(n)"
        number = n
        return true
    }
}
