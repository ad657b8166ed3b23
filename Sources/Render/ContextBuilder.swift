import Foundation
import Markdown
import SiteModel
import ThaiText

/// Builds the template contexts. Every value is plain text: the theme's `{{…}}` escapes it,
/// and only Markdown output (already safe) is inserted unescaped with `{{{…}}}`.
struct ContextBuilder: Sendable {
    let site: Site
    let plan: SitePlan
    let options: RenderOptions
    let markdown: [String: RenderedMarkdown]
    let format: ThaiFormatter
    /// Path of the base URL without its trailing slash (`` for a site at the root of its host).
    let prefix: String
    let fileSizes: [String: Int]
    /// Template contexts of the datasets, built once.
    let dataContexts: Shared<[String: [String: Any]]>
    let newsPages: [Page]

    let environment: ContextEnvironment

    init(site: Site, plan: SitePlan, options: RenderOptions, markdown: [String: RenderedMarkdown]) {
        self.site = site
        self.plan = plan
        self.options = options
        self.markdown = markdown
        format = ThaiFormatter(digits: site.config.digits)
        var path = URL(string: site.config.baseURL)?.path ?? ""
        while path.hasSuffix("/") { path.removeLast() }
        prefix = path
        fileSizes = Dictionary(site.staticFiles.map { ($0.outputPath, $0.size) }, uniquingKeysWith: { a, _ in a })
        newsPages = Self.newsPages(plan, folder: site.config.newsSection)
        var env = ContextEnvironment(format: format, prefix: prefix, fileSizes: fileSizes)
        env.markdownOptions = PremadeMarkdown.options(for: site.config)
        env.dataPages = Dictionary(plan.pages.compactMap { p in p.frontMatter.data.map { ($0, p.url) } },
                                   uniquingKeysWith: { a, _ in a })
        environment = env
        dataContexts = Shared(value: DisclosureContexts.build(site.disclosures, env: env))
    }

    /// A site path as linked from pages (the base URL's path prepended).
    func link(_ url: String) -> String { prefix + url }

    func finish(_ html: String) -> String {
        guard let extra = options.bodyEndHTML, let range = html.range(of: "</body>", options: .backwards) else { return html }
        return html.replacingCharacters(in: range, with: extra + "</body>")
    }

    // MARK: Site

    func siteContext() -> [String: Any] {
        let c = site.config
        var contact: [String: Any] = ["address": c.contact.address, "phones": c.contact.phones.map { phone -> [String: String] in
            ["display": format.digits(phone), "tel": String(phone.filter { $0.isASCII && ($0.isNumber || $0 == "+") })]
        }]
        if let fax = c.contact.fax { contact["fax"] = format.digits(fax) }
        if let email = c.contact.email { contact["email"] = email }
        if let hours = c.contact.officeHours { contact["officeHours"] = format.digits(hours) }
        if let map = c.contact.map {
            var m: [String: Any] = [:]
            if let lat = map.latitude, let lon = map.longitude {
                m["coordinates"] = "\(lat), \(lon)"
                m["osmURL"] = "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=16/\(lat)/\(lon)"
            }
            if let url = map.url { m["url"] = url }
            contact["map"] = m
        }
        contact["channels"] = c.contact.channels.map { ch in
            templateRecord(["kind": ch.kind.rawValue, "name": ch.name, "url": ch.url,
                            "label": ContextBuilder.channelLabels[ch.kind] ?? ch.kind.rawValue])
        }
        contact["inquiry"] = c.contact.inquiry.map { ch in
            templateRecord(["label": ch.kind.label, "name": ch.name, "url": ch.url, "pageURL": ch.page.map(link),
                            "email": ch.email, "phone": ch.phone.map(format.digits), "note": ch.note])
        }
        var s: [String: Any] = [
            "title": c.title, "shortTitle": c.shortTitle, "description": c.description,
            "baseURL": c.baseURL, "lang": c.language, "agencyType": c.agencyType.rawValue,
            "contact": Self.flagNonEmptyLists(contact), "demo": c.demo,
            "homeURL": link("/"), "sitemapURL": link("/sitemap/"), "cssURL": link("/assets/style.css"),
            "searchURL": link("/search/"),
            "printCSSURL": link("/assets/print.css"),
            "emblemURL": link("/" + (c.emblem ?? "assets/emblem.svg")),
            "buildDate": format.date(options.buildDate), "buildDateISO": options.buildDate.iso,
            "footerMenu": plan.footerMenu.map { ["title": $0.frontMatter.title, "url": link($0.url)] },
        ]
        s = Self.flagNonEmptyLists(s)
        // Left out when not configured, so that a template's {{#site.province}} section is skipped
        // (an empty text counts as present in Mustache).
        for (key, value) in ["province": c.province, "district": c.district, "subdistrict": c.subdistrict]
        where !value.isEmpty { s[key] = value }
        if let year = c.itaYear { s["itaYear"] = format.year(year) }
        if plan.sectionPages[c.newsSection] != nil && !newsPages.isEmpty {
            s["feedURL"] = link("/\(c.newsSection)/feed.xml")
            s["feedTitle"] = plan.sectionPages[c.newsSection]?.frontMatter.title ?? ""
        }
        return ["site": s, "generator": "sitegen"]
    }

