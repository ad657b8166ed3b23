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

    @Test func inquiryChannelsAreShownOnTheContactPage() throws {
        let site = auditSite()
        #expect(site.replace("site.yaml", "  channels:", with: "  inquiry:\n    - {kind: form, name: แบบฟอร์มสอบถาม, url: https://forms.test.example/q}\n  channels:"))
        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                                    buildDate: CalendarDate(iso: "2025-09-30")!))
        #expect(result.succeeded, "\(result.diagnostics)")
        let html = try #require(site.read("contact/index.html"))
        #expect(html.contains("ช่องทางการสอบถาม") && html.contains(#"<a href="https://forms.test.example/q">แบบฟอร์มสอบถาม</a>"#))
    }

    @Test func o10NeedsUsageFiguresOfEveryMonthDue() throws {
        let site = TemporarySite.demoCopy()
        withRule(site, "o10", "{check: eservices, year: current, usage: elapsed}")
        let none = try result(site, "o10")
        #expect(none.status == .fail)
        #expect(none.reasons.contains { $0.file == "data/eservices.yaml" && $0.field == "usage" && $0.record?.hasPrefix("services[1]") == true })
        // Eleven months given at 2025-09-30 (September has not ended): the links are left to a person.
        #expect(site.replace("data/eservices.yaml", "    channel: web_form\n", with: "    channel: web_form\n" + usage(through: 11)))
        #expect(try result(site, "o10").status == .verify)
        // On 1 October September is due too.
        let late = try result(site, "o10", asOf: "2025-10-01")
        #expect(late.status == .fail && late.reasons.contains { $0.en.contains("2025-09") })
    }

    @Test func eServiceUsageIsPublishedAsATablePerYear() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/eservices.yaml", "    channel: web_form\n", with: "    channel: web_form\n" + usage(through: 2)))
        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                                    buildDate: CalendarDate(iso: "2025-09-30")!))
        #expect(result.succeeded, "\(result.diagnostics)")
        let html = try #require(site.read("services/e-service/index.html"))
        #expect(html.contains("สถิติการใช้บริการออนไลน์ ปีงบประมาณ พ.ศ. ๒๕๖๘"))
        // October 30, November 33, and their computed total.
        #expect(html.contains(#"<td class="num">๓๐</td><td class="num">๓๓</td>"#))
        #expect(html.contains(#"<td class="num">๖๓</td>"#))
    }

    @Test func o14NeedsTheHRCriteria() throws {
        let site = TemporarySite.demoCopy()
        withRule(site, "o14", "{check: hr-plan, year: covers, criteria: [recruitment, appointment, evaluation, promotion]}")
        let none = try result(site, "o14")
        #expect(none.status == .fail && none.reasons.contains { $0.file == "data/hr/plan-2567-2569.yaml" && $0.field == "criteria" })
        let criteria = """
            criteria:
              - {topic: recruitment, title: หลักเกณฑ์การสรรหา, text: สอบแข่งขันตามประกาศ ก.อบต.}
              - {topic: appointment, title: หลักเกณฑ์การบรรจุ, text: บรรจุตามลำดับที่สอบได้}
              - {topic: evaluation, title: หลักเกณฑ์การประเมิน, text: ประเมินปีละ ๒ ครั้ง}

            """
        #expect(site.replace("data/hr/plan-2567-2569.yaml", "strategies:", with: criteria + "strategies:"))
        let three = try result(site, "o14")
        #expect(three.status == .fail && three.reasons.contains { $0.field == "criteria" && $0.en.contains("promotion") && !$0.en.contains("recruitment") })
        #expect(site.replace("data/hr/plan-2567-2569.yaml", "strategies:", with: "  - {topic: promotion, title: หลักเกณฑ์การเลื่อนระดับ, page: /hr/plan/}\nstrategies:"))
        #expect(try result(site, "o14").status == .pass)
    }

    @Test func o21NeedsKnowledgeBuildingAndTheGiftRegister() throws {
        let site = TemporarySite.demoCopy()
        withRule(site, "o21", "{check: no-gift-policy, knowledge: current, register: current}")
        let none = try result(site, "o21")
        #expect(none.status == .fail && none.reasons.contains { $0.field == "knowledge" && $0.file == "data/integrity/no-gift-policy.yaml" })
        let knowledge = """
            knowledge:
              - name: อบรมหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ตามมาตรา ๑๒๘
                date: 2025-02-12
                participants: บุคลากรทุกคน
                description: วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดบรรยายหลักเกณฑ์และตัวอย่างกรณี

            """
        #expect(site.replace("data/integrity/no-gift-policy.yaml", "activities:", with: knowledge + "activities:"))
        let ok = try result(site, "o21")
        #expect(ok.status == .pass)
        #expect(ok.urls.contains { $0.hasSuffix("/ita/gift-register-2568/") })
        // The register of the year is part of the item now.
        site.remove("ita/gift-register-2568.md")
        let noRegister = try result(site, "o21")
        #expect(noRegister.status == .fail && noRegister.reasons.contains { $0.file == "data/integrity/gifts-2568.yaml" })
    }

    @Test func o20NeedsTheResultsOfParticipation() throws {
        let site = TemporarySite.demoCopy()
        withRule(site, "o20", "{check: participation, year: current, results: required}")
        #expect(try result(site, "o20").status == .pass)
        let text = try String(contentsOfFile: site.content + "/data/participation/2568.yaml", encoding: .utf8)
        site.write("data/participation/2568.yaml", text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("    outcome:") }.joined(separator: "\n"))
        let none = try result(site, "o20")
        #expect(none.status == .fail && none.reasons.contains { $0.field == "outcome" && $0.file == "data/participation/2568.yaml" })
    }
}
