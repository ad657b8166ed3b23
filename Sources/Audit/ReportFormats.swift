import Foundation
import ThaiText

/// The OIT report as text for a terminal, JSON for programs, CSV for the assessment system.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, csv

    public func render(_ report: OITReport) -> String {
        switch self {
        case .text: return ReportText.render(report)
        case .json: return ReportJSON.render(report)
        case .csv: return ReportCSV.render(report)
        }
    }
}

enum ReportText {
    static func render(_ r: OITReport) -> String {
        // sitegen's own words in Thai first and English beneath, as the reasons are written.
        let provisional = r.catalogueStatus == .provisional
        var out = "ผลการตรวจตามข้อ OIT ของ ITA \(r.itaYear) — \(r.siteTitle) — ณ วันที่ \(ThaiFormatter.thai.date(r.asOf))\n"
        out += "OIT \(r.itaYear) — \(r.siteTitle) — as of \(r.asOf.iso) (\(ThaiFormatter.thai.date(r.asOf)))\n"
        out += "รายการข้อ: ITA \(r.catalogue.itaYear) จำนวน \(r.results.count) ข้อ" + (provisional ? " (รายการเบื้องต้น)" : "") + "\n"
        out += "catalogue: ITA \(r.catalogue.itaYear), \(r.results.count) items, \(r.catalogueStatus.rawValue)\n\n"
        for warning in r.warnings {
            out += "!! \(warning.th)\n   \(warning.en)\n"
        }
        if !r.warnings.isEmpty { out += "\n" }
        for result in r.results {
            let mark = result.status.rawValue.uppercased().padding(toLength: 6, withPad: " ", startingAt: 0)
            out += "\(result.item.id.padding(toLength: 4, withPad: " ", startingAt: 0)) \(mark) \(result.title)\n"
            if result.status != .pass, let first = result.reasons.first {
                out += "            \(first.th)\n"
            }
        }
        out += "\nผ่าน \(r.count(.pass)) · ไม่ผ่าน \(r.count(.fail)) · ต้องตรวจสอบ \(r.count(.verify)) จาก \(r.results.count) ข้อ\n"
        out += "pass \(r.count(.pass)) · fail \(r.count(.fail)) · verify \(r.count(.verify)) of \(r.results.count)\n"
        let problems = r.results.filter { $0.status != .pass }
        if !problems.isEmpty { out += "\nรายละเอียดข้อที่ไม่ผ่านหรือต้องตรวจสอบ (Details)\n" }
        for result in problems {
            out += "\n\(result.item.id) \(result.status.rawValue) (\(result.status.thai)): \(result.title)\n"
            let rule = result.item.rule
            if !rule.needsTH.isEmpty { out += "  ต้องมี: \(rule.needsTH)\n" }
            if !rule.needsEN.isEmpty { out += "  needs: \(rule.needsEN)\n" }
            for reason in result.reasons {
                out += "  - \(reason.th)\n    \(reason.en)\n"
                if let location = reason.location { out += "    at \(location)\n" }
            }
            for url in result.urls { out += "  evidence: \(url)\n" }
        }
        return out
    }
}

/// Schema `sitegen-oit-report/1` (docs/oit-report.md).
enum ReportJSON {
    static func render(_ r: OITReport) -> String {
        OITReportDocument(r).encodedText()
    }
}

/// The JSON document of one report, schema `sitegen-oit-report/1` (docs/oit-report.md), as a
/// value: `check --format json` prints it, `check --sites` nests it once per site, and
/// `report merge` reads it back and writes it again unchanged.
public struct OITReportDocument: Codable, Sendable, Equatable {
    public static let schemaName = "sitegen-oit-report/1"

    public var schema: String
    public var site: Site
    public var itaYear: Int
    public var asOf: String
    public var catalogue: Catalogue
    public var summary: [String: Int]
    public var warnings: [OITReason]
    public var items: [Item]
    enum CodingKeys: String, CodingKey { case schema, site, itaYear = "ita_year", asOf = "as_of", catalogue, summary, warnings, items }

    /// The item list applied: its own year, whether it is the NACC's (`official`) or known
    /// otherwise or applied to another year (`provisional`), and where it comes from.
    public struct Catalogue: Codable, Sendable, Equatable {
        public var year: Int
        public var status: String
        public var source: String
        public var items: Int
    }
    public struct Site: Codable, Sendable, Equatable {
        public var title: String
        public var baseURL: String
        enum CodingKeys: String, CodingKey { case title, baseURL = "base_url" }
    }
    public struct Item: Codable, Sendable, Equatable {
        public var id: String
        public var indicator: Int
        public var title: String
        public var titleEN: String
        public var status: String
        public var reasons: [OITReason]
        public var urls: [String]
        enum CodingKeys: String, CodingKey { case id, indicator, title, titleEN = "title_en", status, reasons, urls }

        /// What the assessment system calls มี: the item does not fail and has evidence URLs.
        public var hasEvidence: Bool { status != OITStatus.fail.rawValue && !urls.isEmpty }
    }

    public init(_ r: OITReport) {
        schema = Self.schemaName
        site = Site(title: r.siteTitle, baseURL: r.baseURL)
        itaYear = r.itaYear
        asOf = r.asOf.iso
        catalogue = Catalogue(year: r.catalogue.itaYear, status: r.catalogueStatus.rawValue,
                              source: r.catalogue.source.isEmpty ? "built-in catalogue \(r.catalogue.file)" : r.catalogue.source,
                              items: r.results.count)
        summary = Dictionary(uniqueKeysWithValues: OITStatus.allCases.map { ($0.rawValue, r.count($0)) })
        warnings = r.warnings
        items = r.results.map {
            Item(id: $0.item.id, indicator: $0.item.indicator, title: $0.title, titleEN: $0.item.titleEN(forAssessmentYear: r.itaYear),
                 status: $0.status.rawValue, reasons: $0.reasons, urls: $0.urls)
        }
    }

    /// The encoder of every sitegen JSON document: two-space indentation, keys sorted, slashes as
    /// they are. Output made with it is the same bytes for the same value.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The document as printed by `sitegen check --format json`, with a final line break.
    public func encodedText() -> String {
        guard let data = try? Self.encoder().encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

public enum ReportCSV {
    static func render(_ r: OITReport) -> String {
        // The assessment system asks per item: มี/ไม่มี, the URLs and a short explanation; status and
        // reason follow for the agency's own work.
        var out = "item,title,has,urls,explanation,status,reason\n"
        // What concerns the whole report comes first, in rows of their own.
        for warning in r.warnings {
            out += ["warning", warning.th, "", "", "", "warning", warning.en].map(field).joined(separator: ",") + "\n"
        }
        for result in r.results {
            let reason = result.status == .pass ? "" : (result.reasons.first?.th ?? "")
            let has = result.hasEvidence
            let pages = result.paths.map { result.pathTitles[$0] ?? $0 }
            let explanation = has ? "เผยแพร่ที่ " + pages.joined(separator: ", ") : reason
            out += [result.item.id, result.title, has ? "มี" : "ไม่มี", result.urls.joined(separator: "\n"), explanation,
                    result.status.rawValue, reason]
                .map(field).joined(separator: ",") + "\n"
        }
        return out
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
    public static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
