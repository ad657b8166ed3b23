import ThaiText

// MARK: - Complaint procedure (o17)

/// A time limit of the complaint procedure, e.g. "acknowledge within 3 working days".
public struct TimeLimit: Sendable, Hashable {
    /// What must be done within the limit (แจ้งตอบรับเรื่องร้องเรียน).
    public var what: String
    public var days: Int
    /// Whether `days` counts working days (วันทำการ) rather than calendar days.
    public var workingDays: Bool
    /// The limit as the guideline words it, when the clerk copies it.
    public var text: String?
    public var line: Int?

    public init(what: String, days: Int, workingDays: Bool = false, text: String? = nil, line: Int? = nil) {
        self.what = what
        self.days = days
        self.workingDays = workingDays
        self.text = text
        self.line = line
    }
}

/// `kind: complaint-procedure` — the guideline for handling corruption and misconduct complaints,
/// separate from general complaints (OIT o17), in its four parts: how to file, the steps, the
/// responsible unit and the time limits.
public struct ComplaintProcedure: Disclosure {
    public static let kind = "complaint-procedure"
    public var source: SourceRef
    public var title: String
    public var issued: CalendarDate?
    /// How to file a complaint: one paragraph per entry.
    public var howToFile: [String]
    public var steps: [ProcedureStep]
    public var responsibleUnit: String
    public var timeLimits: [TimeLimit]
    public var contact: ContactPoint?
    public var legalBasis: [String]
    public var attachments: [AttachmentRef]

    public init(source: SourceRef, title: String, issued: CalendarDate? = nil, howToFile: [String],
                steps: [ProcedureStep], responsibleUnit: String, timeLimits: [TimeLimit], contact: ContactPoint? = nil,
                legalBasis: [String] = [], attachments: [AttachmentRef] = []) {
        self.source = source
        self.title = title
        self.issued = issued
        self.howToFile = howToFile
        self.steps = steps
        self.responsibleUnit = responsibleUnit
        self.timeLimits = timeLimits
        self.contact = contact
        self.legalBasis = legalBasis
        self.attachments = attachments
    }

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
public struct ComplaintChannel: Sendable, Hashable {
    public var name: String
    public var kind: ComplaintChannelKind
    public var url: String?
    public var email: String?
    public var phone: String?
    public var address: String?
    public var hours: String?
    /// Whether the channel is for corruption and misconduct complaints only (separate from
    /// general complaints).
    public var corruptionOnly: Bool
    /// Whether another agency runs the channel (สำนักงาน ป.ป.ช., ศูนย์ดำรงธรรม).
    public var external: Bool
    public var note: String?
    public var line: Int?

    public init(name: String, kind: ComplaintChannelKind, url: String? = nil, email: String? = nil, phone: String? = nil,
                address: String? = nil, hours: String? = nil, corruptionOnly: Bool, external: Bool = false,
                note: String? = nil, line: Int? = nil) {
        self.name = name
        self.kind = kind
        self.url = url
        self.email = email
        self.phone = phone
        self.address = address
        self.hours = hours
        self.corruptionOnly = corruptionOnly
        self.external = external
        self.note = note
        self.line = line
    }
}

/// `kind: complaint-channels` — the channels for corruption and misconduct complaints (OIT o18).
public struct ComplaintChannels: Disclosure {
    public static let kind = "complaint-channels"
    public var source: SourceRef
    public var title: String
    public var channels: [ComplaintChannel]
    /// How the complainant's identity is protected, as the agency states it.
    public var identityProtection: String
    public var attachments: [AttachmentRef]

    public init(source: SourceRef, title: String, channels: [ComplaintChannel], identityProtection: String,
                attachments: [AttachmentRef] = []) {
        self.source = source
        self.title = title
        self.channels = channels
        self.identityProtection = identityProtection
        self.attachments = attachments
    }

    /// The agency's own online channels for corruption complaints only: what o18 looks for.
    public var ownOnlineCorruptionChannels: [ComplaintChannel] {
        channels.filter { $0.corruptionOnly && !$0.external && $0.kind.isOnline }
    }
}

// MARK: - Complaint statistics (o19)

/// The figures of one month. `received` and `finished` happened during the month;
/// `inProgress` is what was still being handled at its end.
public struct ComplaintMonth: Sendable, Hashable {
    public var month: YearMonth
    public var received: Int
    public var inProgress: Int
    public var finished: Int
    public var note: String?
    public var line: Int?

    public init(month: YearMonth, received: Int, inProgress: Int, finished: Int, note: String? = nil, line: Int? = nil) {
        self.month = month
        self.received = received
        self.inProgress = inProgress
        self.finished = finished
        self.note = note
        self.line = line
    }
}

/// `kind: complaint-stats` — monthly corruption-complaint statistics of one fiscal year (OIT o19).
///
/// Consistency rule, checked month by month: complaints finished so far plus those in progress
/// at the end of the month cannot exceed the complaints carried over from the previous year plus
/// those received so far. Fewer is allowed (a complaint referred to another agency is neither).
public struct ComplaintStats: Disclosure {
    public static let kind = "complaint-stats"
    public var source: SourceRef
    /// The fiscal year (B.E.) the statistics are for.
    public var fiscalYear: Int
    public var title: String
    /// Complaints still being handled on 1 October (from the previous fiscal year).
    public var carriedOver: Int
    /// Reported months, in order. A month not reported is absent, never zero.
    public var months: [ComplaintMonth]
    public var asOf: CalendarDate?
    public var notes: [String]
    public var attachments: [AttachmentRef]

    public init(source: SourceRef, fiscalYear: Int, title: String, carriedOver: Int = 0, months: [ComplaintMonth],
                asOf: CalendarDate? = nil, notes: [String] = [], attachments: [AttachmentRef] = []) {
        self.source = source
        self.fiscalYear = fiscalYear
        self.title = title
        self.carriedOver = carriedOver
        self.months = months.sorted { $0.month < $1.month }
        self.asOf = asOf
        self.notes = notes
        self.attachments = attachments
    }

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
        var received = carriedOver
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
