import Foundation
@testable import Render
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// News (OIT o4): fiscal-year archives, the Atom feed and pagination of long sections.
@Suite struct NewsTests {
    func build(_ site: TemporarySite) -> BuildResult {
        SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                       buildDate: CalendarDate(year: 2025, month: 10, day: 1)!))
    }

    func newsSite(count: Int, config: String = TemporarySite.minimalConfig) -> TemporarySite {
        let site = TemporarySite(config: config)
        site.page("index.md", title: "หน้าแรก")
        site.page("news/_index.md", title: "ข่าวประชาสัมพันธ์")
        var date = CalendarDate(year: 2024, month: 9, day: 25)!
        for i in 0..<count {
            site.page("news/n\(i).md", title: "ข่าวที่ \(i)", extra: "date: \(date.iso)\n")
            date = date.adding(days: 1)
        }
        return site
    }

    @Test func archivesSplitByFiscalYearAtTheBoundary() throws {
        // 2024-09-25 … 2024-10-04: six in FY 2567 (until 30 Sep), four in FY 2568.
        let site = newsSite(count: 10)
        #expect(build(site).succeeded)
        let fy2567 = try #require(site.read("news/2567/index.html"))
        let fy2568 = try #require(site.read("news/2568/index.html"))
        #expect(fy2567.components(separatedBy: "class=\"listing__item\"").count - 1 == 6)
        #expect(fy2568.components(separatedBy: "class=\"listing__item\"").count - 1 == 4)
        #expect(fy2567.contains("/news/n5/") && !fy2567.contains("/news/n6/"))
        #expect(fy2568.contains("ปีงบประมาณ ๒๕๖๘"))
        #expect(fy2568.contains("๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘"))
        let section = try #require(site.read("news/index.html"))
        #expect(section.contains("href=\"/news/2568/\"") && section.contains("href=\"/news/2567/\""))
    }

    @Test func atomFeedListsNewestFirstWithAbsoluteURLs() throws {
        let site = newsSite(count: 25)
        #expect(build(site).succeeded)
        let feed = try #require(site.read("news/feed.xml"))
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>"))
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 20)
        let newest = try #require(feed.range(of: "https://test.example/news/n24/"))
        let older = try #require(feed.range(of: "https://test.example/news/n23/"))
        #expect(newest.lowerBound < older.lowerBound)
        #expect(!feed.contains("/news/n4/"))
        #expect(feed.contains("<updated>2024-10-19T00:00:00+07:00</updated>"))
        #expect(site.read("index.html")?.contains("application/atom+xml") == true)
    }

    @Test func longSectionsArePaginated() throws {
        let site = newsSite(count: 45, config: TemporarySite.minimalConfig + "list_page_size: 20\n")
        #expect(build(site).succeeded)
        let first = try #require(site.read("news/index.html"))
        let third = try #require(site.read("news/page/3/index.html"))
        #expect(site.read("news/page/4/index.html") == nil)
        #expect(first.components(separatedBy: "class=\"listing__item\"").count - 1 == 20)
        #expect(third.components(separatedBy: "class=\"listing__item\"").count - 1 == 5)
        #expect(first.contains("href=\"/news/page/2/\" rel=\"next\""))
        #expect(third.contains("href=\"/news/page/2/\" rel=\"prev\""))
        #expect(third.contains("<link rel=\"canonical\" href=\"https://test.example/news/page/3/\">"))
        #expect(third.contains("หน้า ๓ จาก ๓"))
        let (_, broken) = LinkCheck.brokenLinks(in: site.output)
        #expect(broken == [])
    }

    @Test func aLongSectionLinksAWindowOfPagesNotEveryPage() throws {
        let site = newsSite(count: 100, config: TemporarySite.minimalConfig + "list_page_size: 5\n")
        #expect(build(site).succeeded)
        let tenth = try #require(site.read("news/page/10/index.html"))
        for n in [1, 8, 9, 11, 12, 20] where n != 1 { #expect(tenth.contains("href=\"/news/page/\(n)/\"")) }
        #expect(tenth.contains("href=\"/news/\""))
        #expect(!tenth.contains("href=\"/news/page/7/\"") && !tenth.contains("href=\"/news/page/13/\""))
        #expect(tenth.components(separatedBy: "class=\"pagination__gap\"").count - 1 == 2)
        #expect(tenth.contains("<span aria-current=\"page\">๑๐</span>"))
        #expect(ContextBuilder.pageWindow(current: 1, count: 3) == [1, 2, 3])
        #expect(ContextBuilder.pageWindow(current: 1, count: 9) == [1, 2, 3, nil, 9])
        #expect(ContextBuilder.pageWindow(current: 5, count: 9) == [1, nil, 3, 4, 5, 6, 7, nil, 9])
        #expect(ContextBuilder.pageWindow(current: 4, count: 9) == [1, 2, 3, 4, 5, 6, nil, 9])
    }

    @Test func aClerksOwnArchivePageWins() throws {
        let site = newsSite(count: 3)
        site.page("news/2567/_index.md", title: "ข่าวปีงบ ๖๗ ที่เขียนเอง")
        #expect(build(site).succeeded)
        #expect(site.read("news/2567/index.html")?.contains("ข่าวปีงบ ๖๗ ที่เขียนเอง") == true)
    }
}
