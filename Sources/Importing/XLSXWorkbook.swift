import Foundation
import SiteModel
import XMLCoder
import ZIPFoundation

/// An Excel workbook (.xlsx, Office Open XML), read with ZIPFoundation (the zip container) and
/// XMLCoder (its XML parts): the names of its sheets, the 1904 date flag, and the cells of a
/// sheet as values, with shared strings (rich-text runs joined) and inline strings resolved.
///
/// Only what a data import needs is read: cell values, not styles. A number is kept as the text
/// Excel stored (`<v>`), so no digit is lost to a binary floating-point round trip; a formula
/// gives its cached value. Every failure is a `Diagnostic` naming the file (and the cell).
struct XLSXWorkbook {
    /// The largest part of the zip that is unpacked (a guard against a "zip bomb").
    static let maximumPartSize = 256 * 1024 * 1024

    let file: String
    let sheets: [(name: String, path: String)]
    /// `workbookPr date1904="1"`: serial numbers count days from 1904-01-01, not 1899-12-30.
    let date1904: Bool
    /// `calcPr fullCalcOnLoad="1"`: the program that wrote the workbook did not compute its
    /// formulas (XlsxWriter, openpyxl…), so a formula's saved value (often 0) is not its result.
    let formulasUncomputed: Bool
    private let archive: Archive
    private let sharedStrings: [String]

