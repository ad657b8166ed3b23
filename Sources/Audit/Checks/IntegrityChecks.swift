import SiteModel
import ThaiText

/// Checks of o21–o28 over the integrity datasets.
extension Checks {
    static let planChecks: [String: Check] = [
        "anti-corruption-plan": antiCorruptionPlan, "anti-corruption-report": antiCorruptionReport,
        "no-gift-policy": noGiftPolicy, "gift-register": giftRegister, "risk-assessment": riskAssessment,
        "risk-report": riskReport, "integrity-measures": integrityMeasures, "integrity-report": integrityReport,
    ]

    /// o21: the executive's announcement (dated, signed) and culture-building activities.
    static let noGiftPolicy: Check = { input in
        let (found, failure) = presented(input, NoGiftPolicy.self, nameTH: "ประกาศนโยบาย No Gift Policy",
                                         example: "data/integrity/no-gift-policy.yaml")
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, p, _) in found {
            if (p.announcement.signer.name ?? "").isEmpty {
                reasons.append(reason("ประกาศไม่ระบุผู้ลงนาม", "the announcement names no signer", p, field: "announcement.signer"))
            }
            if p.activities.isEmpty {
                reasons.append(reason("ไม่มีกิจกรรมสร้างวัฒนธรรม No Gift", "no culture-building activity is listed", p, field: "activities"))
            }
        }
        // ITA 2569: knowledge-building on the rules for accepting gifts within Y.
        if input.rule.parameter("knowledge") == "current" {
            let fy = input.evidence.fiscalYear
            if !found.contains(where: { $0.value.knowledge.contains { fy.contains($0.date) } }) {
                reasons.append(OITReason(th: "ไม่มีกิจกรรมเสริมสร้างความรู้เรื่องหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดในปีงบประมาณ \(fy.buddhistYear)",
                                         en: "no knowledge-building on the rules for accepting gifts within fiscal year \(fy.buddhistYear) (knowledge:)",
                                         file: found.first?.value.source.file, field: "knowledge"))
            }
        }
        var urls = urls(found, input)
        // ITA 2569 merges the gift register of Y into the item (`register: current`).
        if input.rule.parameter("register") == "current" {
            let register = giftRegister(input)
            reasons += register.reasons
            urls += register.urls
        }
        return outcome(reasons, urls: urls)
    }

    /// o22: the register of Y, every elapsed month accounted for ("none received" is valid).
    static let giftRegister: Check = { input in
        let (found, failure) = ofYear(input, GiftRegister.self, nameTH: "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด",
                                      example: "data/integrity/gifts-\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, g, _) in found where !g.noneReceivedForYear {
            let covered = Set(g.coveredMonths)
            let missing = input.monthsDue.filter { !covered.contains($0) }
            if !missing.isEmpty {
                reasons.append(reason("ทะเบียนไม่ครอบคลุมเดือน \(monthText(missing)) (ถ้าไม่ได้รับ ให้ระบุว่าไม่มีการรับ)",
                                      "the register does not cover \(missing.map(\.iso).joined(separator: ", ")) (declare none received)",
                                      g, record: missing.first?.iso, field: "as_of"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    /// o23: scored risks of Y, each with its event and measures.
    static let riskAssessment: Check = { input in
        let (found, failure) = ofYear(input, RiskAssessment.self, nameTH: "การประเมินความเสี่ยงการให้หรือรับสินบน",
                                      example: "data/integrity/risks-\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, a, _) in found {
            if a.risks.isEmpty && a.hasNarrative {
                // The catalogue asks for scored risks (event, likelihood, impact, level, measures):
                // a narrative analysis alone is published, and the item says what it still lacks.
                reasons.append(reason("มีการวิเคราะห์ความเสี่ยงแบบบรรยาย แต่ไม่มีการประเมินความเสี่ยงแบบให้คะแนน (โอกาส × ผลกระทบ ระดับความเสี่ยง และมาตรการ)",
                                      "no scored assessment: the file has a narrative risk analysis only; the item needs each risk with its likelihood, impact, level and measures",
                                      a, field: "risks"))
            } else if a.risks.isEmpty {
                reasons.append(reason("ไม่มีความเสี่ยงที่ประเมิน", "no risk is assessed", a, field: "risks"))
            }
            for risk in a.risks where risk.measures.isEmpty {
                reasons.append(reason("ความเสี่ยงที่ \(risk.number) ไม่มีมาตรการ", "risk \(risk.number) has no measures", a,
                                      line: risk.source.line, record: "risk \(risk.number)", field: "measures"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    /// o24: the report of Y−1 on the risks of its assessment.
    static let riskReport: Check = { input in
        let (found, failure) = ofYear(input, RiskReport.self, nameTH: "รายงานผลการจัดการความเสี่ยง",
                                      example: "data/integrity/risk-report-\(input.evidence.year - 1).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, r, _) in found {
            if r.outcomes.isEmpty {
                reasons.append(reason("รายงานไม่มีผลการดำเนินการ", "the report gives no outcomes", r, field: "outcomes"))
            }
            let reported = Set(r.outcomes.map(\.riskNumber))
            for risk in r.assessment?.risks ?? [] where !reported.contains(risk.number) {
                reasons.append(reason("รายงานไม่มีผลของความเสี่ยงที่ \(risk.number)", "the report has no outcome for risk \(risk.number)",
                                      r, record: "risk \(risk.number)", field: "outcomes"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    static func measureDocument<D: IntegrityMeasureDocument>(_ input: CheckInput, _ type: D.Type, nameTH: String,
                                                             example: String, needsResults: Bool) -> CheckOutcome {
        let (found, failure) = ofYear(input, type, nameTH: nameTH, example: example, year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, d, _) in found {
            if !needsResults {
                // Measures answer the previous assessment: the document names its results, and
                // its measures the indicators they answer.
                if let results = d.itaResults, results.fiscalYear != input.evidence.year - 1 {
                    reasons.append(reason("มาตรการอ้างถึงผลการประเมิน ITA \(results.fiscalYear) ไม่ใช่ของปีที่ผ่านมา (\(input.evidence.year - 1))",
                                          "the measures answer the ITA results of \(results.fiscalYear), not of the previous year \(input.evidence.year - 1)",
                                          d, line: d.itaResultsLine, field: "ita_results"))
                } else if d.itaResults == nil {
                    reasons.append(reason("มาตรการไม่ได้อ้างถึงผลการประเมิน ITA ของปีที่ผ่านมา (ita_results)",
                                          "the measures name no results of the previous ITA (ita_results)", d,
                                          line: d.itaResultsLine, field: "ita_results"))
                }
                let cited = d.issues.flatMap(\.measures).filter { !$0.itaIndicators.isEmpty }
                if cited.isEmpty {
                    reasons.append(reason("ไม่มีมาตรการใดระบุตัวชี้วัด ITA ที่มาตรการนั้นแก้ไข (ita_indicators)",
                                          "no measure names the ITA indicators it answers (ita_indicators)", d, field: "ita_indicators"))
                }
            }
            let measures = d.issues.flatMap(\.measures)
            if measures.isEmpty {
                reasons.append(reason("ไม่มีมาตรการ", "no measure is listed", d, field: "issues"))
            }
            for m in measures where m.responsible.isEmpty || (needsResults && m.results.isEmpty) {
                let field = m.responsible.isEmpty ? "responsible" : "results"
                reasons.append(reason("มาตรการที่ \(m.number) ไม่ระบุ\(field == "responsible" ? "ผู้รับผิดชอบ" : "ผลการดำเนินการ")",
                                      "measure \(m.number) has no \(field)", d, line: m.source.line, record: "measure \(m.number)",
                                      field: field))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    /// o27: measures of Y answering the previous ITA.
    static let integrityMeasures: Check = { input in
        measureDocument(input, IntegrityMeasures.self, nameTH: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
                        example: "data/integrity/measures-\(input.evidence.year).yaml", needsResults: false)
    }

    /// o28: the results of the measures of Y−1.
    static let integrityReport: Check = { input in
        measureDocument(input, IntegrityReport.self, nameTH: "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม",
                        example: "data/integrity/measures-report-\(input.evidence.year - 1).yaml", needsResults: true)
    }

    /// o25: a plan whose fiscal years include Y, organised by dimensions with items.
    static let antiCorruptionPlan: Check = { input in
        let y = input.evidence.year
        let (found, failure) = presented(input, AntiCorruptionPlan.self, nameTH: "แผนปฏิบัติการป้องกันการทุจริต",
                                         example: "data/anti-corruption-plan-2566-2570.yaml",
                                         matches: { $0.fiscalYears.contains(y) },
                                         yearText: { p in "\(p.fiscalYears.first ?? 0)–\(p.fiscalYears.last ?? 0)" },
                                         yearField: "fiscal_years")
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
            // A budget for the assessed year, stated somewhere: an item's, a group's or a total
            // ("ไม่ใช้งบประมาณ" is a statement too).
            if !plan.items.isEmpty && !statesBudget(plan, year: y) {
                reasons.append(reason("แผนไม่ระบุงบประมาณของปีงบประมาณ \(y) ในโครงการ/กิจกรรมใดเลย",
                                      "the plan states no budget for fiscal year \(y) for any item", plan, field: "budget"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    /// Whether an anti-corruption plan states a budget for fiscal year `year` somewhere: an item's,
    /// a group's or a total ("ไม่ใช้งบประมาณ" is a statement too). A function of its own, in plain
    /// loops: the same test written as one expression of closures crashes the Swift 6.x optimizer
    /// (CopyPropagation, "Found ownership error") in release builds.
    static func statesBudget(_ plan: AntiCorruptionPlan, year: Int) -> Bool {
        for item in plan.items where (item.budget[year] ?? .notStated) != .notStated { return true }
        for group in plan.budgetGroups where (group.budget[year] ?? .notStated) != .notStated { return true }
        if (plan.statedTotal?.budget[year] ?? .notStated) != .notStated { return true }
        for total in plan.statedDimensionTotals.values where (total.budget[year] ?? .notStated) != .notStated { return true }
        return false
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
            if !report.entries.contains(where: { $0.spent != nil }) && report.statedSummary?.spent == nil {
                reasons.append(reason("รายงานไม่ระบุงบประมาณที่ใช้จ่าย", "the report states no money spent", report, field: "spent"))
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
