import SiteModel
import ThaiText

extension Procurement: TemplateContextProviding {
    /// The list of the year (a compact table), totals by method (computed), and the 12 months
    /// of the year, each with its summary in the columns of แบบ สขร.๑. One pass per item.
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        var c: [String: Any] = [
            "title": title.isEmpty ? "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. " + f.year(fiscalYear) : title,
            "fiscalYear": f.year(fiscalYear),
            "period": f.dateRange(fiscal.start, fiscal.end),
            "itemCount": f.number(items.count),
        ]
        if let asOf = env.date(asOf) { c["asOf"] = asOf }

        let summaries = monthSummaries
        var listRows: [[String: Any]] = []
        listRows.reserveCapacity(items.count)
        var months: [[String: Any]] = []
        var reported = 0
        for s in summaries {
            var m: [String: Any] = ["id": "m-" + s.month.iso, "monthTitle": f.monthYear(s.month),
                                    "isNone": s.isNone, "isReported": s.isReported, "hasItems": !s.items.isEmpty,
                                    "count": f.number(s.items.count)]
            if s.isReported { reported += 1 }
            if let p = s.entry?.published { m["published"] = ["text": f.date(p), "iso": p.iso] }
            if let note = s.entry?.note { m["monthNote"] = note }
            var rows: [[String: Any]] = []
            rows.reserveCapacity(s.items.count)
            var budget = Money.zero, contract = Money.zero
            var cancelledInMonth = false
            for (i, item) in s.items.enumerated() {
                rows.append(Self.formRow(item, number: i + 1, env))
                listRows.append(Self.listRow(item, number: listRows.count + 1, env))
                if item.status == .cancelled {
                    cancelledInMonth = true
                } else {
                    budget = budget + (item.budget.money ?? .zero)
                    contract = contract + (item.contractValue ?? .zero)
                }
            }
            m["hasCancelled"] = cancelledInMonth
            m["rows"] = rows
            m["totalBudget"] = f.baht(budget)
            m["totalContract"] = f.baht(contract)
            months.append(m)
        }
        c["items"] = listRows
        c["months"] = months
        c["reportedMonths"] = f.number(reported)
        c["monthCount"] = f.number(summaries.count)

        let totals = totalsByMethod
        c["methodTotals"] = totals.map { t -> [String: Any] in
            ["method": t.method.label, "group": t.method.group, "count": f.number(t.count),
             "budget": f.baht(t.budget), "contractValue": f.baht(t.contractValue)]
        }
        c["totalCount"] = f.number(totals.reduce(0) { $0 + $1.count })
        c["totalBudget"] = f.baht(totals.reduce(Money.zero) { $0 + $1.budget })
        c["totalContract"] = f.baht(totals.reduce(Money.zero) { $0 + $1.contractValue })
        let cancelled = items.lazy.filter { $0.status == .cancelled }.count
        if cancelled > 0 { c["cancelledCount"] = f.number(cancelled) }
        return c
    }

    /// One row of the compact list of the year.
    static func listRow(_ item: ProcurementItem, number: Int, _ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        var r: [String: Any] = ["number": f.number(number), "itemTitle": item.title, "monthShort": f.shortMonthYear(item.month),
                                "budget": env.budget(item.budget)["text"] ?? "", "method": item.method.label,
                                "status": item.status.rawValue, "isCancelled": item.status == .cancelled]
        if let n = item.egpNumber { r["egp"] = f.digits(n) }
        if let c = item.contractor { r["contractor"] = c }
        if let v = item.contractValue { r["contractValue"] = f.baht(v) }
        return r
    }

    /// One row of a monthly summary, in the eight columns of แบบ สขร.๑.
    static func formRow(_ item: ProcurementItem, number: Int, _ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        var r: [String: Any] = ["number": f.number(number), "itemTitle": item.title,
                                "budget": env.budget(item.budget)["text"] ?? "", "method": item.method.label,
                                "status": item.status.rawValue, "isAwarded": item.status.isAwarded,
                                "isCancelled": item.status == .cancelled]
        if let n = item.egpNumber { r["egp"] = f.digits(n) }
        if let p = item.referencePrice { r["referencePrice"] = f.baht(p) }
        let bidders = item.bidders.map { ["name": $0.name, "price": f.baht($0.price)] }
        r["bidders"] = bidders
        r["hasBidders"] = !bidders.isEmpty
        if let c = item.contractor { r["contractor"] = c }
        if let v = item.contractValue { r["contractValue"] = f.baht(v) }
        if let reason = item.reason { r["reason"] = reason }
        if let n = item.contractNumber { r["contractNumber"] = f.digits(n) }
        if let d = item.contractDate { r["contractDate"] = ["text": f.date(d), "iso": d.iso] }
        r["hasContract"] = item.contractNumber != nil || item.contractDate != nil
        return r
    }
}

extension ProcurementReport: TemplateContextProviding {
    /// Results by method as stated; totals, savings and shares are computed and labelled so.
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        var c: [String: Any] = [
            "title": title.isEmpty ? "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. " + f.year(fiscalYear) : title,
            "fiscalYear": f.year(fiscalYear),
            "period": f.dateRange(FiscalYear(buddhistYear: fiscalYear).start, FiscalYear(buddhistYear: fiscalYear).end),
            "analysis": analysis, "problems": problems, "improvements": improvements,
        ]
        if let p = env.date(published) { c["published"] = p }
        let allBudgets = totalBudget != nil
        c["hasBudget"] = allBudgets
        let total = totalAmount
        c["methods"] = byMethod.map { r -> [String: Any] in
            var m: [String: Any] = ["method": r.method.label, "group": r.method.group, "count": f.number(r.count),
                                    "amount": f.baht(r.amount)]
            if allBudgets, let b = r.budget {
                m["budget"] = f.baht(b)
                m["savings"] = f.baht(b - r.amount)
                m["savingsPercent"] = f.percent(numerator: (b - r.amount).satang, denominator: b.satang) ?? "–"
            }
            m["share"] = f.percent(numerator: r.amount.satang, denominator: total.satang) ?? "–"
            return m
        }
        c["totalCount"] = f.number(totalCount)
        c["totalAmount"] = f.baht(total)
        if let b = totalBudget {
            c["totalBudget"] = f.baht(b)
            c["totalSavings"] = f.baht(b - total)
            c["totalSavingsPercent"] = f.percent(numerator: (b - total).satang, denominator: b.satang) ?? "–"
        }
        return c
    }
}
