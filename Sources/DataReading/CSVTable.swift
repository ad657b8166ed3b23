import SiteModel

/// A CSV file as exported from a spreadsheet (RFC 4180: quoted fields, doubled quotes, line
/// breaks inside quotes), with the line each row starts on, so errors can point at it.
package struct CSVTable: Sendable {
    package struct Row: Sendable {
        package let line: Int
        package let fields: [String]
    }

    package let file: String
    package let header: [String]
    package let rows: [Row]

    /// Index of a column by header name (trimmed, case-insensitive for ASCII).
    package func column(_ name: String) -> Int? {
        header.firstIndex { $0.trimmingWhitespaces().lowercased() == name.lowercased() }
    }

    /// Parses CSV text. A quote left open is an error naming the line it opened on.
    ///
    /// The text is read as UTF-8 bytes: quotes, commas and line breaks are ASCII, and a byte below
    /// 0x80 is never part of a longer character, so this splits exactly where reading Unicode
    /// scalars would.
    package static func parse(_ text: String, file: String) -> Result<CSVTable, Diagnostic> {
        var text = text
        return text.withUTF8 { parse(bytes: $0, file: file) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result<CSVTable, Diagnostic> {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        var records: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(256)
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: recordLine, fields: fields)) }
            let width = fields.count
            fields = []
            fields.reserveCapacity(width)
        }
        let n = bytes.count
        var i = 0
        while i < n {
            let c = bytes[i]
            if inQuotes {
                if c == quote {
                    // A doubled quote is one quote; any other quote closes the field.
                    if i + 1 < n && bytes[i + 1] == quote {
                        field.append(quote)
                        i += 2
                    } else {
                        inQuotes = false
                        i += 1
                    }
                    continue
                }
                var j = i
                while j < n && bytes[j] != quote {
                    if bytes[j] == newline { line += 1 }
                    j += 1
                }
                field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                i = j
                continue
            }
            switch c {
            case quote where field.isEmpty:
                inQuotes = true
                quoteLine = line
                i += 1
            case comma:
                endField()
                i += 1
            case newline:
                endRecord()
                line += 1
                recordLine = line
                i += 1
            default:
                // Up to the next comma or line break; a quote after the first character is text.
                var j = i + 1
                while j < n && bytes[j] != comma && bytes[j] != newline { j += 1 }
                field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                i = j
            }
        }
        if inQuotes {
            return .failure(.error("a quoted field that starts on this line is never closed.", file: file, line: quoteLine,
                                   hint: "Check for a missing closing \" in this row; re-export the sheet as CSV (UTF-8)."))
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = records.first else {
            return .failure(.error("the CSV file is empty.", file: file, line: 1, hint: "The first row must name the columns."))
        }
        return .success(CSVTable(file: file, header: first.fields, rows: Array(records.dropFirst())))
    }
}
