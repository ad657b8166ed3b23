import SiteModel
import ThaiText
import Yams

// Loaders of the integrity datasets: no-gift-policy (o21), gift-register (o22),
// risk-assessment (o23), risk-report (o24), integrity-measures (o27), integrity-report (o28).

/// Readers shared by the integrity loaders.
enum IntegrityFields {
    /// `fiscal_year` (B.E.), or the year in the file name (`gifts-2568.yaml`); both given and
    /// different is a warning, and the stated year wins.
    static func fiscalYear(_ r: MappingReader, _ context: DatasetContext) -> Int? {
        let fromName = context.yearFromFileName
        guard r["fiscal_year"] != nil else {
            if let fromName { return fromName }
            r.missingField("fiscal_year", what: "the B.E. fiscal year, for example 2568")
            return nil
        }
        guard let year = r.fiscalYear("fiscal_year") else { return nil }
        if let fromName, fromName != year {
            r.warning("fiscal_year", r["fiscal_year"],
                      "the file name says \(fromName) but fiscal_year says \(year); \(year) is used.",
                      hint: "Rename the file or correct fiscal_year so that they agree.")
        }
        return year
    }

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

    /// A list of texts that must have at least one entry.
    static func texts(_ r: MappingReader, _ key: String, what: String) -> [String] {
        guard r[key] != nil else {
            r.missingField(key, what: what)
            return []
        }
        let list = r.strings(key).filter { !$0.isEmpty }
        if list.isEmpty { r.error(key, r[key], "the list is empty.", hint: "Write at least one entry: \(what).") }
        return list
    }

    /// A whole number within `range`.
    static func int(_ r: MappingReader, _ key: String, in range: ClosedRange<Int>, what: String,
                    required: Bool = true) -> Int? {
        guard let n = r.int(key, required: required) else { return nil }
        guard range.contains(n) else {
            r.error(key, r[key], "\(what) \(n) is outside \(range.lowerBound)–\(range.upperBound).",
                    hint: "Write a whole number from \(range.lowerBound) to \(range.upperBound).")
            return nil
        }
        return n
    }

    /// `{name, position}`; the position is required, the name only when `nameRequired`.
    static func person(_ r: MappingReader, _ key: String, nameRequired: Bool) -> PersonRef? {
        guard let p = r.nested(key, required: true) else { return nil }
        p.rejectUnknownKeys(["name", "position"])
        let name = p.string("name", required: nameRequired)
        guard let position = p.string("position", required: true) else { return nil }
        return PersonRef(name: name, position: position)
    }

    /// A month written `YYYY-MM` (C.E.; a B.E. year is accepted with a warning, as for dates).
    static func month(_ node: Node, _ r: MappingReader, field: String) -> YearMonth? {
        guard case .scalar(let s) = node else {
            r.error(field, node, "expected a month YYYY-MM, but found \(MappingReader.describe(node)).")
            return nil
        }
        let parts = asciiDigits(s.string).split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]) else {
            r.error(field, node, "'\(s.string)' is not a month in the form YYYY-MM.",
                    hint: "Write the month with a Christian-era year, for example 2024-10 for ตุลาคม 2567.")
            return nil
        }
        var year = y
        if guessEra(ofYear: y) == .buddhist {
            year = y - 543
            r.warning(field, node, "the year \(y) looks like a Buddhist-era year; it was read as \(year) C.E.",
                      hint: "Months in data files use the Christian era (YYYY-MM); the site shows them in B.E.")
        }
        guard let month = YearMonth(year: year, month: m) else {
            r.error(field, node, "'\(s.string)' is not a real month.", hint: "Months run 01–12.")
            return nil
        }
        return month
    }

    /// Entries of a list that are texts or `{text, numbered, items}` blocks.
    static func measureTexts(_ r: MappingReader, _ key: String, what: String) -> [MeasureText] {
        guard r[key] != nil else {
            r.missingField(key, what: what)
            return []
        }
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
        if out.isEmpty && r[key] != nil {
            r.error(key, r[key], "the list is empty.", hint: "Write at least one entry: \(what).")
        }
        return out
    }

    /// The number of an entry: as written, else its position; a repeated number is an error.
    static func number(_ r: MappingReader, position: Int, seen: inout Set<Int>, what: String) -> Int {
        let n = r.count("number") ?? position
        if seen.contains(n) {
            r.error("number", r["number"], "\(what) \(n) appears twice.",
                    hint: "Give each \(what) its own number.")
        }
        seen.insert(n)
        return n
    }
}

