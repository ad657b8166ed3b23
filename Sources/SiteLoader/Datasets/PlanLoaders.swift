import Foundation
import SiteModel
import ThaiText
import Yams

// MARK: - development-plan (o5)

enum DevelopmentPlanLoader: KeyListLoader {
    static let kind = DevelopmentPlan.kind
    static let topLevelKeys = ["title", "period", "vision", "missions", "goals", "strategies", "approved", "approved_by",
                               "attachments"]
    static let strategyKeys = ["id", "name", "goals", "approaches", "indicators"]
    static let indicatorKeys = ["text", "target"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let period = r.fiscalYearSpan("period", required: true)
        let vision = r.string("vision", required: true)
        let strategyReaders = r.records("strategies", required: true, what: "strategy")
        PlanChecks.rejectDuplicateIDs(strategyReaders, what: "strategy")
        let strategies = strategyReaders.compactMap(strategy)
        if strategies.isEmpty && r["strategies"] != nil {
            r.error("strategies", r["strategies"], "the plan has no strategies.",
                    hint: "List the plan's strategies (ยุทธศาสตร์), each with its approaches and indicators.")
        }
        let goals = r.strings("goals")
        if goals.isEmpty && strategies.allSatisfy({ $0.goals.isEmpty }) && !strategies.isEmpty {
            r.warning("goals", nil, "the plan states no goals (เป้าประสงค์).",
                      hint: "Add 'goals:' with the plan's goals, or 'goals:' under each strategy.")
        }
        guard let period, let vision else { return nil }
        return DevelopmentPlan(source: r.source, title: r.string("title"), period: period, vision: vision,
                               missions: r.strings("missions"), goals: goals, strategies: strategies,
                               approved: r.date("approved"), approvedBy: r.string("approved_by"),
                               attachments: r.attachments())
    }

    static func strategy(_ r: MappingReader) -> PlanStrategy? {
        r.rejectUnknownKeys(strategyKeys)
        let id = r.string("id", required: true)
        let name = r.string("name", required: true)
        let approaches = r.strings("approaches")
        if approaches.isEmpty {
            r.warning("approaches", nil, "the strategy lists no development approaches (แนวทางการพัฒนา).",
                      hint: "Add 'approaches:' with one line per approach.")
        }
        var indicators: [PlanIndicator] = []
        for (i, node) in r.sequence("indicators").enumerated() {
            if case .scalar(let s) = node, !s.string.isEmpty {
                indicators.append(PlanIndicator(text: s.string))
            } else if let ir = MappingReader(node, file: r.file, lineOffset: r.lineOffset,
                                             path: "\(r.fieldName("indicators"))[\(i + 1)]", sink: r.sink,
                                             what: "each indicator") {
                ir.rejectUnknownKeys(indicatorKeys)
                if let text = ir.string("text", required: true) {
                    indicators.append(PlanIndicator(text: text, target: ir.string("target")))
                }
            }
        }
        if indicators.isEmpty {
            r.warning("indicators", nil, "the strategy has no indicators (ตัวชี้วัด).",
                      hint: "Add 'indicators:' with each indicator and, where the plan states one, its target.")
        }
        guard let id, let name else { return nil }
        return PlanStrategy(id: id, name: name, goals: r.strings("goals"), approaches: approaches,
                            indicators: indicators, source: r.source)
    }
}

// MARK: - annual-plan (o6)

