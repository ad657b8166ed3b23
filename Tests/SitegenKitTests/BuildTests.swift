import Foundation
import Render
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// Builds small sites through the whole pipeline.
@Suite struct BuildTests {
    static let buildDate = CalendarDate(year: 2025, month: 3, day: 15)!

    func options(_ site: TemporarySite, strict: Bool = false) -> BuildOptions {
        BuildOptions(source: site.content, output: site.output, strict: strict,
                     themesFolder: TemporarySite.defaultThemes, buildDate: Self.buildDate)
    }

    @Test func contentValuesAreEscapedEverywhere() throws {
        let raw = #""><script>alert(1)</script><img src=x onerror=alert(2)>'"#
        let payload = raw.replacingOccurrences(of: "'", with: "''") // inside single-quoted YAML
        let site = TemporarySite(config: """
            title: 'อบต.<script>alert(3)</script>'
            base_url: https://test.example/
            description: '\(payload)'
            contact:
              address: '\(payload)'
              email: '\(payload)'
              phones: ['\(payload)']
            """)
        site.page("index.md", title: "หน้าแรก")
        site.page("news/_index.md", title: "ข่าว")
        site.page("news/a.md", title: "'\(payload)'", body: "ข้อความ <script>alert(4)</script>",
                  extra: "description: '\(payload)'\n")
        let result = SiteBuilder.build(options(site))
        #expect(result.errors == [])
        for path in ["index.html", "news/index.html", "news/a/index.html", "sitemap/index.html", "404.html"] {
            let html = try #require(site.read(path), "\(path) missing")
            #expect(!html.contains("<script"), "unescaped script in \(path)")
            #expect(!html.contains("<img src=x"), "unescaped img in \(path)")
        }
        let post = try #require(site.read("news/a/index.html"))
        #expect(post.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(post.contains("<!-- raw HTML omitted -->"))
    }

