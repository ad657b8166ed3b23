import Foundation
import ThaiText

/// A closed set of values a clerk may write either as its English key (`citizen`) or as its Thai
/// label (`คู่มือสำหรับประชาชน`); the site shows the Thai label.
public protocol ThaiLabelledChoice: RawRepresentable, CaseIterable, Sendable, Hashable, Decodable where RawValue == String {
    var label: String { get }
}

extension ThaiLabelledChoice {
    /// The value written as its key or as its Thai label (surrounding spaces ignored).
    public init?(keyOrLabel text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let match = Self.allCases.first(where: { $0.rawValue == t || $0.label == t || $0.rawValue == t.lowercased() })
        else { return nil }
        self = match
    }
}

/// One step of a procedure (a manual, the complaint guideline): what is done, how long it takes,
/// and who does it — each as the document states it.
public struct ProcedureStep: Sendable, Hashable, Decodable {
    public var description: String
    /// Stated duration, e.g. "๑ วันทำการ", "๑๐ นาที".
    public var duration: String?
    /// The unit or position responsible for the step.
    public var responsible: String?
    @SourceLine public var line: Int?
}

// MARK: - Manuals (o8, o9)

/// Who a manual is written for: staff (o8) or citizens (o9).
public enum ManualAudience: String, ThaiLabelledChoice {
    case staff, citizen

    public var label: String {
        switch self {
        case .staff: return "คู่มือการปฏิบัติงาน"
        case .citizen: return "คู่มือสำหรับประชาชน"
        }
    }
}

/// Where or how a citizen asks for the service (ช่องทางการให้บริการ).
public struct ServiceChannel: Sendable, Hashable, Decodable {
    /// The place or means, e.g. "ยื่นคำขอด้วยตนเองที่กองช่าง อบต.ทุ่งทองพัฒนา".
    public var name: String
    /// Opening hours as stated.
    public var hours: String?
    /// An online address for the channel (http or https).
    @WebAddressField public var url: String?
    public var note: String?
    @SourceLine public var line: Int?
}

/// The amount of one fee: baht, or expressly none (ไม่มีค่าธรรมเนียม) — never confused with 0.
public enum FeeAmount: Sendable, Hashable, Decodable {
    case amount(Money)
    case free
}

/// One fee of a service, as the manual states it.
public struct Fee: Sendable, Hashable, Decodable {
    public var item: String
    public var amount: FeeAmount
    /// What the amount is per, e.g. "ต่อตารางเมตร", "ต่อเดือน".
    public var unit: String?
    public var note: String?
    @SourceLine public var line: Int?
}

/// The fees of a manual: a list, expressly none, or not stated (the manual says nothing).
public enum FeeSchedule: Sendable, Hashable, Decodable {
    case notStated
    case free
    case items([Fee])

    public var isStated: Bool { self != .notStated }
}

/// A document the applicant must bring.
public struct RequiredDocument: Sendable, Hashable, Decodable {
    public var name: String
    /// How many, when stated.
    @Count public var count: Int?
    /// The counting word for `count` (ฉบับ, ชุด); ฉบับ when not written.
    @Omissible public var unit: String
    public var note: String?
    @SourceLine public var line: Int?
}

/// The documents of a manual: a list, expressly none, or not stated.
public enum DocumentList: Sendable, Hashable, Decodable {
    case notStated
    case noneNeeded
    case items([RequiredDocument])

    public var isStated: Bool { self != .notStated }
}

/// Whom to contact about a service or a complaint.
public struct ContactPoint: Sendable, Hashable, Decodable {
    public var name: String?
    public var phone: String?
    public var email: String?
    public var address: String?
}

/// `kind: manual` — a staff work manual (OIT o8) or a citizen service manual (OIT o9), one
/// manual per data file (`data/manuals/building-permit.yaml`).
public struct Manual: Disclosure, Decodable {
    public static let kind = "manual"
    public var source: SourceRef
    @Omissible public var title: String
    public var audience: ManualAudience
    /// The service (citizen manual) or the work (staff manual) the manual covers.
    public var service: String
    /// The unit responsible for the service or work.
    public var unit: String
    /// The date the manual was issued or last revised.
    public var issued: CalendarDate?
    public var legalBasis: [String]
    public var channels: [ServiceChannel]
    @Required public var steps: [ProcedureStep]
    /// The stated total, e.g. "๔ วันทำการ"; `totalDays` is the same as a number of days, when given.
    public var totalDuration: String?
    @Count public var totalDays: Int?
    public var fees: FeeSchedule
    public var documents: DocumentList
    public var contact: ContactPoint?
    /// Where to complain about the service (ช่องทางการร้องเรียน), as stated.
    public var complaints: String?
    public var attachments: [AttachmentRef]

    /// Whether the manual states how long the work takes: a total, or a duration on every step.
    public var statesDuration: Bool {
        totalDuration != nil || (!steps.isEmpty && steps.allSatisfy { $0.duration != nil })
    }

    /// The fields OIT expects of this manual that it leaves out (o8: steps, duration, unit;
    /// o9 also channels, fees, documents and a contact), by their data-file names.
    public var missingOITFields: [String] {
        var out: [String] = []
        if steps.isEmpty { out.append("steps") }
        if !statesDuration { out.append("total_duration") }
        if unit.isEmpty { out.append("unit") }
        if audience == .citizen {
            if channels.isEmpty { out.append("channels") }
            if !fees.isStated { out.append("fees") }
            if !documents.isStated { out.append("documents") }
            if contact == nil { out.append("contact") }
        }
        return out
    }
}

// MARK: - E-Service (o10)

/// How an online service is used.
public enum EServiceChannel: String, ThaiLabelledChoice {
    case webForm = "web_form"
    case website
    case line
    case email
    case facebook
    case application

    public var label: String {
        switch self {
        case .webForm: return "แบบฟอร์มออนไลน์"
        case .website: return "เว็บไซต์"
        case .line: return "LINE"
        case .email: return "อีเมล"
        case .facebook: return "Facebook"
        case .application: return "แอปพลิเคชัน"
        }
    }
}

/// One online service a citizen can use.
public struct EService: Sendable, Hashable, Decodable {
    public var name: String
    /// What the service does for the citizen.
    public var description: String
    /// Its address (http or https). Not checked online: the audit asks a person to verify it.
    @WebAddressField public var url: String
    public var channel: EServiceChannel
    public var unit: String
    /// When the service is available, e.g. "ตลอด ๒๔ ชั่วโมง".
    public var hours: String?
    public var note: String?
    @SourceLine public var line: Int?
    /// How often the service was used, per month (`usage:`, `YYYY-MM: count`), as the agency
    /// counts it: the e-service statistics ITA 2569 asks for.
    @MonthFigures public var usage: [MonthlyFigure] = []
}

extension EService {
    /// The use of the service in a month, nil when not given.
    public func usage(in month: YearMonth) -> Int? { usage.first { $0.month == month }?.value }
}

/// `kind: eservices` — the agency's online services (OIT o10).
public struct EServices: Disclosure, Decodable {
    public static let kind = "eservices"
    public var source: SourceRef
    @Omissible public var title: String
    @Required public var services: [EService]
    public var attachments: [AttachmentRef]
}

/// Checks the shape of a web address: `http://` or `https://`, a host, no spaces. Nothing is
/// fetched; whether the address works is for a person to verify.
public enum WebAddress {
    public static func isHTTP(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = lower.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = lower.dropFirst(7) }
        else { return false }
        guard !text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else { return false }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && host.contains(".") && !host.hasPrefix(".") && !host.hasSuffix(".")
    }
}
