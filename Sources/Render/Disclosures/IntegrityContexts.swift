import SiteModel
import ThaiText

// Template contexts of the integrity datasets (o21–o24, o27, o28). Every figure the site
// computes (counts, totals, a month's number of gifts) is named as computed by the templates.

extension NoGiftPolicy: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let a = announcement
        let announcementAttachments = a.attachments.map(env.attachment)
        return [
            "title": title, "fiscalYear": env.format.year(fiscalYear),
            "announcement": templateRecord([
                "title": a.title, "date": env.date(a.date), "signerName": a.signer.name,
                "signerPosition": a.signer.position, "paragraphs": a.paragraphs,
                "attachments": announcementAttachments, "hasAttachments": !announcementAttachments.isEmpty,
            ]),
            "activities": activities.map { Self.activity($0, env) },
            "activityCount": env.format.number(activities.count),
            "knowledge": knowledge.map { Self.activity($0, env) }, "hasKnowledge": !knowledge.isEmpty,
            "knowledgeCount": env.format.number(knowledge.count),
            // Files are listed beside the announcement and each activity, not again at the end.
            "attachments": [Any](),
        ]
    }

    static func activity(_ act: CultureActivity, _ env: ContextEnvironment) -> [String: Any] {
        let files = act.attachments.map(env.attachment)
        return templateRecord([
            "name": act.name, "date": env.date(act.date), "participants": act.participants,
            "participantCount": act.participantCount.map(env.format.number), "description": act.description,
            "attachments": files, "hasAttachments": !files.isEmpty,
        ])
    }
}

extension GiftRegister: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let total = gifts.reduce(Money(satang: 0)) { $0 + $1.value }
        let byMonth = Dictionary(grouping: gifts, by: \.date.yearMonth)
        let covered = Set(coveredMonths)
        let months = FiscalYear(buddhistYear: fiscalYear).months.map { m -> [String: Any] in
            let count = byMonth[m]?.count ?? 0
            let status: String
            if count > 0 {
                status = "มีการรับ"
            } else if covered.contains(m) {
                status = "ไม่มีการรับ"
            } else {
                status = "ยังไม่มีรายงาน"
            }
            return ["month": env.format.monthYear(m), "count": env.format.number(count), "status": status,
                    "isReported": covered.contains(m)]
        }
        var c: [String: Any] = [
            "title": title, "fiscalYear": env.format.year(fiscalYear),
            "noneReceivedForYear": noneReceivedForYear,
            "gifts": gifts.map { g in
                templateRecord([
                    "number": env.format.number(g.number), "date": env.format.date(g.date), "dateISO": g.date.iso,
                    "giver": g.giver.rawValue, "giverName": g.giverName, "item": g.item,
                    "value": env.format.baht(g.value), "isReportable": g.isReportable, "action": g.action,
                    "recipientName": g.recipient.name, "recipientPosition": g.recipient.position,
                ])
            },
            "months": months,
            "threshold": env.format.bahtWithUnit(GiftRegister.reportableAbove),
            "giftCount": env.format.number(gifts.count),
            "reportableCount": env.format.number(reportableGifts.count),
            "total": env.format.baht(total),
        ]
        if let asOf = env.date(asOf) { c["asOf"] = asOf }
        return c
    }
}

/// Shared pieces of the risk pages.
enum RiskContext {
    /// CSS modifier of a level; the level is always written out as text beside it.
    static func levelClass(_ l: RiskLevel) -> String {
        switch l {
        case .low: return "low"
        case .medium: return "medium"
        case .high: return "high"
        case .veryHigh: return "very-high"
        }
    }

    /// The words of the five-point scales of likelihood and impact.
    static let scaleWords = ["น้อยมาก", "น้อย", "ปานกลาง", "สูง", "สูงมาก"]

    static func span(_ r: ClosedRange<Int>, _ env: ContextEnvironment) -> String {
        r.lowerBound == r.upperBound ? env.format.number(r.lowerBound)
            : env.format.number(r.lowerBound) + "–" + env.format.number(r.upperBound)
    }

    static func numbers(_ ns: [Int], _ env: ContextEnvironment) -> String {
        ns.map(env.format.number).joined(separator: ", ")
    }
}

