import SiteModel
import ThaiText

/// Template values shared by manuals and the complaint guideline. Keys of nested records carry
/// a prefix (`step…`, `fee…`) so that a value a record leaves out is never looked up in the
/// enclosing context by Mustache.
enum ProcedureContext {
    static func steps(_ steps: [ProcedureStep], _ env: ContextEnvironment) -> [[String: Any]] {
        steps.enumerated().map { i, s in
            var c: [String: Any] = ["stepNumber": env.format.number(i + 1), "stepText": s.description]
            if let d = s.duration { c["stepDuration"] = d }
            if let r = s.responsible { c["stepResponsible"] = r }
            return c
        }
    }

    static func contact(_ c: ContactPoint?, _ env: ContextEnvironment) -> [String: Any]? {
        guard let c else { return nil }
        var out: [String: Any] = [:]
        if let n = c.name { out["contactName"] = n }
        if let p = c.phone {
            out["contactPhone"] = env.format.digits(p)
            out["contactTel"] = telephoneLink(p)
        }
        if let e = c.email { out["contactEmail"] = e }
        if let a = c.address { out["contactAddress"] = a }
        return out
    }

    /// The digits (and a leading +) of a phone number, for a `tel:` link.
    static func telephoneLink(_ phone: String) -> String {
        String(asciiDigits(phone).filter { $0.isASCII && ($0.isNumber || $0 == "+") })
    }
}

extension Manual: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        var c: [String: Any] = [
            "title": title, "audienceLabel": audience.label, "isCitizen": audience == .citizen, "isStaff": audience == .staff,
            "service": service, "unit": unit, "legalBasis": legalBasis,
            "channels": channels.map { ch -> [String: Any] in
                var e: [String: Any] = ["channelName": ch.name]
                if let h = ch.hours { e["channelHours"] = h }
                if let u = ch.url { e["channelURL"] = u }
                if let n = ch.note { e["channelNote"] = n }
                return e
            },
            "steps": ProcedureContext.steps(steps, env),
            "stepsHaveResponsible": steps.contains { $0.responsible != nil },
        ]
        if let d = env.date(issued) { c["issued"] = d }
        // The stated total; the number of days alone is shown only when no text is stated.
        if let t = totalDuration { c["totalDuration"] = t }
        else if let d = totalDays { c["totalDuration"] = env.format.number(d) + " วัน" }
        switch fees {
        case .notStated: c["feesNotStated"] = true
        case .free: c["feesFree"] = true
        case .items(let items):
            c["fees"] = items.map { f -> [String: Any] in
                var e: [String: Any] = ["feeItem": f.item]
                switch f.amount {
                case .amount(let m): e["feeAmount"] = env.format.bahtWithUnit(m)
                case .free: e["feeAmount"] = "ไม่มีค่าธรรมเนียม"; e["feeIsFree"] = true
                }
                if let u = f.unit { e["feeUnit"] = u }
                if let n = f.note { e["feeNote"] = n }
                return e
            }
        }
        switch documents {
        case .notStated: c["documentsNotStated"] = true
        case .noneNeeded: c["documentsNoneNeeded"] = true
        case .items(let docs):
            c["documents"] = docs.map { d -> [String: Any] in
                var e: [String: Any] = ["documentName": d.name]
                if let n = d.count { e["documentCount"] = env.format.number(n) + " " + d.unit }
                if let note = d.note { e["documentNote"] = note }
                return e
            }
        }
        c["showFees"] = audience == .citizen || fees.isStated
        c["showDocuments"] = audience == .citizen || documents.isStated
        if let contact = ProcedureContext.contact(contact, env) { c["contact"] = contact }
        if let complaints { c["complaints"] = complaints }
        return c
    }
}

extension EServices: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        ["title": title, "count": env.format.number(services.count),
         "services": services.map { s -> [String: Any] in
             var e: [String: Any] = ["serviceName": s.name, "serviceDescription": s.description, "serviceURL": s.url,
                                     "serviceChannel": s.channel.label, "serviceUnit": s.unit]
             if let h = s.hours { e["serviceHours"] = h }
             if let n = s.note { e["serviceNote"] = n }
             return e
         },
         "usageYears": usageYears(env)]
    }

    /// The usage figures by fiscal year, newest first: a table of services × the months of the
    /// year, with a computed total per service.
    func usageYears(_ env: ContextEnvironment) -> [[String: Any]] {
        let f = env.format
        let years = Set(services.flatMap { $0.usage.map(\.month.fiscalYear.buddhistYear) }).sorted(by: >)
        return years.map { year -> [String: Any] in
            let months = FiscalYear(buddhistYear: year).months
            let rows = services.map { s -> [String: Any] in
                let cells = months.map { m -> [String: Any] in
                    guard let v = s.usage(in: m) else { return ["text": "–", "isMissing": true, "monthFull": f.monthYear(m)] }
                    return ["text": f.number(v), "isMissing": false]
                }
                let total = months.compactMap(s.usage(in:)).reduce(0, +)
                return ["name": s.name, "cells": cells, "total": f.number(total)]
            }
            return ["fiscalYear": f.year(year), "id": "eservices-usage-\(year)",
                    "monthHeaders": months.map { ["short": f.shortMonthYear($0), "full": f.monthYear($0)] }, "rows": rows]
        }
    }
}