enum AnnualPlanLoader: KeyListLoader {
    static let kind = AnnualPlan.kind
    static let topLevelKeys = ["title", "fiscal_year", "approved", "strategies", "projects", "progress", "attachments"]
    static let strategyKeys = ["id", "name"]
    static let projectKeys = ["id", "name", "strategy", "program", "target", "budget", "funding", "period", "unit",
                              "area"]
    static let reportKeys = ["period", "as_of", "reported", "projects", "notes"]
    static let itemKeys = ["id", "status", "spent", "note"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let fiscalYear = r.fiscalYear("fiscal_year", required: true)
        if let fiscalYear { PlanChecks.fileNameYear(r, context: context, fiscalYear: fiscalYear) }
        let strategyReaders = r.records("strategies", required: true, what: "strategy")
        PlanChecks.rejectDuplicateIDs(strategyReaders, what: "strategy")
        let strategies: [StrategyRef] = strategyReaders.compactMap { s in
            s.rejectUnknownKeysExplainingCommas(strategyKeys)
            guard let id = s.string("id", required: true), let name = s.string("name", required: true) else { return nil }
            return StrategyRef(id: id, name: name)
        }
        let projectReaders = r.records("projects", required: true, what: "project")
        PlanChecks.rejectDuplicateIDs(projectReaders, what: "project")
        let fy = fiscalYear.map { FiscalYear(buddhistYear: $0) }
        let projects = projectReaders.compactMap { project($0, strategies: strategies, fiscalYear: fy) }
        if projects.isEmpty && r["projects"] != nil {
            r.error("projects", r["projects"], "the plan has no projects.",
                    hint: "List the projects of the year, each with id, name, strategy, budget, period and unit.")
        }
        var progress: [ProgressReport] = []
        for pr in r.records("progress", what: "progress report") {
            guard let report = report(pr, projects: projects, fiscalYear: fy) else { continue }
            if progress.contains(where: { $0.period == report.period }) {
                pr.error("period", pr["period"], "there are two \(report.period.rawValue) progress reports.",
                         hint: "Keep one report per period; update its figures and 'as_of' instead.")
                continue
            }
            progress.append(report)
        }
        guard let fiscalYear else { return nil }
        return AnnualPlan(source: r.source, title: r.string("title"), fiscalYear: fiscalYear, approved: r.date("approved"),
                          strategies: strategies, projects: projects, progress: progress, attachments: r.attachments())
    }

    static func project(_ r: MappingReader, strategies: [StrategyRef], fiscalYear: FiscalYear?) -> AnnualPlanProject? {
        r.rejectUnknownKeys(projectKeys)
        let id = r.string("id", required: true)
        let name = r.string("name", required: true)
        let strategy = r.string("strategy", required: true)
        if let strategy, !strategies.isEmpty, !strategies.contains(where: { $0.id == strategy }) {
            let ids = strategies.map(\.id)
            var hint = "Use the id of one of the plan's strategies: \(ids.joined(separator: ", "))."
            if let s = Suggest.nearest(to: strategy, in: ids) { hint = "Did you mean '\(s)'? " + hint }
            r.error("strategy", r["strategy"], "there is no strategy with id '\(strategy)' in this plan.", hint: hint)
        }
        let unit = r.string("unit", required: true)
        let period = r.planPeriod("period")
        if let period, let fiscalYear, !period.overlaps(fiscalYear) {
            r.warning("period", r["period"],
                      "the project runs \(period.start.iso) – \(period.end.iso), outside fiscal year \(fiscalYear.buddhistYear) (\(fiscalYear.start.iso) – \(fiscalYear.end.iso)).",
                      hint: "Check the years: dates are Christian-era, the fiscal year is Buddhist-era.")
        }
        guard let id, let name, let strategy, let unit else { return nil }
        return AnnualPlanProject(id: id, name: name, strategy: strategy, program: r.string("program"),
                                 target: r.string("target"), budget: r.budget("budget"), funding: r.string("funding"),
                                 period: period, unit: unit, area: r.string("area"), source: r.source)
    }

