import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

/// Readers shared by the service, complaint and participation datasets.
enum ServiceReading {
    /// A value of a closed set, written as its key (`citizen`) or its Thai label (`คู่มือสำหรับประชาชน`).
    static func choice<E: ThaiLabelledChoice>(_ r: MappingReader, _ key: String, _ type: E.Type,
                                             required: Bool = false) -> E? {
        let keys = E.allCases.map(\.rawValue)
        let listed = E.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", ")
        guard let node = r[key] else {
            if required { r.missingField(key, what: "one of \(listed)") }
            return nil
        }
        guard case .scalar(let s) = node, !s.string.isEmpty else {
            r.error(key, node, "expected one of \(listed), but found \(MappingReader.describe(node)).")
            return nil
        }
        if let value = E(keyOrLabel: s.string) { return value }
        var hint = "Use one of: \(listed)."
        if let near = Suggest.nearest(to: s.string, in: keys) ?? Suggest.nearest(to: s.string, in: E.allCases.map(\.label)) {
            let k = E.allCases.first { $0.rawValue == near || $0.label == near }?.rawValue ?? near
            hint = "Did you mean '\(k)'? " + hint
        }
        r.error(key, node, "'\(s.string)' is not an allowed value.", hint: hint)
        return nil
    }

    /// A web address that must start with http:// or https://. Nothing is fetched.
    static func webAddress(_ r: MappingReader, _ key: String, required: Bool = false) -> String? {
        guard let text = r.string(key, required: required) else { return nil }
        let trimmed = text.trimmingWhitespaces()
        guard WebAddress.isHTTP(trimmed) else {
            r.error(key, r[key], "'\(text)' is not a web address starting with http:// or https://.",
                    hint: "Copy the whole address from the browser's address bar, for example https://www.example.go.th/form.")
            return nil
        }
        return trimmed
    }

    /// Reports a list that is written but has no entry.
    static func requireEntries(_ r: MappingReader, _ key: String, _ isEmpty: Bool, hint: String) {
        if isEmpty, let node = r[key], case .sequence = node {
            r.error(key, node, "the list of \(key) is empty.", hint: hint)
        }
    }

    /// Reports a field OIT needs that a file leaves out, as a warning on the top-level mapping.
    static func warnMissing(_ r: MappingReader, _ key: String, item: String, hint: String) {
        r.warning(key, nil, "the field '\(key)' is missing; OIT \(item) expects it.", hint: hint)
    }
}

enum FeeWords {
    static let free: Set<String> = ["ไม่มีค่าธรรมเนียม", "ไม่เสียค่าธรรมเนียม", "ไม่มี", "ฟรี", "none", "free"]
    static let noDocuments: Set<String> = ["ไม่ต้องใช้เอกสาร", "ไม่มี", "none"]

    static func matches(_ text: String, _ words: Set<String>) -> Bool {
        let t = text.trimmingWhitespaces()
        return words.contains(t) || words.contains(t.lowercased())
    }
}

// MARK: - Manuals (o8, o9)

extension Manual: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        // An audience that could not be read is taken as citizen, and the OIT warnings wait
        // until it is known.
        let audienceKnown = !file.failed("audience", in: r)
        if !audienceKnown { audience = .citizen }
        if title.isEmpty { title = "\(audience.label) \(service)" }
        ServiceReading.requireEntries(r, "steps", steps.isEmpty,
                                      hint: "List each step with its description, duration and who is responsible.")
        guard audienceKnown else { return true }
        if !statesDuration && !steps.isEmpty {
            ServiceReading.warnMissing(r, "total_duration", item: audience == .staff ? "o8" : "o9",
                                       hint: "State how long the whole procedure takes, e.g. total_duration: ๓ วันทำการ, or give every step a duration.")
        }
        if audience == .citizen {
            if r["channels"] == nil {
                ServiceReading.warnMissing(r, "channels", item: "o9", hint: "Say where and how a citizen asks for the service.")
            }
            if r["fees"] == nil {
                ServiceReading.warnMissing(r, "fees", item: "o9", hint: "List the fees, or write 'fees: ไม่มีค่าธรรมเนียม' when there are none.")
            }
            if r["documents"] == nil {
                ServiceReading.warnMissing(r, "documents", item: "o9",
                                           hint: "List the documents to bring, or write 'documents: ไม่ต้องใช้เอกสาร'.")
            }
            if r["contact"] == nil {
                ServiceReading.warnMissing(r, "contact", item: "o9", hint: "Give the unit's phone or e-mail under contact:.")
            }
        }
        return true
    }
}

