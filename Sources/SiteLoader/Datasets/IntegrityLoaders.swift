import DataReading
import SiteModel
import ThaiText
import Yams

// Loaders of the integrity datasets: no-gift-policy (o21), gift-register (o22),
// risk-assessment (o23), risk-report (o24), integrity-measures (o27), integrity-report (o28).

/// Readers shared by the integrity loaders.
enum IntegrityFields {
    /// Whether a field is written as a list with no entries (`[]`).
    static func isEmptyList(_ node: Node?) -> Bool {
        if case .sequence(let seq)? = node { return seq.isEmpty }
        return false
    }

    /// A scalar in quotes, anything else described, for messages.
    static func quoted(_ node: Node) -> String {
        if case .scalar(let s) = node { return "'\(s.string)'" }
        return MappingReader.describe(node)
    }

    /// A list of texts or records that must have at least one entry: reports it missing or empty.
    static func requireEntries(_ r: MappingReader, _ key: String, isEmpty: Bool, what: String) {
        guard r[key] != nil else {
            r.missingField(key, what: what)
            return
        }
        if isEmpty { r.error(key, r[key], "the list is empty.", hint: "Write at least one entry: \(what).") }
    }

    /// A list of texts that must have at least one entry; empty texts are left out.
    static func texts(_ list: [String], _ r: MappingReader, _ key: String, what: String) -> [String] {
        let texts = list.filter { !$0.isEmpty }
        requireEntries(r, key, isEmpty: texts.isEmpty, what: what)
        return texts
    }

    /// A required text that an entry is kept without: reports it missing or empty, as a
    /// required field is (the field was read as optional).
    static func requireText(_ r: MappingReader, _ key: String) {
        if r[key] == nil || FieldValues.isNull(r[key]) { _ = r.string(key, required: true) }
    }

    /// Reports a number given to two entries of the same list.
    static func checkNumber(_ n: Int, _ r: MappingReader, _ file: FieldSession, what: String) {
        if file.firstLine(of: n, in: r.listPath, line: r.line) != nil {
            r.error("number", r["number"], "\(what) \(n) appears twice.", hint: "Give each \(what) its own number.")
        }
    }
}

extension EntryNumber: LocatedValue, EmptyValue {
    static var empty: EntryNumber { EntryNumber(wrappedValue: 0) }
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> EntryNumber? {
        return EntryNumber(wrappedValue: r.count(field) ?? r.positionInList)
    }
}


// MARK: - no-gift-policy

extension NoGiftPolicy: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if title.isEmpty { title = "นโยบายไม่รับของขวัญ (No Gift Policy)" }
        // An announcement that could not be read stands in empty.
        return !announcement.source.file.isEmpty
    }
}

extension GiftPolicyAnnouncement: RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if signer.name == nil, case .mapping? = r["signer"], let s = r.nested("signer") {
            IntegrityFields.requireText(s, "name")
        }
        paragraphs = IntegrityFields.texts(paragraphs, r, "text", what: "the paragraphs of the announcement")
        return !failed
    }
}

extension CultureActivity: RecordRules, NamedRecord {
    static var recordNoun: String { "activity" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        guard !failed else { return false }
        if let year = file.fiscalYear, !FiscalYear(buddhistYear: year).contains(date) {
            r.warning("date", r["date"], "the activity (\(date.iso)) is outside fiscal year \(year).",
                      hint: "List the activities of fiscal year \(year), or correct the date.")
        }
        return true
    }
}

// MARK: - gift-register

extension NoneReceived: LocatedValue {
    /// `none_received`: true or false, or a list of months of the fiscal year, each once.
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> NoneReceived? {
        guard let node = r[field] else { return NoneReceived() }
        guard case .sequence(let seq) = node else { return NoneReceived(forYear: r.bool(field) ?? false) }
        let fy = decoder.session.fiscalYear.map { FiscalYear(buddhistYear: $0) }
        var months: [YearMonth] = []
        for (i, m) in seq.enumerated() {
            let entry = "\(field)[\(i + 1)]"
            guard let month = r.yearMonth(m, field: entry), let fy else { continue }
            if !fy.contains(month) {
                r.error(entry, m, "\(month.iso) is not in \(YearMonthParsing.describe(fy)).",
                        hint: "List months of the register's fiscal year only.")
            } else if decoder.session.firstLine(of: month, in: field, line: r.lineOf(m)) != nil {
                r.error(entry, m, "the month \(month.iso) is listed twice.", hint: "List each month once.")
            } else {
                months.append(month)
            }
        }
        return NoneReceived(months: months.sorted())
    }
}