    static func report(_ r: MappingReader, projects: [AnnualPlanProject], fiscalYear: FiscalYear?) -> ProgressReport? {
        r.rejectUnknownKeys(reportKeys)
        let period = r.enumeration("period", ProgressPeriod.self, required: true)
        let asOf = r.date("as_of", required: true)
        if let period, let asOf, let fiscalYear {
            let end = period.end(of: fiscalYear)
            if asOf < end {
                let span = period == .sixMonths ? "October–March" : "October–September"
                r.error("as_of", r["as_of"],
                        "a \(period.rawValue) report covers \(span) of fiscal year \(fiscalYear.buddhistYear), so its figures cannot be as of \(asOf.iso), before \(end.iso).",
                        hint: "Write the date the figures are as of: \(end.iso) or later.")
            }
        }
        let ids = projects.map(\.id)
        var items: [ProjectProgress] = []
        var seen: Set<String> = []
        for ir in r.records("projects", required: true, what: "project") {
            ir.rejectUnknownKeysExplainingCommas(itemKeys)
            let id = ir.string("id", required: true)
            let status = ir.enumeration("status", ProjectStatus.self, required: true)
            let spent = ir.money("spent", required: true)
            guard let id else { continue }
            guard let project = projects.first(where: { $0.id == id }) else {
                var hint = "Use the id of a project listed under 'projects:' of the plan."
                if let s = Suggest.nearest(to: id, in: ids) { hint = "Did you mean '\(s)'? " + hint }
                ir.error("id", ir["id"], "there is no project with id '\(id)' in this plan.", hint: hint)
                continue
            }
            if !seen.insert(id).inserted {
                ir.error("id", ir["id"], "the project '\(id)' appears twice in this report.",
                         hint: "Keep one entry per project.")
                continue
            }
            guard let status, let spent else { continue }
            checkSpent(ir, spent: spent, project: project)
            items.append(ProjectProgress(project: id, status: status, spent: spent, note: ir.string("note"),
                                         source: ir.source))
        }
        let missing = ids.filter { !seen.contains($0) }
        if let period, !missing.isEmpty, !projects.isEmpty {
            r.warning("projects", r["projects"],
                      "the \(period.rawValue) report does not mention \(missing.count) project(s) of the plan: \(missing.joined(separator: ", ")).",
                      hint: "Add every project with its status, even ยังไม่ดำเนินการ with spent: 0.")
        }
        guard let period, let asOf else { return nil }
        return ProgressReport(period: period, asOf: asOf, reported: r.date("reported"), items: items,
                              notes: r.strings("notes"), source: r.source)
    }

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

enum AnnualReportLoader: KeyListLoader {
    static let kind = AnnualReport.kind
    static let topLevelKeys = ["title", "fiscal_year", "reported", "summary", "budget_used", "results", "problems",
                               "suggestions", "attachments"]
    static let resultKeys = ["strategy", "planned", "done", "budget", "spent"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let fiscalYear = r.fiscalYear("fiscal_year", required: true)
        if let fiscalYear { PlanChecks.fileNameYear(r, context: context, fiscalYear: fiscalYear) }
        let reported = r.date("reported")
        if let reported, let fiscalYear, reported <= FiscalYear(buddhistYear: fiscalYear).end {
            r.error("reported", r["reported"],
                    "the results of fiscal year \(fiscalYear) cannot be reported on \(reported.iso), before the year ends (\(FiscalYear(buddhistYear: fiscalYear).end.iso)).",
                    hint: "Write the date the report was published or presented, after 30 September.")
        }
        let summary = r.strings("summary")
        if r["summary"] == nil {
            r.missingField("summary", what: "the summary of results, one paragraph per line")
        } else if summary.isEmpty {
            r.error("summary", r["summary"], "the summary of results is empty.",
                    hint: "Write the report's summary of results, one paragraph per line starting with '- '.")
        }
        var budget: Money?
        var spent: Money?
        if let b = r.nested("budget_used") {
            b.rejectUnknownKeys(["budget", "spent"])
            budget = b.money("budget", required: true)
            spent = b.money("spent", required: true)
            if let budget, let spent, spent > budget {
                b.warning("spent", b["spent"],
                          "the stated spending (\(spent.plainText) baht) is more than the stated budget (\(budget.plainText) baht).",
                          hint: "Check both figures against the report.")
            }
        } else {
            r.warning("budget_used", nil, "the report does not state the budget used.",
                      hint: "Add 'budget_used:' with 'budget:' and 'spent:' as the report states them.")
        }
        let results: [StrategyResult] = r.records("results", what: "strategy result").compactMap { rr in
            rr.rejectUnknownKeys(resultKeys)
            let strategy = rr.string("strategy", required: true)
            let planned = rr.count("planned", required: true)
            let done = rr.count("done", required: true)
            let budget = rr.money("budget")
            let spent = rr.money("spent")
            if let planned, let done, done > planned {
                rr.warning("done", rr["done"], "more projects done (\(done)) than planned (\(planned)).",
                           hint: "Check both figures; projects added during the year belong in 'planned' too.")
            }
            if let budget, let spent, spent > budget {
                rr.warning("spent", rr["spent"],
                           "spending (\(spent.plainText) baht) is more than the budget (\(budget.plainText) baht).",
                           hint: "Check both figures against the report.")
            }
            guard let strategy, let planned, let done else { return nil }
            return StrategyResult(strategy: strategy, planned: planned, done: done, budget: budget, spent: spent,
                                  source: rr.source)
        }
        let problems = r.strings("problems")
        let suggestions = r.strings("suggestions")
        if problems.isEmpty {
            r.warning("problems", nil, "the report states no problems (ปัญหาอุปสรรค).",
                      hint: "Add 'problems:' with what held the work back; write 'ไม่มี' if the report says there were none.")
        }
        if suggestions.isEmpty {
            r.warning("suggestions", nil, "the report states no suggestions (ข้อเสนอแนะ).",
                      hint: "Add 'suggestions:' with the report's suggestions.")
        }
        guard let fiscalYear else { return nil }
        return AnnualReport(source: r.source, title: r.string("title"), fiscalYear: fiscalYear, reported: reported,
                            summary: summary, budget: budget, spent: spent, results: results, problems: problems,
                            suggestions: suggestions, attachments: r.attachments())
    }
}

// MARK: - Shared checks and readers

enum PlanChecks {
    /// A file named after a fiscal year (`annual-2568.yaml`) should hold that year.
    static func fileNameYear(_ r: MappingReader, context: DatasetContext, fiscalYear: Int) {
        guard let named = context.yearFromFileName, named != fiscalYear else { return }
        r.warning("fiscal_year", r["fiscal_year"],
                  "the file is named for \(named), but its fiscal_year is \(fiscalYear).",
                  hint: "Rename the file or correct fiscal_year, so that pages show the right year.")
    }

