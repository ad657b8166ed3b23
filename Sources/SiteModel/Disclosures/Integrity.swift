import ThaiText

// The integrity datasets of OIT indicator 10 (การป้องกันการทุจริต): the No Gift Policy (o21), the
// gift register (o22), the bribery-risk assessment (o23) and its report (o24), the integrity
// measures (o27) and their report (o28).

/// A person named by a document: a position always, a name when the document gives one.
public struct PersonRef: Sendable, Hashable, Decodable {
    public var name: String?
    public var position: String
}

/// The number of an entry of a list (`Int`): as written, else the entry's position in its list
/// (1 for the first). Its kind's rules say that no two entries share one.
@propertyWrapper public struct EntryNumber: Sendable, Hashable, Decodable {
    public var wrappedValue: Int
    public init(wrappedValue: Int) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws { wrappedValue = try Int(from: decoder) }
}

// MARK: - No Gift Policy (o21)

/// The executive's announcement of the No Gift Policy (ประกาศเจตนารมณ์).
public struct GiftPolicyAnnouncement: Sendable, Hashable, Decodable {
    public var title: String
    public var date: CalendarDate
    public var signer: PersonRef
    /// The text of the announcement (`text`), one entry per paragraph, as the document states it.
    public var paragraphs: [String]
    public var attachments: [AttachmentRef]
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case title, date, signer, paragraphs = "text", attachments, source }
}

/// An activity that builds the No Gift culture (การสร้างวัฒนธรรม).
public struct CultureActivity: Sendable, Hashable, Decodable {
    public var name: String
    public var date: CalendarDate
    /// Who took part, as the document says it (ผู้บริหาร พนักงานส่วนตำบล และพนักงานจ้าง).
    public var participants: String
    @Count public var participantCount: Int?
    public var description: String
    public var attachments: [AttachmentRef]
    public var source: SourceRef
}

/// `kind: no-gift-policy` — the announcement and the culture-building activities (OIT o21).
public struct NoGiftPolicy: Disclosure, Decodable {
    public static let kind = "no-gift-policy"
    public var source: SourceRef
    @Omissible public var title: String
    /// The fiscal year (B.E.) the file says the announcement is for (`fiscal_year`), if it says so.
    @BuddhistYear public var statedFiscalYear: Int?
    public var announcement: GiftPolicyAnnouncement
    public var activities: [CultureActivity]
    /// Knowledge-building on the rules for accepting gifts (section 128 of the organic act on
    /// anti-corruption, the NACC's rules on customary gifts), which ITA 2569 asks for.
    public var knowledge: [CultureActivity]

    enum CodingKeys: String, CodingKey {
        case source, title, statedFiscalYear = "fiscalYear", announcement, activities, knowledge
    }

    /// The fiscal year the policy is for: as stated, else the year of the announcement's date.
    public var fiscalYear: Int { statedFiscalYear ?? announcement.date.fiscalYear.buddhistYear }

    public var attachments: [AttachmentRef] {
        announcement.attachments + activities.flatMap(\.attachments) + knowledge.flatMap(\.attachments)
    }
}

// MARK: - Gift register (o22)

/// Who gave a gift, in the categories of the NACC's rules on customary gifts.
public enum GiverCategory: String, FieldChoice {
    case relative = "ญาติ"
    case individual = "บุคคลทั่วไป"
    case serviceUser = "ผู้มาติดต่อราชการ"
    case contractor = "ผู้ประกอบการหรือคู่สัญญา"
    case government = "หน่วยงานของรัฐ"
    case privateOrganisation = "หน่วยงานเอกชน"
}

/// One gift or benefit received (ทรัพย์สินหรือประโยชน์อื่นใด).
public struct Gift: Sendable, Hashable, Decodable {
    @EntryNumber public var number: Int
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

    /// A gift worth more than 3,000 baht must be reported to the superior (ประกาศ ป.ป.ช. 2563).
    public var isReportable: Bool { value > GiftRegister.reportableAbove }
}

/// `none_received`: `true` when nothing was received in the whole fiscal year, or the months
/// (YYYY-MM) in which nothing was received.
public struct NoneReceived: Sendable, Hashable, Decodable {
    public var forYear: Bool
    /// In order, each once, all in the register's fiscal year.
    public var months: [YearMonth]
    public init(forYear: Bool = false, months: [YearMonth] = []) {
        self.forYear = forYear
        self.months = months
    }
}

/// `kind: gift-register` — gifts received in one fiscal year, or an explicit report that none
/// were received, for the year or month by month (OIT o22).
public struct GiftRegister: Disclosure, Decodable {
    public static let kind = "gift-register"
    /// Gifts above this value are reportable.
    public static let reportableAbove = Money(baht: 3000)

    public var source: SourceRef
    @Omissible public var title: String
    @StatedFiscalYear public var fiscalYear: Int
    /// The register is complete up to this date (ข้อมูล ณ วันที่).
    public var asOf: CalendarDate?
    public var noneReceived: NoneReceived
    public var gifts: [Gift]
    public var attachments: [AttachmentRef]