// MARK: - no-gift-policy

enum NoGiftPolicyLoader: KeyListLoader {
    static let kind = NoGiftPolicy.kind
    static let topLevelKeys = ["title", "fiscal_year", "announcement", "activities", "knowledge"]
    static let announcementKeys = ["title", "date", "signer", "text", "attachments"]
    static let activityKeys = ["name", "date", "participants", "participant_count", "description", "attachments"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let year = r["fiscal_year"] == nil ? nil : r.fiscalYear("fiscal_year")
        guard let a = r.nested("announcement", required: true) else { return nil }
        a.rejectUnknownKeys(announcementKeys)
        let title = a.string("title", required: true)
        let date = a.date("date", required: true)
        let signer = IntegrityFields.person(a, "signer", nameRequired: true)
        let text = IntegrityFields.texts(a, "text", what: "the paragraphs of the announcement")
        let activities = r.records("activities", what: "activity").compactMap { activity($0, year: year) }
        let knowledge = r.records("knowledge", what: "knowledge activity").compactMap { activity($0, year: year) }
        guard let title, let date, let signer else { return nil }
        let announcement = GiftPolicyAnnouncement(title: title, date: date, signer: signer, paragraphs: text,
                                                  attachments: a.attachments(), source: a.source)
        return NoGiftPolicy(source: r.source, title: r.string("title") ?? "นโยบายไม่รับของขวัญ (No Gift Policy)",
                            statedFiscalYear: year, announcement: announcement, activities: activities, knowledge: knowledge)
    }

    static func activity(_ r: MappingReader, year: Int?) -> CultureActivity? {
        r.rejectUnknownKeys(activityKeys)
        let name = r.string("name", required: true)
        let date = r.date("date", required: true)
        let participants = r.string("participants", required: true)
        let count = r.count("participant_count")
        let description = r.string("description", required: true)
        guard let name, let date, let participants, let description else { return nil }
        if let year, !FiscalYear(buddhistYear: year).contains(date) {
            r.warning("date", r["date"], "the activity (\(date.iso)) is outside fiscal year \(year).",
                      hint: "List the activities of fiscal year \(year), or correct the date.")
        }
        return CultureActivity(name: name, date: date, participants: participants, participantCount: count,
                               description: description, attachments: r.attachments(), source: r.source)
    }
}

// MARK: - gift-register

enum GiftRegisterLoader: KeyListLoader {
    static let kind = GiftRegister.kind
    static let topLevelKeys = ["title", "fiscal_year", "as_of", "none_received", "gifts", "attachments"]
    static let giftKeys = ["number", "date", "giver", "giver_name", "item", "value", "action", "recipient"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        guard let year = IntegrityFields.fiscalYear(r, context) else { return nil }
        let fy = FiscalYear(buddhistYear: year)
        let asOf = r.date("as_of")
        if let asOf, asOf < fy.start {
            r.error("as_of", r["as_of"], "the register is dated \(asOf.iso), before fiscal year \(year) starts (\(fy.start.iso)).",
                    hint: "Write the date up to which the register is complete.")
        }
        var noneForYear = false
        var noneMonths: [YearMonth] = []
        if let node = r["none_received"] {
            if case .sequence(let seq) = node {
                for (i, m) in seq.enumerated() {
                    let field = "none_received[\(i + 1)]"
                    guard let month = IntegrityFields.month(m, r, field: field) else { continue }
                    if !fy.contains(month) {
                        r.error(field, m, "\(month.iso) is not in fiscal year \(year) (\(fy.months.first!.iso) to \(fy.months.last!.iso)).",
                                hint: "List months of the register's fiscal year only.")
                    } else if noneMonths.contains(month) {
                        r.error(field, m, "the month \(month.iso) is listed twice.", hint: "List each month once.")
                    } else {
                        noneMonths.append(month)
                    }
                }
            } else {
                noneForYear = r.bool("none_received") ?? false
            }
        }
        var seen = Set<Int>()
        let gifts = r.records("gifts", what: "gift").enumerated().compactMap { i, g in
            gift(g, position: i + 1, seen: &seen, fy: fy, noneMonths: noneMonths)
        }
        if noneForYear && !gifts.isEmpty {
            r.error("none_received", r["none_received"],
                    "the register says nothing was received in fiscal year \(year), but it lists \(gifts.count) gift(s).",
                    hint: "Remove 'none_received: true', or remove the gifts.")
        }
        if !noneForYear && noneMonths.isEmpty && gifts.isEmpty {
            r.warning("gifts", nil, "the register lists no gifts and does not say that none were received.",
                      hint: "Write 'none_received: true' for the year, or list the months: none_received: [2024-10, 2024-11].")
        }
        if let asOf {
            for g in gifts where g.date > asOf {
                r.warning("as_of", r["as_of"], "gift \(g.number) (\(g.date.iso)) is dated after as_of (\(asOf.iso)).",
                          hint: "Move as_of to the date the register is complete up to.")
            }
        }
        return GiftRegister(source: r.source, title: r.string("title") ?? "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
                            fiscalYear: year, asOf: asOf, noneReceivedForYear: noneForYear,
                            noneReceivedMonths: noneMonths.sorted(), gifts: gifts, attachments: r.attachments())
    }

