import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

// MARK: - The plan (o25)

extension AntiCorruptionPlan: DecodedKind, RecordRules {
    /// The rules of the whole plan, top down: dimensions, their missions, sub-objectives and
    /// entries (each code where it belongs, once), then the budget groups and the stated totals
    /// against the entries, and the totals against what the entries add up to.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let framework = r.writtenText("framework").flatMap(AntiCorruptionFramework.init(written:))
        if let framework {
            let outside = fiscalYears.filter { !framework.span.contains($0) }
            if !outside.isEmpty {
                r.warning("fiscal_years", r["fiscal_years"],
                          "fiscal year \(outside.map(String.init).joined(separator: ", ")) lies outside the \(framework.rawValue) framework the plan follows.",
                          hint: "Check the years, or the framework: plans for 2561–2565 use framework 2561-2565, plans from 2566 on use 2566-2570.")
            }
        }
        if r["dimensions"] == nil { r.missingField("dimensions", what: "a list") }
        var codes = PlanCodes()
        var numbers: [Int: Int?] = [:]
        var kept: [PlanDimension] = []
        for var dimension in dimensions {
            guard let d = r.entry(of: "dimensions", atLine: dimension.source.line),
                  dimension.check(d, framework: framework, codes: &codes) else { continue }
            if let first = numbers[dimension.number] {
                d.error("number", d["number"], "dimension \(dimension.number) is listed twice (first on line \(first.map(String.init) ?? "?")).",
                        hint: "List each of the four dimensions once and put all its missions under it.")
                continue
            }
            numbers[dimension.number] = dimension.source.line
            kept.append(dimension)
        }
        dimensions = kept
        if r["dimensions"] != nil, !dimensions.isEmpty {
            let missing = (1...4).filter { numbers[$0] == nil }
            if !missing.isEmpty {
                r.warning("dimensions", r["dimensions"],
                          (missing.count == 1 ? "dimension \(missing[0]) is missing" : "dimensions \(missing.dropLast().map(String.init).joined(separator: ", ")) and \(missing.last!) are missing")
                              + "; the NACC framework has four.",
                          hint: "Every plan has entries under each of the four dimensions (มิติ 1–4).")
            }
        }
        guard !failed else { return false }
        if title.isEmpty { title = "แผนปฏิบัติการป้องกันการทุจริต" }
        checkBudgetGroups(r)
        var fields: [Int?: String] = [:]
        if var stated = statedTotals, let s = r.nested("stated_totals") {
            var kept: [PlanStatedDimensionTotal] = []
            for total in stated.dimensions {
                guard let t = s.entry(of: "dimensions", atLine: total.line) else { continue }
                let n = total.dimension
                guard numbers[n] != nil else {
                    t.error("dimension", t["dimension"], "the plan has no dimension \(n).",
                            hint: "Use the number of one of the plan's dimensions: \(dimensions.map { String($0.number) }.joined(separator: ", ")).")
                    continue
                }
                if kept.contains(where: { $0.dimension == n }) {
                    t.error("dimension", t["dimension"], "the total of dimension \(n) is given twice.", hint: "Keep one of them.")
                    continue
                }
                kept.append(total)
                fields[n] = "stated_totals.dimensions[\(t.positionInList)].budget"
            }
            stated.dimensions = kept
            statedTotals = stated
            if stated.total != nil { fields[nil as Int?] = "stated_totals.total.budget" }
        }
        Self.reconcile(self, fields: fields, r: r)
        return true
    }

    /// Each group's entries: codes of entries of the plan, each in one group at most, all in one
    /// dimension.
    mutating func checkBudgetGroups(_ r: MappingReader) {
        let known = Set(items.map(\.code))
        var owner: [PlanItemCode: String] = [:]
        var ids: Set<String> = []
        var out: [PlanBudgetGroup] = []
        for var group in budgetGroups {
            guard let g = r.entry(of: "budget_groups", atLine: group.source.line) else { continue }
            let id = group.id
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
            group.itemCodes = codes
            out.append(group)
        }
        budgetGroups = out
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
            r.sink.add(.warning("budget group '\(c.groupID)' \(groupText) for \(when), but its entries (\(items)) add up to \(PlanFigures.baht(c.itemsTotal)) baht.",
                                file: r.file, line: c.source.line, field: "budget_groups[\(index)].budget",
                                hint: "The group's budget and its entries' budgets come from different parts of the document; the page shows both as stated."))
        }
    }
}

