import Audit
import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// The report is made whatever the site holds, and says everything that decides an item.
@Suite struct ReportRobustnessTests {
    func check(_ site: TemporarySite, asOf: String = "2025-09-30", year: Int? = 2568) -> (OITReport?, [Diagnostic]) {
        SiteChecker.check(CheckOptions(source: site.content, itaYear: year, asOf: CalendarDate(iso: asOf)!, useCache: false))
    }

    @Test func aSiteWithErrorsIsStillReportedAndTheItemsTheyConcernFail() throws {
        let site = TemporarySite.demoCopy()
        // A YAML syntax error: the executives cannot be read at all.
        #expect(site.replace("data/executives.yaml", "executives:\n", with: "executives: [\n"))
        let (report, diagnostics) = check(site)
        #expect(diagnostics.contains { $0.severity == .error && $0.file == "data/executives.yaml" })
        let r = try #require(report)
        #expect(r["o2"].status == .fail)
        #expect(r["o2"].reasons.contains { $0.file == "data/executives.yaml" && $0.en.contains("could not be read") })
        #expect(r["o2"].reasons.contains { $0.file == "data/executives.yaml" && $0.en.hasPrefix("an error in this evidence") })
        // The other items are judged as usual.
        #expect(r["o1"].status == .pass && r["o3"].status == .pass && r["o28"].status == .pass)
    }

    @Test func anErrorInsideAReadableDatasetFailsItsItem() throws {
        let site = TemporarySite.demoCopy()
        #expect(site.replace("data/reports/annual-2567.yaml", "fiscal_year: 2567", with: "fiscal_year: 2567\nunknown_field: x"))
        let (report, diagnostics) = check(site)
        #expect(diagnostics.contains { $0.severity == .error && $0.field == "unknown_field" })
        let o7 = try #require(report)["o7"]
        #expect(o7.status == .fail)
        #expect(o7.reasons.contains { $0.file == "data/reports/annual-2567.yaml" && $0.field == "unknown_field" })
    }

    @Test func errorsNoItemExplainsAreReportedForTheWholeReport() throws {
        let site = TemporarySite.demoCopy()
        site.write("about/broken.md", "---\ntitle: [\n---\nข้อความ\n")
        let r = try #require(check(site).0)
        let warning = try #require(r.warnings.first)
        #expect(warning.file == "about/broken.md")
        #expect(ReportFormat.json.render(r).contains("about/broken.md"))
        #expect(ReportFormat.csv.render(r).hasPrefix("item,title,has,urls,explanation,status,reason\nwarning,"))
    }

    @Test func aSiteYAMLThatCannotBeReadFailsEveryItemWithItsError() throws {
        let site = TemporarySite.demoCopy()
        site.write("site.yaml", "title: [\n")
        let r = try #require(check(site).0)
        #expect(r.results.count == 28)
        #expect(r.results.allSatisfy { $0.status == .fail && $0.reasons.first?.file == "site.yaml" })
    }

    @Test func aWarningOnAnItemsEvidenceKeepsItFromPassing() throws {
        let site = TemporarySite.demoCopy()
        // A B.E. year in a date is read (converted) with a warning: a person should look.
        #expect(site.replace("data/integrity/no-gift-policy.yaml", "date: 2024-", with: "date: 2567-"))
        let (report, diagnostics) = check(site)
        let warning = try #require(diagnostics.first { $0.severity == .warning && $0.file == "data/integrity/no-gift-policy.yaml" })
        let o21 = try #require(report)["o21"]
        #expect(o21.status == .verify)
        #expect(o21.reasons.contains { $0.file == warning.file && $0.line == warning.line && $0.en.contains(warning.message) })
        // Under --strict the warning is an error, and the item fails.
        let strict = SiteChecker.check(CheckOptions(source: site.content, itaYear: 2568, asOf: CalendarDate(iso: "2025-09-30")!,
                                                    strict: true, useCache: false)).0
        #expect(strict?["o21"].status == .fail)
    }

    @Test func theCatalogueRefusesAnUnknownCheckOrYear() throws {
        let text = String(decoding: try #require(FileManager.default.contents(atPath: TemporarySite.repository + "/Sources/Audit/Catalogues/oit-2568.yaml")), as: UTF8.self)
        for (old, new, field, hint) in [
            ("check: executives\n", "check: executivs\n", "items.o2.rule.check", "Did you mean 'executives'?"),
            ("    year: previous\n", "    year: prevous\n", "rule.year", "Did you mean 'previous'?"),
            ("    - deputy_chief_executive\n", "    - deputy\n", "items.o2.rule.roles", "chief_executive"),
        ] {
            #expect(text.contains(old))
            switch OITCatalogue.parse(text.replacingOccurrences(of: old, with: new), file: "oit.yaml") {
            case .success: Issue.record("'\(new)' was accepted")
            case .failure(let d):
                #expect(d.field == field, "\(new)")
                #expect(d.hint?.contains(hint) == true, "\(d)")
            }
        }
    }

    @Test func siteRulesWithAnUnknownCheckAreErrors() throws {
        let site = auditSite()
        #expect(site.replace("site.yaml", "ita_year: 2568\n", with: "ita_year: 2568\nita_rules:\n  o10: {check: eservice}\n"))
        let diagnostics = check(site).1
        let d = try #require(diagnostics.first { $0.field == "ita_rules.o10.check" })
        #expect(d.severity == .error && d.hint?.contains("Did you mean 'eservices'?") == true)
    }

    @Test func headingSectionsCountTextInSubsections() {
        let sections = Auditor.headingSections(of: "intro\n## อำนาจหน้าที่\n### มาตรา ๖๖\nข้อความ\n## ว่าง\n- \n## ท้าย\n")
        #expect(sections.map(\.hasText) == [true, true, false, false])
        #expect(Auditor.headingSections(of: "## อำนาจหน้าที่\n").map(\.hasText) == [false])
    }
}
