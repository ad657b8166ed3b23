import ThaiText

/// How the loader reads a field of a data file, beyond what its Swift type says.
///
/// Disclosure models are `Decodable`: their properties are the fields of a data file (the Swift
/// name in snake case: `identityProtection` is `identity_protection`). The type says most of
/// it: `String` is a text, `Int` a whole number, `CalendarDate` a date YYYY-MM-DD, `Money` an
/// amount in baht, a `ThaiLabelledChoice` one of its values, an optional is a field that may be
/// left out, an array is a list. Where the type alone does not say enough, a property wrapper
/// names the rule; the loader's decoder reads the field by it, with its messages, and any other
/// decoder reads the plain value.
public enum FieldRule: Sendable {
    /// A whole number that must not be negative.
    case count
    /// A B.E. fiscal year; when left out, the year of the file name (`2568.yaml`), and when both
    /// are given they must agree.
    case fiscalYear
    /// A B.E. fiscal year written in the field (`Int`, or `Int?` when it may be left out); a
    /// C.E. year is refused with the B.E. year it probably means.
    case buddhistYear
    /// A month written YYYY-MM (C.E.; a B.E. year is read with a warning).
    case month
    /// A web address starting with http:// or https://.
    case webAddress
    /// A field that must be written although its type has an empty value (a list).
    case required
    /// A field that may be left out: its type's empty value then (an empty text, false, 0, an
    /// empty list).
    case omissible
    /// Not a field: the line the record starts on in its file.
    case line
}

/// A property wrapper that gives a field its rule (see `FieldRule`).
public protocol RuledField: Decodable, Sendable {
    associatedtype Value: Sendable
    static var rule: FieldRule { get }
    init(wrappedValue: Value)
    var wrappedValue: Value { get }
}

/// The decoder a ruled field meets outside the loader (a cache, JSON) reads its plain value.
extension RuledField where Value: Decodable {
    public init(from decoder: any Decoder) throws { self.init(wrappedValue: try Value(from: decoder)) }
}

/// A count (`Int`, or `Int?` when it may be left out): never negative.
@propertyWrapper public struct Count<Value: Decodable & Sendable & Hashable>: RuledField, Hashable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .count }
}

/// A B.E. fiscal year (`Int`), from the field or the file name.
@propertyWrapper public struct FiscalYearField: RuledField, Hashable {
    public var wrappedValue: Int
    public init(wrappedValue: Int) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .fiscalYear }
}

/// A B.E. year written in the field (`Int` or `Int?`).
@propertyWrapper public struct BuddhistYear<Value: Decodable & Sendable & Hashable>: RuledField, Hashable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .buddhistYear }
}

/// A month YYYY-MM (`YearMonth`).
@propertyWrapper public struct MonthField: RuledField, Hashable {
    public var wrappedValue: YearMonth
    public init(wrappedValue: YearMonth) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .month }
}

/// A web address (`String?`).
@propertyWrapper public struct WebAddressField: RuledField, Hashable {
    public var wrappedValue: String?
    public init(wrappedValue: String?) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .webAddress }
}

/// A list that must be written (it may still turn out empty; the kind's rules say if that is
/// wrong).
@propertyWrapper public struct Required<Value: Decodable & Sendable & Hashable>: RuledField, Hashable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .required }
}

/// A field that may be left out, its type's empty value then (`String` "", `Bool` false, `Int` 0).
@propertyWrapper public struct Omissible<Value: Decodable & Sendable & Hashable>: RuledField, Hashable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .omissible }
}

/// The line a record starts on (`Int?`); not read from a field.
@propertyWrapper public struct SourceLine: RuledField, Hashable {
    public var wrappedValue: Int?
    public init(wrappedValue: Int?) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .line }
    public init(from decoder: any Decoder) throws { wrappedValue = nil }
}

/// A field whose value is one of a fixed list of words (the raw values); a `ThaiLabelledChoice`
/// also accepts its Thai labels.
public protocol FieldChoice: RawRepresentable, CaseIterable, Sendable, Hashable, Decodable where RawValue == String {}

extension CodingUserInfoKey {
    /// The kind of the data file being decoded (`integrity-report`), for a record whose fields
    /// depend on the kind of file it is in.
    public static let datasetKind = CodingUserInfoKey(rawValue: "sitegen.datasetKind")!
}