    static let channelLabels: [OnlineChannel.Kind: String] = [
        .facebook: "เฟซบุ๊ก", .line: "LINE Official Account", .website: "เว็บไซต์", .youtube: "YouTube",
        .email: "อีเมล", .other: "ช่องทางออนไลน์",
    ]

    // MARK: Pages

    func pageContext(_ page: Page) -> [String: Any] {
        let fm = page.frontMatter
        let md = markdown[page.url]
        var p: [String: Any] = [
            "title": fm.title, "url": link(page.url), "canonical": site.config.absoluteURL(page.url),
            "kind": page.kind.rawValue, "isHome": page.kind == .home,
            "description": description(of: page),
            "content": md?.html ?? "",
            "breadcrumbs": breadcrumbs(for: page),
            "menu": menu(current: page),
            "sourcePath": page.sourcePath,
        ]
        if let d = fm.date { p["date"] = format.date(d); p["dateISO"] = d.iso }
        if let u = page.lastUpdated { p["updated"] = format.date(u); p["updatedISO"] = u.iso }
        let toc = (md?.headings ?? []).filter { $0.level == 2 }
        if toc.count >= 3 { p["toc"] = toc.map { ["text": $0.text, "id": $0.id] } }
        if page.kind != .page {
            let kids = (plan.children[page.kind == .home ? "" : page.section] ?? [])
            if !kids.isEmpty { p["children"] = kids.map(entry) }
        }
        if let key = fm.data, let data = dataContexts.value[key] { p["data"] = data }
        if let key = fm.data, let downloads = options.dataDownloads[key], !downloads.isEmpty {
            p["downloads"] = downloads.map(downloadContext)
            if let url = options.dataCatalogueURL { p["dataCatalogueURL"] = link(url) }
        }
        if page.kind == .section && page.section == newsFolder {
            let archives = archiveLinks(current: nil)
            if !archives.isEmpty { p["archives"] = archives }
            p["feedURL"] = link(newsFeedURL)
        }
        let attachments = fm.attachments.map(environment.attachment)
        if !attachments.isEmpty { p["attachments"] = attachments }
        return Self.flagNonEmptyLists(p)
    }

    /// A file to download: its label, format, address and size.
    func downloadContext(_ d: DataDownload) -> [String: Any] {
        ["label": d.label, "format": d.format, "url": link(d.url), "size": format.fileSize(d.bytes)]
    }

    /// Mustache has no "is this list empty" test that leaves the context alone, so every
    /// non-empty list `x` also gets a `hasX` flag for templates to wrap a list's container in.
    static func flagNonEmptyLists(_ context: [String: Any]) -> [String: Any] {
        var out = context
        for (key, value) in context where !isEmptyOrNotList(value) {
            out["has" + key.prefix(1).uppercased() + key.dropFirst()] = true
        }
        return out
    }

    /// The list types contexts are made of are told by their exact type first: `as? [Any]`
    /// on a list of dictionaries converts it element by element.
    private static func isEmptyOrNotList(_ value: Any) -> Bool {
        let type = Swift.type(of: value)
        if type == [[String: Any]].self { return (value as! [[String: Any]]).isEmpty }
        if type == [String].self { return (value as! [String]).isEmpty }
        if type == [Any].self { return (value as! [Any]).isEmpty }
        if type == String.self || type == [String: Any].self || type == Bool.self || type == Int.self { return true }
        guard let list = value as? [Any] else { return true }
        return list.isEmpty
    }