    @Test func markdownTablesScrollAndAreCaptionedByTheirHeadingWithColumnScopes() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("rates.md", title: "อัตรา", body: """
            | ไม่มีหัวข้อ | ค่า |
            |---|---:|
            | ก | ๑ |

            ## อัตราเบี้ยยังชีพ <ผู้สูงอายุ>

            | ช่วงอายุ | บาท |
            |---|---:|
            | ๖๐–๖๙ ปี | ๖๐๐ |

            ย่อหน้าคั่น

            | ช่วงอายุ | บาท |
            |---|---|
            | ๗๐–๗๙ ปี | ๗๐๐ |
            """)
        #expect(SiteBuilder.build(options(site)).succeeded)
        let html = try #require(site.read("rates/index.html"))
        // Before any heading: a scrolling region with a generic name, no caption.
        #expect(html.contains(#"<div class="table-scroll" role="region" tabindex="0" aria-label="ตาราง (เลื่อนดูด้านข้างได้)"><table>"#
                              + "\n<thead>"))
        // Right under its heading: the heading is the caption, hidden from sight (it is just above).
        #expect(html.contains(#"<div class="table-scroll" role="region" tabindex="0" aria-labelledby="md-table-2"><table>"#
                              + #"<caption id="md-table-2" class="visually-hidden">อัตราเบี้ยยังชีพ &lt;ผู้สูงอายุ&gt;</caption>"#))
        // Further down the same part of the page: the same caption, shown.
        #expect(html.contains(#"<caption id="md-table-3">อัตราเบี้ยยังชีพ &lt;ผู้สูงอายุ&gt;</caption>"#))
        #expect(html.contains(#"<th scope="col">ช่วงอายุ</th>"#))
        #expect(html.contains(#"<th scope="col" style="text-align: right">บาท</th>"#))
        #expect(!html.contains("<th>"))
        #expect(html.components(separatedBy: "<table>").count == 4)
        #expect(html.components(separatedBy: "</table></div>").count == 4)
    }

    @Test func malformedFrontMatterFailsAndLeavesPublicByteIdentical() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("about.md", title: "เกี่ยวกับ")
        #expect(SiteBuilder.build(options(site)).succeeded)
        let before = TemporarySite.snapshot(site.output)
        #expect(!before.isEmpty)

        site.write("about.md", "---\ntitle: เกี่ยวกับ\ndate: [2025-01-01\n---\nเนื้อหาใหม่\n")
        site.page("new.md", title: "หน้าใหม่")
        let result = SiteBuilder.build(options(site))
        #expect(!result.succeeded)
        let error = try #require(result.errors.first)
        #expect(error.file == "about.md")
        #expect(error.line == 4)
        #expect(TemporarySite.snapshot(site.output) == before)
    }

    @Test func strictTurnsWarningsIntoErrors() {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก", extra: "date: 2568-01-01\n")
        #expect(SiteBuilder.build(options(site)).succeeded)
        let strict = SiteBuilder.build(options(site, strict: true))
        #expect(!strict.succeeded)
        #expect(strict.errors.first?.field == "date")
    }

    @Test func siteTemplateOverridesTheTheme() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("about.md", title: "เกี่ยวกับ")
        site.write("layouts/page.mustache", "<!DOCTYPE html><title>{{page.title}}</title><p class=\"override\">{{page.title}}</p>")
        site.write("layouts/special.mustache", "special:{{page.title}}")
        site.page("s.md", title: "พิเศษ", extra: "layout: special\n")
        #expect(SiteBuilder.build(options(site)).succeeded)
        #expect(site.read("about/index.html") == "<!DOCTYPE html><title>เกี่ยวกับ</title><p class=\"override\">เกี่ยวกับ</p>")
        #expect(site.read("s/index.html") == "special:พิเศษ")
        // The home page still uses the theme's own template.
        #expect(site.read("index.html")?.contains("class=\"site-header\"") == true)
    }

    @Test func unknownLayoutAndBrokenTemplateAreErrors() {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก", extra: "layout: nothing\n")
        let missing = SiteBuilder.build(options(site))
        #expect(missing.errors.contains { $0.file == "index.md" && $0.field == "layout" })

        let broken = TemporarySite()
        broken.page("index.md", title: "หน้าแรก")
        broken.write("layouts/page.mustache", "line one\n{{#page}}never closed\n")
        let result = SiteBuilder.build(options(broken))
        #expect(result.errors.contains { $0.file == "layouts/page.mustache" && $0.line != nil })
    }

    @Test func draftsAreLeftOutUnlessAsked() {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("wip.md", title: "ร่าง", extra: "draft: true\n")
        #expect(SiteBuilder.build(options(site)).succeeded)
        #expect(site.read("wip/index.html") == nil)
        #expect(site.read("sitemap.xml")?.contains("/wip/") == false)
        var withDrafts = options(site)
        withDrafts.includeDrafts = true
        #expect(SiteBuilder.build(withDrafts).succeeded)
        #expect(site.read("wip/index.html") != nil)
    }

    @Test func generatedFilesAliasesAndBaseURLPath() throws {
        let site = TemporarySite(config: "title: ทดสอบ\nbase_url: https://example.go.th/tambon/\n")
        site.page("index.md", title: "หน้าแรก")
        site.page("about/_index.md", title: "เกี่ยวกับ", extra: "weight: 1\n")
        site.page("about/history.md", title: "ประวัติ", extra: "aliases: [/history/]\ndate: 2024-10-01\n")
        #expect(SiteBuilder.build(options(site)).succeeded)
        let robots = try #require(site.read("robots.txt"))
        #expect(robots.contains("Sitemap: https://example.go.th/tambon/sitemap.xml"))
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.go.th/tambon/about/history/</loc><lastmod>2024-10-01</lastmod>"))
        let alias = try #require(site.read("history/index.html"))
        #expect(alias.contains(#"url=/tambon/about/history/""#))
        let page = try #require(site.read("about/history/index.html"))
        #expect(page.contains(#"<link rel="canonical" href="https://example.go.th/tambon/about/history/">"#))
        #expect(page.contains(#"href="/tambon/about/" aria-current="page""#))
        // B.E. date in Thai digits in the footer: 1 October 2024 = ๑ ตุลาคม ๒๕๖๗.
        #expect(page.contains("<time datetime=\"2024-10-01\">๑ ตุลาคม ๒๕๖๗</time>"))
        #expect(site.read("404.html")?.contains("/tambon/sitemap/") == true)
        #expect(site.read("sitemap/index.html")?.contains("ประวัติ") == true)
    }

    @Test func outputInsideTheSiteFolderIsRefused() {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        var o = options(site)
        o.output = site.content + "/public"
        let result = SiteBuilder.build(o)
        #expect(!result.succeeded)
        o.output = site.root
        #expect(!SiteBuilder.build(o).succeeded)
    }
}