extension GiftRegister: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        guard fiscalYear != 0 else { return false }
        let fy = FiscalYear(buddhistYear: fiscalYear)
        if title.isEmpty { title = "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา" }
        if let asOf, asOf < fy.start {
            r.error("as_of", r["as_of"], "the register is dated \(asOf.iso), before fiscal year \(fiscalYear) starts (\(fy.start.iso)).",
                    hint: "Write the date up to which the register is complete.")
        }
        if noneReceivedForYear && !gifts.isEmpty {
            r.error("none_received", r["none_received"],
                    "the register says nothing was received in fiscal year \(fiscalYear), but it lists \(gifts.count) gift(s).",
                    hint: "Remove 'none_received: true', or remove the gifts.")
        }
        if !noneReceivedForYear && noneReceivedMonths.isEmpty && gifts.isEmpty {
            r.warning("gifts", nil, "the register lists no gifts and does not say that none were received.",
                      hint: "Write 'none_received: true' for the year, or list the months: none_received: [2024-10, 2024-11].")
        }
        if let asOf {
            for g in gifts where g.date > asOf {
                r.warning("as_of", r["as_of"], "gift \(g.number) (\(g.date.iso)) is dated after as_of (\(asOf.iso)).",
                          hint: "Move as_of to the date the register is complete up to.")
            }
        }
        return true
    }
}

extension Gift: RecordRules, NamedRecord {
    static var recordNoun: String { "gift" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        IntegrityFields.checkNumber(number, r, file, what: "gift")
        if r["date"] != nil, date != .empty, let year = file.fiscalYear {
            let fy = FiscalYear(buddhistYear: year)
            if !fy.contains(date) {
                r.error("date", r["date"], "\(date.iso) is not in fiscal year \(fy.buddhistYear) (\(fy.start.iso) to \(fy.end.iso)).",
                        hint: "A register lists the gifts of its own fiscal year; put other years in their own file.")
            } else if file.hasSeen(date.yearMonth, in: "none_received") {
                r.error("date", r["date"], "the register says nothing was received in \(date.yearMonth.iso), but this gift is dated \(date.iso).",
                        hint: "Remove \(date.yearMonth.iso) from none_received, or correct the date.")
            }
        }
        return !failed
    }
}

// MARK: - risk-assessment

extension RiskLevelMapping: LocatedValue {
    /// The `levels:` block (level name → score span such as `5-9`), checked to cover 1–25 once
    /// each, rising with the level; the standard mapping when absent or invalid.
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> RiskLevelMapping? {
        guard let m = r.nested("levels") else { return .standard }
        m.rejectUnknownKeys(RiskLevel.allCases.map(\.rawValue))
        var bands: [(band: RiskLevelMapping.Band, node: Node)] = []
        var valid = true
        for level in RiskLevel.allCases {
            guard let node = m[level.rawValue] else { continue }
            guard let span = scoreSpan(node) else {
                m.error(level.rawValue, node, "\(IntegrityFields.quoted(node)) is not a span of scores.",
                        hint: "Write the lowest and highest score of the level, for example 5-9 (scores run 1–25).")
                valid = false
                continue
            }
            guard span.lowerBound >= 1, span.upperBound <= 25 else {
                m.error(level.rawValue, node, "the scores \(span.lowerBound)–\(span.upperBound) go beyond 1–25.",
                        hint: "A score is likelihood (1–5) × impact (1–5), so it runs from 1 to 25.")
                valid = false
                continue
            }
            bands.append((RiskLevelMapping.Band(level: level, scores: span), node))
        }
        guard valid else { return .standard }
        if bands.isEmpty {
            r.error("levels", r["levels"], "the mapping names no level.", hint: "Remove 'levels:' to use the standard mapping.")
            return .standard
        }
        for (i, a) in bands.enumerated() {
            for b in bands[(i + 1)...] where a.band.scores.overlaps(b.band.scores) {
                let lo = max(a.band.scores.lowerBound, b.band.scores.lowerBound)
                let hi = min(a.band.scores.upperBound, b.band.scores.upperBound)
                m.error(b.band.level.rawValue, b.node,
                        "the scores \(lo == hi ? "\(lo)" : "\(lo)–\(hi)") belong to both \(a.band.level.rawValue) and \(b.band.level.rawValue).",
                        hint: "Each score from 1 to 25 must belong to exactly one level.")
                valid = false
            }
        }
        let covered = Set(bands.flatMap { Array($0.band.scores) })
        let missing = (1...25).filter { !covered.contains($0) }
        if !missing.isEmpty {
            r.error("levels", r["levels"], "the scores \(ranges(missing)) belong to no level.",
                    hint: "Each score from 1 to 25 must belong to exactly one level.")
            valid = false
        }
        if valid {
            for (a, b) in zip(bands, bands.dropFirst()) where b.band.scores.lowerBound < a.band.scores.lowerBound {
                m.error(b.band.level.rawValue, b.node,
                        "\(b.band.level.rawValue) has lower scores than \(a.band.level.rawValue).",
                        hint: "Levels rise with the score: ต่ำ, ปานกลาง, สูง, สูงมาก.")
                valid = false
            }
        }
        return valid ? RiskLevelMapping(bands: bands.map(\.band), isStandard: false) : .standard
    }