extension ServiceChannel: RecordRules, NamedRecord {
    static var recordNoun: String { "channel" }
    /// A channel without its name is reported and kept.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool { true }
}

/// `fees:` a list of fees, or `ไม่มีค่าธรรมเนียม`; absent means not stated.
extension FeeSchedule: LocatedValue {
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> FeeSchedule? {
        guard let node = r[field] else { return .notStated }
        if case .scalar(let s) = node {
            if FeeWords.matches(s.string, FeeWords.free) { return .free }
            r.error(field, node, "'\(s.string)' is neither a list of fees nor ไม่มีค่าธรรมเนียม.",
                    hint: "Write 'fees: ไม่มีค่าธรรมเนียม' when the service is free, or list each fee with item and amount.")
            return .notStated
        }
        let items = [Fee].readRecords(field, in: decoder, required: false) as? [Fee] ?? []
        if items.isEmpty, case .sequence(let seq) = node, seq.isEmpty {
            r.error(field, node, "the list of fees is empty.", hint: "Write 'fees: ไม่มีค่าธรรมเนียม' when the service is free.")
            return .notStated
        }
        return .items(items)
    }
}

extension Fee: RecordRules, NamedRecord {
    static var recordNoun: String { "fee" }
    /// A fee without its item is reported and kept; one without its amount is left out.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        !file.failed("amount", in: r)
    }
}

/// An amount in baht, or `ไม่มีค่าธรรมเนียม` (expressly none).
extension FeeAmount: LocatedValue, EmptyValue {
    static var empty: FeeAmount { .free }
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> FeeAmount? {
        if let node = r[field], case .scalar(let s) = node, FeeWords.matches(s.string, FeeWords.free) { return .free }
        guard let m = r.money(field, required: required) else { return nil }
        if m.isZero {
            r.warning(field, r[field], "an amount of 0 baht is shown as 0; a fee that is not charged is written ไม่มีค่าธรรมเนียม.",
                      hint: "Write 'amount: ไม่มีค่าธรรมเนียม'.")
        }
        return .amount(m)
    }
}

/// `documents:` a list, or `ไม่ต้องใช้เอกสาร`; absent means not stated.
extension DocumentList: LocatedValue {
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> DocumentList? {
        guard let node = r[field] else { return .notStated }
        if case .scalar(let s) = node {
            if FeeWords.matches(s.string, FeeWords.noDocuments) { return .noneNeeded }
            r.error(field, node, "'\(s.string)' is neither a list of documents nor ไม่ต้องใช้เอกสาร.",
                    hint: "List each document with its name (and count), or write 'documents: ไม่ต้องใช้เอกสาร'.")
            return .notStated
        }
        if case .sequence(let seq) = node, seq.isEmpty {
            r.error(field, node, "the list of documents is empty.",
                    hint: "Write 'documents: ไม่ต้องใช้เอกสาร' when no document is needed.")
            return .notStated
        }
        return .items([RequiredDocument].readRecords(field, in: decoder, required: false) as? [RequiredDocument] ?? [])
    }
}

extension RequiredDocument: RecordRules, NamedRecord {
    static var recordNoun: String { "document" }
    /// A document without its name is reported and kept; its unit is ฉบับ unless written.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if unit.isEmpty { unit = "ฉบับ" }
        return true
    }
}

// MARK: - E-Service (o10)

extension EServices: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if title.isEmpty { title = "บริการออนไลน์ (E-Service)" }
        if services.isEmpty, let node = r["services"], case .sequence(let seq) = node, seq.isEmpty {
            r.error("services", node, "the list of online services is empty.",
                    hint: "List at least one service a citizen can use online (OIT o10).")
        }
        return true
    }
}

extension EService: NamedRecord {
    static var recordNoun: String { "service" }
}

extension ProcedureStep: RecordRules, NamedRecord {
    static var recordNoun: String { "step" }
    /// A step without its description is reported and kept, so the steps keep their numbers.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool { true }
}

extension ContactPoint: RecordRules {
    /// A name and at least a phone, an e-mail or an address.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if phone == nil && email == nil && address == nil {
            r.errorOnSelf("the contact gives no phone, e-mail or address.", hint: "Add at least one of phone, email or address.")
        }
        return true
    }
}
