import Audit
import Foundation
import SiteModel
import TestSupport
import Testing

/// o1–o4: one passing case and the ways each fails, with the file, record and field at fault.
@Suite struct BasicItemTests {
    @Test func theBaselinePassesO1ToO4() throws {
        let r = try audit(auditSite())
        for id in ["o1", "o2", "o3", "o4"] {
            #expect(r[id].status == .pass, "\(id): \(r[id].reasons.map(\.en))")
        }
        #expect(r["o1"].urls == ["https://test.example/about/structure/", "https://test.example/about/powers/"])
        #expect(r["o4"].urls == ["https://test.example/news/", "https://test.example/news/2568/"])
    }

    @Test func o1FailsWithoutStructureOrHeadOrPowersPage() throws {
        let noData = auditSite()
        try FileManager.default.removeItem(atPath: noData.content + "/data/structure.yaml")
        noData.page("about/structure.md", title: "โครงสร้าง")
        let r1 = try audit(noData)
        #expect(r1["o1"].status == .fail)
        #expect(r1["o1"].reasons.first?.en.contains("kind 'structure'") == true)

        let noHead = auditSite()
        noHead.write("data/structure.yaml", "kind: structure\nunits:\n  - name: สำนักปลัด\n  - name: กองคลัง\n    head: ผอ.\n")
        let reason = try #require(try audit(noHead)["o1"].reasons.first)
        #expect(reason.file == "data/structure.yaml" && reason.record == "units[1]" && reason.field == "head")

        let noPowers = auditSite()
        noPowers.page("about/powers.md", title: "อำนาจหน้าที่", body: "ไม่มีหัวข้อ", extra: "oit: [o1]\n")
        #expect(try audit(noPowers)["o1"].status == .fail)

        let notShown = auditSite()
        notShown.page("about/structure.md", title: "โครงสร้าง")
        let shown = try audit(notShown)["o1"]
        #expect(shown.status == .fail)
        #expect(shown.reasons.first?.file == "data/structure.yaml")
        #expect(shown.reasons.first?.en.contains("data: structure") == true)
    }

    @Test func o2FailsOnAMissingPhotoContactOrClerk() throws {
        let site = auditSite()
        site.write("data/executives.yaml", """
            kind: executives
            executives:
              - name: นายก
                position: นายกองค์การบริหารส่วนตำบล
                phone: 08-1000-0001
              - name: รองนายก
                position: รองนายก
                photo: files/a.jpg

            """)
        let r = try audit(site)["o2"]
        #expect(r.status == .fail)
        let fields = r.reasons.map { "\($0.file ?? ""):\($0.line ?? 0):\($0.record ?? ""):\($0.field ?? "")" }
        #expect(fields == ["data/executives.yaml:3:executives[1] นายก:photo",
                           "data/executives.yaml:6:executives[2] รองนายก:phone",
                           "data/executives.yaml:1::executives"])
    }

    @Test func o3FailsOnEachMissingPart() throws {
        let site = auditSite()
        var config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        config = config.replacingOccurrences(of: "  map: {latitude: \"14.1\", longitude: \"99.7\"}\n", with: "")
            .replacingOccurrences(of: "  email: a@test.example\n", with: "")
        site.write("site.yaml", config)
        let r = try audit(site)["o3"]
        #expect(r.status == .fail)
        #expect(r.reasons.map(\.field) == ["contact.email", "contact.map"])
        #expect(r.reasons.allSatisfy { $0.file == "site.yaml" })
    }

    @Test func o4NeedsNewsInsideTheFiscalYearAcrossTheBoundary() throws {
        // 30 September 2024 belongs to FY 2567; 1 October 2024 to FY 2568.
        let before = auditSite()
        before.page("news/a.md", title: "ข่าว ก", extra: "date: 2024-09-30\n")
        let r = try audit(before)["o4"]
        #expect(r.status == .fail)
        #expect(r.reasons.first?.en.contains("2024-10-01 to 2025-09-30") == true)
        #expect(try audit(before, year: 2567)["o4"].status == .pass)

        let after = auditSite()
        after.page("news/a.md", title: "ข่าว ก", extra: "date: 2025-09-30\n")
        #expect(try audit(after)["o4"].status == .pass)
        after.page("news/a.md", title: "ข่าว ก", extra: "date: 2025-10-01\n")
        #expect(try audit(after)["o4"].status == .fail)
    }

    /// The year in progress unless --ita-year says otherwise; a pinned year (site.yaml) only while
    /// it is not past, and a past one is said in the report.
    @Test func defaultYearIsTheYearInProgressAndAPastPinIsReported() throws {
        let site = auditSite()
        let pinned = try audit(site, asOf: "2025-09-30")
        #expect(pinned.itaYear == 2568 && pinned.warnings.isEmpty)
        let stale = try audit(site, asOf: "2026-01-01")
        #expect(stale.itaYear == 2569)
        let warning = try #require(stale.warnings.first)
        #expect(warning.file == "site.yaml" && warning.field == "ita_year")
        #expect(warning.en.contains("2568") && warning.en.contains("2569"))
        for format in ReportFormat.allCases { #expect(format.render(stale).contains("2569 is in progress")) }
        let asked = try audit(site, asOf: "2026-01-01", year: 2568)
        #expect(asked.itaYear == 2568 && asked.warnings.first?.field == "--ita-year")
        var config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        config = config.replacingOccurrences(of: "ita_year: 2568\n", with: "")
        site.write("site.yaml", config)
        #expect(try audit(site, asOf: "2025-09-30").itaYear == 2568)
        #expect(try audit(site, asOf: "2025-10-01").itaYear == 2569)
    }

    @Test func aSiteRuleOverrideIsUsed() throws {
        let site = auditSite()
        var config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        config += "ita_rules:\n  o10: {check: news, year: current}\n"
        site.write("site.yaml", config)
        #expect(try audit(site)["o10"].status == .pass)
    }
}