/// The codes of the plan's entries seen so far, with the line of each.
struct PlanCodes {
    var firstLine: [PlanItemCode: Int?] = [:]
}

extension PlanDimension: RecordRules, NamedRecord {
    static var recordNoun: String { "dimension" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        IntegrityFields.requireText(r, "name")
        if r["missions"] == nil { r.missingField("missions", what: "a list") }
        return !failed
    }

    /// Its number and name, and its missions, in the plan's framework.
    mutating func check(_ r: MappingReader, framework: AntiCorruptionFramework?, codes: inout PlanCodes) -> Bool {
        let n = number
        if !(1...4).contains(n) {
            r.error("number", r["number"], "\(n) is not a dimension; the NACC framework has dimensions 1 to 4.",
                    hint: "Write 1, 2, 3 or 4.")
            return false
        }
        if let name = r.writtenText("name"), let framework, !framework.nameMatches(name, dimension: n) {
            var hint = "In the \(framework.rawValue) framework dimension \(n) is named \"\(framework.dimensionName(n)!)\"."
            if let other = AntiCorruptionFramework.allCases.first(where: { $0 != framework && $0.nameMatches(name, dimension: n) }) {
                hint = "This is the name dimension \(n) has in the \(other.rawValue) framework. " + hint
                    + " Check 'framework', or write the name the plan uses for this cycle."
            }
            r.warning("name", r["name"], "the name of dimension \(n) is not the name the \(framework.rawValue) framework gives it.", hint: hint)
        }
        var seen: [String: Int?] = [:]
        var kept: [PlanMission] = []
        for var mission in missions {
            guard let m = r.entry(of: "missions", atLine: mission.line),
                  mission.check(m, dimension: n, codes: &codes) else { continue }
            if let first = seen[mission.code] {
                m.error("code", m["code"], "mission \(mission.code) is listed twice (first on line \(first.map(String.init) ?? "?")).",
                        hint: "List each mission once.")
                continue
            }
            seen[mission.code] = m.line
            kept.append(mission)
        }
        missions = kept
        return true
    }
}

extension PlanMission: RecordRules, NamedRecord {
    static var recordNoun: String { "mission" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        IntegrityFields.requireText(r, "name")
        return !failed
    }

    /// Its code under its dimension, its entries and sub-objectives.
    mutating func check(_ r: MappingReader, dimension: Int, codes: inout PlanCodes) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, PlanItemCode(code) != nil else {
            r.error("code", r["code"], "'\(code)' is not the code of a mission.",
                    hint: "A mission's code is the dimension and the mission number, for example 2.1.")
            return false
        }
        if !code.hasPrefix("\(dimension).") {
            r.error("code", r["code"], "mission \(code) is listed under dimension \(dimension).",
                    hint: "Move it under dimension \(parts[0]), or correct its code to \(dimension).\(parts[1]).")
            return false
        }
        items = PlanItem.check(items, in: r, mission: code, subObjective: nil, codes: &codes)
        var subCodes: Set<String> = []
        var subs: [PlanSubObjective] = []
        for var sub in subObjectives {
            guard let s = r.entry(of: "sub_objectives", atLine: sub.line) else { continue }
            let subParts = sub.code.split(separator: ".", omittingEmptySubsequences: false)
            guard subParts.count == 3, PlanItemCode(sub.code) != nil else {
                s.error("code", s["code"], "'\(sub.code)' is not the code of a sub-objective.",
                        hint: "A sub-objective's code is its mission's code and its own number, for example \(code).1.")
                continue
            }
            guard sub.code.hasPrefix(code + ".") else {
                s.error("code", s["code"], "sub-objective \(sub.code) is listed under mission \(code).",
                        hint: "Move it under mission \(subParts[0]).\(subParts[1]), or correct its code.")
                continue
            }
            guard subCodes.insert(sub.code).inserted else {
                s.error("code", s["code"], "sub-objective \(sub.code) is listed twice in mission \(code).", hint: "List it once.")
                continue
            }
            sub.items = PlanItem.check(sub.items, in: s, mission: code, subObjective: sub.code, codes: &codes)
            subs.append(sub)
        }
        subObjectives = subs
        if allItems.isEmpty && r["items"] == nil && r["sub_objectives"] == nil {
            r.warning("items", nil, "mission \(code) has no entries.",
                      hint: "List its projects, activities and measures under 'items' (or under its 'sub_objectives').")
        }
        return true
    }
}

