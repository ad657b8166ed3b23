import Foundation
import SiteModel
import ThaiText
import Yams

/// Readers shared by the service, complaint and participation datasets.
enum ServiceReading {
    static let stepKeys = ["description", "duration", "responsible"]
    static let contactKeys = ["name", "phone", "email", "address"]

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

    /// The steps of a procedure, in order; at least one.
    static func steps(_ r: MappingReader, required: Bool) -> [ProcedureStep] {
        let steps = r.records("steps", required: required, what: "step").map { s -> ProcedureStep in
            s.rejectUnknownKeys(stepKeys)
            return ProcedureStep(description: s.string("description", required: true) ?? "", duration: s.string("duration"),
                                 responsible: s.string("responsible"), line: s.line)
        }
        if steps.isEmpty, let node = r["steps"], case .sequence = node {
            r.error("steps", node, "the list of steps is empty.", hint: "List each step with its description, duration and who is responsible.")
        }
        return steps
    }

    /// A contact block: a name and at least a phone, an e-mail or an address.
    static func contact(_ r: MappingReader, _ key: String = "contact") -> ContactPoint? {
        guard let c = r.nested(key) else { return nil }
        c.rejectUnknownKeys(contactKeys)
        let contact = ContactPoint(name: c.string("name"), phone: c.string("phone"), email: c.string("email"),
                                   address: c.string("address"))
        if contact.phone == nil && contact.email == nil && contact.address == nil {
            r.error(key, r[key], "the contact gives no phone, e-mail or address.",
                    hint: "Add at least one of phone, email or address.")
        }
        return contact
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

enum ManualLoader: KeyListLoader {
    static let kind = Manual.kind
    static let topLevelKeys = ["title", "audience", "service", "unit", "issued", "legal_basis", "channels", "steps",
                               "total_duration", "total_days", "fees", "documents", "contact", "complaints", "attachments"]
    static let channelKeys = ["name", "hours", "url", "note"]
    static let feeKeys = ["item", "amount", "unit", "note"]
    static let documentKeys = ["name", "count", "unit", "note"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let audience = ServiceReading.choice(r, "audience", ManualAudience.self, required: true)
        let service = r.string("service", required: true) ?? ""
        let manual = Manual(
            source: r.source, title: r.string("title") ?? "\((audience ?? .citizen).label) \(service)",
            audience: audience ?? .citizen, service: service, unit: r.string("unit", required: true) ?? "",
            issued: r.date("issued"), legalBasis: r.strings("legal_basis"), channels: r.records("channels", what: "channel").map(channel),
            steps: ServiceReading.steps(r, required: true), totalDuration: r.string("total_duration"),
            totalDays: r.count("total_days"), fees: fees(r), documents: documents(r), contact: ServiceReading.contact(r),
            complaints: r.string("complaints"), attachments: r.attachments())
        guard audience != nil else { return manual }
        if !manual.statesDuration && !manual.steps.isEmpty {
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
        return manual
    }

    static func channel(_ r: MappingReader) -> ServiceChannel {
        r.rejectUnknownKeys(channelKeys)
        return ServiceChannel(name: r.string("name", required: true) ?? "", hours: r.string("hours"),
                              url: ServiceReading.webAddress(r, "url"), note: r.string("note"), line: r.line)
    }

    /// `fees:` a list of fees, or `ไม่มีค่าธรรมเนียม`; absent means not stated.
    static func fees(_ r: MappingReader) -> FeeSchedule {
        guard let node = r["fees"] else { return .notStated }
        if case .scalar(let s) = node {
            if FeeWords.matches(s.string, FeeWords.free) { return .free }
            r.error("fees", node, "'\(s.string)' is neither a list of fees nor ไม่มีค่าธรรมเนียม.",
                    hint: "Write 'fees: ไม่มีค่าธรรมเนียม' when the service is free, or list each fee with item and amount.")
            return .notStated
        }
        let items = r.records("fees", what: "fee").compactMap(fee)
        if items.isEmpty, case .sequence(let seq) = node, seq.isEmpty {
            r.error("fees", node, "the list of fees is empty.", hint: "Write 'fees: ไม่มีค่าธรรมเนียม' when the service is free.")
            return .notStated
        }
        return .items(items)
    }

    static func fee(_ r: MappingReader) -> Fee? {
        r.rejectUnknownKeys(feeKeys)
        let item = r.string("item", required: true) ?? ""
        let amount: FeeAmount
        if let node = r["amount"], case .scalar(let s) = node, FeeWords.matches(s.string, FeeWords.free) {
            amount = .free
        } else if let m = r.money("amount", required: true) {
            if m.isZero {
                r.warning("amount", r["amount"], "an amount of 0 baht is shown as 0; a fee that is not charged is written ไม่มีค่าธรรมเนียม.",
                          hint: "Write 'amount: ไม่มีค่าธรรมเนียม'.")
            }
            amount = .amount(m)
        } else {
            return nil
        }
        return Fee(item: item, amount: amount, unit: r.string("unit"), note: r.string("note"), line: r.line)
    }

    /// `documents:` a list, or `ไม่ต้องใช้เอกสาร`; absent means not stated.
    static func documents(_ r: MappingReader) -> DocumentList {
        guard let node = r["documents"] else { return .notStated }
        if case .scalar(let s) = node {
            if FeeWords.matches(s.string, FeeWords.noDocuments) { return .noneNeeded }
            r.error("documents", node, "'\(s.string)' is neither a list of documents nor ไม่ต้องใช้เอกสาร.",
                    hint: "List each document with its name (and count), or write 'documents: ไม่ต้องใช้เอกสาร'.")
            return .notStated
        }
        if case .sequence(let seq) = node, seq.isEmpty {
            r.error("documents", node, "the list of documents is empty.",
                    hint: "Write 'documents: ไม่ต้องใช้เอกสาร' when no document is needed.")
            return .notStated
        }
        return .items(r.records("documents", what: "document").map { d in
            d.rejectUnknownKeys(documentKeys)
            return RequiredDocument(name: d.string("name", required: true) ?? "", count: d.count("count"),
                                    unit: d.string("unit") ?? "ฉบับ", note: d.string("note"), line: d.line)
        })
    }
}

enum EServicesLoader: KeyListLoader {
    static let kind = EServices.kind
    static let topLevelKeys = ["title", "services", "attachments"]
    static let serviceKeys = ["name", "description", "url", "channel", "unit", "hours", "note", "usage"]

    static func load(_ r: MappingReader, context: DatasetContext) -> (any Disclosure)? {
        let services = r.records("services", required: true, what: "service").compactMap(service)
        if services.isEmpty, let node = r["services"], case .sequence(let seq) = node, seq.isEmpty {
            r.error("services", node, "the list of online services is empty.",
                    hint: "List at least one service a citizen can use online (OIT o10).")
        }
        return EServices(source: r.source, title: r.string("title") ?? "บริการออนไลน์ (E-Service)", services: services,
                         attachments: r.attachments())
    }

    static func service(_ r: MappingReader) -> EService? {
        r.rejectUnknownKeys(serviceKeys)
        let name = r.string("name", required: true)
        let description = r.string("description", required: true)
        let url = ServiceReading.webAddress(r, "url", required: true)
        let channel = ServiceReading.choice(r, "channel", EServiceChannel.self, required: true)
        let unit = r.string("unit", required: true)
        let usage = ServiceStatsLoader.monthFigures(r, key: "usage", required: false, service: name ?? "", fiscalYear: nil)
        guard let name, let description, let url, let channel, let unit else { return nil }
        return EService(name: name, description: description, url: url, channel: channel, unit: unit,
                        hours: r.string("hours"), note: r.string("note"), line: r.line, usage: usage)
    }
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
