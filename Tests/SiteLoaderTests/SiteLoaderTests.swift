import Foundation
import SiteLoader
import SiteModel
import TestSupport
import Testing

@Suite struct FrontMatterTests {
    @Test func readsEveryField() throws {
        let text = """
            ---
            title: "โครงสร้างองค์กร"
            description: ผังโครงสร้าง
            date: 2025-01-15
            updated: 2025-02-01
            weight: 3
            draft: false
            aliases: [/old/structure/, old2]
            oit: [O1, o2]
            menu: footer
            attachments:
              - file: files/plan.pdf
                title: แผน
              - files/other.xlsx
            ---
            เนื้อหา
            """
        let parsed = FrontMatterParser.parse(text, file: "about/structure.md")
        #expect(parsed.diagnostics == [])
        let fm = try #require(parsed.frontMatter)
        #expect(fm.title == "โครงสร้างองค์กร")
        #expect(fm.date?.iso == "2025-01-15")
        #expect(fm.updated?.iso == "2025-02-01")
        #expect(fm.weight == 3)
        #expect(fm.aliases == ["/old/structure/", "/old2"])
        #expect(fm.oit == ["o1", "o2"])
        #expect(fm.menu == .footer)
        #expect(fm.attachments.map(\.file) == ["files/plan.pdf", "files/other.xlsx"])
        #expect(fm.attachments.map(\.title) == ["แผน", "other.xlsx"])
        #expect(parsed.body == "เนื้อหา")
        #expect(parsed.bodyLine == 16)
    }

    @Test func malformedYAMLNamesFileAndLine() throws {
        let text = "---\ntitle: ข่าว\ndate: 2025-01-15\ndescription: \"ไม่ปิดเครื่องหมายคำพูด\nweight: 1\n---\nbody\n"
        let parsed = FrontMatterParser.parse(text, file: "news/a.md")
        let d = try #require(parsed.diagnostics.first)
        #expect(d.severity == .error)
        #expect(d.file == "news/a.md")
        #expect(d.line == 6 || d.line == 5, "line \(String(describing: d.line))")
        #expect(d.description.hasPrefix("news/a.md:"))
        #expect(d.hint != nil)
    }

    @Test func fencesMayHaveSpacesAroundAndCloseWithDots() throws {
        let closings = ["---", " --- \t", "...", "\t..."]
        for closing in closings {
            let parsed = FrontMatterParser.parse("--- \ntitle: ก\n\(closing)\nbody\n", file: "p.md")
            #expect(parsed.frontMatter?.title == "ก", "closing \(closing)")
            #expect(parsed.body == "body\n" || parsed.body == "body", "closing \(closing)")
        }
        // Not fences: the title line, then a line that only looks like one, stay YAML.
        for notClosing in ["----", "-- -", "..", "—--", "- - -"] {
            let parsed = FrontMatterParser.parse("---\ntitle: ก\n\(notClosing)\n", file: "p.md")
            #expect(parsed.frontMatter == nil || parsed.diagnostics.contains { $0.severity == .error }, "\(notClosing)")
        }
        // An opening fence must be dashes.
        #expect(FrontMatterParser.parse("...\ntitle: ก\n---\nbody\n", file: "p.md").frontMatter == nil)
    }

    @Test func tabIndentationIsReportedOnItsLine() throws {
        let parsed = FrontMatterParser.parse("---\ntitle: ก\naliases:\n\t- /x/\n---\n", file: "p.md")
        let d = try #require(parsed.diagnostics.first)
        #expect(d.line == 4)
        #expect(d.message.contains("tab"))
    }

    @Test func unknownKeyGetsDidYouMean() throws {
        let parsed = FrontMatterParser.parse("---\ntitle: ก\ntitel: ข\n---\n", file: "p.md")
        let d = try #require(parsed.diagnostics.first)
        #expect(d.field == "titel")
        #expect(d.line == 3)
        #expect(d.hint?.contains("Did you mean 'title'?") == true)
    }

