import Foundation
import SiteModel
import ThaiText
import Yams

// MARK: - hr-plan (o14)

enum HRPlanLoader: DatasetLoader {
    static let kind = HRPlan.kind
    static let topLevelKeys = ["title", "period", "objectives", "strategies", "approved", "criteria", "attachments"]
    static let strategyKeys = ["name", "description", "activities"]
    static let activityKeys = ["name", "target", "period", "budget", "responsible"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let period = r.fiscalYearSpan("period", required: true)
        let objectives = r.strings("objectives")
        if objectives.isEmpty {
            r.warning("objectives", nil, "the plan states no objectives (วัตถุประสงค์).",
                      hint: "Add 'objectives:' with one line per objective.")
        }
        let strategies: [HRStrategy] = r.records("strategies", required: true, what: "strategy").compactMap { s in
            s.rejectUnknownKeys(strategyKeys)
            let name = s.string("name", required: true)
            let activities = s.records("activities", required: true, what: "activity").compactMap {
                activity($0, planPeriod: period)
            }
            guard let name else { return nil }
            return HRStrategy(name: name, description: s.string("description"), activities: activities,
                              source: s.source)
        }
        if strategies.isEmpty && r["strategies"] != nil {
            r.error("strategies", r["strategies"], "the plan has no strategies.",
                    hint: "List the plan's strategies or measures, each with its projects or activities.")
        }
        let criteria = r.records("criteria", what: "criterion").compactMap(criterion)
        guard let period else { return nil }
        var plan = HRPlan(source: r.source, title: r.string("title"), period: period, objectives: objectives,
                          strategies: strategies, approved: r.date("approved"), attachments: r.attachments())
        plan.criteria = criteria
        return plan
    }

    /// One criterion: its topic and title, with its text, a file or a page of the site.
    static func criterion(_ r: MappingReader) -> HRCriterion? {
        r.rejectUnknownKeys(["topic", "title", "text", "file", "page"])
        let topic = r.enumeration("topic", HRCriterionTopic.self, required: true)
        let title = r.string("title", required: true)
        let text = r.strings("text")
        let file = r.string("file")
        let page = r.sitePath("page", example: "/hr/criteria/")
        if text.isEmpty && file == nil && page == nil && r["page"] == nil {
            r.error("text", nil, "the criterion has no text, file or page.",
                    hint: "Write the criterion under 'text:', or attach it with 'file: files/…pdf', or link its page with 'page: /hr/…/'.")
        }
        guard let topic, let title else { return nil }
        return HRCriterion(topic: topic, title: title, text: text, file: file, page: page, line: r.line)
    }

    static func activity(_ r: MappingReader, planPeriod: FiscalYearSpan?) -> HRPlanActivity? {
        r.rejectUnknownKeys(activityKeys)
        let name = r.string("name", required: true)
        var years = r.fiscalYears("period")
        if let y = years, let planPeriod, y.first < planPeriod.first || y.last > planPeriod.last {
            r.error("period", r["period"],
                    "the activity runs in fiscal years \(y.first)–\(y.last), outside the plan's period \(planPeriod.first)–\(planPeriod.last).",
                    hint: "Write fiscal years within the plan's period, for example \(planPeriod.first) or \(planPeriod.first)-\(planPeriod.last).")
            years = nil
        } else if r["period"] == nil {
            years = planPeriod
        }
        let budgets = yearlyBudgets(r, years: years)
        guard let name else { return nil }
        return HRPlanActivity(name: name, target: r.string("target"), period: years, budgets: budgets,
                              responsible: r.string("responsible"), source: r.source)
    }

    /// `budget: 20000` (the same every year of the period), `budget: ไม่ใช้งบประมาณ`, or one
    /// budget per year: `budget: {2567: 150000, 2568: 250000}`.
    static func yearlyBudgets(_ r: MappingReader, years: FiscalYearSpan?) -> [Int: BudgetValue] {
        guard let node = r["budget"] else { return [:] }
        guard case .mapping = node else {
            let value = r.budget("budget")
            return Dictionary(uniqueKeysWithValues: (years?.years ?? []).map { ($0, value) })
        }
        guard let b = r.nested("budget") else { return [:] }
        var out: [Int: BudgetValue] = [:]
        for (keyNode, _) in b.mapping {
            guard let key = keyNode.string else { continue }
            guard let year = Int(asciiDigits(key)), guessEra(ofYear: year) == .buddhist else {
                b.error(key, keyNode, "'\(key)' is not a B.E. fiscal year.",
                        hint: "Write one line per fiscal year, for example 2568: 20000.")
                continue
            }
            if let years, !years.contains(year) {
                b.error(key, keyNode, "the activity does not run in fiscal year \(year) (its period is \(years.first)–\(years.last)).",
                        hint: "Give budgets only for the years of the activity's period.")
                continue
            }
            out[year] = b.budget(key)
        }
        return out
    }
}

// MARK: - hr-report (o15)

enum HRReportLoader: DatasetLoader {
    static let kind = HRReport.kind
    static let topLevelKeys = ["title", "fiscal_year", "reported", "summary", "activities", "problems", "suggestions",
                               "attachments"]
    static let activityKeys = ["name", "date", "period", "participants", "result"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let fiscalYear = r.fiscalYear("fiscal_year", required: true)
        if let fiscalYear { PlanChecks.fileNameYear(r, context: context, fiscalYear: fiscalYear) }
        let fy = fiscalYear.map { FiscalYear(buddhistYear: $0) }
        let summary = r.strings("summary")
        let activities = r.records("activities", what: "activity").compactMap {
            ActivityReading.read($0, keys: activityKeys, textKey: "result", fiscalYear: fy)
        }
        if summary.isEmpty && activities.isEmpty && r["activities"] == nil {
            r.error("activities", nil, "the report has neither activities nor a summary.",
                    hint: "List what was done under 'activities:' (name, date or period, participants, result), or add 'summary:'.")
        }
        guard let fiscalYear else { return nil }
        return HRReport(source: r.source, title: r.string("title"), fiscalYear: fiscalYear, reported: r.date("reported"),
                        summary: summary, activities: activities, problems: r.strings("problems"),
                        suggestions: r.strings("suggestions"), attachments: r.attachments())
    }
}