    func description(of page: Page) -> String {
        if let d = page.frontMatter.description, !d.isEmpty { return d }
        let text = markdown[page.url]?.firstParagraph ?? ""
        return text.isEmpty ? site.config.description : Summary.truncate(text, to: 160)
    }

    func entry(_ page: Page) -> [String: Any] {
        var e: [String: Any] = ["title": page.frontMatter.title, "url": link(page.url),
                                "isSection": page.kind == .section,
                                "summary": Summary.truncate(description(of: page), to: 200)]
        if let d = page.frontMatter.date { e["date"] = format.date(d); e["dateISO"] = d.iso }
        return e
    }

    func breadcrumbs(for page: Page) -> [[String: Any]] {
        guard page.kind != .home else { return [] }
        var crumbs: [[String: Any]] = plan.ancestors(of: page).map { ["title": $0.frontMatter.title, "url": link($0.url)] }
        if plan.sectionPages[""] == nil { crumbs.insert(["title": "หน้าแรก", "url": link("/")], at: 0) }
        crumbs.append(["title": page.frontMatter.title, "url": link(page.url), "current": true])
        return crumbs
    }

    func menu(current page: Page?) -> [[String: Any]] {
        let currentTop = page.flatMap { plan.topLevelURL(of: $0) }
        var items: [[String: Any]] = [["title": "หน้าแรก", "url": link("/"), "current": currentTop == "/"]]
        for p in plan.mainMenu {
            items.append(["title": p.frontMatter.title, "url": link(p.url), "current": currentTop == p.url])
        }
        return items
    }

    // MARK: Listings, news archives and feed

    /// The outputs of one page: one, or several listing pages for a long section.
    func pageContexts(_ page: Page) -> [(String, [String: Any])] {
        let base = pageContext(page)
        guard let entries = base["children"] as? [[String: Any]], entries.count > site.config.listPageSize else {
            return [(page.url, base)]
        }
        return paginate(entries, base: base, url: page.url)
    }

    /// Splits `entries` into pages of `listPageSize`: page 1 at `url`, page N at `url` + `page/N/`.
    func paginate(_ entries: [[String: Any]], base: [String: Any], url: String) -> [(String, [String: Any])] {
        let size = site.config.listPageSize
        let count = (entries.count + size - 1) / size
        func pageURL(_ n: Int) -> String { n == 1 ? url : url + "page/\(n)/" }
        return (1...max(1, count)).map { n in
            var c = base
            let slice = Array(entries[((n - 1) * size)..<min(entries.count, n * size)])
            c["children"] = slice
            c["hasChildren"] = !slice.isEmpty
            c["url"] = link(pageURL(n))
            c["canonical"] = site.config.absoluteURL(pageURL(n))
            var pagination: [String: Any] = [
                "pages": Self.pageWindow(current: n, count: count).map { k -> [String: Any] in
                    guard let k else { return ["gap": true, "current": false] }
                    return ["number": format.number(k), "url": link(pageURL(k)), "current": k == n]
                },
                "current": format.number(n), "total": format.number(count),
            ]
            if n > 1 { pagination["previousURL"] = link(pageURL(n - 1)) }
            if n < count { pagination["nextURL"] = link(pageURL(n + 1)) }
            c["pagination"] = pagination
            if n > 1 { c["title"] = "\(base["title"] ?? "") (หน้า \(format.number(n)))" }
            return (pageURL(n), c)
        }
    }

    /// The page numbers a listing page links to: the first and last, and two either side of the
    /// current one; nil marks a gap. A long section then costs each listing page a handful of
    /// links instead of one per page (which made a 300-page section quadratic to build and a
    /// wall of numbers on a phone).
    static func pageWindow(current: Int, count: Int, radius: Int = 2) -> [Int?] {
        var out: [Int?] = []
        var last = 0
        for k in 1...max(1, count) where k == 1 || k == count || abs(k - current) <= radius {
            if k > last + 1 { out.append(nil) }
            out.append(k)
            last = k
        }
        return out
    }

    var newsFolder: String { site.config.newsSection }
    var newsFeedURL: String { "/\(newsFolder)/feed.xml" }

    /// Dated pages of the news section, newest first.
    static func newsPages(_ plan: SitePlan, folder: String) -> [Page] {
        plan.pages.filter { $0.kind == .page && $0.frontMatter.date != nil
            && ($0.section == folder || $0.section.hasPrefix(folder + "/")) }
            .sorted { ($0.frontMatter.date!, $1.sourcePath) > ($1.frontMatter.date!, $0.sourcePath) }
    }

