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

    public init(includeDrafts: Bool = false, buildDate: CalendarDate = .today(), serial: Bool = false,
                bodyEndHTML: String? = nil, extraPages: [ExtraPage] = []) {
        self.includeDrafts = includeDrafts
        self.buildDate = buildDate
        self.serial = serial
        self.bodyEndHTML = bodyEndHTML
        self.extraPages = extraPages
    }
}

/// A generated page: its address, template, title, the section it belongs under (for
/// breadcrumbs and menus), and its own template values under `page`.
public struct ExtraPage: Sendable {
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

/// Turns a loaded site into output files through a theme. Touches no disk except to read
/// attachment sizes already known from the site model.
public enum SiteRenderer {
    public struct Output: Sendable {
        public var files: [OutputFile]
        public var diagnostics: [Diagnostic]
        public var plan: SitePlan
    }

    public static func render(site: Site, theme: Theme, options: RenderOptions) -> Output {
        let plan = SitePlan(site: site, includeDrafts: options.includeDrafts)
        let markdownOptions = MarkdownOptions(allowRawHTML: site.config.rawHTML)
        let rendered = Parallel.map(plan.pages, serial: options.serial) { page in
            MarkdownRenderer.render(page.body, options: markdownOptions)
        }.map(wrapTables)
        let markdownByURL = Dictionary(zip(plan.pages.map(\.url), rendered), uniquingKeysWith: { a, _ in a })
        let builder = ContextBuilder(site: site, plan: plan, options: options, markdown: markdownByURL)
        let shared = Shared(value: builder.siteContext())

        var diagnostics: [Diagnostic] = []
        for (page, markdown) in zip(plan.pages, rendered) {
            for note in markdown.notes {
                diagnostics.append(.warning(note.message, file: page.sourcePath, line: page.bodyLine + note.line - 1,
                                            hint: note.hint))
            }
        }
        // A section with many entries is split into listing pages (/news/, /news/page/2/, …).
        let pageResults = Parallel.map(plan.pages, serial: options.serial) { page -> ([OutputFile], Diagnostic?) in
            let template = templateName(for: page, theme: theme)
            var outputs: [OutputFile] = []
            for (url, pageContext) in builder.pageContexts(page) {
                var context = shared.value
                context["page"] = pageContext
                guard let html = theme.render(template, context) else {
                    return ([], .error("the template '\(template)' could not render this page.", file: page.sourcePath,
                                       field: "layout", hint: "Check that the theme has templates/\(template).mustache."))
                }
                outputs.append(OutputFile(path: SitePaths.outputPath(forURL: url), content: .text(builder.finish(html))))
            }
            return (outputs, nil)
        }
        var files: [OutputFile] = []
        for (outputs, d) in pageResults {
            files += outputs
            if let d { diagnostics.append(d) }
        }

        // Generated pages.
        var generated: [(String, String, [String: Any])] = [
            ("404", "404.html", builder.specialPageContext(title: "ไม่พบหน้าที่ต้องการ", url: "/404.html")),
            ("sitemap", "sitemap/index.html", builder.sitemapContext()),
            ("sitemap.xml", "sitemap.xml", builder.sitemapXMLContext()),
            ("robots.txt", "robots.txt", [:]),
        ]
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
        for (template, path, extra) in generated {
            var context = shared.value
            for (k, v) in extra { context[k] = v }
            guard let text = theme.render(template, context) else {
                diagnostics.append(.error("the template '\(template)' could not render.", file: "themes/\(theme.name)/templates/\(template).mustache"))
                continue
            }
            files.append(OutputFile(path: path, content: .text(path.hasSuffix(".html") ? builder.finish(text) : text)))
        }

        // Static files: theme assets first, so a site file at the same path wins.
        var staticByPath: [String: OutputFile] = [:]
        for s in theme.staticFiles + site.staticFiles { staticByPath[s.outputPath] = OutputFile(path: s.outputPath, content: .copy(s.sourceURL)) }
        let generatedPaths = Set(files.map(\.path))
        for (path, file) in staticByPath.sorted(by: { $0.key < $1.key }) {
            if generatedPaths.contains(path) {
                diagnostics.append(.error("this file would overwrite the generated page /\(path).", file: path,
                                          hint: "Rename or move the file."))
                continue
            }
            files.append(file)
        }
        return Output(files: files, diagnostics: diagnostics, plan: plan)
    }

    /// Wide tables scroll inside their own container on a phone instead of the whole page.
    static func wrapTables(_ md: RenderedMarkdown) -> RenderedMarkdown {
        guard md.html.contains("<table>") else { return md }
        let html = md.html
            .replacingOccurrences(of: "<table>", with: "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"ตาราง (เลื่อนดูด้านข้างได้)\"><table>")
            .replacingOccurrences(of: "</table>", with: "</table></div>")
        return RenderedMarkdown(html: html, headings: md.headings, firstParagraph: md.firstParagraph, notes: md.notes)
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