    /// Opens the workbook whose bytes are `data`; `file` is the name shown in messages.
    static func open(_ data: Data, file: String) -> Result<XLSXWorkbook, Diagnostic> {
        let notXLSX = Diagnostic.error("the file is not an Excel workbook (.xlsx).", file: file,
                                       hint: "Open it in Excel (or LibreOffice Calc) and save it as \"Excel Workbook (*.xlsx)\"; an old .xls or a CSV file is not read.")
        guard data.count >= 4, data.prefix(2) == Data("PK".utf8), let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
            return .failure(notXLSX)
        }
        guard archive["xl/workbook.xml"] != nil else { return .failure(notXLSX) }
        do {
            let workbook = try decode(WorkbookPart.self, part: "xl/workbook.xml", archive: archive, file: file)
            let relations = archive["xl/_rels/workbook.xml.rels"] == nil ? RelationshipsPart(relationships: [])
                : try decode(RelationshipsPart.self, part: "xl/_rels/workbook.xml.rels", archive: archive, file: file)
            var targets: [String: String] = [:]
            for r in relations.relationships { targets[r.id] = r.target }
            var sheets: [(String, String)] = []
            for (i, s) in (workbook.sheets?.sheets ?? []).enumerated() {
                // The part a sheet is in: its relationship's target (relative to xl/, or absolute),
                // else the name Excel gives it.
                let path: String
                if let id = s.relationship, let target = targets[id] {
                    path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                } else {
                    path = "xl/worksheets/sheet\(i + 1).xml"
                }
                sheets.append((s.name, path))
            }
            let strings: [String]
            if archive["xl/sharedStrings.xml"] != nil {
                let sst = try decode(SharedStringsPart.self, part: "xl/sharedStrings.xml", archive: archive, file: file)
                strings = (sst.items ?? []).map(\.text)
            } else {
                strings = []
            }
            let flag = workbook.properties?.date1904?.lowercased()
            let calc = workbook.calculation?.fullCalcOnLoad?.lowercased()
            return .success(XLSXWorkbook(file: file, sheets: sheets, date1904: flag == "1" || flag == "true",
                                         formulasUncomputed: calc == "1" || calc == "true", archive: archive, sharedStrings: strings))
        } catch let d as Diagnostic {
            return .failure(d)
        } catch {
            return .failure(notXLSX)
        }
    }

    /// The sheet called `name` (the first sheet when nil).
    func sheet(named name: String?) -> Result<XLSXSheet, Diagnostic> {
        let found = name == nil ? sheets.first : sheets.first { $0.name == name }
        guard let chosen = found else {
            if let name {
                return .failure(.error("the workbook has no sheet '\(name)'.", file: file,
                                       hint: "Its sheets are: \(sheets.map { "'\($0.name)'" }.joined(separator: ", ")). Give one of them with --sheet (the name as on the sheet's tab)."))
            }
            return .failure(.error("the workbook has no sheet.", file: file, hint: "Save the workbook again from Excel."))
        }
        do {
            let part = try Self.decode(WorksheetPart.self, part: chosen.path, archive: archive, file: file)
            var rows: [XLSXSheet.Row] = []
            var previousRow = 0
            for row in part.sheetData?.rows ?? [] {
                let number = row.reference.flatMap { Int($0) } ?? previousRow + 1
                previousRow = number
                var cells: [Int: XLSXValue] = [:]
                var previousColumn = 0
                for cell in row.cells ?? [] {
                    let column: Int
                    if let ref = cell.reference {
                        guard let (c, _) = XLSXSheet.parse(reference: ref) else {
                            throw Diagnostic.error("the cell reference '\(ref)' in sheet '\(chosen.name)' is not a cell (such as C7).", file: file,
                                                   hint: "Save the workbook again from Excel.")
                        }
                        column = c
                    } else {
                        column = previousColumn + 1
                    }
                    previousColumn = column
                    if let value = try value(of: cell, at: XLSXSheet.reference(sheet: chosen.name, column: column, row: number)) {
                        cells[column] = value
                    }
                }
                if !cells.isEmpty { rows.append(XLSXSheet.Row(number: number, cells: cells)) }
            }
            rows.sort { $0.number < $1.number }
            return .success(XLSXSheet(name: chosen.name, rows: rows, date1904: date1904))
        } catch let d as Diagnostic {
            return .failure(d)
        } catch {
            return .failure(.error("sheet '\(chosen.name)' cannot be read (\(error)).", file: file, hint: "Save the workbook again from Excel."))
        }
    }

    /// The value of one cell, nil when it holds none.
    private func value(of cell: CellElement, at reference: String) throws -> XLSXValue? {
        if cell.formula != nil, formulasUncomputed { return .uncachedFormula }
        let v = cell.value
        switch cell.type ?? "n" {
        case "s":
            guard let v else { return nil }
            guard let i = Int(v.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(i) else {
                throw Diagnostic.error("cell \(reference) refers to a shared text (\(v)) the workbook does not have.", file: file,
                                       field: reference, hint: "Save the workbook again from Excel.")
            }
            return sharedStrings[i].isEmpty ? nil : .text(sharedStrings[i])
        case "inlineStr":
            let text = cell.inline?.text ?? v ?? ""
            return text.isEmpty ? nil : .text(text)
        case "str", "d":
            guard let v else { return cell.formula != nil ? .uncachedFormula : nil }
            return v.isEmpty ? nil : .text(Self.unescaped(v))
        case "b":
            guard let v else { return cell.formula != nil ? .uncachedFormula : nil }
            return .bool(v.trimmingCharacters(in: .whitespaces) == "1")
        case "e":
            return .error(v ?? "#N/A")
        default:
            guard let v, !v.trimmingCharacters(in: .whitespaces).isEmpty else { return cell.formula != nil ? .uncachedFormula : nil }
            return .number(v.trimmingCharacters(in: .whitespaces))
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, part: String, archive: Archive, file: String) throws -> T {
        guard let entry = archive[part] else {
            throw Diagnostic.error("the workbook has no part '\(part)'.", file: file, hint: "Save the workbook again from Excel.")
        }
        guard entry.uncompressedSize <= UInt64(maximumPartSize) else {
            throw Diagnostic.error("the part '\(part)' of the workbook is larger than \(maximumPartSize / 1024 / 1024) MB.", file: file,
                                   hint: "Keep one fiscal year's data per workbook.")
        }
        var data = Data()
        do {
            // The size in the zip's directory may lie: stop at the limit whatever it says.
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > maximumPartSize { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw Diagnostic.error("the workbook is damaged: its part '\(part)' cannot be unpacked.", file: file,
                                   hint: "Save the workbook again from Excel.")
        }
        let decoder = XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true)
        decoder.shouldProcessNamespaces = true
        do {
            return try decoder.decode(T.self, from: data)
        } catch {
            throw Diagnostic.error("the workbook is damaged: its part '\(part)' is not the XML Excel writes.", file: file,
                                   hint: "Save the workbook again from Excel.")
        }
    }

    /// Text with the escapes Office Open XML uses for control characters (`_x000D_`) undone.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }
}

/// One cell's value as stored.
enum XLSXValue: Equatable, Sendable {
    /// A shared, inline or formula string.
    case text(String)
    /// A number as Excel wrote it (`1234.5`, `4.5E-3`); dates are numbers too (serial days).
    case number(String)
    case bool(Bool)
    /// An error value such as `#DIV/0!`.
    case error(String)
    /// A formula whose result was never saved (the workbook was written by a program that does
    /// not compute formulas).
    case uncachedFormula
}

/// The non-empty cells of one sheet, row by row.
struct XLSXSheet {
    struct Row {
        /// The row's number as Excel shows it (1-based).
        let number: Int
        /// Column number (A = 1) → value.
        let cells: [Int: XLSXValue]
    }

    let name: String
    let rows: [Row]
    let date1904: Bool

    /// `C7` → (3, 7); `$C$7` too. nil for anything else.
    static func parse(reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var letters = 0
        var digits = ""
        for ch in reference where ch != "$" {
            if let a = ch.asciiValue, (65...90).contains(a) || (97...122).contains(a), digits.isEmpty {
                column = column * 26 + Int((a & 0xDF) - 64)
                letters += 1
                guard letters <= 3 else { return nil }
            } else if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else {
                return nil
            }
        }
        guard letters > 0, let row = Int(digits), row > 0 else { return nil }
        return (column, row)
    }

    /// 1 → A, 27 → AA.
    static func letters(_ column: Int) -> String {
        var n = column
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// `Sheet1!D7`, or `'My sheet'!D7` when the name needs quotes (as Excel writes it).
    static func reference(sheet: String, column: Int, row: Int) -> String {
        let plain = sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        let name = plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return "\(name)!\(letters(column))\(row)"
    }

    func reference(column: Int, row: Int) -> String {
        Self.reference(sheet: name, column: column, row: row)
    }

    /// A whole row: `Sheet1!7:7`.
    func rowReference(_ row: Int) -> String {
        let cell = reference(column: 1, row: row)
        return String(cell[..<cell.index(cell.endIndex, offsetBy: -("A\(row)".count))]) + "\(row):\(row)"
    }
}

// MARK: - The XML parts, as XMLCoder decodes them

private struct WorkbookPart: Decodable {
    struct Properties: Decodable {
        let date1904: String?
    }
    struct Sheets: Decodable {
        let sheets: [Sheet]?
        enum CodingKeys: String, CodingKey { case sheets = "sheet" }
    }
    struct Sheet: Decodable {
        let name: String
        /// `r:id`: the XML parser gives the attribute by its local name or with its prefix.
        let relationship: String?
        enum CodingKeys: String, CodingKey { case name, id, prefixed = "r:id" }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            relationship = try c.decodeIfPresent(String.self, forKey: .id) ?? c.decodeIfPresent(String.self, forKey: .prefixed)
        }
    }
    struct Calculation: Decodable {
        let fullCalcOnLoad: String?
    }
    let properties: Properties?
    let sheets: Sheets?
    let calculation: Calculation?
    enum CodingKeys: String, CodingKey { case properties = "workbookPr", sheets, calculation = "calcPr" }
}

private struct RelationshipsPart: Decodable {
    struct Relationship: Decodable {
        let id: String
        let target: String
        enum CodingKeys: String, CodingKey { case id = "Id", target = "Target" }
    }
    let relationships: [Relationship]
    enum CodingKeys: String, CodingKey { case relationships = "Relationship" }
    init(relationships: [Relationship]) { self.relationships = relationships }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        relationships = try c.decodeIfPresent([Relationship].self, forKey: .relationships) ?? []
    }
}

