import Foundation
import Markdown
@testable import Render
import SiteModel
import ThaiText
import Testing
import TestSupport
@testable import SitegenKit

/// A page's Markdown may only point to images and files the build writes.
@Suite struct MarkdownFilesTests {
    func build(_ site: TemporarySite) -> BuildResult {
        SiteBuilder.build(BuildOptions(source: site.content, output: site.output, themesFolder: TemporarySite.defaultThemes,
                                       buildDate: CalendarDate(year: 2025, month: 10, day: 1)!, useCache: true))
    }

    @Test func destinationsResolveAsABrowserDoesUnderThePagesAddress() {
        #expect(MarkdownFiles.outputPath(of: "map.png", from: "/about/history/") == "about/history/map.png")
        #expect(MarkdownFiles.outputPath(of: "../map.png", from: "/about/history/") == "about/map.png")
        #expect(MarkdownFiles.outputPath(of: "/files/a%20b.pdf?x=1#p2", from: "/about/") == "files/a b.pdf")
        #expect(MarkdownFiles.outputPath(of: "../../../../x.pdf", from: "/a/") == "x.pdf")
        #expect(MarkdownFiles.outputPath(of: "../history/", from: "/about/x/") == "about/history/index.html")
        for elsewhere in ["https://example.go.th/a.pdf", "mailto:a@b.th", "tel:+6621", "#top", "//cdn.example/a.png", ""] {
            #expect(MarkdownFiles.outputPath(of: elsewhere, from: "/about/") == nil, "\(elsewhere)")
        }
    }

    @Test func missingImagesAndFilesAreErrorsOnTheirLines() throws {
        let site = TemporarySite()
        site.write("about/history.md", """
            ---
            title: ประวัติ
            ---
            ![ภาพ](map.png) [แผน](/files/plan.pdf) [หน้า](/no-page/) [เว็บ](https://x.go.th/a.pdf)

            [ดาวน์โหลด](/files/none.docx)
            """)
        site.write("about/map.png", "PNG")
        site.write("files/plan.pdf", "%PDF")
        let result = build(site)
        let errors = result.errors.filter { $0.file == "about/history.md" }
        #expect(errors.count == 2, "\(errors)")
        let image = try #require(errors.first { $0.message.contains("'map.png'") })
        #expect(image.line == 4)
        #expect(image.hint?.contains("write '/about/map.png'") == true)
        let download = try #require(errors.first { $0.message.contains("none.docx") })
        #expect(download.line == 6)
        #expect(result.report == nil)
    }

    @Test func anIncrementalBuildDoesNotPublishABrokenImage() throws {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก")
        site.page("about.md", title: "ประวัติ", body: "ข้อความ\n\nย่อหน้าสอง")
        site.settle()
        #expect(build(site).succeeded)
        let before = TemporarySite.snapshot(site.output)
        #expect(site.replace("about.md", "ย่อหน้าสอง", with: "ย่อหน้าสอง ![ภาพ](gone.png)"))
        let second = build(site)
        #expect(second.errors.contains { $0.message.contains("'gone.png'") && $0.line == 6 }, "\(second.diagnostics)")
        #expect(second.report == nil)
        #expect(TemporarySite.snapshot(site.output) == before)
    }
}
