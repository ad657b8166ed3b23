import Foundation
@testable import SiteLoader
@testable import SiteModel
import TestSupport
import Testing
import ThaiText

// MARK: - development-plan (o5)

@Suite struct DevelopmentPlanDataTests {
    static let good = """
        kind: development-plan
        period: 2566-2570
        approved: 2021-12-24
        vision: ทุ่งทองน่าอยู่
        strategies:
          - id: 1
            name: โครงสร้างพื้นฐาน
            goals: [คมนาคมสะดวก]
            approaches: [ก่อสร้างถนน, ขยายเขตประปา]
            indicators:
              - text: ถนนที่ปรับปรุง
                target: 10 กิโลเมตร
              - ครัวเรือนที่ใช้น้ำประปา
          - id: 2
            name: ธรรมาภิบาล
            approaches: [เปิดเผยข้อมูล]
            indicators: [{text: คะแนน ITA, target: ไม่ต่ำกว่า 85}]
        """

    @Test func loadsPeriodStrategiesAndIndicators() throws {
        let (data, ds) = loadData(["data/plans/development-2566-2570.yaml": Self.good])
        #expect(ds == [])
        let plan = try #require(data.first(DevelopmentPlan.self))
        #expect(plan.period == FiscalYearSpan(first: 2566, last: 2570))
        #expect(plan.period.contains(2568) && !plan.period.contains(2571))
        #expect(plan.approved?.iso == "2021-12-24")
        #expect(plan.strategies.map(\.id) == ["1", "2"])
        #expect(plan.strategies[0].indicators == [PlanIndicator(text: "ถนนที่ปรับปรุง", target: "10 กิโลเมตร"),
                                                  PlanIndicator(text: "ครัวเรือนที่ใช้น้ำประปา")])
        #expect(plan.strategies[0].goals == ["คมนาคมสะดวก"])
        #expect(plan.indicatorCount == 3)
        #expect(data["plans/development-2566-2570"] != nil)
    }

    @Test func christianEraPeriodIsAnErrorNamingTheBuddhistYears() throws {
        let (data, ds) = loadData(["data/plan.yaml": """
            kind: development-plan
            period: 2023-2027
            vision: ทุ่งทองน่าอยู่
            strategies:
              - {id: 1, name: ก, approaches: [ข], indicators: [ค]}
            """])
        #expect(data.first(DevelopmentPlan.self) == nil)
        let d = try #require(ds.first { $0.field == "period" })
        #expect(d.severity == .error && d.line == 2 && d.file == "data/plan.yaml")
        #expect(d.hint?.contains("2566-2570") == true)
    }

    @Test func unknownKeysGetDidYouMeanAtEveryLevel() {
        let (_, ds) = loadData(["data/plan.yaml": """
            kind: development-plan
            period: 2566-2570
            vison: ทุ่งทองน่าอยู่
            strategies:
              - id: 1
                name: ก
                approache: [ข]
                indicators:
                  - {text: ค, targte: 5}
            """])
        #expect(ds.contains { $0.field == "vison" && $0.line == 3 && $0.hint?.contains("'vision'") == true })
        #expect(ds.contains { $0.field == "vision" && $0.severity == .error })
        #expect(ds.contains { $0.field == "strategies[1].approache" && $0.line == 7
                && $0.hint?.contains("'approaches'") == true })
        #expect(ds.contains { $0.field == "strategies[1].indicators[1].targte" && $0.line == 9
                && $0.hint?.contains("'target'") == true })
    }

    @Test func impossibleApprovalDateAndMissingNameAndDuplicateIDs() {
        let (_, ds) = loadData(["data/plan.yaml": """
            kind: development-plan
            period: 2566-2570
            approved: 2021-02-30
            vision: ก
            strategies:
              - {id: 1, name: ก, approaches: [ข], indicators: [ค]}
              - {id: 1, approaches: [ข], indicators: [ค]}
            """])
        #expect(ds.contains { $0.field == "approved" && $0.line == 3 && $0.message.contains("not a real date") })
        #expect(ds.contains { $0.field == "strategies[2].name" && $0.line == 7 })
        #expect(ds.contains { $0.field == "strategies[2].id" && $0.line == 7 && $0.message.contains("'1'")
                && $0.message.contains("line 6") })
    }

    @Test func missingIndicatorsAndGoalsAreWarned() {
        let (data, ds) = loadData(["data/plan.yaml": """
            kind: development-plan
            period: 2566-2570
            vision: ก
            strategies:
              - {id: 1, name: ก, approaches: [ข]}
            """])
        #expect(data.first(DevelopmentPlan.self) != nil)
        #expect(ds.contains { $0.severity == .warning && $0.field == "strategies[1].indicators" && $0.line == 5 })
        #expect(ds.contains { $0.severity == .warning && $0.field == "goals" })
        #expect(!ds.contains { $0.severity == .error })
    }
}

