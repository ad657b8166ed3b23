import SiteModel

/// A CSV file as exported from a spreadsheet (RFC 4180: quoted fields, doubled quotes, line
/// breaks inside quotes), with the line each row starts on, so errors can point at it.
struct CSVTable: Sendable {
    struct Row: Sendable {
        let line: Int
        let fields: [String]
    }

    let file: String
    let header: [String]
    let rows: [Row]

    /// Index of a column by header name (trimmed, case-insensitive for ASCII).
    func column(_ name: String) -> Int? {
        header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased() }
    }

    /// Parses CSV text. A quote left open is an error naming the line it opened on.
    static func parse(_ text: String, file: String) -> Result<CSVTable, Diagnostic> {
        var records: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRecord() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: recordLine, fields: fields)) }
            fields = []
        }
        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteLine = line
            case ",":
                fields.append(field)
                field = ""
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
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
