import SiteModel
import ThaiText

/// Checks of o21–o28 over the integrity datasets.
extension Checks {
    static let planChecks: [String: Check] = [
        "anti-corruption-plan": antiCorruptionPlan, "anti-corruption-report": antiCorruptionReport,
    ]

    /// o25: a plan whose fiscal years include Y, organised by dimensions with items.
    static let antiCorruptionPlan: Check = { input in
        let y = input.evidence.year
        let (found, failure) = presented(input, AntiCorruptionPlan.self, nameTH: "แผนปฏิบัติการป้องกันการทุจริต",
                                         example: "data/anti-corruption-plan-2566-2570.yaml",
                                         matches: { $0.fiscalYears.contains(y) },
                                         yearText: { p in "\(p.fiscalYears.first ?? 0)–\(p.fiscalYears.last ?? 0)" })
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, plan, _) in found {
            if plan.dimensions.count != 4 {
                reasons.append(reason("แผนมี \(plan.dimensions.count) มิติ ไม่ใช่ ๔ มิติตามกรอบของ ป.ป.ช.",
                                      "the plan has \(plan.dimensions.count) dimensions, not the NACC framework's 4", plan,
                                      field: "dimensions"))
            }
            if plan.items.isEmpty {
                reasons.append(reason("แผนไม่มีโครงการ/กิจกรรม/มาตรการ", "the plan lists no items", plan, field: "dimensions"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    /// o26: the report on the plan for Y−1, every item of the plan accounted for.
    static let antiCorruptionReport: Check = { input in
        let (found, failure) = ofYear(input, AntiCorruptionReport.self, nameTH: "รายงานผลการดำเนินการป้องกันการทุจริต",
                                      example: "data/anti-corruption-report-\(input.evidence.year - 1).yaml",
                                      year: { $0.fiscalYear.value })
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, report, _) in found {
            if report.plan == nil {
                reasons.append(reason("รายงานไม่ได้อ้างถึงแผนปฏิบัติการที่มีอยู่", "the report names no existing plan", report, field: "plan"))
            }
            let missing = report.unreportedItems
            if !missing.isEmpty {
                reasons.append(reason("รายงานไม่ได้รายงานผล \(missing.count) รายการของแผน เช่น \(missing[0].code)",
                                      "the report leaves out \(missing.count) plan item(s), e.g. \(missing[0].code)", report,
                                      record: "\(missing[0].code)", field: "entries"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }
}
