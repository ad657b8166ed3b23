import Foundation
import Markdown
import SiteModel
import ThaiText

/// Settings of one rendering run.
public struct RenderOptions: Sendable {
    public var includeDrafts: Bool
    /// The date the site is built, shown on generated pages.
    public var buildDate: CalendarDate
    /// Render on one thread (for the parallel-equals-serial test and debugging).
    public var serial: Bool
    /// Extra HTML injected before `</body>` (the live-reload script of `serve`); nil in production.
    public var bodyEndHTML: String?
    /// Pages made from something other than a Markdown file (the OIT index page).
    public var extraPages: [ExtraPage]
    /// Pages' Markdown already rendered (while the site was read); the rest is rendered here.
    public var markdown: PremadeMarkdown?
    /// The open-data files of each dataset, by data key: a page presenting the dataset links them.
    public var dataDownloads: [String: [DataDownload]] = [:]
    /// The page listing every dataset's downloads (`/data/`), linked beside them.
    public var dataCatalogueURL: String?

    public init(includeDrafts: Bool = false, buildDate: CalendarDate = .today(), serial: Bool = false,
                bodyEndHTML: String? = nil, extraPages: [ExtraPage] = []) {
        self.includeDrafts = includeDrafts
        self.buildDate = buildDate
        self.serial = serial
        self.bodyEndHTML = bodyEndHTML
        self.extraPages = extraPages
    }
}

/// A file of a dataset to download (its CSV table, its JSON, its OCDS package).
public struct DataDownload: Sendable, Equatable {
    /// `CSV`, `JSON`, `OCDS`.
    public var format: String
    /// The site path (`/data/executives.csv`).
    public var url: String
    public var bytes: Int
    public init(format: String, url: String, bytes: Int) {
        self.format = format
        self.url = url
        self.bytes = bytes
    }

    /// What a link to it says (Thai).
    public var label: String {
        switch format {
        case "CSV": return "ตารางข้อมูล (CSV)"
        case "JSON": return "ข้อมูลทั้งชุด (JSON)"
        case "OCDS": return "ข้อมูลการจัดซื้อจัดจ้างตามมาตรฐาน OCDS (JSON)"
        default: return format
        }
    }
}

/// A generated page: its address, template, title, the section it belongs under (for
/// breadcrumbs and menus), and its own template values under `page`.
public struct ExtraPage: Sendable {
    /// Listed at the top level of the site map page (`/sitemap/`).
    public var inSitemap = false
    public var url: String
    public var template: String
    public var title: String
    public var description: String
    public var section: String
    public var values: @Sendable (ContextEnvironment) -> [String: Any]

    public init(url: String, template: String, title: String, description: String, section: String,
                values: @escaping @Sendable (ContextEnvironment) -> [String: Any]) {
        self.url = url
        self.template = template
        self.title = title
        self.description = description
        self.section = section
        self.values = values
    }
}

/// An immutable value that is shared read-only between render threads.
struct Shared<T>: @unchecked Sendable { let value: T }

/// Pages' rendered Markdown by source path, with the options it was rendered with.
public struct PremadeMarkdown: Sendable {
    public let options: MarkdownOptions
    public let byPath: [String: RenderedMarkdown]

    public init(options: MarkdownOptions, byPath: [String: RenderedMarkdown]) {
        self.options = options
        self.byPath = byPath
    }

    public static func options(for config: SiteConfig) -> MarkdownOptions {
        MarkdownOptions(allowRawHTML: config.rawHTML)
    }

    /// A page's Markdown as the renderer uses it (tables wrapped for scrolling).
    public static func render(_ page: Page, options: MarkdownOptions) -> RenderedMarkdown {
        SiteRenderer.wrapTables(MarkdownRenderer.render(page.body, options: options))
    }
}

/// Turns a loaded site into output files through a theme. Touches no disk except to read
/// attachment sizes already known from the site model.
public enum SiteRenderer {
    public struct Output: Sendable {
        public var files: [OutputFile]
        public var diagnostics: [Diagnostic]
        public var plan: SitePlan
        /// The first paragraph of each page's Markdown, by source path: what listings, feeds and
        /// descriptions of other pages quote from it (the build cache compares it).
        public var firstParagraphs: [String: String] = [:]
    }

