import Audit
import Foundation
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// The build cache: a rebuild does work in proportion to what changed, and its output is always
/// byte for byte what a whole build (`useCache: false`) writes.
@Suite struct BuildCacheTests {
    static let date = CalendarDate(year: 2025, month: 10, day: 1)!

    func options(_ site: TemporarySite, output: String? = nil, cache: Bool = true, drafts: Bool = false) -> BuildOptions {
        BuildOptions(source: site.content, output: output ?? site.output, includeDrafts: drafts,
                     themesFolder: TemporarySite.defaultThemes, buildDate: Self.date, useCache: cache)
    }

    func build(_ site: TemporarySite, drafts: Bool = false) -> BuildResult {
        SiteBuilder.build(options(site, drafts: drafts))
    }

    /// The output of a whole build of the same site folder, without the cache.
    func reference(_ site: TemporarySite) -> [String: Data] {
        let folder = site.root + "/reference"
        try? FileManager.default.removeItem(atPath: folder)
        let result = SiteBuilder.build(options(site, output: folder, cache: false))
        #expect(result.succeeded && result.shortcut == .none)
        return TemporarySite.snapshot(folder)
    }

    /// A line Markdown warns about (more '|' than a table may have columns).
    let manyPipes = String(repeating: "| x ", count: 210)

    func newsSite() -> TemporarySite {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("news/_index.md", title: "ข่าวประชาสัมพันธ์")
        site.page("about.md", title: "เกี่ยวกับเรา", body: "ย่อหน้าแรกของหน้าเกี่ยวกับเรา\n\n## ประวัติ\n\nเนื้อหาเดิม")
        for i in 0..<5 {
            site.page("news/n\(i).md", title: "ข่าวที่ \(i)", body: "ย่อหน้าแรกของข่าว \(i)\n\nรายละเอียดข่าว \(i)",
                      extra: "date: 2025-0\(i + 1)-10\noit: [o4]\n")
        }
        site.settle()
        return site
    }

    @Test func aRebuildWithNothingChangedDoesNoWorkAndReportsTheSameProblems() throws {
        let site = newsSite()
        site.write("news/n1.md", "---\ntitle: ข่าวที่ 1\ndate: 2025-02-10\n---\n" + manyPipes + "\n")
        site.settle()
        let first = build(site)
        #expect(first.succeeded && first.shortcut == .none)
        #expect(!first.warnings.isEmpty)
        let before = TemporarySite.snapshot(site.output)
        let second = build(site)
        #expect(second.shortcut == .upToDate)
        #expect(second.report?.written == 0 && second.report?.total == first.report?.total)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.pageCount == first.pageCount)
        #expect(TemporarySite.snapshot(site.output) == before)
    }

    @Test func aChangeToThePageTextRendersThatPageAlone() throws {
        let site = newsSite()
        #expect(build(site).succeeded)
        #expect(site.replace("about.md", "เนื้อหาเดิม", with: "เนื้อหาใหม่ที่แก้ไขแล้ว"))
        #expect(site.replace("news/n3.md", "รายละเอียดข่าว 3", with: "รายละเอียดข่าว 3 ฉบับแก้ไข"))
        let result = build(site)
        #expect(result.shortcut == .pages(2))
        #expect(result.report?.written == 2)
        #expect(site.read("about/index.html")?.contains("เนื้อหาใหม่ที่แก้ไขแล้ว") == true)
        #expect(TemporarySite.snapshot(site.output) == reference(site))
        // Recorded: the next build has nothing to do, or re-renders only the just-saved pages.
        let again = build(site)
        #expect(again.shortcut == .upToDate || again.shortcut == .pages(2))
    }

    @Test func changesOtherPagesShowTakeAWholeBuild() throws {
        let cases: [(String, (TemporarySite) -> Bool)] = [
            ("a title, shown in listings and menus", { $0.replace("news/n2.md", "title: ข่าวที่ 2", with: "title: ข่าวที่สองฉบับใหม่") }),
            ("the first paragraph, quoted in listings and the feed", { $0.replace("news/n2.md", "ย่อหน้าแรกของข่าว 2", with: "ย่อหน้าแรกที่เขียนใหม่") }),
            ("a heading of an OIT evidence page, read by the audit", { $0.replace("news/n2.md", "รายละเอียดข่าว 2", with: "## อำนาจหน้าที่") }),
            ("a section page's text", { $0.replace("news/_index.md", "เนื้อหา", with: "คำอธิบายหมวดข่าว") }),
            ("a new page", { $0.page("news/n9.md", title: "ข่าวใหม่", extra: "date: 2025-09-01\n"); return true }),
            ("a removed page", { $0.remove("news/n4.md"); return true }),
            ("site.yaml", { $0.replace("site.yaml", "อบต.ทดสอบ", with: "อบต.ทดสอบใหม่") }),
            ("a static file", { $0.write("files/note.txt", "ใหม่"); return true }),
        ]
        for (what, change) in cases {
            let site = newsSite()
            #expect(build(site).succeeded)
            #expect(change(site), "\(what)")
            let result = build(site)
            #expect(result.succeeded && result.shortcut == .none, "\(what)")
            #expect(TemporarySite.snapshot(site.output) == reference(site), "\(what)")
        }
    }

