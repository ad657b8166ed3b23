import ThaiText

// MARK: - HR management and development plan (o14)

/// A project or activity of an HR plan.
public struct HRPlanActivity: Sendable, Hashable {
    public var name: String
    /// Who or what it aims at (กลุ่มเป้าหมาย/เป้าหมาย), as written.
    public var target: String?
    /// The fiscal years it runs in (a single year is a span of one); the plan's whole period when
    /// the plan does not say.
    public var period: FiscalYearSpan?
    /// The budget the plan states for each fiscal year of the period (B.E. year → budget). A year
    /// of the period missing here is "not stated".
    public var budgets: [Int: BudgetValue]
    /// The responsible unit or position.
    public var responsible: String?
    public var source: SourceRef

    public init(name: String, target: String? = nil, period: FiscalYearSpan? = nil, budgets: [Int: BudgetValue],
                responsible: String? = nil, source: SourceRef) {
        self.name = name
        self.target = target
        self.period = period
        self.budgets = budgets
        self.responsible = responsible
        self.source = source
    }

    /// The budget of one fiscal year; nil when the activity does not run that year.
    public func budget(in year: Int) -> BudgetValue? {
        guard let period, period.contains(year) else { return nil }
        return budgets[year] ?? .notStated
    }
}

/// A strategy or measure (ยุทธศาสตร์/มาตรการ) of an HR plan.
public struct HRStrategy: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var activities: [HRPlanActivity]
    public var source: SourceRef

    public init(name: String, description: String? = nil, activities: [HRPlanActivity], source: SourceRef) {
        self.name = name
        self.description = description
        self.activities = activities
        self.source = source
    }
}

/// `kind: hr-plan` — the HR management and development plan (แผนการบริหารและพัฒนาทรัพยากรบุคคล,
/// OIT o14).
///
/// The audit needs: `period` (the B.E. fiscal years it covers; it must contain the assessed year),
/// `objectives`, and `strategies` with their activities.
public struct HRPlan: Disclosure {
    public static let kind = "hr-plan"
    public var source: SourceRef
    /// The heading as the document prints it; the theme builds one from the year when absent.
    public var title: String?
    public var period: FiscalYearSpan
    public var objectives: [String]
    public var strategies: [HRStrategy]
    public var approved: CalendarDate?
    /// The HR criteria the agency applies (หลักเกณฑ์การบริหารทรัพยากรบุคคล), which ITA 2569 asks
    /// for with the plan.
    public var criteria: [HRCriterion] = []
    var ownAttachments: [AttachmentRef]
    public var attachments: [AttachmentRef] {
        ownAttachments + criteria.compactMap { c in c.file.map { AttachmentRef(file: $0, title: c.title, line: c.line, field: "file") } }
    }

    public init(source: SourceRef, title: String?, period: FiscalYearSpan, objectives: [String],
                strategies: [HRStrategy], approved: CalendarDate?, attachments: [AttachmentRef]) {
        self.source = source
        self.title = title
        self.period = period
        self.objectives = objectives
        self.strategies = strategies
        self.approved = approved
        self.ownAttachments = attachments
    }
}

/// What an HR criterion is about.
public enum HRCriterionTopic: String, Sendable, Hashable, CaseIterable {
    case recruitment, appointment, evaluation, promotion, development, other

    public var label: String {
        switch self {
        case .recruitment: return "การสรรหาและคัดเลือก"
        case .appointment: return "การบรรจุและแต่งตั้ง"
        case .evaluation: return "การประเมินผลการปฏิบัติงาน"
        case .promotion: return "การเลื่อนตำแหน่งและเลื่อนเงินเดือน"
        case .development: return "การพัฒนาบุคลากร"
        case .other: return "หลักเกณฑ์อื่น"
        }
    }
}

/// One HR criterion: what it governs, as text, a file or a page of the site.
public struct HRCriterion: Sendable, Hashable {
    public var topic: HRCriterionTopic
    public var title: String
    public var text: [String]
    public var file: String?
    /// A page of the site (`/hr/criteria/`).
    public var page: String?
    public var line: Int?

    public init(topic: HRCriterionTopic, title: String, text: [String] = [], file: String? = nil, page: String? = nil,
                line: Int? = nil) {
        self.topic = topic
        self.title = title
        self.text = text
        self.file = file
        self.page = page
        self.line = line
    }
}

