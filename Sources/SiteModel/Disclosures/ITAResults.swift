import ThaiText

/// The three ITA assessment tools.
public enum ITATool: String, FieldChoice {
    /// Internal stakeholders (staff): items i1–i15.
    case iit = "IIT"
    /// External stakeholders (service users): items e1–e9.
    case eit = "EIT"
    /// Public disclosure on the website: items o1–o28.
    case oit = "OIT"

    /// The letter of its item ids (i, e, o).
    public var itemPrefix: String { rawValue.prefix(1).lowercased() }

    public var thaiName: String {
        switch self {
        case .iit: return "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"
        case .eit: return "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"
        case .oit: return "แบบวัดการเปิดเผยข้อมูลสาธารณะ"
        }
    }
}

/// A score exactly as a document prints it (`88.51`, `100.00`): the text is what is shown.
/// `units` and `decimals` exist only to check a range or compare with another figure; a score
/// is never turned into a floating-point number, rounded or recomputed for display.
public struct StatedScore: Sendable, Hashable, CustomStringConvertible, Decodable {
    /// ASCII digits and at most one point, as written (Thai digits converted): `88.51`.
    public let text: String
    /// The value scaled by 10^decimals: 8851.
    public let units: Int
    /// Digits after the point: 2.
    public let decimals: Int

    /// Parses `88.51`, `๘๘.๕๑`, `100`, `100.00`; nil for anything else (signs, commas, letters).
    public init?(parsing raw: String) {
        let s = String(asciiDigits(raw).drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 6,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || (1...4).contains(parts[1].count) else { return nil }
        let decimals = parts.count == 2 ? parts[1].count : 0
        guard let units = Int(parts.joined()) else { return nil }
        text = s
        self.units = units
        self.decimals = decimals
    }

    /// The value in hundredths, rounded half up when the text has more than two decimals.
    public var hundredths: Int {
        if decimals <= 2 { return units * Self.pow10(2 - decimals) }
        let divisor = Self.pow10(decimals - 2)
        return (units + divisor / 2) / divisor
    }

    public var description: String { text }

    static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { r, _ in r * 10 } }

    /// Hundredths as text with two decimals (`9624` → `96.24`), for messages about computed figures.
    public static func text(hundredths: Int) -> String {
        let whole = hundredths / 100, frac = hundredths % 100
        return "\(whole)." + (frac < 10 ? "0" : "") + "\(frac)"
    }
}

/// One assessment item (i1, e9, o23) with its score.
public struct ITAItem: Sendable, Hashable, Decodable {
    /// `i1`, `e9`, `o23`: the tool's letter and the item number.
    public var id: String
    /// The number in `id` (not a field of its own).
    public var number: Int = 0
    public var text: String
    public var score: StatedScore
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case id, text, score, source }
}

/// One of the ten indicators (ตัวชี้วัด) with its items, its average as stated, the analysis and
/// the recommendations.
public struct ITAIndicator: Sendable, Hashable, Decodable {
    @Count public var number: Int
    public var name: String
    public var tool: ITATool
    /// The average as the results state it (คะแนนเฉลี่ย); never recomputed from the items.
    public var average: StatedScore
    public var items: [ITAItem]
    public var analysis: [String]
    public var recommendations: [String]
    public var source: SourceRef

    /// The mean of the item scores in hundredths, rounded half up; nil without items. Only for
    /// the validation warning when the stated average differs — never displayed as the score.
    public var meanOfItemsHundredths: Int? {
        guard !items.isEmpty else { return nil }
        let sum = items.reduce(0) { $0 + $1.score.hundredths }
        return (sum * 2 + items.count) / (items.count * 2)
    }
}

/// `kind: ita-results` — the ITA results of one assessment year, shown as stated.
public struct ITAResults: Disclosure {
    public static let kind = "ita-results"
    public var source: SourceRef
    public var title: String
    /// The assessment year (B.E.).
    public var fiscalYear: Int
    /// The assessed agency, when the results are another agency's (fixtures, comparisons).
    public var agency: String?
    public var overallScore: StatedScore
    /// The level as stated (ผ่านดี, ผ่านดีเยี่ยม, …).
    public var level: String
    public var target: StatedScore?
    /// The overall analysis, one paragraph each.
    public var summary: [String]
    public var indicators: [ITAIndicator]
    public var attachments: [AttachmentRef]

    public func indicator(number: Int) -> ITAIndicator? { indicators.first { $0.number == number } }

    public func items(of tool: ITATool) -> [ITAItem] { indicators.filter { $0.tool == tool }.flatMap(\.items) }
}

/// Read from `title`, `fiscal_year` (or the file name's year), `agency`, `overall` (`score`,
/// `level`, `target`), `summary`, `indicators` and `attachments`.
extension ITAResults: Decodable {
    enum CodingKeys: String, CodingKey { case source, title, fiscalYear, agency, overall, summary, indicators, attachments }

    /// `overall:` the overall score, its level and the target.
    private struct Overall: Decodable {
        var score: StatedScore
        var level: String
        var target: StatedScore?
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(SourceRef.self, forKey: .source)
        title = try c.decode(Omissible<String>.self, forKey: .title).wrappedValue
        fiscalYear = try c.decode(StatedFiscalYear.self, forKey: .fiscalYear).wrappedValue
        agency = try c.decodeIfPresent(String.self, forKey: .agency)
        let overall = try c.decode(Overall.self, forKey: .overall)
        overallScore = overall.score
        level = overall.level
        target = overall.target
        summary = try c.decode([String].self, forKey: .summary)
        indicators = try c.decode(Required<[ITAIndicator]>.self, forKey: .indicators).wrappedValue
        attachments = try c.decode([AttachmentRef].self, forKey: .attachments)
    }
}

/// The ten indicators of the ITA framework used since the 2566 assessment.
public enum ITAFramework {
    public static let indicators: [(number: Int, name: String, tool: ITATool)] = [
        (1, "การปฏิบัติหน้าที่", .iit), (2, "การใช้งบประมาณ", .iit), (3, "การใช้อำนาจ", .iit),
        (4, "การใช้ทรัพย์สินของราชการ", .iit), (5, "การแก้ไขปัญหาการทุจริต", .iit),
        (6, "คุณภาพการดำเนินงาน", .eit), (7, "ประสิทธิภาพการสื่อสาร", .eit), (8, "การปรับปรุงการทำงาน", .eit),
        (9, "การเปิดเผยข้อมูล", .oit), (10, "การป้องกันการทุจริต", .oit),
    ]

    public static func name(ofIndicator number: Int) -> String? { indicators.first { $0.number == number }?.name }
}
