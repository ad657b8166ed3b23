import Audit
import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

// Helpers of the mutation suite (MutationSuiteTests.swift): edits of a demo copy that refuse to
// become no-ops, and an audit that still gives its report when the edit leaves content errors.

/// An edit of the demo copy that could not be made: the demo has changed and the mutation must be
/// brought up to date, rather than go on testing nothing.
struct DemoEditError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension TemporarySite {
    /// The text of a file of the site folder; throws when there is no such file.
    func text(of path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: content + "/" + path),
              let text = String(data: data, encoding: .utf8) else {
            throw DemoEditError("\(path) does not exist in the demo copy")
        }
        return text
    }

    /// Replaces every occurrence of `old` (through `replace`, checking its answer); throws when the
    /// text is not there, or is not there `count` times.
    func change(_ path: String, _ old: String, to new: String, count: Int? = nil) throws {
        let found = try text(of: path).components(separatedBy: old).count - 1
        if let count, found != count {
            throw DemoEditError("\(path): expected \(count) occurrence(s) of '\(old.prefix(80))', found \(found)")
        }
        guard found > 0, replace(path, old, with: new) else {
            throw DemoEditError("\(path): text not found: '\(old.prefix(80))'")
        }
    }

    /// Deletes every occurrence of `old`; throws when it is not there.
    func delete(_ path: String, _ old: String, count: Int? = nil) throws {
        try change(path, old, to: "", count: count)
    }

    /// Replaces the matches of a regular expression (`^`/`$` match at lines); throws when nothing
    /// matches, or not `count` times.
    func changeMatches(_ path: String, _ pattern: String, to template: String, count: Int? = nil) throws {
        let text = try text(of: path)
        let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        let range = NSRange(text.startIndex..., in: text)
        let found = regex.numberOfMatches(in: text, range: range)
        guard found > 0, count.map({ $0 == found }) ?? true else {
            throw DemoEditError("\(path): expected \(count.map(String.init) ?? "some") match(es) of /\(pattern)/, found \(found)")
        }
        write(path, regex.stringByReplacingMatches(in: text, range: range, withTemplate: template))
    }

    /// Removes a top-level key of a YAML file with everything indented under it (blank lines
    /// inside the block included, the blank lines after it kept).
    func removeTopLevelKey(_ path: String, _ key: String) throws {
        var lines = try text(of: path).components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0 == key + ":" || $0.hasPrefix(key + ": ") }) else {
            throw DemoEditError("\(path): no top-level key '\(key)'")
        }
        var end = start + 1
        while end < lines.count, lines[end].isEmpty || lines[end].hasPrefix(" ") { end += 1 }
        while end > start + 1, lines[end - 1].isEmpty { end -= 1 }
        lines.removeSubrange(start..<end)
        write(path, lines.joined(separator: "\n"))
    }

    /// Deletes a file of the site folder; throws when it is not there.
    func deleteFile(_ path: String) throws {
        _ = try text(of: path)
        remove(path)
    }

    // MARK: Pages

    /// The front matter (between the `---` lines) and the body of a Markdown page.
    private func pageParts(_ path: String) throws -> (frontMatter: [String], body: String) {
        let text = try text(of: path)
        guard text.hasPrefix("---\n"), let close = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) else {
            throw DemoEditError("\(path) has no front matter")
        }
        let frontMatter = text[text.index(text.startIndex, offsetBy: 4)..<close.lowerBound].components(separatedBy: "\n")
        return (frontMatter, String(text[close.upperBound...]))
    }

    private func writePage(_ path: String, _ frontMatter: [String], _ body: String) {
        write(path, "---\n" + frontMatter.joined(separator: "\n") + "\n---\n" + body)
    }

    /// Sets a front-matter field of a page (replacing its line, or adding one).
    func setFrontMatter(_ path: String, _ key: String, _ value: String) throws {
        var (fm, body) = try pageParts(path)
        if let i = fm.firstIndex(where: { $0.hasPrefix(key + ":") }) {
            guard fm[i] != "\(key): \(value)" else { throw DemoEditError("\(path): \(key) is already \(value)") }
            fm[i] = "\(key): \(value)"
        } else {
            fm.append("\(key): \(value)")
        }
        writePage(path, fm, body)
    }

    /// Removes a front-matter field of a page; throws when the page has no such field.
    func removeFrontMatter(_ path: String, _ key: String) throws {
        var (fm, body) = try pageParts(path)
        guard let i = fm.firstIndex(where: { $0.hasPrefix(key + ":") }) else {
            throw DemoEditError("\(path) has no front-matter field '\(key)'")
        }
        fm.remove(at: i)
        writePage(path, fm, body)
    }

    /// Marks pages `draft: true` (unpublished).
    func draft(_ paths: String...) throws {
        for p in paths { try setFrontMatter(p, "draft", "true") }
    }

    /// Replaces the whole Markdown body of a page, keeping its front matter.
    func replaceBody(_ path: String, with body: String) throws {
        let (fm, old) = try pageParts(path)
        guard old != body else { throw DemoEditError("\(path): the body is already the new one") }
        writePage(path, fm, body)
    }

    // MARK: CSV

    /// Rewrites a CSV file (RFC 4180: quoted cells, doubled quotes) row by row; the header is row 0.
    func editCSV(_ path: String, _ edit: (inout [[String]]) throws -> Void) throws {
        var rows = CSVText.parse(try text(of: path))
        let before = rows
        try edit(&rows)
        guard rows != before else { throw DemoEditError("\(path): the CSV edit changed nothing") }
        write(path, CSVText.render(rows))
    }
}