    /// One archive per fiscal year of the news section (`/news/2568/`), newest year first,
    /// each split into listing pages. A clerk's own page at that address wins.
    func newsArchives() -> [[(String, [String: Any])]] {
        guard let section = plan.sectionPages[newsFolder] else { return [] }
        let byYear = Dictionary(grouping: newsPages) { $0.frontMatter.date!.fiscalYear.buddhistYear }
        return byYear.keys.sorted(by: >).compactMap { year in
            let url = "/\(newsFolder)/\(year)/"
            guard plan.byURL[url] == nil else { return nil }
            let title = "\(section.frontMatter.title) ปีงบประมาณ \(format.year(year))"
            let fy = FiscalYear(buddhistYear: year)
            var base: [String: Any] = [
                "title": title, "url": link(url), "canonical": site.config.absoluteURL(url), "kind": "archive", "unsearched": true,
                "description": "\(title) (\(format.dateRange(fy.start, fy.end)))",
                "period": format.dateRange(fy.start, fy.end),
                "menu": menu(current: section), "hasBreadcrumbs": true,
                "breadcrumbs": breadcrumbs(for: section).map { crumb -> [String: Any] in
                    var c = crumb
                    c["current"] = false
                    return c
                } + [["title": title, "url": link(url), "current": true]],
                "archives": archiveLinks(current: year), "hasArchives": true,
                "feedURL": link(newsFeedURL),
            ]
            let entries = byYear[year]!.map(entry)
            base["children"] = entries
            base["hasChildren"] = !entries.isEmpty
            return entries.count > site.config.listPageSize ? paginate(entries, base: base, url: url) : [(url, base)]
        }
    }

    func archiveLinks(current: Int?) -> [[String: Any]] {
        Set(newsPages.map { $0.frontMatter.date!.fiscalYear.buddhistYear }).sorted(by: >).map { year in
            ["year": format.year(year), "url": link("/\(newsFolder)/\(year)/"), "current": year == current]
        }
    }

    /// The Atom feed of the newest 20 news pages.
    func newsFeedContext() -> [String: Any]? {
        guard let section = plan.sectionPages[newsFolder] else { return nil }
        let latest = newsPages.prefix(20)
        guard let newest = latest.first?.frontMatter.date else { return nil }
        func stamp(_ d: CalendarDate) -> String { d.iso + "T00:00:00+07:00" }
        return ["feed": [
            "title": "\(section.frontMatter.title) | \(site.config.shortTitle)",
            "id": site.config.absoluteURL(newsFeedURL), "self": site.config.absoluteURL(newsFeedURL),
            "alternate": site.config.absoluteURL(section.url), "updated": stamp(newest),
            "author": site.config.title,
            "entries": latest.map { p -> [String: Any] in
                ["title": p.frontMatter.title, "url": site.config.absoluteURL(p.url), "id": site.config.absoluteURL(p.url),
                 "updated": stamp(p.lastUpdated ?? p.frontMatter.date!), "published": stamp(p.frontMatter.date!),
                 "summary": Summary.truncate(description(of: p), to: 300)]
            },
        ] as [String: Any]]
    }

    // MARK: Generated pages

    /// A page sitegen makes itself (404, site map, search, OIT index). `unsearched`: the theme
    /// leaves it out of the search index (it lists other pages, or none).
    func specialPageContext(title: String, url: String) -> [String: Any] {
        ["page": ["title": title, "url": link(url), "canonical": site.config.absoluteURL(url), "unsearched": true,
                  "menu": menu(current: nil), "description": site.config.description, "hasBreadcrumbs": true,
                  "breadcrumbs": [["title": "หน้าแรก", "url": link("/")], ["title": title, "url": link(url), "current": true]]]]
    }

    func sitemapContext() -> [String: Any] {
        var context = specialPageContext(title: "แผนผังเว็บไซต์", url: "/sitemap/")
        func tree(_ folder: String) -> [[String: Any]] {
            (plan.children[folder] ?? []).map { p -> [String: Any] in
                // Every node has its own `children` (possibly empty), so Mustache never
                // looks a parent's list up by mistake.
                let sub = p.kind == .section ? tree(p.section) : []
                return ["title": p.frontMatter.title, "url": link(p.url), "children": sub, "hasChildren": !sub.isEmpty]
            }
        }
        var page = context["page"] as? [String: Any] ?? [:]
        page["tree"] = tree("") + options.extraPages.filter(\.inSitemap).map { extra -> [String: Any] in
            ["title": extra.title, "url": link(extra.url), "children": [[String: Any]](), "hasChildren": false]
        }
        page["updated"] = format.date(options.buildDate)
        page["updatedISO"] = options.buildDate.iso
        context["page"] = page
        return context
    }

