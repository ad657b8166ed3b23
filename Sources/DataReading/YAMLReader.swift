import CYaml
import Foundation
import SiteModel
import ThaiText
import Yams

/// Parses YAML text into a node, turning every libyaml error into a diagnostic with the
/// real line in the clerk's file (`lineOffset` is added for front matter inside Markdown).
package enum YAMLText {
    package static func parse(_ text: String, file: String, lineOffset: Int = 0) -> Result<Node?, Diagnostic> {
        if let tab = firstIndentingTab(in: text) {
            return .failure(.error("a tab character is used for indentation; YAML allows only spaces there.",
                                   file: file, line: tab + lineOffset, column: 1,
                                   hint: "Replace the tab at the start of the line with spaces (two per level)."))
        }
        if let alias = firstAlias(in: text) {
            return .failure(.error("'*' starts a YAML alias here; sitegen files do not use anchors (&name) or aliases (*name).",
                                   file: file, line: alias.line + lineOffset, column: alias.column,
                                   hint: "Write the value out in full. A text that starts with '*' must be put in quotes, for example note: '*ราคารวมภาษี'."))
        }
        do {
            // Every value is read as text and typed by sitegen itself, so Yams need not resolve
            // tags (its default resolver runs regular expressions over every scalar).
            // The encoding is given: its default reads the whole process environment on every call.
            return .success(try Yams.compose(yaml: text, .basic, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, lineOffset: lineOffset, text: text))
        } catch {
            return .failure(.error("cannot read the YAML: \(error)", file: file))
        }
    }

    /// Where the first alias (`*name`) of the text is, if any (1-based line and column).
    ///
    /// sitegen's files never need anchors and aliases, and aliases are how a few lines of YAML
    /// grow into billions of nodes ("billion laughs"); an alias used as a mapping key makes the
    /// parser hash that whole expansion, which would hang the build. So the text is read once by
    /// libyaml's event parser, which does not expand aliases, and any alias is refused. A text
    /// the event parser cannot read is left to the real parse, which reports the error.
    package static func firstAlias(in text: String) -> (line: Int, column: Int)? {
        guard contains(UInt8(ascii: "*"), in: text) else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let type = event.type
                let mark = event.start_mark
                yaml_event_delete(&event)
                if type == YAML_ALIAS_EVENT { return (Int(mark.line) + 1, Int(mark.column) + 1) }
                if type == YAML_STREAM_END_EVENT { return nil }
            }
            return nil
        }
    }

    /// Whether the text holds the byte, searched with memchr: a byte loop over `String.UTF8View`
    /// cost as much as a tenth of parsing a data file.
    package static func contains(_ byte: UInt8, in text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
        return found ?? text.utf8.contains(byte)
    }

    /// 1-based line of the first line indented with a tab, if any.
    private static func firstIndentingTab(in text: String) -> Int? {
        guard contains(0x09, in: text) else { return nil }
        var line = 1
        var atLineStart = true
        for byte in text.utf8 {
            if byte == 0x0A { line += 1; atLineStart = true; continue }
            if atLineStart {
                if byte == 0x09 { return line }
                if byte != 0x20 { atLineStart = false }
            }
        }
        return nil
    }

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int, text: String) -> Diagnostic {
        let hint = "Check the indentation (spaces only, the same for every key at one level), that every "
            + "quote that opens also closes, and that a text containing ': ' is put in quotes."
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.contains("Maximum nesting level") {
                return .error("the YAML is nested too deeply: more than 1,000 lists or blocks inside each other.",
                              file: file, line: mark.line + lineOffset, column: mark.column,
                              hint: "sitegen's files need only a few levels. Look for '[' or '{' that repeat or never close, "
                                  + "or for lines indented further and further.")
            }
            if let context, context.text.contains("alias") || context.text.contains("anchor") {
                return .error("a value that starts with '*' or '&' must be put in quotes: YAML reads '*' as an alias and '&' as an anchor.",
                              file: file, line: mark.line + lineOffset, column: context.mark.column,
                              hint: "Put the text in quotes, for example note: '*ราคารวมภาษี'.")
            }
            var message = "the YAML is malformed: \(problem)"
            if let context, context.mark.line + lineOffset != mark.line + lineOffset {
                message += " (\(context.text) that starts on line \(context.mark.line + lineOffset))"
            }
            return .error(message + ".", file: file, line: mark.line + lineOffset, column: mark.column, hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let second = duplicates.first.flatMap { secondLine(ofKey: $0, in: text, from: context.mark.line, column: context.mark.column) }
            return .error("the key \(keys) appears more than once in the same block.", file: file,
                          line: (second ?? context.mark.line) + lineOffset, column: context.mark.column,
                          field: duplicates.first,
                          hint: "Keep one of them: a second one would silently replace the first.")
        case .reader(let problem, let offset, _, let yaml):
            let line = offset.map { lineNumber(ofUTF8Offset: $0, in: yaml) }
            return .error("the file cannot be read as text: \(problem).", file: file,
                          line: line.map { $0 + lineOffset }, hint: "Save the file as UTF-8 text.")
        default:
            return .error("cannot read the YAML: \(error)", file: file, hint: hint)
        }
    }

    /// The 1-based line of the second `key:` written at `column` of a block mapping that starts
    /// on line `from`, so a duplicate key is reported where the clerk added it.
    package static func secondLine(ofKey key: String, in text: String, from: Int, column: Int) -> Int? {
        var found = 0
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i + 1 >= from {
            // libyaml counts columns in characters (Unicode scalars), not bytes.
            let scalars = raw.unicodeScalars
            guard scalars.count >= column - 1 else { continue }
            let indent = scalars.prefix { $0 == " " }.count
            let rest = Substring(scalars.dropFirst(column - 1))
            // The mapping's own first line may start with "- "; every other key stands at the column.
            guard indent == column - 1 || (i + 1 == from && indent < column - 1) else {
                if indent < column - 1 && i + 1 > from && !raw.allSatisfy({ $0 == " " }) { break }
                continue
            }
            if rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                found += 1
                if found == 2 { return i + 1 }
            }
        }
        return nil
    }

    package static func lineNumber(ofUTF8Offset offset: Int, in text: String) -> Int {
        var line = 1
        for (i, byte) in text.utf8.enumerated() {
            if i >= offset { break }
            if byte == 0x0A { line += 1 }
        }
        return line
    }
}