// MARK: - annual-plan (o6)

@Suite struct AnnualPlanDataTests {
    /// A small valid plan; `progress` is appended by each test.
    static func plan(progress: String = "", fiscalYear: String = "2568") -> String {
        """
        kind: annual-plan
        fiscal_year: \(fiscalYear)
        approved: 2024-10-25
        strategies:
          - {id: 1, name: โครงสร้างพื้นฐาน}
          - {id: 6, name: ธรรมาภิบาล}
        projects:
          - id: road
            name: ถนน คสล. หมู่ที่ 2
            strategy: 1
            budget: 1,120,000
            period: {start: 2025-01, end: 2025-04}
            area: หมู่ที่ 2
            unit: กองช่าง
          - id: tax
            name: ประชาสัมพันธ์ภาษี
            strategy: 6
            budget: ไม่ใช้งบประมาณ
            period: {start: 2025-02-01, end: 2025-04-30}
            unit: กองคลัง
          - id: forum
            name: ประชาคม
            strategy: 6
            unit: สำนักปลัด

        """ + progress
    }

    // Lines of `plan()`: projects start at line 8; the appended `progress:` is line 25, so a first
    // report's `as_of` is line 27 and its first project line 29.

    @Test func loadsProjectsAndReportsWithComputedFigures() throws {
        let (data, ds) = loadData(["data/plans/annual-2568.yaml": Self.plan(progress: """
            progress:
              - period: 6-month
                as_of: 2025-03-31
                projects:
                  - {id: road, status: อยู่ระหว่างดำเนินการ, spent: 0}
                  - {id: tax, status: อยู่ระหว่างดำเนินการ, spent: 0}
                  - {id: forum, status: ดำเนินการแล้วเสร็จ, spent: '19,600'}
              - period: 12-month
                as_of: 2025-09-30
                projects:
                  - {id: road, status: ดำเนินการแล้วเสร็จ, spent: 1098000}
                  - {id: tax, status: ดำเนินการแล้วเสร็จ, spent: 0}
                  - {id: forum, status: ยกเลิก, spent: 0, note: ยกเลิก}
            """)])
        #expect(ds == [])
        let p = try #require(data.first(AnnualPlan.self))
        #expect(p.fiscalYear == 2568 && p.approved?.iso == "2024-10-25")
        #expect(p.projects.map(\.budget) == [.amount(Money(baht: 1_120_000)), .noBudget, .notStated])
        #expect(p.totalBudget == Money(baht: 1_120_000))
        #expect(p.projects[0].period == .months(first: YearMonth(year: 2025, month: 1)!,
                                                last: YearMonth(year: 2025, month: 4)!))
        #expect(p.projects[0].period?.end.iso == "2025-04-30")
        #expect(p.projects[1].period?.start.iso == "2025-02-01")
        #expect(p.progress.map(\.period) == [.sixMonths, .twelveMonths])
        let six = try #require(p.report(.sixMonths))
        #expect(six.count(.inProgress) == 2 && six.count(.done) == 1 && six.totalSpent == Money(baht: 19_600))
        #expect(ProgressPeriod.sixMonths.end(of: p.fiscal).iso == "2025-03-31")
        #expect(ProgressPeriod.sixMonths.months(of: p.fiscal).map(\.iso).last == "2025-03")
        #expect(p.report(.twelveMonths)?.count(.cancelled) == 1)
    }

    @Test func progressMustReferToExistingProjectsAndSpendNoLessThanZero() {
        let (_, ds) = loadData(["data/plans/annual-2568.yaml": Self.plan(progress: """
            progress:
              - period: 6-month
                as_of: 2025-03-31
                projects:
                  - {id: raod, status: อยู่ระหว่างดำเนินการ, spent: 0}
                  - {id: tax, status: อยู่ระหว่างดำเนินการ, spent: -5}
                  - {id: forum, status: เสร็จแล้ว, spent: 0}
            """)])
        #expect(ds.contains { $0.severity == .error && $0.field == "progress[1].projects[1].id" && $0.line == 29
                && $0.message.contains("'raod'") && $0.hint?.contains("'road'") == true })
        #expect(ds.contains { $0.severity == .error && $0.field == "progress[1].projects[2].spent" && $0.line == 30
                && $0.message.contains("negative") })
        #expect(ds.contains { $0.severity == .error && $0.field == "progress[1].projects[3].status" && $0.line == 31 })
        // 'road' is then missing from the report.
        #expect(ds.contains { $0.severity == .warning && $0.field == "progress[1].projects" && $0.message.contains("road") })
    }

    @Test func spendingAboveTheBudgetIsWarnedWithBothFigures() throws {
        let (data, ds) = loadData(["data/plans/annual-2568.yaml": Self.plan(progress: """
            progress:
              - period: 12-month
                as_of: 2025-09-30
                projects:
                  - {id: road, status: ดำเนินการแล้วเสร็จ, spent: 1150000.50}
                  - {id: tax, status: ดำเนินการแล้วเสร็จ, spent: 500}
                  - {id: forum, status: ดำเนินการแล้วเสร็จ, spent: 99999}
            """)])
        #expect(data.first(AnnualPlan.self)?.progress.first?.items.count == 3)
        let over = try #require(ds.first { $0.field == "progress[1].projects[1].spent" })
        #expect(over.severity == .warning && over.line == 29)
        #expect(over.message.contains("1,150,000.50") && over.message.contains("1,120,000"))
        let noBudget = try #require(ds.first { $0.field == "progress[1].projects[2].spent" })
        #expect(noBudget.severity == .warning && noBudget.message.contains("ไม่ใช้งบประมาณ"))
        // A project whose budget is not stated cannot be over it.
        #expect(!ds.contains { $0.field == "progress[1].projects[3].spent" })
    }

    @Test func aSixMonthReportBeforeThirtyFirstMarchIsAnError() throws {
        let (_, ds) = loadData(["data/plans/annual-2568.yaml": Self.plan(progress: """
            progress:
              - period: 6-month
                as_of: 2025-03-30
                projects:
                  - {id: road, status: อยู่ระหว่างดำเนินการ, spent: 0}
                  - {id: tax, status: อยู่ระหว่างดำเนินการ, spent: 0}
                  - {id: forum, status: อยู่ระหว่างดำเนินการ, spent: 0}
              - period: 12-month
                as_of: 2025-09-29
                projects:
                  - {id: road, status: อยู่ระหว่างดำเนินการ, spent: 0}
                  - {id: tax, status: อยู่ระหว่างดำเนินการ, spent: 0}
                  - {id: forum, status: อยู่ระหว่างดำเนินการ, spent: 0}
            """)])
        let six = try #require(ds.first { $0.field == "progress[1].as_of" })
        #expect(six.severity == .error && six.line == 27 && six.message.contains("2025-03-31"))
        let twelve = try #require(ds.first { $0.field == "progress[2].as_of" })
        #expect(twelve.severity == .error && twelve.line == 33 && twelve.message.contains("2025-09-30"))
    }

    @Test func theSixMonthDeadlineFollowsTheFiscalYear() {
        // FY 2567: the 6-month report covers Oct 2023 – Mar 2024.
        let (_, ds) = loadData(["data/plans/annual-2567.yaml": Self.plan(progress: """
            progress:
              - period: 6-month
                as_of: 2024-03-31
                projects:
                  - {id: road, status: ยังไม่ดำเนินการ, spent: 0}
                  - {id: tax, status: ยังไม่ดำเนินการ, spent: 0}
                  - {id: forum, status: ยังไม่ดำเนินการ, spent: 0}
            """, fiscalYear: "2567")])
        #expect(!ds.contains { $0.field == "progress[1].as_of" })
        // The 2025 project periods fall outside FY 2567 and are warned about.
        #expect(ds.contains { $0.severity == .warning && $0.field == "projects[1].period" && $0.line == 12 })
    }

    @Test func christianEraFiscalYearAndFileNameMismatch() throws {
        let (_, ce) = loadData(["data/plans/annual-2568.yaml": Self.plan(fiscalYear: "2025")])
        let d = try #require(ce.first { $0.field == "fiscal_year" })
        #expect(d.severity == .error && d.line == 2 && d.hint?.contains("2568") == true)

        let (_, named) = loadData(["data/plans/annual-2567.yaml": Self.plan()])
        #expect(named.contains { $0.severity == .warning && $0.field == "fiscal_year" && $0.message.contains("2567") })
    }

    @Test func projectsNeedKnownStrategiesAndUniqueIDs() {
        let (_, ds) = loadData(["data/p.yaml": """
            kind: annual-plan
            fiscal_year: 2568
            strategies:
              - {id: 1, name: ก}
            projects:
              - {id: a, name: ก, strategy: 2, unit: กองช่าง}
              - {id: a, name: ข, strategy: 1, unit: กองช่าง, budjet: 5}
              - {id: b, name: ค, strategy: 1}
            """])
        #expect(ds.contains { $0.severity == .error && $0.field == "projects[1].strategy" && $0.line == 6 })
        #expect(ds.contains { $0.severity == .error && $0.field == "projects[2].id" && $0.line == 7 })
        #expect(ds.contains { $0.field == "projects[2].budjet" && $0.hint?.contains("'budget'") == true })
        #expect(ds.contains { $0.field == "projects[3].unit" && $0.line == 8 })
    }

    @Test func amountsWithCommasInsideBracesAreExplained() throws {
        let (_, ds) = loadData(["data/plans/annual-2568.yaml": Self.plan(progress: """
            progress:
              - period: 12-month
                as_of: 2025-09-30
                projects:
                  - {id: road, status: ดำเนินการแล้วเสร็จ, spent: 1,098,000}
                  - {id: tax, status: ดำเนินการแล้วเสร็จ, spent: 0}
                  - {id: forum, status: ดำเนินการแล้วเสร็จ, spent: 0}
            """)])
        let split = ds.filter { $0.field == "progress[1].projects[1].098" || $0.field == "progress[1].projects[1].000" }
        #expect(split.count == 1)
        #expect(split.first?.line == 29 && split.first?.hint?.contains("without commas") == true)
    }

    @Test func periodsMustBeConsistentAndInOrder() {
        let (_, ds) = loadData(["data/p.yaml": """
            kind: annual-plan
            fiscal_year: 2568
            strategies: [{id: 1, name: ก}]
            projects:
              - {id: a, name: ก, strategy: 1, unit: ก, period: {start: 2025-04, end: 2025-01}}
              - {id: b, name: ข, strategy: 1, unit: ก, period: {start: 2025-01, end: 2025-04-30}}
              - {id: c, name: ค, strategy: 1, unit: ก, period: {start: 2568-01, end: 2568-02}}
              - {id: d, name: ง, strategy: 1, unit: ก, period: {start: 2025-13, end: 2025-14}}
            """])
        #expect(ds.contains { $0.severity == .error && $0.field == "projects[1].period.end" && $0.line == 5 })
        #expect(ds.contains { $0.severity == .error && $0.field == "projects[2].period.end" && $0.line == 6 })
        #expect(ds.contains { $0.severity == .warning && $0.field == "projects[3].period.start" && $0.line == 7 })
        #expect(ds.contains { $0.severity == .error && $0.field == "projects[4].period.start"
                && $0.message.contains("not a real month") })
    }

    @Test func twoReportsForOnePeriodAreAnError() {
        let report = """
              - period: 12-month
                as_of: 2025-09-30
                projects:
                  - {id: road, status: ดำเนินการแล้วเสร็จ, spent: 0}
                  - {id: tax, status: ดำเนินการแล้วเสร็จ, spent: 0}
                  - {id: forum, status: ดำเนินการแล้วเสร็จ, spent: 0}

            """
        let (data, ds) = loadData(["data/plans/annual-2568.yaml": Self.plan(progress: "progress:\n" + report + report)])
        #expect(data.first(AnnualPlan.self)?.progress.count == 1)
        #expect(ds.contains { $0.severity == .error && $0.field == "progress[2].period" && $0.line == 32 })
    }
}

