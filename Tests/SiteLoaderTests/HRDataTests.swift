import Foundation
@testable import SiteLoader
import SiteModel
import TestSupport
import Testing
import ThaiText

// MARK: - hr-plan (o14)

@Suite struct HRPlanDataTests {
    @Test func loadsYearlyBudgetsAndDefaultsThePeriodToThePlan() throws {
        let (data, ds) = loadData(["data/hr/plan-2567-2569.yaml": """
            kind: hr-plan
            period: 2567-2569
            approved: 2023-09-29
            objectives: [พัฒนาสมรรถนะ]
            strategies:
              - name: การพัฒนาบุคลากร
                activities:
                  - name: อบรมตามหลักสูตร
                    target: ทุกคน
                    budget: 300,000
                    responsible: ทุกส่วนราชการ
                  - name: ศึกษาดูงาน
                    budget: {2567: 150000, 2568: ไม่ใช้งบประมาณ}
                  - name: อบรม e-Service
                    period: 2568
                    budget: 20000
            """])
        #expect(ds == [])
        let plan = try #require(data.first(HRPlan.self))
        #expect(plan.period == FiscalYearSpan(first: 2567, last: 2569))
        let a = plan.strategies[0].activities
        #expect(a[0].period == plan.period)
        #expect(a[0].budget(in: 2568) == .amount(Money(baht: 300_000)))
        #expect(a[1].budget(in: 2567) == .amount(Money(baht: 150_000)))
        #expect(a[1].budget(in: 2568) == .noBudget)
        // A year of the period the plan gives no figure for is "not stated", never 0.
        #expect(a[1].budget(in: 2569) == .notStated)
        #expect(a[2].period == FiscalYearSpan(first: 2568, last: 2568))
        #expect(a[2].budget(in: 2567) == nil && a[2].budget(in: 2568) == .amount(Money(baht: 20_000)))
        #expect(plan.approved?.iso == "2023-09-29")
    }

    @Test func yearsOutsideThePlanAndChristianEraYearsAreErrors() {
        let (_, ds) = loadData(["data/hr/plan.yaml": """
            kind: hr-plan
            period: 2567-2569
            strategies:
              - name: ก
                activities:
                  - name: ข
                    period: 2570
                  - name: ค
                    period: 2568
                    budget: {2568: 100, 2569: 200}
                  - name: ง
                    period: 2024
                  - name: จ
                    budget: -300
            """])
        #expect(ds.contains { $0.severity == .error && $0.field == "strategies[1].activities[1].period" && $0.line == 7 })
        #expect(ds.contains { $0.severity == .error && $0.field == "strategies[1].activities[2].budget.2569"
                && $0.line == 10 })
        #expect(ds.contains { $0.severity == .error && $0.field == "strategies[1].activities[3].period" && $0.line == 12
                && $0.hint?.contains("2567") == true })
        #expect(ds.contains { $0.severity == .error && $0.field == "strategies[1].activities[4].budget" && $0.line == 14
                && $0.message.contains("negative") })
    }

    @Test func unknownKeysAndMissingPeriod() {
        let (data, ds) = loadData(["data/hr/plan.yaml": """
            kind: hr-plan
            objectives: [ก]
            strategies:
              - name: ก
                activites: []
            """])
        #expect(data.first(HRPlan.self) == nil)
        #expect(ds.contains { $0.severity == .error && $0.field == "period" })
        #expect(ds.contains { $0.field == "strategies[1].activites" && $0.line == 5
                && $0.hint?.contains("'activities'") == true })
        #expect(ds.contains { $0.field == "strategies[1].activities" && $0.severity == .error })
    }
}

// MARK: - hr-report (o15)

