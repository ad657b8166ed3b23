import ThaiText

// The integrity datasets of OIT indicator 10 (การป้องกันการทุจริต): the No Gift Policy (o21), the
// gift register (o22), the bribery-risk assessment (o23) and its report (o24), the integrity
// measures (o27) and their report (o28).

/// A person named by a document: a position always, a name when the document gives one.
public struct PersonRef: Sendable, Hashable {
    public var name: String?
    public var position: String
    public init(name: String?, position: String) {
        self.name = name
        self.position = position
    }
}

// MARK: - No Gift Policy (o21)

/// The executive's announcement of the No Gift Policy (ประกาศเจตนารมณ์).
public struct GiftPolicyAnnouncement: Sendable, Hashable {
    public var title: String
    public var date: CalendarDate
    public var signer: PersonRef
    /// The text of the announcement, one entry per paragraph, as the document states it.
    public var paragraphs: [String]
    public var attachments: [AttachmentRef]
    public var source: SourceRef

    public init(title: String, date: CalendarDate, signer: PersonRef, paragraphs: [String], attachments: [AttachmentRef],
                source: SourceRef) {
        self.title = title
        self.date = date
        self.signer = signer
        self.paragraphs = paragraphs
        self.attachments = attachments
        self.source = source
    }
}

/// An activity that builds the No Gift culture (การสร้างวัฒนธรรม).
public struct CultureActivity: Sendable, Hashable {
    public var name: String
    public var date: CalendarDate
    /// Who took part, as the document says it (ผู้บริหาร พนักงานส่วนตำบล และพนักงานจ้าง).
    public var participants: String
    public var participantCount: Int?
    public var description: String
    public var attachments: [AttachmentRef]
    public var source: SourceRef

    public init(name: String, date: CalendarDate, participants: String, participantCount: Int?, description: String,
                attachments: [AttachmentRef], source: SourceRef) {
        self.name = name
        self.date = date
        self.participants = participants
        self.participantCount = participantCount
        self.description = description
        self.attachments = attachments
        self.source = source
    }
}

/// `kind: no-gift-policy` — the announcement and the culture-building activities (OIT o21).
public struct NoGiftPolicy: Disclosure {
    public static let kind = "no-gift-policy"
    public var source: SourceRef
    public var title: String
    /// The fiscal year (B.E.) the file says the announcement is for, if it says so.
    public var statedFiscalYear: Int?
    public var announcement: GiftPolicyAnnouncement
    public var activities: [CultureActivity]
    /// Knowledge-building on the rules for accepting gifts (section 128 of the organic act on
    /// anti-corruption, the NACC's rules on customary gifts), which ITA 2569 asks for.
    public var knowledge: [CultureActivity] = []

    public init(source: SourceRef, title: String, statedFiscalYear: Int?, announcement: GiftPolicyAnnouncement,
                activities: [CultureActivity], knowledge: [CultureActivity] = []) {
        self.knowledge = knowledge
        self.source = source
        self.title = title
        self.statedFiscalYear = statedFiscalYear
        self.announcement = announcement
        self.activities = activities
    }

    /// The fiscal year the policy is for: as stated, else the year of the announcement's date.
    public var fiscalYear: Int { statedFiscalYear ?? announcement.date.fiscalYear.buddhistYear }

    public var attachments: [AttachmentRef] {
        announcement.attachments + activities.flatMap(\.attachments) + knowledge.flatMap(\.attachments)
    }
}

// MARK: - Gift register (o22)

/// Who gave a gift, in the categories of the NACC's rules on customary gifts.
public enum GiverCategory: String, Sendable, Hashable, CaseIterable {
    case relative = "ญาติ"
    case individual = "บุคคลทั่วไป"
    case serviceUser = "ผู้มาติดต่อราชการ"
    case contractor = "ผู้ประกอบการหรือคู่สัญญา"
    case government = "หน่วยงานของรัฐ"
    case privateOrganisation = "หน่วยงานเอกชน"
}

/// One gift or benefit received (ทรัพย์สินหรือประโยชน์อื่นใด).
public struct Gift: Sendable, Hashable {
    public var number: Int
    public var date: CalendarDate
    public var giver: GiverCategory
    public var giverName: String?
    public var item: String
    /// The estimated value (มูลค่าโดยประมาณ).
    public var value: Money
    /// What was done with it (ส่งคืน, ส่งมอบเป็นของหน่วยงาน, …).
    public var action: String
    public var recipient: PersonRef
    public var source: SourceRef