// MARK: - HR results report (o15)

/// Something done in a fiscal year (training, a meeting, a campaign), with when and how many
/// took part.
public struct ActivityRecord: Sendable, Hashable {
    public var name: String
    /// One day (start == end) or a period.
    public var when: DateRange
    public var participants: Int?
    /// The result (HR report) or a description (ethics activities), as written.
    public var text: String?
    public var source: SourceRef

    public init(name: String, when: DateRange, participants: Int? = nil, text: String? = nil, source: SourceRef) {
        self.name = name
        self.when = when
        self.participants = participants
        self.text = text
        self.source = source
    }
}

/// `kind: hr-report` — the HR results of one fiscal year (รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล,
/// OIT o15).
///
/// The audit needs: `fiscalYear` (the report is for Y−1) and `activities` (or a `summary`).
public struct HRReport: Disclosure {
    public static let kind = "hr-report"
    public var source: SourceRef
    /// The heading as the document prints it; the theme builds one from the year when absent.
    public var title: String?
    public var fiscalYear: Int
    public var reported: CalendarDate?
    /// The summary the report states, one paragraph per entry.
    public var summary: [String]
    public var activities: [ActivityRecord]
    public var problems: [String]
    public var suggestions: [String]
    public var attachments: [AttachmentRef]

    public init(source: SourceRef, title: String?, fiscalYear: Int, reported: CalendarDate?, summary: [String],
                activities: [ActivityRecord], problems: [String], suggestions: [String],
                attachments: [AttachmentRef]) {
        self.source = source
        self.title = title
        self.fiscalYear = fiscalYear
        self.reported = reported
        self.summary = summary
        self.activities = activities
        self.problems = problems
        self.suggestions = suggestions
        self.attachments = attachments
    }

    /// Participants over every activity that states a count (computed).
    public var totalParticipants: Int? {
        let counts = activities.compactMap(\.participants)
        return counts.isEmpty ? nil : counts.reduce(0, +)
    }
}

// MARK: - Code of ethics and its promotion (o16)

/// One code of ethics that applies in the agency.
public struct EthicsCode: Sendable, Hashable {
    public var name: String
    /// Whom it binds (ผู้บริหารท้องถิ่น, สมาชิกสภาท้องถิ่น, พนักงานส่วนท้องถิ่นและลูกจ้าง).
    public var appliesTo: String?
    /// When it was announced, if stated.
    public var announced: CalendarDate?
    /// The code as a file in the site folder.
    public var file: String?
    /// The code as a page of the site (`/hr/ethics-code/`).
    public var page: String?
    public var source: SourceRef

    public init(name: String, appliesTo: String? = nil, announced: CalendarDate? = nil, file: String? = nil,
                page: String? = nil, source: SourceRef) {
        self.name = name
        self.appliesTo = appliesTo
        self.announced = announced
        self.file = file
        self.page = page
        self.source = source
    }
}

/// `kind: ethics` — the codes of ethics and the activities promoting them in one fiscal year
/// (ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม, OIT o16).
///
/// The audit needs: `codes` (each with a `file` or a `page`), and `activities` dated within
/// `fiscalYear`.
public struct EthicsDisclosure: Disclosure {
    public static let kind = "ethics"
    public var source: SourceRef
    /// The heading as the document prints it; the theme builds one from the year when absent.
    public var title: String?
    public var fiscalYear: Int
    public var codes: [EthicsCode]
    public var activities: [ActivityRecord]
    public var otherAttachments: [AttachmentRef]

    public init(source: SourceRef, title: String?, fiscalYear: Int, codes: [EthicsCode], activities: [ActivityRecord],
                attachments: [AttachmentRef]) {
        self.source = source
        self.title = title
        self.fiscalYear = fiscalYear
        self.codes = codes
        self.activities = activities
        self.otherAttachments = attachments
    }

    /// The codes' files and the other attached files (all checked to exist).
    public var attachments: [AttachmentRef] {
        codes.compactMap { c in c.file.map { AttachmentRef(file: $0, title: c.name, line: c.source.line) } }
            + otherAttachments
    }
}
