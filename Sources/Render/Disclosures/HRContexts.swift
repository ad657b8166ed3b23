import SiteModel
import ThaiText

extension HRPlan: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        var number = 0
        let years = period.years
        var c: [String: Any] = [
            "title": title.map(env.text) ?? "แผนการบริหารและพัฒนาทรัพยากรบุคคล (พ.ศ. \(env.span(period)))",
            "period": env.span(period), "objectives": env.texts(objectives),
            "years": years.map { ["year": env.format.year($0)] },
            "strategies": strategies.enumerated().map { index, s -> [String: Any] in
                let activities = s.activities.map { a -> [String: Any] in
                    number += 1
                    var e: [String: Any] = [
                        "number": env.format.number(number), "name": env.text(a.name),
                        "period": a.period.map(env.span) ?? env.span(period),
                        "yearBudgets": years.map { year -> [String: Any] in
                            guard let b = a.budget(in: year) else { return ["notRunning": true] }
                            return ["budget": env.budget(b)]
                        },
                    ]
                    if let t = a.target { e["target"] = env.text(t) }
                    if let r = a.responsible { e["responsible"] = env.text(r) }
                    return e
                }
                var e: [String: Any] = ["number": env.format.number(index + 1), "anchor": "hr-strategy-\(index + 1)",
                                        "name": env.text(s.name), "activities": activities,
                                        "hasActivities": !activities.isEmpty]
                if let d = s.description { e["description"] = env.text(d) }
                return e
            },
            "yearTotals": yearTotals(env),
        ]
        if let d = env.date(approved) { c["approved"] = d }
        c["criteria"] = criteria.map { cr -> [String: Any] in
            var e: [String: Any] = ["topic": cr.topic.label, "title": env.text(cr.title), "text": env.texts(cr.text)]
            if let f = cr.file { e["fileLink"] = env.attachment(AttachmentRef(file: f, title: cr.title)) }
            if let p = cr.page { e["pageURL"] = env.link(p) }
            return e
        }
        c["hasCriteria"] = !criteria.isEmpty
        return c
    }

    /// For every fiscal year of the plan, the sum of the stated budgets of that year (computed),
    /// and how many activities of the year have no amount (no budget, or not stated).
    func yearTotals(_ env: ContextEnvironment) -> [[String: Any]] {
        let all = strategies.flatMap(\.activities)
        return period.years.map { year in
            let budgets = all.compactMap { $0.budget(in: year) }
            let sum = budgets.compactMap(\.money).reduce(Money.zero, +)
            return ["year": env.format.year(year), "total": env.format.baht(sum),
                    "activities": env.format.number(budgets.count),
                    "unbudgeted": env.format.number(budgets.filter { $0.money == nil }.count)]
        }
    }
}

extension HRReport: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        var c: [String: Any] = [
            "title": title.map(env.text)
                ?? "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. \(env.format.year(fiscalYear))",
            "fiscalYear": env.format.year(fiscalYear),
            "summary": env.texts(summary), "problems": env.texts(problems), "suggestions": env.texts(suggestions),
            "activities": activities.enumerated().map { Self.activity($1, number: $0 + 1, env) },
            "activityCount": env.format.number(activities.count),
        ]
        if let total = totalParticipants { c["totalParticipants"] = env.format.number(total) }
        if let d = env.date(reported) { c["reported"] = d }
        return c
    }

    static func activity(_ a: ActivityRecord, number: Int, _ env: ContextEnvironment) -> [String: Any] {
        var e: [String: Any] = ["number": env.format.number(number), "name": env.text(a.name),
                                "when": env.format.dateRange(a.when.start, a.when.end), "whenISO": a.when.start.iso]
        if let p = a.participants { e["participants"] = env.format.number(p) }
        if let t = a.text { e["text"] = env.text(t) }
        return e
    }
}

extension EthicsDisclosure: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let participants = activities.compactMap(\.participants)
        var c: [String: Any] = [
            "title": title.map(env.text)
                ?? "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม ประจำปีงบประมาณ พ.ศ. \(env.format.year(fiscalYear))",
            "fiscalYear": env.format.year(fiscalYear),
            "codes": codes.map { code -> [String: Any] in
                var e: [String: Any] = ["name": env.text(code.name)]
                if let a = code.appliesTo { e["appliesTo"] = env.text(a) }
                if let d = env.date(code.announced) { e["announced"] = d }
                if let f = code.file {
                    e["file"] = env.attachment(AttachmentRef(file: f, title: code.name, line: code.source.line))
                }
                if let p = code.page { e["pageURL"] = env.link(p) }
                return e
            },
            "activities": activities.enumerated().map { HRReport.activity($1, number: $0 + 1, env) },
            "activityCount": env.format.number(activities.count),
            // Only the files not already linked from a code.
            "attachments": otherAttachments.map(env.attachment),
        ]
        if !participants.isEmpty { c["totalParticipants"] = env.format.number(participants.reduce(0, +)) }
        return c
    }
}
