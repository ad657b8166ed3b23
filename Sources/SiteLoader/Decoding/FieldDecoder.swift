import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

/// Reads a `Decodable` model out of one YAML mapping, located: every problem is a diagnostic
/// naming the file, line, column and field path (`time_limits[2].days`), and reading goes on
/// after one, so a clerk sees every problem of a file at once.
///
/// - Field names are the Swift property names in snake case (`howToFile` → `how_to_file`).
/// - Value types are read by the located readers of `MappingReader` (texts, numbers, dates,
///   months, money, budgets, periods, spans, attachments, choices with did-you-mean), once for
///   every kind; property wrappers (`FieldRule`) add counts, fiscal years, web addresses and
///   whether a list must be written.
/// - A required field that is missing or unreadable is reported; the record then counts as
///   failed. A failed entry of a list is left out of it (the file's other entries are kept);
///   the kind's rules decide about the file itself.
/// - The fields a model reads are the fields a file may have: any other is reported as an
///   unknown field with the nearest known name. No kind keeps a list of its keys.
/// - After a record is read, its kind's rules run (`RecordRules`), located the same way.
enum FieldDecoding {
    /// Reads `T` from the mapping of `reader`, then reports its unknown fields (`also`: keys
    /// known without being read, such as `kind`). Returns nil when a required field failed.
    /// A required field that failed does not by itself leave the dataset out: its rules decide.
    static func decode<T: Decodable>(_ type: T.Type, from reader: MappingReader, context: DatasetContext?,
                                     also: [String] = []) -> T? {
        let session = FieldSession(context: context)
        session.kind = (T.self as? any Disclosure.Type)?.kind
        let decoder = FieldDecoder(reader: reader, session: session, codingPath: [])
        return decoder.decodeRecord(T.self, also: also, dropOnFailure: false)
    }

    /// The fields of `T` as a file names them, in the order of its properties (the known
    /// columns of a CSV table whose rows are such records).
    static func fieldNames<T: Decodable>(of type: T.Type) -> [String] {
        let decoder = FieldDecoder(reader: nil, session: FieldSession(context: nil), codingPath: [])
        _ = try? T(from: decoder)
        return decoder.requested.keys
    }
}

/// Rules of a record that its fields' types cannot say (a count above zero, one of two fields,
/// cross-checks), run right after the record is read; `reader` locates what they report.
/// `failed`: a required field of the record could not be read (it was reported, and an empty
/// value stands in for it). Returning false leaves the record out of its list (or the dataset
/// out of the site); a record without rules is left out when a required field failed.
protocol RecordRules {
    mutating func check(_ reader: MappingReader, _ file: FieldSession, failed: Bool) -> Bool
}

/// What every decoder of one file shares, and what the rules of its records know of it.
final class FieldSession {
    let context: DatasetContext?
    /// Required fields that could not be read so far.
    var failures = 0
    /// The file's fiscal year, once read (`StatedFiscalYear`).
    var fiscalYear: Int?
    /// The required fields that could not be read, by their path (`projects[2].unit`).
    private(set) var failedFields: Set<String> = []
    /// The values of the file's top-level fields read so far, for the rules of the records
    /// read after them (a project's strategy must be one of the plan's strategies).
    private var topLevel: [String: Any] = [:]
    /// The file's fiscal years, once read (a plan's `fiscal_years`); nil when they could not be.
    var fiscalYears: [Int]?
    /// The kind of the file (`integrity-report`), for records whose fields depend on it.
    var kind: String?
    private var seen: [String: [AnyHashable: Int]] = [:]
    init(context: DatasetContext?) { self.context = context }

    func noteFailure(_ field: String, in reader: MappingReader) {
        failures += 1
        failedFields.insert(reader.fieldName(field))
    }

    /// Whether one of the required fields `keys` of record `r` could not be read (for rules
    /// that keep a record when some of its required fields fail and not others).
    func failed(_ keys: String..., in r: MappingReader) -> Bool {
        keys.contains { failedFields.contains(r.fieldName($0)) }
    }

    /// The value of the file's top-level field `field`, when it was read (before the caller).
    func field<V>(_ field: String, as type: V.Type = V.self) -> V? { topLevel[field] as? V }

    func noteTopLevel(_ field: String, _ value: Any) { topLevel[field] = value }

