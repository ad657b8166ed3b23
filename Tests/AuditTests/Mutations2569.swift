import Audit
import Foundation
import SiteModel
import TestSupport
import Testing

// The mutations of ITA 2569 (Sources/Audit/Catalogues/oit-2569.yaml: 26 items, renumbered),
// judged at the end of FY 2569 (2026-09-30), the date on which the unmutated demo passes every
// item but o10 (its links are left to a person). Items that name the previous year (o7, o12,
// o14, o18, o22, o24, o26) are broken in the FY 2568 files; those of the assessed year in the
// FY 2569 ones.

// MARK: - The demo's files for ITA 2569

enum Demo2569 {
    static let asOf = "2026-09-30"

    static let annualPlan = "data/plans/annual-2569.yaml"
    static let annualPlanPage = "plans/annual-2569.md"
    static let annualReport = "data/reports/annual-2568.yaml"
    static let annualReportPage = "plans/annual-report-2568.md"
    static let procurement = "data/procurement/2569.yaml"
    static let procurementItems = "data/procurement/2569-items.csv"
    static let procurementPage = "procurement/2569.md"
    static let procurementReport = "data/procurement/report-2568.yaml"
    static let procurementReportPage = "procurement/report-2568.md"
    static let hrReport = "data/hr/report-2568.yaml"
    static let hrReportPage = "hr/report-2568.md"
    static let ethics = "data/ethics/2569.yaml"
    static let ethicsPage = "hr/ethics-2569.md"
    static let complaintStats = "data/complaints/stats-2568.yaml"
    static let complaintStatsPage = "complaints/stats-2568.md"
    static let participation = "data/participation/2569.yaml"
    static let participationPage = "participation-2569.md"
    static let gifts = "data/integrity/gifts-2569.yaml"
    static let giftsPage = "ita/gift-register-2569.md"
    static let risks = "data/integrity/risks-2569.yaml"
    static let risksPage = "ita/risk-assessment-2569.md"
    static let riskReport = "data/integrity/risk-report-2568.yaml"
    static let riskReportPage = "ita/risk-report-2568.md"
    static let antiCorruptionReport = "data/anti-corruption-report-2568.yaml"
    static let antiCorruptionReportPage = "ita/anti-corruption-report-2568.md"
    static let measures = "data/integrity/measures-2569.yaml"
    static let measuresPage = "ita/integrity-measures-2569.md"
    static let measuresReport = "data/integrity/measures-report-2568.yaml"
    static let measuresReportPage = "ita/integrity-report-2568.md"

    /// The news pages dated within fiscal year 2569 (October 2025 – September 2026).
    static let newsOf2569 = ["news/2025-11-10-elderly-school.md", "news/2025-12-15-no-burning-pm25.md",
                             "news/2026-02-09-land-building-tax.md", "news/2026-02-16-queue-system.md",
                             "news/2026-05-20-allowance-scam-warning.md", "news/2026-09-25-flood-warning.md"]

    /// Edits a cell of the rows of a CSV whose `title` starts with `title`; throws when there is none.
    static func setCell(_ site: TemporarySite, _ path: String, title: String, column: String, to value: String) throws {
        try site.editCSV(path) { rows in
            let t = try CSVText.column("title", in: rows)
            let c = try CSVText.column(column, in: rows)
            let matching = rows.indices.dropFirst().filter { rows[$0][t].hasPrefix(title) }
            guard matching.count == 1 else { throw DemoEditError("\(path): \(matching.count) row(s) titled '\(title)…'") }
            rows[matching[0]][c] = value
        }
    }
}

extension Mutation {
    /// A mutation judged for ITA 2569, by default at the end of FY 2569.
    static func ita2569(_ item: String, _ name: String, asOf: String = Demo2569.asOf, file: String, fields: [String],
                        contentErrors: Bool = false, edit: @escaping @Sendable (TemporarySite) throws -> Void) -> Mutation {
        Mutation(item, name, asOf: asOf, year: 2569, file: file, fields: fields, contentErrors: contentErrors, edit: edit)
    }

