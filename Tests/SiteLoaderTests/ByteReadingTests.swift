@testable import DataReading
import Foundation
@testable import SiteLoader
import SiteModel
import Testing
import ThaiText

/// The data loaders read large tables on UTF-8 bytes. These tests hold each byte-level reading to
/// the Character- or scalar-level reading it replaced, on random texts made of the characters
/// that matter: separators, Thai letters and the marks that join them, spaces of all kinds,
/// quotes, digits (Thai too), a decomposed accent and an emoji.
@Suite struct ByteReadingTests {
    static let alphabet: [String] = [
        ";", " ", "\u{00A0}", "\t", "\n", "\r", "\u{0085}", "\u{2009}", "\u{200B}", "\u{3000}", ",", "\"", "-", ".",
        "0", "1", "5", "9", "๑", "๕", "a", "Z", "é", "e\u{0301}", "บ", "า", "ท", "บาท", "ก", "ั", "ี", "่", "้", "ำ", "ุ",
        "เ", "๛", "😀", "👍🏽", "\u{0600}",
    ]

    /// Random texts, the same on every run.
    static func texts(count: Int, maxLength: Int, alphabet: [String] = alphabet, seed: UInt64) -> [String] {
        var rng = SplitMix(seed: seed)
        return (0..<count).map { _ in
            let n = Int(rng.next() % UInt64(maxLength + 1))
            return (0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
        }
    }

    @Test func whitespaceTrimMatchesFoundation() {
        for text in Self.texts(count: 5000, maxLength: 8, seed: 1) + ["", " ", " \u{0E31}x ", "\u{2009}x\u{3000}", "\u{200B}"] {
            #expect(text.trimmingWhitespaces() == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
            #expect(Array(text.trimmingWhitespaces().utf8) == Array(text.trimmingCharacters(in: .whitespaces).utf8))
        }
    }

    @Test func cellTrimMatchesScalarTrim() {
        func reference(_ s: String) -> String {
            let scalars = s.unicodeScalars
            var start = scalars.startIndex, end = scalars.endIndex
            while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
            while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
            return String(scalars[start..<end])
        }
        let extra = ["\u{1680}x", "x\u{2028}", "\u{205F}", "ก\u{3000}", "x\u{0085}"]
        for text in Self.texts(count: 5000, maxLength: 6, seed: 2) + extra {
            #expect(Array(CSVRowReader.trim(text).utf8) == Array(reference(text).utf8), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func byteBiddersMatchCharacterBidders() {
        let alphabet = Self.alphabet + ["; ", " ", " ", "498,000", "1,000.50", "-5", "หจก.ทุ่งทอง", " บาท"]
        var byBytes = 0
        for text in Self.texts(count: 20000, maxLength: 10, alphabet: alphabet, seed: 3) {
            var copy = text
            if copy.withUTF8({ UTF8Text.separatorsStandAlone($0) }) { byBytes += 1 }
            let a = RecordedFields(), b = RecordedFields()
            let fast = ProcurementLoader.textBidders(text, a)
            let reference = ProcurementLoader.charactersBidders(text, b)
            #expect(fast == reference, "\(Array(text.unicodeScalars))")
            #expect(fast.map { Array($0.name.utf8) } == reference.map { Array($0.name.utf8) })
            #expect(a.messages == b.messages, "\(Array(text.unicodeScalars))")
        }
        #expect(byBytes > 2000)   // the byte reading is actually exercised
        // Forced through the byte reading, a text it can take gives the same bidders.
        for text in ["หจก.ทุ่งทองก่อสร้าง 498,000; บริษัท เอ บี ซี จำกัด 505,000 บาท", "นาย ก\u{00A0}1,000;;  ", "x บาท", "บาท", "a -5"] {
            var copy = text
            let a = RecordedFields(), b = RecordedFields()
            let fast = copy.withUTF8 { ProcurementLoader.bytesBidders($0, a) }
            #expect(fast == ProcurementLoader.charactersBidders(text, b))
            #expect(a.messages == b.messages)
        }
    }

    /// A separator followed by a Thai mark is one Character with it, so the text is read by Characters.
    @Test func separatorJoinedByAMarkIsLeftToCharacters() {
        for text in ["ก ั 5", "a;ั 5", "x\u{00A0}่1", "ก 😀 5", "\u{0600}; x 5"] {
            var copy = text
            #expect(!copy.withUTF8 { UTF8Text.separatorsStandAlone($0) }, "\(text)")
        }
        for text in ["ก ก 5", "ั ก;ก่ 5", "é x 1"] {
            var copy = text
            #expect(copy.withUTF8 { UTF8Text.separatorsStandAlone($0) }, "\(text)")
        }
    }

    @Test func csvParsingMatchesScalarParsing() {
        let alphabet = [",", "\"", "\"\"", "\n", "a", "ก", "่", " ", "1", "é", "😀", "\r"]
        for text in Self.texts(count: 20000, maxLength: 14, alphabet: alphabet, seed: 4) {
            let fast = CSVTable.parse(text, file: "t.csv")
            let reference = ReferenceCSV.parse(text, file: "t.csv")
            switch (fast, reference) {
            case (.success(let a), .success(let b)):
                #expect(a.header == b.header && a.rows.map(\.fields) == b.rows.map(\.fields) && a.rows.map(\.line) == b.rows.map(\.line),
                        "\(text.debugDescription)")
            case (.failure(let a), .failure(let b)):
                #expect(a == b)
            default:
                Issue.record("the readings differ on \(text.debugDescription)")
            }
        }
    }

    @Test func monthsAndDatesMatchTheGeneralReading() {
        let alphabet = ["2", "0", "4", "5", "6", "1", "9", "-", "๒", "๕", " ", "\u{00A0}", "+", "x"]
        func referenceMonth(_ raw: String) -> (Int, Int)? {
            let parts = asciiDigits(raw).trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
                  let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            return (y, m)
        }
        func referenceDate(_ raw: String) -> (Int, Int, Int)? {
            let parts = asciiDigits(raw).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            return (y, m, d)
        }
        let samples = Self.texts(count: 30000, maxLength: 10, alphabet: alphabet, seed: 5)
            + ["2024-10", "2024-1", "2567-09", "2025-01-15", "2568-02-29", "0000-00-00", "2024-10-1", "๒๕๖๘-๐๑-๑๕"]
        for raw in samples {
            if let (y, m) = DigitFields.yearMonth(raw) {
                #expect(referenceMonth(raw).map { $0 == y && $1 == m } == true, "\(raw)")
            }
            if let (y, m, d) = DigitFields.date(raw) {
                #expect(referenceDate(raw).map { $0 == y && $1 == m && $2 == d } == true, "\(raw)")
            }
            // The whole month reading, as it was.
            let expected = referenceMonth(raw).flatMap { y, m -> (YearMonth, Int?)? in
                let buddhist = guessEra(ofYear: y) == .buddhist
                return YearMonth(year: buddhist ? y - CalendarDate.buddhistEraOffset : y, month: m).map { ($0, buddhist ? y : nil) }
            }
            let month = YearMonthParsing.parse(raw)
            #expect(month?.month == expected?.0 && month?.buddhistYearWritten == expected?.1, "\(raw)")
        }
        #expect(DigitFields.yearMonth("2024-10")! == (2024, 10) && DigitFields.yearMonth("2024-1")! == (2024, 1))
        #expect(DigitFields.date("2025-01-15")! == (2025, 1, 15))
        #expect(DigitFields.date("2025-1-15") == nil && DigitFields.yearMonth(" 2024-10") == nil)
    }

    @Test func lineEndsAreMadeLF() throws {
        for text in ["a\r\nb\rc\n\r\r\nd\r", "\r", "\r\n", "ก\r\nข", "no breaks"] {
            let decoded = try TextFile.decode(Data(text.utf8), display: "t").get()
            #expect(decoded == text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
        }
        #expect(try TextFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("x\r\n".utf8)), display: "t").get() == "x\n")
        #expect(try TextFile.decode(Data(), display: "t").get() == "")
        guard case .failure(let nul) = TextFile.decode(Data(Array("a\nb\n".utf8) + [0]), display: "t"),
              case .failure(let bad) = TextFile.decode(Data(Array("a\n\nb".utf8) + [0xE0, 0x41]), display: "t") else {
            Issue.record("a NUL byte and invalid UTF-8 must fail")
            return
        }
        #expect(nul.line == 3 && bad.line == 3)
    }
}

/// Collects what a record reader reports.
final class RecordedFields: RecordFields {
    var messages: [String] = []
    var source: SourceRef { SourceRef(file: "t.csv", line: 1) }
    func has(_ key: String) -> Bool { false }
    func string(_ key: String, required: Bool) -> String? { nil }
    func money(_ key: String, required: Bool) -> Money? { nil }
    func budget(_ key: String) -> BudgetValue { .notStated }
    func date(_ key: String, required: Bool) -> CalendarDate? { nil }
    func yearMonth(_ key: String, required: Bool) -> YearMonth? { nil }
    func fieldError(_ key: String, _ message: String, hint: String?) { messages.append("error \(key) \(message) \(hint ?? "")") }
    func fieldWarning(_ key: String, _ message: String, hint: String?) { messages.append("warning \(key) \(message) \(hint ?? "")") }
}

/// The CSV reading by Unicode scalars that `CSVTable.parse` replaced.
enum ReferenceCSV {
    static func parse(_ text: String, file: String) -> Result<CSVTable, Diagnostic> {
        var records: [CSVTable.Row] = []
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
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVTable.Row(line: recordLine, fields: fields)) }
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

/// A small deterministic random number generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
