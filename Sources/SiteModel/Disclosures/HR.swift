import ThaiText

// MARK: - HR management and development plan (o14)

/// A project or activity of an HR plan.
public struct HRPlanActivity: Sendable, Hashable, Decodable {
    public var name: String
    /// Who or what it aims at (กลุ่มเป้าหมาย/เป้าหมาย), as written.
    public var target: String?
    /// The fiscal years it runs in (a single year is a span of one); the plan's whole period when
    /// the plan does not say.
    @ReadByRules public var period: FiscalYearSpan?
    /// The budget the plan states for each fiscal year of the period (B.E. year → budget). A year
    /// of the period missing here is "not stated". Written `budget:`, one figure for every year or
    /// one per year.
    @ReadByRules public var budgets: [Int: BudgetValue]
    /// The responsible unit or position.
    public var responsible: String?
    public var source: SourceRef

    enum CodingKeys: String, CodingKey {
        case name, target, period, budgets = "budget", responsible, source
    }

    /// The budget of one fiscal year; nil when the activity does not run that year.
    public func budget(in year: Int) -> BudgetValue? {
        guard let period, period.contains(year) else { return nil }
        return budgets[year] ?? .notStated
    }
}

/// A strategy or measure (ยุทธศาสตร์/มาตรการ) of an HR plan.
public struct HRStrategy: Sendable, Hashable, Decodable {
    public var name: String
    public var description: String?
    @Required public var activities: [HRPlanActivity]
    public var source: SourceRef
}

/// `kind: hr-plan` — the HR management and development plan (แผนการบริหารและพัฒนาทรัพยากรบุคคล,
/// OIT o14).
///
/// The audit needs: `period` (the B.E. fiscal years it covers; it must contain the assessed year),
/// `objectives`, and `strategies` with their activities.
public struct HRPlan: Disclosure, Decodable {
    public static let kind = "hr-plan"
    public var source: SourceRef
    /// The heading as the document prints it; the theme builds one from the year when absent.
    public var title: String?
    public var period: FiscalYearSpan
    public var objectives: [String]
    @Required public var strategies: [HRStrategy]
    public var approved: CalendarDate?
    /// The HR criteria the agency applies (หลักเกณฑ์การบริหารทรัพยากรบุคคล), which ITA 2569 asks
    /// for with the plan.
    public var criteria: [HRCriterion] = []
    var ownAttachments: [AttachmentRef]
    public var attachments: [AttachmentRef] {
        ownAttachments + criteria.compactMap { c in c.file.map { AttachmentRef(file: $0, title: c.title, line: c.line, field: "file") } }
    }

    enum CodingKeys: String, CodingKey {
        case source, title, period, objectives, strategies, approved, criteria, ownAttachments = "attachments"
    }
}

/// What an HR criterion is about.
public enum HRCriterionTopic: String, FieldChoice {
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
public struct HRCriterion: Sendable, Hashable, Decodable {
    public var topic: HRCriterionTopic
    public var title: String
    public var text: [String]
    public var file: String?
    /// A page of the site (`/hr/criteria/`).
    @SitePath<HRCriterion> public var page: String?
    @SourceLine public var line: Int?
}

extension HRCriterion: SitePathExample {
    public static var example: String { "/hr/criteria/" }
}

// MARK: - HR results report (o15)

/// Something done in a fiscal year (training, a meeting, a campaign), with when and how many
/// took part.
///
/// An activity has a `date` or a `period`, never both (the loader leaves out one that has
/// neither or both).
public struct ActivityRecord: Sendable, Hashable, Decodable {
    public var name: String
    /// The day of a one-day activity.
    public var date: CalendarDate?
    /// The period of a longer one.
    public var period: DateRange?
    @Count public var participants: Int?
    /// The result (HR report, `result:`) or a description (ethics activities, `description:`), as
    /// written.
    public var text: String?
    public var source: SourceRef

    /// One day (start == end) or a period.
    public var when: DateRange {
        period ?? DateRange(start: date ?? CalendarDate(daysSinceEpoch: 0), end: date ?? CalendarDate(daysSinceEpoch: 0))
    }
}

/// The activities of an HR report write their text as `result:`.
public enum HRResultNames: FieldNames {
    public static var names: [String: String] { ["text": "result"] }
}

/// The activities of an ethics disclosure write their text as `description:`.
public enum EthicsDescriptionNames: FieldNames {
    public static var names: [String: String] { ["text": "description"] }
}

/// `kind: hr-report` — the HR results of one fiscal year (รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล,
/// OIT o15).
///
/// The audit needs: `fiscalYear` (the report is for Y−1) and `activities` (or a `summary`).
public struct HRReport: Disclosure, Decodable {
    public static let kind = "hr-report"
    public var source: SourceRef
    /// The heading as the document prints it; the theme builds one from the year when absent.
    public var title: String?
    @BuddhistYear public var fiscalYear: Int
    public var reported: CalendarDate?
    /// The summary the report states, one paragraph per entry.
    public var summary: [String]
    @Renamed<[ActivityRecord], HRResultNames> public var activities: [ActivityRecord]
    public var problems: [String]
    public var suggestions: [String]
    public var attachments: [AttachmentRef]

    /// Participants over every activity that states a count (computed).
    public var totalParticipants: Int? {
        let counts = activities.compactMap(\.participants)
        return counts.isEmpty ? nil : counts.reduce(0, +)
    }
}

// MARK: - Code of ethics and its promotion (o16)

/// One code of ethics that applies in the agency.
public struct EthicsCode: Sendable, Hashable, Decodable {
    public var name: String
    /// Whom it binds (ผู้บริหารท้องถิ่น, สมาชิกสภาท้องถิ่น, พนักงานส่วนท้องถิ่นและลูกจ้าง).
    public var appliesTo: String?
    /// When it was announced, if stated.
    public var announced: CalendarDate?
    /// The code as a file in the site folder.
    public var file: String?
    /// The code as a page of the site (`/hr/ethics-code/`).
    @SitePath<EthicsCode> public var page: String?
    public var source: SourceRef
}

extension EthicsCode: SitePathExample {
    public static var example: String { "/hr/ethics-code/" }
}

/// `kind: ethics` — the codes of ethics and the activities promoting them in one fiscal year
/// (ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม, OIT o16).
///
/// The audit needs: `codes` (each with a `file` or a `page`), and `activities` dated within
/// `fiscalYear`.
public struct EthicsDisclosure: Disclosure, Decodable {
    public static let kind = "ethics"
    public var source: SourceRef
    /// The heading as the document prints it; the theme builds one from the year when absent.
    public var title: String?
    @BuddhistYear public var fiscalYear: Int
    @Required public var codes: [EthicsCode]
    @Renamed<[ActivityRecord], EthicsDescriptionNames> public var activities: [ActivityRecord]
    public var otherAttachments: [AttachmentRef]

    enum CodingKeys: String, CodingKey {
        case source, title, fiscalYear, codes, activities, otherAttachments = "attachments"
    }

    /// The codes' files and the other attached files (all checked to exist).
    public var attachments: [AttachmentRef] {
        codes.compactMap { c in c.file.map { AttachmentRef(file: $0, title: c.name, line: c.source.line) } }
            + otherAttachments
    }
}
