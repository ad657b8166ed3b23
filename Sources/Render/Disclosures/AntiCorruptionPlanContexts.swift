import SiteModel
import ThaiText

extension AntiCorruptionPlan: TemplateContextProviding, SubpageProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let anchors = groupAnchors
        var c: [String: Any] = [
            "title": title,
            "period": Self.period(fiscalYears, env),
            "framework": Self.frameworkText(framework, env),
            "years": fiscalYears.map { ["year": env.format.year($0)] },
            "yearCount": fiscalYears.count,
            "itemCount": env.format.number(items.count),
            "kindCounts": kindCounts.map { ["label": $0.kind?.rawValue ?? "ไม่ระบุประเภท", "count": env.format.number($0.count)] }
                + otherKindCounts.map { ["label": $0.kind, "count": env.format.number($0.count)] },
            "summary": dimensions.map { summaryRow($0.number, env) },
            "total": summaryRow(nil, env),
            "dimensions": dimensions.map { dimensionContext($0, env, anchors: anchors) },
            "groups": budgetGroups.enumerated().map { i, g in groupContext(g, index: i, env) },
            "statedTotalsNote": statedTotalsNote ?? false,
            "hasStatedTotals": statedTotal != nil || !statedDimensionTotals.isEmpty,
        ]
        c["adoptedOn"] = env.date(adoptedOn) ?? false
        c["adoptedBy"] = adoptedBy ?? false
        return c
    }

    public func subpages(_ env: ContextEnvironment) -> [Subpage] {
        let all = items
        let anchors = groupAnchors
        return all.enumerated().map { i, item in
            var c = itemContext(item, env, anchors: anchors)
            c["planTitle"] = title
            c["period"] = Self.period(fiscalYears, env)
            c["previous"] = i > 0 ? Self.link(all[i - 1], env) : false
            c["next"] = i + 1 < all.count ? Self.link(all[i + 1], env) : false
            return Subpage(slug: item.code.slug, title: "\(env.format.digits(item.code.description)) \(item.name)",
                           description: "\(item.name) — \(title)", context: c, template: "anti-corruption-plan-item")
        }
    }

    // MARK: Summary

    /// One row of the summary by dimension (nil: the grand total): the stated figures, and the
    /// computed ones where they differ or nothing is stated.
    func summaryRow(_ dimension: Int?, _ env: ContextEnvironment) -> [String: Any] {
        let stated = statedTotal(dimension: dimension)
        let listed = items(in: dimension).count
        let count: [String: Any?] = [
            "stated": stated?.itemCount.map(env.format.number),
            "computed": stated?.itemCount == listed ? nil : env.format.number(listed),
        ]
        let cells = fiscalYears.map { year -> [String: Any] in
            let value = stated?.budget[year]
            let s = value?.money
            let computed = computedBudgetValue(dimension: dimension, year: year)
            let rows = groupRowsBudget(dimension: dimension, year: year)
            return templateRecord([
                "stated": value.map { Self.budgetText($0, env) },
                "computed": value.map { Self.agree($0, computed) } == true ? nil : Self.budgetText(computed, env),
                "rows": s != nil && rows != nil && rows != s && rows != computed.money ? rows.map(env.format.baht) : nil,
            ])
        }
        let d = dimension.flatMap { n in dimensions.first { $0.number == n } }
        return templateRecord([
            "label": dimension.map { "มิติที่ \(env.format.number($0))" } ?? "รวมทั้งสิ้น",
            "name": d?.name, "anchor": dimension.map { "dimension-\($0)" },
            "missionCount": d.map { env.format.number($0.missions.count) },
            "count": templateRecord(count), "cells": cells, "asStated": stated?.asStated,
            "allYears": allYearsCell(dimension, env),
        ])
    }

    /// The total over all the plan's years, which plans rarely print: the sum of the stated
    /// yearly totals when every year states an amount, and the sum of the computed ones where it
    /// differs or nothing is stated; both computed, and labelled so.
    func allYearsCell(_ dimension: Int?, _ env: ContextEnvironment) -> [String: Any] {
        let stated = statedTotal(dimension: dimension)
        // Every year stated: their sum, ไม่ใช้งบประมาณ counting nothing (all of them: no budget).
        let statedValues = fiscalYears.compactMap { stated?.budget[$0] }.filter { $0 != .notStated }
        var fromStated: BudgetValue?
        if statedValues.count == fiscalYears.count {
            fromStated = statedValues.allSatisfy { $0 == .noBudget } ? .noBudget
                : .amount(statedValues.reduce(Money.zero) { $0 + ($1.money ?? .zero) })
        }
        let values = fiscalYears.map { computedBudgetValue(dimension: dimension, year: $0) }
        let computed: BudgetValue
        if values.contains(where: { $0.money != nil }) {
            computed = .amount(values.reduce(Money.zero) { $0 + ($1.money ?? .zero) })
        } else {
            computed = values.allSatisfy { $0 == .noBudget } ? .noBudget : .notStated
        }
        return templateRecord([
            "fromStated": fromStated.map { Self.budgetText($0, env) },
            "computed": fromStated.map { Self.agree($0, computed) } == true ? nil : Self.budgetText(computed, env),
        ])
    }

    /// "230,000", "ไม่ใช้งบประมาณ", "ไม่ระบุ".
    static func budgetText(_ b: BudgetValue, _ env: ContextEnvironment) -> String {
        env.budget(b)["text"] as? String ?? ""
    }

    /// Whether a stated yearly total and the computed one say the same: the same value, or 0
    /// against no budget.
    static func agree(_ stated: BudgetValue, _ computed: BudgetValue) -> Bool {
        if stated == computed { return true }
        let zeroOrNone: (BudgetValue) -> Bool = { $0 == .noBudget || $0.money == .zero }
        return zeroOrNone(stated) && zeroOrNone(computed)
    }

    // MARK: Dimensions

    func dimensionContext(_ d: PlanDimension, _ env: ContextEnvironment, anchors: [String: (String, String)]) -> [String: Any] {
        var rows: [[String: Any]] = []
        func heading(_ code: String, _ name: String, note: String?, mission: Bool) {
            rows.append(templateRecord(["isHeading": true, "isMission": mission, "code": env.format.digits(code), "name": name, "note": note]))
        }
        func itemRow(_ item: PlanItem) {
            var cells: [[String: Any]] = []
            let values = fiscalYears.map { item.budget(in: $0) }
            if let first = values.first, first.money == nil, values.allSatisfy({ $0 == first }), values.count > 1 {
                var b = env.budget(first)
                b["span"] = values.count
                b["everyYear"] = true
                cells = [b]
            } else {
                cells = values.map { v -> [String: Any] in
                    var b = env.budget(v)
                    b["span"] = 1
                    b["everyYear"] = false
                    return b
                }
            }
            let group = anchors[item.code.description].map { ["id": $0.0, "anchor": $0.1] }
            rows.append(templateRecord([
                "isHeading": false, "isMission": false, "code": env.format.digits(item.code.description), "slug": item.code.slug,
                "name": item.name, "kind": item.kindLabel, "responsible": item.responsible.isEmpty ? nil : item.responsible.joined(separator: ", "),
                "cells": cells, "group": group, "provenance": item.provenance,
            ]))
        }
        for m in d.missions {
            heading(m.code, m.name, note: m.note, mission: true)
            m.items.forEach(itemRow)
            for s in m.subObjectives {
                heading(s.code, s.name, note: s.note, mission: false)
                s.items.forEach(itemRow)
            }
        }
        return templateRecord([
            "number": env.format.number(d.number), "anchor": "dimension-\(d.number)", "name": d.name,
            "itemCount": env.format.number(d.allItems.count), "missionCount": env.format.number(d.missions.count),
            "rows": rows, "columnCount": 3 + fiscalYears.count,
        ])
    }

    // MARK: Budget groups

    /// Item code → (group id, anchor on the plan page).
    var groupAnchors: [String: (String, String)] {
        var out: [String: (String, String)] = [:]
        for (i, g) in budgetGroups.enumerated() {
            for code in g.itemCodes { out[code.description] = (g.id, "budget-group-\(i + 1)") }
        }
        return out
    }

    func groupContext(_ g: PlanBudgetGroup, index: Int, _ env: ContextEnvironment) -> [String: Any] {
        templateRecord([
            "id": g.id, "label": g.label, "anchor": "budget-group-\(index + 1)",
            "items": g.itemCodes.map { code in
                ["code": env.format.digits(code.description), "slug": code.slug, "name": item(code)?.name ?? ""]
            },
            "itemRange": env.format.digits(Self.range(g.itemCodes)),
            "cells": fiscalYears.map { env.budget(g.budget(in: $0)) },
            "asStated": g.asStated, "note": g.note,
        ])
    }

    // MARK: Entries

    func itemContext(_ item: PlanItem, _ env: ContextEnvironment, anchors: [String: (String, String)]) -> [String: Any] {
        let dimension = dimensions.first { $0.number == item.code.dimension }
        let mission = dimension?.missions.first { $0.code == item.code.missionCode }
        let sub = mission?.subObjectives.first { $0.items.contains { $0.code == item.code } }
        let group = group(of: item.code).map { g -> [String: Any] in
            let index = budgetGroups.firstIndex { $0.id == g.id } ?? 0
            var c = groupContext(g, index: index, env)
            c["years"] = fiscalYears.enumerated().map { i, year in
                ["year": env.format.year(year), "budget": env.budget(g.budget(in: year))]
            }
            c["otherItems"] = g.itemCodes.filter { $0 != item.code }.map { code in
                ["code": env.format.digits(code.description), "slug": code.slug, "name": self.item(code)?.name ?? ""]
            }
            c["hasOtherItems"] = g.itemCodes.count > 1
            return c
        }
        return templateRecord([
            "code": env.format.digits(item.code.description), "slug": item.code.slug, "name": item.name, "kind": item.kindLabel,
            "kindIsOwn": item.otherKind != nil, "provenance": item.provenance,
            "budgetLine": item.budgetLine.map { l in
                templateRecord(["program": l.program, "work": l.work, "category": l.category, "type": l.type])
            },
            "dimension": dimension.map { ["number": env.format.number($0.number), "name": $0.name, "anchor": "dimension-\($0.number)"] },
            "mission": mission.map { ["code": env.format.digits($0.code), "name": $0.name] },
            "subObjective": sub.map { ["code": env.format.digits($0.code), "name": $0.name] },
            "responsible": item.responsible, "hasResponsible": !item.responsible.isEmpty,
            "years": fiscalYears.map { year in ["year": env.format.year(year), "budget": env.budget(item.budget(in: year))] },
            "group": group,
            "detail": item.detail.map { d -> [String: Any] in
                var c = Self.detailContext(d, env)
                c["sheetName"] = d.name.flatMap { $0 == item.name ? nil : $0 } ?? false
                c["sheetResponsible"] = d.responsible.isEmpty ? false : d.responsible.joined(separator: ", ")
                c["sheetResponsibleDiffers"] = !d.responsible.isEmpty && d.responsible != item.responsible
                return c
            },
        ])
    }

    /// The sheet's long texts are given twice: as written (`rationale`, `objectives`, `method`,
    /// `text`, `target`: what themes copied from earlier versions print, escaped) and read as
    /// Markdown (`rationaleRich`, `objectivesRich`, `methodRich`, `textRich`, `targetRich`).
    static func detailContext(_ d: PlanItemDetail, _ env: ContextEnvironment) -> [String: Any] {
        func indicators(_ list: [SheetIndicator]) -> [[String: Any]] {
            list.map {
                templateRecord(["text": $0.text, "target": $0.target,
                                "textRich": env.richText($0.text), "targetRich": $0.target.map { env.richText($0) }])
            }
        }
        let target = d.targetGroup.map { t -> [String: Any] in
            templateRecord(["text": t.text, "textRich": env.richText(t.text), "count": t.count.map(env.format.number), "unit": t.unit])
        }
        return templateRecord([
            "rationale": d.rationale, "rationaleRich": d.rationale.map { env.richText($0, caption: "หลักการและเหตุผล") }, "hasRationale": !d.rationale.isEmpty,
            "objectives": d.objectives, "objectivesRich": env.richList(d.objectives, caption: "วัตถุประสงค์"), "hasObjectives": !d.objectives.isEmpty,
            "targetGroup": target,
            "method": d.method, "methodRich": env.richList(d.method, caption: "วิธีดำเนินการ"), "hasMethod": !d.method.isEmpty,
            "period": d.period, "budgetText": d.budgetText, "area": d.area.map { env.richText($0, caption: "พื้นที่ดำเนินการ") },
            "outcomeLabel": d.outcomeLabel ?? "ผลลัพธ์",
            "outputs": indicators(d.outputs), "hasOutputs": !d.outputs.isEmpty,
            "outcomes": indicators(d.outcomes), "hasOutcomes": !d.outcomes.isEmpty,
        ])
    }

    static func link(_ item: PlanItem, _ env: ContextEnvironment) -> [String: Any] {
        ["code": env.format.digits(item.code.description), "slug": item.code.slug, "name": item.name]
    }

    /// "1.1.1(1)–1.1.3(3)" for a run of codes, or the codes joined.
    static func range(_ codes: [PlanItemCode]) -> String {
        guard let first = codes.first, let last = codes.last else { return "" }
        return codes.count <= 2 ? codes.map(\.description).joined(separator: ", ") : "\(first)–\(last)"
    }

    /// "พ.ศ. ๒๕๖๖–๒๕๗๐" for consecutive years, else the years listed.
    static func period(_ years: [Int], _ env: ContextEnvironment) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        if years.count == 1 { return "พ.ศ. \(env.format.year(first))" }
        if last - first + 1 == years.count { return "พ.ศ. \(env.format.year(first))–\(env.format.year(last))" }
        return "พ.ศ. " + years.map(env.format.year).joined(separator: ", ")
    }

    static func frameworkText(_ f: AntiCorruptionFramework, _ env: ContextEnvironment) -> String {
        "กรอบแผนปฏิบัติการป้องกันการทุจริตสำหรับองค์กรปกครองส่วนท้องถิ่นของสำนักงาน ป.ป.ช. "
            + "(พ.ศ. \(env.format.year(f.span.first))–\(env.format.year(f.span.last)))"
    }
}

