import ThaiText

// MARK: - Complaint procedure (o17)

/// A time limit of the complaint procedure, e.g. "acknowledge within 3 working days".
public struct TimeLimit: Sendable, Hashable, Decodable {
    /// What must be done within the limit (แจ้งตอบรับเรื่องร้องเรียน).
    public var what: String
    @Count public var days: Int
    /// Whether `days` counts working days (วันทำการ) rather than calendar days.
    @Omissible public var workingDays: Bool
    /// The limit as the guideline words it, when the clerk copies it.
    public var text: String?
    @SourceLine public var line: Int?
}

/// `kind: complaint-procedure` — the guideline for handling corruption and misconduct complaints,
/// separate from general complaints (OIT o17), in its four parts: how to file, the steps, the
/// responsible unit and the time limits.
public struct ComplaintProcedure: Disclosure, Decodable {
    public static let kind = "complaint-procedure"
    public var source: SourceRef
    @Omissible public var title: String
    public var issued: CalendarDate?
    /// How to file a complaint: one paragraph per entry.
    public var howToFile: [String]
    @Required public var steps: [ProcedureStep]
    public var responsibleUnit: String
    @Required public var timeLimits: [TimeLimit]
    public var contact: ContactPoint?
    public var legalBasis: [String]
    public var attachments: [AttachmentRef]

    /// The four parts OIT o17 requires that the guideline leaves out, by their data-file names.
    public var missingOITParts: [String] {
        var out: [String] = []
        if howToFile.isEmpty { out.append("how_to_file") }
        if steps.isEmpty { out.append("steps") }
        if responsibleUnit.isEmpty { out.append("responsible_unit") }
        if timeLimits.isEmpty { out.append("time_limits") }
        return out
    }
}

// MARK: - Complaint channels (o18)

/// What kind of channel a complaint can be filed through.
public enum ComplaintChannelKind: String, ThaiLabelledChoice {
    /// A web form, LINE or another online service with an address.
    case online
    case email
    case phone
    case letter
    case inPerson = "in_person"
    case box

    public var label: String {
        switch self {
        case .online: return "ออนไลน์"
        case .email: return "อีเมล"
        case .phone: return "โทรศัพท์"
        case .letter: return "จดหมาย"
        case .inPerson: return "ด้วยตนเอง"
        case .box: return "ตู้รับเรื่องร้องเรียน"
        }
    }

    /// Online and e-mail channels need no visit, stamp or call.
    public var isOnline: Bool { self == .online || self == .email }
}

/// One channel for filing complaints.
public struct ComplaintChannel: Sendable, Hashable, Decodable {
    public var name: String
    public var kind: ComplaintChannelKind
    @WebAddressField public var url: String?
    public var email: String?
    public var phone: String?
    public var address: String?
    public var hours: String?
    /// Whether the channel is for corruption and misconduct complaints only (separate from
    /// general complaints).
    @Omissible public var corruptionOnly: Bool
    /// Whether another agency runs the channel (สำนักงาน ป.ป.ช., ศูนย์ดำรงธรรม).
    @Omissible public var external: Bool
    public var note: String?
    @SourceLine public var line: Int?
}

/// `kind: complaint-channels` — the channels for corruption and misconduct complaints (OIT o18).
public struct ComplaintChannels: Disclosure, Decodable {
    public static let kind = "complaint-channels"
    public var source: SourceRef
    @Omissible public var title: String
    @Required public var channels: [ComplaintChannel]
    /// How the complainant's identity is protected, as the agency states it.
    public var identityProtection: String
    public var attachments: [AttachmentRef]

    /// The agency's own online channels for corruption complaints only: what o18 looks for.
    public var ownOnlineCorruptionChannels: [ComplaintChannel] {
        channels.filter { $0.corruptionOnly && !$0.external && $0.kind.isOnline }
    }
}

// MARK: - Complaint statistics (o19)

/// The figures of one month. `received` and `finished` happened during the month;
/// `inProgress` is what was still being handled at its end.
public struct ComplaintMonth: Sendable, Hashable, Decodable {
    public var month: YearMonth
    @Count public var received: Int
    @Count public var inProgress: Int
    @Count public var finished: Int
    public var note: String?
    @SourceLine public var line: Int?
}

/// `kind: complaint-stats` — monthly corruption-complaint statistics of one fiscal year (OIT o19).
///
/// Consistency rule, checked month by month: complaints finished so far plus those in progress
/// at the end of the month cannot exceed the complaints carried over from the previous year plus
/// those received so far. Fewer is allowed (a complaint referred to another agency is neither).
public struct ComplaintStats: Disclosure, Decodable {
    public static let kind = "complaint-stats"
    public var source: SourceRef
    @Omissible public var title: String
    /// The fiscal year (B.E.) the statistics are for.
    @StatedFiscalYear public var fiscalYear: Int
    /// Complaints still being handled on 1 October (from the previous fiscal year).
    @Count public var carriedOver: Int?
    public var asOf: CalendarDate?
    /// Reported months, in order. A month not reported is absent, never zero.
    @Required public var months: [ComplaintMonth]
    public var notes: [String]
    public var attachments: [AttachmentRef]

    /// The months of the fiscal year with a reported figure.
    public var coveredMonths: [YearMonth] { months.map(\.month) }

    /// The months of the fiscal year with no figure, in order.
    public var missingMonths: [YearMonth] {
        let covered = Set(coveredMonths)
        return FiscalYear(buddhistYear: fiscalYear).months.filter { !covered.contains($0) }
    }

    /// Computed: complaints received in the reported months.
    public var totalReceived: Int { months.reduce(0) { $0 + $1.received } }
    /// Computed: complaints finished in the reported months.
    public var totalFinished: Int { months.reduce(0) { $0 + $1.finished } }
    /// In progress at the end of the latest reported month.
    public var latestInProgress: Int? { months.last?.inProgress }

    /// A month whose figures break the consistency rule.
    public struct Inconsistency: Sendable, Hashable {
        public var month: ComplaintMonth
        /// Carried over plus received up to and including the month.
        public var receivedSoFar: Int
        /// Finished up to and including the month.
        public var finishedSoFar: Int
    }

    public var inconsistencies: [Inconsistency] {
        var received = carriedOver ?? 0
        var finished = 0
        var out: [Inconsistency] = []
        for m in months {
            received += m.received
            finished += m.finished
            if finished + m.inProgress > received {
                out.append(Inconsistency(month: m, receivedSoFar: received, finishedSoFar: finished))
            }
        }
        return out
    }
}
