import DataReading
import Foundation
import SiteModel
import ThaiText

/// Reads a file saved from the national e-GP open-data service (the CGDContract response: see
/// docs/import.md) and merges its projects into the procurement CSV of each fiscal year.
///
/// Nothing is written unless the whole file is read and every target is writable: an error in
/// the file, or in a fiscal year's existing files, leaves every file as it was.
public enum EGPImport {
    /// What importing one file did (or, when `errors` is not empty, would have done).
    public struct Outcome: Sendable {
        /// One line per project added, changed or left out, for the clerk.
        public var added: [String] = []
        public var changed: [String] = []
        public var unreadable: [Diagnostic] = []
        /// Files written (relative to the site folder).
        public var written: [String] = []
        /// Problems that stopped the import (nothing was written).
        public var errors: [Diagnostic] = []
    }

    /// The e-GP project statuses and the progress each means on the site. A status the site
    /// already records further along (paid, delivered) is kept: e-GP does not know payments.
    static let statuses: [String: ProcurementStatus] = [
        "ระหว่างดำเนินการ": .inProgress, "อยู่ระหว่างดำเนินการ": .inProgress,
        "จัดทำสัญญา/PO แล้ว": .contracted, "จัดทำสัญญา/po แล้ว": .contracted, "ลงนามสัญญาแล้ว": .contracted,
        "แล้วเสร็จตามสัญญา": .delivered, "สิ้นสุดสัญญา": .delivered, "ส่งมอบงานแล้ว": .delivered,
        "ยกเลิกโครงการ": .cancelled, "ยกเลิก": .cancelled,
    ]

    static let columns = ["egp_number", "title", "budget", "reference_price", "method", "status", "bidders", "contractor",
                          "contract_number", "contract_date", "contract_value", "month", "reason"]

    /// Imports `file` (a JSON file) into the site folder `siteRoot`.
    public static func run(file: String, siteRoot: String, dryRun: Bool = false) -> Outcome {
        var outcome = Outcome()
        let shown = (file as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: file) else {
            outcome.errors.append(.error("the file cannot be read.", file: file, hint: "Check the file's name and that it exists."))
            return outcome
        }
        let projects: [[String: Any]]
        switch parse(data, file: shown) {
        case .success(let p): projects = p
        case .failure(let d): outcome.errors.append(d); return outcome
        }
        var byYear: [Int: [(index: Int, item: Row)]] = [:]
        for (i, project) in projects.enumerated() {
            switch row(from: project, index: i, file: shown) {
            case .success(let (year, item)): byYear[year, default: []].append((i, item))
            case .failure(let d): outcome.unreadable.append(d)
            }
        }
        var writes: [(path: String, text: String)] = []
        for year in byYear.keys.sorted() {
            let target = YearFiles(siteRoot: siteRoot, year: year)
            switch target.merge(byYear[year]!.map(\.item)) {
            case .failure(let d): outcome.errors.append(d)
            case .success(let merged):
                outcome.added += merged.added
                outcome.changed += merged.changed
                writes += merged.writes
            }
        }
        guard outcome.errors.isEmpty, !dryRun else { return outcome }
        let (written, failure) = YearFiles.write(writes, siteRoot: siteRoot)
        outcome.written = written
        if let failure { outcome.errors.append(failure) }
        return outcome
    }

    // MARK: Reading the file

