import Foundation
import ZIPFoundation

/// Small Excel workbooks for the tests, written with ZIPFoundation from the XML parts Excel
/// writes (the same parts, namespaces and cell types, cut down to what the importer reads).
struct XLSXFixture {
    /// A sheet: its name and the XML of its rows (`<row r="1"><c r="A1" t="s"><v>0</v></c></row>…`).
    var sheets: [(name: String, rows: String)]
    /// The shared-strings table: each entry is the inside of one `<si>` (`<t>ข้อความ</t>`, or runs).
    var sharedStrings: [String] = []
    var date1904 = false
    /// `calcPr fullCalcOnLoad="1"`, as programs that do not compute formulas write.
    var fullCalcOnLoad = false

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var parts: [(String, String)] {
        var parts: [(String, String)] = []
        parts.append(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>
            """))
        parts.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(Self.officeRelationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        // Sheets are numbered backwards in the zip, so that only the relationships say which is which.
        let sheetList = sheets.enumerated().map { i, s in
            "<sheet name=\"\(s.name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }.joined()
        parts.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(Self.main)" xmlns:r="\(Self.officeRelationships)"><workbookPr\(date1904 ? " date1904=\"1\"" : "") defaultThemeVersion="166925"/><bookViews><workbookView/></bookViews><sheets>\(sheetList)</sheets><calcPr calcId="191029"\(fullCalcOnLoad ? " fullCalcOnLoad=\"1\"" : "")/></workbook>
            """))
        let rels = sheets.indices.map { i in
            "<Relationship Id=\"rId\(i + 1)\" Type=\"\(Self.officeRelationships)/worksheet\" Target=\"worksheets/sheet\(sheets.count - i).xml\"/>"
        }.joined()
        parts.append(("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)<Relationship Id="rId99" Type="\(Self.officeRelationships)/sharedStrings" Target="sharedStrings.xml"/></Relationships>
            """))
        for (i, s) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(sheets.count - i).xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="\(Self.main)" xmlns:r="\(Self.officeRelationships)"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>\(s.rows)</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>
                """))
        }
        let items = sharedStrings.map { "<si>\($0)</si>" }.joined()
        parts.append(("xl/sharedStrings.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="\(Self.main)" count="\(sharedStrings.count)" uniqueCount="\(sharedStrings.count)">\(items)</sst>
            """))
        return parts
    }

    /// The workbook's bytes (deflated, as Excel saves).
    func data() throws -> Data {
        try Self.zip(parts)
    }

    /// A zip of the given files.
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// Writes the workbook to `path`.
    func write(to path: String) throws {
        try data().write(to: URL(fileURLWithPath: path))
    }

    /// Rows from a grid of cells: each cell is written as the XML of a `<c>` without its reference
    /// (added here), or nil for an empty cell. Use `s(…)`, `n(…)`, `inline(…)` to write them.
    static func rows(_ grid: [(row: Int, cells: [String?])]) -> String {
        grid.map { row in
            let cells = row.cells.enumerated().compactMap { i, c -> String? in
                guard let c else { return nil }
                let letter = String(UnicodeScalar(UInt8(65 + i)))
                return c.replacingOccurrences(of: "<c", with: "<c r=\"\(letter)\(row.row)\"")
            }.joined()
            return "<row r=\"\(row.row)\">\(cells)</row>"
        }.joined()
    }

    static func s(_ index: Int) -> String { "<c t=\"s\"><v>\(index)</v></c>" }
    static func n(_ value: String) -> String { "<c><v>\(value)</v></c>" }
    static func inline(_ text: String) -> String { "<c t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
}