    /// The file says that nothing was received in the whole fiscal year.
    public var noneReceivedForYear: Bool { noneReceived.forYear }
    /// Months for which the file says that nothing was received.
    public var noneReceivedMonths: [YearMonth] { noneReceived.months }

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
public enum RiskLevel: String, FieldChoice, Comparable {
    case low = "ต่ำ"
    case medium = "ปานกลาง"
    case high = "สูง"
    case veryHigh = "สูงมาก"

    public static func < (a: RiskLevel, b: RiskLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How well the existing controls work.
public enum ControlRating: String, FieldChoice {
    case good = "ดี"
    case fair = "พอใช้"
    case weak = "อ่อน"
}

/// Which scores (likelihood × impact, 1–25) make which level.
public struct RiskLevelMapping: Sendable, Hashable, Decodable {
    public struct Band: Sendable, Hashable, Decodable {
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
public struct Risk: Sendable, Hashable, Decodable {
    @EntryNumber public var number: Int
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
    /// A score the file states (`score`); kept to report a disagreement, never shown instead of L × I.
    public var statedScore: Int?
    /// A level the file states (`level`); kept to report a disagreement.
    public var statedLevel: RiskLevel?
    /// The level of `score` by the assessment's mapping (not read: the assessment's rules set it).
    public var level: RiskLevel = .low
    /// The controls already in place (`controls`, การควบคุมที่มีอยู่) and how well they work.
    public var existingControls: String
    public var controlRating: ControlRating
    /// Measures to manage the risk (มาตรการจัดการความเสี่ยง).
    public var measures: [String]
    public var responsible: [String]
    public var source: SourceRef

    enum CodingKeys: String, CodingKey {
        case number, mission, process, event, likelihood, impact, statedScore = "score", statedLevel = "level",
             existingControls = "controls", controlRating, measures, responsible, source
    }

    /// Likelihood × impact.
    public var score: Int { likelihood * impact }
}

/// One cause of corruption in a narrative risk analysis: the kind of cause as the document
/// names it (โอกาส, แรงจูงใจ, แรงกดดัน, การขาดกลไกการตรวจสอบ…), kept as written, and what it says.
public struct RiskCause: Sendable, Hashable, Decodable {
    /// The kind of cause (`type`), as written; nil when the document gives the text alone.
    public var type: String?
    public var text: String
    public init(type: String? = nil, text: String) {
        self.type = type
        self.text = text
    }
}

extension RiskCause: TextShorthand {
    /// A cause written as its text alone.
    public init(shorthand: String) { self.init(text: shorthand) }
}

/// `kind: risk-assessment` — the bribery-risk assessment of one fiscal year (OIT o23).
///
/// Two forms, alone or together: the scored register (`risks`, each with likelihood × impact)
/// and the narrative analysis many plans open with (corruption types, causes, internal and
/// external factors, corrupt acts), which states no score and is given none.
public struct RiskAssessment: Disclosure, Decodable {
    public static let kind = "risk-assessment"
    public var source: SourceRef
    @Omissible public var title: String
    @StatedFiscalYear public var fiscalYear: Int
    /// The date of the assessment (วันที่ประเมิน).
    public var assessedOn: CalendarDate?
    /// Which scores make which level: the file's `levels`, else the standard mapping.
    public var levels: RiskLevelMapping
    /// The scored risks; required unless the file has a narrative analysis.
    public var risks: [Risk]
    /// Narrative analysis: the types of corruption (ประเภท/รูปแบบของการทุจริต).
    public var corruptionTypes: [String]
    /// Causes and factors leading to corruption (สาเหตุและปัจจัยที่นำไปสู่การทุจริต).
    public var causes: [RiskCause]
    /// Internal factors (ปัจจัยภายใน).
    public var internalFactors: [String]
    /// External factors (ปัจจัยภายนอก).
    public var externalFactors: [String]
    /// Acts or behaviours that are corrupt (พฤติการณ์/การกระทำที่เป็นการทุจริต).
    public var corruptActs: [String]
    public var attachments: [AttachmentRef]

    public func risk(number: Int) -> Risk? { risks.first { $0.number == number } }

    /// Whether the file has a narrative analysis (any of its lists).
    public var hasNarrative: Bool {
        !(corruptionTypes.isEmpty && causes.isEmpty && internalFactors.isEmpty && externalFactors.isEmpty && corruptActs.isEmpty)
    }

    /// Whether the file has a scored assessment: at least one risk with likelihood and impact.
    public var isScored: Bool { !risks.isEmpty }
}

/// Where the management of a risk stands at the end of the year.
public enum RiskActionStatus: String, FieldChoice {
    case done = "ดำเนินการแล้ว"
    case inProgress = "อยู่ระหว่างดำเนินการ"
    case notStarted = "ยังไม่ได้ดำเนินการ"
}

/// What was done about one risk of the assessment, and the result.
public struct RiskOutcome: Sendable, Hashable, Decodable {
    /// The risk's number in the assessment (`risk`).
    @Count public var riskNumber: Int
    public var actions: [String]
    public var result: String
    public var status: RiskActionStatus
    /// The level that remains after the measures (ระดับความเสี่ยงคงเหลือ).
    public var residualLevel: RiskLevel
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case riskNumber = "risk", actions, result, status, residualLevel, source }
}

/// `kind: risk-report` — the report on managing the risks of an assessment (OIT o24).
public struct RiskReport: Disclosure, Decodable {
    public static let kind = "risk-report"
    public var source: SourceRef
    @Omissible public var title: String
    @StatedFiscalYear public var fiscalYear: Int
    /// The data key of the assessment reported on (`assessment: integrity/risks-2567`) and the
    /// line naming it.
    public var assessmentKey: String
    public var assessmentLine: Int? = nil
    public var reportedOn: CalendarDate?
    /// What was done about each risk (`risks`).
    public var outcomes: [RiskOutcome]
    /// Conclusions, problems and suggestions, one paragraph each.
    public var summary: [String]
    public var attachments: [AttachmentRef]
    /// The assessment itself, once the site's datasets are resolved.
    public var assessment: RiskAssessment? = nil

    enum CodingKeys: String, CodingKey {
        case source, title, fiscalYear, assessmentKey = "assessment", reportedOn, outcomes = "risks", summary, attachments
    }
}

// MARK: - Integrity measures (o27) and their report (o28)

/// One entry of a measure's steps, results or outcomes: a paragraph, numbered unless the file
/// says otherwise, with an optional list under it.
public struct MeasureText: Sendable, Hashable, Decodable {
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
public struct IntegrityMeasure: Sendable, Hashable, Decodable {
    @EntryNumber public var number: Int
    public var name: String
    /// Steps or method (ขั้นตอนหรือวิธีการปฏิบัติ).
    public var steps: [MeasureText]
    public var responsible: [String]
    public var period: DateRange
    /// Numbers of the ITA indicators (1–10) the measure answers.
    @IndicatorNumbers public var itaIndicators: [Int]
    /// Results of the measure (ผลการดำเนินการ); reports only.
    public var results: [MeasureText]
    /// Outcomes or success (ผลลัพธ์หรือความสำเร็จ); reports only.
    public var outcomes: [MeasureText]
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case number, name, steps, responsible, period, itaIndicators, results, outcomes, source }

    /// Results and outcomes are fields of a report (`integrity-report`) only: in a measures file
    /// they are unknown fields.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        _number = try c.decode(EntryNumber.self, forKey: .number)
        name = try c.decode(String.self, forKey: .name)
        steps = try c.decode([MeasureText].self, forKey: .steps)
        responsible = try c.decode([String].self, forKey: .responsible)
        period = try c.decode(DateRange.self, forKey: .period)
        _itaIndicators = try c.decode(IndicatorNumbers.self, forKey: .itaIndicators)
        let isReport = decoder.userInfo[.datasetKind] as? String != IntegrityMeasures.kind
        results = isReport ? try c.decode([MeasureText].self, forKey: .results) : []
        outcomes = isReport ? try c.decode([MeasureText].self, forKey: .outcomes) : []
        source = try c.decode(SourceRef.self, forKey: .source)
    }
}

/// The ITA indicator numbers (1–10) a measure cites, each once.
@propertyWrapper public struct IndicatorNumbers: Sendable, Hashable, Decodable {
    public var wrappedValue: [Int]
    public init(wrappedValue: [Int]) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws { wrappedValue = try [Int](from: decoder) }
}

/// An issue (ประเด็น) grouping measures.
public struct IntegrityIssue: Sendable, Hashable, Decodable {
    @EntryNumber public var number: Int
    public var title: String
    public var measures: [IntegrityMeasure]
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
public struct IntegrityMeasures: IntegrityMeasureDocument, Decodable {
    public static let kind = "integrity-measures"
    public static let isReport = false
    public var source: SourceRef
    @Omissible public var title: String
    @StatedFiscalYear public var fiscalYear: Int
    /// `ita_results`, and the line naming them.
    public var itaResultsKey: String?
    public var itaResultsLine: Int? = nil
    @Required public var issues: [IntegrityIssue]
    public var attachments: [AttachmentRef]
    public var itaResults: ITAResults? = nil

    enum CodingKeys: String, CodingKey { case source, title, fiscalYear, itaResultsKey = "itaResults", issues, attachments }
}

/// `kind: integrity-report` — the results of the integrity measures of one fiscal year (OIT o28).
public struct IntegrityReport: IntegrityMeasureDocument, Decodable {
    public static let kind = "integrity-report"
    public static let isReport = true
    public var source: SourceRef
    @Omissible public var title: String
    @StatedFiscalYear public var fiscalYear: Int
    /// `ita_results`, and the line naming them.
    public var itaResultsKey: String?
    public var itaResultsLine: Int? = nil
    @Required public var issues: [IntegrityIssue]
    public var attachments: [AttachmentRef]
    public var itaResults: ITAResults? = nil

    enum CodingKeys: String, CodingKey { case source, title, fiscalYear, itaResultsKey = "itaResults", issues, attachments }
}
