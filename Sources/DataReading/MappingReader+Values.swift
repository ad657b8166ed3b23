import Foundation
import SiteModel
import ThaiText
import Yams

/// Readers for the values disclosure data is made of: money, budgets, fiscal years, periods,
/// attachments and lists of records.
extension MappingReader {
    /// Baht as a clerk writes it: `16000`, `16,000`, `1,510,000.50`, Thai digits allowed.
    /// Negative amounts are errors. Money is never read through a floating-point number.
    package func money(_ key: String, required: Bool = false) -> Money? {
        guard let node = self[key] else {
            if required { missingField(key, what: "an amount in baht") }
            return nil
        }
        guard case .scalar(let s) = node, !s.string.isEmpty else {
            error(key, node, "expected an amount in baht, but found \(MappingReader.describe(node)).",
                  hint: "Write digits with at most two decimals, for example 16000 or 1,510,000.50.")
            return nil
        }
        guard let m = Money(parsing: s.string) else {
            error(key, node, "'\(s.string)' is not an amount of money.",
                  hint: "Write digits with at most two decimals, for example 16000 or 1,510,000.50.")
            return nil
        }
        if m.isNegative {
            error(key, node, "the amount \(s.string) is negative.", hint: "Amounts of money cannot be below zero.")
            return nil
        }
        return m
    }

    /// A budget: an amount, `ไม่ใช้งบประมาณ` / `none` (no budget), or absent / `ไม่ระบุ` (not stated).
    package func budget(_ key: String) -> BudgetValue {
        guard let node = self[key] else { return .notStated }
        if case .scalar(let s) = node {
            let text = s.string.trimmingWhitespaces()
            if BudgetWords.noBudget.contains(text) || BudgetWords.noBudget.contains(text.lowercased()) { return .noBudget }
            if text.isEmpty || BudgetWords.notStated.contains(text) || BudgetWords.notStated.contains(text.lowercased()) {
                return .notStated
            }
        }
        if let m = money(key) { return .amount(m) }
        return .notStated
    }

    /// A fiscal year in the Buddhist era (2568). A Christian-era year is an error that says which
    /// B.E. year it probably means.
    package func fiscalYear(_ key: String, required: Bool = false) -> Int? {
        guard let y = int(key, required: required) else { return nil }
        if guessEra(ofYear: y) == .christian {
            error(key, self[key], "\(y) looks like a Christian-era year; fiscal years are written in the Buddhist era.",
                  hint: "Write \(y + 543) for fiscal year \(y + 543) (1 October \(y - 1) – 30 September \(y)).")
            return nil
        }
        if y < 2400 || y > 2700 {
            error(key, self[key], "\(y) is not a plausible fiscal year.", hint: "Write a B.E. year such as 2568.")
            return nil
        }
        return y
    }