// MARK: - annual-report (o7)

@Suite struct AnnualReportDataTests {
    @Test func loadsStatedFigures() throws {
        let (data, ds) = loadData(["data/reports/annual-2567.yaml": """
            kind: annual-report
            fiscal_year: 2567
            reported: 2024-12-20
            summary: [ดำเนินการแล้วเสร็จ 16 โครงการ]
            budget_used: {budget: '58,600,000', spent: '54,318,742.35'}
            results:
              - {strategy: ยุทธศาสตร์ที่ 1, planned: 4, done: 3, budget: 2406000, spent: 1871500}
              - {strategy: ยุทธศาสตร์ที่ 2, planned: 2, done: 1}
            problems: [ฝนตกชุก]
            suggestions: [เร่งจัดซื้อจัดจ้าง]
            """])
        #expect(ds == [])
        let r = try #require(data.first(AnnualReport.self))
        #expect(r.fiscalYear == 2567 && r.reported?.iso == "2024-12-20")
        #expect(r.budget == Money(baht: 58_600_000))
        #expect(r.spent == Money(parsing: "54318742.35"))
        #expect(r.results.map(\.planned) == [4, 2] && r.results[1].budget == nil)
        #expect(r.problems == ["ฝนตกชุก"] && r.suggestions == ["เร่งจัดซื้อจัดจ้าง"])
    }

