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
}

/// Read from `name`, `date` (one day) or `period` (`start`, `end`), `type`, `participants`
/// (`groups`, `count`), `description`, `outcome`, `unit` and `attachments`. A record without a
/// readable day or period gets `DateRange.unread`; its rules report it.
extension ParticipationActivity: Decodable {
    enum CodingKeys: String, CodingKey {
        case name, date, period, type, participants, description, outcome, unit, attachments, line
    }

    /// `participants:` who took part and how many.
    private struct Participants: Decodable {
        var groups: [String]
        @Count var count: Int?
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        // One of date and period; with both or neither, neither is read.
        switch (c.contains(.date), c.contains(.period)) {
        case (true, false):
            period = try c.decodeIfPresent(CalendarDate.self, forKey: .date).map { DateRange(start: $0, end: $0) } ?? .unread
        case (false, true):
            period = try c.decodeIfPresent(DateRange.self, forKey: .period) ?? .unread
        default:
            period = .unread
        }
        type = try c.decode(ParticipationType.self, forKey: .type)
        let who = try c.decode(Participants.self, forKey: .participants)
        groups = who.groups
        participants = who.count
        description = try c.decode(String.self, forKey: .description)
        outcome = try c.decodeIfPresent(String.self, forKey: .outcome)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        attachments = try c.decode([AttachmentRef].self, forKey: .attachments)
        line = try c.decode(SourceLine.self, forKey: .line).wrappedValue
    }
}

extension DateRange {
    /// The period of a record whose dates could not be read (1 January 1970).
    public static let unread = DateRange(start: CalendarDate(daysSinceEpoch: 0), end: CalendarDate(daysSinceEpoch: 0))
}

/// `kind: participation` — activities of one fiscal year in which citizens took part in planning,
/// operations or oversight (OIT o20).
public struct Participation: Disclosure, Decodable {
    public static let kind = "participation"
    public var source: SourceRef
    @Omissible public var title: String
    /// The fiscal year (B.E.) the activities belong to.
    @StatedFiscalYear public var fiscalYear: Int
    /// Ordered by start date.
    @Required public var activities: [ParticipationActivity]
    /// Files about the whole year (a summary report); each activity may attach its own
    /// (`attachments:`).
    public var reportAttachments: [AttachmentRef]

    enum CodingKeys: String, CodingKey { case source, title, fiscalYear, activities, reportAttachments = "attachments" }

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
