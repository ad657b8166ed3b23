import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

// MARK: - development-plan (o5)

extension DevelopmentPlan: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if strategies.isEmpty && r["strategies"] != nil {
            r.error("strategies", r["strategies"], "the plan has no strategies.",
                    hint: "List the plan's strategies (ยุทธศาสตร์), each with its approaches and indicators.")
        }
        if goals.isEmpty && strategies.allSatisfy({ $0.goals.isEmpty }) && !strategies.isEmpty {
            r.warning("goals", nil, "the plan states no goals (เป้าประสงค์).",
                      hint: "Add 'goals:' with the plan's goals, or 'goals:' under each strategy.")
        }
        return !file.failed("period", in: r) && !file.failed("vision", in: r)
    }
}

extension PlanStrategy: RecordRules, NamedRecord {
    static var recordNoun: String { "strategy" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        PlanChecks.uniqueID(r, file, in: "strategies", what: "strategy")
        if approaches.isEmpty {
            r.warning("approaches", nil, "the strategy lists no development approaches (แนวทางการพัฒนา).",
                      hint: "Add 'approaches:' with one line per approach.")
        }
        if indicators.isEmpty {
            r.warning("indicators", nil, "the strategy has no indicators (ตัวชี้วัด).",
                      hint: "Add 'indicators:' with each indicator and, where the plan states one, its target.")
        }
        return !failed
    }
}

extension PlanIndicator: NamedRecord {
    static var recordNoun: String { "indicator" }
}

// MARK: - annual-plan (o6)

extension AnnualPlan: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let yearRead = !file.failed("fiscal_year", in: r)
        if yearRead { file.context?.checkFileNameYear(fiscalYear, r) }
        if projects.isEmpty && r["projects"] != nil {
            r.error("projects", r["projects"], "the plan has no projects.",
                    hint: "List the projects of the year, each with id, name, strategy, budget, period and unit.")
        }
        return yearRead
    }
}

extension StrategyRef: RecordRules, NamedRecord, ExplainsSplitNumbers {
    static var recordNoun: String { "strategy" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        PlanChecks.uniqueID(r, file, in: "strategies", what: "strategy")
        return !failed
    }
}

extension AnnualPlanProject: RecordRules, NamedRecord {
    static var recordNoun: String { "project" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        PlanChecks.uniqueID(r, file, in: "projects", what: "project")
        let strategies = file.field("strategies", as: [StrategyRef].self) ?? []
        if !file.failed("strategy", in: r), !strategies.isEmpty, !strategies.contains(where: { $0.id == strategy }) {
            let ids = strategies.map(\.id)
            var hint = "Use the id of one of the plan's strategies: \(ids.joined(separator: ", "))."
            if let s = Suggest.nearest(to: strategy, in: ids) { hint = "Did you mean '\(s)'? " + hint }
            r.error("strategy", r["strategy"], "there is no strategy with id '\(strategy)' in this plan.", hint: hint)
        }
        if let period, let fiscalYear = file.fiscalYear.map({ FiscalYear(buddhistYear: $0) }), !period.overlaps(fiscalYear) {
            r.warning("period", r["period"],
                      "the project runs \(period.start.iso) – \(period.end.iso), outside fiscal year \(fiscalYear.buddhistYear) (\(fiscalYear.start.iso) – \(fiscalYear.end.iso)).",
                      hint: "Check the years: dates are Christian-era, the fiscal year is Buddhist-era.")
        }
        return !failed
    }
}

extension PlanPeriod: LocatedValue {
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> PlanPeriod? {
        if required && r[field] == nil { r.missingField(field, what: "a block of fields") }
        return r.planPeriod(field)
    }
}

