import Foundation
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// The search index step of a build (`SearchIndexer`), with a stand-in for Pagefind: a shell
/// script that records how it was called and what it saw, and writes an index or fails.
@Suite struct SearchIndexTests {
    static let date = CalendarDate(year: 2025, month: 10, day: 1)!

    /// A fake Pagefind in the site's temporary folder. It appends one line per call to
    /// `calls.log` (its arguments, and whether the pages were in the folder it was given), keeps
    /// a copy of the about page it was given (`seen-about.html`), then writes `pagefind.js` and
    /// an index file where it was told to, or fails with status 3.
    func fakePagefind(in site: TemporarySite, failing: Bool = false) -> String {
        let path = site.root + "/fake-pagefind"
        let script = """
            #!/bin/sh
            site=""; out=""; prev=""
            for a in "$@"; do
              [ "$prev" = "--site" ] && site="$a"
              [ "$prev" = "--output-path" ] && out="$a"
              prev="$a"
            done
            pages=no
            [ -f "$site/index.html" ] && [ -f "$site/about/index.html" ] && pages=yes
            echo "$* pages=$pages" >> "\(site.root)/calls.log"
            cp "$site/about/index.html" "\(site.root)/seen-about.html"
            \(failing ? "echo 'Indexing failed: ข้อผิดพลาดทดสอบ' >&2; exit 3" : "")
            mkdir -p "$out/index"
            echo 'export const search = 1;' > "$out/pagefind.js"
            echo 'index' > "$out/index/th_1.pf_index"
            """
        #expect(FileManager.default.createFile(atPath: path, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755]))
        return path
    }

    func calls(_ site: TemporarySite) -> [String] {
        (try? String(contentsOfFile: site.root + "/calls.log", encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    }

    func options(_ site: TemporarySite, pagefind: String?, marks: Bool = true) -> BuildOptions {
        BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes, buildDate: Self.date,
                     searchIndexer: pagefind.map { SearchIndexer(executable: $0, marksThaiWords: marks) })
    }

    func smallSite() -> TemporarySite {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("about.md", title: "เกี่ยวกับเรา", body: "ย่อหน้าแรก\n\nช่องทางการสอบถามข้อมูล")
        site.settle()
        return site
    }

    @Test func theIndexIsMadeFromTheStagedPagesBeforeThePublication() throws {
        let site = smallSite()
        let result = SiteBuilder.build(options(site, pagefind: fakePagefind(in: site), marks: false))
        #expect(result.errors == [])
        let log = calls(site)
        try #require(log.count == 1)
        // Pagefind saw the finished pages, in a folder that was not yet the output folder.
        #expect(log[0].contains("pages=yes"))
        #expect(log[0].contains("/pagefind --silent"))
        #expect(log[0].contains("/.public.staging-"))
        #expect(!log[0].contains("--site \(site.output) "))
        #expect(site.read("pagefind/pagefind.js") == "export const search = 1;\n")
        #expect(site.read("pagefind/index/th_1.pf_index") == "index\n")
        let seen = try String(contentsOfFile: site.root + "/seen-about.html", encoding: .utf8)
        #expect(seen == site.read("about/index.html"))
    }

    @Test func pagefindReadsACopyOfThePagesWithTheirThaiWordsMarked() throws {
        let site = smallSite()
        let result = SiteBuilder.build(options(site, pagefind: fakePagefind(in: site)))
        #expect(result.errors == [])
        let log = calls(site)
        try #require(log.count == 1)
        #expect(log[0].contains("pages=yes"))
        // The copy beside the staging folder; the index goes into the staging folder.
        #expect(log[0].contains(".search-text --output-path "))
        #expect(log[0].contains("/pagefind --silent"))
        let seen = try String(contentsOfFile: site.root + "/seen-about.html", encoding: .utf8)
        #expect(seen.contains("ช่อง\u{200B}ทางการ\u{200B}สอบถาม\u{200B}ข้อมูล"))
        #expect(seen.contains("<h1>เกี่ยว\u{200B}กับ\u{200B}เรา</h1>"))
        // The published pages are as the theme made them, and the copy is gone.
        let published = try #require(site.read("about/index.html"))
        #expect(!published.contains("\u{200B}"))
        #expect(published.contains("ช่องทางการสอบถามข้อมูล"))
        #expect(site.read("pagefind/pagefind.js") == "export const search = 1;\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix(".public") }
        #expect(left == [])
    }

    @Test func thaiWordsAreMarkedAtTheBrowsersWordBreaksInTextOnly() {
        #expect(ThaiWordBreaks.available)
        #expect(ThaiWordBreaks.marked("ช่องทางการสอบถาม") == "ช่อง\u{200B}ทางการ\u{200B}สอบถาม")
        #expect(ThaiWordBreaks.marked("โทร 0-3400-0000 ติดต่อสอบถาม") == "โทร 0-3400-0000 ติดต่อ\u{200B}สอบถาม")
        let html = #"<p title="ช่องทางการ">ร้องเรียน<a href="/ร้องเรียน/">การทุจริต</a></p><script>let a = "ช่องทาง";</script><!-- ร้องเรียน --><style>/* ลอยกระทง */</style>ลอยกระทง"#
        #expect(ThaiWordBreaks.markedHTML(html)
            == #"<p title="ช่องทางการ">ร้อง\#u{200B}เรียน<a href="/ร้องเรียน/">การ\#u{200B}ทุจริต</a></p><script>let a = "ช่องทาง";</script><!-- ร้องเรียน --><style>/* ลอยกระทง */</style>ลอย\#u{200B}กระทง"#)
        #expect(ThaiWordBreaks.markedHTML("no Thai <b>at all</b> &amp; more") == "no Thai <b>at all</b> &amp; more")
    }

    @Test func aFailedIndexPublishesNothingAndSaysWhyInThaiAndEnglish() throws {
        let site = smallSite()
        #expect(SiteBuilder.build(options(site, pagefind: nil)).succeeded)
        let before = TemporarySite.snapshot(site.output)
        site.page("about.md", title: "เกี่ยวกับเรา", body: "ข้อความใหม่")
        let result = SiteBuilder.build(options(site, pagefind: fakePagefind(in: site, failing: true)))
        #expect(!result.succeeded)
        #expect(calls(site).count == 1)
        let error = try #require(result.errors.first)
        #expect(error.message.contains("ทำดัชนีค้นหาไม่สำเร็จ"))
        #expect(error.message.contains("the search index could not be made with Pagefind"))
        #expect(error.message.contains("status 3"))
        #expect(error.message.contains("Indexing failed: ข้อผิดพลาดทดสอบ"))
        #expect(error.hint?.contains("SITEGEN_PAGEFIND=off") == true)
        #expect(TemporarySite.snapshot(site.output) == before)
        // No staging folder is left beside the output.
        let left = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.contains("staging") }
        #expect(left == [])
    }

