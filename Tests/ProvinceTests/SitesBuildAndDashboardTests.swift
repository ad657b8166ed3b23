import Audit
import Foundation
@testable import Province
import Render
import SitegenKit
import SiteModel
import TestSupport
import Testing
import ThaiText

/// `build --sites` and the HTML dashboard of `check --sites`.
@Suite struct SitesBuildTests {
    static let date = CalendarDate(year: 2025, month: 9, day: 30)!

    @Test func aBrokenSiteKeepsItsPreviousOutputAndTheOthersAreBuilt() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        fixture.addDemo("agency-b", projectRoot: true)
        let out = fixture.root + "/out"
        let folder = try SitesFolder.scan(fixture.sites).get()
        let options = SitesBuildOptions(output: out, buildDate: Self.date)
        let first = SitesBuild.run(folder, options: options)
        #expect(first.built == 2 && first.failed.isEmpty)
        #expect(FileManager.default.fileExists(atPath: out + "/agency-a/index.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/agency-b/about/structure/index.html"))
        let before = TemporarySite.snapshot(out + "/agency-b")

        fixture.breakExecutives("agency-b/content")
        #expect(fixture.replace("agency-a/about/history.md", "title: ", with: "title: ประวัติใหม่ "))
        let outcomes = Collected()
        let second = SitesBuild.run(folder, options: options) { outcome, _ in
            outcomes.append("\(outcome.site.name) \(outcome.succeeded)\n")
            for error in outcome.errors { outcomes.append(error.description + "\n") }
        }
        #expect(second.built == 1)
        #expect(second.failed.map(\.name) == ["agency-b"])
        #expect(TemporarySite.snapshot(out + "/agency-b") == before, "the broken site's previous output is untouched")
        let history = try String(contentsOfFile: out + "/agency-a/about/history/index.html", encoding: .utf8)
        #expect(history.contains("ประวัติใหม่"))
        // The error names its file from the sites folder.
        #expect(outcomes.text.contains("agency-a true\nagency-b false\nagency-b/content/data/executives.yaml:3:1: error: the YAML is malformed"))