extension PlanSubObjective: RecordRules, NamedRecord {
    static var recordNoun: String { "sub-objective" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        IntegrityFields.requireText(r, "name")
        return !failed
    }
}

extension PlanItem: RecordRules, NamedRecord {
    static var recordNoun: String { "entry" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        IntegrityFields.requireText(r, "name")
        if kind == nil, let raw = r.string("kind")?.trimmingWhitespaces(), !raw.isEmpty,
           MappingReader.knownPlanItemKind(raw) == nil {
            otherKind = raw
        }
        if let detail, let d = r.nested("detail") {
            checkSheet(detail, r, d)
        }
        return !failed
    }

    /// The detail sheet against the summary: its responsible unit, and the amount its budget
    /// text names against the entry's budget per year.
    func checkSheet(_ detail: PlanItemDetail, _ r: MappingReader, _ d: MappingReader) {
        func units(_ list: [String]) -> Set<String> {
            Set(list.map { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }) })
        }
        if !detail.responsible.isEmpty, !responsible.isEmpty, units(detail.responsible) != units(responsible) {
            let budgetLine = r["responsible"].flatMap(r.lineOf).map { ", line \($0)" } ?? ""
            d.warning("responsible", d["responsible"],
                      "the detail sheet names \(detail.responsible.joined(separator: ", ")) as responsible, but the summary (\(r.fieldName("responsible"))\(budgetLine)) names \(responsible.joined(separator: ", ")).",
                      hint: "Both are shown as written; check which unit the document means.")
        }
        guard let text = detail.budgetText, let amount = PlanSheetBudget.amount(in: text) else { return }
        // The sheet names one amount; the summary gives an amount per year, or ไม่ใช้งบประมาณ. A
        // sheet may name the amount of the years that have one ("๑๕,๐๐๐ บาท ในปี ๒๕๖๗ และ
        // ๒๕๖๙"): it agrees when some year of the summary has that amount.
        let amounts = budget.compactMapValues(\.money)
        let summary: String
        let years: [Int]
        if !amounts.isEmpty {
            guard !amounts.values.contains(amount) else { return }
            let first = amounts.sorted { $0.key < $1.key }[0].value
            years = amounts.filter { $0.value == first }.keys.sorted()
            summary = "\(PlanFigures.baht(first)) baht"
        } else {
            years = budget.filter { $0.value == .noBudget }.keys.sorted()
            guard !years.isEmpty else { return }
            summary = "no budget (ไม่ใช้งบประมาณ)"
        }
        let when = PlanFigures.years(years, of: budget.keys.sorted())
        let budgetLine = r["budget"].flatMap(r.lineOf).map { ", line \($0)" } ?? ""
        d.warning("budget_text", d["budget_text"],
                  "the detail sheet states \(PlanFigures.baht(amount)) baht, but the summary (\(r.fieldName("budget"))\(budgetLine)) gives \(summary) for \(when).",
                  hint: "The page shows both as written; check the figures against the document.")
    }

    /// The entries of a mission or sub-objective (`r`) that belong there, each code once in the plan.
    static func check(_ items: [PlanItem], in r: MappingReader, mission: String, subObjective: String?,
                      codes: inout PlanCodes) -> [PlanItem] {
        var kept: [PlanItem] = []
        for item in items {
            guard let e = r.entry(of: "items", atLine: item.source.line) else { continue }
            let code = item.code
            if code.missionCode != mission {
                e.error("code", e["code"], "entry \(code) is listed under mission \(mission).",
                        hint: "Move it under mission \(code.missionCode), or correct its code.")
                continue
            }
            if let subObjective, let sub = code.subObjectiveCode, sub != subObjective {
                e.error("code", e["code"], "entry \(code) is listed under sub-objective \(subObjective).",
                        hint: "Move it under sub-objective \(sub), or correct its code.")
                continue
            }
            if let first = codes.firstLine[code] {
                e.error("code", e["code"], "the code \(code) is used twice (first on line \(first.map(String.init) ?? "?")).",
                        hint: "Every entry of the plan has its own code; number the second one differently.")
                continue
            }
            codes.firstLine[code] = e.line
            kept.append(item)
        }
        return kept
    }
}