extension ProgressReport: RecordRules, NamedRecord {
    static var recordNoun: String { "progress report" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let fiscalYear = file.fiscalYear.map { FiscalYear(buddhistYear: $0) }
        let periodRead = !file.failed("period", in: r)
        if periodRead, !file.failed("as_of", in: r), let fiscalYear {
            let end = period.end(of: fiscalYear)
            if asOf < end {
                let span = period == .sixMonths ? "October–March" : "October–September"
                r.error("as_of", r["as_of"],
                        "a \(period.rawValue) report covers \(span) of fiscal year \(fiscalYear.buddhistYear), so its figures cannot be as of \(asOf.iso), before \(end.iso).",
                        hint: "Write the date the figures are as of: \(end.iso) or later.")
            }
        }
        let projects = file.field("projects", as: [AnnualPlanProject].self) ?? []
        let ids = projects.map(\.id)
        let missing = ids.filter { !file.hasSeen($0, in: r.fieldName("projects")) }
        if periodRead, !missing.isEmpty, !projects.isEmpty {
            r.warning("projects", r["projects"],
                      "the \(period.rawValue) report does not mention \(missing.count) project(s) of the plan: \(missing.joined(separator: ", ")).",
                      hint: "Add every project with its status, even ยังไม่ดำเนินการ with spent: 0.")
        }
        guard periodRead, !file.failed("as_of", in: r) else { return false }
        if file.firstLine(of: period, in: "progress", line: r.line) != nil {
            r.error("period", r["period"], "there are two \(period.rawValue) progress reports.",
                    hint: "Keep one report per period; update its figures and 'as_of' instead.")
            return false
        }
        return true
    }
}

extension ProjectProgress: RecordRules, NamedRecord, ExplainsSplitNumbers {
    static var recordNoun: String { "project" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        guard !file.failed("id", in: r) else { return false }
        let projects = file.field("projects", as: [AnnualPlanProject].self) ?? []
        guard let plan = projects.first(where: { $0.id == project }) else {
            var hint = "Use the id of a project listed under 'projects:' of the plan."
            if let s = Suggest.nearest(to: project, in: projects.map(\.id)) { hint = "Did you mean '\(s)'? " + hint }
            r.error("id", r["id"], "there is no project with id '\(project)' in this plan.", hint: hint)
            return false
        }
        // The projects of one report: its path without the entry's number.
        let report = String(r.path[..<(r.path.lastIndex(of: "[") ?? r.path.endIndex)])
        if file.firstLine(of: project, in: report, line: r.line) != nil {
            r.error("id", r["id"], "the project '\(project)' appears twice in this report.",
                    hint: "Keep one entry per project.")
            return false
        }
        guard !failed else { return false }
        AnnualPlanChecks.checkSpent(r, spent: spent, project: plan)
        return true
    }
}

enum AnnualPlanChecks {
    /// Spending above the project's budget is worth a second look, not an error: transfers
    /// (โอนงบประมาณ) happen, but a typo is likelier.
    static func checkSpent(_ r: MappingReader, spent: Money, project: AnnualPlanProject) {
        switch project.budget {
        case .amount(let budget) where spent > budget:
            r.warning("spent", r["spent"],
                      "the project '\(project.id)' spent \(spent.plainText) baht, more than its budget of \(budget.plainText) baht.",
                      hint: "Check both figures; if the budget was increased by a transfer, state the new budget in the plan.")
        case .noBudget where !spent.isZero:
            r.warning("spent", r["spent"],
                      "the project '\(project.id)' spent \(spent.plainText) baht, but the plan says it uses no budget (ไม่ใช้งบประมาณ).",
                      hint: "Check the figure, or state the project's budget in the plan.")
        default:
            break
        }
    }
}

// MARK: - annual-report (o7)

extension AnnualReport: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let yearRead = !file.failed("fiscal_year", in: r)
        if yearRead { file.context?.checkFileNameYear(fiscalYear, r) }
        if yearRead, let reported, reported <= FiscalYear(buddhistYear: fiscalYear).end {
            r.error("reported", r["reported"],
                    "the results of fiscal year \(fiscalYear) cannot be reported on \(reported.iso), before the year ends (\(FiscalYear(buddhistYear: fiscalYear).end.iso)).",
                    hint: "Write the date the report was published or presented, after 30 September.")
        }
        if r["summary"] == nil {
            r.missingField("summary", what: "the summary of results, one paragraph per line")
        } else if summary.isEmpty {
            r.error("summary", r["summary"], "the summary of results is empty.",
                    hint: "Write the report's summary of results, one paragraph per line starting with '- '.")
        }
        if r["budget_used"] == nil {
            r.warning("budget_used", nil, "the report does not state the budget used.",
                      hint: "Add 'budget_used:' with 'budget:' and 'spent:' as the report states them.")
        }
        if problems.isEmpty {
            r.warning("problems", nil, "the report states no problems (ปัญหาอุปสรรค).",
                      hint: "Add 'problems:' with what held the work back; write 'ไม่มี' if the report says there were none.")
        }
        if suggestions.isEmpty {
            r.warning("suggestions", nil, "the report states no suggestions (ข้อเสนอแนะ).",
                      hint: "Add 'suggestions:' with the report's suggestions.")
        }
        return yearRead
    }
}

