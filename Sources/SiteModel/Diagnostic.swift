/// One problem found in a site folder, by any stage of sitegen.
///
/// Every diagnostic names the file (relative to the site folder where possible), the line
/// and column when known, the field at fault, what is wrong, and what the clerk can do.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible, Codable {
    public enum Severity: String, Sendable, Hashable, Comparable, Codable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var field: String?
    public var message: String
    public var hint: String?

    public init(_ severity: Severity, file: String?, line: Int? = nil, column: Int? = nil,
                field: String? = nil, message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.field = field.map { Diagnostic.shortened($0) }
        self.message = Diagnostic.shortened(message)
        self.hint = hint.map { Diagnostic.shortened($0) }
    }

    /// The longest message or hint kept whole, in characters. A message quotes what the clerk
    /// wrote, and a hostile or broken file can hold a line of megabytes; the middle is left out.
    public static let maximumTextLength = 400

    static func shortened(_ text: String) -> String {
        guard text.utf8.count > maximumTextLength, text.count > maximumTextLength else { return text }
        return String(text.prefix(maximumTextLength - 80)) + " … " + String(text.suffix(60))
    }

    public static func error(_ message: String, file: String?, line: Int? = nil, column: Int? = nil,
                             field: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, field: field, message: message, hint: hint)
    }

    public static func warning(_ message: String, file: String?, line: Int? = nil, column: Int? = nil,
                               field: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, field: field, message: message, hint: hint)
    }

    /// `file:line:column`, as much of it as is known.
    public var location: String {
        var s = file ?? "<site>"
        if let line {
            s += ":\(line)"
            if let column { s += ":\(column)" }
        }
        return s
    }

    /// One or two lines, in the shape compilers use so editors can jump to the place:
    /// `content/x.md:3:7: error: field 'date': … \n    hint: …`
    public var description: String {
        var s = "\(location): \(severity.rawValue): "
        if let field { s += "field '\(field)': " }
        s += message
        if let hint { s += "\n    hint: \(hint)" }
        return s
    }

    /// The same diagnostic with its severity raised to error (for `--strict`).
    public var asError: Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }
}

/// Thrown when a stage cannot go on; carries every diagnostic collected so far.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics as a stage runs.
public struct DiagnosticLog: Sendable {
    public private(set) var items: [Diagnostic] = []
    public init() {}
    public mutating func add(_ d: Diagnostic) { items.append(d) }
    public mutating func add(contentsOf ds: [Diagnostic]) { items.append(contentsOf: ds) }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
}
