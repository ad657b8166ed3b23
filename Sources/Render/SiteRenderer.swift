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

        // Pages datasets publish below the pages presenting them (one page per plan entry).
        let (subpages, subpageDiagnostics) = builder.subpages()
        diagnostics += subpageDiagnostics
        let subpageResults = Parallel.map(subpages.map { Shared(value: $0) }, serial: options.serial) { sub -> Result<OutputFile, Diagnostic> in
            var context = shared.value
            context["page"] = sub.value.context
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

        // Generated pages.
        var generated: [(String, String, [String: Any])] = [
            ("404", "404.html", builder.specialPageContext(title: "ไม่พบหน้าที่ต้องการ", url: "/404.html")),
            ("sitemap", "sitemap/index.html", builder.sitemapContext()),
            ("sitemap.xml", "sitemap.xml", builder.sitemapXMLContext(subpages: subpages)),
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

    /// Markdown tables: each scrolls inside its own container on a phone instead of the whole page,
    /// its column headers get `scope="col"`, and it is captioned with the heading of the part of the page
    /// it is in (visually hidden when that heading is right above the table, where it is already seen).
    /// A table with no heading before it keeps a generic name for its scrolling region.
    static func wrapTables(_ md: RenderedMarkdown) -> RenderedMarkdown {
        guard md.html.contains("<table>") else { return md }
        let html = md.html
        let titles = Dictionary(md.headings.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        let headingPattern = try! NSRegularExpression(pattern: #"<h([1-6]) id="([^"]*)">.*?</h\1>"#,
                                                      options: [.dotMatchesLineSeparators])
        let headings: [(end: String.Index, title: String)] = headingPattern
            .matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
                guard let whole = Range(match.range, in: html), let id = Range(match.range(at: 2), in: html),
                      let title = titles[String(html[id])], !title.isEmpty else { return nil }
                return (whole.upperBound, title)
            }
        var out = ""
        var cursor = html.startIndex
        var number = 0
        while let open = html.range(of: "<table>", range: cursor..<html.endIndex),
              let close = html.range(of: "</table>", range: open.upperBound..<html.endIndex) {
            number += 1
            out += html[cursor..<open.lowerBound]
            let body = scopeColumnHeaders(String(html[open.upperBound..<close.lowerBound]))
            if let heading = headings.last(where: { $0.end <= open.lowerBound }) {
                let id = "md-table-\(number)"
                let adjacent = html[heading.end..<open.lowerBound].allSatisfy(\.isWhitespace)
                out += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(id)\"><table>"
                    + "<caption id=\"\(id)\"\(adjacent ? " class=\"visually-hidden\"" : "")>\(escapeHTML(heading.title))</caption>"
            } else {
                out += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"ตาราง (เลื่อนดูด้านข้างได้)\"><table>"
            }
            out += body + "</table></div>"
            cursor = close.upperBound
        }
        out += html[cursor...]
        return RenderedMarkdown(html: out, headings: md.headings, firstParagraph: md.firstParagraph)
    }

    /// `<th>` cells inside `<thead>` (all a GFM table has) head their column.
    private static func scopeColumnHeaders(_ table: String) -> String {
        guard let head = table.range(of: "<thead>"), let end = table.range(of: "</thead>", range: head.upperBound..<table.endIndex)
        else { return table }
        let cells = table[head.upperBound..<end.lowerBound]
            .replacingOccurrences(of: "<th>", with: "<th scope=\"col\">")
            .replacingOccurrences(of: "<th style=", with: "<th scope=\"col\" style=")
        return table[..<head.upperBound] + cells + table[end.lowerBound...]
    }

    private static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
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
