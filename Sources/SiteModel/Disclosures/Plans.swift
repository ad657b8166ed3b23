import ThaiText

// MARK: - Local development plan (o5)

/// A performance indicator (ตัวชี้วัด) as a plan states it, with its target (ค่าเป้าหมาย) when
/// the plan gives one. Both are kept as written: targets mix numbers and words ("ร้อยละ 98",
/// "ไม่น้อยกว่า 10 กิโลเมตร").
public struct PlanIndicator: Sendable, Hashable {
    public var text: String
    public var target: String?
    public init(text: String, target: String? = nil) {
        self.text = text
        self.target = target
    }
}

/// One strategy (ยุทธศาสตร์) of a development plan.
public struct PlanStrategy: Sendable, Hashable {
    /// The strategy's number or code as printed (`1`, `๖`); annual plans refer to it.
    public var id: String
    public var name: String
    /// The strategy's own goals (เป้าประสงค์), when the plan gives them per strategy.
    public var goals: [String]
    /// Development approaches (แนวทางการพัฒนา).
    public var approaches: [String]
    public var indicators: [PlanIndicator]
    public var source: SourceRef

    public init(id: String, name: String, goals: [String] = [], approaches: [String], indicators: [PlanIndicator],
                source: SourceRef) {
        self.id = id
        self.name = name
        self.goals = goals
        self.approaches = approaches
        self.indicators = indicators
        self.source = source
    }
}

/// `kind: development-plan` — the local development plan (แผนพัฒนาท้องถิ่น, OIT o5).
///
/// The audit needs: `period` (the B.E. fiscal years it covers; it must contain the assessed
/// year), `goals` (or per-strategy goals), `strategies` and their `indicators`.
public struct DevelopmentPlan: Disclosure {
    public static let kind = "development-plan"
    public var source: SourceRef
    /// The heading as the document prints it; the theme builds one from the year when absent.
    public var title: String?
    /// The fiscal years the plan covers (2566–2570).
    public var period: FiscalYearSpan
    public var vision: String
    /// Missions (พันธกิจ), when the plan states them.
    public var missions: [String]
    /// Goals (เป้าประสงค์) of the whole plan.
    public var goals: [String]
    public var strategies: [PlanStrategy]
    /// When the plan was approved or announced (ประกาศใช้).
    public var approved: CalendarDate?
    /// Who approved it (ความเห็นชอบของสภา…, ประกาศโดยนายก…), as written.
    public var approvedBy: String?
    public var attachments: [AttachmentRef]

    public init(source: SourceRef, title: String?, period: FiscalYearSpan, vision: String, missions: [String],
                goals: [String], strategies: [PlanStrategy], approved: CalendarDate?, approvedBy: String?,
                attachments: [AttachmentRef]) {
        self.source = source
        self.title = title
        self.period = period
        self.vision = vision
        self.missions = missions
        self.goals = goals
        self.strategies = strategies
        self.approved = approved
        self.approvedBy = approvedBy
        self.attachments = attachments
    }

    /// Every indicator of every strategy.
    public var indicatorCount: Int { strategies.reduce(0) { $0 + $1.indicators.count } }
}

// MARK: - Annual operating plan and its progress (o6)

/// When a project runs: two dates, or a span of whole months (as a plan's month grid shows it).
public enum PlanPeriod: Sendable, Hashable {
    case dates(DateRange)
    case months(first: YearMonth, last: YearMonth)

    public var start: CalendarDate {
        switch self {
        case .dates(let r): return r.start
        case .months(let first, _): return first.firstDay
        }
    }

    public var end: CalendarDate {
        switch self {
        case .dates(let r): return r.end
        case .months(_, let last): return last.lastDay
        }
    }

    public func overlaps(_ fy: FiscalYear) -> Bool { start <= fy.end && end >= fy.start }
}