    static func gift(_ r: MappingReader, position: Int, seen: inout Set<Int>, fy: FiscalYear,
                     noneMonths: [YearMonth]) -> Gift? {
        r.rejectUnknownKeys(giftKeys)
        let number = IntegrityFields.number(r, position: position, seen: &seen, what: "gift")
        let date = r.date("date", required: true)
        if let date {
            if !fy.contains(date) {
                r.error("date", r["date"], "\(date.iso) is not in fiscal year \(fy.buddhistYear) (\(fy.start.iso) to \(fy.end.iso)).",
                        hint: "A register lists the gifts of its own fiscal year; put other years in their own file.")
            } else if noneMonths.contains(date.yearMonth) {
                r.error("date", r["date"], "the register says nothing was received in \(date.yearMonth.iso), but this gift is dated \(date.iso).",
                        hint: "Remove \(date.yearMonth.iso) from none_received, or correct the date.")
            }
        }
        let giver = r.enumeration("giver", GiverCategory.self, required: true)
        let item = r.string("item", required: true)
        let value = r.money("value", required: true)
        let action = r.string("action", required: true)
        let recipient = IntegrityFields.person(r, "recipient", nameRequired: false)
        guard let date, let giver, let item, let value, let action, let recipient else { return nil }
        return Gift(number: number, date: date, giver: giver, giverName: r.string("giver_name"), item: item, value: value,
                    action: action, recipient: recipient, source: r.source)
    }
}

// MARK: - risk-assessment

enum RiskAssessmentLoader: KeyListLoader {
    static let kind = RiskAssessment.kind
    static let topLevelKeys = ["title", "fiscal_year", "assessed_on", "levels", "risks", "attachments"]
    static let riskKeys = ["number", "mission", "process", "event", "likelihood", "impact", "score", "level",
                           "controls", "control_rating", "measures", "responsible"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let year = IntegrityFields.fiscalYear(r, context)
        let levels = mapping(r)
        var seen = Set<Int>()
        let risks = r.records("risks", required: true, what: "risk").enumerated().compactMap { i, rr in
            risk(rr, position: i + 1, seen: &seen, levels: levels)
        }
        if IntegrityFields.isEmptyList(r["risks"]) {
            r.error("risks", r["risks"], "the assessment lists no risks.",
                    hint: "List each bribery risk with its process, event, likelihood, impact and measures.")
        }
        guard let year else { return nil }
        return RiskAssessment(source: r.source,
                              title: r.string("title") ?? "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน",
                              fiscalYear: year, assessedOn: r.date("assessed_on"), levels: levels, risks: risks,
                              attachments: r.attachments())
    }