    static func scoreSpan(_ node: Node) -> ClosedRange<Int>? {
        guard case .scalar(let s) = node else { return nil }
        let parts = asciiDigits(s.string).split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == " " })
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        if numbers.count == 1 { return numbers[0]...numbers[0] }
        guard numbers.count == 2, numbers[0] <= numbers[1] else { return nil }
        return numbers[0]...numbers[1]
    }

    /// `[5, 6, 7, 9]` → `5–7, 9`.
    static func ranges(_ values: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        while i < values.count {
            var j = i
            while j + 1 < values.count && values[j + 1] == values[j] + 1 { j += 1 }
            parts.append(i == j ? "\(values[i])" : "\(values[i])–\(values[j])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }

}

extension RiskAssessment: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        corruptionTypes = corruptionTypes.filter { !$0.isEmpty }
        internalFactors = internalFactors.filter { !$0.isEmpty }
        externalFactors = externalFactors.filter { !$0.isEmpty }
        corruptActs = corruptActs.filter { !$0.isEmpty }
        // A narrative analysis (lists, no scores) stands without risks; the audit says what the
        // OIT item still lacks.
        let narrativeKeys = ["corruption_types", "causes", "internal_factors", "external_factors", "corrupt_acts"]
        if r["risks"] == nil && !hasNarrative && !narrativeKeys.contains(where: { r[$0] != nil }) {
            r.missingField("risks", what: "the risks assessed, each with its process, event, likelihood, impact and measures; or a narrative analysis without scores (corruption_types, causes, internal_factors, external_factors, corrupt_acts)")
        } else if IntegrityFields.isEmptyList(r["risks"]) && !hasNarrative {
            r.error("risks", r["risks"], "the assessment lists no risks.",
                    hint: "List each bribery risk with its process, event, likelihood, impact and measures, or write the narrative analysis (corruption_types, causes, internal_factors, external_factors, corrupt_acts).")
        } else if r["risks"] == nil && !hasNarrative {
            r.error(narrativeKeys.first { r[$0] != nil } ?? "risks", narrativeKeys.first { r[$0] != nil }.flatMap { r[$0] },
                    "the narrative analysis lists nothing, and the assessment lists no risks.",
                    hint: "Write at least one entry in corruption_types, causes, internal_factors, external_factors or corrupt_acts.")
        }
        if !isScored && hasNarrative && r["levels"] != nil {
            r.warning("levels", r["levels"], "'levels' maps scores to levels, but the assessment scores no risk.",
                      hint: "Remove 'levels', or add the scored risks under 'risks'.")
        }
        // Each risk's level, from its score by the assessment's mapping.
        for i in risks.indices {
            let risk = risks[i]
            let level = levels.level(forScore: risk.score) ?? .low
            risks[i].level = level
            if let stated = risk.statedLevel, stated != level, let e = r.entry(of: "risks", atLine: risk.source.line) {
                e.warning("level", e["level"],
                          "the stated level \(stated.rawValue) is not the level of score \(risk.score) (\(level.rawValue)) by the assessment's mapping; the page shows \(level.rawValue).",
                          hint: "Correct the level, or remove it: sitegen derives it from the score and 'levels'.")
            }
        }
        guard fiscalYear != 0 else { return false }
        if title.isEmpty { title = "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน" }
        return true
    }
}

extension RiskCause: RecordRules, NamedRecord {
    static var recordNoun: String { "cause" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if type?.isEmpty == true { type = nil }
        return !failed && !text.isEmpty
    }
}

extension Risk: RecordRules, NamedRecord {
    static var recordNoun: String { "risk" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        IntegrityFields.checkNumber(number, r, file, what: "risk")
        var inRange = true
        for (key, what) in [("likelihood", "the likelihood"), ("impact", "the impact")] {
            guard let n = r.writtenInt(key), !(1...5).contains(n) else { continue }
            r.error(key, r[key], "\(what) \(n) is outside 1–5.", hint: "Write a whole number from 1 to 5.")
            inRange = false
        }
        measures = IntegrityFields.texts(measures, r, "measures", what: "the measures that manage the risk")
        guard !failed, inRange else { return false }
        if let statedScore, statedScore != score {
            r.warning("score", r["score"],
                      "the stated score \(statedScore) is not likelihood × impact = \(likelihood) × \(impact) = \(score); the page shows \(score).",
                      hint: "Correct the score, or remove it: sitegen computes it from likelihood and impact.")
        }
        return true
    }
}