    public init(number: Int, date: CalendarDate, giver: GiverCategory, giverName: String?, item: String, value: Money,
                action: String, recipient: PersonRef, source: SourceRef) {
        self.number = number
        self.date = date
        self.giver = giver
        self.giverName = giverName
        self.item = item
        self.value = value
        self.action = action
        self.recipient = recipient
        self.source = source
    }

    /// A gift worth more than 3,000 baht must be reported to the superior (ประกาศ ป.ป.ช. 2563).
    public var isReportable: Bool { value > GiftRegister.reportableAbove }
}

/// `kind: gift-register` — gifts received in one fiscal year, or an explicit report that none
/// were received, for the year or month by month (OIT o22).
public struct GiftRegister: Disclosure {
    public static let kind = "gift-register"
    /// Gifts above this value are reportable.
    public static let reportableAbove = Money(baht: 3000)

    public var source: SourceRef
    public var title: String
    public var fiscalYear: Int
    /// The register is complete up to this date (ข้อมูล ณ วันที่).
    public var asOf: CalendarDate?
    /// The file says that nothing was received in the whole fiscal year.
    public var noneReceivedForYear: Bool
    /// Months for which the file says that nothing was received.
    public var noneReceivedMonths: [YearMonth]
    public var gifts: [Gift]
    public var attachments: [AttachmentRef]

    public init(source: SourceRef, title: String, fiscalYear: Int, asOf: CalendarDate?, noneReceivedForYear: Bool,
                noneReceivedMonths: [YearMonth], gifts: [Gift], attachments: [AttachmentRef]) {
        self.source = source
        self.title = title
        self.fiscalYear = fiscalYear
        self.asOf = asOf
        self.noneReceivedForYear = noneReceivedForYear
        self.noneReceivedMonths = noneReceivedMonths
        self.gifts = gifts
        self.attachments = attachments
    }

    public var reportableGifts: [Gift] { gifts.filter(\.isReportable) }

    /// Months of the fiscal year the register speaks for: every month when nothing was received
    /// all year; otherwise the months declared empty, the months with a gift, and every month up
    /// to `asOf`.
    public var coveredMonths: [YearMonth] {
        let months = FiscalYear(buddhistYear: fiscalYear).months
        if noneReceivedForYear { return months }
        let declared = Set(noneReceivedMonths).union(gifts.map(\.date.yearMonth))
        return months.filter { m in declared.contains(m) || (asOf.map { m.lastDay <= $0 } ?? false) }
    }
}

// MARK: - Bribery-risk assessment (o23) and its report (o24)