    /// Whether `value` was given in `scope` already (see `firstLine`); nothing is remembered.
    func hasSeen(_ value: AnyHashable, in scope: String) -> Bool { seen[scope]?[value] != nil }

    /// The line on which `value` was first given in `scope` (a list's entries), or nil when
    /// this is the first time (it is then remembered with `line`).
    func firstLine(of value: AnyHashable, in scope: String, line: Int?) -> Int? {
        if let first = seen[scope]?[value] { return first }
        seen[scope, default: [:]][value] = line ?? 0
        return nil
    }
}

/// The keys a mapping's model asked for, in the order it asked.
final class RequestedKeys {
    var keys: [String] = []
    func add(_ key: String) { if !keys.contains(key) { keys.append(key) } }
}

struct FieldDecoder: Decoder {
    /// The mapping this decoder stands for; nil for a record that is absent (its fields then
    /// read as empty, silently: the missing record was reported once).
    let reader: MappingReader?
    let session: FieldSession
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { session.kind.map { [CodingUserInfoKey.datasetKind: $0 as Any] } ?? [:] }
    let requested = RequestedKeys()
    /// Fields written under another name in the records of this decoder's lists (`Renamed`).
    var names: [String: String] = [:]

    init(reader: MappingReader?, session: FieldSession, codingPath: [any CodingKey], names: [String: String] = [:]) {
        self.reader = reader
        self.session = session
        self.codingPath = codingPath
        self.names = names
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(FieldContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "a record is not a list"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(String.self, .init(codingPath: codingPath, debugDescription: "a record is not a value"))
    }

    /// Reads a record of this mapping, runs its rules and reports the fields nobody read.
    /// Whether the record failed counts its own fields only: an entry of a list inside it that
    /// failed is left out of that list, and a nested record that failed fails its field.
    func decodeRecord<T: Decodable>(_ type: T.Type, also: [String] = [], dropOnFailure: Bool = true) -> T? {
        let before = session.failures
        let firstRead = reader?.sink.added.count ?? 0
        defer { session.failures = before }
        guard let value = try? T(from: self) else { return nil }
        let failed = session.failures != before
        if let reader {
            let traits = FieldType.record(T.self)
            // Unknown fields are told first, as a reader of the file meets them.
            let mark = reader.sink.added.count
            if traits.explainsSplitNumbers {
                reader.rejectUnknownKeysExplainingCommas(also + requested.keys)
            } else {
                reader.rejectUnknownKeys(also + requested.keys)
            }
            reader.sink.moveAdded(since: mark, before: firstRead)
            // The record's rules decide whether it is kept.
            if traits.hasRules, var checked = value as? any RecordRules {
                let keep = checked.check(reader, session, failed: failed)
                return keep ? checked as? T : nil
            }
        }
        return !failed || !dropOnFailure ? value : nil
    }

    static func snakeCase(_ name: String) -> String { SnakeCase.of(name) }
}

/// The fields of one mapping, each read by its type.
struct FieldContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: FieldDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { (decoder.reader.map { Array($0.mapping.keys) } ?? []).compactMap { $0.string.flatMap(Key.init(stringValue:)) } }
    var session: FieldSession { decoder.session }

    /// The field's name in the file; it becomes a known field unless `T` is not read from one
    /// (the record's location).
    func name<T>(_ key: Key, _ type: T.Type = String.self) -> String {
        let snake = FieldDecoder.snakeCase(key.stringValue)
        let n = decoder.names[snake] ?? snake
        if !FieldType.of(T.self).isLocation { decoder.requested.add(n) }
        return n
    }