    /// The `levels:` block (level name → score span such as `5-9`), checked to cover 1–25 once
    /// each, rising with the level; the standard mapping when absent or invalid.
    static func mapping(_ r: MappingReader) -> RiskLevelMapping {
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

    static func risk(_ r: MappingReader, position: Int, seen: inout Set<Int>, levels: RiskLevelMapping) -> Risk? {
        r.rejectUnknownKeys(riskKeys)
        let number = IntegrityFields.number(r, position: position, seen: &seen, what: "risk")
        let process = r.string("process", required: true)
        let event = r.string("event", required: true)
        let likelihood = IntegrityFields.int(r, "likelihood", in: 1...5, what: "the likelihood")
        let impact = IntegrityFields.int(r, "impact", in: 1...5, what: "the impact")
        let statedScore = r.int("score")
        let statedLevel = r.enumeration("level", RiskLevel.self)
        let controls = r.string("controls", required: true)
        let rating = r.enumeration("control_rating", ControlRating.self, required: true)
        let measures = IntegrityFields.texts(r, "measures", what: "the measures that manage the risk")
        guard let process, let event, let likelihood, let impact, let controls, let rating else { return nil }
        let score = likelihood * impact
        if let statedScore, statedScore != score {
            r.warning("score", r["score"],
                      "the stated score \(statedScore) is not likelihood × impact = \(likelihood) × \(impact) = \(score); the page shows \(score).",
                      hint: "Correct the score, or remove it: sitegen computes it from likelihood and impact.")
        }
        let level = levels.level(forScore: score) ?? .low
        if let statedLevel, statedLevel != level {
            r.warning("level", r["level"],
                      "the stated level \(statedLevel.rawValue) is not the level of score \(score) (\(level.rawValue)) by the assessment's mapping; the page shows \(level.rawValue).",
                      hint: "Correct the level, or remove it: sitegen derives it from the score and 'levels'.")
        }
        return Risk(number: number, mission: r.string("mission"), process: process, event: event, likelihood: likelihood,
                    impact: impact, statedScore: statedScore, statedLevel: statedLevel, level: level,
                    existingControls: controls, controlRating: rating, measures: measures,
                    responsible: r.strings("responsible"), source: r.source)
    }
}

// MARK: - risk-report

enum RiskReportLoader: KeyListLoader, ReferenceResolving {
    static let kind = RiskReport.kind
    static let topLevelKeys = ["title", "fiscal_year", "assessment", "reported_on", "risks", "summary", "attachments"]
    static let entryKeys = ["risk", "actions", "result", "status", "residual_level"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let year = IntegrityFields.fiscalYear(r, context)
        let assessment = r.string("assessment", required: true)
        var seen = Set<Int>()
        let outcomes = r.records("risks", required: true, what: "risk").compactMap { e -> RiskOutcome? in
            e.rejectUnknownKeys(entryKeys)
            let number = e.count("risk", required: true)
            if let number {
                if seen.contains(number) {
                    e.error("risk", e["risk"], "risk \(number) is reported twice.", hint: "Report each risk once.")
                }
                seen.insert(number)
            }
            let actions = IntegrityFields.texts(e, "actions", what: "what was done about the risk")
            let result = e.string("result", required: true)
            let status = e.enumeration("status", RiskActionStatus.self, required: true)
            let residual = e.enumeration("residual_level", RiskLevel.self, required: true)
            guard let number, let result, let status, let residual else { return nil }
            return RiskOutcome(riskNumber: number, actions: actions, result: result, status: status,
                               residualLevel: residual, source: e.source)
        }
        guard let year, let assessment else { return nil }
        return RiskReport(source: r.source,
                          title: r.string("title") ?? "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ",
                          fiscalYear: year, assessmentKey: assessment, assessmentLine: r["assessment"].flatMap(r.lineOf),
                          reportedOn: r.date("reported_on"), outcomes: outcomes, summary: r.strings("summary"),
                          attachments: r.attachments())
    }

    static func resolve(_ dataset: any Disclosure, in all: Disclosures) -> (any Disclosure, [Diagnostic]) {
        guard var report = dataset as? RiskReport else { return (dataset, []) }
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
                              hint: "Its risks are numbered \(numbers.map(String.init).joined(separator: ", "))."))
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

// MARK: - integrity-measures, integrity-report

enum IntegrityMeasuresLoader: KeyListLoader, ReferenceResolving {
    static let kind = IntegrityMeasures.kind
    static let topLevelKeys = ["title", "fiscal_year", "ita_results", "issues", "attachments"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let parsed = MeasureDocumentFields.read(r, context, isReport: false)
        guard let year = parsed.year else { return nil }
        return IntegrityMeasures(source: r.source, title: r.string("title") ?? "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                                 fiscalYear: year, itaResultsKey: parsed.itaKey, itaResultsLine: parsed.itaLine,
                                 issues: parsed.issues, attachments: r.attachments())
    }

    static func resolve(_ dataset: any Disclosure, in all: Disclosures) -> (any Disclosure, [Diagnostic]) {
        guard var doc = dataset as? IntegrityMeasures else { return (dataset, []) }
        let (ita, ds) = MeasureDocumentFields.resolve(doc, line: doc.itaResultsLine, in: all)
        doc.itaResults = ita
        return (doc, ds)
    }
}

enum IntegrityReportLoader: KeyListLoader, ReferenceResolving {
    static let kind = IntegrityReport.kind
    static let topLevelKeys = ["title", "fiscal_year", "ita_results", "issues", "attachments"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let parsed = MeasureDocumentFields.read(r, context, isReport: true)
        guard let year = parsed.year else { return nil }
        return IntegrityReport(source: r.source,
                               title: r.string("title") ?? "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                               fiscalYear: year, itaResultsKey: parsed.itaKey, itaResultsLine: parsed.itaLine,
                               issues: parsed.issues, attachments: r.attachments())
    }