extension PlanTargetGroup: LocatedValue {
    /// A text, or `{text, count, unit}`.
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> PlanTargetGroup? {
        if case .mapping? = r[field], let t = r.nested(field) {
            t.rejectUnknownKeys(["text", "count", "unit"])
            let count = t.count("count")
            if count != nil && t.string("unit") == nil {
                t.error("unit", nil, "the target group has a count but no unit.", hint: "Add 'unit: คน' (or ครัวเรือน, หมู่บ้าน …).")
            }
            return t.string("text", required: true).map { PlanTargetGroup(text: $0, count: count, unit: t.string("unit")) }
        }
        return r.string(field).map { PlanTargetGroup(text: $0) }
    }
}

extension SheetIndicator: LocatedListEntry {
    static func readList(_ field: String, in decoder: FieldDecoder) -> [SheetIndicator] {
        decoder.reader?.indicators(field) ?? []
    }
}

extension Paragraphs: LocatedValue, EmptyValue {
    static var empty: Paragraphs { Paragraphs(wrappedValue: []) }
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> Paragraphs? {
        Paragraphs(wrappedValue: r.paragraphs(field))
    }
}

extension YearlyBudgets: LocatedValue, EmptyValue {
    static var empty: YearlyBudgets { YearlyBudgets(wrappedValue: [:]) }
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> YearlyBudgets? {
        YearlyBudgets(wrappedValue: r.yearlyBudgets(field, years: decoder.session.fiscalYears))
    }
}

extension PlanYears: LocatedValue, EmptyValue {
    static var empty: PlanYears { PlanYears(wrappedValue: []) }
    /// The plan's fiscal years; they fail when none could be read.
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> PlanYears? {
        let years = r.planYears(field)
        decoder.session.fiscalYears = years.isEmpty ? nil : years
        return years.isEmpty ? nil : PlanYears(wrappedValue: years)
    }
}

extension PlanEntryCodes: LocatedValue, EmptyValue {
    static var empty: PlanEntryCodes { PlanEntryCodes(wrappedValue: []) }
    /// Read and checked by the plan's rules, once its entries are known.
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> PlanEntryCodes? { PlanEntryCodes.empty }
}

extension PlanBudgetGroup: RecordRules, NamedRecord {
    static var recordNoun: String { "budget group" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool { !failed }
}

extension PlanStatedTotal: RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        source.line = r["budget"].flatMap(r.lineOf) ?? r.line
        return true
    }
}

extension PlanStatedDimensionTotal: RecordRules, NamedRecord {
    static var recordNoun: String { "dimension total" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        source.line = r["budget"].flatMap(r.lineOf) ?? r.line
        return !failed
    }
}

extension AntiCorruptionFramework: LocatedValue, EmptyValue {
    static var empty: AntiCorruptionFramework { .nacc2566 }

    /// `2566-2570` as a clerk writes it (Thai digits, an en dash, spaces).
    init?(written raw: String) {
        self.init(rawValue: asciiDigits(raw).replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " ", with: ""))
    }

    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> AntiCorruptionFramework? {
        r.planFramework(field)
    }
}

extension PlanItemCode: LocatedValue, EmptyValue {
    static var empty: PlanItemCode { PlanItemCode(dimension: 0, mission: 0) }
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> PlanItemCode? {
        guard let text = r.string(field, required: required) else { return nil }
        return r.planItemCode(field, text)
    }
}

extension PlanItemKind: LocatedValue {
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> PlanItemKind? {
        r.planItemKind(field)
    }
}

// MARK: - The results report (o26)

extension AntiCorruptionReport: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let year = fiscalYear.value
        planKey.line = r["plan"].flatMap(r.lineOf)
        fiscalYear.line = r["fiscal_year"].flatMap(r.lineOf)
        if r["fiscal_year"] != nil, year != 0 { file.context?.checkFileNameYear(year, r) }
        if r["items"] == nil { r.missingField("items", what: "a list") }
        if statedSummary != nil, let s = r.nested("stated_summary") {
            statedSummary?.itemsPlanned?.line = s["items_planned"].flatMap(s.lineOf)
            statedSummary?.itemsDone?.line = s["items_done"].flatMap(s.lineOf)
            statedSummary?.spent?.line = s["spent"].flatMap(s.lineOf)
        }
        guard !failed else { return false }
        if title.isEmpty { title = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. \(year)" }
        return true
    }
}

