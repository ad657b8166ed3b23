@testable import Audit
import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// ITA 2569 and the years after it: the catalogue as data, its provisional status in every
/// output, the year in progress, and a year without its own list.
@Suite struct AssessmentYearTests {
    let c2569 = OITCatalogue.builtIn(year: 2569)!

    @Test func the2569CatalogueHas26ItemsAndSaysItIsProvisional() {
        #expect(c2569.items.map(\.id) == (1...26).map { "o\($0)" })
        #expect(c2569.indicators.map(\.items.count) == [19, 7])
        #expect(c2569.status == .provisional && c2569.source.contains("NACC"))
        #expect(c2569.replacesYear == 2568)
        #expect(OITCatalogue.builtIn(year: 2568)?.status == .official)
    }

    /// Titles as the source prints them (Arabic digits), and in the site's digits.
    @Test func titlesRoundTripForTheirYear() throws {
        for item in c2569.items {
            #expect(Array(item.title(forAssessmentYear: 2569, digits: .arabic).utf8) == Array(item.officialTitleTH.utf8), "\(item.id)")
        }
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/domain/oit-2569.yaml").path
        if let text = try? String(contentsOfFile: shared, encoding: .utf8) {
            for item in c2569.items {
                #expect(text.contains("title_th: \"\(item.title(forAssessmentYear: 2569, digits: .arabic))\""), "\(item.id) differs from shared/domain")
            }
        }
        let o11 = try #require(c2569.items.first { $0.id == "o11" })
        #expect(o11.title(forAssessmentYear: 2570) == "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐")
        let o24 = try #require(c2569.items.first { $0.id == "o24" })
        #expect(o24.title(forAssessmentYear: 2570) == "รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. ๒๕๖๙")
        #expect(o24.titleEN(forAssessmentYear: 2570) == "Report on anti-corruption actions, B.E. 2569")
        let c2568 = try #require(OITCatalogue.builtIn(year: 2568))
        let o6 = try #require(c2568.items.first { $0.id == "o6" })
        #expect(o6.titleEN(forAssessmentYear: 2568) == o6.titleEN)
        #expect(o6.titleEN(forAssessmentYear: 2562) == "Annual operating and budget-spending plan and its progress, B.E. 2562")
        let o1 = try #require(c2568.items.first { $0.id == "o1" })
        #expect(o1.titleEN(forAssessmentYear: 2562) == o1.titleEN)   // names no year
    }

    /// Every title that names a year names, in English as in Thai, the year of what is assessed
    /// (the assessed year or the one before), in both built-in catalogues, for any assessment year.
    @Test func englishAndThaiTitlesNameTheYearsOfWhatIsAssessed() throws {
        for catalogue in OITCatalogue.builtInYears.compactMap({ OITCatalogue.builtIn(year: $0) }) {
            for item in catalogue.items {
                for year in [2562, 2567, catalogue.itaYear, 2571] {
                    let th = item.title(forAssessmentYear: year, digits: .arabic), en = item.titleEN(forAssessmentYear: year)
                    guard let named = item.namedYear(forAssessmentYear: year) else {
                        #expect(en == item.titleEN && th == item.officialTitleTH, "\(catalogue.itaYear) \(item.id)")
                        continue
                    }
                    #expect(th.hasSuffix(" \(named)"), "\(catalogue.itaYear) \(item.id) \(year): \(th)")
                    #expect(en.hasSuffix(", B.E. \(named)"), "\(catalogue.itaYear) \(item.id) \(year): \(en)")
                    for other in [catalogue.itaYear, catalogue.itaYear - 1] where other != named {
                        #expect(!en.contains("\(other)") && !th.contains("\(other)"), "\(catalogue.itaYear) \(item.id) \(year): \(en)")
                    }
                }
            }
        }
    }