/// Just enough CSV for the edits above.
enum CSVText {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); cell.unicodeScalars.append(c) } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\n" {
                row.append(cell); cell = ""
                rows.append(row); row = []
            } else if c != "\r" {
                cell.unicodeScalars.append(c)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    static func render(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { cell in
                cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    /// The index of a column by its header name.
    static func column(_ name: String, in rows: [[String]]) throws -> Int {
        guard let i = rows.first?.firstIndex(of: name) else { throw DemoEditError("the CSV has no column '\(name)'") }
        return i
    }
}

// MARK: - Auditing

/// The content errors of a check, one per line, for messages.
func describe(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(\.description).joined(separator: "\n")
}

/// Audits a site the way `sitegen check` does. Unless `contentErrorsExpected`, the site must have
/// no content errors (the edit was meant to keep the content valid and break only the evidence).
/// A site with content errors must still get its report: an audit that gives none, when the errors
/// concern only some datasets, is recorded as a failure.
func auditReport(_ site: TemporarySite, asOf: String, year: Int? = nil, contentErrorsExpected: Bool = false,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> OITReport {
    try checkSite(site, asOf: asOf, year: year, contentErrorsExpected: contentErrorsExpected, sourceLocation: sourceLocation).report
}

/// `auditReport`, with the diagnostics of the check.
func checkSite(_ site: TemporarySite, asOf: String, year: Int? = nil, contentErrorsExpected: Bool = false,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> (report: OITReport, diagnostics: [Diagnostic]) {
    let date = try #require(CalendarDate(iso: asOf), sourceLocation: sourceLocation)
    let (report, diagnostics) = SiteChecker.check(CheckOptions(source: site.content, itaYear: year, asOf: date, useCache: false))
    let errors = diagnostics.filter { $0.severity == .error }
    if !contentErrorsExpected {
        #expect(errors.isEmpty, "the edit was meant to leave the content valid, but:\n\(describe(errors))",
                sourceLocation: sourceLocation)
    }
    let found = try #require(report, """
        the audit gave no OIT report: the site has \(errors.count) content error(s), and the audit must still \
        report (the items whose evidence is at fault fail, naming the file and field):
        \(describe(errors))
        """, sourceLocation: sourceLocation)
    return (found, diagnostics)
}

extension OITReason {
    /// The reason as one line, for messages.
    var summary: String { "[\(file ?? "-") \(record ?? "") field=\(field ?? "-")] \(en)" }

    /// Whether the reason names one of `files` and, when `fields` is not empty, one of `fields`: the
    /// field whole, or as one part of a dotted path (`contact.office_hours`, `activities[5].date`,
    /// `strategies[].indicators`).
    func blames(files: [String], fields: [String]) -> Bool {
        guard let file, files.contains(file) else { return false }
        guard !fields.isEmpty else { return true }
        guard let field else { return false }
        if fields.contains(field) { return true }
        let parts = field.split(separator: ".").map { part in
            String(part.prefix { $0 != "[" })
        }
        return parts.contains(where: fields.contains)
    }
}

extension OITItemResult {
    /// Status and reasons, for messages.
    var summary: String {
        "\(item.id) \(status.rawValue)" + reasons.map { "\n    " + $0.summary }.joined()
    }
}
