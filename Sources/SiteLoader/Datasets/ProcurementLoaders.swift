import Caching
import DataReading
import Foundation
import SiteModel
import ThaiText

// MARK: - procurement (o12)

/// `kind: procurement` — the items of one fiscal year, written in the YAML (`items:`) or
/// imported from a CSV file exported from a spreadsheet (`items_csv:`), and the monthly summaries.
extension Procurement: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let yearRead = !file.failed("fiscal_year", in: r)
        if yearRead { file.context?.checkFileNameYear(fiscalYear, r) }
        var itemsKnown = true
        if let csvPath = itemsFile {
            if r["items"] != nil {
                r.error("items", r["items"], "the items are given twice: in 'items' and in the CSV file named by 'items_csv'.",
                        hint: "Keep one of them: either list the items here or import them from the CSV file.")
            }
            let fiscal = file.fiscalYear.map { FiscalYear(buddhistYear: $0) }
            if let context = file.context, let read = ProcurementLoader.csvItems(csvPath, r, context: context, fiscalYear: fiscal) {
                items = read
            } else {
                itemsKnown = false
            }
        } else {
            if r["items"] == nil && r["monthly"] == nil {
                r.missingField("items", what: "the procurement items (or 'items_csv:' naming a CSV file)")
            }
            let decoder = FieldDecoder(reader: r, session: file, codingPath: [])
            items = [ProcurementItem].readRecords("items", in: decoder, required: false) as? [ProcurementItem] ?? []
        }
        ProcurementLoader.checkEGPNumbers(items, r.sink)
        ProcurementLoader.checkMonthEntries(monthly, r, items: items, itemsKnown: itemsKnown)
        monthly.sort { $0.month < $1.month }
        return yearRead
    }
}

extension ProcurementItem: RecordRules, NamedRecord {
    static var recordNoun: String { "item" }
    /// The rules of `ProcurementLoader.checkItem`, as for a row of a CSV table.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        bidders = ProcurementLoader.yamlBidders(r)
        egpNumber = ProcurementLoader.egpNumber(r)
        func read(_ field: String) -> Bool { !file.failed(field, in: r) }
        ProcurementLoader.checkItem(r, title: read("title") ? title : nil, method: read("method") ? method : nil,
                                    status: read("status") ? status : nil, month: read("month") ? month : nil,
                                    budget: budget, contractor: contractor, contractValue: contractValue, egp: egpNumber,
                                    fiscalYear: file.fiscalYear.map { FiscalYear(buddhistYear: $0) })
        return !failed
    }
}

extension ProcurementMonthEntry: RecordRules, NamedRecord {
    static var recordNoun: String { "month" }
    /// A month of the file's fiscal year, summarised once; the rules that need the items are
    /// `ProcurementLoader.checkMonthEntries`.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        guard !file.failed("month", in: r) else { return false }
        if let fiscalYear = file.fiscalYear.map({ FiscalYear(buddhistYear: $0) }), !fiscalYear.contains(month) {
            r.error("month", r["month"], "the summary of \(month.iso) is outside \(YearMonthParsing.describe(fiscalYear)).",
                    hint: "Summarise only the months of this file's fiscal year.")
            return false
        }
        if let line = file.firstLine(of: month, in: "monthly", line: r.line) {
            r.error("month", r["month"], "\(month.iso) is summarised twice; the first is on line \(line).",
                    hint: "Keep one entry per month.")
            return false
        }
        return true
    }
}

extension ProcurementMethod: LocatedValue {
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> ProcurementMethod? { ProcurementLoader.method(r) }
}

extension ProcurementStatus: LocatedValue {
    static func read(_ field: String, in r: MappingReader, decoder: FieldDecoder, required: Bool) -> ProcurementStatus? { ProcurementLoader.status(r) }
}

/// Readers and rules of procurement items, for the YAML entries and the rows of a CSV table.
enum ProcurementLoader {
    /// The columns a CSV table of items may have: the fields of `ProcurementItem`.
    static let itemColumns = FieldDecoding.fieldNames(of: ProcurementItem.self)
    static let requiredColumns = ["title", "method", "status", "month"]

    // MARK: Items