    public static func render(site: Site, theme: Theme, options: RenderOptions) -> Output {
        let clock = ProfileClock()
        let plan = SitePlan(site: site, includeDrafts: options.includeDrafts)
        let markdownOptions = PremadeMarkdown.options(for: site.config)
        let premade = options.markdown.flatMap { $0.options == markdownOptions ? $0.byPath : nil } ?? [:]
        let rendered = Parallel.map(plan.pages, serial: options.serial) { page in
            premade[page.sourcePath] ?? PremadeMarkdown.render(page, options: markdownOptions)
        }
        let markdownByURL = Dictionary(zip(plan.pages.map(\.url), rendered), uniquingKeysWith: { a, _ in a })
        let builder = ContextBuilder(site: site, plan: plan, options: options, markdown: markdownByURL)
        let fragments = Fragments(theme: theme, builder: builder)
        let shared = Shared(value: fragments.siteContext)

        var diagnostics: [Diagnostic] = []
        for (page, markdown) in zip(plan.pages, rendered) {
            for note in markdown.notes {
                diagnostics.append(.warning(note.message, file: page.sourcePath, line: page.bodyLine + note.line - 1,
                                            hint: note.hint))
            }
        }
        clock.mark("render: markdown")
        let pageResults = Parallel.map(plan.pages, serial: options.serial) { page in
            renderPage(page, builder: builder, siteContext: shared, fragments: fragments, theme: theme)
        }
        var files: [OutputFile] = []
        for (outputs, d) in pageResults {
            files += outputs
            if let d { diagnostics.append(d) }
        }

        clock.mark("render: pages")
        // Pages datasets publish below the pages presenting them (one page per plan entry).
        let (subpages, subpageDiagnostics) = builder.subpages()
        diagnostics += subpageDiagnostics
        let subpageResults = Parallel.map(subpages.map { Shared(value: $0) }, serial: options.serial) { sub -> Result<OutputFile, Diagnostic> in
            var context = shared.value
            context["page"] = fragments.adding(to: sub.value.context)
            guard let html = theme.render(sub.value.template, context) else {
                return .failure(.error("the template '\(sub.value.template)' could not render the page \(sub.value.url).",
                                       file: sub.value.parent.sourcePath, field: "data",
                                       hint: "Check that the theme has templates/\(sub.value.template).mustache."))
            }
            return .success(OutputFile(path: SitePaths.outputPath(forURL: sub.value.url), content: .text(builder.finish(html))))
        }
        for result in subpageResults {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let d): diagnostics.append(d)
            }
        }

        clock.mark("render: subpages")
        // Generated pages.
        var generated: [(String, String, [String: Any])] = [
            ("404", "404.html", builder.specialPageContext(title: "ไม่พบหน้าที่ต้องการ", url: "/404.html")),
            ("sitemap", "sitemap/index.html", builder.sitemapContext()),
            ("sitemap.xml", "sitemap.xml", builder.sitemapXMLContext(subpages: subpages)),
            ("robots.txt", "robots.txt", [:]),
        ]
        if theme.templateNames.contains("search") {
            if let taken = plan.byURL["/search/"] {
                diagnostics.append(.error("this page's address, /search/, is the address of the site's search page.",
                                          file: taken.sourcePath,
                                          hint: "Give the page another address: rename its file or folder."))
            } else {
                generated.append(("search", "search/index.html", builder.searchContext()))
            }
        }
        for extra in options.extraPages {
            generated.append((extra.template, SitePaths.outputPath(forURL: extra.url), builder.extraPageContext(extra)))
        }
        for archive in builder.newsArchives() {
            for (url, context) in archive {
                generated.append(("archive", SitePaths.outputPath(forURL: url), ["page": context]))
            }
        }
        if let feed = builder.newsFeedContext() {
            generated.append(("atom.xml", SitePaths.outputPath(forURL: builder.newsFeedURL), feed))
        }
        for page in plan.pages {
            for alias in page.frontMatter.aliases {
                generated.append(("alias", SitePaths.outputPath(forURL: alias.hasSuffix("/") || alias.hasSuffix(".html") ? alias : alias + "/"),
                                  builder.aliasContext(target: page)))
            }
        }
        let generatedResults = Parallel.map(generated.map { Shared(value: $0) }, serial: options.serial) { item -> Result<OutputFile, Diagnostic> in
            let (template, path, extra) = item.value
            var context = shared.value
            for (k, v) in extra { context[k] = k == "page" ? (v as? [String: Any]).map(fragments.adding) ?? v : v }
            guard let text = theme.render(template, context) else {
                return .failure(.error("the template '\(template)' could not render.", file: "themes/\(theme.name)/templates/\(template).mustache"))
            }
            return .success(OutputFile(path: path, content: .text(path.hasSuffix(".html") ? builder.finish(text) : text)))
        }
        for result in generatedResults {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let d): diagnostics.append(d)
            }
        }

        clock.mark("render: generated")
        // Static files: theme assets first, so a site file at the same path wins.
        var staticByPath: [String: OutputFile] = [:]
        for file in theme.staticFiles { staticByPath[file.path] = file }
        for s in site.staticFiles { staticByPath[s.outputPath] = OutputFile(path: s.outputPath, content: .copy(s.sourceURL)) }
        let generatedPaths = Set(files.map(\.path))
        for (path, file) in staticByPath.sorted(by: { $0.key < $1.key }) {
            if generatedPaths.contains(path) {
                diagnostics.append(.error("this file would overwrite the generated page /\(path).", file: path,
                                          hint: "Rename or move the file."))
                continue
            }
            files.append(file)
        }
        let written = Set(files.map(\.path))
        for (page, markdown) in zip(plan.pages, rendered) {
            diagnostics += MarkdownFiles.missing(in: markdown, of: page, exists: written.contains)
        }
        var firstParagraphs: [String: String] = [:]
        for (page, markdown) in zip(plan.pages, rendered) { firstParagraphs[page.sourcePath] = markdown.firstParagraph }
        return Output(files: files, diagnostics: diagnostics, plan: plan, firstParagraphs: firstParagraphs)
    }

    /// One page's output files; a section with many entries is split into listing pages
    /// (/news/, /news/page/2/, …).
    static func renderPage(_ page: Page, builder: ContextBuilder, siteContext: Shared<[String: Any]>,
                           fragments: Fragments, theme: Theme) -> ([OutputFile], Diagnostic?) {
        let template = templateName(for: page, theme: theme)
        var outputs: [OutputFile] = []
        for (url, pageContext) in builder.pageContexts(page) {
            var context = siteContext.value
            context["page"] = fragments.adding(to: pageContext)
            guard let html = theme.render(template, context) else {
                return ([], .error("the template '\(template)' could not render this page.", file: page.sourcePath,
                                   field: "layout", hint: "Check that the theme has templates/\(template).mustache."))
            }
            outputs.append(OutputFile(path: SitePaths.outputPath(forURL: url), content: .text(builder.finish(html))))
        }
        return (outputs, nil)
    }

    /// What rendering one page on its own gives.
    public struct PageRendering: Sendable {
        public var page: Page
        public var files: [OutputFile]
        public var markdown: RenderedMarkdown
        public var failure: Diagnostic?
    }

    /// Renders only `pages`, each exactly as a whole-site render would, for a site whose other
    /// pages are known by their front matter alone (their bodies may be empty). Valid for
    /// ordinary pages (not the home page or sections, whose listings quote other pages' bodies)
    /// that present no dataset (`data:`): the build cache uses it when only such pages' text changed.
    public static func renderPages(_ pages: [Page], site: Site, theme: Theme, options: RenderOptions) -> [PageRendering] {
        let plan = SitePlan(site: site, includeDrafts: options.includeDrafts)
        let markdownOptions = PremadeMarkdown.options(for: site.config)
        let rendered = Parallel.map(pages, serial: options.serial) { page in
            PremadeMarkdown.render(page, options: markdownOptions)
        }
        let markdownByURL = Dictionary(zip(pages.map(\.url), rendered), uniquingKeysWith: { a, _ in a })
        let builder = ContextBuilder(site: site, plan: plan, options: options, markdown: markdownByURL)
        let fragments = Fragments(theme: theme, builder: builder)
        let shared = Shared(value: fragments.siteContext)
        return zip(pages, rendered).map { page, markdown in
            let (files, failure) = renderPage(page, builder: builder, siteContext: shared, fragments: fragments, theme: theme)
            return PageRendering(page: page, files: files, markdown: markdown, failure: failure)
        }
    }

    /// Markdown tables: each scrolls inside its own container on a phone instead of the whole page,
    /// its column headers get `scope="col"`, and it is captioned with the heading of the part of the page
    /// it is in (visually hidden when that heading is right above the table, where it is already seen).
    /// A table with no heading before it keeps a generic name for its scrolling region.
    static func wrapTables(_ md: RenderedMarkdown) -> RenderedMarkdown {
        let html = Array(md.html.utf8)
        guard ByteSearch.find("<table>", in: html) != nil else { return md }
        // Byte searches throughout: Character-level and Foundation searches cost grapheme
        // breaking over Thai text.
        var headings: [(end: Int, title: String)] = []
        var from = 0
        for h in md.headings where !h.text.isEmpty {
            guard let open = ByteSearch.find("<h\(h.level) id=\"\(h.id)\">", in: html, from: from),
                  let close = ByteSearch.find("</h\(h.level)>", in: html, from: open) else { continue }
            from = close + "</h\(h.level)>".utf8.count
            headings.append((from, h.text))
        }
        var out: [UInt8] = []
        out.reserveCapacity(html.count + 512)
        var cursor = 0
        var number = 0
        while let open = ByteSearch.find("<table>", in: html, from: cursor),
              let close = ByteSearch.find("</table>", in: html, from: open) {
            number += 1
            out += html[cursor..<open]
            var start: String
            if let heading = headings.last(where: { $0.end <= open }) {
                let id = "md-table-\(number)"
                let adjacent = html[heading.end..<open].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }
                start = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(id)\"><table>"
                    + "<caption id=\"\(id)\"\(adjacent ? " class=\"visually-hidden\"" : "")>\(HTMLEscaping.escape(heading.title))</caption>"
            } else {
                start = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"ตาราง (เลื่อนดูด้านข้างได้)\"><table>"
            }
            out += start.utf8
            scopeColumnHeaders(html[(open + 7)..<close], into: &out)
            out += "</table></div>".utf8
            cursor = close + 8
        }
        out += html[cursor...]
        return RenderedMarkdown(html: String(decoding: out, as: UTF8.self), headings: md.headings,
                                firstParagraph: md.firstParagraph, notes: md.notes, references: md.references)
    }

    /// `<th>` cells inside `<thead>` (all a GFM table has) head their column.
    private static func scopeColumnHeaders(_ table: ArraySlice<UInt8>, into out: inout [UInt8]) {
        let bytes = Array(table)
        guard let head = ByteSearch.find("<thead>", in: bytes), let end = ByteSearch.find("</thead>", in: bytes, from: head) else {
            out += bytes
            return
        }
        var cursor = 0
        while let cell = ByteSearch.find("<th", in: bytes, from: cursor), cell < end {
            let afterTag = cell + 3
            out += bytes[cursor..<afterTag]
            if bytes[afterTag] == 0x3E || bytes[afterTag] == 0x20 { out += " scope=\"col\"".utf8 }  // <th> or <th style=…>, not <thead>
            cursor = afterTag
        }
        out += bytes[cursor...]
    }

    static func templateName(for page: Page, theme: Theme) -> String {
        if let layout = page.frontMatter.layout, theme.templateNames.contains(layout) { return layout }
        switch page.kind {
        case .home: return "home"
        case .section: return "section"
        case .page: return "page"
        }
    }
}