    @Test func impossibleDateAndWrongTypes() {
        let parsed = FrontMatterParser.parse("---\ntitle: ก\ndate: 2025-02-29\nweight: หนึ่ง\ndraft: maybe\n---\n", file: "p.md")
        let fields = parsed.diagnostics.map { "\($0.field ?? ""):\($0.line ?? 0)" }
        #expect(fields == ["date:3", "weight:4", "draft:5"])
        #expect(parsed.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func buddhistYearInDateWarnsAndConverts() throws {
        let parsed = FrontMatterParser.parse("---\ntitle: ก\ndate: 2568-01-15\n---\n", file: "p.md")
        #expect(parsed.frontMatter?.date?.iso == "2025-01-15")
        let d = try #require(parsed.diagnostics.first)
        #expect(d.severity == .warning)
        #expect(d.field == "date")
    }

    @Test func missingTitleAndMissingFrontMatter() {
        let noTitle = FrontMatterParser.parse("---\ndate: 2025-01-01\n---\n", file: "p.md")
        #expect(noTitle.frontMatter == nil)
        #expect(noTitle.diagnostics.first?.field == "title")
        let none = FrontMatterParser.parse("# หัวข้อ\n", file: "p.md")
        #expect(none.frontMatter == nil)
        #expect(none.diagnostics.first?.line == 1)
        let unclosed = FrontMatterParser.parse("---\ntitle: ก\n", file: "p.md")
        #expect(unclosed.diagnostics.first?.message.contains("never closed") == true)
    }

    @Test func duplicateKeysAreRefused() throws {
        let parsed = FrontMatterParser.parse("---\ntitle: ก\ntitle: ข\n---\n", file: "p.md")
        let d = try #require(parsed.diagnostics.first)
        #expect(d.message.contains("more than once"))
        #expect(parsed.frontMatter == nil)
    }
}

@Suite struct ConfigTests {
    @Test func readsConfigAndNormalisesBaseURL() throws {
        let (config, diagnostics) = ConfigLoader.parse("""
            title: เทศบาลตำบลตัวอย่าง
            agency_type: เทศบาลตำบล
            base_url: https://example.go.th/site
            digits: arabic
            raw_html: true
            ita_year: 2568
            contact:
              phones: 0-1234-5678
            """)
        #expect(diagnostics == [])
        let c = try #require(config)
        #expect(c.baseURL == "https://example.go.th/site/")
        #expect(c.agencyType == .subdistrictMunicipality)
        #expect(c.digits == .arabic)
        #expect(c.rawHTML)
        #expect(c.itaYear == 2568)
        #expect(c.contact.phones == ["0-1234-5678"])
        #expect(c.shortTitle == c.title)
    }

    @Test func contactMapAndChannels() throws {
        let (config, diagnostics) = ConfigLoader.parse("""
            title: x
            base_url: https://x.example/
            contact:
              map: {latitude: "14.1452", longitude: "99.7238"}
              channels:
                - {kind: facebook, name: เพจ, url: https://facebook.com/x}
                - {kind: line, name: "@x"}
            """)
        #expect(diagnostics == [])
        let c = try #require(config?.contact)
        #expect(c.map == MapLocation(latitude: "14.1452", longitude: "99.7238"))
        #expect(c.channels.map(\.kind) == [.facebook, .line])

        let (_, bad) = ConfigLoader.parse("""
            title: x
            base_url: https://x.example/
            contact:
              map: {latitude: "91.5", longitude: "east"}
              channels:
                - {kind: facebok, name: เพจ, url: facebook.com/x}
            """)
        let fields = bad.map { "\($0.field ?? ""):\($0.line ?? 0)" }
        #expect(fields == ["contact.map.latitude:4", "contact.map.longitude:4", "contact.channels[1].kind:6",
                           "contact.channels[1].url:6"])
        #expect(bad.first { $0.field == "contact.channels[1].kind" }?.hint?.contains("'facebook'") == true)
    }

    @Test func badConfigValuesNameTheirFields() {
        let (_, diagnostics) = ConfigLoader.parse("""
            title: x
            base_url: example.go.th
            digits: roman
            ita_year: 2025
            contact:
              phone: 1
            """)
        let fields = diagnostics.map { $0.field ?? "" }
        #expect(fields.contains("base_url"))
        #expect(fields.contains("digits"))
        #expect(fields.contains("ita_year"))
        #expect(fields.contains("contact.phone"))
        #expect(diagnostics.first { $0.field == "contact.phone" }?.hint?.contains("phones") == true)
    }
}