        // The command line: exit code 1, the failure named, the others built.
        let run = try CLI.run(["build", "--sites", "sites", "--output", "out"], in: fixture.root)
        #expect(run.status == 1)
        #expect(run.stdout.contains("built 1 of 2 site(s) into out/"))
        #expect(run.stderr.contains("agency-b: not built, 1 error(s); out/agency-b/ was not changed."))
        #expect(run.stderr.contains("build --sites: 1 site(s) not built, their previous output unchanged: agency-b (1 error(s))"))
        #expect(TemporarySite.snapshot(out + "/agency-b") == before)
    }

    /// `build --sites --report`: the report `check --sites --format json` writes, byte for byte,
    /// whether the build read the site (and audited what it read), or its cache said nothing had
    /// changed (and the site was checked), or the site has errors (and is not built).
    @Test func theReportOfABuildIsTheReportOfCheck() throws {
        let fixture = SitesFixture.threeWithOneBroken()
        try FileManager.default.createDirectory(atPath: fixture.sites + "/notes", withIntermediateDirectories: true)
        let folder = try SitesFolder.scan(fixture.sites).get()
        let check = SitesCheckOptions(asOf: Self.date)
        let expected = Collected()
        let checked = SitesCheck.run(folder, options: check, format: .json, write: { expected.append($0) })
        #expect(checked.summary.sites == 3 && checked.summary.withErrors == 1 && checked.skipped.map(\.path) == ["notes", "themes"])
        // A build whose cache says nothing changed has not read its site: by the third run, some
        // site's is (a file stamped in the second of a build's reading counts as changed).
        for (run, useCache) in [(1, true), (2, true), (3, true), (4, false)] {
            let written = Collected(), shortcuts = Collected()
            let options = SitesBuildOptions(output: fixture.root + "/out", useCache: useCache, buildDate: Self.date, report: check)
            let built = SitesBuild.run(folder, options: options, onSite: { outcome, _ in
                shortcuts.append("\(outcome.site.name) \(outcome.result.shortcut == .upToDate ? "up to date" : "built") \(outcome.row?.failing ?? false)\n")
            }, writeReport: { written.append($0) })
            #expect(written.text == expected.text, "run \(run)")
            #expect(built.summary == checked.summary, "run \(run)")
            #expect(built.built == 2 && built.failed.map(\.name) == ["agency-b"])
            #expect(shortcuts.text.contains("agency-b built true\n"))
            if run == 1 || run == 4 { #expect(!shortcuts.text.contains("up to date"), "run \(run): \(shortcuts.text)") }
            if run == 3 { #expect(shortcuts.text.contains("up to date"), "run \(run): \(shortcuts.text)") }
        }

        // The command line: the file, the line that says what it holds; --report needs --sites.
        let run = try CLI.run(["build", "--sites", "sites", "--output", "out", "--report", "report.json"], in: fixture.root)
        #expect(run.status == 1, "agency-b is not built")
        #expect(run.stdout.contains("audited 3 site(s) for ITA "))
        let document = try String(contentsOfFile: fixture.root + "/report.json", encoding: .utf8)
        #expect(document.hasPrefix("{") && document.contains("\"schema\" : \"sitegen-oit-sites/1\"") && document.contains("\"agency-c\""))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/report.json.partial"))
        let alone = try CLI.run(["build", "--source", "sites/agency-a", "--output", "one", "--report", "r.json"], in: fixture.root)
        #expect(alone.status == 2 && alone.stderr.contains("--report is the report of build --sites DIR"))
        let nowhere = try CLI.run(["build", "--sites", "sites", "--output", "out", "--report", "missing/r.json"], in: fixture.root)
        #expect(nowhere.status == 2 && nowhere.stderr.contains("cannot write the report 'missing/r.json'"))
    }

    @Test func aShardBuildsItsShareOnly() throws {
        let fixture = SitesFixture()
        for name in ["a", "b", "c"] { fixture.addDemo("agency-" + name) }
        let out = fixture.root + "/out"
        let run = try CLI.run(["build", "--sites", "sites", "--output", "out", "--shard", "2/2", "--quiet"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["agency-b"])
    }

    @Test func sitesWithoutTemplatesOfTheirOwnShareOneParsedTheme() throws {
        let fixture = SitesFixture()
        let a = fixture.addDemo("agency-a")
        let b = fixture.addDemo("agency-b")
        let c = fixture.addDemo("agency-c")
        fixture.write("agency-c/layouts/page.mustache", "{{<base}}{{$main}}<p>own layout</p>{{/main}}{{/base}}")
        let cache = ThemeCache()
        let themes = fixture.sites + "/themes"
        let (themeA, _) = cache.load(name: "default", siteRoot: a, themesFolder: themes)
        let (themeB, _) = cache.load(name: "default", siteRoot: b, themesFolder: themes)
        let (themeC, _) = cache.load(name: "default", siteRoot: c, themesFolder: themes)
        #expect(cache.count == 1)
        let loadedA = try #require(themeA), loadedB = try #require(themeB)
        #expect(loadedA.templateNames == loadedB.templateNames && loadedA.folder == loadedB.folder)
        // The site with a layout of its own renders with it.
        let out = fixture.root + "/out"
        let result = SitesBuild.run(try SitesFolder.scan(fixture.sites).get(), options: SitesBuildOptions(output: out, buildDate: Self.date))
        #expect(result.built == 3)
        #expect(try String(contentsOfFile: out + "/agency-c/about/history/index.html", encoding: .utf8).contains("own layout"))
        #expect(try !String(contentsOfFile: out + "/agency-a/about/history/index.html", encoding: .utf8).contains("own layout"))
        #expect(themeC != nil)
    }

    @Test func aSiteWithThemesOfItsOwnUsesThem() throws {
        let fixture = SitesFixture()
        let own = fixture.addDemo("agency-own", projectRoot: true)
        fixture.addDemo("agency-shared")
        let folder = try SitesFolder.scan(fixture.sites).get()
        #expect(folder.themesFolder(for: folder.sites[1]) == fixture.sites + "/themes")
        try FileManager.default.createDirectory(atPath: fixture.sites + "/agency-own/themes", withIntermediateDirectories: true)
        #expect(folder.themesFolder(for: folder.sites[0]) == (own as NSString).deletingLastPathComponent + "/themes")
    }
}

@Suite struct DashboardTests {
    static let asOf = CalendarDate(year: 2025, month: 9, day: 30)!

    func dashboard(_ fixture: SitesFixture) throws -> (index: String, output: String, result: SitesCheckResult) {
        let output = fixture.root + "/dashboard"
        let result = try SitesCheck.dashboard(try SitesFolder.scan(fixture.sites).get(), options: SitesCheckOptions(asOf: Self.asOf),
                                              output: output).get()
        return (try String(contentsOfFile: output + "/index.html", encoding: .utf8), output, result)
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The rules the theme's pages meet, as far as the markup says them.
    func expectAccessibleStructure(_ html: String, _ name: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"th\">"), "\(name)")
        #expect(count("<h1", in: html) == 1, "\(name): one h1")
        #expect(count("<main", in: html) == 1 && html.contains("<main id=\"main\""), "\(name): one main")
        #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"), "\(name): skip link")
        #expect(count("<header", in: html) == 1 && count("<footer", in: html) == 1, "\(name)")
        // Headings in order: no level skipped.
        let levels = html.matches(of: /<h([1-6])/).map { Int($0.1)! }
        #expect(levels.first == 1 && zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(name): headings \(levels)")
        // Every table has a caption, every th a scope, every table scrolls in a named region.
        #expect(count("<table", in: html) == count("<caption id=", in: html), "\(name): captions")
        #expect(html.matches(of: /<th[ >]/).count == count("<th scope=\"", in: html), "\(name): th scope")
        for region in html.matches(of: /<div class="table-scroll" tabindex="0" role="region" aria-labelledby="([a-z-]+)">\n<table[^>]*>\n<caption id="([a-z-]+)">/) {
            #expect(region.1 == region.2, "\(name): region named by its caption")
        }
        #expect(count("<table", in: html) == count("class=\"table-scroll\" tabindex=\"0\" role=\"region\"", in: html), "\(name)")
        // Nothing runs, nothing is loaded.
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("<img") && !html.contains("@import")
            && !html.contains("url("), "\(name): self-contained")
        #expect(html.contains("font-family: var(--font-thai)") && html.contains("\"Sarabun\", \"Noto Sans Thai\""), "\(name): Thai fonts")
        #expect(html.contains("min-height: var(--tap)") && html.contains("--tap: 2.75rem"), "\(name): tap targets")
        // No text below 16 px: every font size is at least 1rem (17 px body, 16 px tables).
        for size in html.matches(of: /font-size: ([0-9.]+)(rem|px)/) {
            #expect(Double(size.1)! >= (size.2 == "rem" ? 1 : 16), "\(name): font-size \(size.0)")
        }
    }

    @Test func theDashboardIsOneAccessibleSelfContainedPage() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        fixture.addDemo("agency-b")
        fixture.breakExecutives("agency-b")
        fixture.write("notes/x.txt", "x")
        let (index, output, result) = try dashboard(fixture)
        expectAccessibleStructure(index, "index.html")
        #expect(result.summary.sites == 2 && result.summary.failing == 1)
        // The chart: an image with a title and a description, its figures in a table beside it.
        let chart = try #require(index.firstMatch(of: /<svg viewBox="[0-9 ]+" role="img" aria-labelledby="rates-chart-title rates-chart-desc">\n<title id="rates-chart-title">[^<]+<\/title>\n<desc id="rates-chart-desc">/))
        _ = chart
        #expect(count("<rect class=\"bar\"", in: index) == 28)
        #expect(index.contains("<caption id=\"rates-caption\">"))
        #expect(index.contains("<tr><th scope=\"row\">o2</th><td>ข้อมูลผู้บริหาร</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">50%</td></tr>"))
        // The matrix: a row per site linking its page, a column per item.
        #expect(index.contains("<th scope=\"row\"><a href=\"sites/agency-b.html\">องค์การบริหารส่วนตำบลทุ่งทองพัฒนา</a><span class=\"cell-meta\">agency-b</span></th>"))
        #expect(count("<th scope=\"col\">o", in: index) == 28)
        #expect(count("<td class=\"s-fail\">ไม่ผ่าน</td>", in: index) == 1)
        #expect(index.contains("<li>notes: not a site"))
        // One page per site, beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output + "/sites").sorted() == ["agency-a.html", "agency-b.html"])
        let page = try String(contentsOfFile: output + "/sites/agency-b.html", encoding: .utf8)
        expectAccessibleStructure(page, "sites/agency-b.html")
        #expect(page.contains("<a href=\"../index.html\">"))
        #expect(page.contains("<span class=\"where\">data/executives.yaml:3:1</span>the YAML is malformed"))
        #expect(page.contains("<a href=\"https://thungthong.example/about/structure/\">"))
        // No staging left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root).filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func everyValueFromASiteIsEscaped() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        fixture.addDemo("agency <b>\"&'")
        #expect(fixture.replace("agency <b>\"&'/site.yaml", "title: องค์การบริหารส่วนตำบลทุ่งทองพัฒนา",
                                with: "title: \"<script>alert(1)</script> & <img src=x onerror=alert(2)>\""))
        #expect(fixture.replace("agency <b>\"&'/site.yaml", "base_url: https://thungthong.example/",
                                with: "base_url: https://x.example/?a=\"><script>alert(3)</script>/"))
        let (index, output, _) = try dashboard(fixture)
        for html in [index, try String(contentsOfFile: output + "/sites/agency <b>\"&'.html", encoding: .utf8)] {
            #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;"))
        }
        #expect(index.contains("<span class=\"cell-meta\">agency &lt;b&gt;&quot;&amp;&#39;</span>"))
        // The link to its page is percent-encoded, then escaped.
        #expect(index.contains("href=\"sites/agency%20%3Cb%3E%22&amp;\'.html\"") || index.contains("href=\"sites/agency%20%3Cb%3E%22&amp;&#39;.html\""))
    }

    /// `report dashboard`: from the JSON reports of shards, the files `check --sites --format html`
    /// writes over all the sites; refused as `report merge` refuses.
    @Test func theDashboardOfReportsIsTheDashboardOfCheck() throws {
        let fixture = SitesFixture.threeWithOneBroken()
        let check = ["check", "--sites", "sites", "--as-of", "2025-09-30"]
        #expect(try CLI.run(check + ["--format", "html", "--output", "direct"], in: fixture.root).status == 1)
        for shard in ["1/2", "2/2"] {
            let run = try CLI.run(check + ["--shard", shard, "--format", "json"], in: fixture.root)
            #expect(run.stdout.hasPrefix("{"))
            try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: fixture.root + "/shard-\(shard.prefix(1)).json"))
        }
        let joined = try CLI.run(["report", "dashboard", "shard-1.json", "shard-2.json", "--output", "joined"], in: fixture.root)
        #expect(joined.status == 0, "\(joined.stderr)")
        #expect(joined.stderr.contains("dashboard of 3 site(s) in joined/: 1 failing"))
        let direct = TemporarySite.snapshot(fixture.root + "/direct")
        #expect(direct.count == 4 && direct["sites/agency-b.html"] != nil)
        #expect(TemporarySite.snapshot(fixture.root + "/joined") == direct)

        let half = try CLI.run(["report", "dashboard", "shard-1.json", "--output", "half"], in: fixture.root)
        #expect(half.status == 2 && half.stderr.contains("shard(s) 2/2 missing"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/half"))
        let none = try CLI.run(["report", "dashboard", "--output", "none"], in: fixture.root)
        #expect(none.status == 2 && none.stderr.contains("no report to make the dashboard of."))
    }

    @Test func theCommandWritesTheDashboardFolder() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        let run = try CLI.run(["check", "--sites", "sites", "--as-of", "2025-09-30", "--format", "html", "--output", "dashboard"], in: fixture.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("wrote dashboard/index.html and 1 site page(s) in dashboard/sites/"))
        #expect(FileManager.default.fileExists(atPath: fixture.root + "/dashboard/sites/agency-a.html"))
        // The dashboard folder is replaced whole: a site gone is gone from it.
        try FileManager.default.moveItem(atPath: fixture.sites + "/agency-a", toPath: fixture.sites + "/agency-z")
        #expect(try CLI.run(["check", "--sites", "sites", "--as-of", "2025-09-30", "--format", "html", "--output", "dashboard"], in: fixture.root).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root + "/dashboard/sites") == ["agency-z.html"])
        // Never into the sites folder: it would be replaced whole.
        let inside = try CLI.run(["check", "--sites", "sites", "--format", "html", "--output", "sites"], in: fixture.root)
        #expect(inside.status == 2 && inside.stderr.contains("overlaps the sites folder"))
    }
}
