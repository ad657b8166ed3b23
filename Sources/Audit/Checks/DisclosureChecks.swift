import SiteModel
import ThaiText

/// Checks of o5–o20 over the disclosure datasets.
extension Checks {
    static let disclosureChecks: [String: Check] = [
        "development-plan": developmentPlan, "annual-plan": annualPlan, "annual-report": annualReport,
        "manual": manual, "eservices": eservices, "service-stats": serviceStats, "procurement": procurement,
        "procurement-report": procurementReport, "hr-plan": hrPlan, "hr-report": hrReport, "ethics": ethics,
        "complaint-procedure": complaintProcedure, "complaint-channels": complaintChannels,
        "complaint-stats": complaintStats, "participation": participation,
    ]

    // MARK: Year selection

    /// Datasets of the fiscal year the rule asks for (Y or Y−1).
    static func ofYear<D: Disclosure>(_ input: CheckInput, _ type: D.Type, nameTH: String, example: String,
                                      year: @escaping (D) -> Int) -> (found: [(key: String, value: D, pages: [Page])], failure: CheckOutcome?) {
        let wanted = input.requiredYear ?? input.evidence.year
        return presented(input, type, nameTH: nameTH, example: example, matches: { year($0) == wanted },
                         yearText: { "fiscal year \(year($0))" })
    }

    /// Datasets whose period includes the assessed year.
    static func covering<D: Disclosure>(_ input: CheckInput, _ type: D.Type, nameTH: String, example: String,
                                        span: @escaping (D) -> FiscalYearSpan) -> (found: [(key: String, value: D, pages: [Page])], failure: CheckOutcome?) {
        presented(input, type, nameTH: nameTH, example: example, matches: { span($0).contains(input.evidence.year) },
                  yearText: { "\(span($0).first)–\(span($0).last)" })
    }

    static func reason(_ th: String, _ en: String, _ d: some Disclosure, line: Int? = nil, record: String? = nil,
                       field: String? = nil) -> OITReason {
        OITReason(th: th, en: en, file: d.source.file, line: line ?? d.source.line, record: record, field: field)
    }

    static func monthText(_ months: [YearMonth]) -> String {
        months.map { ThaiFormatter.arabic.shortMonthYear($0) }.joined(separator: ", ")
    }

    // MARK: o5–o7