@Suite struct HRReportDataTests {
    @Test func loadsActivitiesWithDatesOrPeriods() throws {
        let (data, ds) = loadData(["data/hr/report-2567.yaml": """
            kind: hr-report
            fiscal_year: 2567
            reported: 2024-10-31
            summary: [ดำเนินการครบทุกยุทธศาสตร์]
            activities:
              - name: ตรวจสุขภาพ
                date: 2024-08-20
                participants: 47
                result: ตรวจครบ
              - name: อบรมตามหลักสูตร
                period: {start: 2023-11-06, end: 2024-09-13}
            problems: [ภาระงาน]
            suggestions: [e-Learning]
            """])
        #expect(ds == [])
        let r = try #require(data.first(HRReport.self))
        #expect(r.fiscalYear == 2567)
        #expect(r.activities[0].when == DateRange(start: CalendarDate(iso: "2024-08-20")!,
                                                   end: CalendarDate(iso: "2024-08-20")!))
        #expect(r.activities[1].when.end.iso == "2024-09-13" && r.activities[1].participants == nil)
        #expect(r.totalParticipants == 47)
        #expect(r.activities[0].text == "ตรวจครบ")
    }

    @Test func badActivitiesAreReportedWithFieldAndLine() {
        let (_, ds) = loadData(["data/hr/report-2567.yaml": """
            kind: hr-report
            fiscal_year: 2567
            activities:
              - name: ก
                date: 2024-08-20
                period: {start: 2024-08-01, end: 2024-08-31}
              - name: ข
                date: 2024-10-05
                participants: -3
              - name: ค
                participant: 4
              - name: ง
                date: 2024-02-30
            """])
        #expect(ds.contains { $0.severity == .error && $0.field == "activities[1].period" && $0.line == 6 })
        #expect(ds.contains { $0.severity == .warning && $0.field == "activities[2].date" && $0.line == 8
                && $0.message.contains("2567") })
        #expect(ds.contains { $0.severity == .error && $0.field == "activities[2].participants" && $0.line == 9 })
        #expect(ds.contains { $0.field == "activities[3].participant" && $0.line == 11
                && $0.hint?.contains("'participants'") == true })
        #expect(ds.contains { $0.severity == .error && $0.field == "activities[3].date" && $0.line == 10 })
        #expect(ds.contains { $0.severity == .error && $0.field == "activities[4].date" && $0.line == 13 })
    }

    @Test func aReportNeedsActivitiesOrASummary() {
        let (_, ds) = loadData(["data/hr/r.yaml": "kind: hr-report\nfiscal_year: 2567\nproblems: [ก]\n"])
        #expect(ds.contains { $0.severity == .error && $0.field == "activities" })
        let (_, ce) = loadData(["data/hr/r.yaml": "kind: hr-report\nfiscal_year: 2024\nsummary: [ก]\n"])
        #expect(ce.contains { $0.severity == .error && $0.field == "fiscal_year" && $0.line == 2
                && $0.hint?.contains("2567") == true })
    }
}

// MARK: - ethics (o16)

@Suite struct EthicsDataTests {
    @Test func codesLinkPagesOrFilesAndActivitiesBelongToTheYear() throws {
        let site = TemporarySite()
        site.page("hr/ethics-code.md", title: "ประมวลจริยธรรม")
        site.writeData("files/hr/code.pdf", Data("%PDF-1.4\n".utf8))
        site.write("data/ethics/2568.yaml", """
            kind: ethics
            fiscal_year: 2568
            codes:
              - name: ประมวลจริยธรรมของผู้บริหารท้องถิ่น
                applies_to: นายก รองนายก
                announced: 2022-03-15
                page: /hr/ethics-code/
              - name: ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น
                file: files/hr/code.pdf
            activities:
              - {name: No Gift Policy, date: 2024-10-08, participants: 68, description: ลงนามประกาศ}
            """)
        let (data, ds) = DataFolderLoader.load(siteRoot: site.content)
        #expect(ds == [])
        let e = try #require(data.first(EthicsDisclosure.self))
        #expect(e.codes.map(\.page) == ["/hr/ethics-code/", nil])
        #expect(e.attachments.map(\.file) == ["files/hr/code.pdf"])
        #expect(e.activities.first?.participants == 68)
    }

    @Test func codesNeedAnExistingDocumentAndActivitiesTheRightYear() {
        let (_, ds) = loadData(["data/ethics/2568.yaml": """
            kind: ethics
            fiscal_year: 2568
            codes:
              - name: ก
              - name: ข
                page: /hr/missing/
              - name: ค
                page: hr/relative/
              - name: ง
                file: files/missing.pdf
            activities:
              - {name: อบรม, date: 2024-03-22, participants: 60}
            """])
        #expect(ds.contains { $0.severity == .error && $0.field == "codes[1].file" && $0.line == 4 })
        #expect(ds.contains { $0.severity == .warning && $0.field == "codes[2].page" && $0.line == 6 })
        #expect(ds.contains { $0.severity == .error && $0.field == "codes[3].page" && $0.line == 8 })
        #expect(ds.contains { $0.severity == .error && $0.field == "file" && $0.line == 9
                && $0.message.contains("files/missing.pdf") })
        #expect(ds.contains { $0.severity == .warning && $0.field == "activities[1].date" && $0.line == 12 })
    }

    @Test func noActivitiesIsWarned() {
        let (data, ds) = loadData(["data/ethics/2568.yaml": """
            kind: ethics
            fiscal_year: 2568
            codes: [{name: ก, page: /}]
            """])
        #expect(data.first(EthicsDisclosure.self) != nil)
        #expect(ds.contains { $0.severity == .warning && $0.field == "activities" })
        // "/" is the home page, which this site does not have.
        #expect(ds.contains { $0.severity == .warning && $0.field == "codes[1].page" && $0.line == 3 })
    }
}
