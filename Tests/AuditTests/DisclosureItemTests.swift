import Audit
import Foundation
import SiteModel
import TestSupport
import Testing

/// o5–o20 on a copy of the demo site: it passes at its documented as-of date (2025-09-30), and
/// each test breaks one thing and checks the exact status and where the reason points.
@Suite struct DisclosureItemTests {
    @Test func theDemoPassesAtItsAsOfDate() throws {
        let r = try audit(TemporarySite.demoCopy())
        for result in r.results.prefix(20) {
            // o10's links can only be tried online: a person verifies them.
            #expect(result.status == (result.item.id == "o10" ? .verify : .pass), "\(result.item.id): \(result.reasons.map(\.en))")
            #expect(!result.urls.isEmpty, "\(result.item.id) has no evidence URL")
        }
    }

    func failing(_ id: String, _ site: TemporarySite, asOf: String = "2025-09-30", year: Int = 2568) throws -> OITItemResult {
        let result = try audit(site, asOf: asOf, year: year)[id]
        #expect(result.status == .fail, "\(id) should fail")
        return result
    }

    @Test func o5NeedsAPlanCoveringTheYear() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/plans/development-2566-2570.yaml", "period: 2566-2570", with: "period: 2561-2565"))
        let reason = try #require(try failing("o5", site).reasons.first)
        #expect(reason.file == "data/plans/development-2566-2570.yaml")
        #expect(reason.en.contains("2561–2565"))
    }

    @Test func o6NeedsTheSixMonthReportOnceMarchHasEnded() throws {
        let site = TemporarySite.demoCopy()
        site.write("data/plans/annual-2568.yaml", try Self.withoutProgress("data/plans/annual-2568.yaml", site))
        // Before 31 March has passed, no report is due.
        #expect(try audit(site, asOf: "2025-03-31")["o6"].status == .pass)
        let r = try failing("o6", site, asOf: "2025-04-01")
        #expect(r.reasons.map(\.field) == ["progress"])
        #expect(r.reasons.first?.file == "data/plans/annual-2568.yaml")
        #expect(r.reasons.first?.en.contains("6-month") == true)
        // After the year, one report of at least six months is what is asked for.
        #expect(try failing("o6", site, asOf: "2025-10-01").reasons.map(\.field) == ["progress"])
    }

    static func withoutProgress(_ path: String, _ site: TemporarySite) throws -> String {
        let text = try String(contentsOfFile: site.content + "/" + path, encoding: .utf8)
        guard let cut = text.range(of: "\nprogress:") else { return text }
        return String(text[..<cut.lowerBound]) + "\n"
    }

    @Test func o7NeedsThePreviousYearsReport() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/reports/annual-2567.yaml", "fiscal_year: 2567", with: "fiscal_year: 2566"))
        let reason = try #require(try failing("o7", site).reasons.first)
        #expect(reason.file == "data/reports/annual-2567.yaml" && reason.field == "fiscal_year")
        #expect(reason.en.contains("fiscal year 2567") && reason.en.contains("2566"))
    }

    @Test func o8AndO9CountOnlyTheirAudience() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/manuals/saraban.yaml", "audience: staff", with: "audience: citizen"))
        #expect(site.replace("data/manuals/complaint-intake.yaml", "audience: staff", with: "audience: citizen"))
        let r = try audit(site)
        #expect(r["o8"].status == .fail)
        #expect(r["o8"].reasons.first?.en.contains("manual") == true || r["o8"].reasons.first?.th.contains("คู่มือ") == true)
        #expect(r["o9"].status == .pass)
        // The reason says what is wrong (the audience), not that a year is.
        #expect(r["o8"].reasons.contains { $0.field == "audience" && $0.file == "data/manuals/saraban.yaml" })
        #expect(!r["o8"].reasons.contains { $0.en.contains("is not for") })
    }

    @Test func o10IsLeftToAPersonAndFailsWhenNotShown() throws {
        let ok = try audit(TemporarySite.demoCopy())["o10"]
        #expect(ok.status == .verify)
        #expect(ok.reasons.first?.en.contains("cannot be checked offline") == true)
        #expect(ok.reasons.first?.file == "data/eservices.yaml")
        let site = TemporarySite.demoCopy()
        #expect(site.replace("services/e-service.md", "data: eservices\n", with: ""))
        let reason = try #require(try failing("o10", site).reasons.first)
        #expect(reason.file == "data/eservices.yaml")
        #expect(reason.en.contains("data: eservices"))
    }

    @Test func o11NeedsEveryElapsedMonthOfEveryService() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/service-stats/2568.yaml", "      2025-09: 4\n", with: ""))
        #expect(try audit(site, asOf: "2025-09-30")["o11"].status == .pass)
        let reason = try #require(try failing("o11", site, asOf: "2025-10-01").reasons.first)
        #expect(reason.file == "data/service-stats/2568.yaml")
        #expect(reason.record == "services[1] รับชำระภาษีที่ดินและสิ่งปลูกสร้าง")
        #expect(reason.field == "2025-09")
    }

    @Test func o12NeedsMonthlySummariesOfElapsedMonths() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/procurement/2568.yaml", "  - month: 2025-09\n    published: 2025-10-08\n", with: ""))
        var csv = try String(contentsOfFile: site.content + "/data/procurement/2568-items.csv", encoding: .utf8)
        csv = csv.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(",2025-09,") }.joined(separator: "\n")
        site.write("data/procurement/2568-items.csv", csv)
        #expect(try audit(site, asOf: "2025-09-30")["o12"].status == .pass)
        let reason = try #require(try failing("o12", site, asOf: "2025-10-01").reasons.first)
        #expect(reason.file == "data/procurement/2568.yaml" && reason.record == "2025-09" && reason.field == "monthly")
    }

    @Test func o12RefusesTheWrongFiscalYear() throws {
        let site = TemporarySite.demoCopy()
        // ITA 2571 (the 2569 list, which numbers the procurement of the year o11): the demo has none.
        let r = try audit(site, asOf: "2028-09-30", year: 2571)["o11"]
        #expect(r.status == .fail)
        #expect(r.reasons.allSatisfy { $0.field == "fiscal_year" })
        #expect(r.reasons.contains { $0.file == "data/procurement/2570.yaml" })
    }

    @Test func o13AndO15NeedThePreviousYear() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/procurement/report-2567.yaml", "fiscal_year: 2567", with: "fiscal_year: 2568"))
        site.remove("data/hr/report-2567.yaml")
        site.remove("hr/report-2567.md")
        let r = try audit(site)
        #expect(r["o13"].status == .fail && r["o13"].reasons.first?.field == "fiscal_year")
        // The reports of 2568 and 2569 are there, but not that of 2567.
        #expect(r["o15"].status == .fail && r["o15"].reasons.allSatisfy { $0.field == "fiscal_year" && $0.en.contains("fiscal year 2567") })
        for year in [2568, 2569] {
            site.remove("data/hr/report-\(year).yaml")
            site.remove("hr/report-\(year).md")
        }
        #expect(try audit(site)["o15"].reasons.first?.en.contains("kind 'hr-report'") == true)
    }

    @Test func o14NeedsAPlanCoveringTheYear() throws {
        let site = TemporarySite.demoCopy()
        // The demo's HR plans run 2567–2569 and 2570–2572: an assessment of 2573 finds no plan
        // for it (the 2569 list, applied to 2573, numbers the HR plan o13).
        let r = try audit(site, asOf: "2029-09-30", year: 2573)["o13"]
        #expect(r.status == .fail)
        #expect(r.reasons.contains { $0.file == "data/hr/plan-2570-2572.yaml" && $0.field == "period" && $0.en.contains("2570–2572") })
        #expect(try audit(site, year: 2567)["o14"].status == .pass)
    }

    @Test func o16NeedsActivitiesInTheYear() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/ethics/2568.yaml", "fiscal_year: 2568", with: "fiscal_year: 2567"))
        #expect(try failing("o16", site).reasons.first?.field == "fiscal_year")
    }

    @Test func o17AndO18() throws {
        let site = TemporarySite.demoCopy()
        site.remove("data/complaints/procedure.yaml")
        site.remove("complaints/procedure.md")
        var channels = try String(contentsOfFile: site.content + "/data/complaints/channels.yaml", encoding: .utf8)
        channels = channels.replacingOccurrences(of: "corruption_only: true", with: "corruption_only: false")
        site.write("data/complaints/channels.yaml", channels)
        let r = try audit(site)
        #expect(r["o17"].status == .fail && r["o17"].reasons.first?.en.contains("complaint-procedure") == true)
        #expect(r["o18"].status == .fail)
        #expect(r["o18"].reasons.first?.field == "channels" && r["o18"].reasons.first?.file == "data/complaints/channels.yaml")
    }

    @Test func o19AcceptsZeroButNotAMissingMonth() throws {
        let ok = try audit(TemporarySite.demoCopy())["o19"]
        #expect(ok.status == .pass)
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/complaints/stats-2568.yaml", "  - month: 2025-05\n    received: 0\n    in_progress: 0\n    finished: 0\n", with: ""))
        let reason = try #require(try failing("o19", site).reasons.first)
        #expect(reason.file == "data/complaints/stats-2568.yaml" && reason.record == "2025-05" && reason.field == "months")
        #expect(try audit(site, asOf: "2025-05-31")["o19"].status == .pass)
    }

    @Test func o20NeedsActivitiesOfTheYear() throws {
        let site = TemporarySite.demoCopy()
        // ITA 2571 (the 2569 list numbers participation o19): the demo has none.
        #expect(try audit(site, asOf: "2028-09-30", year: 2571)["o19"].status == .fail)
        site.remove("participation.md")
        let reason = try #require(try failing("o20", site).reasons.first)
        #expect(reason.file == "data/participation/2568.yaml")
    }

    @Test func o2AndO3PassOnTheDemo() throws {
        let r = try audit(TemporarySite.demoCopy())
        #expect(r["o2"].urls == ["https://thungthong.example/about/executives/"])
        #expect(r["o3"].urls == ["https://thungthong.example/contact/"])
    }
}