@Suite struct SiteFolderTests {
    @Test func mapsFilesToPrettyURLs() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("about/_index.md", title: "เกี่ยวกับ")
        site.page("about/structure.md", title: "โครงสร้าง")
        site.page("news/2568/a.md", title: "ข่าว", extra: "slug: first-news\n")
        site.write("files/a.pdf", "%PDF")
        site.write("layouts/page.mustache", "{{page.title}}")
        site.write(".hidden.md", "nothing")
        let result = SiteLoader.load(siteRoot: site.content)
        #expect(result.diagnostics == [])
        let loaded = try #require(result.site)
        let urls = Dictionary(uniqueKeysWithValues: loaded.pages.map { ($0.sourcePath, $0.url) })
        #expect(urls == ["index.md": "/", "about/_index.md": "/about/", "about/structure.md": "/about/structure/",
                         "news/2568/a.md": "/news/2568/first-news/"])
        #expect(loaded.pages.first { $0.url == "/about/" }?.kind == .section)
        #expect(loaded.pages.first { $0.url == "/" }?.kind == .home)
        #expect(loaded.staticFiles.map(\.outputPath) == ["files/a.pdf"])
    }

    @Test func urlRules() {
        #expect(SitePaths.url(forSource: "index.md") == "/")
        #expect(SitePaths.url(forSource: "_index.md") == "/")
        #expect(SitePaths.url(forSource: "a/index.md") == "/a/index/")
        #expect(SitePaths.url(forSource: "a/b/_index.md") == "/a/b/")
        #expect(SitePaths.url(forSource: "a/ข่าว.md") == "/a/ข่าว/")
        #expect(SitePaths.outputPath(forURL: "/") == "index.html")
        #expect(SitePaths.outputPath(forURL: "/a/b/") == "a/b/index.html")
        #expect(SitePaths.outputPath(forURL: "/sitemap.xml") == "sitemap.xml")
    }

    @Test func duplicateURLsAndMissingAttachmentsAreErrors() {
        let site = TemporarySite()
        site.page("about.md", title: "ก")
        site.page("about/_index.md", title: "ข")
        site.page("x.md", title: "ค", extra: "attachments: [files/missing.pdf]\n")
        let result = SiteLoader.load(siteRoot: site.content)
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("/about/") && $0.contains("used by both") })
        #expect(result.diagnostics.contains { $0.file == "x.md" && $0.field == "attachments" && $0.line == 3 })
    }

    @Test func textFileProblemsAreReportedWithLines() {
        let site = TemporarySite()
        site.writeData("bad.md", Data("---\ntitle: ก\n---\nok\n".utf8) + Data([0xE0, 0x41]))
        site.writeData("nul.md", Data("---\ntitle: ก\n---\n\nx\u{0}".utf8))
        site.writeData("bom.md", Data([0xEF, 0xBB, 0xBF]) + Data("---\r\ntitle: BOM\r\n---\r\nok\r\n".utf8))
        let result = SiteLoader.load(siteRoot: site.content)
        #expect(result.diagnostics.contains { $0.file == "bad.md" && $0.line == 5 && $0.message.contains("UTF-8") })
        #expect(result.diagnostics.contains { $0.file == "nul.md" && $0.line == 5 && $0.message.contains("NUL") })
        #expect(result.site?.pages.first { $0.sourcePath == "bom.md" }?.frontMatter.title == "BOM")
    }

    @Test func symlinkOutsideTheSiteIsRefused() throws {
        let site = TemporarySite()
        site.page("index.md", title: "ก")
        try FileManager.default.createSymbolicLink(atPath: site.content + "/passwd", withDestinationPath: "/etc/passwd")
        let result = SiteLoader.load(siteRoot: site.content)
        #expect(result.diagnostics.contains { $0.file == "passwd" && $0.severity == .error })
        #expect(result.site?.staticFiles.isEmpty == true)
    }

    @Test func missingConfigIsAnError() {
        let site = TemporarySite(config: nil)
        site.page("index.md", title: "ก")
        let result = SiteLoader.load(siteRoot: site.content)
        #expect(result.site == nil)
        #expect(result.diagnostics.first?.file == "site.yaml")
    }
}
