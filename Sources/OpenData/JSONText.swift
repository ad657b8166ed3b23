/// JSON text of a `DataValue` (RFC 8259), fields in their order, UTF-8 text kept as it is
/// (Thai is not escaped). Written into bytes: a procurement year of ten thousand items is
/// tens of megabytes of JSON.
public enum JSONText {
    /// Indented by two spaces, one field or element a line, ending with a line break: for
    /// small documents people read (the catalogue).
    public static func pretty(_ value: DataValue) -> String {
        var out: [UInt8] = []
        write(value, into: &out, indent: 0, pretty: true)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// On one line, without spaces, ending with a line break when `newline`.
    public static func compact(_ value: DataValue, newline: Bool = false) -> String {
        var out: [UInt8] = []
        write(value, into: &out, indent: 0, pretty: false)
        if newline { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }

    static func write(_ value: DataValue, into out: inout [UInt8], indent: Int, pretty: Bool) {
        switch value {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .baht(let m): out += DataValue.bahtText(m).utf8
        case .string(let s): string(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { newline(indent + 1, &out) }
                write(item, into: &out, indent: indent + 1, pretty: pretty)
            }
            if pretty { newline(indent, &out) }
            out.append(0x5D)
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}".utf8; return }
            out.append(0x7B)
            for (i, (key, field)) in fields.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { newline(indent + 1, &out) }
                string(key, into: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                write(field, into: &out, indent: indent + 1, pretty: pretty)
            }
            if pretty { newline(indent, &out) }
            out.append(0x7D)
        }
    }

    private static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        for _ in 0..<indent { out += [0x20, 0x20] }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped, and U+2028 and
    /// U+2029 (line separators to JavaScript).
    static func string(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var start = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let escape: [UInt8]
                var width = 1
                switch b {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0x00..<0x20:
                    escape = [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = [0x5C, 0x75, 0x32, 0x30, 0x32, bytes[i + 2] == 0xA8 ? 0x38 : 0x39]
                    width = 3
                default:
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                out += escape
                i += width
                start = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        out.append(0x22)
    }

    /// The JSON string of a text (with its quotes).
    public static func string(_ s: String) -> String {
        var out: [UInt8] = []
        string(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