// MARK: - risk-report

extension RiskReport: DecodedKind, RecordRules, ReferenceResolving {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if r["risks"] == nil { r.missingField("risks", what: "a list") }
        assessmentLine = r["assessment"].flatMap(r.lineOf)
        if title.isEmpty { title = "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ" }
        return !failed
    }

    func resolve(in all: Disclosures) -> (RiskReport, [Diagnostic]) {
        var report = self
        let file = report.source.file
        let assessment: RiskAssessment
        switch CrossReferences.target(RiskAssessment.self, key: report.assessmentKey, in: all, from: report.source,
                                      line: report.assessmentLine, field: "assessment") {
        case .failure(let d): return (report, [d])
        case .success(let a): assessment = a
        }
        var out: [Diagnostic] = []
        if assessment.fiscalYear != report.fiscalYear {
            out.append(.warning("the report is for fiscal year \(report.fiscalYear), but the assessment '\(report.assessmentKey)' is for \(assessment.fiscalYear).",
                                file: file, line: report.assessmentLine, field: "assessment",
                                hint: "A risk report covers the risks assessed for the same fiscal year."))
        }
        let numbers = assessment.risks.map(\.number)
        for (i, o) in report.outcomes.enumerated() where assessment.risk(number: o.riskNumber) == nil {
            out.append(.error("the assessment '\(report.assessmentKey)' has no risk \(o.riskNumber).",
                              file: file, line: o.source.line, field: "risks[\(i + 1)].risk",
                              hint: numbers.isEmpty
                                ? "It is a narrative analysis with no scored risks; a report says what was done about scored risks (add them to the assessment's 'risks')."
                                : "Its risks are numbered \(numbers.map(String.init).joined(separator: ", "))."))
        }
        let reported = Set(report.outcomes.map(\.riskNumber))
        for risk in assessment.risks where !reported.contains(risk.number) {
            out.append(.warning("risk \(risk.number) of the assessment ('\(risk.event)') is not reported on.",
                                file: file, line: report.assessmentLine, field: "risks",
                                hint: "Add an entry 'risk: \(risk.number)' saying what was done and the result."))
        }
        report.assessment = assessment
        return (report, out)
    }
}

extension RiskOutcome: RecordRules, NamedRecord {
    static var recordNoun: String { "risk" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if let n = r.writtenInt("risk"), n >= 0, file.firstLine(of: n, in: r.listPath, line: r.line) != nil {
            r.error("risk", r["risk"], "risk \(n) is reported twice.", hint: "Report each risk once.")
        }
        actions = IntegrityFields.texts(actions, r, "actions", what: "what was done about the risk")
        return !failed
    }
}

// MARK: - integrity-measures, integrity-report

extension IntegrityMeasures: DecodedKind, RecordRules, ReferenceResolving {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        itaResultsLine = r["ita_results"].flatMap(r.lineOf)
        if title.isEmpty { title = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" }
        return fiscalYear != 0
    }

    func resolve(in all: Disclosures) -> (IntegrityMeasures, [Diagnostic]) {
        var doc = self
        let (ita, ds) = MeasureDocumentFields.resolve(doc, line: doc.itaResultsLine, in: all)
        doc.itaResults = ita
        return (doc, ds)
    }
}

extension IntegrityReport: DecodedKind, RecordRules, ReferenceResolving {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        itaResultsLine = r["ita_results"].flatMap(r.lineOf)
        if title.isEmpty { title = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" }
        return fiscalYear != 0
    }

    func resolve(in all: Disclosures) -> (IntegrityReport, [Diagnostic]) {
        var doc = self
        let (ita, ds) = MeasureDocumentFields.resolve(doc, line: doc.itaResultsLine, in: all)
        doc.itaResults = ita
        return (doc, ds)
    }
}

extension IntegrityIssue: RecordRules, NamedRecord {
    static var recordNoun: String { "issue" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        IntegrityFields.checkNumber(number, r, file, what: "issue")
        if r["measures"] == nil { r.missingField("measures", what: "a list") }
        if IntegrityFields.isEmptyList(r["measures"]) {
            r.error("measures", r["measures"], "the issue lists no measures.", hint: "List the measures of the issue.")
        }
        return !failed
    }
}