    static func resolve(_ dataset: any Disclosure, in all: Disclosures) -> (any Disclosure, [Diagnostic]) {
        guard var doc = dataset as? IntegrityReport else { return (dataset, []) }
        let (ita, ds) = MeasureDocumentFields.resolve(doc, line: doc.itaResultsLine, in: all)
        doc.itaResults = ita
        return (doc, ds)
    }
}

/// What integrity measures (o27) and their report (o28) share: issues → measures in the six
/// columns of the measures documents; a report adds results and outcomes.
enum MeasureDocumentFields {
    static let issueKeys = ["number", "title", "measures"]
    static let measureKeys = ["number", "name", "steps", "responsible", "period", "ita_indicators"]
    static let reportKeys = ["results", "outcomes"]

    static func read(_ r: MappingReader, _ context: DatasetContext, isReport: Bool)
    -> (year: Int?, itaKey: String?, itaLine: Int?, issues: [IntegrityIssue]) {
        let year = IntegrityFields.fiscalYear(r, context)
        var seenIssues = Set<Int>()
        let issues = r.records("issues", required: true, what: "issue").enumerated().compactMap { i, ir -> IntegrityIssue? in
            ir.rejectUnknownKeys(issueKeys)
            let number = IntegrityFields.number(ir, position: i + 1, seen: &seenIssues, what: "issue")
            let title = ir.string("title", required: true)
            var seen = Set<Int>()
            let measures = ir.records("measures", required: true, what: "measure").enumerated().compactMap { j, mr in
                measure(mr, position: j + 1, seen: &seen, year: year, isReport: isReport)
            }
            if IntegrityFields.isEmptyList(ir["measures"]) {
                ir.error("measures", ir["measures"], "the issue lists no measures.", hint: "List the measures of the issue.")
            }
            guard let title else { return nil }
            return IntegrityIssue(number: number, title: title, measures: measures)
        }
        return (year, r.string("ita_results"), r["ita_results"].flatMap(r.lineOf), issues)
    }

    static func measure(_ r: MappingReader, position: Int, seen: inout Set<Int>, year: Int?, isReport: Bool)
    -> IntegrityMeasure? {
        r.rejectUnknownKeys(measureKeys + (isReport ? reportKeys : []))
        let number = IntegrityFields.number(r, position: position, seen: &seen, what: "measure")
        let name = r.string("name", required: true)
        let steps = IntegrityFields.measureTexts(r, "steps", what: "the steps or method of the measure")
        let results = isReport ? IntegrityFields.measureTexts(r, "results", what: "what the measure achieved") : []
        let outcomes = isReport ? IntegrityFields.measureTexts(r, "outcomes", what: "the outcomes or success of the measure") : []
        let responsible = IntegrityFields.texts(r, "responsible", what: "the responsible unit, e.g. สำนักปลัด")
        let period = r.dateRange("period", required: true)
        if let period, let year, !period.overlaps(FiscalYear(buddhistYear: year)) {
            r.warning("period", r["period"],
                      "the period \(period.start.iso) to \(period.end.iso) is outside fiscal year \(year).",
                      hint: "Check the dates; fiscal year \(year) runs \(FiscalYear(buddhistYear: year).start.iso) to \(FiscalYear(buddhistYear: year).end.iso).")
        }
        var indicators: [Int] = []
        for (i, node) in r.sequence("ita_indicators").enumerated() {
            let field = "ita_indicators[\(i + 1)]"
            guard case .scalar(let s) = node, let n = Int(asciiDigits(s.string)), (1...10).contains(n) else {
                r.error(field, node, "\(IntegrityFields.quoted(node)) is not an ITA indicator number.",
                        hint: "Write indicator numbers 1–10, for example [1, 8].")
                continue
            }
            if !indicators.contains(n) { indicators.append(n) }
        }
        guard let name, let period else { return nil }
        return IntegrityMeasure(number: number, name: name, steps: steps, results: results, outcomes: outcomes,
                                responsible: responsible, period: period, itaIndicators: indicators, source: r.source)
    }

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
