import Foundation
import SiteModel
import ThaiText
import Yams

enum AntiCorruptionPlanLoader: KeyListLoader {
    static let kind = AntiCorruptionPlan.kind
    static let topLevelKeys = ["title", "framework", "fiscal_years", "adopted_on", "adopted_by", "dimensions",
                               "budget_groups", "stated_totals", "attachments"]
    static let dimensionKeys = ["number", "name", "missions"]
    static let missionKeys = ["code", "name", "note", "sub_objectives", "items"]
    static let subObjectiveKeys = ["code", "name", "note", "items"]
    static let itemKeys = ["code", "kind", "name", "responsible", "budget", "detail"]
    static let detailKeys = ["rationale", "objectives", "target_group", "method", "period", "budget_text", "outputs", "outcomes"]
    static let groupKeys = ["id", "label", "items", "budget", "as_stated", "note"]
    static let statedKeys = ["dimensions", "total", "note"]
    static let statedTotalKeys = ["dimension", "items", "budget", "as_stated"]

    /// What is known while the entries are read: the plan's years and the codes seen so far.
    final class State {
        let years: [Int]
        var firstLine: [PlanItemCode: Int?] = [:]
        init(years: [Int]) { self.years = years }
    }

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let framework = r.planFramework("framework")
        let years = r.planYears("fiscal_years")
        if let framework {
            let outside = years.filter { !framework.span.contains($0) }
            if !outside.isEmpty {
                r.warning("fiscal_years", r["fiscal_years"],
                          "fiscal year \(outside.map(String.init).joined(separator: ", ")) lies outside the \(framework.rawValue) framework the plan follows.",
                          hint: "Check the years, or the framework: plans for 2561–2565 use framework 2561-2565, plans from 2566 on use 2566-2570.")
            }
        }
        let state = State(years: years)
        var numbers: [Int: Int?] = [:]
        var dimensions: [PlanDimension] = []
        for d in r.records("dimensions", required: true, what: "dimension") {
            guard let dimension = dimension(d, framework: framework, state: state) else { continue }
            if let first = numbers[dimension.number] {
                d.error("number", d["number"], "dimension \(dimension.number) is listed twice (first on line \(first.map(String.init) ?? "?")).",
                        hint: "List each of the four dimensions once and put all its missions under it.")
                continue
            }
            numbers[dimension.number] = dimension.source.line
            dimensions.append(dimension)
        }
        if r["dimensions"] != nil, !dimensions.isEmpty {
            let missing = (1...4).filter { numbers[$0] == nil }
            if !missing.isEmpty {
                r.warning("dimensions", r["dimensions"],
                          (missing.count == 1 ? "dimension \(missing[0]) is missing" : "dimensions \(missing.dropLast().map(String.init).joined(separator: ", ")) and \(missing.last!) are missing")
                              + "; the NACC framework has four.",
                          hint: "Every plan has entries under each of the four dimensions (มิติ 1–4).")
            }
        }
        guard let framework, !years.isEmpty else { return nil }
        let groups = budgetGroups(r, dimensions: dimensions, state: state)
        var plan = AntiCorruptionPlan(source: r.source, title: r.string("title") ?? "แผนปฏิบัติการป้องกันการทุจริต",
                                      framework: framework, fiscalYears: years, adoptedOn: r.date("adopted_on"),
                                      adoptedBy: r.string("adopted_by"), dimensions: dimensions, budgetGroups: groups,
                                      attachments: r.attachments())
        var fields: [Int?: String] = [:]
        if let s = r.nested("stated_totals") {
            s.rejectUnknownKeys(statedKeys)
            plan.statedTotalsNote = s.string("note")
            for (i, t) in s.records("dimensions", what: "dimension total").enumerated() {
                t.rejectUnknownKeys(statedTotalKeys)
                guard let n = t.int("dimension", required: true) else { continue }
                guard numbers[n] != nil else {
                    t.error("dimension", t["dimension"], "the plan has no dimension \(n).",
                            hint: "Use the number of one of the plan's dimensions: \(dimensions.map { String($0.number) }.joined(separator: ", ")).")
                    continue
                }
                if plan.statedDimensionTotals[n] != nil {
                    t.error("dimension", t["dimension"], "the total of dimension \(n) is given twice.", hint: "Keep one of them.")
                    continue
                }
                plan.statedDimensionTotals[n] = statedTotal(t, state: state)
                fields[n] = "stated_totals.dimensions[\(i + 1)].budget"
            }
            if let t = s.nested("total") {
                t.rejectUnknownKeys(statedTotalKeys.filter { $0 != "dimension" })
                plan.statedTotal = statedTotal(t, state: state)
                fields[nil as Int?] = "stated_totals.total.budget"
            }
        }
        reconcile(plan, fields: fields, r: r)
        return plan
    }

    // MARK: Hierarchy

    static func dimension(_ r: MappingReader, framework: AntiCorruptionFramework?, state: State) -> PlanDimension? {
        r.rejectUnknownKeys(dimensionKeys)
        let number = r.int("number", required: true)
        let name = r.string("name", required: true)
        if let n = number, !(1...4).contains(n) {
            r.error("number", r["number"], "\(n) is not a dimension; the NACC framework has dimensions 1 to 4.",
                    hint: "Write 1, 2, 3 or 4.")
            return nil
        }
        if let n = number, let name, let framework, !framework.nameMatches(name, dimension: n) {
            var hint = "In the \(framework.rawValue) framework dimension \(n) is named \"\(framework.dimensionName(n)!)\"."
            if let other = AntiCorruptionFramework.allCases.first(where: { $0 != framework && $0.nameMatches(name, dimension: n) }) {
                hint = "This is the name dimension \(n) has in the \(other.rawValue) framework. " + hint
                    + " Check 'framework', or write the name the plan uses for this cycle."
            }
            r.warning("name", r["name"], "the name of dimension \(n) is not the name the \(framework.rawValue) framework gives it.", hint: hint)
        }
        guard let number else { return nil }
        var codes: [String: Int?] = [:]
        var missions: [PlanMission] = []
        for m in r.records("missions", required: true, what: "mission") {
            guard let mission = mission(m, dimension: number, state: state) else { continue }
            if let first = codes[mission.code] {
                m.error("code", m["code"], "mission \(mission.code) is listed twice (first on line \(first.map(String.init) ?? "?")).",
                        hint: "List each mission once.")
                continue
            }
            codes[mission.code] = m.line
            missions.append(mission)
        }
        return PlanDimension(number: number, name: name ?? "", missions: missions, source: r.source)
    }

    static func mission(_ r: MappingReader, dimension: Int, state: State) -> PlanMission? {
        r.rejectUnknownKeys(missionKeys)
        let name = r.string("name", required: true) ?? ""
        guard let code = r.string("code", required: true) else { return nil }
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, PlanItemCode(code) != nil else {
            r.error("code", r["code"], "'\(code)' is not the code of a mission.",
                    hint: "A mission's code is the dimension and the mission number, for example 2.1.")
            return nil
        }
        if !code.hasPrefix("\(dimension).") {
            r.error("code", r["code"], "mission \(code) is listed under dimension \(dimension).",
                    hint: "Move it under dimension \(parts[0]), or correct its code to \(dimension).\(parts[1]).")
            return nil
        }
        let items = r.records("items", what: "entry").compactMap { item($0, mission: code, subObjective: nil, state: state) }
        var subCodes: Set<String> = []
        var subs: [PlanSubObjective] = []
        for s in r.records("sub_objectives", what: "sub-objective") {
            s.rejectUnknownKeys(subObjectiveKeys)
            let subName = s.string("name", required: true) ?? ""
            guard let subCode = s.string("code", required: true) else { continue }
            let subParts = subCode.split(separator: ".", omittingEmptySubsequences: false)
            guard subParts.count == 3, PlanItemCode(subCode) != nil else {
                s.error("code", s["code"], "'\(subCode)' is not the code of a sub-objective.",
                        hint: "A sub-objective's code is its mission's code and its own number, for example \(code).1.")
                continue
            }
            guard subCode.hasPrefix(code + ".") else {
                s.error("code", s["code"], "sub-objective \(subCode) is listed under mission \(code).",
                        hint: "Move it under mission \(subParts[0]).\(subParts[1]), or correct its code.")
                continue
            }
            guard subCodes.insert(subCode).inserted else {
                s.error("code", s["code"], "sub-objective \(subCode) is listed twice in mission \(code).", hint: "List it once.")
                continue
            }
            let subItems = s.records("items", what: "entry").compactMap { item($0, mission: code, subObjective: subCode, state: state) }
            subs.append(PlanSubObjective(code: subCode, name: subName, note: s.string("note"), items: subItems))
        }
        let mission = PlanMission(code: code, name: name, note: r.string("note"), items: items, subObjectives: subs)
        if mission.allItems.isEmpty && r["items"] == nil && r["sub_objectives"] == nil {
            r.warning("items", nil, "mission \(code) has no entries.",
                      hint: "List its projects, activities and measures under 'items' (or under its 'sub_objectives').")
        }
        return mission
    }

    static func item(_ r: MappingReader, mission: String, subObjective: String?, state: State) -> PlanItem? {
        r.rejectUnknownKeys(itemKeys)
        let name = r.string("name", required: true) ?? ""
        let kind = r.planItemKind("kind")
        let budget = r.yearlyBudgets("budget", years: state.years)
        let detail = r.nested("detail").map(detail)
        guard let text = r.string("code", required: true) else { return nil }
        guard let code = r.planItemCode("code", text) else { return nil }
        if code.missionCode != mission {
            r.error("code", r["code"], "entry \(code) is listed under mission \(mission).",
                    hint: "Move it under mission \(code.missionCode), or correct its code.")
            return nil
        }
        if let subObjective, let sub = code.subObjectiveCode, sub != subObjective {
            r.error("code", r["code"], "entry \(code) is listed under sub-objective \(subObjective).",
                    hint: "Move it under sub-objective \(sub), or correct its code.")
            return nil
        }
        if let first = state.firstLine[code] {
            r.error("code", r["code"], "the code \(code) is used twice (first on line \(first.map(String.init) ?? "?")).",
                    hint: "Every entry of the plan has its own code; number the second one differently.")
            return nil
        }
        state.firstLine[code] = r.line
        return PlanItem(code: code, kind: kind, name: name, responsible: r.strings("responsible"), budget: budget,
                        detail: detail, source: r.source)
    }

    static func detail(_ r: MappingReader) -> PlanItemDetail {
        r.rejectUnknownKeys(detailKeys)
        var target: PlanTargetGroup?
        if case .mapping? = r["target_group"], let t = r.nested("target_group") {
            t.rejectUnknownKeys(["text", "count", "unit"])
            let count = t.count("count")
            if count != nil && t.string("unit") == nil {
                t.error("unit", nil, "the target group has a count but no unit.", hint: "Add 'unit: คน' (or ครัวเรือน, หมู่บ้าน …).")
            }
            target = t.string("text", required: true).map { PlanTargetGroup(text: $0, count: count, unit: t.string("unit")) }
        } else if let text = r.string("target_group") {
            target = PlanTargetGroup(text: text)
        }
        return PlanItemDetail(rationale: r.paragraphs("rationale"), objectives: r.strings("objectives"), targetGroup: target,
                              method: r.strings("method"), period: r.string("period"), budgetText: r.string("budget_text"),
                              outputs: r.indicators("outputs"), outcomes: r.indicators("outcomes"))
    }

    // MARK: Budgets

    static func budgetGroups(_ r: MappingReader, dimensions: [PlanDimension], state: State) -> [PlanBudgetGroup] {
        let known = Set(dimensions.flatMap(\.allItems).map(\.code))
        var owner: [PlanItemCode: String] = [:]
        var ids: Set<String> = []
        var out: [PlanBudgetGroup] = []
        for g in r.records("budget_groups", what: "budget group") {
            g.rejectUnknownKeys(groupKeys)
            let budget = g.yearlyBudgets("budget", years: state.years)
            guard let id = g.string("id", required: true) else { continue }
            guard ids.insert(id).inserted else {
                g.error("id", g["id"], "the budget group '\(id)' is listed twice.", hint: "Give every group its own id.")
                continue
            }
            var codes: [PlanItemCode] = []
            for node in g.sequence("items", required: true) {
                guard case .scalar(let s) = node else {
                    g.error("items", node, "each entry of 'items' must be the code of an entry of the plan.")
                    continue
                }
                guard let code = g.planItemCode("items", s.string, node: node) else { continue }
                guard known.contains(code) else {
                    g.error("items", node, "the plan has no entry \(code).", hint: "List the codes of entries listed under 'dimensions'.")
                    continue
                }
                if let other = owner[code] {
                    g.error("items", node, "entry \(code) is already in budget group '\(other)'.",
                            hint: "An entry belongs to at most one group; a group's budget is counted once.")
                    continue
                }
                owner[code] = id
                codes.append(code)
            }
            if Set(codes.map(\.dimension)).count > 1 {
                g.error("items", g["items"], "the budget group '\(id)' has entries in more than one dimension.",
                        hint: "A group's budget is counted in one dimension's total; split it into one group per dimension.")
                continue
            }
            guard !codes.isEmpty else { continue }
            out.append(PlanBudgetGroup(id: id, label: g.string("label"), itemCodes: codes, budget: budget,
                                       asStated: g.string("as_stated"), note: g.string("note"), source: g.source))
        }
        return out
    }

    static func statedTotal(_ t: MappingReader, state: State) -> PlanStatedTotal {
        let line = t["budget"].flatMap(t.lineOf) ?? t.line
        return PlanStatedTotal(itemCount: t.count("items"), budget: t.yearlyAmounts("budget", years: state.years),
                               asStated: t.string("as_stated"), source: SourceRef(file: t.file, line: line))
    }

    /// Warnings where the totals the document states differ from what its entries add up to.
    static func reconcile(_ plan: AntiCorruptionPlan, fields: [Int?: String], r: MappingReader) {
        func scope(_ d: Int?) -> String {
            guard let d else { return "grand total" }
            return "dimension \(d)"
        }
        let groupsLine = r["budget_groups"].flatMap(r.lineOf)
        for m in plan.mismatches() {
            let when = PlanFigures.years(m.years, of: plan.fiscalYears)
            let stated = "the plan states \(PlanFigures.baht(m.stated)) baht (stated_totals, line \(m.source.line.map(String.init) ?? "?"))"
            let message: String
            let hint: String
            switch m.basis {
            case .itemsAndGroups:
                message = "\(scope(m.dimension)), \(when): \(stated), but its entries and budget groups add up to \(PlanFigures.baht(m.computed)) baht (computed)."
                hint = "The page shows the stated figure and the computed one. Check the entries' 'budget' and the 'budget_groups' against the document; if the document itself does not add up, keep its figures as stated."
            case .groupRows:
                let rows = plan.groups(in: m.dimension).filter { $0.budget(in: m.years[0]).money.map { $0 > .zero } ?? false }
                    .map { "\($0.id) \(PlanFigures.baht($0.budget(in: m.years[0]).money!))" }
                let parts = rows.isEmpty ? "" : ": " + rows.joined(separator: " + ")
                message = "\(scope(m.dimension)), \(when): \(stated), but the rows of its budget table (budget_groups\(groupsLine.map { ", line \($0)" } ?? ""), which cover every entry) add up to \(PlanFigures.baht(m.computed)) baht\(parts) (computed)."
                hint = "The document's rows and its total disagree; the page shows the stated total, and the computed sum beside it. Check the rows' budgets against the document; if they are printed that way, keep them as stated."
            }
            r.sink.add(.warning(message, file: r.file, line: m.source.line, field: fields[m.dimension] ?? "stated_totals", hint: hint))
        }
        for c in plan.countMismatches() {
            let field = (fields[c.dimension] ?? "stated_totals.budget").replacingOccurrences(of: ".budget", with: ".items")
            r.sink.add(.warning("\(scope(c.dimension)): the plan states \(c.stated) entries, but \(c.listed) are listed (computed).",
                                file: r.file, line: c.source.line, field: field,
                                hint: "Check that every entry of the document is listed, once; the page shows both figures."))
        }
        for c in plan.groupConflicts() {
            let when = PlanFigures.years(c.years, of: plan.fiscalYears)
            let groupText: String
            switch c.group {
            case .amount(let m): groupText = "states \(PlanFigures.baht(m)) baht"
            case .noBudget: groupText = "states no budget"
            case .notStated: groupText = "states no amount"
            }
            let index = (plan.budgetGroups.firstIndex { $0.id == c.groupID } ?? 0) + 1
            let items = c.itemCodes.map(\.description).joined(separator: ", ")
            r.sink.add(.warning("budget group '\(c.groupID)' \(groupText) for \(when), but its \(c.itemCodes.count == 1 ? "entry" : "entries") \(items) \(c.itemCodes.count == 1 ? "states" : "state") \(PlanFigures.baht(c.itemsTotal)) baht.",
                                file: r.file, line: c.source.line, field: "budget_groups[\(index)].budget",
                                hint: "The group's budget and its entries' budgets come from different parts of the document; the page shows both as stated."))
        }
    }
}