extension RiskAssessment: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        let matrixRows = (1...5).reversed().map { l -> [String: Any] in
            let cells = (1...5).map { i -> [String: Any] in
                let score = l * i
                let level = levels.level(forScore: score) ?? .low
                let here = risks.filter { $0.likelihood == l && $0.impact == i }.map(\.number)
                return ["score": f.number(score), "level": level.rawValue, "levelClass": RiskContext.levelClass(level),
                        "risks": RiskContext.numbers(here, env), "hasRisks": !here.isEmpty]
            }
            return ["likelihood": f.number(l), "label": RiskContext.scaleWords[l - 1], "cells": cells]
        }
        let counts = RiskLevel.allCases.reversed().map { level -> [String: Any] in
            ["level": level.rawValue, "levelClass": RiskContext.levelClass(level),
             "count": f.number(risks.filter { $0.level == level }.count)]
        }
        var c: [String: Any] = [
            "title": title, "fiscalYear": f.year(fiscalYear),
            "levels": levels.bands.map { b in
                ["level": b.level.rawValue, "levelClass": RiskContext.levelClass(b.level),
                 "scores": RiskContext.span(b.scores, env)]
            },
            "levelsAreStandard": levels.isStandard,
            "matrix": ["impacts": (1...5).map { ["value": f.number($0), "label": RiskContext.scaleWords[$0 - 1]] },
                       "rows": matrixRows],
            "levelCounts": counts,
            "riskCount": f.number(risks.count),
            "risks": risks.map { Self.risk($0, env) },
            "isScored": isScored,
            "hasNarrative": hasNarrative,
            "narrative": narrativeSections,
        ]
        if let d = env.date(assessedOn) { c["assessedOn"] = d }
        return c
    }

    /// The lists of the narrative analysis that the file has, each under its Thai heading, in
    /// the order plans give them; a cause keeps the kind of cause as written.
    var narrativeSections: [[String: Any]] {
        let lists: [(anchor: String, heading: String, entries: [RiskCause])] = [
            ("risk-corruption-types", "ประเภทของการทุจริต", corruptionTypes.map { RiskCause(text: $0) }),
            ("risk-causes", "สาเหตุและปัจจัยที่นำไปสู่การทุจริต", causes),
            ("risk-internal-factors", "ปัจจัยภายใน", internalFactors.map { RiskCause(text: $0) }),
            ("risk-external-factors", "ปัจจัยภายนอก", externalFactors.map { RiskCause(text: $0) }),
            ("risk-corrupt-acts", "พฤติการณ์ที่เป็นการทุจริต", corruptActs.map { RiskCause(text: $0) }),
        ]
        return lists.filter { !$0.entries.isEmpty }.map { list in
            ["anchor": list.anchor, "heading": list.heading,
             "entries": list.entries.map { templateRecord(["type": $0.type, "text": $0.text]) }]
        }
    }

    static func risk(_ r: Risk, _ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        return templateRecord([
            "number": f.number(r.number), "anchor": "risk-\(r.number)", "mission": r.mission, "process": r.process,
            "event": r.event, "likelihood": f.number(r.likelihood), "impact": f.number(r.impact),
            "score": f.number(r.score), "level": r.level.rawValue, "levelClass": RiskContext.levelClass(r.level),
            "controls": r.existingControls, "controlRating": r.controlRating.rawValue,
            "measures": r.measures, "hasMeasures": !r.measures.isEmpty,
            "responsible": r.responsible.isEmpty ? nil : r.responsible.joined(separator: ", "),
        ])
    }
}

extension RiskReport: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        let outcomesContext = outcomes.map { o -> [String: Any] in
            let risk = assessment?.risk(number: o.riskNumber)
            return templateRecord([
                "number": f.number(o.riskNumber), "event": risk?.event, "process": risk?.process,
                "mission": risk?.mission,
                "levelBefore": risk?.level.rawValue, "levelBeforeClass": risk.map { RiskContext.levelClass($0.level) },
                "actions": o.actions, "hasActions": !o.actions.isEmpty, "result": o.result, "status": o.status.rawValue,
                "isDone": o.status == .done,
                "residualLevel": o.residualLevel.rawValue, "residualClass": RiskContext.levelClass(o.residualLevel),
            ])
        }
        let statusCounts = RiskActionStatus.allCases.map { s -> [String: Any] in
            ["status": s.rawValue, "count": f.number(outcomes.filter { $0.status == s }.count)]
        }
        var c: [String: Any] = [
            "title": title, "fiscalYear": f.year(fiscalYear), "outcomes": outcomesContext, "summary": summary,
            "statusCounts": statusCounts, "outcomeCount": f.number(outcomes.count),
        ]
        if let a = assessment {
            c["assessment"] = ["title": a.title, "fiscalYear": f.year(a.fiscalYear), "riskCount": f.number(a.risks.count)]
        }
        if let d = env.date(reportedOn) { c["reportedOn"] = d }
        return c
    }
}

/// The six-column measures documents (o27, o28).
enum MeasureDocumentContext {
    static func context<D: IntegrityMeasureDocument>(_ doc: D, _ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        let issues = doc.issues.map { issue -> [String: Any] in
            [
                "number": f.number(issue.number), "title": issue.title, "anchor": "issue-\(issue.number)",
                "measureCount": f.number(issue.measures.count),
                "measures": issue.measures.map { measure($0, doc.itaResults, env) },
            ]
        }
        var c: [String: Any] = [
            "title": doc.title, "fiscalYear": f.year(doc.fiscalYear), "isReport": D.isReport, "issues": issues,
            "measureCount": f.number(doc.issues.reduce(0) { $0 + $1.measures.count }),
        ]
        if let ita = doc.itaResults { c["itaYear"] = f.year(ita.fiscalYear) }
        return c
    }

    static func measure(_ m: IntegrityMeasure, _ ita: ITAResults?, _ env: ContextEnvironment) -> [String: Any] {
        let indicators = m.itaIndicators.map { n -> [String: Any] in
            let stated = ita?.indicator(number: n)
            return templateRecord([
                "number": env.format.number(n),
                "name": stated?.name ?? ITAFramework.name(ofIndicator: n),
                "average": stated.map { env.format.decimal($0.average.text) },
            ])
        }
        return templateRecord([
            "number": env.format.number(m.number), "name": m.name,
            "steps": texts(m.steps, env), "results": texts(m.results, env), "outcomes": texts(m.outcomes, env),
            "responsible": m.responsible, "period": env.format.dateRange(m.period.start, m.period.end),
            "indicators": indicators, "hasIndicators": !indicators.isEmpty,
        ])
    }

    /// Numbered entries get ๑., ๒., … in order; unnumbered ones none.
    static func texts(_ list: [MeasureText], _ env: ContextEnvironment) -> [[String: Any]] {
        var n = 0
        return list.map { t in
            if t.numbered { n += 1 }
            return templateRecord([
                "marker": t.numbered ? env.format.number(n) + "." : nil, "text": t.text,
                "items": t.items, "hasItems": !t.items.isEmpty,
            ])
        }
    }
}

extension IntegrityMeasures: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] { MeasureDocumentContext.context(self, env) }
}

extension IntegrityReport: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] { MeasureDocumentContext.context(self, env) }
}
