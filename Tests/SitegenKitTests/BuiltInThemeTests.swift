import Foundation
import Render
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// The default theme is part of the program: a site with no themes/ folder builds with it, a
/// site overrides single files of it, and `sitegen theme export` writes it out unchanged.
@Suite struct BuiltInThemeTests {
    static let date = CalendarDate(year: 2026, month: 12, day: 6)!

    /// A small site with a page, a section and a news item; no themes/ folder anywhere near it.
    func site() -> TemporarySite {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("about/_index.md", title: "เกี่ยวกับเรา", body: "ประวัติความเป็นมา")
        site.page("news/2026-11-01-meeting.md", title: "ประชุมสภา", extra: "date: 2026-11-01\n")
        return site
    }

    func build(_ site: TemporarySite, themes: String? = nil, output: String? = nil) -> BuildResult {
        SiteBuilder.build(BuildOptions(source: site.content, output: output ?? site.output, themesFolder: themes,
                                       buildDate: Self.date, useCache: false))
    }

    @Test func theEmbeddedThemeIsTheRepositoryThemeFileForFile() throws {
        let folder = TemporarySite.defaultThemes + "/default"
        let onDisk = TemporarySite.snapshot(folder).filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
        #expect(onDisk.count == BuiltInTheme.files.count)
        for (path, bytes) in BuiltInTheme.files {
            #expect(onDisk[path] == Data(bytes), "\(path) differs from themes/default/\(path)")
        }
        #expect(BuiltInTheme.files.contains { $0.path.hasSuffix(".woff2") })
    }

    @Test func aSiteWithoutThemesBuildsAsWithTheRepositoryTheme() throws {
        let site = site()
        let builtIn = build(site)
        #expect(builtIn.succeeded, "\(builtIn.diagnostics)")
        #expect(builtIn.diagnostics.isEmpty, "\(builtIn.diagnostics)")
        let withFolder = build(site, themes: TemporarySite.defaultThemes, output: site.root + "/public-folder")
        #expect(withFolder.succeeded)
        let a = TemporarySite.snapshot(site.output), b = TemporarySite.snapshot(site.root + "/public-folder")
        #expect(a.count > 10 && a.keys.contains { $0.hasSuffix(".woff2") })
        #expect(a == b)
    }

    @Test func theExportedThemeBuildsByteIdenticalOutput() throws {
        let site = site()
        #expect(build(site).succeeded)
        let exported = site.root + "/exported/default"
        let written = try BuiltInTheme.export(to: exported, overwrite: false)
        #expect(written.count == BuiltInTheme.files.count)
        let out = site.root + "/public-exported"
        #expect(build(site, themes: site.root + "/exported", output: out).succeeded)
        #expect(TemporarySite.snapshot(site.output) == TemporarySite.snapshot(out))
    }

    @Test func exportRefusesExistingFilesUnlessForced() throws {
        let site = TemporarySite()
        let folder = site.root + "/themes/default"
        try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/templates/page.mustache"))
        #expect(throws: BuiltInTheme.ExportError.self) { try BuiltInTheme.export(to: folder, overwrite: false) }
        // Nothing was written, and the clerk's file is as it was.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/templates") == ["page.mustache"])
        #expect(FileManager.default.contents(atPath: folder + "/templates/page.mustache") == Data("mine".utf8))
        try BuiltInTheme.export(to: folder, overwrite: true)
        let page = try #require(BuiltInTheme.files.first { $0.path == "templates/page.mustache" })
        #expect(FileManager.default.contents(atPath: folder + "/templates/page.mustache") == Data(page.bytes))
    }

    @Test func oneOverriddenTemplateTakesEffectAndTheRestIsBuiltIn() throws {
        let site = site()
        #expect(build(site).succeeded)
        let before = TemporarySite.snapshot(site.output)
        // The project layout: themes/default/ beside content/, holding one template.
        let override = site.root + "/themes/default/templates/section.mustache"
        try FileManager.default.createDirectory(atPath: (override as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("{{<base}}{{$main}}<p class=\"own-section\">{{page.title}}</p>{{/main}}{{/base}}".utf8)
            .write(to: URL(fileURLWithPath: override))
        let result = build(site)
        #expect(result.succeeded, "\(result.diagnostics)")
        let after = TemporarySite.snapshot(site.output)
        #expect(String(decoding: after["about/index.html"] ?? Data(), as: UTF8.self).contains("<p class=\"own-section\">เกี่ยวกับเรา</p>"))
        #expect(after["index.html"] == before["index.html"])
        #expect(after["assets/style.css"] == before["assets/style.css"])
        #expect(Set(after.keys) == Set(before.keys))
    }

    @Test func oneOverriddenAssetTakesEffect() throws {
        let site = site()
        let css = site.root + "/themes/default/static/assets/style.css"
        try FileManager.default.createDirectory(atPath: (css as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("body { color: black; }\n".utf8).write(to: URL(fileURLWithPath: css))
        let result = build(site)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(site.read("assets/style.css") == "body { color: black; }\n")
        #expect(site.read("index.html")?.contains("หน้าแรก") == true)
    }

    @Test func aThemeOfAnotherNameIsStillLookedForAndNamedWhenMissing() throws {
        let site = TemporarySite(config: TemporarySite.minimalConfig + "theme: civic\n")
        site.page("index.md", title: "หน้าแรก")
        let result = build(site)
        #expect(!result.succeeded)
        #expect(result.errors.map(\.field) == ["theme"])
        #expect(result.errors.first?.message.contains("'civic' was not found") == true)
    }

    @Test func theBuiltInThemeIsParsedOncePerProcessCache() throws {
        let a = site(), b = site()
        let cache = ThemeCache()
        let (themeA, _) = cache.load(name: "default", siteRoot: a.content)
        let (themeB, _) = cache.load(name: "default", siteRoot: b.content)
        #expect(cache.count == 1)
        #expect(try #require(themeA).folder == BuiltInTheme.folder && themeB?.folder == BuiltInTheme.folder)
    }

    @Test func aThemeFolderAddedAfterABuildWithTheBuiltInThemeIsSeenByTheBuildCache() throws {
        let site = site()
        let options = BuildOptions(source: site.content, output: site.output, buildDate: Self.date)
        site.settle()
        #expect(SiteBuilder.build(options).succeeded)
        #expect(SiteBuilder.build(options).shortcut == .upToDate)
        let override = site.root + "/themes/default/templates/home.mustache"
        try FileManager.default.createDirectory(atPath: (override as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("{{<base}}{{$main}}<p>own home</p>{{/main}}{{/base}}".utf8).write(to: URL(fileURLWithPath: override))
        let again = SiteBuilder.build(options)
        #expect(again.succeeded && again.shortcut == .none)
        #expect(site.read("index.html")?.contains("<p>own home</p>") == true)
    }
}
