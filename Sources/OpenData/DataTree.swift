@_spi(Reflection) import Swift
import SiteModel
import ThaiText

/// A JSON value whose objects keep their fields in order: what a dataset is published as
/// (`/data/<name>.json`) and what its CSV table is flattened from.
public indirect enum DataValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// An amount of money in baht, kept in satang: written as a JSON number with up to two decimals.
    case baht(Money)
    case string(String)
    case array([DataValue])
    case object([(String, DataValue)])

    public static func == (a: DataValue, b: DataValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.baht(x), .baht(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value of a field of an object.
    public subscript(key: String) -> DataValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.0 == key }?.1
    }

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// An amount in baht as JSON writes it: `16000`, `1510000.5`, `0.25`, `-3.05`.
    public static func bahtText(_ m: Money) -> String {
        let negative = m.satang < 0
        let magnitude = m.satang.magnitude
        var text = String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return negative ? "-" + text : text
    }
}

/// Turns a dataset (any `Disclosure`) into a `DataValue`, field by field in the order the model
/// declares them, each under its name in the data file (the Swift name in snake case): the
/// fields documented in docs/data/<kind>.md. Reading the model's stored fields by reflection
/// keeps every kind, present and future, published without a second description of its fields.
///
/// - Dates are ISO 8601 (`2025-10-01`, Christian era), months `2025-10`; money a number of baht.
/// - A choice (a method, a status) is its value as written in the data (Thai).
/// - A budget is a number, `"ไม่ใช้งบประมาณ"` (no budget) or null (not stated).
/// - Where a record came from in the site folder (`source`, `line`) is left out; an attached
///   file becomes `{title, url}` with the file's address on the site.
public struct DataTreeMaker: Sendable {
    /// The absolute address of a file of the site folder (`files/plan.pdf`).
    public var fileURL: @Sendable (String) -> String

    public init(fileURL: @escaping @Sendable (String) -> String) {
        self.fileURL = fileURL
    }

    public func value(of dataset: any Disclosure) -> DataValue {
        var fields: [(String, DataValue)] = [("kind", .string(type(of: dataset).kind))]
        if case .object(let rest) = value(dataset) { fields += rest.filter { $0.0 != "kind" } }
        return .object(fields)
    }