    static func parse(_ data: Data, file: String) -> Result<[[String: Any]], Diagnostic> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            return .failure(.error("the file is not JSON as the e-GP service saves it (\(jsonProblem(error))).", file: file,
                                   hint: "Save the service's answer again, unchanged, as a .json file."))
        }
        let list: Any?
        if let top = object as? [String: Any] { list = top["result"] } else { list = object }
        guard let records = list as? [Any] else {
            return .failure(.error("the file has no list 'result' of projects.", file: file, field: "result",
                                   hint: "Save the whole answer of the e-GP service, which lists the projects under \"result\"."))
        }
        var out: [[String: Any]] = []
        for (i, r) in records.enumerated() {
            guard let record = r as? [String: Any] else {
                return .failure(.error("project \(i + 1) of 'result' is not a record.", file: file, field: "result[\(i + 1)]"))
            }
            out.append(record)
        }
        return .success(out)
    }

    static func jsonProblem(_ error: any Error) -> String {
        let info = (error as NSError).userInfo
        return (info[NSDebugDescriptionErrorKey] as? String) ?? (error as NSError).localizedDescription
    }

    /// One CSV row, by column name.
    typealias Row = [String: String]

    static func row(from p: [String: Any], index: Int, file: String) -> Result<(Int, Row), Diagnostic> {
        let name = "result[\(index + 1)]"
        func fail(_ field: String, _ message: String, _ hint: String) -> Result<(Int, Row), Diagnostic> {
            .failure(.warning(message, file: file, field: "\(name).\(field)", hint: hint))
        }
        guard let id = text(p["project_id"]), id.count == 11, id.allSatisfy(\.isASCIIDigitCharacter) else {
            return fail("project_id", "the project has no e-GP number of 11 digits; it was left out.",
                        "Only projects with their e-GP number can be imported; add others to the CSV by hand.")
        }
        guard let title = text(p["project_name"]), !title.isEmpty else {
            return fail("project_name", "project \(id) has no name; it was left out.", "Check the file; every e-GP project has a name.")
        }
        guard let yearText = text(p["budget_year"]), let year = Int(asciiDigits(yearText)), guessEra(ofYear: year) == .buddhist else {
            return fail("budget_year", "project \(id) has no B.E. budget year; it was left out.", "Check the file's budget_year.")
        }
        let methodText = text(p["purchase_method_name"]) ?? ""
        guard let method = ProcurementMethod(rawValue: methodText) ?? ProcurementMethod(text: methodText) else {
            return fail("purchase_method_name", "project \(id): the method '\(methodText)' is not one sitegen knows; it was left out.",
                        "Add the project to the CSV by hand with one of: \(ProcurementMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        var row: Row = ["egp_number": id, "title": title, "method": method.rawValue]
        for (column, key) in [("budget", "project_money"), ("reference_price", "price_build")] {
            guard let raw = text(p[key]), !raw.isEmpty else { continue }
            guard let money = Money(parsing: raw) else {
                return fail(key, "project \(id): '\(raw)' is not an amount of money; the project was left out.", "Check the file's \(key).")
            }
            row[column] = ThaiFormatter.arabic.baht(money)
        }
        let statusText = (text(p["project_status"]) ?? "").trimmingWhitespaces()
        let contracts = (p["contract"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        var status = statuses[statusText] ?? statuses[statusText.lowercased()]
        if status == nil { status = contracts.isEmpty ? .inProgress : .contracted }
        row["status"] = status!.rawValue
        if !contracts.isEmpty {
            let winners = contracts.compactMap { text($0["winner"]) }.filter { !$0.isEmpty }
            row["contractor"] = unique(winners).joined(separator: "; ")
            row["contract_number"] = unique(contracts.compactMap { text($0["contract_no"]) }.filter { !$0.isEmpty }).joined(separator: "; ")
            let dates = contracts.compactMap { text($0["contract_date"]).flatMap(date) }.sorted()
            if let first = dates.first { row["contract_date"] = first.iso }
            var total = Money.zero
            var priced = false
            for c in contracts {
                guard let raw = text(c["price_agree"]), !raw.isEmpty else { continue }
                guard let m = Money(parsing: raw) else {
                    return fail("contract.price_agree", "project \(id): '\(raw)' is not an amount of money; the project was left out.",
                                "Check the contract's price_agree.")
                }
                total = total + m
                priced = true
            }
            if !priced, let raw = text(p["sum_price_agree"]), let m = Money(parsing: raw) { total = m; priced = true }
            if priced { row["contract_value"] = ThaiFormatter.arabic.baht(total) }
        }
        let fy = FiscalYear(buddhistYear: year)
        let when = [row["contract_date"].flatMap { CalendarDate(iso: $0) }, text(p["announce_date"]).flatMap(date),
                    text(p["transaction_date"]).flatMap(date)].compactMap { $0 }.first { fy.contains(YearMonth($0)) }
        guard let when else {
            return fail("announce_date", "project \(id) has no date inside fiscal year \(year) to file it under a month; it was left out.",
                        "Add it to the CSV by hand with the month of its summary (สขร.๑).")
        }
        row["month"] = YearMonth(when).iso
        return .success((year, row))
    }

    /// A value written as text or as a number.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.trimmingWhitespaces()
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    /// A date as the service's clients write it: ISO (`2024-10-15`, with or without a time) or
    /// Thai `d/m/yyyy` with a B.E. year.
    static func date(_ raw: String) -> CalendarDate? {
        let t = asciiDigits(raw).trimmingWhitespaces()
        if t.count >= 10, let d = CalendarDate(iso: String(t.prefix(10))) { return d }
        let parts = t.split(separator: " ").first?.split(separator: "/").compactMap { Int($0) } ?? []
        guard parts.count == 3 else { return nil }
        return parts[2] > 2400 ? CalendarDate(buddhistYear: parts[2], month: parts[1], day: parts[0])
                               : CalendarDate(year: parts[2], month: parts[1], day: parts[0])
    }

    static func unique(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert($0).inserted }
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
