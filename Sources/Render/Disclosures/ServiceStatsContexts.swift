import SiteModel
import ThaiText

extension ServiceStats: TemplateContextProviding {
    /// A table of services × the 12 months (October to September) with a computed total, and
    /// the geometry of a bar chart of the same figures (one row of 12 bars per service, each
    /// row scaled to its own largest figure), which the theme draws as inline SVG.
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        let months = fiscal.months
        var c: [String: Any] = [
            "title": title.isEmpty ? "สถิติการให้บริการ ประจำปีงบประมาณ พ.ศ. " + f.year(fiscalYear) : title,
            "fiscalYear": f.year(fiscalYear),
            "period": f.dateRange(fiscal.start, fiscal.end),
            "monthHeaders": months.map { ["short": f.shortMonthYear($0), "full": f.monthYear($0)] },
            "completeMonths": f.number(completeMonths.count),
            "monthCount": f.number(months.count),
        ]
        if let asOf = env.date(asOf) { c["asOf"] = asOf }
        if let note { c["note"] = note }
        var rows: [[String: Any]] = []
        for s in services {
            let byMonth = Dictionary(s.figures.map { ($0.month, $0.value) }, uniquingKeysWith: { a, _ in a })
            let cells = months.map { m -> [String: Any] in
                if let v = byMonth[m] { return ["text": f.number(v), "isMissing": false] }
                return ["text": "–", "isMissing": true, "monthFull": f.monthYear(m)]
            }
            var r: [String: Any] = ["name": s.name, "unit": s.unit, "cells": cells, "total": f.number(s.total),
                                    "missingCount": f.number(months.count - byMonth.count),
                                    "hasMissing": byMonth.count < months.count]
            if let d = s.department { r["department"] = d }
            rows.append(r)
        }
        c["services"] = rows
        c["chart"] = Self.chart(services, months: months, env)
        return c
    }

    /// Chart geometry in SVG user units (plain ASCII numbers); labels through the formatter.
    static func chart(_ services: [ServiceSeries], months: [YearMonth], _ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        let width = 720, left = 8, slot = (width - 2 * left) / 12, barWidth = slot * 3 / 5
        let rowHeight = 112, labelHeight = 20, valueHeight = 16, barArea = 44
        var rows: [[String: Any]] = []
        for (index, s) in services.enumerated() {
            let top = index * rowHeight
            let baseline = top + labelHeight + valueHeight + barArea
            let byMonth = Dictionary(s.figures.map { ($0.month, $0.value) }, uniquingKeysWith: { a, _ in a })
            let largest = max(1, s.figures.map(\.value).max() ?? 0)
            var bars: [[String: Any]] = []
            for (i, m) in months.enumerated() {
                let x = left + i * slot + (slot - barWidth) / 2
                let centre = x + barWidth / 2
                var bar: [String: Any] = ["labelX": "\(centre)", "monthY": "\(baseline + 16)",
                                          "monthText": ThaiMonthNames.short(month: m.month)]
                guard let v = byMonth[m] else {
                    bar["isMissing"] = true
                    bar["labelY"] = "\(baseline - 4)"
                    bars.append(bar)
                    continue
                }
                let h = v == 0 ? 0 : max(1, (v * barArea + largest / 2) / largest)
                bar["isMissing"] = false
                bar["x"] = "\(x)"
                bar["y"] = "\(baseline - h)"
                bar["width"] = "\(barWidth)"
                bar["height"] = "\(h)"
                bar["labelY"] = "\(baseline - h - 4)"
                bar["value"] = f.number(v)
                bars.append(bar)
            }
            rows.append(["label": "\(s.name) (\(s.unit))", "labelY": "\(top + 14)", "baseline": "\(baseline)",
                         "lineStart": "\(left)", "lineEnd": "\(width - left)", "bars": bars])
        }
        return ["width": "\(width)", "height": "\(services.count * rowHeight)", "rows": rows]
    }
}
