import DataReading
import SiteModel

// MARK: - Structure (o1)

extension OrgStructure: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if title.isEmpty { title = "โครงสร้างส่วนราชการ" }
        if units.isEmpty && r["units"] != nil {
            r.error("units", r["units"], "the organisation has no units.", hint: "List the divisions, e.g. สำนักปลัด, กองคลัง, กองช่าง.")
        }
        return true
    }
}

extension OrgUnit: RecordRules, NamedRecord {
    static var recordNoun: String { "unit" }
    static func recordNoun(in field: String) -> String { field == "leadership" ? "position" : recordNoun }
    /// A unit without its name is reported and kept.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool { true }
}

// MARK: - Executives (o2)

extension Executives: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if title.isEmpty { title = "ข้อมูลผู้บริหาร" }
        return true
    }
}

extension Person: RecordRules, NamedRecord {
    static var recordNoun: String { "executive" }
    static func recordNoun(in field: String) -> String { field == "council" ? "council member" : recordNoun }
    /// A person without a name or a position is reported and kept.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool { true }
}