/// o21–o28 on a copy of the demo site.
@Suite struct IntegrityItemTests {
    @Test func theDemoPassesAll28ItemsAtItsAsOfDate() throws {
        let r = try audit(TemporarySite.demoCopy())
        #expect(r.results.count == 28)
        for result in r.results {
            #expect(result.status == (result.item.id == "o10" ? .verify : .pass), "\(result.item.id): \(result.reasons.map(\.en))")
        }
    }

    @Test func o21NeedsItsPage() throws {
        let site = TemporarySite.demoCopy()
        site.remove("ita/no-gift-policy.md")
        let r = try audit(site)["o21"]
        #expect(r.status == .fail)
        #expect(r.reasons.first?.file == "data/integrity/no-gift-policy.yaml")
    }

    @Test func o22NeedsEveryElapsedMonthCovered() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/integrity/gifts-2568.yaml", "as_of: 2025-09-30", with: "as_of: 2025-06-30"))
        #expect(site.replace("data/integrity/gifts-2568.yaml", ", 2025-07, 2025-08, 2025-09]", with: "]"))
        #expect(try audit(site, asOf: "2025-07-31")["o22"].status == .pass)
        let r = try audit(site, asOf: "2025-10-01", year: 2568)["o22"]
        #expect(r.status == .fail)
        let reason = try #require(r.reasons.first)
        #expect(reason.file == "data/integrity/gifts-2568.yaml" && reason.record == "2025-07")
        #expect(reason.en.contains("2025-07, 2025-08, 2025-09"))
    }

    @Test func o23AndO27AreForTheAssessedYear() throws {
        let site = TemporarySite.demoCopy()
        // ITA 2571 (the 2569 list numbers them o21 and o25): the demo's end with 2570.
        let r = try audit(site, asOf: "2028-09-30", year: 2571)
        #expect(r["o21"].status == .fail && r["o21"].reasons.allSatisfy { $0.field == "fiscal_year" })
        #expect(r["o25"].status == .fail && r["o25"].reasons.contains { $0.file == "data/integrity/measures-2570.yaml" })
    }

    @Test func o24NeedsAnOutcomeForEveryAssessedRisk() throws {
        let site = TemporarySite.demoCopy()
        let path = "data/integrity/risk-report-2567.yaml"
        let text = try String(contentsOfFile: site.content + "/" + path, encoding: .utf8)
        let cut = try #require(text.range(of: "  - risk: 6"))
        site.write(path, String(text[..<cut.lowerBound]))
        let r = try audit(site)["o24"]
        #expect(r.status == .fail)
        #expect(r.reasons.first?.record == "risk 6" && r.reasons.first?.field == "outcomes" && r.reasons.first?.file == path)
    }

    @Test func o25NeedsAPlanWhoseYearsIncludeTheAssessedYear() throws {
        // ITA 2571 (the 2569 list) numbers the plan o23.
        let r = try audit(TemporarySite.demoCopy(), asOf: "2028-09-30", year: 2571)["o23"]
        #expect(r.status == .fail)
        #expect(r.reasons.first?.file == "data/anti-corruption-plan-2566-2570.yaml" && r.reasons.first?.field == "fiscal_years")
        #expect(r.reasons.first?.en.contains("2566–2570") == true)
    }

    @Test func o26AndO28AreForThePreviousYear() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/integrity/measures-report-2567.yaml", "fiscal_year: 2567", with: "fiscal_year: 2568"))
        let r = try audit(site)
        #expect(r["o28"].status == .fail && r["o28"].reasons.first?.field == "fiscal_year")
        // ITA 2571 (the 2569 list numbers the anti-corruption report o24) needs the report on 2570.
        let next = try audit(TemporarySite.demoCopy(), asOf: "2028-09-30", year: 2571)
        #expect(next["o24"].status == .fail)
        #expect(next["o24"].reasons.first?.en.contains("fiscal year 2570") == true)
    }
}
