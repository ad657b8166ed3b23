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
                  yearText: { "\(span($0).first)–\(span($0).last)" }, yearField: "period")
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

    /// o6: the plan of Y with projects, each with its budget; once the month the rule names
    /// (`progress_after_month`, March: the first six months) has ended, a progress report that
    /// covers at least those months, with the progress and the money spent of its projects.
    static let annualPlan: Check = { input in
        let (found, failure) = ofYear(input, AnnualPlan.self, nameTH: "แผนการดำเนินงานประจำปี",
                                      example: "data/plans/annual-\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        let fy = input.evidence.fiscalYear
        let lastMonth = Int(input.rule.parameter("progress_after_month") ?? "3") ?? 3
        let dueMonths = (fy.months.firstIndex { $0.month == lastMonth } ?? 5) + 1
        let dueAfter = fy.months[dueMonths - 1].lastDay
        for (_, plan, _) in found {
            if plan.projects.isEmpty {
                reasons.append(reason("แผนการดำเนินงานไม่มีโครงการ", "the plan lists no projects", plan, field: "projects"))
            }
            for (i, project) in plan.projects.enumerated() where project.budget == .notStated {
                reasons.append(reason("โครงการ \(project.name) ไม่ระบุงบประมาณ (ถ้าไม่ใช้งบประมาณ ให้เขียน ไม่ใช้งบประมาณ)",
                                      "project '\(project.name)' states no budget (write ไม่ใช้งบประมาณ if it uses none)", plan,
                                      line: project.source.line, record: "projects[\(i + 1)] \(project.id)", field: "budget"))
            }
            guard dueAfter < input.evidence.asOf else { continue }
            // A report of twelve months covers the first six too.
            let covering = plan.progress.filter { $0.period.months(of: fy).count >= dueMonths }
            if covering.isEmpty {
                reasons.append(reason("ไม่มีรายงานความก้าวหน้าอย่างน้อย \(dueMonths) เดือน (ต.ค.–\(ThaiMonthNames.short[lastMonth - 1])) ทั้งที่พ้นวันที่ \(dueAfter.iso) แล้ว",
                                      "no progress report of at least \(dueMonths) months although \(dueAfter.iso) has passed (a 6-month report)",
                                      plan, field: "progress"))
            }
        }
        // A published report that shows nothing is broken evidence, whichever it is.
        for (_, plan, _) in found {
            for r in plan.progress where r.items.isEmpty {
                reasons.append(reason("รายงานความก้าวหน้า \(r.period.rawValue) ไม่มีความก้าวหน้าและเงินที่ใช้ของโครงการใด",
                                      "the \(r.period.rawValue) progress report shows no project's progress or money spent", plan,
                                      line: r.source.line, record: "progress \(r.period.rawValue)", field: "projects"))
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
            if r.spent == nil && !r.results.contains(where: { $0.spent != nil }) {
                reasons.append(reason("รายงานไม่ระบุงบประมาณที่ใช้", "the report does not state the money spent", r, field: "spent"))
            }
            if r.problems.isEmpty {
                reasons.append(reason("รายงานไม่มีปัญหาและอุปสรรค", "the report states no problems", r, field: "problems"))
            }
            if r.suggestions.isEmpty {
                reasons.append(reason("รายงานไม่มีข้อเสนอแนะ", "the report states no suggestions", r, field: "suggestions"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    // MARK: o8–o11

    static let manual: Check = { input in
        let audience = ManualAudience(rawValue: input.rule.parameter("audience") ?? "citizen") ?? .citizen
        let nameTH = audience == .staff ? "คู่มือการปฏิบัติงานของเจ้าหน้าที่" : "คู่มือสำหรับประชาชน"
        let all = input.datasets(Manual.self)
        if !all.isEmpty && !all.contains(where: { $0.value.audience == audience }) {
            // Manuals exist, but for the other audience: say so, not that a year is wrong.
            return .fail(all.map { m in
                reason("\(m.value.source.file) เป็นคู่มือสำหรับ \(m.value.audience.rawValue) ไม่ใช่\(nameTH) (audience: \(audience.rawValue))",
                       "\(m.value.source.file) is a manual for audience '\(m.value.audience.rawValue)', not '\(audience.rawValue)'; this item needs a manual with audience: \(audience.rawValue)",
                       m.value, field: "audience")
            })
        }
        let (found, failure) = presented(input, Manual.self, nameTH: nameTH, example: "data/manuals/…yaml",
                                         matches: { $0.audience == audience })
        if let failure { return failure }
        let complete = found.filter { $0.value.missingOITFields.isEmpty }
        guard !complete.isEmpty else {
            return .fail(found.map { f in
                reason("\(nameTH.beforeThai)ใน \(f.value.source.file) ขาด \(f.value.missingOITFields.joined(separator: ", "))",
                       "\(f.value.source.file) lacks \(f.value.missingOITFields.joined(separator: ", "))", f.value,
                       field: f.value.missingOITFields.first)
            }, urls: urls(found, input))
        }
        return CheckOutcome(status: .pass, urls: urls(complete, input))
    }

    /// o10: the services listed, each with its address and what it does. Whether an address
    /// works can only be seen online: the item is left to a person (`verify`) with the addresses.
    static let eservices: Check = { input in
        let (found, failure) = presented(input, EServices.self, nameTH: "บริการออนไลน์ (E-Service)", example: "data/eservices.yaml")
        if let failure { return failure }
        let services = found.flatMap(\.value.services)
        guard !services.isEmpty else {
            return .fail(found.map { reason("ไม่มีบริการออนไลน์ในรายการ", "no service is listed", $0.value, field: "services") })
        }
        // ITA 2569: the usage of each service in every month of Y that has ended (`usage: elapsed`).
        if input.rule.parameter("usage") == "elapsed" {
            var reasons: [OITReason] = []
            let due = input.monthsDue
            for (_, list, _) in found {
                for (i, s) in list.services.enumerated() {
                    let missing = due.filter { s.usage(in: $0) == nil }
                    guard !missing.isEmpty else { continue }
                    reasons.append(reason("บริการ \(s.name) ไม่มีสถิติการใช้งานของเดือน \(monthText(missing))",
                                          "service '\(s.name)' has no usage figure for \(missing.map(\.iso).joined(separator: ", "))",
                                          list, line: s.line, record: "services[\(i + 1)] \(s.name)", field: "usage"))
                }
            }
            if !reasons.isEmpty { return .fail(reasons, urls: urls(found, input)) }
        }
        let note = OITReason(th: "sitegen ตรวจแบบออฟไลน์ไม่ได้ว่าลิงก์ใช้งานได้ ต้องให้ผู้ตรวจเปิดลิงก์บริการออนไลน์ \(services.count) รายการ: \(services.map(\.url).joined(separator: " "))",
                             en: "whether the \(services.count) e-service address(es) work cannot be checked offline; a person must open them: \(services.map(\.url).joined(separator: " "))",
                             file: found.first?.value.source.file, field: "url")
        return CheckOutcome(status: .verify, reasons: [note], urls: urls(found, input))
    }

    /// o11: a figure for every service in every month of Y that has ended by the as-of date.
    static let serviceStats: Check = { input in
        let (found, failure) = ofYear(input, ServiceStats.self, nameTH: "สถิติการให้บริการ",
                                      example: "data/service-stats/\(input.evidence.year).yaml", year: \.fiscalYear)
        if let failure { return failure }
        var reasons: [OITReason] = []
        let elapsed = input.monthsDue
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
        let elapsed = input.monthsDue
        for (_, p, _) in found {
            if p.items.isEmpty && p.reportedMonths.isEmpty {
                reasons.append(reason("ไม่มีรายการจัดซื้อจัดจ้าง", "no procurement item is listed", p, field: "items"))
            }
            let unbudgeted = p.items.filter { $0.budget == .notStated }
            if let first = unbudgeted.first {
                reasons.append(OITReason(th: "\(unbudgeted.count) รายการไม่ระบุวงเงินงบประมาณ เช่น \(first.title)",
                                         en: "\(unbudgeted.count) item(s) state no budget, e.g. '\(first.title)'",
                                         file: first.source.file, line: first.source.line, record: first.title, field: "budget"))
            }
            for item in p.items where item.status.isAwarded && (item.contractor == nil || item.contractValue == nil) {
                reasons.append(OITReason(th: "รายการ \(item.title) ลงนามสัญญาแล้วแต่ไม่ระบุผู้รับจ้างหรือมูลค่าสัญญา",
                                         en: "item '\(item.title)' is awarded but has no contractor or contract value",
                                         file: item.source.file, line: item.source.line, record: item.title, field: "contractor"))
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
            if r.analysis.isEmpty {
                reasons.append(reason("รายงานไม่มีบทวิเคราะห์ผลการจัดซื้อจัดจ้าง", "the report has no analysis", r, field: "analysis"))
            }
            if r.problems.isEmpty {
                reasons.append(reason("รายงานไม่มีปัญหาอุปสรรค", "the report states no problems", r, field: "problems"))
            }
            if r.improvements.isEmpty {
                reasons.append(reason("รายงานไม่มีแนวทางการปรับปรุง", "the report states no improvements", r, field: "improvements"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    // MARK: o14–o16

    static let hrPlan: Check = { input in
        let (found, failure) = covering(input, HRPlan.self, nameTH: "แผนการบริหารและพัฒนาทรัพยากรบุคคล",
                                        example: "data/hr/plan-2567-2569.yaml", span: \.period)
        if let failure { return failure }
        var reasons = found.filter { $0.value.strategies.isEmpty }.map {
            reason("แผนไม่มีกลยุทธ์หรือกิจกรรม", "the plan lists no strategies", $0.value, field: "strategies")
        }
        // ITA 2569: the HR criteria with the plan (`criteria: [recruitment, …]`), each published.
        let wanted = (input.rule.parameters["criteria"] ?? []).compactMap(HRCriterionTopic.init)
        let published = input.evidence.publishedURLs
        for (_, plan, _) in found {
            let given = Set(plan.criteria.map(\.topic))
            let missing = wanted.filter { !given.contains($0) }
            if !missing.isEmpty {
                reasons.append(reason("ไม่มีหลักเกณฑ์\(missing.map(\.label).joined(separator: " "))",
                                      "the plan gives no HR criteria on \(missing.map(\.rawValue).joined(separator: ", ")) (criteria: with topic: …)",
                                      plan, field: "criteria"))
            }
            for (i, c) in plan.criteria.enumerated() {
                if let page = c.page, !published.contains(page) {
                    reasons.append(reason("หลักเกณฑ์ \(c.title) ลิงก์ไปยังหน้า \(page) ซึ่งไม่มีในเว็บไซต์",
                                          "the criterion '\(c.title)' links to \(page), which is not a published page", plan,
                                          line: c.line, record: "criteria[\(i + 1)]", field: "page"))
                }
            }
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
            // The code must be what a reader can open: a published page, or an attached file.
            let published = input.evidence.publishedURLs
            for (i, code) in e.codes.enumerated() {
                if let page = code.page, !published.contains(page) {
                    reasons.append(reason("ประมวลจริยธรรม \(code.name) ลิงก์ไปยังหน้า \(page) ซึ่งไม่มีในเว็บไซต์",
                                          "the code '\(code.name)' links to \(page), which is not a published page", e,
                                          line: code.source.line, record: "codes[\(i + 1)]", field: "page"))
                } else if code.page == nil, code.file == nil {
                    reasons.append(reason("ประมวลจริยธรรม \(code.name) ไม่มีไฟล์หรือหน้าเว็บ", "the code '\(code.name)' has no file or page", e,
                                          line: code.source.line, record: "codes[\(i + 1)]", field: "file"))
                }
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
            let missing = input.monthsDue.filter { !covered.contains($0) }
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
        var reasons = found.filter { f in !f.value.activities.contains { $0.period.overlaps(fy) } }.map {
            reason("ไม่มีกิจกรรมการมีส่วนร่วมในปีงบประมาณ \(fy.buddhistYear)",
                   "no participation activity within fiscal year \(fy.buddhistYear)", $0.value, field: "activities")
        }
        // ITA 2569: the results of participation (`results: required`): an activity of Y whose
        // outcome is stated.
        if reasons.isEmpty, input.rule.parameter("results") == "required" {
            reasons = found.filter { f in !f.value.activities.contains { $0.period.overlaps(fy) && !($0.outcome ?? "").isEmpty } }.map {
                reason("ไม่มีกิจกรรมในปีงบประมาณ \(fy.buddhistYear) ที่ระบุผลของการมีส่วนร่วม",
                       "no activity within fiscal year \(fy.buddhistYear) states its results (outcome)", $0.value, field: "outcome")
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }
}
