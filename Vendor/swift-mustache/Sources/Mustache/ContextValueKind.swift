//
// sitegen patch to swift-mustache 2.1.1 (see PATCHES.md).
//

/// The plain value types a context is usually made of, told apart by their exact type.
///
/// Telling a value's type by `as?` a protocol costs a lookup in the Swift runtime's conformance
/// cache, whose shared reader count makes the lookups of rendering threads contend with each
/// other. Comparing the dynamic type with a handful of concrete types costs a pointer
/// comparison; only values of other types take the general (upstream) path.
enum ContextValueKind {
    case string
    case integer
    case bool(Bool)
    case dictionary([String: Any])
    case sequence(any MustacheSequence, isEmpty: Bool)
    case other

    init(_ value: Any) {
        let type = Swift.type(of: value)
        if type == String.self {
            self = .string
        } else if type == [String: Any].self {
            self = .dictionary(value as! [String: Any])
        } else if type == Bool.self {
            self = .bool(value as! Bool)
        } else if type == Int.self {
            self = .integer
        } else if type == [[String: Any]].self {
            let array = value as! [[String: Any]]
            self = .sequence(array, isEmpty: array.isEmpty)
        } else if type == [Any].self {
            let array = value as! [Any]
            self = .sequence(array, isEmpty: array.isEmpty)
        } else if type == [String].self {
            let array = value as! [String]
            self = .sequence(array, isEmpty: array.isEmpty)
        } else {
            self = .other
        }
    }
}

/// The dot-separated parts of a variable name (empty parts skipped, as `split(separator:)`
/// does), without allocating an array per lookup.
struct NameComponents {
    private var rest: Substring

    init(_ name: String) {
        self.rest = name[...]
    }

    mutating func next() -> Substring? {
        let dot = UInt8(ascii: ".")
        while self.rest.utf8.first == dot {
            self.rest = self.rest.dropFirst()
        }
        guard !self.rest.isEmpty else { return nil }
        let utf8 = self.rest.utf8
        let offset =
            utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: dot) }
            ?? utf8.firstIndex(of: dot).map { utf8.distance(from: utf8.startIndex, to: $0) }
        if let offset {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            let part = self.rest[..<end]
            self.rest = self.rest[end...]
            return part
        }
        let part = self.rest
        self.rest = self.rest[self.rest.endIndex...]
        return part
    }
}