/// The level of a risk, from its score.
public enum RiskLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    case low = "ต่ำ"
    case medium = "ปานกลาง"
    case high = "สูง"
    case veryHigh = "สูงมาก"

    public static func < (a: RiskLevel, b: RiskLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How well the existing controls work.
public enum ControlRating: String, Sendable, Hashable, CaseIterable {
    case good = "ดี"
    case fair = "พอใช้"
    case weak = "อ่อน"
}

/// Which scores (likelihood × impact, 1–25) make which level.
public struct RiskLevelMapping: Sendable, Hashable {
    public struct Band: Sendable, Hashable {
        public var level: RiskLevel
        public var scores: ClosedRange<Int>
        public init(level: RiskLevel, scores: ClosedRange<Int>) {
            self.level = level
            self.scores = scores
        }
    }

    public var bands: [Band]
    /// True when the file did not define its own mapping.
    public var isStandard: Bool

    public init(bands: [Band], isStandard: Bool) {
        self.bands = bands
        self.isStandard = isStandard
    }

    /// 1–4 ต่ำ, 5–9 ปานกลาง, 10–16 สูง, 17–25 สูงมาก.
    public static let standard = RiskLevelMapping(bands: [
        Band(level: .low, scores: 1...4), Band(level: .medium, scores: 5...9),
        Band(level: .high, scores: 10...16), Band(level: .veryHigh, scores: 17...25),
    ], isStandard: true)

    public func level(forScore score: Int) -> RiskLevel? { bands.first { $0.scores.contains(score) }?.level }
}

/// One bribery risk of the assessment.
public struct Risk: Sendable, Hashable {
    public var number: Int
    /// The mission or service the risk belongs to (การออกใบอนุญาตก่อสร้างอาคาร).
    public var mission: String?
    /// The process step where the risk arises.
    public var process: String
    /// The risk event (เหตุการณ์ความเสี่ยง).
    public var event: String
    /// Likelihood (โอกาส) 1–5.
    public var likelihood: Int
    /// Impact (ผลกระทบ) 1–5.
    public var impact: Int
    /// A score the file states; kept to report a disagreement, never shown instead of L × I.
    public var statedScore: Int?
    /// A level the file states; kept to report a disagreement.
    public var statedLevel: RiskLevel?
    /// The level of `score` by the assessment's mapping.
    public var level: RiskLevel
    /// The controls already in place (การควบคุมที่มีอยู่) and how well they work.
    public var existingControls: String
    public var controlRating: ControlRating
    /// Measures to manage the risk (มาตรการจัดการความเสี่ยง).
    public var measures: [String]
    public var responsible: [String]
    public var source: SourceRef

    public init(number: Int, mission: String?, process: String, event: String, likelihood: Int, impact: Int,
                statedScore: Int?, statedLevel: RiskLevel?, level: RiskLevel, existingControls: String,
                controlRating: ControlRating, measures: [String], responsible: [String], source: SourceRef) {
        self.number = number
        self.mission = mission
        self.process = process
        self.event = event
        self.likelihood = likelihood
        self.impact = impact
        self.statedScore = statedScore
        self.statedLevel = statedLevel
        self.level = level
        self.existingControls = existingControls
        self.controlRating = controlRating
        self.measures = measures
        self.responsible = responsible
        self.source = source
    }

    /// Likelihood × impact.
    public var score: Int { likelihood * impact }
}

/// `kind: risk-assessment` — the bribery-risk assessment of one fiscal year (OIT o23).
public struct RiskAssessment: Disclosure {
    public static let kind = "risk-assessment"
    public var source: SourceRef
    public var title: String
    public var fiscalYear: Int
    /// The date of the assessment (วันที่ประเมิน).
    public var assessedOn: CalendarDate?
    public var levels: RiskLevelMapping
    public var risks: [Risk]
    public var attachments: [AttachmentRef]

    public init(source: SourceRef, title: String, fiscalYear: Int, assessedOn: CalendarDate?, levels: RiskLevelMapping,
                risks: [Risk], attachments: [AttachmentRef]) {
        self.source = source
        self.title = title
        self.fiscalYear = fiscalYear
        self.assessedOn = assessedOn
        self.levels = levels
        self.risks = risks
        self.attachments = attachments
    }

    public func risk(number: Int) -> Risk? { risks.first { $0.number == number } }
}

/// Where the management of a risk stands at the end of the year.
public enum RiskActionStatus: String, Sendable, Hashable, CaseIterable {
    case done = "ดำเนินการแล้ว"
    case inProgress = "อยู่ระหว่างดำเนินการ"
    case notStarted = "ยังไม่ได้ดำเนินการ"
}

/// What was done about one risk of the assessment, and the result.
public struct RiskOutcome: Sendable, Hashable {
    /// The risk's number in the assessment.
    public var riskNumber: Int
    public var actions: [String]
    public var result: String
    public var status: RiskActionStatus
    /// The level that remains after the measures (ระดับความเสี่ยงคงเหลือ).
    public var residualLevel: RiskLevel
    public var source: SourceRef

    public init(riskNumber: Int, actions: [String], result: String, status: RiskActionStatus, residualLevel: RiskLevel,
                source: SourceRef) {
        self.riskNumber = riskNumber
        self.actions = actions
        self.result = result
        self.status = status
        self.residualLevel = residualLevel
        self.source = source
    }
}

/// `kind: risk-report` — the report on managing the risks of an assessment (OIT o24).
public struct RiskReport: Disclosure {
    public static let kind = "risk-report"
    public var source: SourceRef
    public var title: String
    public var fiscalYear: Int
    /// The data key of the assessment reported on (`integrity/risks-2567`) and the line naming it.
    public var assessmentKey: String
    public var assessmentLine: Int?
    public var reportedOn: CalendarDate?
    public var outcomes: [RiskOutcome]
    /// Conclusions, problems and suggestions, one paragraph each.
    public var summary: [String]
    public var attachments: [AttachmentRef]
    /// The assessment itself, once the site's datasets are resolved.
    public var assessment: RiskAssessment?

    public init(source: SourceRef, title: String, fiscalYear: Int, assessmentKey: String, assessmentLine: Int?,
                reportedOn: CalendarDate?, outcomes: [RiskOutcome], summary: [String], attachments: [AttachmentRef],
                assessment: RiskAssessment? = nil) {
        self.source = source
        self.title = title
        self.fiscalYear = fiscalYear
        self.assessmentKey = assessmentKey
        self.assessmentLine = assessmentLine
        self.reportedOn = reportedOn
        self.outcomes = outcomes
        self.summary = summary
        self.attachments = attachments
        self.assessment = assessment
    }
}

// MARK: - Integrity measures (o27) and their report (o28)

/// One entry of a measure's steps, results or outcomes: a paragraph, numbered unless the file
/// says otherwise, with an optional list under it.
public struct MeasureText: Sendable, Hashable {
    public var text: String
    public var numbered: Bool
    public var items: [String]
    public init(text: String, numbered: Bool = true, items: [String] = []) {
        self.text = text
        self.numbered = numbered
        self.items = items
    }
}

/// One measure (มาตรการ/โครงการ/กิจกรรม) in the six-column shape of the measures documents.
public struct IntegrityMeasure: Sendable, Hashable {
    public var number: Int
    public var name: String
    /// Steps or method (ขั้นตอนหรือวิธีการปฏิบัติ).
    public var steps: [MeasureText]
    /// Results of the measure (ผลการดำเนินการ); reports only.
    public var results: [MeasureText]
    /// Outcomes or success (ผลลัพธ์หรือความสำเร็จ); reports only.
    public var outcomes: [MeasureText]
    public var responsible: [String]
    public var period: DateRange
    /// Numbers of the ITA indicators (1–10) the measure answers.
    public var itaIndicators: [Int]
    public var source: SourceRef

    public init(number: Int, name: String, steps: [MeasureText], results: [MeasureText], outcomes: [MeasureText],
                responsible: [String], period: DateRange, itaIndicators: [Int], source: SourceRef) {
        self.number = number
        self.name = name
        self.steps = steps
        self.results = results
        self.outcomes = outcomes
        self.responsible = responsible
        self.period = period
        self.itaIndicators = itaIndicators
        self.source = source
    }
}

/// An issue (ประเด็น) grouping measures.
public struct IntegrityIssue: Sendable, Hashable {
    public var number: Int
    public var title: String
    public var measures: [IntegrityMeasure]
    public init(number: Int, title: String, measures: [IntegrityMeasure]) {
        self.number = number
        self.title = title
        self.measures = measures
    }
}

/// What integrity measures and their report share.
public protocol IntegrityMeasureDocument: Disclosure {
    var title: String { get }
    var fiscalYear: Int { get }
    var issues: [IntegrityIssue] { get }
    /// The data key of the ITA results the measures answer, if the file names them.
    var itaResultsKey: String? { get }
    /// The line of `ita_results` in the file.
    var itaResultsLine: Int? { get }
    /// Those ITA results, once the site's datasets are resolved.
    var itaResults: ITAResults? { get }
    /// Whether the document reports results (o28) rather than planning measures (o27).
    static var isReport: Bool { get }
}

/// `kind: integrity-measures` — measures promoting integrity and transparency for one fiscal
/// year, answering the previous ITA results (OIT o27).
public struct IntegrityMeasures: IntegrityMeasureDocument {
    public static let kind = "integrity-measures"
    public static let isReport = false
    public var source: SourceRef
    public var title: String
    public var fiscalYear: Int
    public var itaResultsKey: String?
    public var itaResultsLine: Int?
    public var issues: [IntegrityIssue]
    public var attachments: [AttachmentRef]
    public var itaResults: ITAResults?

    public init(source: SourceRef, title: String, fiscalYear: Int, itaResultsKey: String?, itaResultsLine: Int?,
                issues: [IntegrityIssue], attachments: [AttachmentRef], itaResults: ITAResults? = nil) {
        self.source = source
        self.title = title
        self.fiscalYear = fiscalYear
        self.itaResultsKey = itaResultsKey
        self.itaResultsLine = itaResultsLine
        self.issues = issues
        self.attachments = attachments
        self.itaResults = itaResults
    }
}

/// `kind: integrity-report` — the results of the integrity measures of one fiscal year (OIT o28).
public struct IntegrityReport: IntegrityMeasureDocument {
    public static let kind = "integrity-report"
    public static let isReport = true
    public var source: SourceRef
    public var title: String
    public var fiscalYear: Int
    public var itaResultsKey: String?
    public var itaResultsLine: Int?
    public var issues: [IntegrityIssue]
    public var attachments: [AttachmentRef]
    public var itaResults: ITAResults?

    public init(source: SourceRef, title: String, fiscalYear: Int, itaResultsKey: String?, itaResultsLine: Int?,
                issues: [IntegrityIssue], attachments: [AttachmentRef], itaResults: ITAResults? = nil) {
        self.source = source
        self.title = title
        self.fiscalYear = fiscalYear
        self.itaResultsKey = itaResultsKey
        self.itaResultsLine = itaResultsLine
        self.issues = issues
        self.attachments = attachments
        self.itaResults = itaResults
    }
}
