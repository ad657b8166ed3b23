import Caching
import Foundation
import Markdown
import Render
import SiteLoader
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// A build renders each page's Markdown while reading the site (`SiteLoader.load(withEachPage:)`)
/// and hands it to the renderer; the site must come out exactly as when the renderer does it,
/// and as a build on one thread.
@Suite struct PremadeMarkdownTests {
    static let source = TemporarySite.repository + "/content"
    static let date = CalendarDate(year: 2025, month: 9, day: 30)!

    static func texts(_ files: [OutputFile]) -> [String: String] {
        var out: [String: String] = [:]
        for file in files {
            switch file.content {
            case .text(let text): out[file.path] = text
            case .copy(let source): out[file.path] = "copy of " + source
            case .bytes(let bytes): out[file.path] = "\(bytes.count) bytes"
            }
        }
        return out
    }

    @Test func parallelBuildEqualsSerialBuild() throws {
        let parallel = SiteBuilder.prepare(BuildOptions(source: Self.source, themesFolder: TemporarySite.defaultThemes, buildDate: Self.date))
        let serial = SiteBuilder.prepare(BuildOptions(source: Self.source, serial: true, themesFolder: TemporarySite.defaultThemes,
                                                      buildDate: Self.date))
        let a = try #require(parallel.0), b = try #require(serial.0)
        #expect(a.files.count > 50)
        #expect(Self.texts(a.files) == Self.texts(b.files))
        #expect(parallel.1.map(\.description) == serial.1.map(\.description))
    }

    @Test func premadeMarkdownRendersWhatTheRendererWould() throws {
        let (loaded, markdown) = SiteLoader.load(siteRoot: Self.source, readingCachedPages: { [:] }) { config, page in
            PremadeMarkdown.render(page, options: PremadeMarkdown.options(for: config))
        }
        let site = try #require(loaded.site)
        #expect(markdown.count == site.pages.count)
        let theme = try #require(Theme.load(name: site.config.theme, siteRoot: site.root, themesFolder: TemporarySite.defaultThemes).0)
        let options = PremadeMarkdown.options(for: site.config)

        var plain = RenderOptions(buildDate: Self.date)
        let reference = Self.texts(SiteRenderer.render(site: site, theme: theme, options: plain).files)
        plain.markdown = PremadeMarkdown(options: options, byPath: markdown)
        #expect(Self.texts(SiteRenderer.render(site: site, theme: theme, options: plain).files) == reference)

        // Markdown made with other options is not used.
        let other = MarkdownOptions(allowRawHTML: !options.allowRawHTML)
        let wrong = markdown.mapValues { _ in MarkdownRenderer.render("# ไม่ใช่หน้านี้", options: other) }
        plain.markdown = PremadeMarkdown(options: other, byPath: wrong)
        #expect(Self.texts(SiteRenderer.render(site: site, theme: theme, options: plain).files) == reference)
    }
}
