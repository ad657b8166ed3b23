/// A dataset as one CSV table (RFC 4180): a header row of English column names, then one row
/// per record of the dataset's main list.
///
/// The table is flattened from the dataset's `DataValue`:
/// - a field of the dataset itself is a column repeated on every row (`fiscal_year`);
/// - a record inside a record adds its fields as `outer.inner` columns;
/// - a list of plain values is one cell, its values joined by `; `;
/// - the dataset's longest list of records gives the rows, its fields under `list.field`;
///   a list of records inside a row (a procurement item's bidders) is one cell holding it as
///   JSON: a row is one record, so summing a column of the table never counts an amount twice;
/// - the dataset's other lists of records (a procurement list's monthly entries) are left out
///   of the table: they are in the JSON download, which holds the whole dataset.
/// A dataset without a list of records is one row.
public enum CSVExport {
    /// The column names and the rows (each as long as the header).
    public struct Table: Equatable, Sendable {
        public var columns: [String]
        public var rows: [[String]]
    }

    /// A UTF-8 byte order mark opens the file: Excel then reads the Thai text as UTF-8
    /// instead of the Windows code page (ANSI), and every other CSV reader skips it.
    public static let byteOrderMark = "\u{FEFF}"

    public static func table(_ value: DataValue) -> Table {
        var columns: [String] = []
        var seen: Set<String> = []
        let records = rows(value, prefix: "")
        for record in records {
            for (name, _) in record where seen.insert(name).inserted { columns.append(name) }
        }
        let rows = records.map { record -> [String] in
            let cells = Dictionary(record, uniquingKeysWith: { a, _ in a })
            return columns.map { cells[$0] ?? "" }
        }
        return Table(columns: columns, rows: rows)
    }

    /// The CSV text: byte order mark, header, rows, lines ended by CRLF as RFC 4180 says.
    public static func text(_ table: Table) -> String {
        var out: [UInt8] = Array(byteOrderMark.utf8)
        func line(_ cells: [String]) {
            for (i, cell) in cells.enumerated() {
                if i > 0 { out.append(0x2C) }
                quoted(cell, into: &out)
            }
            out += [0x0D, 0x0A]
        }
        line(table.columns)
        for row in table.rows { line(row) }
        return String(decoding: out, as: UTF8.self)
    }

    public static func text(of value: DataValue) -> String { text(table(value)) }

    /// A cell, quoted when it holds a comma, a quote, a line break or a space at either end; a
    /// cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) and that is
    /// not a number is kept as text by a leading apostrophe. Bytes, not Characters: Thai text
    /// would cost grapheme breaking.
    static func quoted(_ cell: String, into out: inout [UInt8]) {
        var cell = cell
        cell.withUTF8 { bytes in
            guard let first = bytes.first else { return }
            let formula = (first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40)
                && Double(String(decoding: bytes, as: UTF8.self)) == nil
            let needsQuotes = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                || first == 0x20 || bytes.last == 0x20
            if needsQuotes { out.append(0x22) }
            if formula { out.append(0x27) }
            if bytes.contains(0x22) {
                for b in bytes {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
            } else {
                out.append(contentsOf: bytes)
            }
            if needsQuotes { out.append(0x22) }
        }
    }

    typealias Row = [(String, String)]

    /// The rows of a dataset: its own cells, with the cells of each record of its main list.
    static func rows(_ value: DataValue, prefix: String) -> [Row] {
        guard case .object(let fields) = value else { return [[("value", cell(value))]] }
        // The longest list of records gives the rows.
        var driver: (key: String, items: [DataValue])?
        for (key, field) in fields {
            guard case .array(let items) = field, isRecordList(items), items.count > (driver?.items.count ?? 0) else { continue }
            driver = (key, items)
        }
        var own: Row = []
        var at = 0
        for (key, field) in fields {
            if key == driver?.key {
                at = own.count
                continue
            }
            if case .array(let items) = field, isRecordList(items) { continue }
            own += cells(field, name: key)
        }
        guard let driver else { return [own] }
        return driver.items.map { item in
            let sub: Row
            if case .object(let inner) = item {
                sub = inner.flatMap { cells($0.1, name: driver.key + "." + $0.0) }
            } else {
                sub = [(driver.key, cell(item))]
            }
            return Array(own[..<at]) + sub + Array(own[at...])
        }
    }

    /// The cells of one field: a record adds its fields as `name.field`; a list of records is
    /// one cell of JSON; anything else one cell.
    static func cells(_ field: DataValue, name: String) -> Row {
        switch field {
        case .object(let inner):
            return inner.flatMap { cells($0.1, name: name + "." + $0.0) }
        case .array(let items) where isRecordList(items):
            return [(name, JSONText.compact(field))]
        default:
            return [(name, cell(field))]
        }
    }

    static func isRecordList(_ items: [DataValue]) -> Bool {
        items.contains { if case .object = $0 { return true } else { return false } }
    }

    /// A plain value as a cell: money as its number of baht, a list as its values joined by `; `.
    static func cell(_ value: DataValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .baht(let m): return DataValue.bahtText(m)
        case .string(let s): return s
        case .array(let items): return items.map(cell).joined(separator: "; ")
        case .object: return JSONText.compact(value)
        }
    }
}
