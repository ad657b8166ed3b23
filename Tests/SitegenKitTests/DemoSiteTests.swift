import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// End-to-end: the demo site in content/ builds cleanly and is complete.
@Suite(.serialized) struct DemoSiteTests {
    static let output = NSTemporaryDirectory() + "sitegen-demo-" + UUID().uuidString

    static let result: BuildResult = SiteBuilder.build(BuildOptions(
        source: TemporarySite.repository + "/content", output: output, strict: true,
        themesFolder: TemporarySite.defaultThemes, buildDate: CalendarDate(year: 2025, month: 9, day: 30)!))

    @Test func buildsWithoutWarningsUnderStrict() {
        #expect(Self.result.diagnostics.map(\.description) == [])
        #expect(Self.result.succeeded)
        #expect(Self.result.pageCount >= 20)
    }

    @Test func everyInternalLinkResolves() {
        _ = Self.result
        let (checked, broken) = LinkCheck.brokenLinks(in: Self.output)
        #expect(checked > 200)
        #expect(broken == [])
    }

    @Test func requiredGeneratedFilesExist() throws {
        _ = Self.result
        for path in ["index.html", "404.html", "sitemap.xml", "robots.txt", "sitemap/index.html",
                     "assets/style.css", "assets/print.css", "assets/emblem.svg"] {
            #expect(FileManager.default.fileExists(atPath: Self.output + "/" + path), "\(path)")
        }
        let home = try String(contentsOfFile: Self.output + "/index.html", encoding: .utf8)
        #expect(home.contains(#"<html lang="th">"#))
        #expect(home.contains(##"<a class="skip-link" href="#main">"##))
        #expect(home.contains("องค์การบริหารส่วนตำบลทุ่งทองพัฒนา"))
        #expect(home.contains("ข้อมูลทั้งหมดสมมุติขึ้นเพื่อการสาธิต"))
        let news = try String(contentsOfFile: Self.output + "/news/index.html", encoding: .utf8)
        // News are listed newest first.
        let newest = try #require(news.range(of: "2025-06-16"))
        let oldest = try #require(news.range(of: "2024-01-15"))
        #expect(newest.lowerBound < oldest.lowerBound)
    }

    /// The OIT index page lists the 28 items of ITA 2568 grouped by indicator, each linking to
    /// evidence pages that exist in the output.
    @Test func oitIndexLinksEveryItemToExistingPages() throws {
        _ = Self.result
        let html = try String(contentsOfFile: Self.output + "/ita/2568/oit/index.html", encoding: .utf8)
        #expect(html.contains("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล") && html.contains("ตัวชี้วัดที่ ๑๐ การป้องกันทุจริต"))
        let rows = html.components(separatedBy: "<tr id=\"o").dropFirst().map { $0.components(separatedBy: "</tr>")[0] }
        #expect(rows.count == 28)
        for row in rows {
            let id = "o" + row.prefix { $0.isNumber }
            let links = row.components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(!links.isEmpty, "\(id) has no evidence link")
            for link in links {
                let file = Self.output + link + (link.hasSuffix("/") ? "index.html" : "")
                #expect(FileManager.default.fileExists(atPath: file), "\(id) links to missing \(link)")
            }
        }
        #expect(html.contains("ประจำปี พ.ศ. ๒๕๖๘"))
        #expect(html.contains("datetime=\"2025-09-30\""))
    }
}