    @Test func reportDatedBeforeTheYearEndsIsAnError() throws {
        let (_, ds) = loadData(["data/reports/annual-2567.yaml": """
            kind: annual-report
            fiscal_year: 2567
            reported: 2024-09-30
            summary: [ก]
            budget_used: {budget: 100, spent: 100}
            problems: [ก]
            suggestions: [ข]
            """])
        let d = try #require(ds.first { $0.field == "reported" })
        #expect(d.severity == .error && d.line == 3)
    }

    @Test func inconsistentFiguresAreWarnedAndBadValuesRejected() {
        let (_, ds) = loadData(["data/reports/annual-2567.yaml": """
            kind: annual-report
            fiscal_year: 2567
            summary: [ก]
            budget_used:
              budget: 100
              spent: 250
            results:
              - {strategy: ก, planned: 2, done: 3}
              - {strategy: ข, planned: -1, done: 0, budget: 10, spent: 20}
              - {strategy: ค, planed: 1, done: 1}
            """])
        #expect(ds.contains { $0.severity == .warning && $0.field == "budget_used.spent" && $0.line == 6
                && $0.message.contains("250") && $0.message.contains("100") })
        #expect(ds.contains { $0.severity == .warning && $0.field == "results[1].done" && $0.line == 8 })
        #expect(ds.contains { $0.severity == .error && $0.field == "results[2].planned" && $0.line == 9 })
        #expect(ds.contains { $0.severity == .warning && $0.field == "results[2].spent" })
        #expect(ds.contains { $0.field == "results[3].planed" && $0.hint?.contains("'planned'") == true })
        #expect(ds.contains { $0.severity == .warning && $0.field == "problems" })
        #expect(ds.contains { $0.severity == .warning && $0.field == "suggestions" })
    }

    @Test func summaryIsRequired() {
        let (data, ds) = loadData(["data/r.yaml": "kind: annual-report\nfiscal_year: 2567\n"])
        #expect(data.first(AnnualReport.self) != nil)
        #expect(ds.contains { $0.severity == .error && $0.field == "summary" })
        #expect(ds.contains { $0.severity == .warning && $0.field == "budget_used" })
    }
}

// MARK: - Documentation examples

@Suite struct PlanDocsExampleTests {
    /// The YAML example of each kind's reference page loads cleanly (files it attaches and pages
    /// it links are not part of the example).
    @Test(arguments: ["development-plan", "annual-plan", "annual-report", "hr-plan", "hr-report", "ethics"])
    func docsExampleLoads(kind: String) throws {
        let doc = try String(contentsOfFile: TemporarySite.repository + "/docs/data/\(kind).md", encoding: .utf8)
        let start = try #require(doc.range(of: "```yaml\n"))
        let end = try #require(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
        let yaml = String(doc[start.upperBound..<end.lowerBound])
        #expect(yaml.hasPrefix("kind: \(kind)\n"))
        let (data, ds) = loadData(["data/example.yaml": yaml])
        #expect(data["example"] != nil)
        let unexpected = ds.filter { !$0.message.contains("does not exist in the site folder")
            && !$0.message.contains("no Markdown page") }
        #expect(unexpected.map(\.description) == [])
    }
}