/// `<t>` with its text (`xml:space="preserve"` keeps spaces at either end).
private struct TextElement: Decodable {
    let value: String
    enum CodingKeys: String, CodingKey { case value = "" }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = (try? c.decodeIfPresent(String.self, forKey: .value)) ?? ""
    }
}

/// A shared or inline string: plain (`<t>`) or rich text (runs `<r><t>…</t></r>`, joined).
/// Phonetic runs (`<rPh>`) are not part of the text.
private struct StringItem: Decodable {
    struct Run: Decodable {
        let t: TextElement?
    }
    let t: TextElement?
    let r: [Run]?
    var text: String {
        XLSXWorkbook.unescaped((t?.value ?? "") + (r ?? []).map { $0.t?.value ?? "" }.joined())
    }
}

private struct SharedStringsPart: Decodable {
    let items: [StringItem]?
    enum CodingKeys: String, CodingKey { case items = "si" }
}

private struct WorksheetPart: Decodable {
    struct SheetData: Decodable {
        let rows: [RowElement]?
        enum CodingKeys: String, CodingKey { case rows = "row" }
    }
    let sheetData: SheetData?
}

private struct RowElement: Decodable {
    let reference: String?
    let cells: [CellElement]?
    enum CodingKeys: String, CodingKey { case reference = "r", cells = "c" }
}

private struct CellElement: Decodable {
    let reference: String?
    let type: String?
    let formula: TextElement?
    let value: String?
    let inline: StringItem?
    enum CodingKeys: String, CodingKey { case reference = "r", type = "t", formula = "f", value = "v", inline = "is" }
}