extension PlanReportSummary: RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if let p = itemsPlanned?.value, let d = itemsDone?.value, d > p {
            r.error("items_done", r["items_done"], "\(d) entries done is more than the \(p) planned.", hint: "Check the two figures.")
        }
        return true
    }
}

extension PlanReportEntry: RecordRules, NamedRecord {
    static var recordNoun: String { "entry" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        fieldPath = r.path
        guard code != .empty else { return false }
        if let first = file.firstLine(of: code, in: "items", line: r.line) {
            r.error("code", r["code"], "entry \(code) is reported twice (first on line \(first)).",
                    hint: "Report each entry of the plan once.")
            return false
        }
        return !failed
    }
}

extension PlanItemStatus: LocatedValue, EmptyValue {
    static var empty: PlanItemStatus { .done }

    /// The words a report may use for each status.
    static let words: [String: PlanItemStatus] = [
        "done": .done, "partly": .partly, "not-done": .notDone, "not done": .notDone, "not_done": .notDone,
        "ดำเนินการแล้ว": .done, "ดำเนินการบางส่วน": .partly, "ยังไม่ได้ดำเนินการ": .notDone, "ยังไม่ดำเนินการ": .notDone,
        "ไม่ได้ดำเนินการ": .notDone,
    ]

    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> PlanItemStatus? {
        r.status(field)
    }
}

// MARK: - Values of plans and reports

extension MappingReader {
    /// `framework: 2566-2570` (or 2561-2565).
    func planFramework(_ key: String) -> AntiCorruptionFramework? {
        let allowed = AntiCorruptionFramework.allCases.map(\.rawValue)
        guard let raw = string(key, required: true) else { return nil }
        let text = asciiDigits(raw).replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " ", with: "")
        if let f = AntiCorruptionFramework(written: raw) { return f }
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
    /// year (`ไม่ใช้งบประมาณ`, `ไม่ระบุ`). A year that is not one of the plan's is an error
    /// (`years`: nil when the plan's years are not known).
    func yearlyBudgets(_ key: String, years: [Int]?) -> [Int: BudgetValue] {
        guard let node = self[key] else { return [:] }
        if case .scalar(let s) = node {
            let text = s.string.trimmingWhitespaces()
            if BudgetWords.noBudget.contains(text) || BudgetWords.noBudget.contains(text.lowercased()) {
                return Dictionary(uniqueKeysWithValues: (years ?? []).map { ($0, BudgetValue.noBudget) })
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
            if let years, !years.contains(y) {
                r.error(text, k, "\(y) is not one of the plan's fiscal years (\(years.map(String.init).joined(separator: ", "))).",
                        hint: "Give budgets only for the years in 'fiscal_years'.")
                continue
            }
            out[y] = r.budget(text)
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

    /// โครงการ, กิจกรรม, มาตรการ or มาตรฐาน (also project, activity, measure, standard); absent:
    /// no kind. Another word is the document's own: kept as written by the entry's rules, with a
    /// warning that offers no guess (มาตรฐาน is not a misspelt มาตรการ; nor is any other word).
    func planItemKind(_ key: String) -> PlanItemKind? {
        guard let raw = string(key) else { return nil }
        if let k = Self.knownPlanItemKind(raw) { return k }
        let allowed = PlanItemKind.allCases.map(\.rawValue)
        warning(key, self[key], "'\(raw)' is not one of the kinds sitegen knows (\(allowed.joined(separator: ", "))); it is kept and shown as written.",
                hint: "If the document writes the entry so, keep it; if it is a typing mistake, write the kind the document gives.")
        return nil
    }

    static func knownPlanItemKind(_ raw: String) -> PlanItemKind? {
        let english: [String: PlanItemKind] = ["project": .project, "activity": .activity, "measure": .measure, "standard": .standard]
        return PlanItemKind(rawValue: raw.trimmingWhitespaces()) ?? english[raw.lowercased()]
    }

    /// done / partly / not-done, or the Thai words.
    func status(_ key: String) -> PlanItemStatus? {
        guard let raw = string(key, required: true) else { return nil }
        if let s = PlanItemStatus.words[raw.trimmingWhitespaces().lowercased()] { return s }
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
