import Foundation
import SitegenKit
import TestSupport
import Testing

/// The default theme's stylesheets stay well-formed (merges of CSS blocks have broken them
/// before, silently dropping every rule after the break).
@Suite struct ThemeTests {
    @Test(arguments: ["style.css", "print.css"])
    func stylesheetBracesBalanceAndRulesNestOnlyInAtRules(_ name: String) throws {
        let css = try String(contentsOfFile: TemporarySite.defaultThemes + "/default/static/assets/" + name, encoding: .utf8)
        // Drop comments, then walk the blocks.
        let text = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        var stack: [String] = []
        var selector = ""
        for ch in text {
            switch ch {
            case "{":
                let head = selector.trimmingCharacters(in: .whitespacesAndNewlines)
                if let parent = stack.last {
                    #expect(parent.hasPrefix("@"), "'\(head)' is nested inside '\(parent)' in \(name)")
                }
                stack.append(head)
                selector = ""
            case "}":
                #expect(!stack.isEmpty, "unbalanced } in \(name)")
                _ = stack.popLast()
                selector = ""
            case ";":
                selector = ""
            default:
                selector.append(ch)
            }
        }
        #expect(stack.isEmpty, "unclosed block in \(name): \(stack)")
    }
}

/// swift-mustache re-indents the output of a standalone partial tag that is indented, counting
/// the Characters of every rendered token: on a table of thousands of Thai rows that takes
/// seconds. Partial tags alone on a line therefore start at column 0.
@Suite struct ThemeTemplateTests {
    @Test func noStandalonePartialTagIsIndented() throws {
        let folder = TemporarySite.defaultThemes + "/default/templates"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
        #expect(names.count > 10)
        let standalone = try NSRegularExpression(pattern: #"^[ \t]+\{\{[><$][^}]*\}\}[ \t]*$"#)
        var indented: [String] = []
        for name in names.sorted() {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            for (i, line) in text.components(separatedBy: "\n").enumerated()
            where standalone.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                indented.append("\(name):\(i + 1): \(line)")
            }
        }
        #expect(indented == [])
    }
}

/// Fragments: `site-*` templates rendered once per build, `menu-*` once per current menu entry.
@Suite struct ThemeFragmentTests {
    @Test func fragmentsAreRenderedOnceAndMarkTheCurrentMenuEntry() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("about/_index.md", title: "เกี่ยวกับ", extra: "weight: 1\n")
        site.page("about/history.md", title: "ประวัติ")
        site.page("news/_index.md", title: "ข่าว", extra: "weight: 2\n")
        site.page("news/a.md", title: "ข่าว ก", extra: "date: 2025-01-01\n")
        site.write("layouts/site-stamp.mustache", "[site {{site.shortTitle}} <&>]")
        site.write("layouts/menu-marker.mustache", "{{#menu}}{{#current}}(current {{title}}){{/current}}{{/menu}}")
        site.write("layouts/page.mustache", "{{<base}}{{$main}}{{{site.fragments.stamp}}}|{{{page.fragments.marker}}}|{{/main}}{{/base}}")
        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                                    useCache: false))
        #expect(result.succeeded)
        let history = try #require(site.read("about/history/index.html"))
        #expect(history.contains("[site อบต.ทดสอบ <&>]|(current เกี่ยวกับ)|"))  // inserted as HTML, not escaped again
        let news = try #require(site.read("news/a/index.html"))
        #expect(news.contains("|(current ข่าว)|"))
        // The default theme's header and footer are fragments: every page still has them, its
        // own menu entry marked.
        #expect(history.contains(#"<a href="/about/" aria-current="page">เกี่ยวกับ</a>"#))
        #expect(news.contains(#"<a href="/news/" aria-current="page">ข่าว</a>"#) && !news.contains(#"href="/about/" aria-current"#))
        for html in [history, news, try #require(site.read("404.html")), try #require(site.read("sitemap/index.html"))] {
            #expect(html.contains(#"class="site-brand__name">องค์การบริหารส่วนตำบลทดสอบ</span>"#))
            #expect(html.contains(#"<nav class="site-nav" aria-label="เมนูหลัก">"#))
            // On a phone the menu is closed behind a button that needs no script.
            #expect(html.contains(#"<details class="site-nav__menu">"#) && html.contains(#">เมนู</span></summary>"#))
            #expect(html.contains(#"<h2 id="footer-contact">องค์การบริหารส่วนตำบลทดสอบ</h2>"#))
        }
    }
}

/// A site that carries a copy of the theme from an earlier sitegen keeps building.
@Suite struct EarlierThemeTests {
    @Test func aThemeWithoutTheDataCatalogueTemplateStillBuilds() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        let themes = site.root + "/themes"
        try FileManager.default.copyItem(atPath: TemporarySite.defaultThemes, toPath: themes)
        try FileManager.default.removeItem(atPath: themes + "/default/templates/data-catalogue.mustache")
        let result = SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: themes))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(site.read("index.html") != nil)
        #expect(site.read("data/index.html") == nil)
        #expect(site.read("sitemap.xml")?.contains("/data/") == false)
    }
}