    /// The search page: the query box, the script that asks the Pagefind index of the site
    /// (`/pagefind/`, same origin), and the site map for browsers without JavaScript.
    func searchContext() -> [String: Any] {
        var context = specialPageContext(title: "ค้นหา", url: "/search/")
        var page = context["page"] as? [String: Any] ?? [:]
        page["description"] = "ค้นหาหน้าต่าง ๆ ในเว็บไซต์ \(site.config.title)"
        page["pagefindURL"] = link("/pagefind/pagefind.js")
        page["scriptURL"] = link("/assets/search.js")
        context["page"] = page
        return context
    }

    func sitemapXMLContext(subpages: [SubpageOutput] = []) -> [String: Any] {
        let entries = plan.pages.map { ($0.url, $0.lastUpdated) } + subpages.map { ($0.url, $0.parent.lastUpdated) }
        return ["urls": entries.map { url, lastmod -> [String: Any] in
            var e: [String: Any] = ["loc": site.config.absoluteURL(url)]
            if let d = lastmod { e["lastmod"] = d.iso }
            return e
        } + options.extraPages.map { ["loc": site.config.absoluteURL($0.url), "lastmod": options.buildDate.iso] }]
    }

    func extraPageContext(_ extra: ExtraPage) -> [String: Any] {
        var page = specialPageContext(title: extra.title, url: extra.url)["page"] as? [String: Any] ?? [:]
        // A page at the top level (section "") is under no menu entry: not under the home page.
        if !extra.section.isEmpty, let section = plan.sectionPages[extra.section] {
            page["menu"] = menu(current: section)
            page["breadcrumbs"] = breadcrumbs(for: section).map { crumb -> [String: Any] in
                var c = crumb
                c["current"] = false
                return c
            } + [["title": extra.title, "url": link(extra.url), "current": true]]
        }
        page["description"] = extra.description
        page["updated"] = format.date(options.buildDate)
        page["updatedISO"] = options.buildDate.iso
        for (k, v) in extra.values(environment) { page[k] = v }
        return ["page": Self.flagNonEmptyLists(page)]
    }

    // MARK: Sub-pages of datasets

    /// A page a dataset publishes below the page presenting it, ready to render.
    struct SubpageOutput {
        let url: String
        let template: String
        let parent: Page
        let context: [String: Any]
    }

    /// The sub-pages of every dataset a page presents, at `<page URL><slug>/`.
    func subpages() -> ([SubpageOutput], [Diagnostic]) {
        var out: [SubpageOutput] = []
        var diagnostics: [Diagnostic] = []
        var taken = Set(plan.pages.flatMap { [$0.url] + $0.frontMatter.aliases })
        let sources: [(page: Page, dataset: any Disclosure, provider: any SubpageProviding)] = plan.pages.compactMap { page in
            guard let key = page.frontMatter.data, let dataset = site.disclosures[key],
                  let provider = dataset as? SubpageProviding else { return nil }
            return (page, dataset, provider)
        }
        // Each dataset makes its pages' contexts at the same time as the others (a procurement
        // year of ten thousand items is a good part of a build).
        let shared = Shared(value: (sources, self))
        let made = Parallel.map(Array(sources.indices)) { i in
            let (sources, builder) = shared.value
            return Shared(value: sources[i].provider.subpages(builder.environment))
        }
        for ((page, dataset, _), subs) in zip(sources, made) {
            for sub in subs.value {
                guard Subpage.isURLSafe(sub.slug) else {
                    diagnostics.append(.error("the page '\(sub.title)' made from this data has the address part '\(sub.slug)', which cannot be used in a URL.",
                                              file: dataset.source.file,
                                              hint: "Only lowercase letters a–z, digits and single hyphens can be used; check the codes in the data file."))
                    continue
                }
                let url = page.url + sub.slug + "/"
                guard taken.insert(url).inserted else {
                    diagnostics.append(.error("the page '\(sub.title)' made from this data would be written at \(url), which is already used.",
                                              file: dataset.source.file,
                                              hint: "Give the entries distinct codes, or rename the page at that address."))
                    continue
                }
                out.append(SubpageOutput(url: url, template: sub.template, parent: page, context: subpageContext(sub, url: url, parent: page)))
            }
        }
        return (out, diagnostics)
    }

