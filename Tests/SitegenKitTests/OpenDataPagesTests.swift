import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// The open data in a whole build: the /data/ page and files, the downloads on data pages, the
/// site map entry, and the addresses that clash.
@Suite struct OpenDataPagesTests {
    static let buildDate = CalendarDate(year: 2025, month: 11, day: 1)!

    func build(_ site: TemporarySite) -> BuildResult {
        SiteBuilder.build(BuildOptions(source: site.content, output: site.output, strict: true,
                                       themesFolder: TemporarySite.defaultThemes, buildDate: Self.buildDate, useCache: false))
    }

    func siteWithExecutives() -> TemporarySite {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.write("data/executives.yaml", """
            kind: executives
            executives:
              - {name: "นายก <b>ทดสอบ</b>", position: นายก}

            """)
        site.page("about/executives.md", title: "ผู้บริหาร <i>ทดสอบ</i>", extra: "layout: executives\ndata: executives\ndate: 2025-01-05\n")
        return site
    }

    @Test func theCataloguePageListsTheDatasetAndTheDataPageLinksItsFiles() throws {
        let site = siteWithExecutives()
        let result = build(site)
        #expect(result.errors == [], "\(result.errors)")
        let catalogue = try #require(site.read("data/index.html"))
        #expect(catalogue.contains("<h1>ข้อมูลเปิด (Open Data)</h1>"))
        #expect(catalogue.contains("href=\"/data/executives.csv\"") && catalogue.contains("href=\"/data/executives.json\""))
        #expect(catalogue.contains("ผู้บริหาร &lt;i&gt;ทดสอบ&lt;/i&gt;"))
        #expect(catalogue.contains("https://data.go.th/pages/dga-open-government-license"))
        let page = try #require(site.read("about/executives/index.html"))
        #expect(page.contains("href=\"/data/executives.csv\" download"))
        #expect(page.contains("href=\"/data/\""))
        let sitemap = try #require(site.read("sitemap/index.html"))
        #expect(sitemap.contains("href=\"/data/\""))
        #expect(try #require(site.read("sitemap.xml")).contains("<loc>https://test.example/data/</loc>"))
        let bytes = try #require(FileManager.default.contents(atPath: site.output + "/data/executives.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("kind,title,executives.name,executives.position"))
        #expect(csv.contains("นายก <b>ทดสอบ</b>"))
        let catalogText = try #require(site.read("data/catalog.json"))
        let catalog = try #require(try JSONSerialization.jsonObject(with: Data(catalogText.utf8)) as? [String: Any])
        #expect((catalog["dataset"] as? [[String: Any]])?.count == 1)
    }

    @Test func aPageWhereTheCatalogueGoesIsAnError() throws {
        let site = siteWithExecutives()
        site.page("data.md", title: "ข้อมูล")
        let result = build(site)
        #expect(result.errors.contains { $0.file == "data.md" && $0.message.contains("/data/") }, "\(result.diagnostics)")
    }

    @Test func twoDataFilesWhoseNamesMeetAreAnError() throws {
        let site = siteWithExecutives()
        site.write("data/a/b.yaml", "kind: executives\nexecutives:\n  - {name: ก, position: ข}\n")
        site.write("data/a-b.yaml", "kind: executives\nexecutives:\n  - {name: ค, position: ง}\n")
        site.page("one.md", title: "หนึ่ง", extra: "layout: executives\ndata: a/b\n")
        site.page("two.md", title: "สอง", extra: "layout: executives\ndata: a-b\n")
        let result = build(site)
        #expect(result.errors.contains { $0.file == "data/a/b.yaml" && $0.message.contains("/data/a-b.csv") }, "\(result.diagnostics)")
    }
}