    func contains(_ key: Key) -> Bool { decoder.reader?[name(key)] != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let reader = decoder.reader, let node = reader[name(key)] else { return true }
        if case .scalar(let s) = node, s.style == .plain, MappingReader.isNullWord(s.string) { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let field = name(key, T.self)
        // A list may be left out (an empty list then) unless the model says `@Required`.
        if FieldType.of(T.self).isRecordList {
            return FieldValues.read(T.self, field, in: decoder, required: false) ?? FieldValues.placeholder(T.self, decoder: decoder)!
        }
        if let value: T = FieldValues.read(T.self, field, in: decoder, required: true) { return value }
        if let value = FieldValues.placeholder(T.self, decoder: decoder) { return value }
        throw FieldDecodingFailure()
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        FieldValues.read(T.self, name(key, T.self), in: decoder, required: false)
    }

    // The primitive overloads all go through the generic readers.
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(type, key) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { FieldValues.read(type, name(key), in: decoder, required: false) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { FieldValues.read(type, name(key), in: decoder, required: false) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { FieldValues.read(type, name(key), in: decoder, required: false) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { FieldValues.read(type, name(key), in: decoder, required: false) }
    private func decode<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        let field = name(key)
        if let value: T = FieldValues.read(T.self, field, in: decoder, required: true) { return value }
        if let value = FieldValues.placeholder(T.self, decoder: decoder) { return value }
        throw FieldDecodingFailure()
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let child = FieldDecoder(reader: decoder.reader?.nested(name(key)), session: session, codingPath: codingPath + [key])
        return try child.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath + [key], debugDescription: "lists are read whole"))
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
}

/// A required field failed and its type has no empty value to stand in: the record fails.
struct FieldDecodingFailure: Error {}

/// Field types that can be read from an absent record (every field empty).
protocol EmptyValue { static var empty: Self { get } }
extension String: EmptyValue { static var empty: String { "" } }
extension Int: EmptyValue { static var empty: Int { 0 } }
extension Bool: EmptyValue { static var empty: Bool { false } }
extension Double: EmptyValue { static var empty: Double { 0 } }
extension Array: EmptyValue { static var empty: [Element] { [] } }
extension Dictionary: EmptyValue { static var empty: [Key: Value] { [:] } }
extension Optional: EmptyValue { static var empty: Wrapped? { nil } }
extension Money: EmptyValue { static var empty: Money { .zero } }
extension CalendarDate: EmptyValue { static var empty: CalendarDate { CalendarDate(daysSinceEpoch: 0) } }
extension YearMonth: EmptyValue { static var empty: YearMonth { YearMonth(CalendarDate(daysSinceEpoch: 0)) } }
extension BudgetValue: EmptyValue { static var empty: BudgetValue { .notStated } }
extension SourceRef: EmptyValue { static var empty: SourceRef { SourceRef(file: "") } }
extension DateRange: EmptyValue { static var empty: DateRange { DateRange(start: .empty, end: .empty) } }

/// An entry of a list of a shape of its own (each entry a text or a record): its lists are read
/// by its own reader.
protocol LocatedListEntry: Decodable {
    static func readList(_ field: String, in decoder: FieldDecoder) -> [Self]
}

extension Array: LocatedValue where Element: LocatedListEntry {
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> [Element]? {
        Element.readList(field, in: decoder)
    }
}

/// Marks an `Optional` type, to tell `Int?` from `Int` in a wrapper.
protocol OptionalType { static var wrappedType: Any.Type { get } }
extension Optional: OptionalType { static var wrappedType: Any.Type { Wrapped.self } }

/// A list whose entries are records (each a mapping).
protocol RecordList { static func readRecords(_ field: String, in decoder: FieldDecoder, required: Bool) -> Any }
extension Array: RecordList where Element: Decodable {
    static func readRecords(_ field: String, in decoder: FieldDecoder, required: Bool) -> Any {
        guard let reader = decoder.reader else { return [Element]() }
        let noun = (Element.self as? any NamedRecord.Type)?.recordNoun(in: field) ?? "entry"
        func record(_ r: MappingReader) -> Element? {
            FieldDecoder(reader: r, session: decoder.session, codingPath: decoder.codingPath, names: decoder.names)
                .decodeRecord(Element.self)
        }
        guard let shorthand = Element.self as? any TextShorthand.Type else {
            return reader.records(field, required: required, what: noun).compactMap(record)
        }
        // An entry may be one text instead of a record.
        return reader.sequence(field, required: required).enumerated().compactMap { i, node -> Element? in
            if case .scalar(let s) = node, !s.string.isEmpty { return shorthand.init(shorthand: s.string) as? Element }
            return MappingReader(node, file: reader.file, lineOffset: reader.lineOffset, path: "\(reader.fieldName(field))[\(i + 1)]",
                                 sink: reader.sink, what: "each \(noun)").flatMap(record)
        }
    }
}

/// A record whose fields the loader reads with `rejectUnknownKeysExplainingCommas`: one written
/// `{ … }` with amounts, where a comma in a number splits it into fields.
protocol ExplainsSplitNumbers {}

/// A record type that names one entry of its list in messages ("each channel of 'channels'").
protocol NamedRecord {
    static var recordNoun: String { get }
    /// The name of one entry in list `field`, when lists of the same records name them apart
    /// ("each position of 'leadership'", "each unit of 'units'").
    static func recordNoun(in field: String) -> String
}
extension NamedRecord {
    static func recordNoun(in field: String) -> String { recordNoun }
}

/// A value type with a shape of its own (a text or a list, a score as printed), read by its own
/// located reader; the reader reports what it cannot read and returns nil, and reports a
/// missing field when `required`.
protocol LocatedValue: Decodable {
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> Self?
}

enum FieldValues {
    /// Types that say where a record is rather than read a field.
    static func isLocation<T>(_ type: T.Type) -> Bool { FieldType.of(T.self).isLocation }

    static func rule<W: RuledField>(of type: W.Type) -> FieldRule { W.rule }

    /// Reads field `field` of the decoder's mapping as `T`; nil when absent (reported when
    /// `required`) or unreadable (reported). A required failure counts in the session.
    static func read<T: Decodable>(_ type: T.Type, _ field: String, in decoder: FieldDecoder, required: Bool) -> T? {
        guard let reader = decoder.reader else { return nil }
        let value = value(T.self, field, reader: reader, decoder: decoder, required: required)
        if value == nil && required { decoder.session.noteFailure(field, in: reader) }
        if let value, reader.path.isEmpty, !FieldType.of(T.self).isRuled { decoder.session.noteTopLevel(field, value) }
        return value.map { $0 as! T }
    }

    private static func value<T: Decodable>(_ type: T.Type, _ field: String, reader r: MappingReader, decoder: FieldDecoder,
                                            required: Bool) -> Any? {
        switch FieldType.of(T.self).reading {
        case .string: return r.string(field, required: required)
        case .int: return r.int(field, required: required)
        case .double:
            guard let text = r.string(field, required: required) else { return nil }
            guard let d = Double(asciiDigits(text).trimmingWhitespaces()) else {
                r.error(field, r[field], "'\(text)' is not a number.", hint: "Write digits, for example 88.5.")
                return nil
            }
            return d
        case .bool:
            if required && r[field] == nil { r.missingField(field, what: "true or false"); return nil }
            return r.bool(field)
        case .date: return r.date(field, required: required)
        case .money: return r.money(field, required: required)
        case .budget: return r.budget(field)
        case .dateRange: return r.dateRange(field, required: required)
        case .fiscalYearSpan: return r.fiscalYearSpan(field, required: required)
        case .strings:
            if required && r[field] == nil { r.missingField(field, what: "a list"); return nil }
            return r.strings(field)
        case .attachments: return r.attachments(field)
        case .source: return r.source
        case .yearMonth: return r.yearMonth(field, required: required)
        case .located(let located):
            return located.read(field, in: r, decoder: decoder, required: required)
        case .ruled(let ruled):
            return ruledValue(ruled, field, reader: r, decoder: decoder)
        case .thaiChoice(let choice):
            return ServiceReading.choice(r, field, choice, required: required)
        case .choice(let choice):
            return r.enumeration(field, choice, required: required)
        case .recordList(let list):
            if required && r[field] == nil { r.missingField(field, what: "a list"); return nil }
            return list.readRecords(field, in: decoder, required: required)
        case .record:
            break
        }
        // A nested record.
        guard r[field] != nil else {
            if required { r.missingField(field, what: "a block of fields") }
            return nil
        }
        guard let nested = r.nested(field) else { return nil }
        return FieldDecoder(reader: nested, session: decoder.session, codingPath: decoder.codingPath).decodeRecord(T.self)
    }

    private static func ruledValue<W: RuledField>(_ type: W.Type, _ field: String, reader r: MappingReader,
                                                  decoder: FieldDecoder) -> Any? {
        let optional = FieldType.optionalWrapped(W.Value.self) != nil
        func wrap(_ v: Any?) -> W? {
            if let v { return W(wrappedValue: (optional ? Optional(v) as Any : v) as! W.Value) }
            return optional ? W(wrappedValue: Optional<Any>.none as Any as! W.Value) : nil
        }
        switch W.rule {
        case .line:
            return wrap(r.line)
        case .count:
            let n = r.count(field, required: !optional)
            return n == nil && !optional ? nil : wrap(n)
        case .buddhistYear:
            let year = r.fiscalYear(field, required: !optional)
            if field == "fiscal_year", decoder.session.fiscalYear == nil { decoder.session.fiscalYear = year }
            return year == nil && !optional ? nil : wrap(year)
        case .webAddress:
            let address = ServiceReading.webAddress(r, field, required: !optional)
            return address == nil && !optional ? nil : wrap(address)
        case .statedFiscalYear:
            let year = (decoder.session.context ?? DatasetContext(key: "", file: r.file, siteRoot: "")).statedFiscalYear(r)
            decoder.session.fiscalYear = year
            return wrap(year)
        case .monthFigures:
            let name = r["name"].flatMap { isNull($0) ? nil : $0.string } ?? ""
            return wrap(ServiceStatsLoader.monthFigures(r, key: field, required: false, service: name,
                                                        fiscalYear: decoder.session.fiscalYear.map { FiscalYear(buddhistYear: $0) }))
        case .sitePath(let example):
            return wrap(r.sitePath(field, example: example))
        case .byRules:
            // Known to the file; the record's rules read it.
            return ruledPlaceholder(W.self)
        case .renamed(let names):
            var inner = decoder
            inner.names = names
            func list<V: Decodable>(_ v: V.Type) -> Any? { FieldValues.read(V.self, field, in: inner, required: false) }
            let listType = W.Value.self as! any Decodable.Type
            return wrap(list(listType))
        case .required, .omissible:
            let inner = (FieldType.optionalWrapped(W.Value.self) ?? W.Value.self) as! any Decodable.Type
            func read<V: Decodable>(_ v: V.Type) -> Any? {
                if W.rule == .omissible, r[field] == nil || isNull(r[field]) {
                    return FieldType.emptyValue(V.self).map { emptyValue(of: $0) }
                }
                return FieldValues.read(V.self, field, in: decoder, required: W.rule == .required)
            }
            // An omissible field that cannot be read was reported; its empty value stands in.
            let v = read(inner) ?? (W.rule == .omissible ? (inner as? any EmptyValue.Type).map { emptyValue(of: $0) } : nil)
            return v == nil && !optional ? nil : wrap(v)
        }
    }

    static func firstCase<C: ThaiLabelledChoice>(of type: C.Type) -> Any? { C.allCases.first }
    static func firstChoice<C: FieldChoice>(of type: C.Type) -> Any? { C.allCases.first }

    static func emptyValue<E: EmptyValue>(of type: E.Type) -> Any { E.empty }

    static func isNull(_ node: Node?) -> Bool {
        if case .scalar(let s)? = node, s.style == .plain, MappingReader.isNullWord(s.string) { return true }
        return false
    }

    /// A stand-in for a required field that failed (already reported), so that the rest of the
    /// record is still read; the record itself counts as failed.
    static func placeholder<T: Decodable>(_ type: T.Type, decoder: FieldDecoder) -> T? {
        // Only for a field that failed (and for the field names of a table): the casts themselves.
        if let e = FieldType.emptyValue(T.self) { return emptyValue(of: e) as? T }
        if let choice = T.self as? any ThaiLabelledChoice.Type { return firstCase(of: choice) as? T }
        if let choice = T.self as? any FieldChoice.Type { return firstChoice(of: choice) as? T }
        if let ruled = T.self as? any RuledField.Type { return ruledPlaceholder(ruled) as? T }
        // A record: read from nothing, every field empty.
        return try? T(from: FieldDecoder(reader: nil, session: FieldSession(context: nil), codingPath: decoder.codingPath))
    }

    private static func ruledPlaceholder<W: RuledField>(_ type: W.Type) -> W? {
        guard let e = W.Value.self as? any EmptyValue.Type, let v = emptyValue(of: e) as? W.Value else { return nil }
        return W(wrappedValue: v)
    }
}

extension MappingReader {
    /// The entry of list `key` that starts on `line`, to locate what a rule of the whole file
    /// says about one entry. Nothing is reported (the list was read already).
    func entry(of key: String, atLine line: Int?) -> MappingReader? {
        guard let line else { return nil }
        for (i, node) in sequenceNodes(key).enumerated() {
            guard case .mapping = node, node.mark.map({ $0.line + lineOffset }) == line else { continue }
            return MappingReader(node, file: file, lineOffset: lineOffset, path: "\(fieldName(key))[\(i + 1)]", sink: sink)
        }
        return nil
    }

    private func sequenceNodes(_ key: String) -> [Node] {
        if case .sequence(let seq)? = self[key] { return Array(seq) }
        return []
    }
}

/// How the decoder reads a field type, worked out once per type. A cast to a protocol is a
/// lookup in the runtime's conformance tables (the first one for a type and protocol scans every
/// conformance of the program, the next ones hash); the decoder made several for every field of
/// every record it read, a tenth of the time `check` took on a bench site. Each question is
/// asked once per type, and only of the types it was asked of before (a new question about a
/// type is a new scan).
struct FieldType: @unchecked Sendable {  // metatypes only: immutable, global
    enum Reading {
        case string, int, double, bool, date, money, budget, dateRange, fiscalYearSpan, strings, attachments, source, yearMonth
        case located(any LocatedValue.Type)
        case ruled(any RuledField.Type)
        case thaiChoice(any ThaiLabelledChoice.Type)
        case choice(any FieldChoice.Type)
        case recordList(any RecordList.Type)
        /// A nested record (a mapping of its own fields).
        case record
    }
    let reading: Reading
    /// Says where a record is rather than reads a field (`SourceRef`, a `.line` rule).
    let isLocation: Bool
    let isRuled: Bool
    let isRecordList: Bool

    private init<T>(_ type: T.Type) {
        let ruled = T.self as? any RuledField.Type
        let recordList = T.self as? any RecordList.Type
        // The order of the casts is the order in which a field's type is tried.
        reading = switch T.self {
        case is String.Type: .string
        case is Int.Type: .int
        case is Double.Type: .double
        case is Bool.Type: .bool
        case is CalendarDate.Type: .date
        case is Money.Type: .money
        case is BudgetValue.Type: .budget
        case is DateRange.Type: .dateRange
        case is FiscalYearSpan.Type: .fiscalYearSpan
        case is [String].Type: .strings
        case is [AttachmentRef].Type: .attachments
        case is SourceRef.Type: .source
        case is YearMonth.Type: .yearMonth
        default:
            if let located = T.self as? any LocatedValue.Type { .located(located) }
            else if let ruled { .ruled(ruled) }
            else if let choice = T.self as? any ThaiLabelledChoice.Type { .thaiChoice(choice) }
            else if let choice = T.self as? any FieldChoice.Type { .choice(choice) }
            else if let recordList { .recordList(recordList) }
            else { .record }
        }
        isLocation = T.self == SourceRef.self || ruled.map { FieldValues.rule(of: $0) == .line } == true
        isRuled = ruled != nil
        isRecordList = recordList != nil
    }

    /// What the decoder does with a field of type `T`.
    static func of<T>(_ type: T.Type) -> FieldType { fields.answer(T.self) { FieldType(T.self) } }

    /// What the decoder does after reading a record of type `T`: explain commas in numbers when
    /// it reports unknown fields (`ExplainsSplitNumbers`), run its rules (`RecordRules`).
    static func record<T>(_ type: T.Type) -> (explainsSplitNumbers: Bool, hasRules: Bool) {
        records.answer(T.self) { (T.self is any ExplainsSplitNumbers.Type, T.self is any RecordRules.Type) }
    }

    /// The wrapped type when `T` is an `Optional`.
    static func optionalWrapped<T>(_ type: T.Type) -> Any.Type? {
        optionals.answer(T.self) { (T.self as? any OptionalType.Type)?.wrappedType }
    }

    /// `T` as a type with an empty value, when it is one.
    static func emptyValue<T>(_ type: T.Type) -> (any EmptyValue.Type)? {
        empties.answer(T.self) { T.self as? any EmptyValue.Type }
    }

    private static let fields = TypeAnswers<FieldType>()
    private static let records = TypeAnswers<(explainsSplitNumbers: Bool, hasRules: Bool)>()
    private static let optionals = TypeAnswers<Any.Type?>()
    private static let empties = TypeAnswers<(any EmptyValue.Type)?>()
}