/// Collects diagnostics while reading typed fields out of YAML mappings.
package final class DiagnosticSink {
    private var collected: [Diagnostic] = []
    package init() {}
    package func add(_ d: Diagnostic) { collected.append(d) }
    /// Moves what was added since `mark` (a count of `added`) to before what was added since
    /// `before`, keeping the order of each part.
    package func moveAdded(since mark: Int, before: Int) {
        guard before < mark, mark < collected.count else { return }
        let moved = collected[mark...]
        collected.removeSubrange(mark...)
        collected.insert(contentsOf: moved, at: before)
    }
    /// In the order they were added.
    package var added: [Diagnostic] { collected }
    /// In file order, so a clerk can work down the file.
    package var items: [Diagnostic] {
        collected.enumerated().sorted { a, b in
            let la = a.element.line ?? Int.max, lb = b.element.line ?? Int.max
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }
}

/// Typed, located access to the fields of one YAML mapping.
package struct MappingReader {
    package let mapping: Node.Mapping
    /// The text of each key of `mapping`, in order (nil: a key that is not a scalar).
    private let keyTexts: [String?]
    package let file: String
    package let lineOffset: Int
    /// Dotted path of this mapping inside the document (`contact`, `items[3]`), or empty.
    package let path: String
    package let sink: DiagnosticSink
    /// Where the mapping itself starts, for "missing field" errors.
    package let line: Int?
    package let column: Int?

    package init?(_ node: Node?, file: String, lineOffset: Int = 0, path: String = "", sink: DiagnosticSink,
          what: String = "this block") {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            sink.add(.error("\(what) must be a list of 'key: value' lines, but it is \(MappingReader.describe(node)).",
                            file: file, line: node.mark.map { $0.line + lineOffset }, field: path.isEmpty ? nil : path,
                            hint: "Write one 'key: value' per line, each indented the same (see the reference in docs/data/ or README)."))
            return nil
        }
        self.mapping = mapping
        self.keyTexts = mapping.indices.map { i in
            if case .scalar(let s) = mapping[i].key { return s.string }
            return nil
        }
        self.file = file
        self.lineOffset = lineOffset
        self.path = path
        self.sink = sink
        self.line = node.mark.map { $0.line + lineOffset }
        self.column = node.mark.map { $0.column }
    }

    /// Reports a problem of the mapping as a whole (its field is the mapping's path).
    package func errorOnSelf(_ message: String, hint: String? = nil) {
        sink.add(.error(message, file: file, line: line, column: column, field: path.isEmpty ? nil : path, hint: hint))
    }

    package func fieldName(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    package func lineOf(_ node: Node) -> Int? { node.mark.map { $0.line + lineOffset } }
    package func columnOf(_ node: Node) -> Int? { node.mark.map { $0.column } }

    /// The value of `key`: what `mapping[key]` gives (the last pair whose key equals `key` as a
    /// scalar of the mapping's implicit tag), found by comparing texts. Yams's subscript builds a
    /// key node and compares it with a copy of every pair, resolving both tags each time, which
    /// was a fifth of reading a data file.
    package subscript(key: String) -> Node? {
        guard let i = keyTexts.lastIndex(where: { $0 == key }) else { return nil }
        let pair = mapping[i]
        // Every node comes from `YAMLText.parse`, whose resolver reads every implicitly tagged
        // scalar as a text: a key tagged so, or as a text (Yams resolves the tags of a mapping's
        // keys in place when it looks for duplicates), equals `key`. A key with another tag is
        // compared as Yams compares it.
        if case .scalar(let s) = pair.key {
            let tag = s.tag.rawValue
            if tag == Tag.Name.str.rawValue || tag == Tag.Name.implicit.rawValue { return pair.value }
        }
        return mapping[key]
    }

    package func error(_ key: String, _ node: Node?, _ message: String, hint: String? = nil) {
        sink.add(.error(message, file: file, line: node.flatMap(lineOf) ?? line,
                        column: node.flatMap(columnOf), field: fieldName(key), hint: hint))
    }

    package func warning(_ key: String, _ node: Node?, _ message: String, hint: String? = nil) {
        sink.add(.warning(message, file: file, line: node.flatMap(lineOf) ?? line,
                          column: node.flatMap(columnOf), field: fieldName(key), hint: hint))
    }

    /// Reports keys that are not in `known`, suggesting the nearest known one.
    package func rejectUnknownKeys(_ known: [String]) {
        for (keyNode, _) in mapping {
            guard let key = keyNode.string, !known.contains(key) else { continue }
            var hint = "Known fields here: \(known.joined(separator: ", "))."
            if let suggestion = Suggest.nearest(to: key, in: known) {
                hint = "Did you mean '\(suggestion)'? " + hint
            }
            sink.add(.error("unknown field '\(key)'.", file: file, line: lineOf(keyNode), column: columnOf(keyNode),
                            field: fieldName(key), hint: hint))
        }
    }

    private func scalar(_ key: String, required: Bool, what: String) -> (String, Node)? {
        guard let node = self[key] else {
            if required { missingField(key, what: what) }
            return nil
        }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain && MappingReader.isNullWord(scalar.string) {
                if required { error(key, node, "the field is empty.", hint: "Write \(what) after '\(key):'.") }
                return nil
            }
            return (scalar.string, node)
        default:
            error(key, node, "expected \(what), but found \(MappingReader.describe(node)).",
                  hint: "Write \(what) on the same line after '\(key):', without '- ' or brackets; put it in quotes if it contains ': '.")
            return nil
        }
    }

    package func string(_ key: String, required: Bool = false) -> String? {
        guard let (value, _) = scalar(key, required: required, what: "a text") else { return nil }
        return value
    }

    package func int(_ key: String, required: Bool = false) -> Int? {
        guard let (value, node) = scalar(key, required: required, what: "a whole number") else { return nil }
        guard let n = Int(asciiDigits(value).trimmingWhitespaces()) else {
            error(key, node, "'\(value)' is not a whole number.", hint: "Write digits only, for example 10.")
            return nil
        }
        return n
    }

    package func bool(_ key: String) -> Bool? {
        guard let (value, node) = scalar(key, required: false, what: "true or false") else { return nil }
        switch value.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(key, node, "'\(value)' is not true or false.", hint: "Write true or false.")
            return nil
        }
    }

    /// A C.E. date written YYYY-MM-DD. A B.E. year (2400 and later) is accepted with a warning
    /// and converted, since a clerk often writes the year as it is printed on documents.
    package func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let (value, node) = scalar(key, required: required, what: "a date YYYY-MM-DD") else { return nil }
        return DateParsing.parse(value, reader: self, key: key, node: node)
    }

    package func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        let allowed = E.allCases.map(\.rawValue)
        guard let (value, node) = scalar(key, required: required, what: "one of \(allowed.joined(separator: ", "))")
        else { return nil }
        if let e = E(rawValue: value) { return e }
        var hint = "Use one of: \(allowed.joined(separator: ", "))."
        if let s = Suggest.nearest(to: value, in: allowed) { hint = "Did you mean '\(s)'? " + hint }
        error(key, node, "'\(value)' is not an allowed value.", hint: hint)
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    package func strings(_ key: String) -> [String] {
        guard let node = self[key] else { return [] }
        switch node {
        case .scalar(let s): return s.string.isEmpty ? [] : [s.string]
        case .sequence(let seq):
            var out: [String] = []
            for item in seq {
                if case .scalar(let s) = item { out.append(s.string) }
                else {
                    error(key, item, "each entry of the list must be a text, but one is \(MappingReader.describe(item)).",
                          hint: "Write the list as [a, b] or as lines starting with '- ', each entry a plain text.")
                }
            }
            return out
        case .mapping, .alias:
            error(key, node, "expected a list, but found \(MappingReader.describe(node)).",
                  hint: "Write the list as [a, b] or as lines starting with '- '.")
            return []
        }
    }

    /// The entries of a list field (each entry a node).
    package func sequence(_ key: String, required: Bool = false) -> [Node] {
        guard let node = self[key] else {
            if required { missingField(key, what: "a list") }
            return []
        }
        if case .sequence(let seq) = node { return Array(seq) }
        error(key, node, "expected a list, but found \(MappingReader.describe(node)).",
              hint: "Write each entry on its own line starting with '- '.")
        return []
    }

    package func nested(_ key: String, required: Bool = false) -> MappingReader? {
        guard let node = self[key] else {
            if required { missingField(key, what: "a block of fields") }
            return nil
        }
        return MappingReader(node, file: file, lineOffset: lineOffset, path: fieldName(key), sink: sink,
                             what: "'\(key)'")
    }

    /// Plain scalars YAML reads as null.
    package static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// Whether plain scalar `text` is one of `nullWords`. The length is looked at first: hashing
    /// a long Thai text (normalised to compare) for a set lookup cost more than reading it.
    package static func isNullWord(_ text: String) -> Bool {
        text.utf8.count <= 4 && nullWords.contains(text)
    }

    package static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "the text '\(s.string.prefix(40))'"
        case .mapping: return "a block of 'key: value' fields"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

