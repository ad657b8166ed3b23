import SiteModel
import ThaiText

extension ComplaintProcedure: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        var c: [String: Any] = [
            "title": title, "howToFile": howToFile, "steps": ProcedureContext.steps(steps, env),
            "stepsHaveResponsible": steps.contains { $0.responsible != nil },
            "stepsHaveDuration": steps.contains { $0.duration != nil },
            "responsibleUnit": responsibleUnit, "legalBasis": legalBasis,
            "timeLimits": timeLimits.map { l -> [String: Any] in
                ["limitWhat": l.what, "limitDays": env.format.number(l.days),
                 "limitText": l.text ?? Self.limitText(l, env)]
            },
        ]
        if let d = env.date(issued) { c["issued"] = d }
        if let contact = ProcedureContext.contact(contact, env) { c["contact"] = contact }
        return c
    }

    /// "ภายใน ๓ วันทำการ" / "ภายใน ๓๐ วัน" from the number.
    static func limitText(_ l: TimeLimit, _ env: ContextEnvironment) -> String {
        "ภายใน \(env.format.number(l.days)) \(l.workingDays ? "วันทำการ" : "วัน")"
    }
}

extension ComplaintChannels: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        func entry(_ ch: ComplaintChannel) -> [String: Any] {
            var e: [String: Any] = ["chName": ch.name, "chKind": ch.kind.label, "chIsOnline": ch.kind.isOnline]
            if let u = ch.url { e["chURL"] = u }
            if let m = ch.email { e["chEmail"] = m }
            if let p = ch.phone {
                e["chPhone"] = env.format.digits(p)
                e["chTel"] = ProcedureContext.telephoneLink(p)
            }
            if let a = ch.address { e["chAddress"] = a }
            if let h = ch.hours { e["chHours"] = h }
            if let n = ch.note { e["chNote"] = n }
            return e
        }
        return ["title": title, "identityProtection": identityProtection,
                "corruptionChannels": channels.filter { $0.corruptionOnly && !$0.external }.map(entry),
                "generalChannels": channels.filter { !$0.corruptionOnly && !$0.external }.map(entry),
                "externalChannels": channels.filter(\.external).map(entry)]
    }
}

extension ComplaintStats: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let fy = FiscalYear(buddhistYear: fiscalYear)
        var c: [String: Any] = [
            "title": title, "fiscalYear": env.format.year(fiscalYear),
            "period": env.format.dateRange(fy.start, fy.end),
            "rows": months.map { m -> [String: Any] in
                var e: [String: Any] = ["rowMonth": env.format.monthYear(m.month), "rowMonthISO": m.month.iso,
                                        "rowReceived": env.format.number(m.received),
                                        "rowInProgress": env.format.number(m.inProgress),
                                        "rowFinished": env.format.number(m.finished)]
                if let n = m.note { e["rowNote"] = n }
                return e
            },
            "hasRowNotes": months.contains { $0.note != nil },
            "totalReceived": env.format.number(totalReceived),
            "totalFinished": env.format.number(totalFinished),
            "reportedMonths": env.format.number(months.count),
            "missingMonths": missingMonths.map { env.format.monthYear($0) }.joined(separator: ", "),
            "hasMissingMonths": !missingMonths.isEmpty,
            "notes": notes,
        ]
        if let latest = months.last {
            c["latestInProgress"] = env.format.number(latest.inProgress)
            c["latestMonth"] = env.format.monthYear(latest.month)
        }
        if let carriedOver, carriedOver > 0 { c["carriedOver"] = env.format.number(carriedOver) }
        if let d = env.date(asOf) { c["asOf"] = d }
        return c
    }
}

extension Participation: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let byType = ParticipationType.allCases.compactMap { t -> [String: Any]? in
            let n = activities.filter { $0.type == t }.count
            return n == 0 ? nil : ["typeLabel": t.label, "typeCount": env.format.number(n)]
        }
        var c: [String: Any] = [
            "title": title, "fiscalYear": env.format.year(fiscalYear),
            "activities": activities.map { a -> [String: Any] in
                var e: [String: Any] = ["actName": a.name, "actDate": env.format.dateRange(a.period.start, a.period.end),
                                        "actStartISO": a.period.start.iso, "actType": a.type.label,
                                        "actGroups": a.groups.joined(separator: " "), "actDescription": a.description]
                if let n = a.participants { e["actCount"] = env.format.number(n) }
                if let o = a.outcome { e["actOutcome"] = o }
                if let u = a.unit { e["actUnit"] = u }
                let files = a.attachments.map(env.attachment)
                e["actAttachments"] = files
                e["actHasAttachments"] = !files.isEmpty
                return e
            },
            "byType": byType, "activityCount": env.format.number(activities.count),
            "attachments": reportAttachments.map(env.attachment),
        ]
        if let total = totalParticipants { c["totalParticipants"] = env.format.number(total) }
        c["allCounted"] = activities.allSatisfy { $0.participants != nil }
        return c
    }
}
