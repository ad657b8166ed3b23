import SiteModel
import ThaiText

/// Shared helpers for the plan and report contexts.
extension ContextEnvironment {
    /// Free text from a data file with its digits in the site's style (names and targets often
    /// carry figures: "หมู่ที่ 5", "ร้อยละ 98").
    func text(_ s: String) -> String { format.digits(s) }

    func texts(_ list: [String]) -> [String] { list.map(format.digits) }

    /// "2566–2570"
    func span(_ s: FiscalYearSpan) -> String {
        s.first == s.last ? format.year(s.first) : format.year(s.first) + "–" + format.year(s.last)
    }

    /// "ธ.ค. 67 – มี.ค. 68" or "1 ธันวาคม 2567 – 31 มีนาคม 2568".
    func period(_ p: PlanPeriod) -> String {
        switch p {
        case .dates(let r): return format.dateRange(r.start, r.end)
        case .months(let first, let last):
            return first == last ? format.monthYear(first) : format.monthYear(first) + " – " + format.monthYear(last)
        }
    }

    /// A percentage for a computed share, or nil when the base is zero.
    func share(_ part: Money, of whole: Money) -> String? {
        format.percent(numerator: part.satang, denominator: whole.satang)
    }
}

extension DevelopmentPlan: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        var c: [String: Any] = [
            "title": title.map(env.text) ?? "แผนพัฒนาท้องถิ่น (พ.ศ. \(env.span(period)))",
            "period": env.span(period), "vision": env.text(vision), "missions": env.texts(missions),
            "goals": env.texts(goals),
            "strategies": strategies.enumerated().map { index, s -> [String: Any] in
                let indicators = s.indicators.map { i -> [String: Any] in
                    var e: [String: Any] = ["text": env.text(i.text)]
                    if let t = i.target { e["target"] = env.text(t) }
                    return e
                }
                return ["id": env.text(s.id), "anchor": "strategy-\(index + 1)", "name": env.text(s.name),
                        "goals": env.texts(s.goals), "hasGoals": !s.goals.isEmpty,
                        "approaches": env.texts(s.approaches), "hasApproaches": !s.approaches.isEmpty,
                        "indicators": indicators, "hasIndicators": !indicators.isEmpty,
                        "indicatorCount": env.format.number(indicators.count)]
            },
            "strategyCount": env.format.number(strategies.count),
            "indicatorCount": env.format.number(indicatorCount),
        ]
        if let d = env.date(approved) { c["approved"] = d }
        if let by = approvedBy { c["approvedBy"] = env.text(by) }
        return c
    }
}