    static func ita2569(_ item: String, _ name: String, asOf: String = Demo2569.asOf, files: [String], fields: [String],
                        contentErrors: Bool = false, mustNotSay: [String] = [],
                        edit: @escaping @Sendable (TemporarySite) throws -> Void) -> Mutation {
        Mutation(item, name, asOf: asOf, year: 2569, files: files, fields: fields, contentErrors: contentErrors,
                 mustNotSay: mustNotSay, edit: edit)
    }

    static let ita2569: [Mutation] = basics2569 + plans2569 + services2569 + procurement2569 + hr2569
        + complaints2569 + integrity2569 + antiCorruption2569

    // MARK: o1–o4

    static let basics2569: [Mutation] = [
        ita2569("o1", "the powers page is only its heading, in the 2569 wording (หน้าที่และอำนาจ), with no text under it",
                file: "about/powers.md", fields: ["body"]) {
            try $0.replaceBody("about/powers.md", with: "\n## หน้าที่และอำนาจ\n")
        },
        ita2569("o1", "a unit of the structure has no head position", file: Demo.structure, fields: ["head"]) {
            try $0.delete(Demo.structure, "    head: ผู้อำนวยการกองคลัง (นักบริหารงานการคลัง ระดับต้น)\n", count: 1)
        },
        ita2569("o2", "the chief executive (นายก) is removed; รองนายก and เลขานุการนายก remain",
                file: Demo.executives, fields: ["executives", "position"]) {
            try $0.delete(Demo.executives, Demo.mayor, count: 1)
        },
        ita2569("o2", "the ปลัด is removed; รองปลัด remains", file: Demo.executives, fields: ["executives", "position"]) {
            try $0.delete(Demo.executives, Demo.clerk, count: 1)
        },
        ita2569("o3", "the contact has no channel for questions (contact.inquiry removed)", file: "site.yaml", fields: ["inquiry"]) {
            try $0.changeMatches("site.yaml", #"(?s)^  inquiry:.*?(?=^  channels:)"#, to: "", count: 1)
        },
        ita2569("o3", "the Q&A channel for questions names a page that does not exist (/faq/)", file: "site.yaml", fields: ["page"]) {
            try $0.change("site.yaml", """
                    - kind: phone
                      name: สายด่วนสอบถามข้อมูล งานประชาสัมพันธ์ สำนักปลัด
                      phone: 0-3400-0001

                """, to: """
                    - kind: qa
                      name: ถาม–ตอบ ข้อสงสัยที่พบบ่อย
                      page: /faq/

                """, count: 1)
        },
        ita2569("o3", "the Q&A page a channel for questions names is a draft", file: "site.yaml", fields: ["page"]) { site in
            try site.change("site.yaml", "  inquiry:                 # ช่องทางการสอบถาม (ITA 2569 o3)\n", to: """
                  inquiry:                 # ช่องทางการสอบถาม (ITA 2569 o3)
                    - kind: qa
                      name: ถาม–ตอบ ข้อสงสัยที่พบบ่อย
                      page: /faq/

                """, count: 1)
            site.write("faq.md", """
                ---
                title: "ถาม–ตอบ ข้อสงสัยที่พบบ่อย"
                draft: true
                ---

                คำถามที่ประชาชนสอบถามบ่อยและคำตอบ

                """)
        },
        ita2569("o4", "the news of fiscal year 2569 are deleted (those of 2568 and 2570 remain)", file: "news/", fields: ["date"]) { site in
            for page in Demo2569.newsOf2569 { try site.deleteFile(page) }
        },
        ita2569("o4", "the news of fiscal year 2569 are drafts", file: "news/", fields: ["date"]) { site in
            for page in Demo2569.newsOf2569 { try site.draft(page) }
        },
    ]

    // MARK: o5–o9

    static let plans2569: [Mutation] = [
        ita2569("o5", "the development plan's period (2561-2565) does not cover 2569", file: Demo.developmentPlan, fields: ["period"]) {
            try $0.change(Demo.developmentPlan, "\nperiod: 2566-2570\n", to: "\nperiod: 2561-2565\n", count: 1)
        },
        ita2569("o5", "the development plan states no indicators", file: Demo.developmentPlan, fields: ["indicators"]) {
            try $0.changeMatches(Demo.developmentPlan, #"^    indicators:\n(?:      .*\n)+"#, to: "", count: 6)
        },
        ita2569("o6", "a project of the 2569 plan (p04) has no budget", file: Demo2569.annualPlan, fields: ["budget"]) {
            try $0.delete(Demo2569.annualPlan, "    budget: 1,280,000\n", count: 1)
        },
        ita2569("o6", "the 2569 plan has no progress report at all at the end of the year", file: Demo2569.annualPlan,
                fields: ["progress"]) {
            try $0.removeTopLevelKey(Demo2569.annualPlan, "progress")
        },
        ita2569("o6", "on 2026-05-15, March has passed and the 2569 plan has no 6-month report", asOf: "2026-05-15",
                file: Demo2569.annualPlan, fields: ["progress"]) {
            try $0.removeTopLevelKey(Demo2569.annualPlan, "progress")
        },
        ita2569("o7", "the annual report of 2568 states no problems and no suggestions", file: Demo2569.annualReport,
                fields: ["problems", "suggestions"]) {
            try $0.removeTopLevelKey(Demo2569.annualReport, "problems")
            try $0.removeTopLevelKey(Demo2569.annualReport, "suggestions")
        },
        ita2569("o7", "the annual report of 2568 states no money spent", file: Demo2569.annualReport, fields: ["spent"]) {
            try $0.removeTopLevelKey(Demo2569.annualReport, "budget_used")
            try $0.changeMatches(Demo2569.annualReport, #"^    spent: .*\n"#, to: "", count: 6)
        },
        ita2569("o7", "the annual report of 2568 is a draft (those of 2567 and 2569 are published)", file: Demo2569.annualReport,
                fields: []) {
            try $0.draft(Demo2569.annualReportPage)
        },
        ita2569("o8", "no staff manual: every audience: staff becomes citizen", files: Demo.staffManuals, fields: ["audience"],
                mustNotSay: ["not for any year"]) { site in
            for file in Demo.staffManuals { try site.change(file, "\naudience: staff\n", to: "\naudience: citizen\n", count: 1) }
        },
        ita2569("o8", "the staff manuals' pages are drafts", files: Demo.staffManuals, fields: []) {
            try $0.draft("manuals/saraban.md", "manuals/complaint-intake.md")
        },
        ita2569("o9", "no citizen manual: every audience: citizen becomes staff", files: Demo.citizenManuals, fields: ["audience"],
                mustNotSay: ["not for any year"]) { site in
            for file in Demo.citizenManuals { try site.change(file, "\naudience: citizen\n", to: "\naudience: staff\n", count: 1) }
        },
        ita2569("o9", "no citizen manual states its fees", files: Demo.citizenManuals, fields: ["fees"]) { site in
            for file in Demo.citizenManuals { try site.removeTopLevelKey(file, "fees") }
        },
    ]

    // MARK: o10 (E-Service with its usage, which took over 2568 o11)

    static let services2569: [Mutation] = [
        ita2569("o10", "no online service states its usage", file: Demo.eservices, fields: ["usage"]) {
            try $0.changeMatches(Demo.eservices, #"^    usage:\n(?:      .*\n)+"#, to: "", count: 4)
        },
        ita2569("o10", "a service has no usage figure for 2026-03", file: Demo.eservices, fields: ["usage"]) {
            try $0.delete(Demo.eservices, "      2026-03: 93\n", count: 1)
        },
        ita2569("o10", "the usage figures stop at September 2025 (fiscal year 2568)", file: Demo.eservices, fields: ["usage"]) {
            try $0.changeMatches(Demo.eservices, #"^      20(?:25-1[0-2]|26-\d\d): \d+\n"#, to: "", count: 56)
        },
    ]

    // MARK: o11–o12 (procurement)

    static let procurement2569: [Mutation] = [
        // The budget is a cell of the CSV: the reason must name that file (its line is the CSV's).
        ita2569("o11", "a procurement item of 2569 states no budget", file: Demo2569.procurementItems, fields: ["budget"]) {
            try Demo2569.setCell($0, Demo2569.procurementItems, title: "จ้างซ่อมแซมหลังคาและรางน้ำศาลาอเนกประสงค์",
                                 column: "budget", to: "")
        },
        ita2569("o11", "an awarded item of 2569 names no contractor", file: Demo2569.procurementItems, fields: ["contractor"],
                contentErrors: true) {
            try Demo2569.setCell($0, Demo2569.procurementItems, title: "โครงการก่อสร้างลานคอนกรีตอเนกประสงค์",
                                 column: "contractor", to: "")
        },
        ita2569("o11", "the monthly summary of 2026-03 is missing", file: Demo2569.procurement, fields: ["monthly"]) {
            try $0.delete(Demo2569.procurement, "  - month: 2026-03\n    published: 2026-04-08\n", count: 1)
            try $0.editCSV(Demo2569.procurementItems) { rows in
                let month = try CSVText.column("month", in: rows)
                rows.removeAll { $0[month] == "2026-03" }
            }
        },
        ita2569("o11", "the procurement page of 2569 is a draft (those of 2568 and 2570 are published)", file: Demo2569.procurement,
                fields: []) {
            try $0.draft(Demo2569.procurementPage)
        },
        ita2569("o12", "the procurement report of 2568 has no improvements", file: Demo2569.procurementReport,
                fields: ["improvements"]) {
            try $0.removeTopLevelKey(Demo2569.procurementReport, "improvements")
        },
        ita2569("o12", "the procurement report of 2568 has no analysis", file: Demo2569.procurementReport, fields: ["analysis"]) {
            try $0.removeTopLevelKey(Demo2569.procurementReport, "analysis")
        },
        ita2569("o12", "the procurement report of 2568 is a draft (those of 2567 and 2569 are published)",
                file: Demo2569.procurementReport, fields: []) {
            try $0.draft(Demo2569.procurementReportPage)
        },
    ]

    // MARK: o13–o15 (HR, ethics)

    static let hr2569: [Mutation] = [
        ita2569("o13", "the HR plan has no criterion on promotion", file: Demo.hrPlan, fields: ["criteria"]) {
            try $0.changeMatches(Demo.hrPlan, #"^  - topic: promotion\n(?:    .*\n)+"#, to: "", count: 1)
        },
        ita2569("o13", "the HR plan's period (2566-2568) does not cover 2569; the next plan starts in 2570", file: Demo.hrPlan,
                fields: ["period"]) {
            try $0.change(Demo.hrPlan, "\nperiod: 2567-2569\n", to: "\nperiod: 2566-2568\n", count: 1)
            try $0.change(Demo.hrPlan, "budget: {2567: 150000, 2568: 250000, 2569: 250000}",
                          to: "budget: {2566: 150000, 2567: 150000, 2568: 250000}", count: 1)
            try $0.change(Demo.hrPlan, "        period: 2568-2569\n", to: "        period: 2567-2568\n", count: 1)
        },
        ita2569("o13", "the promotion criterion links a page that is not published", file: Demo.hrPlan, fields: ["page"]) {
            try $0.change(Demo.hrPlan, "    title: หลักเกณฑ์การเลื่อนระดับและการเลื่อนขั้นเงินเดือน\n",
                          to: "    title: หลักเกณฑ์การเลื่อนระดับและการเลื่อนขั้นเงินเดือน\n    page: /hr/criteria/\n", count: 1)
        },
        ita2569("o14", "the HR report of 2568 lists no results", file: Demo2569.hrReport, fields: ["activities", "summary"],
                contentErrors: true) {
            try $0.removeTopLevelKey(Demo2569.hrReport, "summary")
            try $0.removeTopLevelKey(Demo2569.hrReport, "activities")
        },
        ita2569("o14", "the HR report of 2568 is a draft (those of 2567 and 2569 are published)", file: Demo2569.hrReport,
                fields: []) {
            try $0.draft(Demo2569.hrReportPage)
        },
        ita2569("o15", "the codes of ethics of 2569 link a page that does not exist", file: Demo2569.ethics, fields: ["page"]) {
            try $0.change(Demo2569.ethics, "page: /hr/ethics-code/", to: "page: /hr/code-of-ethics/", count: 3)
        },
        ita2569("o15", "no ethics activity in fiscal year 2569", file: Demo2569.ethics, fields: ["activities"]) {
            try $0.removeTopLevelKey(Demo2569.ethics, "activities")
        },
        ita2569("o15", "the ethics page of 2569 is a draft (those of 2568 and 2570 are published)", file: Demo2569.ethics,
                fields: []) {
            try $0.draft(Demo2569.ethicsPage)
        },
    ]

    // MARK: o16–o19 (complaints, participation)

    static let complaints2569: [Mutation] = [
        ita2569("o16", "the complaint procedure states no time limits", file: Demo.complaintProcedure, fields: ["time_limits"],
                contentErrors: true) {
            try $0.removeTopLevelKey(Demo.complaintProcedure, "time_limits")
        },
        ita2569("o16", "the complaint procedure names no responsible unit", file: Demo.complaintProcedure,
                fields: ["responsible_unit"], contentErrors: true) {
            try $0.removeTopLevelKey(Demo.complaintProcedure, "responsible_unit")
        },
        ita2569("o17", "no channel is for corruption complaints only", file: Demo.complaintChannels,
                fields: ["channels", "corruption_only"]) {
            try $0.change(Demo.complaintChannels, "corruption_only: true", to: "corruption_only: false", count: 8)
        },
        ita2569("o17", "nothing is said on protecting the complainant", file: Demo.complaintChannels,
                fields: ["identity_protection"], contentErrors: true) {
            try $0.removeTopLevelKey(Demo.complaintChannels, "identity_protection")
        },
        ita2569("o18", "the statistics of 2568 (the year the title names) lack 2025-05", file: Demo2569.complaintStats,
                fields: ["months", "2025-05"]) {
            try $0.delete(Demo2569.complaintStats, "  - month: 2025-05\n    received: 0\n    in_progress: 0\n    finished: 0\n", count: 1)
        },
        ita2569("o18", "the statistics page of 2568 is a draft; those of 2569, complete, do not stand for them",
                file: Demo2569.complaintStats, fields: []) {
            try $0.draft(Demo2569.complaintStatsPage)
        },
        ita2569("o19", "no participation activity of 2569 states its outcome", file: Demo2569.participation, fields: ["outcome"]) {
            try $0.changeMatches(Demo2569.participation, #"^    outcome: .*\n"#, to: "", count: 8)
        },
        ita2569("o19", "the participation page of 2569 is a draft (those of 2568 and 2570 are published)",
                file: Demo2569.participation, fields: []) {
            try $0.draft(Demo2569.participationPage)
        },
    ]

    // MARK: o20–o22 (No Gift, risks)

    static let integrity2569: [Mutation] = [
        ita2569("o20", "knowledge-building on the gift rules only in fiscal years 2568 and 2570", file: Demo.noGiftPolicy,
                fields: ["knowledge"]) {
            try $0.changeMatches(Demo.noGiftPolicy, #"(?s)^  - name: เผยแพร่สรุปหลักเกณฑ์.*?(?=^  - name: ทบทวนความรู้)"#, to: "", count: 1)
        },
        ita2569("o20", "the gift register of 2569 is not updated since July (2026-08 missing)", file: Demo2569.gifts,
                fields: ["as_of", "none_received"]) {
            try $0.change(Demo2569.gifts, "as_of: 2026-09-30", to: "as_of: 2026-07-31", count: 1)
            try $0.change(Demo2569.gifts, ", 2026-08, 2026-09]", to: "]", count: 1)
        },
        ita2569("o20", "the gift register page of 2569 is a draft", file: Demo2569.gifts, fields: []) {
            try $0.draft(Demo2569.giftsPage)
        },
        ita2569("o20", "the No Gift announcement names no signer", file: Demo.noGiftPolicy, fields: ["signer"],
                contentErrors: true) {
            try $0.delete(Demo.noGiftPolicy, "  signer:\n    name: นายสมชาย ใจดี\n    position: นายกองค์การบริหารส่วนตำบลทุ่งทองพัฒนา\n", count: 1)
        },
        ita2569("o21", "a risk of 2569 (number 3) has no measures", file: Demo2569.risks, fields: ["measures"], contentErrors: true) {
            try $0.changeMatches(Demo2569.risks, #"^    measures:\n(?:      - .*\n)+(?=    responsible: \[กองช่าง\]\n  - number: 4\n)"#,
                                 to: "", count: 1)
        },
        ita2569("o21", "the 2569 assessment copied from 2568 still says fiscal_year 2568", file: Demo2569.risks,
                fields: ["fiscal_year"]) {
            try $0.change(Demo2569.risks, "\nfiscal_year: 2569\n", to: "\nfiscal_year: 2568\n", count: 1)
        },
        ita2569("o21", "the risk assessment page of 2569 is a draft", file: Demo2569.risks, fields: []) {
            try $0.draft(Demo2569.risksPage)
        },
        ita2569("o22", "risk 6 of the 2568 assessment is not reported on", file: Demo2569.riskReport, fields: ["risks", "outcomes"]) {
            try $0.changeMatches(Demo2569.riskReport, #"(?s)^  - risk: 6\n.*?(?=^  - risk: 7\n)"#, to: "", count: 1)
        },
        ita2569("o22", "the risk report of 2568 is a draft (those of 2567 and 2569 are published)", file: Demo2569.riskReport,
                fields: []) {
            try $0.draft(Demo2569.riskReportPage)
        },
    ]

    // MARK: o23–o26 (anti-corruption plan and report, integrity measures and report)

    static let antiCorruption2569: [Mutation] = [
        ita2569("o23", "the anti-corruption plan's fiscal_years (2566-2568) do not include 2569", file: Demo.antiCorruptionPlan,
                fields: ["fiscal_years"]) {
            try $0.change(Demo.antiCorruptionPlan, "fiscal_years: [2566, 2567, 2568, 2569, 2570]", to: "fiscal_years: [2566, 2567, 2568]",
                          count: 1)
            try $0.changeMatches(Demo.antiCorruptionPlan, #", 2569: [^,}]*, 2570: [^,}]*\}"#, to: "}")
            // The report on 2569 (and its page) goes with it.
            try $0.deleteFile("data/anti-corruption-report-2569.yaml")
            try $0.deleteFile("ita/anti-corruption-report-2569.md")
        },
        ita2569("o23", "the anti-corruption plan states no budget anywhere", file: Demo.antiCorruptionPlan, fields: ["budget"]) {
            try $0.changeMatches(Demo.antiCorruptionPlan, #"^ +budget(_text)?: .*\n"#, to: "")
        },
        ita2569("o24", "the anti-corruption report on 2568 states no money spent", file: Demo2569.antiCorruptionReport,
                fields: ["spent"]) {
            try $0.changeMatches(Demo2569.antiCorruptionReport, #"^ +spent: .*\n"#, to: "", count: 8)
        },
        ita2569("o24", "the anti-corruption report on 2568 leaves out plan item 4.3.2", file: Demo2569.antiCorruptionReport,
                fields: ["entries", "items"]) {
            try $0.changeMatches(Demo2569.antiCorruptionReport, #"^  - code: "4\.3\.2"\n(?:    .*\n)+"#, to: "", count: 1)
        },
        ita2569("o24", "the anti-corruption report on 2568 is a draft (those on 2567 and 2569 are published)",
                file: Demo2569.antiCorruptionReport, fields: []) {
            try $0.draft(Demo2569.antiCorruptionReportPage)
        },
        ita2569("o25", "the measures of 2569 do not name the ITA results they answer", file: Demo2569.measures,
                fields: ["ita_results"]) {
            try $0.delete(Demo2569.measures, "ita_results: ita/results-2568\n", count: 1)
        },
        ita2569("o25", "no measure of 2569 names the ITA indicators it answers", file: Demo2569.measures,
                fields: ["ita_indicators"]) {
            try $0.changeMatches(Demo2569.measures, #"^        ita_indicators: .*\n"#, to: "", count: 6)
        },
        ita2569("o25", "the measures of 2569 answer the ITA results of 2567, not those of the previous ITA (2568)",
                file: Demo2569.measures, fields: ["ita_results"]) {
            try $0.change(Demo2569.measures, "ita_results: ita/results-2568\n", to: "ita_results: ita/results-2567\n", count: 1)
        },
        ita2569("o26", "a measure of the 2568 report (number 3) has no results", file: Demo2569.measuresReport, fields: ["results"],
                contentErrors: true) {
            try $0.changeMatches(Demo2569.measuresReport,
                                 #"^        results:\n(?:          - .*\n)+(?=        outcomes:\n          - ผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๘ ตัวชี้วัดที่ ๔)"#,
                                 to: "", count: 1)
        },
        ita2569("o26", "the integrity report on 2568 is a draft (those on 2567 and 2569 are published)",
                file: Demo2569.measuresReport, fields: []) {
            try $0.draft(Demo2569.measuresReportPage)
        },
    ]
}

// MARK: - Harmless edits judged for ITA 2569

extension HarmlessEdit {
    static let ita2569: [HarmlessEdit] = [
        HarmlessEdit("2569: the powers heading reads หน้าที่และอำนาจ, the wording ITA 2569 uses", year: 2569, asOf: Demo2569.asOf) {
            try $0.change("about/powers.md", "## อำนาจหน้าที่ตามกฎหมาย\n", to: "## หน้าที่และอำนาจตามกฎหมาย\n", count: 1)
        },
        HarmlessEdit("2569: a Q&A channel for questions on the (published) contact page is added first", year: 2569,
                     asOf: Demo2569.asOf) {
            try $0.change("site.yaml", "  inquiry:                 # ช่องทางการสอบถาม (ITA 2569 o3)\n", to: """
                  inquiry:                 # ช่องทางการสอบถาม (ITA 2569 o3)
                    - {kind: qa, name: ถาม–ตอบ ข้อสงสัยที่พบบ่อย, page: /contact/}

                """, count: 1)
        },
        // Judged on the demo's own date, once the 12-month report (reported 2026-10-16) is out.
        HarmlessEdit("2569: the 6-month progress report is removed; the 12-month report covers those months", year: 2569,
                     asOf: "2026-12-05") {
            try $0.changeMatches(Demo2569.annualPlan, #"(?s)^  - period: 6-month\n.*?(?=^  - period: 12-month)"#, to: "", count: 1)
        },
        HarmlessEdit("2569: the e-service usage of other fiscal years (2568, 2570) is removed", year: 2569, asOf: Demo2569.asOf) {
            try $0.changeMatches(Demo.eservices, #"^      20(?:24-1[0-2]|25-0\d|26-1[0-2]): \d+\n"#, to: "", count: 56)
        },
        HarmlessEdit("2569: knowledge-building of other fiscal years is removed; that of 2569 remains", year: 2569,
                     asOf: Demo2569.asOf) {
            try $0.changeMatches(Demo.noGiftPolicy, #"(?s)^  - name: อบรมหลักเกณฑ์การรับทรัพย์สิน.*?(?=^  - name: เผยแพร่สรุปหลักเกณฑ์)"#,
                                 to: "", count: 1)
            try $0.changeMatches(Demo.noGiftPolicy, #"(?s)^  - name: ทบทวนความรู้.*"#, to: "", count: 1)
        },
        HarmlessEdit("2569: the gift register of 2569 has no as_of; its months are all declared one by one", year: 2569,
                     asOf: Demo2569.asOf) {
            try $0.delete(Demo2569.gifts, "as_of: 2026-09-30\n", count: 1)
        },
        HarmlessEdit("2569: the complaint statistics of 2569 are removed (o18 asks for those of 2568)", year: 2569,
                     asOf: Demo2569.asOf) {
            try $0.deleteFile("data/complaints/stats-2569.yaml")
            try $0.deleteFile("complaints/stats-2569.md")
        },
        HarmlessEdit("2569: the datasets of fiscal year 2570 (HR plan 2570-2572, risks, measures) and its news are removed",
                     year: 2569, asOf: Demo2569.asOf) { site in
            for file in ["data/hr/plan-2570-2572.yaml", "hr/plan-2570-2572.md", "data/integrity/risks-2570.yaml",
                         "ita/risk-assessment-2570.md", "data/integrity/measures-2570.yaml", "ita/integrity-measures-2570.md",
                         "news/2026-10-07-no-gift-policy.md", "news/2026-10-12-flood-relief.md", "news/2026-11-18-loy-krathong.md"] {
                try site.deleteFile(file)
            }
        },
    ]
}
