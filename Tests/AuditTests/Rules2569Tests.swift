import Audit
import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// The rules ITA 2569 changed, each passing and failing, on the demo (FY 2568 data) with the
/// rule given as a site's `ita_rules`: rules are data, so the same check serves any year.
@Suite struct Rules2569Tests {
    func withRule(_ site: TemporarySite, _ id: String, _ rule: String) {
        #expect(site.replace("site.yaml", "ita_year: 2568\n", with: "ita_year: 2568\nita_rules:\n  \(id): \(rule)\n"))
    }

    func result(_ site: TemporarySite, _ id: String, asOf: String = "2025-09-30") throws -> OITItemResult {
        try audit(site, asOf: asOf, year: 2568)[id]
    }

    /// Usage figures for every month of FY 2568 up to `through` (exclusive), for each service.
    func usage(through last: Int) -> String {
        let months = FiscalYear(buddhistYear: 2568).months.prefix(last)
        return "    usage: {" + months.map { "\($0.iso): \($0.month * 3)" }.joined(separator: ", ") + "}\n"
    }

    @Test func o3NeedsAChannelForQuestions() throws {
        let site = auditSite()
        withRule(site, "o3", "{check: contact, inquiry: required}")
        let missing = try result(site, "o3")
        #expect(missing.status == .fail)
        #expect(missing.reasons.contains { $0.file == "site.yaml" && $0.field == "contact.inquiry" })
        #expect(site.replace("site.yaml", "  channels:", with: "  inquiry:\n    - {kind: qa, name: ถาม–ตอบ, page: /contact/}\n  channels:"))
        #expect(try result(site, "o3").status == .pass)
        // A page that is not published does not answer anyone.
        #expect(site.replace("site.yaml", "page: /contact/}", with: "page: /faq/}"))
        let dead = try result(site, "o3")
        #expect(dead.status == .fail && dead.reasons.contains { $0.field == "page" && $0.record == "contact.inquiry[1]" })
    }

    /// A mistake in the contact data is o3's evidence; one elsewhere in site.yaml is not.
    @Test func anErrorInTheContactDataFailsO3Only() throws {
        let site = auditSite()
        withRule(site, "o3", "{check: contact, inquiry: required}")
        #expect(site.replace("site.yaml", "  channels:", with: "  inquiry:\n    - {kind: chat, name: ไลน์}\n  channels:"))
        let (report, diagnostics) = SiteChecker.check(CheckOptions(source: site.content, itaYear: 2568,
                                                                   asOf: CalendarDate(iso: "2025-09-30")!, useCache: false))
        #expect(diagnostics.contains { $0.severity == .error && $0.field == "contact.inquiry[1].url" })
        let r = try #require(report)
        #expect(r["o3"].status == .fail && r["o3"].reasons.contains { $0.field == "contact.inquiry[1].url" })
        #expect(r["o1"].status == .pass && r["o2"].status == .pass)
    }