    /// Records of one list must not share an `id`.
    static func rejectDuplicateIDs(_ records: [MappingReader], what: String) {
        var seen: [String: Int?] = [:]
        for r in records {
            guard let id = r["id"]?.string, !id.isEmpty else { continue }
            if let first = seen[id] {
                r.error("id", r["id"], "two entries have the \(what) id '\(id)'\(first.map { " (the first on line \($0))" } ?? "").",
                        hint: "Give every \(what) its own id.")
            } else {
                seen[id] = r["id"].flatMap(r.lineOf)
            }
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
            guard let first = p.month("start"), let last = p.month("end") else { return nil }
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

    /// A month written YYYY-MM (Christian era; a B.E. year is accepted with a warning).
    func month(_ key: String) -> YearMonth? {
        guard let raw = string(key) else { return nil }
        let parts = asciiDigits(raw).trimmingWhitespaces().split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]) else {
            error(key, self[key], "'\(raw)' is not a month in the form YYYY-MM.",
                  hint: "Write the month with a Christian-era year, for example 2025-01 for มกราคม 2568.")
            return nil
        }
        var year = y
        if guessEra(ofYear: y) == .buddhist {
            year = y - 543
            warning(key, self[key], "the year \(y) looks like a Buddhist-era year; it was read as \(year) C.E.",
                    hint: "Months in data files use the Christian era (YYYY-MM); the site shows them in B.E.")
        }
        guard let month = YearMonth(year: year, month: m) else {
            error(key, self[key], "'\(raw)' is not a real month (month \(m)).", hint: "Months run 01–12.")
            return nil
        }
        return month
    }
}

extension Money {
    /// "1,234,567.50" with Arabic digits, for diagnostics (which are in English).
    var plainText: String { ThaiFormatter.arabic.baht(self) }
}
