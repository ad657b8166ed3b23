import SiteModel
import ThaiText

extension Procurement: TemplateContextProviding, SubpageProviding {
    /// The most items a year's page shows itself. A year with more items is published as an
    /// overview (totals by method and the month index) plus one page per reported month at
    /// `<page URL><yyyy-mm>/`, holding that month's แบบ สขร.๑ and its items: a single page of
    /// 10,000 items is several megabytes and unusable on a phone. At or under this many items the
    /// year stays one page with the list and every month.
    public static let monthPageThreshold = 200

    /// The year is published as an overview plus one page per reported month.
    public var hasMonthPages: Bool { items.count > Self.monthPageThreshold }

    /// The list of the year (a compact table), totals by method (computed), and the 12 months
    /// of the year, each with its summary in the columns of แบบ สขร.๑. One pass per item. For a
    /// year with month pages the list and the monthly tables are left out (the month pages
    /// hold them) and each reported month has the `slug` of its page.
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        let split = hasMonthPages
        var c: [String: Any] = [
            "title": yearTitle(env),
            "fiscalYear": f.year(fiscalYear),
            "period": f.dateRange(fiscal.start, fiscal.end),
            "itemCount": f.number(items.count),
            "monthPages": split,
            "listMonth": false,
        ]
        if let asOf = env.date(asOf) { c["asOf"] = asOf }

        let summaries = monthSummaries
        var listRows: [[String: Any]] = []
        if !split { listRows.reserveCapacity(items.count) }
        var months: [[String: Any]] = []
        var reported = 0
        for s in summaries {
            if s.isReported { reported += 1 }
            months.append(Self.monthContext(s, withRows: !split, env))
            if !split {
                for item in s.items { listRows.append(Self.listRow(item, number: listRows.count + 1, env)) }
            }
        }
        if !split { c["items"] = listRows }
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

    /// The page's title: the document's own, or one naming the year.
    func yearTitle(_ env: ContextEnvironment) -> String {
        title.isEmpty ? "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. " + env.format.year(fiscalYear) : title
    }

    /// One month of the year: its state, count and computed totals, and (with rows) the rows
    /// of its แบบ สขร.๑. Every optional value is present, as `false` when absent, so a
    /// month page never finds another month's value.
    static func monthContext(_ s: ProcurementMonthSummary, withRows: Bool, _ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        var m: [String: Any] = ["id": "m-" + s.month.iso, "slug": s.month.iso, "monthTitle": f.monthYear(s.month),
                                "isNone": s.isNone, "isReported": s.isReported, "hasItems": !s.items.isEmpty,
                                "count": f.number(s.items.count)]
        m["published"] = env.date(s.entry?.published) ?? false
        m["monthNote"] = s.entry?.note ?? false
        var rows: [[String: Any]] = []
        if withRows { rows.reserveCapacity(s.items.count) }
        var budget = Money.zero, contract = Money.zero
        var cancelledInMonth = false
        for (i, item) in s.items.enumerated() {
            if withRows { rows.append(formRow(item, number: i + 1, env)) }
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
        return m
    }

    /// For a year with more than `monthPageThreshold` items: one page per reported month, slug
    /// `yyyy-mm`, with the month's แบบ สขร.๑, its items with their progress, and links to the
    /// previous and next reported months. None for a smaller year.
    public func subpages(_ env: ContextEnvironment) -> [Subpage] {
        guard hasMonthPages else { return [] }
        let f = env.format
        let reported = monthSummaries.filter(\.isReported)
        let yearTitle = yearTitle(env)
        func link(_ s: ProcurementMonthSummary) -> [String: Any] {
            ["slug": s.month.iso, "monthTitle": f.monthYear(s.month)]
        }
        return reported.enumerated().map { i, s in
            let monthTitle = f.monthYear(s.month)
            let c: [String: Any] = [
                "fiscalYear": f.year(fiscalYear),
                "month": Self.monthContext(s, withRows: true, env),
                "items": s.items.enumerated().map { n, item in Self.listRow(item, number: n + 1, env) },
                "hasItems": !s.items.isEmpty,
                "itemCount": f.number(s.items.count),
                "listMonth": monthTitle,
                "asOf": env.date(asOf) ?? false,
                "previous": i > 0 ? link(reported[i - 1]) : false,
                "next": i + 1 < reported.count ? link(reported[i + 1]) : false,
            ]
            return Subpage(slug: s.month.iso, title: "การจัดซื้อจัดจ้างเดือน" + monthTitle,
                           description: "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน\(monthTitle) (แบบ สขร.๑) และรายการจัดซื้อจัดจ้าง "
                               + "\(f.number(s.items.count)) รายการ — \(yearTitle)",
                           context: c, template: "procurement-month-page")
        }
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
