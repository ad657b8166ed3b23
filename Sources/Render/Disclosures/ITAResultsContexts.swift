import SiteModel
import ThaiText

extension ITAResults: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        var overall: [String: Any] = ["score": f.decimal(overallScore.text), "level": level]
        if let target { overall["target"] = f.decimal(target.text) }
        var c: [String: Any] = [
            "title": title, "fiscalYear": f.year(fiscalYear), "overall": overall, "summary": summary,
            "indicators": indicators.map { Self.indicator($0, env) },
            "toolCounts": ITATool.allCases.compactMap { tool -> [String: Any]? in
                let n = items(of: tool).count
                guard n > 0 else { return nil }
                return ["tool": tool.rawValue, "toolName": tool.thaiName, "count": f.number(n)]
            },
            "chart": Self.chart(self, env),
        ]
        if let agency { c["agency"] = agency }
        return c
    }

    static func indicator(_ i: ITAIndicator, _ env: ContextEnvironment) -> [String: Any] {
        let f = env.format
        return templateRecord([
            "number": f.number(i.number), "anchor": "indicator-\(i.number)", "name": i.name, "tool": i.tool.rawValue,
            "toolName": i.tool.thaiName, "average": f.decimal(i.average.text),
            "items": i.items.map { ["id": $0.id, "text": $0.text, "score": f.decimal($0.score.text)] },
            "hasItems": !i.items.isEmpty, "itemCount": f.number(i.items.count),
            "analysis": i.analysis, "hasAnalysis": !i.analysis.isEmpty,
            "recommendations": i.recommendations, "hasRecommendations": !i.recommendations.isEmpty,
        ])
    }

    /// A horizontal bar per indicator, from the stated averages (SVG geometry in ASCII digits;
    /// the labels follow the site's digits). The table of the same figures sits beside it.
    static func chart(_ r: ITAResults, _ env: ContextEnvironment) -> [String: Any] {
        let left = 120, span = 400, row = 30, top = 10, barHeight = 18
        func x(_ hundredths: Int) -> Int { left + min(hundredths, 100_00) * span / 100_00 }
        let bars = r.indicators.enumerated().map { n, i -> [String: Any] in
            let y = top + n * row
            return ["label": "ตัวชี้วัดที่ " + env.format.number(i.number), "value": env.format.decimal(i.average.text),
                    "y": String(y), "barY": String(y + 2), "textY": String(y + 15), "width": String(x(i.average.hundredths) - left),
                    "valueX": String(x(i.average.hundredths) + 6)]
        }
        let height = top + r.indicators.count * row + 24
        var chart: [String: Any] = [
            "bars": bars, "height": String(height), "left": String(left), "right": String(left + span),
            "axisY": String(height - 20), "labelY": String(height - 6), "barHeight": String(barHeight),
            "zero": env.format.number(0), "hundred": env.format.number(100), "labelX": String(left - 8),
        ]
        if let t = r.target {
            chart["target"] = ["x": String(x(t.hundredths)), "label": "เป้าหมาย " + env.format.decimal(t.text),
                               "y2": String(height - 20)]
        }
        return chart
    }
}