    public func value(_ any: Any) -> DataValue {
        // The kind of value is known by its type, asked once per type (see `Shape`).
        switch Shape.of(type(of: any)) {
        case .dataValue: return any as! DataValue
        case .string: return .string(any as! String)
        case .bool: return .bool(any as! Bool)
        case .int: return .int(any as! Int)
        case .int64: return .int(Int(any as! Int64))
        case .money: return .baht(any as! Money)
        case .date: return .string((any as! CalendarDate).iso)
        case .month: return .string((any as! YearMonth).iso)
        case .fiscalYear: return .int((any as! FiscalYear).buddhistYear)
        case .budget:
            switch any as! BudgetValue {
            case .amount(let m): return .baht(m)
            case .noBudget: return .string("ไม่ใช้งบประมาณ")
            case .notStated: return .null
            }
        case .attachment:
            let v = any as! AttachmentRef
            return .object([("title", .string(v.title)), ("url", .string(fileURL(v.file)))])
        case .ruled: return value((any as! any RuledField).wrappedValue)
        case .rawRepresentable:
            let v = any as! any RawRepresentable
            if let raw = v.rawValue as? String { return .string(raw) }
            return value(v.rawValue)
        case .optional:
            return (any as! any AnyOptional).wrappedAny.map { value($0) } ?? .null
        case .array:
            return .array((any as! any AnyArray).values(maker: self))
        case .reflected: break
        }
        if let layout = RecordLayout.of(any) {
            // A record: its stored fields by key path (a `Mirror` of each record cost more than
            // its fields' values).
            if layout.isWrapper, let only = layout.fields.first { return value(any[keyPath: only.keyPath]!) }
            var fields: [(String, DataValue)] = []
            fields.reserveCapacity(layout.fields.count)
            for field in layout.fields {
                let child = any[keyPath: field.keyPath]!
                if Self.leftOut(child, label: field.label) { continue }
                fields.append((field.name, value(child)))
            }
            // A value with where it was written (`Located`): the value.
            if fields.count == 1, fields[0].0 == "value" { return fields[0].1 }
            return .object(fields)
        }
        let mirror = Mirror(reflecting: any)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { value($0.value) } ?? .null
        case .collection, .set:
            return .array(mirror.children.map { value($0.value) })
        case .dictionary:
            let pairs = mirror.children.compactMap { child -> (String, DataValue)? in
                let pair = Mirror(reflecting: child.value).children.map(\.value)
                guard pair.count == 2 else { return nil }
                return ("\(pair[0])", value(pair[1]))
            }
            return .object(pairs.sorted { $0.0 < $1.0 })
        case .enum:
            // A case with a value (`.items([Fee])`, `.dates(DateRange)`): its value; a case
            // without: its name.
            if let payload = mirror.children.first {
                let inner = value(payload.value)
                if case .object = inner { return inner }
                if case .array = inner { return inner }
                return .object([(Self.snakeCase(payload.label ?? "value"), inner)])
            }
            return .string(Self.snakeCase("\(any)"))
        case .struct, .class:
            // A property wrapper the cases above do not know: its value.
            if mirror.children.count == 1, let only = mirror.children.first, only.label == "wrappedValue" {
                return value(only.value)
            }
            var fields: [(String, DataValue)] = []
            for child in mirror.children {
                guard var label = child.label, !label.utf8.contains(UInt8(ascii: "$")) else { continue }
                if label.utf8.first == UInt8(ascii: "_") { label.removeFirst() }
                if Self.leftOut(child.value, label: label) { continue }
                fields.append((Self.snakeCase(label), value(child.value)))
            }
            // A value with where it was written (`Located`): the value.
            if fields.count == 1, fields[0].0 == "value" { return fields[0].1 }
            return .object(fields)
        default:
            return .string("\(any)")
        }
    }

    /// Fields about the site folder rather than the data: the table a list's items were
    /// imported from (`items_csv`), where in the file a record was written (`fieldPath`).
    static let internalFields: Set<String> = ["itemsFile", "fieldPath"]

    /// Whether a stored field of a record is left out of its data: where it was written
    /// (`source`, a `line`), a field about the site folder, another dataset linked to this one
    /// (a report's plan: published on its own).
    static func leftOut(_ value: Any, label: String) -> Bool {
        if internalFields.contains(label) { return true }
        let facts = FieldFacts.of(type(of: value))
        if facts.isOptional {
            // What an optional holds decides, as a cast would unwrap it; an empty `line` is left out.
            guard let held = (value as! any AnyOptional).wrappedAny else { return label == "line" }
            return leftOut(held, label: label)
        }
        return facts.isSource || (label == "line" && facts.isInt) || facts.isDisclosure
    }

    /// `fiscalYear` → `fiscal_year`, `egpNumber` → `egp_number`, `url` → `url`.
    public static func snakeCase(_ name: String) -> String { SnakeCase.of(name, leadingUnderscore: false) }

    /// What a value is, by its type: the casts `value(_:)` made of every value, in their order,
    /// asked once per type. An optional is its value or null, an array its values, both without
    /// reflection; the records (and what no case knows) are reflected.
    enum Shape {
        case optional, array, dataValue, string, bool, int, int64, money, date, month, fiscalYear, budget, attachment, ruled,
             rawRepresentable, reflected

        static func of(_ type: Any.Type) -> Shape { answers.answer(type) { Shape(type) } }
        private static let answers = TypeAnswers<Shape>()

        private init(_ type: Any.Type) {
            self = switch type {
            case is any AnyOptional.Type: .optional
            case is any AnyArray.Type: .array
            case is DataValue.Type: .dataValue
            case is String.Type: .string
            case is Bool.Type: .bool
            case is Int.Type: .int
            case is Int64.Type: .int64
            case is Money.Type: .money
            case is CalendarDate.Type: .date
            case is YearMonth.Type: .month
            case is FiscalYear.Type: .fiscalYear
            case is BudgetValue.Type: .budget
            case is AttachmentRef.Type: .attachment
            case is any RuledField.Type: .ruled
            case is any RawRepresentable.Type: .rawRepresentable
            default: .reflected
            }
        }
    }

    /// A struct's stored fields as `value(_:)` publishes them, found once per type: each with its
    /// label (a property wrapper's `_` taken off), its name in the data and its key path; the
    /// fields never published (`$` projections, `internalFields`) are not listed. Nil for what
    /// is not a struct (an enum, a class) or whose fields the runtime cannot list: reflected.
    struct RecordLayout: @unchecked Sendable {  // key paths are immutable
        struct Field {
            var label: String
            var name: String
            var keyPath: AnyKeyPath
        }
        var fields: [Field]
        /// A property wrapper the shapes do not know (only `wrappedValue`): published as its value.
        var isWrapper: Bool

        static func of(_ value: Any) -> RecordLayout? {
            answers.answer(type(of: value)) {
                guard Mirror(reflecting: value).displayStyle == .struct else { return nil }
                return storedFields(of: value).map(make)
            }
        }
        private static let answers = TypeAnswers<RecordLayout?>()

        private static func make(_ stored: [(String, AnyKeyPath)]) -> RecordLayout {
            if stored.count == 1, stored[0].0 == "wrappedValue" {
                return RecordLayout(fields: [Field(label: "wrappedValue", name: "wrapped_value", keyPath: stored[0].1)], isWrapper: true)
            }
            var fields: [Field] = []
            for (raw, keyPath) in stored {
                guard !raw.utf8.contains(UInt8(ascii: "$")) else { continue }
                var label = raw
                if label.utf8.first == UInt8(ascii: "_") { label.removeFirst() }
                if internalFields.contains(label) { continue }
                fields.append(Field(label: label, name: snakeCase(label), keyPath: keyPath))
            }
            return RecordLayout(fields: fields, isWrapper: false)
        }
    }

    /// The casts `leftOut` makes of a record's field, by the field's type, once per type.
    struct FieldFacts {
        var isOptional: Bool
        var isSource: Bool
        var isInt: Bool
        var isDisclosure: Bool

        static func of(_ type: Any.Type) -> FieldFacts {
            answers.answer(type) {
                FieldFacts(isOptional: type is any AnyOptional.Type, isSource: type is SourceRef.Type || type is SourceLine.Type,
                           isInt: type is Int.Type, isDisclosure: type is any Disclosure.Type)
            }
        }
        private static let answers = TypeAnswers<FieldFacts>()
    }
}

/// `Optional`, unwrapped without reflection: its casts unwrap it, so what it holds decides them.
protocol AnyOptional {
    var wrappedAny: Any? { get }
}

extension Optional: AnyOptional {
    var wrappedAny: Any? { map { $0 } }
}

/// An array's values, made without reflection (a `Mirror` of each array cost more than its values).
protocol AnyArray {
    func values(maker: DataTreeMaker) -> [DataValue]
}

extension Array: AnyArray {
    func values(maker: DataTreeMaker) -> [DataValue] { map { maker.value($0) } }
}

/// The stored fields of a struct value's type, by name and key path, in the order declared; nil
/// when the runtime cannot list them.
private func storedFields(of value: Any) -> [(String, AnyKeyPath)]? {
    _openExistential(value, do: storedFields(ofTypeOf:))
}

private func storedFields<Root>(ofTypeOf _: Root) -> [(String, AnyKeyPath)]? {
    var stored: [(String, AnyKeyPath)] = []
    let listed = _forEachFieldWithKeyPath(of: Root.self) { name, keyPath in
        stored.append((String(cString: name), keyPath))
        return true
    }
    return listed ? stored : nil
}