    /// Reads one item from a CSV row (a YAML entry is decoded): the same checks for both.
    static func item(_ f: some RecordFields, fiscalYear: FiscalYear?, bidders: [Bidder]) -> ProcurementItem? {
        let title = f.string("title", required: true)
        let method = method(f)
        let status = status(f)
        let month = f.yearMonth("month", required: true)
        let budget = f.budget("budget")
        let referencePrice = f.money("reference_price", required: false)
        let contractor = f.string("contractor", required: false)
        let contractValue = f.money("contract_value", required: false)
        let contractDate = f.date("contract_date", required: false)
        let egp = egpNumber(f)
        checkItem(f, title: title, method: method, status: status, month: month, budget: budget, contractor: contractor,
                  contractValue: contractValue, egp: egp, fiscalYear: fiscalYear)
        guard let title, let method, let status, let month else { return nil }
        return ProcurementItem(source: f.source, egpNumber: egp, title: title, budget: budget, referencePrice: referencePrice,
                               method: method, status: status, bidders: bidders, contractor: contractor,
                               contractNumber: f.string("contract_number", required: false), contractDate: contractDate,
                               contractValue: contractValue, month: month, reason: f.string("reason", required: false))
    }

    /// The rules of an item; a value is nil when it could not be read.
    static func checkItem(_ f: some RecordFields, title: String?, method: ProcurementMethod?, status: ProcurementStatus?,
                          month: YearMonth?, budget: BudgetValue, contractor: String?, contractValue: Money?, egp: String?,
                          fiscalYear: FiscalYear?) {
        var name: String { "'\(shortTitle(title ?? ""))'" }
        if let month, let fiscalYear, !fiscalYear.contains(month) {
            f.fieldError("month", "the item \(name) is in \(month.iso), outside \(YearMonthParsing.describe(fiscalYear)).",
                         hint: "Each item belongs to the month of the fiscal year whose summary lists it; "
                             + "an item of another year goes in that year's data file.")
        }
        if let status, status.isAwarded {
            if contractor == nil {
                f.fieldError("contractor", "the item \(name) has the status '\(status.rawValue)' but no contractor.",
                             hint: "Write the contractor or seller chosen (ผู้ได้รับการคัดเลือก), or change the status.")
            }
            if contractValue == nil && !f.has("contract_value") {
                f.fieldError("contract_value", "the item \(name) has the status '\(status.rawValue)' but no contract value.",
                             hint: "Write the price agreed (ราคาที่ตกลงซื้อหรือจ้าง) in baht, or change the status.")
            }
        }
        if let contractValue, let limit = budget.money, contractValue > limit {
            let f2 = ThaiFormatter.arabic
            f.fieldWarning("contract_value", "the contract value \(f2.baht(contractValue)) baht of the item \(name) is above its budget of \(f2.baht(limit)) baht.",
                           hint: "Check both figures; a contract cannot exceed the budget approved for it.")
        }
        if let method, method.isElectronic, egp == nil, !f.has("egp_number") {
            f.fieldWarning("egp_number", "the item \(name) uses \(method.rawValue) but has no e-GP project number.",
                           hint: "Work by \(method.rawValue) is done in the e-GP system; copy its project number (11 digits).")
        }
    }

    static func shortTitle(_ s: String) -> String { s.count > 60 ? String(s.prefix(57)) + "…" : s }

    static func method(_ f: some RecordFields) -> ProcurementMethod? {
        guard let text = f.string("method", required: true) else { return nil }
        if let m = exactCase(text, ProcurementMethod.self) ?? ProcurementMethod(rawValue: text) ?? ProcurementMethod(text: text) {
            return m
        }
        let allowed = ProcurementMethod.allCases.map(\.rawValue)
        var hint = "Use one of: \(allowed.joined(separator: ", "))."
        if text.contains("ประกาศเชิญชวน") {
            hint = "Say which kind of invitation it was: e-bidding, e-market or สอบราคา."
        } else if let s = Suggest.nearest(to: text, in: allowed) {
            hint = "Did you mean '\(s)'? " + hint
        }
        f.fieldError("method", "'\(text)' is not a procurement method sitegen knows.", hint: hint)
        return nil
    }