package enum DateParsing {
    package static func parse(_ raw: String, reader: MappingReader, key: String, node: Node) -> CalendarDate? {
        guard let (y, m, d) = DigitFields.date(raw) ?? general(raw) else {
            reader.error(key, node, "'\(raw)' is not a date in the form YYYY-MM-DD.",
                         hint: "Write the date with a Christian-era year, for example 2025-01-15 for 15 มกราคม 2568.")
            return nil
        }
        var year = y
        if guessEra(ofYear: y) == .buddhist {
            year = y - 543
            reader.warning(key, node, "the year \(y) looks like a Buddhist-era year; it was read as \(year) C.E.",
                           hint: "Dates in data files use the Christian era (YYYY-MM-DD); the site shows them in B.E.")
        }
        guard let date = CalendarDate(year: year, month: m, day: d) else {
            reader.error(key, node, "'\(raw)' is not a real date (month \(m), day \(d)).",
                         hint: "Check the day and month; months run 01–12 and February has 28 days (29 in leap years).")
            return nil
        }
        return date
    }

    /// `YYYY-MM-DD` with white space around it and Thai digits allowed.
    private static func general(_ raw: String) -> (Int, Int, Int)? {
        let value = asciiDigits(raw).trimmingWhitespaces()
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              parts[0].count == 4 else { return nil }
        return (y, m, d)
    }
}