    /// The audit reads whether text follows a heading (o1's powers page): removing that text
    /// is not a page-only change.
    @Test func removingTheTextUnderAnAuditedHeadingTakesAWholeBuild() throws {
        let site = newsSite()
        #expect(site.replace("news/n3.md", "รายละเอียดข่าว 3", with: "## อำนาจหน้าที่\n\nหน้าที่ตามกฎหมาย"))
        site.settle()
        #expect(build(site).succeeded)
        #expect(site.replace("news/n3.md", "\n\nหน้าที่ตามกฎหมาย", with: ""))
        let result = build(site)
        #expect(result.succeeded && result.shortcut == .none)
        #expect(TemporarySite.snapshot(site.output) == reference(site))
    }

    @Test func aChangedOutputFolderIsRebuilt() throws {
        let site = newsSite()
        #expect(build(site).succeeded)
        let built = TemporarySite.snapshot(site.output)
        try Data("แก้ไขด้วยมือ".utf8).write(to: URL(fileURLWithPath: site.output + "/about/index.html"))
        try FileManager.default.removeItem(atPath: site.output + "/news/n1/index.html")
        let result = build(site)
        #expect(result.shortcut == .none)
        #expect(TemporarySite.snapshot(site.output) == built)
    }

    @Test func otherOptionsAndADamagedCacheTakeAWholeBuild() throws {
        let site = newsSite()
        site.page("news/draft.md", title: "ร่าง", extra: "draft: true\n")
        site.settle()
        #expect(build(site).succeeded)
        let withDrafts = build(site, drafts: true)
        #expect(withDrafts.shortcut == .none)
        #expect(site.read("news/draft/index.html") != nil)
        let cache = site.content + "/.sitegen-cache"
        for name in try FileManager.default.contentsOfDirectory(atPath: cache) {
            try Data("{\"key\": 1, broken".utf8).write(to: URL(fileURLWithPath: cache + "/" + name))
        }
        let afterDamage = build(site, drafts: true)
        #expect(afterDamage.succeeded && afterDamage.shortcut == .none)
        #expect(build(site, drafts: true).shortcut == .upToDate)
    }

    @Test func aPageThatNowHasAProblemIsReportedByAWholeBuild() throws {
        let site = newsSite()
        #expect(build(site).succeeded)
        #expect(site.replace("about.md", "เนื้อหาเดิม", with: manyPipes))
        let result = build(site)
        #expect(result.shortcut == .none)
        #expect(result.warnings.contains { $0.file == "about.md" })
    }

    @Test func aFailedBuildLeavesTheCacheAndTheOutputAsTheyWere() throws {
        let site = newsSite()
        #expect(build(site).succeeded)
        let built = TemporarySite.snapshot(site.output)
        site.write("about.md", "---\ntitle: [ไม่ปิด\n---\nเนื้อหา\n")
        #expect(!build(site).succeeded)
        #expect(TemporarySite.snapshot(site.output) == built)
        site.page("about.md", title: "เกี่ยวกับเรา", body: "ย่อหน้าแรกของหน้าเกี่ยวกับเรา\n\n## ประวัติ\n\nเนื้อหาเดิม")
        #expect(build(site).succeeded)
        #expect(TemporarySite.snapshot(site.output) == reference(site))
    }

    @Test func aWholeBuildThatReadsTheTableFromTheCacheWritesTheSameSite() throws {
        let site = TemporarySite.demoCopy()
        site.settle()
        let first = build(site)
        #expect(first.succeeded && first.shortcut == .none)
        let cache = site.content + "/.sitegen-cache"
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).contains { $0.hasPrefix("csv-") })
        // A new page takes a whole build; the procurement table is as it was.
        site.page("news/new.md", title: "ข่าวใหม่", extra: "date: 2025-09-01\n")
        site.settle()
        let second = build(site)
        #expect(second.succeeded && second.shortcut == .none)
        #expect(second.diagnostics == first.diagnostics)
        #expect(TemporarySite.snapshot(site.output) == reference(site))
    }

    @Test func checkGivesTheSameReportWithTheCache() throws {
        let site = TemporarySite.demoCopy()
        site.settle()
        let asOf = CalendarDate(year: 2025, month: 9, day: 30)!
        let (cold, coldDiagnostics) = SiteChecker.check(CheckOptions(source: site.content, asOf: asOf))
        #expect(FileManager.default.fileExists(atPath: site.content + "/.sitegen-cache/pages.bin"))
        let (warm, warmDiagnostics) = SiteChecker.check(CheckOptions(source: site.content, asOf: asOf))
        let coldReport = try #require(cold), warmReport = try #require(warm)
        #expect(coldReport.results.map(\.status) == warmReport.results.map(\.status))
        #expect(coldReport.results.map(\.urls) == warmReport.results.map(\.urls))
        #expect(coldDiagnostics == warmDiagnostics)
        #expect(coldReport.count(.pass) == 27 && coldReport.count(.verify) == 1)
        let (uncached, uncachedDiagnostics) = SiteChecker.check(CheckOptions(source: site.content, asOf: asOf, useCache: false))
        let uncachedReport = try #require(uncached)
        #expect(uncachedReport.results.map(\.status) == warmReport.results.map(\.status))
        #expect(uncachedReport.results.map(\.urls) == warmReport.results.map(\.urls))
        #expect(uncachedDiagnostics == warmDiagnostics)
    }
}