// MARK: - ethics (o16)

enum EthicsLoader: DatasetLoader {
    static let kind = EthicsDisclosure.kind
    static let topLevelKeys = ["title", "fiscal_year", "codes", "activities", "attachments"]
    static let codeKeys = ["name", "applies_to", "announced", "file", "page"]
    static let activityKeys = ["name", "date", "period", "participants", "description"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let fiscalYear = r.fiscalYear("fiscal_year", required: true)
        if let fiscalYear { PlanChecks.fileNameYear(r, context: context, fiscalYear: fiscalYear) }
        let fy = fiscalYear.map { FiscalYear(buddhistYear: $0) }
        let codes: [EthicsCode] = r.records("codes", required: true, what: "code").compactMap { c in
            code(c, siteRoot: context.siteRoot)
        }
        let activities = r.records("activities", what: "activity").compactMap {
            ActivityReading.read($0, keys: activityKeys, textKey: "description", fiscalYear: fy)
        }
        if activities.isEmpty, let fiscalYear {
            r.warning("activities", r["activities"], "no activity promoting ethics is listed for fiscal year \(fiscalYear).",
                      hint: "Add 'activities:' with each activity's name, date, participants and description.")
        }
        guard let fiscalYear else { return nil }
        return EthicsDisclosure(source: r.source, title: r.string("title"), fiscalYear: fiscalYear, codes: codes,
                                activities: activities, attachments: r.attachments())
    }

    static func code(_ r: MappingReader, siteRoot: String) -> EthicsCode? {
        r.rejectUnknownKeys(codeKeys)
        let name = r.string("name", required: true)
        let file = r.string("file")
        let page = r.sitePath("page", example: "/hr/ethics-code/")
        if file == nil && page == nil && r["page"] == nil {
            r.error("file", nil, "the code has neither a file nor a page.",
                    hint: "Attach the code with 'file: files/…pdf', or write it as a page and link it with 'page: /hr/…/'.")
        }
        if let p = page, !pageExists(p, siteRoot: siteRoot) {
            r.warning("page", r["page"], "there is no Markdown page for the address '\(p)'.",
                      hint: "An address /hr/ethics-code/ is the page hr/ethics-code.md (or hr/ethics-code/_index.md) in the site folder.")
        }
        guard let name else { return nil }
        return EthicsCode(name: name, appliesTo: r.string("applies_to"), announced: r.date("announced"), file: file,
                          page: page, source: r.source)
    }

    /// Whether a site address maps to a Markdown page by the usual URL rules (a page's `slug`
    /// can give it another address; this check does not see slugs).
    static func pageExists(_ address: String, siteRoot: String) -> Bool {
        var path = address
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        let trimmed = path.split(separator: "/").joined(separator: "/")
        let candidates = trimmed.isEmpty
            ? ["index.md", "_index.md"]
            : ["\(trimmed).md", "\(trimmed)/_index.md", "\(trimmed)/index.md"]
        return candidates.contains { FileManager.default.fileExists(atPath: siteRoot + "/" + $0) }
    }
}

// MARK: - Shared readers

enum ActivityReading {
    /// An activity with a `date` or a `period`, `participants` and one text field (`result` or
    /// `description`). Dates outside the fiscal year are warned about.
    static func read(_ r: MappingReader, keys: [String], textKey: String, fiscalYear: FiscalYear?) -> ActivityRecord? {
        r.rejectUnknownKeys(keys)
        let name = r.string("name", required: true)
        var when: DateRange?
        switch (r["date"], r["period"]) {
        case (.some, .some):
            r.error("period", r["period"], "the activity has both a date and a period.",
                    hint: "Keep 'date:' for a one-day activity, or 'period:' with start and end.")
        case (.some, nil):
            when = r.date("date").map { DateRange(start: $0, end: $0) }
        case (nil, .some):
            when = r.dateRange("period")
        case (nil, nil):
            r.missingField("date", what: "the day it took place (YYYY-MM-DD), or 'period:' with start and end")
        }
        if let when, let fiscalYear, !when.overlaps(fiscalYear) {
            let key = r["date"] != nil ? "date" : "period"
            r.warning(key, r[key],
                      "the activity (\(when.start.iso)) is outside fiscal year \(fiscalYear.buddhistYear) (\(fiscalYear.start.iso) – \(fiscalYear.end.iso)).",
                      hint: "Check the year: dates are Christian-era (YYYY-MM-DD), fiscal years Buddhist-era.")
        }
        let participants = r.count("participants")
        guard let name, let when else { return nil }
        return ActivityRecord(name: name, when: when, participants: participants, text: r.string(textKey),
                              source: r.source)
    }
}

extension MappingReader {
    /// Fiscal years written as one B.E. year (`2568`) or a span (`2567-2569`).
    func fiscalYears(_ key: String) -> FiscalYearSpan? {
        guard let node = self[key] else { return nil }
        if case .scalar(let s) = node, !asciiDigits(s.string).contains(where: { $0 == "-" || $0 == "–" }) {
            guard let y = fiscalYear(key) else { return nil }
            return FiscalYearSpan(first: y, last: y)
        }
        return fiscalYearSpan(key)
    }
}