    /// A span of B.E. fiscal years written `2566-2570` (or `first:`/`last:`).
    package func fiscalYearSpan(_ key: String, required: Bool = false) -> FiscalYearSpan? {
        guard let node = self[key] else {
            if required { missingField(key, what: "a span of B.E. years such as 2566-2570") }
            return nil
        }
        guard case .scalar(let s) = node else {
            error(key, node, "expected a span of years such as 2566-2570.", hint: "Write the first and last B.E. year, for example 2566-2570.")
            return nil
        }
        let parts = asciiDigits(s.string).split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == " " }).compactMap { Int($0) }
        guard parts.count == 2, parts[0] <= parts[1] else {
            error(key, node, "'\(s.string)' is not a span of years.", hint: "Write the first and last B.E. year, for example 2566-2570.")
            return nil
        }
        if parts.contains(where: { guessEra(ofYear: $0) == .christian }) {
            error(key, node, "'\(s.string)' looks like Christian-era years; plans are dated in the Buddhist era.",
                  hint: "Write \(parts[0] + 543)-\(parts[1] + 543).")
            return nil
        }
        return FiscalYearSpan(first: parts[0], last: parts[1])
    }

    /// A period `{start: YYYY-MM-DD, end: YYYY-MM-DD}`; the end must not be before the start.
    package func dateRange(_ key: String, required: Bool = false) -> DateRange? {
        guard let r = nested(key, required: required) else { return nil }
        r.rejectUnknownKeys(["start", "end"])
        guard let start = r.date("start", required: true), let end = r.date("end", required: true) else { return nil }
        if end < start {
            r.error("end", r["end"], "the period ends (\(end.iso)) before it starts (\(start.iso)).",
                    hint: "Check the two dates.")
            return nil
        }
        return DateRange(start: start, end: end)
    }

    /// A whole number that must not be negative (counts, people, statistics).
    package func count(_ key: String, required: Bool = false) -> Int? {
        guard let n = int(key, required: required) else { return nil }
        if n < 0 {
            error(key, self[key], "\(n) is negative; a count cannot be below zero.", hint: "Write 0 or a positive whole number.")
            return nil
        }
        return n
    }

    /// The records of a list field, each read as a mapping; `what` names one entry in messages.
    package func records(_ key: String, required: Bool = false, what: String = "entry") -> [MappingReader] {
        sequence(key, required: required).enumerated().compactMap { i, node in
            MappingReader(node, file: file, lineOffset: lineOffset, path: "\(fieldName(key))[\(i + 1)]", sink: sink,
                          what: "each \(what) of '\(key)'")
        }
    }

    /// Attached files: a list of `{file, title}` or plain paths.
    package func attachments(_ key: String = "attachments") -> [AttachmentRef] {
        var out: [AttachmentRef] = []
        for (i, node) in sequence(key).enumerated() {
            if case .scalar(let s) = node {
                out.append(AttachmentRef(file: s.string, title: (s.string as NSString).lastPathComponent, line: lineOf(node),
                                         field: fieldName(key)))
            } else if let a = MappingReader(node, file: file, lineOffset: lineOffset, path: "\(fieldName(key))[\(i + 1)]", sink: sink) {
                a.rejectUnknownKeys(["file", "title"])
                if let f = a.string("file", required: true) {
                    out.append(AttachmentRef(file: f, title: a.string("title") ?? (f as NSString).lastPathComponent,
                                             line: a["file"].flatMap(lineOf) ?? lineOf(node), field: a.fieldName("file")))
                }
            }
        }
        return out
    }

    /// The address of a page of this site (`/hr/ethics-code/`), refused with an error when it is
    /// not one (a full web address, a path out of the site). `example` is shown in the hint.
    package func sitePath(_ key: String, example: String) -> String? {
        guard let p = string(key) else { return nil }
        guard p.hasPrefix("/"), !p.hasPrefix("//"), !p.contains("..") else {
            error(key, self[key], "'\(p)' is not an address on this site.",
                  hint: "Write the page's address from the site root, for example \(example).")
            return nil
        }
        return p
    }

    package func missingField(_ key: String, what: String) {
        sink.add(.error("the required field '\(key)' is missing.", file: file, line: line,
                        field: fieldName(key), hint: "Add a line '\(key): …' with \(what)."))
    }

    /// The source reference of this mapping.
    package var source: SourceRef { SourceRef(file: file, line: line) }
}

package enum BudgetWords {
    package static let noBudget: Set<String> = ["ไม่ใช้งบประมาณ", "ไม่มีงบประมาณ", "ไม่ใช้งบ", "none", "no budget", "no_budget"]
    package static let notStated: Set<String> = ["ไม่ระบุ", "-", "not stated", "unknown"]
}

/// Where an entry stands in its list, and what a field holds as written.
extension MappingReader {
    /// The list this entry is in (`issues[2].measures` for `issues[2].measures[3]`).
    package var listPath: String {
        guard path.hasSuffix("]"), let open = path.lastIndex(of: "[") else { return path }
        return String(path[..<open])
    }

    /// The entry's position in its list (1 for the first), from its path.
    package var positionInList: Int {
        guard path.hasSuffix("]"), let open = path.lastIndex(of: "[") else { return 1 }
        return Int(path[path.index(after: open)..<path.index(before: path.endIndex)]) ?? 1
    }

    /// The text written in `key`, read again without a word (nil when there is none).
    package func writtenText(_ key: String) -> String? {
        guard case .scalar(let s)? = self[key], !(s.style == .plain && MappingReader.isNullWord(s.string)) else { return nil }
        return s.string
    }

    /// The whole number written in `key`, read again without a word (nil when there is none).
    package func writtenInt(_ key: String) -> Int? {
        guard case .scalar(let s)? = self[key] else { return nil }
        return Int(asciiDigits(s.string).trimmingWhitespaces())
    }
}