enum AntiCorruptionReportLoader: KeyListLoader {
    static let kind = AntiCorruptionReport.kind
    static let topLevelKeys = ["title", "plan", "fiscal_year", "as_of", "items", "stated_summary", "attachments"]
    static let entryKeys = ["code", "status", "spent", "result"]
    static let summaryKeys = ["items_planned", "items_done", "spent"]

    static let statusWords: [String: PlanItemStatus] = [
        "done": .done, "partly": .partly, "not-done": .notDone, "not done": .notDone, "not_done": .notDone,
        "ดำเนินการแล้ว": .done, "ดำเนินการบางส่วน": .partly, "ยังไม่ได้ดำเนินการ": .notDone, "ยังไม่ดำเนินการ": .notDone,
        "ไม่ได้ดำเนินการ": .notDone,
    ]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let plan = r.string("plan", required: true)
        let year = r.fiscalYear("fiscal_year", required: true)
        if let year, let fromName = context.yearFromFileName, fromName != year {
            r.warning("fiscal_year", r["fiscal_year"], "the file is named for \(fromName) but reports on fiscal year \(year).",
                      hint: "Rename the file or correct 'fiscal_year'.")
        }
        var seen: [PlanItemCode: Int?] = [:]
        var entries: [PlanReportEntry] = []
        for e in r.records("items", required: true, what: "entry") {
            e.rejectUnknownKeys(entryKeys)
            let status = e.status("status")
            let spent = e.money("spent")
            let result = e.string("result")
            guard let text = e.string("code", required: true), let code = e.planItemCode("code", text) else { continue }
            if let first = seen[code] {
                e.error("code", e["code"], "entry \(code) is reported twice (first on line \(first.map(String.init) ?? "?")).",
                        hint: "Report each entry of the plan once.")
                continue
            }
            seen[code] = e.line
            guard let status else { continue }
            entries.append(PlanReportEntry(code: code, status: status, spent: spent, result: result, source: e.source, fieldPath: e.path))
        }
        var summary: PlanReportSummary?
        if let s = r.nested("stated_summary") {
            s.rejectUnknownKeys(summaryKeys)
            func located<V>(_ key: String, _ v: V?) -> Located<V>? { v.map { Located($0, line: s[key].flatMap(s.lineOf)) } }
            summary = PlanReportSummary(itemsPlanned: located("items_planned", s.count("items_planned")),
                                        itemsDone: located("items_done", s.count("items_done")),
                                        spent: located("spent", s.money("spent")), source: s.source)
            if let p = summary?.itemsPlanned?.value, let d = summary?.itemsDone?.value, d > p {
                s.error("items_done", s["items_done"], "\(d) entries done is more than the \(p) planned.", hint: "Check the two figures.")
            }
        }
        guard let plan, let year else { return nil }
        return AntiCorruptionReport(source: r.source,
                                    title: r.string("title") ?? "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. \(year)",
                                    planKey: Located(plan, line: r["plan"].flatMap(r.lineOf)),
                                    fiscalYear: Located(year, line: r["fiscal_year"].flatMap(r.lineOf)), asOf: r.date("as_of"),
                                    entries: entries, statedSummary: summary, attachments: r.attachments())
    }
}