    /// `check --ita-year 2562` (the 2568 list applied): no title in the JSON report names 2568 or 2567.
    @Test func checkOutputNamesTheAssessedYearsInBothLanguages() throws {
        let site = TemporarySite.demoCopy()
        let (report, _) = SiteChecker.check(CheckOptions(source: site.content, itaYear: 2562, asOf: CalendarDate(iso: "2026-12-05")!, useCache: false))
        let r = try #require(report)
        #expect(r.itaYear == 2562 && r.catalogue.itaYear == 2568)
        let items = OITReportDocument(r).items
        #expect(items.count == 28)
        for item in items {
            #expect(!item.titleEN.contains("2568") && !item.titleEN.contains("2567") && !["๒๕๖๘", "๒๕๖๗", "2568", "2567"].contains { item.title.contains($0) },
                    "\(item.titleEN) / \(item.title)")
        }
        let o24 = try #require(items.first { $0.id == "o24" })
        #expect(o24.titleEN == "Report on actions taken to manage corruption and misconduct risks, B.E. 2561")
        #expect(o24.title.hasSuffix("ประจำปี พ.ศ. ๒๕๖๑") || o24.title.hasSuffix("ประจำปี พ.ศ. 2561"))
    }

    @Test func theYearInProgressTurnsOn1October() {
        for (date, year) in [("2025-09-30", 2568), ("2025-10-01", 2569), ("2026-09-30", 2569), ("2026-10-01", 2570)] {
            let asOf = CalendarDate(iso: date)!
            #expect(Auditor.assessmentYear(requested: nil, pinned: nil, asOf: asOf).year == year, "\(date)")
        }
        #expect(OITCatalogue.forYear(2569)?.exact == true)
        #expect(OITCatalogue.forYear(2570)?.catalogue.itaYear == 2569 && OITCatalogue.forYear(2570)?.exact == false)
        #expect(OITCatalogue.forYear(2568)?.catalogue.itaYear == 2568)
    }

    /// On 2026-12-05 with no year given: ITA 2570 with the 2569 list, provisional, said in every format.
    @Test func aYearWithoutItsOwnListIsAuditedWithTheNewestAndSaysSo() throws {
        let site = TemporarySite.demoCopy()
        let (report, _) = SiteChecker.check(CheckOptions(source: site.content, asOf: CalendarDate(iso: "2026-12-05")!, useCache: false))
        let r = try #require(report)
        #expect(r.itaYear == 2570 && r.catalogue.itaYear == 2569 && r.results.count == 26)
        #expect(r.catalogueStatus == .provisional)
        #expect(r.warnings.contains { $0.en.contains("ITA 2569 list (26 items) is applied with the years of ITA 2570") })
        #expect(r.warnings.contains { $0.en.contains("provisional") })
        #expect(r["o6"].title.hasSuffix("ประจำปี พ.ศ. ๒๕๗๐") && r["o7"].title.hasSuffix("ประจำปี พ.ศ. ๒๕๖๙"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(r).utf8)) as? [String: Any])
        let catalogue = try #require(json["catalogue"] as? [String: Any])
        #expect(catalogue["year"] as? Int == 2569 && catalogue["status"] as? String == "provisional")
        #expect((json["warnings"] as? [Any])?.count == 2)
        #expect(ReportFormat.csv.render(r).components(separatedBy: "\nwarning,").count == 3)
        #expect(ReportFormat.text.render(r).contains("catalogue: ITA 2569, 26 items, provisional"))
    }

    /// The plugin embeds every catalogue file: adding a year is adding a file.
    @Test func everyCatalogueFileIsBuiltIn() throws {
        let folder = TemporarySite.repository + "/Sources/Audit/Catalogues"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(OITCatalogue.builtInText.map(\.name).sorted() == files)
        #expect(OITCatalogue.builtInYears == files.compactMap { Int($0.dropFirst(4).prefix(4)) })
    }

    /// Every item of every built-in list says what it needs in Thai and in English, and the
    /// text report shows both beside an item that does not pass (the clerk reads the Thai).
    @Test func everyItemSaysWhatItNeedsInThai() throws {
        for year in OITCatalogue.builtInYears {
            let catalogue = try #require(OITCatalogue.builtIn(year: year))
            for item in catalogue.items {
                #expect(!item.rule.needsEN.isEmpty && item.rule.needsTH.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) },
                        "ITA \(year) \(item.id): needs_en and needs_th (in Thai)")
            }
        }
        let site = auditSite()
        // Without a deputy, o2 fails.
        #expect(site.replace("data/executives.yaml", "position: รองนายกองค์การบริหารส่วนตำบล", with: "position: ผู้ช่วยนายกองค์การบริหารส่วนตำบล"))
        let r = try audit(site)
        #expect(r["o2"].status == .fail)
        let text = ReportFormat.text.render(r)
        #expect(text.contains("\no2 fail (ไม่ผ่าน): ข้อมูลผู้บริหาร\n  ต้องมี: \(r["o2"].item.rule.needsTH)\n  needs: \(r["o2"].item.rule.needsEN)\n"))
        #expect(text.contains("\nผ่าน \(r.count(.pass)) · ไม่ผ่าน \(r.count(.fail)) · ต้องตรวจสอบ \(r.count(.verify)) จาก \(r.results.count) ข้อ\n"))
    }

    /// A new year's list is one data file: its titles, years and rules (checks named, with their
    /// parameters) come from it, with no Swift change. Here it is a site's own file.
    @Test func aNewYearNeedsOnlyItsDataFile() throws {
        let site = auditSite()
        var text = OITCatalogue.builtInText.first { $0.name == "oit-2569.yaml" }!.text
        text = text.replacingOccurrences(of: "ita_year: 2569\nstatus: provisional\n", with: "ita_year: 2571\nstatus: official\n")
        text = text.replacingOccurrences(of: "title_th: 'ข้อมูลผู้บริหาร'", with: "title_th: 'ข้อมูลผู้บริหารท้องถิ่น'")
        // One rule changed by data alone: o2 asks only for the chief executive.
        text = text.replacingOccurrences(of: "    roles:\n    - chief_executive\n    - deputy_chief_executive\n    - clerk\n",
                                         with: "    roles:\n    - chief_executive\n")
        site.write("oit-2571.yaml", text)
        #expect(site.replace("site.yaml", "ita_year: 2568\n", with: "ita_catalogue: oit-2571.yaml\n"))
        // Without the deputy, o2 still passes under the new year's rule.
        #expect(site.replace("data/executives.yaml", "position: รองนายกองค์การบริหารส่วนตำบล", with: "position: ผู้ช่วยนายกองค์การบริหารส่วนตำบล"))
        let r = try audit(site, asOf: "2028-09-30")
        #expect(r.itaYear == 2571 && r.catalogue.itaYear == 2571 && r.catalogueStatus == .official && r.warnings.isEmpty)
        #expect(r["o2"].title == "ข้อมูลผู้บริหารท้องถิ่น" && r["o2"].status == .pass)
        #expect(r["o11"].title.hasSuffix("ประจำปีงบประมาณ พ.ศ. ๒๕๗๑"))
    }

    @Test func theCrosswalkFollowsReplaces() throws {
        let c2568 = try #require(OITCatalogue.builtIn(year: 2568))
        let map = try #require(Auditor.crosswalk(from: c2568, to: c2569))
        #expect(map["o10"] == ["o10", "o11"] && map["o11"] == ["o12"] && map["o20"] == ["o21", "o22"] && map["o26"] == ["o28"])
        // Every 2568 item goes somewhere.
        #expect(Set(map.values.flatMap { $0 }) == Set(c2568.items.map(\.id)))
        #expect(Auditor.crosswalk(from: c2569, to: c2569)?["o5"] == ["o5"])
        #expect(Auditor.crosswalk(from: c2569, to: c2568) == nil)
    }

    @Test func theBuildPublishesAnIndexPagePerYearInView() throws {
        #expect(Auditor.indexYears(pinned: nil, buildDate: CalendarDate(iso: "2026-12-05")!, oldestCatalogue: 2568) == [2569, 2570])
        #expect(Auditor.indexYears(pinned: 2568, buildDate: CalendarDate(iso: "2026-12-05")!, oldestCatalogue: 2568) == [2568, 2569, 2570])
        #expect(Auditor.indexYears(pinned: nil, buildDate: CalendarDate(iso: "2025-09-30")!, oldestCatalogue: 2568) == [2568])
        // The demo pins no year: ITA 2569 and 2570 are in view; 2568's items are named, not linked.
        let demo = TemporarySite.demoCopy()
        func build(_ site: TemporarySite) {
            let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                                        buildDate: CalendarDate(iso: "2026-12-05")!))
            #expect(result.succeeded, "\(result.diagnostics)")
        }
        build(demo)
        #expect(demo.read("ita/2568/oit/index.html") == nil)
        let unlinked = try #require(demo.read("ita/2569/oit/index.html"))
        #expect(unlinked.contains(#"เดิม<span class="visually-hidden"> (ITA ๒๕๖๘)</span>: o10 o11 </span>"#))
        // A site that pins 2568 publishes that year too, and the crosswalk links to it.
        let site = TemporarySite.demoCopy()
        #expect(site.replace("site.yaml", "language: th\n", with: "language: th\nita_year: 2568\n"))
        build(site)
        let p2569 = try #require(site.read("ita/2569/oit/index.html"))
        #expect(p2569.contains("รายการข้อเบื้องต้น"))
        #expect(p2569.contains(#"<a class="oit-index__xref" href="/ita/2568/oit/#o10">o10</a> <a class="oit-index__xref" href="/ita/2568/oit/#o11">o11</a>"#))
        let p2568 = try #require(site.read("ita/2568/oit/index.html"))
        #expect(p2568.contains("ต่อไป<span class=\"visually-hidden\"> (ITA ๒๕๖๙)</span>: ") && !p2568.contains("รายการข้อเบื้องต้น"))
        let p2570 = try #require(site.read("ita/2570/oit/index.html"))
        #expect(p2570.contains("ยังไม่มีรายการข้อ OIT ของ ITA 2570"))
        #expect(p2570.contains(#"href="/ita/2569/oit/#o26">o26</a>"#))
    }
}
