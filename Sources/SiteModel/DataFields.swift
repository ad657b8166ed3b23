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
public enum FieldRule: Sendable, Equatable {
    /// A whole number that must not be negative.
    case count
    /// A B.E. fiscal year written in the field (`Int`, or `Int?` when it may be left out); a
    /// C.E. year is refused with the B.E. year it probably means.
    case buddhistYear
    /// A web address starting with http:// or https:// (`String`, or `String?` when it may be
    /// left out).
    case webAddress
    /// A B.E. fiscal year (`Int`) from the field, else the year of the file name; when both are
    /// given and differ, a warning, and the field's year is used.
    case statedFiscalYear
    /// A block of `YYYY-MM: figure` lines (`[MonthlyFigure]`), each month once and, in a file of
    /// one fiscal year, in that year; may be left out. Messages name the record by its `name`.
    case monthFigures
    /// A field that must be written although its type has an empty value (a list).
    case required
    /// A field that may be left out: its type's empty value then (an empty text, false, 0, an
    /// empty list).
    case omissible
    /// Not a field: the line the record starts on in its file.
    case line
    /// The address of a page of this site (`/hr/criteria/`); `example` is shown when it is not one.
    case sitePath(example: String)
    /// A field whose shape depends on other fields: known to the file, read by the record's rules.
    case byRules
    /// A list whose records write some fields under other names (property name in snake case →
    /// name in the file), where one record kind is written two ways.
    case renamed([String: String])
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

/// A B.E. year written in the field (`Int` or `Int?`).
@propertyWrapper public struct BuddhistYear<Value: Decodable & Sendable & Hashable>: RuledField, Hashable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .buddhistYear }
}

/// A web address (`String`, or `String?` when it may be left out).
@propertyWrapper public struct WebAddressField<Value: Decodable & Sendable & Hashable>: RuledField, Hashable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .webAddress }
}

/// A B.E. fiscal year (`Int`) written in the field, else the year of the file name
/// (`gifts-2568.yaml`); when both are given and differ, the field wins, with a warning (see
/// `FieldRule.statedFiscalYear`).
@propertyWrapper public struct StatedFiscalYear: RuledField, Hashable {
    public var wrappedValue: Int
    public init(wrappedValue: Int) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .statedFiscalYear }
}

/// Figures per month written `YYYY-MM: figure` (`[MonthlyFigure]`).
@propertyWrapper public struct MonthFigures: RuledField, Hashable {
    public var wrappedValue: [MonthlyFigure]
    public init(wrappedValue: [MonthlyFigure]) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .monthFigures }
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

/// The example of a site address a `SitePath` field shows when it is not one.
public protocol SitePathExample { static var example: String { get } }

/// The address of a page of this site (`String?`), from the site root.
@propertyWrapper public struct SitePath<Example: SitePathExample>: RuledField, Hashable {
    public var wrappedValue: String?
    public init(wrappedValue: String?) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .sitePath(example: Example.example) }
}

/// A field read by the record's rules, because its shape depends on other fields (a budget per
/// year of a period written beside it); the decoder leaves it empty.
@propertyWrapper public struct ReadByRules<Value: Decodable & Sendable & Hashable>: RuledField, Hashable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .byRules }
}

/// Names of fields as a file writes them, for `Renamed` (property name in snake case → name).
public protocol FieldNames { static var names: [String: String] { get } }

/// A list whose records write some fields under the names `Names` gives.
@propertyWrapper public struct Renamed<Value: Decodable & Sendable & Hashable, Names: FieldNames>: RuledField, Hashable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public static var rule: FieldRule { .renamed(Names.names) }
}

/// A record that may also be written as one text (`- ร้อยละ 98` for `- {text: ร้อยละ 98}`).
public protocol TextShorthand { init(shorthand: String) }

extension CodingUserInfoKey {
    /// The kind of the data file being decoded (`integrity-report`), for a record whose fields
    /// depend on the kind of file it is in.
    public static let datasetKind = CodingUserInfoKey(rawValue: "sitegen.datasetKind")!
}
