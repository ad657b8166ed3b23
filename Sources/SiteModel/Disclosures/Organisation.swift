import ThaiText

/// A unit of the organisation (สำนัก, กอง, ฝ่าย, งาน) with its sub-units.
public struct OrgUnit: Sendable, Hashable, Decodable {
    public var name: String
    /// The position heading the unit (ผู้อำนวยการกองคลัง), `head:`.
    public var headPosition: String?
    /// Who holds that position now, if the agency publishes it.
    public var headName: String?
    /// Staff in the unit itself (not counting sub-units), when stated.
    @Count public var staff: Int?
    public var duties: [String]
    public var phone: String?
    public var units: [OrgUnit]

    enum CodingKeys: String, CodingKey { case name, headPosition = "head", headName, staff, duties, phone, units }

    /// Staff of this unit and all its sub-units; nil when no unit states a figure.
    public var totalStaff: Int? {
        let own = staff
        let sub = units.compactMap(\.totalStaff)
        if own == nil && sub.isEmpty { return nil }
        return (own ?? 0) + sub.reduce(0, +)
    }
}

/// `kind: structure` — the organisation chart (OIT o1).
public struct OrgStructure: Disclosure, Decodable {
    public static let kind = "structure"
    public var source: SourceRef
    @Omissible public var title: String
    /// The date the chart describes (ข้อมูล ณ วันที่).
    public var asOf: CalendarDate?
    /// The top of the chart: usually the chief executive and the permanent secretary (ปลัด).
    public var leadership: [OrgUnit]
    /// Divisions directly under the leadership.
    @Required public var units: [OrgUnit]
    public var attachments: [AttachmentRef]
}

/// The office an executive holds, as the OIT item on executives (o2) asks for them.
public enum ExecutiveRole: String, FieldChoice {
    /// นายกองค์การบริหารส่วนตำบล / นายกเทศมนตรี.
    case chiefExecutive = "chief_executive"
    /// รองนายก….
    case deputyChiefExecutive = "deputy_chief_executive"
    /// เลขานุการนายก….
    case secretary
    /// ที่ปรึกษานายก….
    case advisor
    /// ปลัดองค์การบริหารส่วนตำบล / ปลัดเทศบาล.
    case clerk
    /// รองปลัด….
    case deputyClerk = "deputy_clerk"
    case other

    /// Thai name of the office, for messages.
    public var thai: String {
        switch self {
        case .chiefExecutive: return "นายก (ผู้บริหารสูงสุด)"
        case .deputyChiefExecutive: return "รองนายก"
        case .secretary: return "เลขานุการนายก"
        case .advisor: return "ที่ปรึกษานายก"
        case .clerk: return "ปลัด"
        case .deputyClerk: return "รองปลัด"
        case .other: return "ตำแหน่งอื่น"
        }
    }

    /// The office a position title names, by how the title begins (never by a word found
    /// anywhere in it: "รองนายก…" and "เลขานุการนายก…" name other offices than "นายก…").
    /// Nil when the title is none of the offices sitegen knows; a data file can then say
    /// `role:` itself.
    public static func named(byPosition position: String) -> ExecutiveRole? {
        let title = position.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let forms: [(ExecutiveRole, [String])] = [
            (.deputyChiefExecutive, ["รองนายก"]),
            (.secretary, ["เลขานุการนายก"]),
            (.advisor, ["ที่ปรึกษานายก"]),
            (.deputyClerk, ["รองปลัด"]),
            (.chiefExecutive, ["นายกองค์การบริหารส่วนตำบล", "นายกเทศมนตรี", "นายก อบต", "นายกอบต"]),
            (.clerk, ["ปลัดองค์การบริหารส่วนตำบล", "ปลัดเทศบาล", "ปลัด อบต", "ปลัดอบต"]),
        ]
        for (role, prefixes) in forms where prefixes.contains(where: { title.hasPrefix($0) }) { return role }
        return nil
    }
}

/// A person holding a position (executive, council member).
public struct Person: Sendable, Hashable, Decodable {
    public var name: String
    public var position: String
    /// The office as the data file states it (`role:`), when the position title does not say it.
    public var statedRole: ExecutiveRole?
    /// Path of the photo inside the site folder.
    public var photo: String?
    public var phone: String?
    public var email: String?
    public var term: DateRange?
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case name, position, statedRole = "role", photo, phone, email, term, source }

    /// The office held: as stated, else as the position title names it.
    public var role: ExecutiveRole? { statedRole ?? ExecutiveRole.named(byPosition: position) }

    /// A contact is a phone number or an e-mail address.
    public var hasContact: Bool { !(phone ?? "").isEmpty || !(email ?? "").isEmpty }
}

/// `kind: executives` — the executives and, optionally, the council (OIT o2).
public struct Executives: Disclosure, Decodable {
    public static let kind = "executives"
    public var source: SourceRef
    @Omissible public var title: String
    @Required public var executives: [Person]
    public var council: [Person]

    public var attachments: [AttachmentRef] {
        (executives + council).compactMap { p in
            p.photo.map { AttachmentRef(file: $0, title: p.name, line: p.source.line, field: "photo") }
        }
    }
}
