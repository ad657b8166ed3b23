import SiteModel

enum StructureLoader: KeyListLoader {
    static let kind = OrgStructure.kind
    static let topLevelKeys = ["title", "as_of", "leadership", "units", "attachments"]
    static let unitKeys = ["name", "head", "head_name", "staff", "duties", "phone", "units"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let units = r.records("units", required: true, what: "unit").map(unit)
        if units.isEmpty && r["units"] != nil {
            r.error("units", r["units"], "the organisation has no units.", hint: "List the divisions, e.g. สำนักปลัด, กองคลัง, กองช่าง.")
        }
        return OrgStructure(source: r.source, title: r.string("title") ?? "โครงสร้างส่วนราชการ", asOf: r.date("as_of"),
                            leadership: r.records("leadership", what: "position").map(unit), units: units,
                            attachments: r.attachments())
    }

    static func unit(_ r: MappingReader) -> OrgUnit {
        r.rejectUnknownKeys(unitKeys)
        return OrgUnit(name: r.string("name", required: true) ?? "", headPosition: r.string("head"),
                       headName: r.string("head_name"), staff: r.count("staff"), duties: r.strings("duties"),
                       phone: r.string("phone"), units: r.records("units", what: "unit").map(unit))
    }
}

enum ExecutivesLoader: KeyListLoader {
    static let kind = Executives.kind
    static let topLevelKeys = ["title", "executives", "council"]
    static let personKeys = ["name", "position", "role", "photo", "phone", "email", "term"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let executives = r.records("executives", required: true, what: "executive").map(person)
        return Executives(source: r.source, title: r.string("title") ?? "ข้อมูลผู้บริหาร", executives: executives,
                          council: r.records("council", what: "council member").map(person))
    }

    static func person(_ r: MappingReader) -> Person {
        r.rejectUnknownKeys(personKeys)
        return Person(name: r.string("name", required: true) ?? "", position: r.string("position", required: true) ?? "",
                      photo: r.string("photo"), phone: r.string("phone"), email: r.string("email"),
                      term: r.dateRange("term"), source: r.source, statedRole: r.enumeration("role", ExecutiveRole.self))
    }
}