extension AnnualPlan: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let fy = fiscal
        var number = 0
        var rows: [String: [String: Any]] = [:]
        let groups = strategies.map { s -> [String: Any] in
            let own = projects.filter { $0.strategy == s.id }
            let items = own.map { p -> [String: Any] in
                number += 1
                let row = Self.project(p, number: number, env)
                rows[p.id] = row
                return row
            }
            return ["id": env.text(s.id), "name": env.text(s.name), "projects": items, "hasProjects": !items.isEmpty,
                    "count": env.format.number(own.count),
                    "subtotal": env.format.baht(own.compactMap(\.budget.money).reduce(Money.zero, +))]
        }
        let noBudget = projects.filter { $0.budget == .noBudget }.count
        let notStated = projects.filter { $0.budget == .notStated }.count
        var c: [String: Any] = [
            "title": title.map(env.text) ?? "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. \(env.format.year(fiscalYear))",
            "fiscalYear": env.format.year(fiscalYear),
            "fiscalPeriod": env.format.dateRange(fy.start, fy.end),
            "strategies": groups,
            "projectCount": env.format.number(projects.count),
            "totalBudget": env.format.baht(totalBudget),
            "progress": progress.map { Self.report($0, plan: self, rows: rows, env) },
        ]
        if noBudget > 0 { c["noBudgetCount"] = env.format.number(noBudget) }
        if notStated > 0 { c["notStatedCount"] = env.format.number(notStated) }
        if let d = env.date(approved) { c["approved"] = d }
        return c
    }

    static func project(_ p: AnnualPlanProject, number: Int, _ env: ContextEnvironment) -> [String: Any] {
        var e: [String: Any] = ["number": env.format.number(number), "name": env.text(p.name), "unit": env.text(p.unit),
                                "budget": env.budget(p.budget)]
        if let v = p.program { e["program"] = env.text(v) }
        if let v = p.target { e["target"] = env.text(v) }
        if let v = p.funding { e["funding"] = env.text(v) }
        if let v = p.area { e["area"] = env.text(v) }
        if let v = p.period { e["period"] = env.period(v) }
        return e
    }

    static func report(_ r: ProgressReport, plan: AnnualPlan, rows: [String: [String: Any]],
                       _ env: ContextEnvironment) -> [String: Any] {
        let fy = plan.fiscal
        let months = r.period.months(of: fy)
        let label = "รอบ \(env.format.number(months.count)) เดือน"
        let budgets = r.items.compactMap { plan.project($0.project)?.budget.money }.reduce(Money.zero, +)
        let statuses: [(ProjectStatus, String)] = [(.done, "done"), (.inProgress, "inProgress"),
                                                   (.notStarted, "notStarted"), (.cancelled, "cancelled")]
        let total = r.items.count
        // The stacked bar: one segment per status present, widths in percent of the bar (0…100);
        // the last segment takes the rounding remainder so the bar is always full.
        var chart: [String: Any] = [:]
        var x = 0
        var described: [String] = []
        let present = statuses.filter { r.count($0.0) > 0 }
        for (i, (status, key)) in present.enumerated() {
            let n = r.count(status)
            let width = i == present.count - 1 ? 100 - x : n * 100 / total
            chart[key] = ["x": x, "width": width]
            described.append("\(status.rawValue) \(env.format.number(n)) โครงการ")
            x += width
        }
        let id = "progress-" + r.period.rawValue
        let items = r.items.map { item -> [String: Any] in
            let project = plan.project(item.project)
            var e: [String: Any] = ["name": (rows[item.project]?["name"] as? String) ?? env.text(item.project),
                                    "number": rows[item.project]?["number"] ?? "",
                                    "status": item.status.rawValue, "statusClass": Self.statusClass(item.status),
                                    "spent": env.format.baht(item.spent)]
            if let p = project { e["budget"] = env.budget(p.budget) }
            if let b = project?.budget.money, let pct = env.share(item.spent, of: b) { e["percent"] = pct }
            if let note = item.note { e["note"] = env.text(note) }
            return e
        }
        var c: [String: Any] = [
            "id": id, "label": label, "period": r.period.rawValue,
            "months": env.format.monthYear(months.first!) + " – " + env.format.monthYear(months.last!),
            "asOf": env.date(r.asOf) ?? [:],
            "items": items, "hasItems": !items.isEmpty,
            "done": env.format.number(r.count(.done)), "inProgress": env.format.number(r.count(.inProgress)),
            "notStarted": env.format.number(r.count(.notStarted)), "cancelled": env.format.number(r.count(.cancelled)),
            "hasCancelled": r.count(.cancelled) > 0,
            "total": env.format.number(total),
            "spentTotal": env.format.baht(r.totalSpent), "budgetTotal": env.format.baht(budgets),
            "chart": chart, "hasChart": total > 0,
            "chartTitle": "สถานะโครงการ\(label): " + described.joined(separator: " "),
            "notes": env.texts(r.notes), "hasNotes": !r.notes.isEmpty,
        ]
        if let pct = env.share(r.totalSpent, of: budgets) { c["percentSpent"] = pct }
        if let d = env.date(r.reported) { c["reported"] = d }
        return c
    }

    static func statusClass(_ s: ProjectStatus) -> String {
        switch s {
        case .done: return "done"
        case .inProgress: return "in-progress"
        case .notStarted: return "not-started"
        case .cancelled: return "cancelled"
        }
    }
}

extension AnnualReport: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        var c: [String: Any] = [
            "title": title.map(env.text) ?? "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. \(env.format.year(fiscalYear))",
            "fiscalYear": env.format.year(fiscalYear),
            "summary": env.texts(summary), "problems": env.texts(problems), "suggestions": env.texts(suggestions),
            "results": results.map { r -> [String: Any] in
                var e: [String: Any] = ["strategy": env.text(r.strategy), "planned": env.format.number(r.planned),
                                        "done": env.format.number(r.done)]
                if let pct = env.format.percent(numerator: Int64(r.done), denominator: Int64(r.planned)) {
                    e["rowPercent"] = pct
                }
                if let b = r.budget { e["rowBudget"] = env.format.baht(b) }
                if let s = r.spent { e["rowSpent"] = env.format.baht(s) }
                return e
            },
        ]
        if !results.isEmpty {
            let planned = results.reduce(0) { $0 + $1.planned }, done = results.reduce(0) { $0 + $1.done }
            var totals: [String: Any] = ["plannedSum": env.format.number(planned), "doneSum": env.format.number(done)]
            if let pct = env.format.percent(numerator: Int64(done), denominator: Int64(planned)) {
                totals["percentSum"] = pct
            }
            // Money totals only when every row states the figure; a partial sum would mislead.
            if results.allSatisfy({ $0.budget != nil }) {
                totals["budgetSum"] = env.format.baht(results.compactMap(\.budget).reduce(Money.zero, +))
            }
            if results.allSatisfy({ $0.spent != nil }) {
                totals["spentSum"] = env.format.baht(results.compactMap(\.spent).reduce(Money.zero, +))
            }
            c["resultTotals"] = totals
            c["resultsHaveMoney"] = results.contains { $0.budget != nil || $0.spent != nil }
        }
        if let b = budget { c["budget"] = env.format.baht(b) }
        if let s = spent { c["spent"] = env.format.baht(s) }
        if let b = budget, let s = spent, let pct = env.share(s, of: b) { c["percentSpent"] = pct }
        if let d = env.date(reported) { c["reported"] = d }
        return c
    }
}