extension BudgetUsed: RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if let budget, let spent, spent > budget {
            r.warning("spent", r["spent"],
                      "the stated spending (\(spent.plainText) baht) is more than the stated budget (\(budget.plainText) baht).",
                      hint: "Check both figures against the report.")
        }
        return true
    }
}

extension StrategyResult: RecordRules, NamedRecord {
    static var recordNoun: String { "strategy result" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if !file.failed("planned", in: r), !file.failed("done", in: r), done > planned {
            r.warning("done", r["done"], "more projects done (\(done)) than planned (\(planned)).",
                      hint: "Check both figures; projects added during the year belong in 'planned' too.")
        }
        if let budget, let spent, spent > budget {
            r.warning("spent", r["spent"],
                      "spending (\(spent.plainText) baht) is more than the budget (\(budget.plainText) baht).",
                      hint: "Check both figures against the report.")
        }
        return !failed
    }
}

// MARK: - Shared checks and readers

enum PlanChecks {
    /// Records of one list must not share an `id`.
    static func uniqueID(_ r: MappingReader, _ file: FieldSession, in list: String, what: String) {
        guard let id = r["id"]?.string, !id.isEmpty else { return }
        if let first = file.firstLine(of: id, in: "id " + list, line: r["id"].flatMap(r.lineOf)) {
            r.error("id", r["id"], "two entries have the \(what) id '\(id)' (the first on line \(first)).",
                    hint: "Give every \(what) its own id.")
        }
    }
}

extension MappingReader {
    /// Like `rejectUnknownKeys`, but explains fields named only by digits: inside `{ … }` a comma
    /// separates fields, so `{spent: 1,065,000}` reads as spent 1 plus fields `065` and `000`.
    func rejectUnknownKeysExplainingCommas(_ known: [String]) {
        var digitKeys: [String] = []
        for (keyNode, _) in mapping {
            guard let key = keyNode.string, !key.isEmpty, key.allSatisfy(\.isNumber) else { continue }
            if digitKeys.isEmpty {
                sink.add(.error("the field '\(key)' looks like the rest of a number split at its comma.",
                                file: file, line: lineOf(keyNode), column: columnOf(keyNode), field: fieldName(key),
                                hint: "Inside { … } a comma separates fields: write the amount without commas (1065000) or in quotes ('1,065,000')."))
            }
            digitKeys.append(key)
        }
        rejectUnknownKeys(known + digitKeys)
    }

    /// A project period: `{start: 2024-12-01, end: 2025-03-31}` (dates) or `{start: 2024-12,
    /// end: 2025-03}` (whole months). A B.E. year is accepted with a warning and converted.
    func planPeriod(_ key: String) -> PlanPeriod? {
        guard let p = nested(key) else { return nil }
        p.rejectUnknownKeys(["start", "end"])
        guard let startText = p.string("start", required: true), let endText = p.string("end", required: true) else {
            return nil
        }
        let isMonth = { (s: String) in asciiDigits(s).split(separator: "-").count == 2 }
        switch (isMonth(startText), isMonth(endText)) {
        case (true, true):
            guard let first = p.yearMonth("start"), let last = p.yearMonth("end") else { return nil }
            if last < first {
                p.error("end", p["end"], "the period ends (\(last.iso)) before it starts (\(first.iso)).",
                        hint: "Check the two months.")
                return nil
            }
            return .months(first: first, last: last)
        case (false, false):
            guard let start = p.date("start"), let end = p.date("end") else { return nil }
            if end < start {
                p.error("end", p["end"], "the period ends (\(end.iso)) before it starts (\(start.iso)).",
                        hint: "Check the two dates.")
                return nil
            }
            return .dates(DateRange(start: start, end: end))
        default:
            p.error("end", p["end"], "write both ends as dates (YYYY-MM-DD) or both as months (YYYY-MM).",
                    hint: "For example start: 2024-12 and end: 2025-03.")
            return nil
        }
    }
}

extension Money {
    /// "1,234,567.50" with Arabic digits, for diagnostics (which are in English).
    var plainText: String { ThaiFormatter.arabic.baht(self) }
}
