import ThaiText

/// The stage of the agency's work in which citizens took part.
public enum ParticipationType: String, ThaiLabelledChoice {
    /// ร่วมวางแผน: village and sub-district forums, development-plan committees.
    case planning
    /// ร่วมดำเนินการ: citizens carry out the activity with the agency.
    case operation
    /// ร่วมติดตามตรวจสอบ: citizens monitor or inspect (procurement observers, plan evaluation).
    case oversight

    public var label: String {
        switch self {
        case .planning: return "การวางแผน"
        case .operation: return "การดำเนินการ"
        case .oversight: return "การติดตามตรวจสอบ"
        }
    }
}

/// One activity in which citizens took part.
public struct ParticipationActivity: Sendable, Hashable {
    public var name: String
    /// The day or days of the activity (a single day has start == end).
    public var period: DateRange
    public var type: ParticipationType
    /// Who took part (groups of people), as stated.
    public var groups: [String]
    /// How many people took part, when counted.
    public var participants: Int?
    public var description: String
    public var outcome: String?
    /// The unit that organised it.
    public var unit: String?
    public var attachments: [AttachmentRef]
    public var line: Int?

    public init(name: String, period: DateRange, type: ParticipationType, groups: [String], participants: Int? = nil,
                description: String, outcome: String? = nil, unit: String? = nil, attachments: [AttachmentRef] = [],
                line: Int? = nil) {
        self.name = name
        self.period = period
        self.type = type
        self.groups = groups
        self.participants = participants
        self.description = description
        self.outcome = outcome
        self.unit = unit
        self.attachments = attachments
        self.line = line
    }
}

/// `kind: participation` — activities of one fiscal year in which citizens took part in planning,
/// operations or oversight (OIT o20).
public struct Participation: Disclosure {
    public static let kind = "participation"
    public var source: SourceRef
    /// The fiscal year (B.E.) the activities belong to.
    public var fiscalYear: Int
    public var title: String
    /// Ordered by start date.
    public var activities: [ParticipationActivity]
    /// Files about the whole year (a summary report); each activity may attach its own.
    public var reportAttachments: [AttachmentRef]

    public init(source: SourceRef, fiscalYear: Int, title: String, activities: [ParticipationActivity],
                reportAttachments: [AttachmentRef] = []) {
        self.source = source
        self.fiscalYear = fiscalYear
        self.title = title
        self.activities = activities.enumerated().sorted {
            ($0.element.period.start, $0.offset) < ($1.element.period.start, $1.offset)
        }.map(\.element)
        self.reportAttachments = reportAttachments
    }

    /// Every attached file (of the year and of each activity), checked to exist.
    public var attachments: [AttachmentRef] { reportAttachments + activities.flatMap(\.attachments) }

    /// Activities that fall (at least partly) inside the fiscal year.
    public var activitiesInYear: [ParticipationActivity] {
        let fy = FiscalYear(buddhistYear: fiscalYear)
        return activities.filter { $0.period.overlaps(fy) }
    }

    /// Computed: people counted over all activities that state a count.
    public var totalParticipants: Int? {
        let counts = activities.compactMap(\.participants)
        return counts.isEmpty ? nil : counts.reduce(0, +)
    }
}
