import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

// MARK: - hr-plan (o14)

extension HRPlan: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if objectives.isEmpty {
            r.warning("objectives", nil, "the plan states no objectives (วัตถุประสงค์).",
                      hint: "Add 'objectives:' with one line per objective.")
        }
        if strategies.isEmpty && r["strategies"] != nil {
            r.error("strategies", r["strategies"], "the plan has no strategies.",
                    hint: "List the plan's strategies or measures, each with its projects or activities.")
        }
        return !file.failed("period", in: r)
    }
}

extension HRStrategy: RecordRules, NamedRecord {
    static var recordNoun: String { "strategy" }
    /// A strategy without its list of activities is kept (the missing list was reported).
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        !file.failed("name", in: r)
    }
}

extension HRCriterion: RecordRules, NamedRecord {
    static var recordNoun: String { "criterion" }
    /// A criterion has its text, a file or a page of the site.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if text.isEmpty && self.file == nil && page == nil && r["page"] == nil {
            r.error("text", nil, "the criterion has no text, file or page.",
                    hint: "Write the criterion under 'text:', or attach it with 'file: files/…pdf', or link its page with 'page: /hr/…/'.")
        }
        return !failed
    }
}

extension HRPlanActivity: RecordRules, NamedRecord {
    static var recordNoun: String { "activity" }
    /// The fiscal years (within the plan's period; the whole period when not written) and the
    /// budget of each.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let planPeriod = file.field("period", as: FiscalYearSpan.self)
        var years = r.fiscalYears("period")
        if let y = years, let planPeriod, y.first < planPeriod.first || y.last > planPeriod.last {
            r.error("period", r["period"],
                    "the activity runs in fiscal years \(y.first)–\(y.last), outside the plan's period \(planPeriod.first)–\(planPeriod.last).",
                    hint: "Write fiscal years within the plan's period, for example \(planPeriod.first) or \(planPeriod.first)-\(planPeriod.last).")
            years = nil
        } else if r["period"] == nil {
            years = planPeriod
        }
        period = years
        budgets = Self.yearlyBudgets(r, years: years)
        return !failed
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

extension HRReport: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let yearRead = !file.failed("fiscal_year", in: r)
        if yearRead { file.context?.checkFileNameYear(fiscalYear, r) }
        if summary.isEmpty && activities.isEmpty && r["activities"] == nil {
            r.error("activities", nil, "the report has neither activities nor a summary.",
                    hint: "List what was done under 'activities:' (name, date or period, participants, result), or add 'summary:'.")
        }
        return yearRead
    }
}

// MARK: - ethics (o16)

extension EthicsDisclosure: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let yearRead = !file.failed("fiscal_year", in: r)
        if yearRead { file.context?.checkFileNameYear(fiscalYear, r) }
        if activities.isEmpty, yearRead {
            r.warning("activities", r["activities"], "no activity promoting ethics is listed for fiscal year \(fiscalYear).",
                      hint: "Add 'activities:' with each activity's name, date, participants and description.")
        }
        return yearRead
    }
}

extension EthicsCode: RecordRules, NamedRecord {
    static var recordNoun: String { "code" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if self.file == nil && page == nil && r["page"] == nil {
            r.error("file", nil, "the code has neither a file nor a page.",
                    hint: "Attach the code with 'file: files/…pdf', or write it as a page and link it with 'page: /hr/…/'.")
        }
        if let p = page, !Self.pageExists(p, siteRoot: file.context?.siteRoot ?? "") {
            r.warning("page", r["page"], "there is no Markdown page for the address '\(p)'.",
                      hint: "An address /hr/ethics-code/ is the page hr/ethics-code.md (or hr/ethics-code/_index.md) in the site folder.")
        }
        return !failed
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

// MARK: - Activities (HR report, ethics)

extension ActivityRecord: RecordRules, NamedRecord {
    static var recordNoun: String { "activity" }
    /// A `date` or a `period`, within the file's fiscal year (a warning when not).
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        switch (r["date"], r["period"]) {
        case (.some, .some):
            r.error("period", r["period"], "the activity has both a date and a period.",
                    hint: "Keep 'date:' for a one-day activity, or 'period:' with start and end.")
            return false
        case (nil, nil):
            r.missingField("date", what: "the day it took place (YYYY-MM-DD), or 'period:' with start and end")
            return false
        default:
            break
        }
        guard date != nil || period != nil else { return false }
        if let fiscalYear = file.fiscalYear.map({ FiscalYear(buddhistYear: $0) }), !when.overlaps(fiscalYear) {
            let key = r["date"] != nil ? "date" : "period"
            r.warning(key, r[key],
                      "the activity (\(when.start.iso)) is outside fiscal year \(fiscalYear.buddhistYear) (\(fiscalYear.start.iso) – \(fiscalYear.end.iso)).",
                      hint: "Check the year: dates are Christian-era (YYYY-MM-DD), fiscal years Buddhist-era.")
        }
        return !failed
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