    @Test func inquiryChannelsAreShownOnTheContactPage() throws {
        let site = auditSite()
        #expect(site.replace("site.yaml", "  channels:", with: "  inquiry:\n    - {kind: form, name: แบบฟอร์มสอบถาม, url: https://forms.test.example/q}\n  channels:"))
        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                                    buildDate: CalendarDate(iso: "2025-09-30")!))
        #expect(result.succeeded, "\(result.diagnostics)")
        let html = try #require(site.read("contact/index.html"))
        #expect(html.contains("ช่องทางการสอบถาม") && html.contains(#"<a href="https://forms.test.example/q">แบบฟอร์มสอบถาม</a>"#))
    }

    /// The demo as assessed for ITA 2569 at the end of FY 2569, with the catalogue as shipped.
    func demo2569(_ site: TemporarySite, _ id: String, asOf: String = "2026-09-30") throws -> OITItemResult {
        try audit(site, asOf: asOf, year: 2569)[id]
    }

    /// Drops every line of a data file that starts with one of the prefixes, with the indented
    /// lines that follow it.
    func dropBlocks(_ site: TemporarySite, _ path: String, _ prefixes: [String]) throws {
        let text = try String(contentsOfFile: site.content + "/" + path, encoding: .utf8)
        var out: [Substring] = []
        var dropping: Int? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            if let d = dropping, indent > d { continue }
            dropping = nil
            if prefixes.contains(where: { line.hasPrefix($0) }) { dropping = indent; continue }
            out.append(line)
        }
        let result = out.joined(separator: "\n")
        #expect(result != text, "nothing dropped from \(path)")
        site.write(path, result)
    }

    @Test func o3OfTheDemoHasItsChannelsForQuestions() throws {
        let site = TemporarySite.demoCopy()
        #expect(try demo2569(site, "o3").status == .pass)
        try dropBlocks(site, "site.yaml", ["  inquiry:"])
        let r = try demo2569(site, "o3")
        #expect(r.status == .fail && r.reasons.contains { $0.file == "site.yaml" && $0.field == "contact.inquiry" })
    }

    @Test func o10NeedsUsageFiguresOfEveryMonthDue() throws {
        let site = TemporarySite.demoCopy()
        // The links are always left to a person.
        #expect(try demo2569(site, "o10").status == .verify)
        // Without September 2026, the item waits for it until the month has ended.
        #expect(site.replace("data/eservices.yaml", "      2026-09: 19\n", with: ""))
        #expect(try demo2569(site, "o10").status == .verify)
        let late = try demo2569(site, "o10", asOf: "2026-10-01")
        #expect(late.status == .fail && late.reasons.contains { $0.field == "usage" && $0.en.contains("2026-09") && $0.record?.hasPrefix("services[4]") == true })
        try dropBlocks(site, "data/eservices.yaml", ["    usage:"])
        let none = try demo2569(site, "o10")
        #expect(none.status == .fail)
        #expect(none.reasons.contains { $0.file == "data/eservices.yaml" && $0.field == "usage" && $0.record?.hasPrefix("services[1]") == true })
    }

    @Test func eServiceUsageIsPublishedAsATablePerYear() throws {
        let site = TemporarySite.demoCopy()
        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                                    buildDate: CalendarDate(iso: "2026-12-05")!))
        #expect(result.succeeded, "\(result.diagnostics)")
        let html = try #require(site.read("services/e-service/index.html"))
        for year in ["๒๕๗๐", "๒๕๖๙", "๒๕๖๘"] {
            #expect(html.contains("สถิติการใช้บริการออนไลน์ ปีงบประมาณ พ.ศ. \(year)"))
        }
        // Newest first; the year in progress shows its months to come as missing.
        let y2570 = try #require(html.range(of: "ปีงบประมาณ พ.ศ. ๒๕๗๐"))
        let y2569 = try #require(html.range(of: "ปีงบประมาณ พ.ศ. ๒๕๖๙"))
        #expect(y2570.lowerBound < y2569.lowerBound)
        #expect(html.contains("ไม่มีข้อมูลเดือนธันวาคม ๒๕๖๙"))
        #expect(html.contains("รวม (คำนวณ)"))
    }

    @Test func o13NeedsTheHRCriteria() throws {
        let site = TemporarySite.demoCopy()
        #expect(try demo2569(site, "o13").status == .pass)
        try dropBlocks(site, "data/hr/plan-2567-2569.yaml", ["  - topic: promotion"])
        let three = try demo2569(site, "o13")
        #expect(three.status == .fail && three.reasons.contains { $0.field == "criteria" && $0.en.contains("promotion") && !$0.en.contains("recruitment") })
        try dropBlocks(site, "data/hr/plan-2567-2569.yaml", ["criteria:"])
        let none = try demo2569(site, "o13")
        #expect(none.status == .fail && none.reasons.contains { $0.file == "data/hr/plan-2567-2569.yaml" && $0.field == "criteria" })
    }

    @Test func o20NeedsKnowledgeBuildingAndTheGiftRegister() throws {
        let site = TemporarySite.demoCopy()
        let ok = try demo2569(site, "o20")
        #expect(ok.status == .pass)
        #expect(ok.urls.contains { $0.hasSuffix("/ita/gift-register-2569/") } && ok.urls.contains { $0.hasSuffix("/ita/no-gift-policy/") })
        // The register of the year is part of the item now.
        site.remove("ita/gift-register-2569.md")
        let noRegister = try demo2569(site, "o20")
        #expect(noRegister.status == .fail && noRegister.reasons.contains { $0.file == "data/integrity/gifts-2569.yaml" })
        let other = TemporarySite.demoCopy()
        try dropBlocks(other, "data/integrity/no-gift-policy.yaml", ["knowledge:"])
        let none = try demo2569(other, "o20")
        #expect(none.status == .fail && none.reasons.contains { $0.field == "knowledge" && $0.file == "data/integrity/no-gift-policy.yaml" })
    }

    @Test func o19NeedsTheResultsOfParticipation() throws {
        let site = TemporarySite.demoCopy()
        #expect(try demo2569(site, "o19").status == .pass)
        try dropBlocks(site, "data/participation/2569.yaml", ["    outcome:"])
        let none = try demo2569(site, "o19")
        #expect(none.status == .fail && none.reasons.contains { $0.field == "outcome" && $0.file == "data/participation/2569.yaml" })
    }
}