    static func status(_ f: some RecordFields) -> ProcurementStatus? {
        guard let text = f.string("status", required: true) else { return nil }
        if let s = exactCase(text, ProcurementStatus.self) ?? ProcurementStatus(rawValue: text) { return s }
        let allowed = ProcurementStatus.allCases.map(\.rawValue)
        var hint = "Use one of: \(allowed.joined(separator: ", "))."
        if let s = Suggest.nearest(to: text, in: allowed) { hint = "Did you mean '\(s)'? " + hint }
        f.fieldError("status", "'\(text)' is not an allowed status.", hint: hint)
        return nil
    }

    /// The case whose raw value is the text byte for byte: what a table exported from the same
    /// sheet nearly always holds. Comparing Thai Strings with == checks for other ways of writing
    /// the same text, which is slow on every row; the init by raw value does that when this fails.
    static func exactCase<E: RawRepresentable & CaseIterable>(_ text: String, _ type: E.Type) -> E? where E.RawValue == String {
        E.allCases.first { $0.rawValue.utf8.elementsEqual(text.utf8) }
    }

    /// e-GP project numbers have 11 digits (for example 67119123456); Thai digits are accepted.
    static func egpNumber(_ f: some RecordFields) -> String? {
        guard let raw = f.string("egp_number", required: false) else { return nil }
        let digits = asciiDigits(raw).filter { $0 != " " }
        guard digits.count == 11, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            f.fieldError("egp_number", "'\(raw)' is not an e-GP project number.",
                         hint: "e-GP project numbers have 11 digits, for example 67119123456. In the spreadsheet, "
                             + "format the column as text so the number is not shortened.")
            return nil
        }
        return digits
    }

    /// The same e-GP project number twice in one year is an error on the second item.
    static func checkEGPNumbers(_ items: [ProcurementItem], _ sink: DiagnosticSink) {
        var first: [String: SourceRef] = [:]
        for item in items {
            guard let n = item.egpNumber else { continue }
            if let other = first[n] {
                sink.add(.error("the e-GP project number \(n) is also used by the item on \(other).",
                                file: item.source.file, line: item.source.line, field: "egp_number",
                                hint: "Each procurement project has its own e-GP number; check for a duplicated row."))
            } else {
                first[n] = item.source
            }
        }
    }

    // MARK: Bidders

    /// `bidders:` as a list of `{name, price}`, or as one text `ชื่อ ราคา; ชื่อ ราคา`.
    static func yamlBidders(_ r: MappingReader) -> [Bidder] {
        guard let node = r["bidders"] else { return [] }
        if case .scalar(let s) = node { return textBidders(s.string, r) }
        return r.records("bidders", what: "bidder").compactMap { b in
            b.rejectUnknownKeys(["name", "price"])
            guard let name = b.string("name", required: true), let price = b.money("price", required: true) else { return nil }
            return Bidder(name: name, price: price)
        }
    }

    /// `หจก.ทุ่งทองก่อสร้าง 498,000; บริษัท เอ บี ซี จำกัด 505,000`: entries separated by `;`,
    /// the price is the last word of each entry (a trailing บาท is allowed).
    ///
    /// Read on the UTF-8 bytes when that gives the same entries as reading Characters (nearly
    /// always; see `UTF8Text.separatorsStandAlone`), else by Characters.
    static func textBidders(_ text: String, _ f: some RecordFields) -> [Bidder] {
        var text = text
        let read: [Bidder]? = text.withUTF8 { bytes in
            UTF8Text.separatorsStandAlone(bytes) ? bytesBidders(bytes, f) : nil
        }
        return read ?? charactersBidders(text, f)
    }

    /// `textBidders` by Characters: the reference reading, for texts the byte reading cannot take.
    static func charactersBidders(_ text: String, _ f: some RecordFields) -> [Bidder] {
        var out: [Bidder] = []
        for part in text.split(separator: ";") {
            var entry = CSVRowReader.trim(String(part))
            if entry.isEmpty { continue }
            if entry.hasSuffix("บาท") { entry = CSVRowReader.trim(String(entry.dropLast("บาท".count))) }
            let words = entry.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
            guard words.count >= 2, let price = Money(parsing: String(words[words.count - 1])) else {
                badBidder(entry, f)
                continue
            }
            if price.isNegative {
                negativeBid(words.dropLast().joined(separator: " "), f)
                continue
            }
            out.append(Bidder(name: words.dropLast().joined(separator: " "), price: price))
        }
        return out
    }

    /// `textBidders` by bytes, for texts whose separators are Characters of their own: the same
    /// steps as `charactersBidders`.
    static func bytesBidders(_ bytes: UnsafeBufferPointer<UInt8>, _ f: some RecordFields) -> [Bidder] {
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        var out: [Bidder] = []
        let n = bytes.count
        var partStart = 0
        while partStart < n {
            var partEnd = partStart
            while partEnd < n && bytes[partEnd] != 0x3B { partEnd += 1 }         // ';'
            defer { partStart = partEnd + 1 }
            if partEnd == partStart { continue }
            var entry = UTF8Text.trimmingWhiteSpace(bytes, partStart..<partEnd)
            if entry.isEmpty { continue }
            if entry.count >= baht.count, bytes[entry.upperBound - baht.count..<entry.upperBound].elementsEqual(baht) {
                entry = UTF8Text.trimmingWhiteSpace(bytes, entry.lowerBound..<entry.upperBound - baht.count)
            }
            // Words, split at spaces and no-break spaces.
            var words: [Range<Int>] = []
            var i = entry.lowerBound, wordStart = i
            while i < entry.upperBound {
                let width = bytes[i] == 0x20 ? 1 : (bytes[i] == 0xC2 && i + 1 < entry.upperBound && bytes[i + 1] == 0xA0 ? 2 : 0)
                if width == 0 { i += 1; continue }
                if i > wordStart { words.append(wordStart..<i) }
                i += width
                wordStart = i
            }
            if entry.upperBound > wordStart { words.append(wordStart..<entry.upperBound) }
            guard words.count >= 2, let price = Money(parsing: text(words[words.count - 1])) else {
                badBidder(text(entry), f)
                continue
            }
            var name: [UInt8] = []
            name.reserveCapacity(entry.count)
            for (k, word) in words.dropLast().enumerated() {
                if k > 0 { name.append(0x20) }
                name.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word]))
            }
            if price.isNegative {
                negativeBid(String(decoding: name, as: UTF8.self), f)
                continue
            }
            out.append(Bidder(name: String(decoding: name, as: UTF8.self), price: price))
        }
        return out
    }

    private static let baht = Array("บาท".utf8)

    private static func badBidder(_ entry: String, _ f: some RecordFields) {
        f.fieldError("bidders", "'\(entry)' is not a bidder and a price.",
                     hint: "Write each bidder as the name, a space and the price offered, separated by ';', "
                         + "for example: หจก.ทุ่งทองก่อสร้าง 498,000; บริษัท รุ่งเรือง จำกัด 505,000")
    }

    private static func negativeBid(_ name: String, _ f: some RecordFields) {
        f.fieldError("bidders", "the price offered by '\(name)' is negative.", hint: "Amounts of money cannot be below zero.")
    }

    // MARK: CSV

    static func csvItems(_ path: String, _ r: MappingReader, context: DatasetContext, fiscalYear: FiscalYear?) -> [ProcurementItem]? {
        let full = context.siteRoot + "/" + path
        let inside = URL(fileURLWithPath: full).standardizedFileURL.path.hasPrefix(context.siteRoot + "/")
        guard inside, !path.hasPrefix("/"), FileManager.default.fileExists(atPath: full) else {
            r.error("items_csv", r["items_csv"], "the CSV file '\(path)' does not exist in the site folder.",
                    hint: "Write the path relative to the site folder, for example data/procurement/2568-items.csv.")
            return nil
        }
        let read = context.dataCache?.procurementItems(path: path, absolute: full, fiscalYear: fiscalYear) {
            readCSVItems(path, absolute: full, fiscalYear: fiscalYear)
        } ?? readCSVItems(path, absolute: full, fiscalYear: fiscalYear)
        // Added in the order they were found, as if reported directly: the sink orders by line.
        for d in read.diagnostics { r.sink.add(d) }
        return read.items
    }

    /// Reads and checks the items of a CSV table: a function of the table's bytes, its path and
    /// the fiscal year alone (what `DataCache` relies on).
    static func readCSVItems(_ path: String, absolute: String, fiscalYear: FiscalYear?) -> CSVItemsRead {
        let sink = DiagnosticSink()
        let table: CSVTable
        switch TextFile.read(absolute, display: path).flatMap({ CSVTable.parse($0, file: path) }) {
        case .failure(let d):
            return CSVItemsRead(items: nil, diagnostics: [d])
        case .success(let t): table = t
        }
        guard table.checkHeader(known: itemColumns, required: requiredColumns, sink: sink) else {
            return CSVItemsRead(items: nil, diagnostics: sink.added)
        }
        let columns = CSVRowReader.columnIndex(table)
        var items: [ProcurementItem] = []
        items.reserveCapacity(table.rows.count)
        for row in table.rows {
            if row.fields.count > table.header.count {
                sink.add(.error("this row has \(row.fields.count) cells, but the first row names \(table.header.count) columns.",
                                file: table.file, line: row.line, column: table.header.count + 1,
                                hint: "A text that contains a comma must be in double quotes; export the sheet again as CSV (UTF-8)."))
                continue
            }
            let reader = CSVRowReader(table: table, row: row, columns: columns, sink: sink)
            let bidders = reader.cell("bidders").map { textBidders($0, reader) } ?? []
            if let item = item(reader, fiscalYear: fiscalYear, bidders: bidders) { items.append(item) }
        }
        return CSVItemsRead(items: items, diagnostics: sink.added)
    }

    // MARK: Monthly summaries

    /// The rules of the `monthly:` entries that need the items: a month with items is not
    /// marked `none`, a month without says so, and a summary is not dated before its month.
    static func checkMonthEntries(_ monthly: [ProcurementMonthEntry], _ r: MappingReader, items: [ProcurementItem],
                                  itemsKnown: Bool) {
        var itemCount: [YearMonth: Int] = [:]
        for item in items { itemCount[item.month, default: 0] += 1 }
        for entry in monthly {
            guard let m = r.entry(of: "monthly", atLine: entry.source.line) else { continue }
            let month = entry.month
            let count = itemCount[month] ?? 0
            if entry.none && count > 0 {
                m.error("none", m["none"], "\(month.iso) is marked as having no procurement, but \(count) item(s) are listed for it.",
                        hint: "Remove 'none: true', or move the items to the month they belong to.")
            } else if !entry.none && count == 0 && itemsKnown {
                m.error("month", m["month"], "no item is listed for \(month.iso), and the entry does not say 'none: true'.",
                        hint: "If there was no procurement this month, write 'none: true'; otherwise add the month's items.")
            }
            if let published = entry.published, published < month.firstDay {
                m.warning("published", m["published"], "the summary of \(month.iso) is dated \(published.iso), before the month began.",
                          hint: "A monthly summary is published after its month, usually within the first days of the next.")
            }
        }
    }
}

// MARK: - procurement-report (o13)

/// `kind: procurement-report` — the annual procurement results of one fiscal year.
extension ProcurementReport: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        let yearRead = !file.failed("fiscal_year", in: r)
        if yearRead { file.context?.checkFileNameYear(fiscalYear, r) }
        analysis = Self.paragraphs(analysis)
        return yearRead
    }

    /// A block of text is split into paragraphs at blank lines; a list gives one paragraph per entry.
    static func paragraphs(_ texts: [String]) -> [String] {
        texts.flatMap { text in
            text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
    }
}

extension ProcurementMethodResult: RecordRules, NamedRecord {
    static var recordNoun: String { "method" }
    /// One entry per method; a method without items has no amount.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        guard !failed else { return false }
        if let line = file.firstLine(of: method, in: "by_method", line: r.line) {
            r.error("method", r["method"], "the method \(method.rawValue) is listed twice; the first is on line \(line).",
                    hint: "Give one entry per method, with its total count and amount.")
            return false
        }
        if count == 0 && !amount.isZero {
            r.error("amount", r["amount"], "the method \(method.rawValue) has no items but an amount of \(ThaiFormatter.arabic.baht(amount)) baht.",
                    hint: "Check the count and the amount.")
        }
        return true
    }
}