    @Test func aPagefindThatCannotStartIsAnErrorToo() throws {
        let site = smallSite()
        let result = SiteBuilder.build(options(site, pagefind: site.root + "/no-such-pagefind"))
        #expect(!result.succeeded)
        #expect(result.errors.first?.message.contains("could not be started") == true)
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func aRebuildWithNothingChangedDoesNotIndexAgainButAChangeDoes() throws {
        let site = smallSite()
        let pagefind = fakePagefind(in: site)
        #expect(SiteBuilder.build(options(site, pagefind: pagefind)).succeeded)
        let again = SiteBuilder.build(options(site, pagefind: pagefind))
        #expect(again.shortcut == .upToDate)
        #expect(calls(site).count == 1)
        // A page's text changed: without an index only that page would be rendered; with one,
        // the whole site is staged and indexed again.
        #expect(site.replace("about.md", "ช่องทางการสอบถามข้อมูล", with: "เนื้อหาใหม่"))
        let changed = SiteBuilder.build(options(site, pagefind: pagefind))
        #expect(changed.succeeded && changed.shortcut == .none)
        #expect(calls(site).count == 2)
        #expect(site.read("about/index.html")?.contains("เนื้อหาใหม่") == true)
        // The index's files are outputs: one removed takes a whole build.
        try FileManager.default.removeItem(atPath: site.output + "/pagefind/index/th_1.pf_index")
        let repaired = SiteBuilder.build(options(site, pagefind: pagefind))
        #expect(repaired.shortcut == .none)
        #expect(calls(site).count == 3)
        #expect(site.read("pagefind/index/th_1.pf_index") == "index\n")
        // Indexing turned off after a build with it: a whole build, without the index.
        let off = SiteBuilder.build(options(site, pagefind: nil))
        #expect(off.shortcut == .none)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/pagefind"))
        #expect(calls(site).count == 3)
    }

    @Test func withoutAnIndexAPageChangeStillRendersThatPageAlone() throws {
        let site = smallSite()
        #expect(SiteBuilder.build(options(site, pagefind: nil)).succeeded)
        #expect(site.replace("about.md", "ช่องทางการสอบถามข้อมูล", with: "เนื้อหาใหม่"))
        #expect(SiteBuilder.build(options(site, pagefind: nil)).shortcut == .pages(1))
    }

    @Test func pagefindIsChosenByTheEnvironmentThenPathThenTheProjectFolder() throws {
        let site = smallSite()
        let fake = fakePagefind(in: site)
        #expect(SearchIndexer.choose(environment: ["SITEGEN_PAGEFIND": "off", "PATH": ""], workingDirectory: site.root) == .off)
        #expect(SearchIndexer.choose(environment: ["SITEGEN_PAGEFIND": "OFF"], workingDirectory: site.root) == .off)
        #expect(SearchIndexer.choose(environment: ["SITEGEN_PAGEFIND": fake], workingDirectory: "/") == .found(SearchIndexer(executable: fake)))
        #expect(SearchIndexer.choose(environment: ["SITEGEN_PAGEFIND": "fake-pagefind"], workingDirectory: site.root)
            == .found(SearchIndexer(executable: site.root + "/fake-pagefind")))
        #expect(SearchIndexer.choose(environment: ["SITEGEN_PAGEFIND": site.root + "/calls.log"], workingDirectory: site.root)
            == .invalid(site.root + "/calls.log"))
        #expect(SearchIndexer.choose(environment: ["PATH": "/nonexistent:/usr/bin"], workingDirectory: site.root) == .missing)
        // On PATH, by the name PyPI's pagefind[extended] gives it.
        let bin = site.root + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: bin + "/pagefind_extended", withDestinationPath: fake)
        #expect(SearchIndexer.choose(environment: ["PATH": "/nonexistent:" + bin], workingDirectory: "/")
            == .found(SearchIndexer(executable: bin + "/pagefind_extended")))
        // Where scripts/install-deps.sh installs it, below the working folder.
        let venv = site.root + "/.build/pagefind-venv/bin"
        try FileManager.default.createDirectory(atPath: venv, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: venv + "/pagefind_extended", withDestinationPath: fake)
        #expect(SearchIndexer.choose(environment: ["PATH": "/usr/bin"], workingDirectory: site.root)
            == .found(SearchIndexer(executable: venv + "/pagefind_extended")))
    }

    @Test func theThemeMarksWhatIsIndexedAndLinksTheSearchPageFromEveryPage() throws {
        let site = TemporarySite(config: TemporarySite.minimalConfig.replacingOccurrences(
            of: "base_url: https://test.example/", with: "base_url: https://test.example/tambon/"))
        site.page("index.md", title: "หน้าแรก")
        site.page("news/_index.md", title: "ข่าว")
        site.page("news/a.md", title: "ข่าวหนึ่ง", extra: "date: 2025-01-15\n")
        #expect(SiteBuilder.build(options(site, pagefind: nil)).succeeded)
        for path in ["index.html", "news/index.html", "news/a/index.html"] {
            let html = try #require(site.read(path))
            #expect(html.contains(#"<main id="main" class="container" tabindex="-1" data-pagefind-body>"#), "\(path)")
            #expect(html.contains(#"<a class="site-search-link" href="/tambon/search/">ค้นหา</a>"#), "\(path)")
        }
        // Pages that only list other pages are not indexed: a search would find them instead of the pages.
        for path in ["404.html", "sitemap/index.html", "search/index.html", "news/2568/index.html"] {
            let html = try #require(site.read(path), "\(path) missing")
            #expect(!html.contains("data-pagefind-body"), "\(path)")
            #expect(html.contains(#"class="site-search-link""#), "\(path)")
        }
        let search = try #require(site.read("search/index.html"))
        #expect(search.contains(#"<script type="module" src="/tambon/assets/search.js"></script>"#))
        #expect(search.contains(#"data-pagefind="/tambon/pagefind/pagefind.js" data-base="/tambon/""#))
        #expect(search.contains(#"<form class="search-form" role="search" action="/tambon/search/" method="get" hidden"#))
        // Without JavaScript: the site map.
        #expect(search.contains(#"<a href="/tambon/sitemap/">แผนผังเว็บไซต์</a>"#))
        #expect(search.contains("<noscript>"))
        #expect(site.read("assets/search.js")?.contains("Intl.Segmenter") == true)
        #expect(site.read("sitemap.xml")?.contains("/search/") == false)
    }

    @Test func aPageAtTheSearchPagesAddressIsAnError() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("search.md", title: "ค้นหาเอกสาร")
        let result = SiteBuilder.build(options(site, pagefind: nil))
        #expect(!result.succeeded)
        let error = try #require(result.errors.first)
        #expect(error.file == "search.md")
        #expect(error.message.contains("/search/, is the address of the site's search page"))
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }
}