/// A strategy an annual plan is organised by (its number and name as the plan prints them).
public struct StrategyRef: Sendable, Hashable {
    public var id: String
    public var name: String
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// One project (โครงการ) of an annual operating plan.
public struct AnnualPlanProject: Sendable, Hashable {
    /// The clerk's own identifier, used by progress reports (`p01`, `road-moo5`).
    public var id: String
    public var name: String
    /// The `id` of one of the plan's strategies.
    public var strategy: String
    /// The work programme (แผนงาน), e.g. แผนงานเคหะและชุมชน.
    public var program: String?
    /// What the project delivers (เป้าหมาย/ผลผลิต), as written.
    public var target: String?
    public var budget: BudgetValue
    /// Where the money comes from (ข้อบัญญัติงบประมาณ, เงินอุดหนุนเฉพาะกิจ, เงินสะสม), as written.
    public var funding: String?
    public var period: PlanPeriod?
    /// The responsible unit (สำนักปลัด, กองช่าง, …).
    public var unit: String
    /// Village or area (หมู่ที่ 5 บ้านโคกสำโรง), when the project is local.
    public var area: String?
    public var source: SourceRef

    public init(id: String, name: String, strategy: String, program: String? = nil, target: String? = nil,
                budget: BudgetValue, funding: String? = nil, period: PlanPeriod?, unit: String, area: String? = nil,
                source: SourceRef) {
        self.id = id
        self.name = name
        self.strategy = strategy
        self.program = program
        self.target = target
        self.budget = budget
        self.funding = funding
        self.period = period
        self.unit = unit
        self.area = area
        self.source = source
    }
}

/// The stage a project has reached.
public enum ProjectStatus: String, Sendable, Hashable, CaseIterable {
    case notStarted = "ยังไม่ดำเนินการ"
    case inProgress = "อยู่ระหว่างดำเนินการ"
    case done = "ดำเนินการแล้วเสร็จ"
    case cancelled = "ยกเลิก"
}

/// The span a progress report covers.
public enum ProgressPeriod: String, Sendable, Hashable, CaseIterable {
    /// October–March (รอบ 6 เดือน).
    case sixMonths = "6-month"
    /// October–September (รอบ 12 เดือน).
    case twelveMonths = "12-month"

    /// The last day the report must cover: 31 March or 30 September of the fiscal year.
    public func end(of fy: FiscalYear) -> CalendarDate {
        switch self {
        case .sixMonths: return fy.months[5].lastDay
        case .twelveMonths: return fy.end
        }
    }

    /// The months covered, October first.
    public func months(of fy: FiscalYear) -> [YearMonth] {
        Array(fy.months.prefix(self == .sixMonths ? 6 : 12))
    }
}

/// The progress of one project in one report.
public struct ProjectProgress: Sendable, Hashable {
    /// The `id` of a project of the same plan.
    public var project: String
    public var status: ProjectStatus
    /// Money spent (disbursed) up to the report's date.
    public var spent: Money
    public var note: String?
    public var source: SourceRef

    public init(project: String, status: ProjectStatus, spent: Money, note: String? = nil, source: SourceRef) {
        self.project = project
        self.status = status
        self.spent = spent
        self.note = note
        self.source = source
    }
}

/// A progress report (รายงานความก้าวหน้า) of an annual plan.
public struct ProgressReport: Sendable, Hashable {
    public var period: ProgressPeriod
    /// The date the figures are as of (ข้อมูล ณ วันที่); never before the period's end.
    public var asOf: CalendarDate
    /// When the report was published or signed, if stated.
    public var reported: CalendarDate?
    public var items: [ProjectProgress]
    /// Remarks the report states (problems, explanations), as paragraphs.
    public var notes: [String]
    public var source: SourceRef

    public init(period: ProgressPeriod, asOf: CalendarDate, reported: CalendarDate? = nil, items: [ProjectProgress],
                notes: [String] = [], source: SourceRef) {
        self.period = period
        self.asOf = asOf
        self.reported = reported
        self.items = items
        self.notes = notes
        self.source = source
    }

    public func count(_ status: ProjectStatus) -> Int { items.filter { $0.status == status }.count }