extension AntiCorruptionReport: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let planLink = env.dataPageLink(planKey.value)
        let entryRows = orderedEntries.map { e -> [String: Any] in
            templateRecord([
                "code": env.format.digits(e.code.description), "name": e.planItem?.name,
                "url": planLink.map { $0 + e.code.slug + "/" },
                "kind": e.planItem?.kind?.rawValue, "status": e.status.thai, "statusKey": e.status.rawValue,
                "isDone": e.status == .done, "spent": e.spent.map(env.format.baht), "result": e.result,
            ])
        }
        let s = statedSummary
        func figure(_ stated: String?, _ computed: String, same: Bool) -> [String: Any] {
            templateRecord(["stated": stated, "computed": stated != nil && same ? nil : computed])
        }
        var c: [String: Any] = [
            "title": title, "fiscalYear": env.format.year(fiscalYear.value),
            "entries": entryRows,
            "planned": figure(s?.itemsPlanned.map { env.format.number($0.value) }, env.format.number(computedPlanned),
                              same: s?.itemsPlanned?.value == computedPlanned),
            "done": figure(s?.itemsDone.map { env.format.number($0.value) }, env.format.number(computedDone),
                           same: s?.itemsDone?.value == computedDone),
            "spent": figure(s?.spent.map { env.format.baht($0.value) }, env.format.baht(computedSpent),
                            same: s?.spent?.value == computedSpent),
            "partly": env.format.number(computedPartly),
            "notDone": env.format.number(computedNotDone),
            "unreportedCount": env.format.number(unreportedItems.count),
            "unreported": unreportedItems.map { i in
                templateRecord(["code": env.format.digits(i.code.description), "name": i.name, "url": planLink.map { $0 + i.code.slug + "/" }])
            },
            "byDimension": dimensionRows(env),
        ]
        c["asOf"] = env.date(asOf) ?? false
        c["percentDone"] = env.format.percent(numerator: Int64(computedDone), denominator: Int64(computedPlanned), fractionDigits: 1) ?? false
        c["plan"] = plan.map { p in templateRecord(["title": p.title, "url": planLink]) } ?? false
        return c
    }

    /// Entries in plan order (the report's order when the plan is unknown).
    var orderedEntries: [PlanReportEntry] {
        guard let plan else { return entries }
        let order = Dictionary(plan.items.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        return entries.sorted { (order[$0.code] ?? Int.max, $0.code) < (order[$1.code] ?? Int.max, $1.code) }
    }

    /// Per dimension of the plan: entries planned, done, partly done, not done, not reported and
    /// money spent, all computed from the entries.
    func dimensionRows(_ env: ContextEnvironment) -> [[String: Any]] {
        guard let plan else { return [] }
        return plan.dimensions.map { d in
            let codes = Set(d.allItems.map(\.code))
            let mine = entries.filter { codes.contains($0.code) }
            return [
                "label": "มิติที่ \(env.format.number(d.number))", "name": d.name,
                "planned": env.format.number(codes.count),
                "done": env.format.number(mine.filter { $0.status == .done }.count),
                "partly": env.format.number(mine.filter { $0.status == .partly }.count),
                "notDone": env.format.number(mine.filter { $0.status == .notDone }.count),
                "unreported": env.format.number(codes.count - mine.count),
                "spent": env.format.baht(mine.reduce(Money.zero) { $0 + ($1.spent ?? .zero) }),
            ]
        }
    }
}