    func subpageContext(_ sub: Subpage, url: String, parent: Page) -> [String: Any] {
        let crumbs = breadcrumbs(for: parent).map { crumb -> [String: Any] in
            var c = crumb
            c["current"] = false
            return c
        } + [["title": sub.title, "url": link(url), "current": true]]
        var p: [String: Any] = [
            "title": sub.title, "url": link(url), "canonical": site.config.absoluteURL(url), "kind": "subpage",
            "isHome": false, "description": sub.description ?? sub.title, "breadcrumbs": crumbs,
            "menu": menu(current: parent), "sourcePath": parent.sourcePath,
            "parent": ["title": parent.frontMatter.title, "url": link(parent.url)],
            "data": Self.flagNonEmptyLists(sub.context),
        ]
        if let u = parent.lastUpdated { p["updated"] = format.date(u); p["updatedISO"] = u.iso }
        return Self.flagNonEmptyLists(p)
    }

    func aliasContext(target: Page) -> [String: Any] {
        ["page": ["title": target.frontMatter.title, "url": link(target.url),
                  "canonical": site.config.absoluteURL(target.url)]]
    }
}

/// Short plain-text summaries cut at a word-ish boundary.
enum Summary {
    /// The text with its runs of white space made single spaces (none at either end), cut to
    /// `limit` characters with "…" when longer. Walks only as far as the cut: splitting a whole
    /// paragraph into Characters (grapheme breaking over Thai) cost more than all the rest.
    static func truncate(_ text: String, to limit: Int) -> String {
        truncateThaiOrASCII(text, to: limit) ?? truncateCharacters(text, to: limit)
    }

    /// `truncate` over Unicode scalars, for text of ASCII and Thai only (nil for anything else):
    /// there a Character is a base scalar followed by Thai vowel and tone marks, so no grapheme
    /// breaking is needed. Text where a mark does not follow a base (at the start, after a space
    /// or a control character) is left to `truncateCharacters` as well.
    static func truncateThaiOrASCII(_ text: String, to limit: Int) -> String? {
        var cut = String.UnicodeScalarView()
        var count = 0
        var pendingSpace = false
        var truncated = false
        var afterBase = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0E31 || (0x0E33...0x0E3A).contains(value) || (0x0E47...0x0E4E).contains(value) {
                guard afterBase else { return nil }
                cut.append(scalar)
                continue
            }
            let isSpace: Bool
            switch value {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C: isSpace = true
            case 0x21...0x7E, 0x0E00...0x0E7F: isSpace = false
            default: return nil
            }
            if isSpace {
                pendingSpace = count > 0
                afterBase = false
                continue
            }
            if pendingSpace {
                if count == limit {
                    truncated = true
                    break
                }
                cut.append(" ")
                count += 1
                pendingSpace = false
            }
            if count == limit {
                truncated = true
                break
            }
            cut.append(scalar)
            count += 1
            afterBase = true
        }
        return finish(String(cut), truncated: truncated)
    }

    static func truncateCharacters(_ text: String, to limit: Int) -> String {
        var cut = ""
        var count = 0
        var pendingSpace = false
        var truncated = false
        for ch in text {
            if ch.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                if count == limit {
                    truncated = true
                    break
                }
                cut.append(" ")
                count += 1
                pendingSpace = false
            }
            if count == limit {
                truncated = true
                break
            }
            cut.append(ch)
            count += 1
        }
        return finish(cut, truncated: truncated)
    }

    private static func finish(_ cut: String, truncated: Bool) -> String {
        guard truncated else { return cut }
        // Thai has no spaces between words; prefer a space when one is near the end.
        if let space = cut.lastIndex(of: " "), cut.distance(from: space, to: cut.endIndex) < 40 {
            return String(cut[..<space]) + "…"
        }
        return cut + "…"
    }
}

extension ThaiFormatter {
    /// "1.2 MB", "350 KB", digits per site setting.
    public func fileSize(_ bytes: Int) -> String {
        if bytes >= 1_048_576 {
            let tenths = (bytes * 10 + 524_288) / 1_048_576
            return digits("\(tenths / 10).\(tenths % 10) MB")
        }
        return digits("\(max(1, (bytes + 512) / 1024)) KB")
    }
}