    /// The sum of money spent over every project (computed).
    public var totalSpent: Money { items.reduce(Money.zero) { $0 + $1.spent } }
}

/// `kind: annual-plan` — the operating plan of one fiscal year with its progress reports
/// (แผนการดำเนินงานประจำปีงบประมาณ, OIT o6).
///
/// The audit needs: `fiscalYear` (the plan's B.E. year), `projects` (budget and period each), and
/// `progress`: a report whose `period` is `.sixMonths` or `.twelveMonths` shows that Oct–Mar (or
/// the whole year) is covered; `asOf` says up to which date.
public struct AnnualPlan: Disclosure {
    public static let kind = "annual-plan"
    public var source: SourceRef
    /// The heading as the document prints it; the theme builds one from the year when absent.
    public var title: String?
    public var fiscalYear: Int
    public var approved: CalendarDate?
    public var strategies: [StrategyRef]
    public var projects: [AnnualPlanProject]
    public var progress: [ProgressReport]
    public var attachments: [AttachmentRef]

    public init(source: SourceRef, title: String?, fiscalYear: Int, approved: CalendarDate?, strategies: [StrategyRef],
                projects: [AnnualPlanProject], progress: [ProgressReport], attachments: [AttachmentRef]) {
        self.source = source
        self.title = title
        self.fiscalYear = fiscalYear
        self.approved = approved
        self.strategies = strategies
        self.projects = projects
        self.progress = progress
        self.attachments = attachments
    }

    public var fiscal: FiscalYear { FiscalYear(buddhistYear: fiscalYear) }

    public func project(_ id: String) -> AnnualPlanProject? { projects.first { $0.id == id } }

    /// The sum of the projects' stated amounts (computed); projects with no budget or no stated
    /// budget add nothing, and are counted separately.
    public var totalBudget: Money { projects.compactMap(\.budget.money).reduce(Money.zero, +) }

    /// The report for a period, if there is one.
    public func report(_ period: ProgressPeriod) -> ProgressReport? { progress.first { $0.period == period } }
}

// MARK: - Annual results report (o7)

/// The results of one strategy as the report states them.
public struct StrategyResult: Sendable, Hashable {
    public var strategy: String
    /// Projects in the plan for the year.
    public var planned: Int
    /// Projects carried out.
    public var done: Int
    public var budget: Money?
    public var spent: Money?
    public var source: SourceRef

    public init(strategy: String, planned: Int, done: Int, budget: Money? = nil, spent: Money? = nil,
                source: SourceRef) {
        self.strategy = strategy
        self.planned = planned
        self.done = done
        self.budget = budget
        self.spent = spent
        self.source = source
    }
}

/// `kind: annual-report` — the results report of one fiscal year (รายงานผลการดำเนินงานประจำปี,
/// OIT o7).
///
/// The audit needs: `fiscalYear` (the report is for Y−1), `summary` (results), `budget` and
/// `spent`, `problems` and `suggestions`.
public struct AnnualReport: Disclosure {
    public static let kind = "annual-report"
    public var source: SourceRef
    /// The heading as the document prints it; the theme builds one from the year when absent.
    public var title: String?
    public var fiscalYear: Int
    /// When the report was published or presented (to the council, to the public).
    public var reported: CalendarDate?
    /// Summary of results, one paragraph per entry.
    public var summary: [String]
    /// The budget of the year, as stated.
    public var budget: Money?
    /// Money spent in the year, as stated.
    public var spent: Money?
    public var results: [StrategyResult]
    public var problems: [String]
    public var suggestions: [String]
    public var attachments: [AttachmentRef]

    public init(source: SourceRef, title: String?, fiscalYear: Int, reported: CalendarDate?, summary: [String],
                budget: Money?, spent: Money?, results: [StrategyResult], problems: [String], suggestions: [String],
                attachments: [AttachmentRef]) {
        self.source = source
        self.title = title
        self.fiscalYear = fiscalYear
        self.reported = reported
        self.summary = summary
        self.budget = budget
        self.spent = spent
        self.results = results
        self.problems = problems
        self.suggestions = suggestions
        self.attachments = attachments
    }
}