extension IntegrityMeasure: RecordRules, NamedRecord {
    static var recordNoun: String { "measure" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        IntegrityFields.checkNumber(number, r, file, what: "measure")
        IntegrityFields.requireEntries(r, "steps", isEmpty: steps.isEmpty, what: "the steps or method of the measure")
        if file.kind == IntegrityReport.kind {
            IntegrityFields.requireEntries(r, "results", isEmpty: results.isEmpty, what: "what the measure achieved")
            IntegrityFields.requireEntries(r, "outcomes", isEmpty: outcomes.isEmpty, what: "the outcomes or success of the measure")
        }
        responsible = IntegrityFields.texts(responsible, r, "responsible", what: "the responsible unit, e.g. สำนักปลัด")
        if period != .empty, let year = file.fiscalYear, !period.overlaps(FiscalYear(buddhistYear: year)) {
            r.warning("period", r["period"],
                      "the period \(period.start.iso) to \(period.end.iso) is outside fiscal year \(year).",
                      hint: "Check the dates; fiscal year \(year) runs \(FiscalYear(buddhistYear: year).start.iso) to \(FiscalYear(buddhistYear: year).end.iso).")
        }
        return !failed
    }
}

extension MeasureText: LocatedListEntry {
    /// Entries that are texts or `{text, numbered, items}` blocks; empty texts are left out.
    static func readList(_ key: String, in decoder: FieldDecoder) -> [MeasureText] {
        guard let r = decoder.reader, r[key] != nil else { return [] }
        var out: [MeasureText] = []
        for (i, node) in r.sequence(key).enumerated() {
            if case .scalar(let s) = node {
                if !s.string.isEmpty { out.append(MeasureText(text: s.string)) }
                continue
            }
            guard let e = MappingReader(node, file: r.file, lineOffset: r.lineOffset, path: "\(r.fieldName(key))[\(i + 1)]",
                                        sink: r.sink, what: "each entry of '\(key)'") else { continue }
            e.rejectUnknownKeys(["text", "numbered", "items"])
            guard let text = e.string("text", required: true) else { continue }
            out.append(MeasureText(text: text, numbered: e.bool("numbered") ?? true, items: e.strings("items")))
        }
        return out
    }
}

extension IndicatorNumbers: LocatedValue, EmptyValue {
    static var empty: IndicatorNumbers { IndicatorNumbers(wrappedValue: []) }
    /// ITA indicator numbers 1–10, each once.
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> IndicatorNumbers? {
        var indicators: [Int] = []
        for (i, node) in r.sequence(field).enumerated() {
            let entry = "\(field)[\(i + 1)]"
            guard case .scalar(let s) = node, let n = Int(asciiDigits(s.string)), (1...10).contains(n) else {
                r.error(entry, node, "\(IntegrityFields.quoted(node)) is not an ITA indicator number.",
                        hint: "Write indicator numbers 1–10, for example [1, 8].")
                continue
            }
            if !indicators.contains(n) { indicators.append(n) }
        }
        return IndicatorNumbers(wrappedValue: indicators)
    }
}

/// What integrity measures (o27) and their report (o28) share.
enum MeasureDocumentFields {
    /// Checks `ita_results` (an ita-results file of the previous year) and the indicators cited.
    static func resolve<D: IntegrityMeasureDocument>(_ doc: D, line: Int?, in all: Disclosures) -> (ITAResults?, [Diagnostic]) {
        guard let key = doc.itaResultsKey else { return (nil, []) }
        let ita: ITAResults
        switch CrossReferences.target(ITAResults.self, key: key, in: all, from: doc.source, line: line, field: "ita_results") {
        case .failure(let d): return (nil, [d])
        case .success(let found): ita = found
        }
        var out: [Diagnostic] = []
        if ita.fiscalYear != doc.fiscalYear - 1 {
            out.append(.warning("the measures of fiscal year \(doc.fiscalYear) answer the ITA results of \(ita.fiscalYear), not of \(doc.fiscalYear - 1).",
                                file: doc.source.file, line: line, field: "ita_results",
                                hint: "Measures answer the previous year's ITA results; check the key or fiscal_year."))
        }
        for issue in doc.issues {
            for m in issue.measures {
                for n in m.itaIndicators where ita.indicator(number: n) == nil {
                    out.append(.warning("measure \(m.number) cites ITA indicator \(n), which the results '\(key)' do not list.",
                                        file: doc.source.file, line: m.source.line, field: "ita_indicators",
                                        hint: "Check the indicator numbers."))
                }
            }
        }
        return (ita, out)
    }
}