// MARK: - Values of plans and reports

extension MappingReader {
    /// `framework: 2566-2570` (or 2561-2565).
    func planFramework(_ key: String) -> AntiCorruptionFramework? {
        let allowed = AntiCorruptionFramework.allCases.map(\.rawValue)
        guard let raw = string(key, required: true) else { return nil }
        let text = asciiDigits(raw).replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " ", with: "")
        if let f = AntiCorruptionFramework(rawValue: text) { return f }
        var hint = "Write \(allowed.joined(separator: " or ")): the NACC cycle whose four dimensions the plan follows."
        if let s = Suggest.nearest(to: text, in: allowed) { hint = "Did you mean '\(s)'? " + hint }
        error(key, self[key], "'\(raw)' is not an NACC framework sitegen knows.", hint: hint)
        return nil
    }

    /// The plan's fiscal years: a list of B.E. years (`[2566, 2567, 2568]`) or a span (`2566-2570`).
    func planYears(_ key: String) -> [Int] {
        guard let node = self[key] else {
            missingField(key, what: "the plan's fiscal years, for example [2566, 2567, 2568, 2569, 2570]")
            return []
        }
        if case .scalar = node {
            return fiscalYearSpan(key)?.years ?? []
        }
        let entries = sequence(key)
        var years: [Int] = []
        for n in entries {
            guard let y = year(n, key: key) else { continue }
            if years.contains(y) {
                error(key, n, "fiscal year \(y) is listed twice.", hint: "List each year once.")
                continue
            }
            years.append(y)
        }
        if years.isEmpty && !entries.isEmpty { return [] }
        if years.isEmpty, case .sequence = node {
            error(key, node, "the plan lists no fiscal year.", hint: "List its years, for example [2566, 2567, 2568].")
        }
        if years != years.sorted() {
            error(key, node, "the fiscal years are not in order.", hint: "List them from the first to the last.")
            return years.sorted()
        }
        return years
    }

    /// A B.E. year written as a list entry or a mapping key.
    func year(_ node: Node, key: String) -> Int? {
        guard case .scalar(let s) = node, let y = Int(asciiDigits(s.string).trimmingWhitespaces()) else {
            error(key, node, "'\(node.string ?? "")' is not a year.", hint: "Write a B.E. fiscal year such as 2568.")
            return nil
        }
        if guessEra(ofYear: y) == .christian {
            error(key, node, "\(y) looks like a Christian-era year; fiscal years are written in the Buddhist era.",
                  hint: "Write \(y + 543) for fiscal year \(y + 543) (1 October \(y - 1) – 30 September \(y)).")
            return nil
        }
        if y < 2400 || y > 2700 {
            error(key, node, "\(y) is not a plausible fiscal year.", hint: "Write a B.E. year such as 2568.")
            return nil
        }
        return y
    }

    /// Budgets per fiscal year: `{2566: 16000, 2567: ไม่ใช้งบประมาณ}`, or one word for every
    /// year (`ไม่ใช้งบประมาณ`, `ไม่ระบุ`). A year that is not one of the plan's is an error.
    func yearlyBudgets(_ key: String, years: [Int]) -> [Int: BudgetValue] {
        guard let node = self[key] else { return [:] }
        if case .scalar(let s) = node {
            let text = s.string.trimmingWhitespaces()
            if BudgetWords.noBudget.contains(text) || BudgetWords.noBudget.contains(text.lowercased()) {
                return Dictionary(uniqueKeysWithValues: years.map { ($0, BudgetValue.noBudget) })
            }
            if text.isEmpty || BudgetWords.notStated.contains(text) || BudgetWords.notStated.contains(text.lowercased()) { return [:] }
            error(key, node, "a budget is given per fiscal year, but this is the single value '\(s.string.prefix(40))'.",
                  hint: "Write one amount per year, for example {2566: 16000, 2567: 16000}, or ไม่ใช้งบประมาณ for no budget in any year.")
            return [:]
        }
        guard let r = nested(key) else { return [:] }
        var out: [Int: BudgetValue] = [:]
        for (k, _) in r.mapping {
            guard let y = r.year(k, key: k.string ?? key), let text = k.string else { continue }
            guard years.contains(y) else {
                r.error(text, k, "\(y) is not one of the plan's fiscal years (\(years.map(String.init).joined(separator: ", "))).",
                        hint: "Give budgets only for the years in 'fiscal_years'.")
                continue
            }
            out[y] = r.budget(text)
        }
        return out
    }

    /// Amounts per fiscal year (stated totals): `{2566: 230000, 2567: 230000}`.
    func yearlyAmounts(_ key: String, years: [Int]) -> [Int: Money] {
        guard let node = self[key] else { return [:] }
        guard case .mapping = node, let r = nested(key) else {
            error(key, node, "expected one amount per fiscal year, but found \(MappingReader.describe(node)).",
                  hint: "Write for example {2566: 230000, 2567: 230000}.")
            return [:]
        }
        var out: [Int: Money] = [:]
        for (k, _) in r.mapping {
            guard let y = r.year(k, key: k.string ?? key), let text = k.string else { continue }
            guard years.contains(y) else {
                r.error(text, k, "\(y) is not one of the plan's fiscal years (\(years.map(String.init).joined(separator: ", "))).",
                        hint: "Give totals only for the years in 'fiscal_years'.")
                continue
            }
            if let m = r.money(text, required: true) { out[y] = m }
        }
        return out
    }

    /// The code of a plan entry, checked for its shape.
    func planItemCode(_ key: String, _ text: String, node: Node? = nil) -> PlanItemCode? {
        if let code = PlanItemCode(text) { return code }
        error(key, node ?? self[key], "'\(text)' is not the code of a plan entry.",
              hint: "Write dimension.mission[.sub-objective][(number)] without spaces, for example 2.2.2(12), 1.1.1(1) or 4.1.1.")
        return nil
    }

    /// โครงการ, กิจกรรม or มาตรการ (also project, activity, measure); absent: no kind.
    func planItemKind(_ key: String) -> PlanItemKind? {
        guard let raw = string(key) else { return nil }
        let english: [String: PlanItemKind] = ["project": .project, "activity": .activity, "measure": .measure]
        if let k = PlanItemKind(rawValue: raw.trimmingWhitespaces()) ?? english[raw.lowercased()] { return k }
        let allowed = PlanItemKind.allCases.map(\.rawValue)
        var hint = "Use one of: \(allowed.joined(separator: ", ")); leave 'kind' out when the plan gives none."
        if let s = Suggest.nearest(to: raw, in: allowed) { hint = "Did you mean '\(s)'? " + hint }
        error(key, self[key], "'\(raw)' is not a kind of plan entry.", hint: hint)
        return nil
    }

    /// done / partly / not-done, or the Thai words.
    func status(_ key: String) -> PlanItemStatus? {
        guard let raw = string(key, required: true) else { return nil }
        if let s = AntiCorruptionReportLoader.statusWords[raw.trimmingWhitespaces().lowercased()] { return s }
        let allowed = PlanItemStatus.allCases.map(\.rawValue)
        var hint = "Use one of: \(allowed.joined(separator: ", ")) (or ดำเนินการแล้ว, ดำเนินการบางส่วน, ยังไม่ได้ดำเนินการ)."
        if let s = Suggest.nearest(to: raw, in: allowed) { hint = "Did you mean '\(s)'? " + hint }
        error(key, self[key], "'\(raw)' is not a status.", hint: hint)
        return nil
    }

    /// A text in paragraphs: a list, or one text whose paragraphs are separated by blank lines.
    func paragraphs(_ key: String) -> [String] {
        if case .scalar(let s)? = self[key] {
            return s.string.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
        }
        return strings(key)
    }

    /// Outputs or outcomes: texts, or `{text, target}`.
    func indicators(_ key: String) -> [SheetIndicator] {
        sequence(key).enumerated().compactMap { i, node in
            if case .scalar(let s) = node { return SheetIndicator(text: s.string) }
            guard let r = MappingReader(node, file: file, lineOffset: lineOffset, path: "\(fieldName(key))[\(i + 1)]", sink: sink,
                                        what: "each entry of '\(key)'") else { return nil }
            r.rejectUnknownKeys(["text", "target"])
            return r.string("text", required: true).map { SheetIndicator(text: $0, target: r.string("target")) }
        }
    }
}
