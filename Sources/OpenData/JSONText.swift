/// JSON text of a `DataValue` (RFC 8259), fields in their order, UTF-8 text kept as it is
/// (Thai is not escaped), so the files read well and diff well.
public enum JSONText {
    /// Indented by two spaces, one field or element a line, ending with a line break.
    public static func pretty(_ value: DataValue) -> String {
        var out = ""
        write(value, into: &out, indent: 0, pretty: true)
        return out + "\n"
    }

    /// On one line, without spaces.
    public static func compact(_ value: DataValue) -> String {
        var out = ""
        write(value, into: &out, indent: 0, pretty: false)
        return out
    }

    static func write(_ value: DataValue, into out: inout String, indent: Int, pretty: Bool) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .baht(let m): out += DataValue.bahtText(m)
        case .string(let s): string(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { newline(indent + 1, &out) }
                write(item, into: &out, indent: indent + 1, pretty: pretty)
            }
            if pretty { newline(indent, &out) }
            out += "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{"
            for (i, (key, field)) in fields.enumerated() {
                if i > 0 { out += "," }
                if pretty { newline(indent + 1, &out) }
                string(key, into: &out)
                out += pretty ? ": " : ":"
                write(field, into: &out, indent: indent + 1, pretty: pretty)
            }
            if pretty { newline(indent, &out) }
            out += "}"
        }
    }

    private static func newline(_ indent: Int, _ out: inout String) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    public static func string(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