    static let developmentPlan: Check = { input in
        let (found, failure) = covering(input, DevelopmentPlan.self, nameTH: "แผนพัฒนาท้องถิ่น",
                                        example: "data/plans/development-2566-2570.yaml", span: \.period)
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, plan, _) in found {
            if plan.strategies.isEmpty {
                reasons.append(reason("แผนพัฒนาไม่มียุทธศาสตร์", "the plan lists no strategies", plan, field: "strategies"))
            }
            if plan.goals.isEmpty && plan.strategies.allSatisfy({ $0.goals.isEmpty }) {
                reasons.append(reason("แผนพัฒนาไม่มีเป้าประสงค์", "the plan states no goals", plan, field: "goals"))
            }
            if plan.strategies.allSatisfy({ $0.indicators.isEmpty }) {
                reasons.append(reason("แผนพัฒนาไม่มีตัวชี้วัด", "the plan states no indicators", plan, field: "strategies[].indicators"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    /// o6: the plan of Y with projects and budgets; the 6-month report once March has ended, the
    /// 12-month report once the year has ended.
    static let annualPlan: Check = { input in
        let (found, failure) = ofYear(input, AnnualPlan.self, nameTH: "แผนการดำเนินงานประจำปี",
                                      example: "data/plans/annual-\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        let fy = input.evidence.fiscalYear
        for (_, plan, _) in found {
            if plan.projects.isEmpty {
                reasons.append(reason("แผนการดำเนินงานไม่มีโครงการ", "the plan lists no projects", plan, field: "projects"))
            }
            for period in [ProgressPeriod.sixMonths, .twelveMonths] where period.end(of: fy) < input.evidence.asOf {
                if !plan.progress.contains(where: { $0.period == period }) {
                    let th = period == .sixMonths ? "รายงานความก้าวหน้า ๖ เดือน (ต.ค.–มี.ค.)" : "รายงานผล ๑๒ เดือน"
                    reasons.append(reason("ไม่มี\(th) ทั้งที่พ้นวันที่ \(period.end(of: fy).iso) แล้ว",
                                          "no \(period.rawValue) progress report although \(period.end(of: fy).iso) has passed",
                                          plan, field: "progress"))
                }
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    static let annualReport: Check = { input in
        let (found, failure) = ofYear(input, AnnualReport.self, nameTH: "รายงานผลการดำเนินงานประจำปี",
                                      example: "data/reports/annual-\(input.evidence.year - 1).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, r, _) in found {
            if r.summary.isEmpty && r.results.isEmpty {
                reasons.append(reason("รายงานไม่มีผลการดำเนินงาน", "the report states no results", r, field: "results"))
            }
            if r.spent == nil {
                reasons.append(reason("รายงานไม่ระบุงบประมาณที่ใช้", "the report does not state the money spent", r, field: "spent"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    // MARK: o8–o11

    static let manual: Check = { input in
        let audience = ManualAudience(rawValue: input.rule.parameter("audience") ?? "citizen") ?? .citizen
        let nameTH = audience == .staff ? "คู่มือการปฏิบัติงานของเจ้าหน้าที่" : "คู่มือสำหรับประชาชน"
        let (found, failure) = presented(input, Manual.self, nameTH: nameTH, example: "data/manuals/…yaml",
                                         matches: { $0.audience == audience })
        if let failure { return failure }
        let complete = found.filter { $0.value.missingOITFields.isEmpty }
        guard !complete.isEmpty else {
            return .fail(found.map { f in
                reason("\(nameTH)ใน \(f.value.source.file) ขาด \(f.value.missingOITFields.joined(separator: ", "))",
                       "\(f.value.source.file) lacks \(f.value.missingOITFields.joined(separator: ", "))", f.value,
                       field: f.value.missingOITFields.first)
            }, urls: urls(found, input))
        }
        return CheckOutcome(status: .pass, urls: urls(complete, input))
    }

    /// o10: passes with a note: whether each address answers can only be seen online.
    static let eservices: Check = { input in
        let (found, failure) = presented(input, EServices.self, nameTH: "บริการออนไลน์ (E-Service)", example: "data/eservices.yaml")
        if let failure { return failure }
        let services = found.flatMap(\.value.services)
        guard !services.isEmpty else {
            return .fail(found.map { reason("ไม่มีบริการออนไลน์ในรายการ", "no service is listed", $0.value, field: "services") })
        }
        let note = OITReason(th: "ให้ผู้ตรวจเปิดลิงก์บริการออนไลน์ \(services.count) รายการเพื่อยืนยันว่าใช้งานได้: \(services.map(\.url).joined(separator: " "))",
                             en: "a person should open the \(services.count) e-service address(es) to confirm they work (not checked offline)",
                             file: found.first?.value.source.file)
        return CheckOutcome(status: .pass, reasons: [note], urls: urls(found, input))
    }

    /// o11: a figure for every service in every month of Y that has ended by the as-of date.
    static let serviceStats: Check = { input in
        let (found, failure) = ofYear(input, ServiceStats.self, nameTH: "สถิติการให้บริการ",
                                      example: "data/service-stats/\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        let elapsed = input.evidence.elapsedMonths
        for (_, stats, _) in found {
            if stats.services.isEmpty {
                reasons.append(reason("ไม่มีรายการบริการ", "no service is listed", stats, field: "services"))
            }
            for (i, service) in stats.services.enumerated() {
                let missing = elapsed.filter { service.value(in: $0) == nil }
                if !missing.isEmpty {
                    reasons.append(reason("บริการ \(service.name) ไม่มีตัวเลขของเดือน \(monthText(missing))",
                                          "service '\(service.name)' has no figure for \(missing.map(\.iso).joined(separator: ", "))",
                                          stats, line: service.source.line, record: "services[\(i + 1)] \(service.name)",
                                          field: missing.first?.iso))
                }
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    // MARK: o12–o13

    static let procurement: Check = { input in
        let (found, failure) = ofYear(input, Procurement.self, nameTH: "รายการจัดซื้อจัดจ้าง",
                                      example: "data/procurement/\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        let elapsed = input.evidence.elapsedMonths
        for (_, p, _) in found {
            if p.items.isEmpty && p.reportedMonths.isEmpty {
                reasons.append(reason("ไม่มีรายการจัดซื้อจัดจ้าง", "no procurement item is listed", p, field: "items"))
            }
            for item in p.items where item.status.isAwarded && (item.contractor == nil || item.contractValue == nil) {
                reasons.append(reason("รายการ \(item.title) ลงนามสัญญาแล้วแต่ไม่ระบุผู้รับจ้างหรือมูลค่าสัญญา",
                                      "item '\(item.title)' is awarded but has no contractor or contract value", p,
                                      line: item.source.line, record: item.title, field: "contractor"))
            }
            let reported = Set(p.reportedMonths)
            let missing = elapsed.filter { !reported.contains($0) }
            if !missing.isEmpty {
                reasons.append(reason("ไม่มีสรุปผลการจัดซื้อจัดจ้างรายเดือนของเดือน \(monthText(missing))",
                                      "no monthly summary for \(missing.map(\.iso).joined(separator: ", ")) (list items of the month, or write none: true)",
                                      p, record: missing.first?.iso, field: "monthly"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    static let procurementReport: Check = { input in
        let (found, failure) = ofYear(input, ProcurementReport.self, nameTH: "รายงานผลการจัดซื้อจัดจ้าง",
                                      example: "data/procurement/report-\(input.evidence.year - 1).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, r, _) in found {
            if r.byMethod.isEmpty {
                reasons.append(reason("รายงานไม่มีจำนวนและมูลค่าแยกตามวิธี", "the report gives no counts and money by method", r, field: "by_method"))
            }
            if r.analysis.isEmpty && r.problems.isEmpty {
                reasons.append(reason("รายงานไม่มีบทวิเคราะห์หรือปัญหาอุปสรรค", "the report has no analysis or problems", r, field: "analysis"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    // MARK: o14–o16

    static let hrPlan: Check = { input in
        let (found, failure) = covering(input, HRPlan.self, nameTH: "แผนการบริหารและพัฒนาทรัพยากรบุคคล",
                                        example: "data/hr/plan-2567-2569.yaml", span: \.period)
        if let failure { return failure }
        let reasons = found.filter { $0.value.strategies.isEmpty }.map {
            reason("แผนไม่มีกลยุทธ์หรือกิจกรรม", "the plan lists no strategies", $0.value, field: "strategies")
        }
        return outcome(reasons, urls: urls(found, input))
    }

    static let hrReport: Check = { input in
        let (found, failure) = ofYear(input, HRReport.self, nameTH: "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
                                      example: "data/hr/report-\(input.evidence.year - 1).yaml", year: \.fiscalYear)
        if let failure { return failure }
        let reasons = found.filter { $0.value.activities.isEmpty && $0.value.summary.isEmpty }.map {
            reason("รายงานไม่มีผลการดำเนินงาน", "the report lists no results", $0.value, field: "activities")
        }
        return outcome(reasons, urls: urls(found, input))
    }

    static let ethics: Check = { input in
        let (found, failure) = ofYear(input, EthicsDisclosure.self, nameTH: "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
                                      example: "data/ethics/\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        let fy = input.evidence.fiscalYear
        for (_, e, _) in found {
            if e.codes.isEmpty {
                reasons.append(reason("ไม่มีประมวลจริยธรรม", "no code of ethics is given", e, field: "codes"))
            }
            if !e.activities.contains(where: { $0.when.overlaps(fy) }) {
                reasons.append(reason("ไม่มีกิจกรรมขับเคลื่อนจริยธรรมในปีงบประมาณ \(fy.buddhistYear)",
                                      "no ethics activity within fiscal year \(fy.buddhistYear)", e, field: "activities"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    // MARK: o17–o20

    static let complaintProcedure: Check = { input in
        let (found, failure) = presented(input, ComplaintProcedure.self, nameTH: "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
                                         example: "data/complaints/procedure.yaml")
        if let failure { return failure }
        let reasons = found.filter { !$0.value.missingOITParts.isEmpty }.map { f in
            reason("แนวปฏิบัติขาดหัวข้อ \(f.value.missingOITParts.joined(separator: ", "))",
                   "the procedure lacks \(f.value.missingOITParts.joined(separator: ", "))", f.value,
                   field: f.value.missingOITParts.first)
        }
        return outcome(reasons, urls: urls(found, input))
    }

    static let complaintChannels: Check = { input in
        let (found, failure) = presented(input, ComplaintChannels.self, nameTH: "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต",
                                         example: "data/complaints/channels.yaml")
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, c, _) in found {
            if c.ownOnlineCorruptionChannels.isEmpty {
                reasons.append(reason("ไม่มีช่องทางออนไลน์ที่รับเรื่องร้องเรียนการทุจริตโดยเฉพาะ",
                                      "no online channel of the agency's own for corruption complaints only", c, field: "channels"))
            }
            if c.identityProtection.isEmpty {
                reasons.append(reason("ไม่ระบุการคุ้มครองข้อมูลผู้ร้องเรียน", "no statement on protecting the complainant's identity",
                                      c, field: "identity_protection"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    /// o19: zero complaints is a valid figure; a missing month is not.
    static let complaintStats: Check = { input in
        let (found, failure) = ofYear(input, ComplaintStats.self, nameTH: "สถิติเรื่องร้องเรียนการทุจริต",
                                      example: "data/complaints/stats-\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        for (_, s, _) in found {
            let covered = Set(s.coveredMonths)
            let missing = input.evidence.elapsedMonths.filter { !covered.contains($0) }
            if !missing.isEmpty {
                reasons.append(reason("ไม่มีสถิติของเดือน \(monthText(missing)) (ถ้าไม่มีเรื่องร้องเรียน ให้ใส่ ๐)",
                                      "no figures for \(missing.map(\.iso).joined(separator: ", ")) (write 0 when there were no complaints)",
                                      s, record: missing.first?.iso, field: "months"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    static let participation: Check = { input in
        let (found, failure) = ofYear(input, Participation.self, nameTH: "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
                                      example: "data/participation/\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        let fy = input.evidence.fiscalYear
        let reasons = found.filter { f in !f.value.activities.contains { $0.period.overlaps(fy) } }.map {
            reason("ไม่มีกิจกรรมการมีส่วนร่วมในปีงบประมาณ \(fy.buddhistYear)",
                   "no participation activity within fiscal year \(fy.buddhistYear)", $0.value, field: "activities")
        }
        return outcome(reasons, urls: urls(found, input))
    }
}
