import ThaiText

/// The page list: which pages are published, how sections nest and in what order they are listed.
/// Built once per build; the renderer and the audit both read it.
public struct SitePlan: Sendable {
    public let pages: [Page]
    public let byURL: [String: Page]
    /// Folder → its section page (`_index.md`), `` → home.
    public let sectionPages: [String: Page]
    /// Folder → pages and sub-section pages listed in it, in display order.
    public let children: [String: [Page]]
    /// Main navigation, in order.
    public let mainMenu: [Page]
    /// Footer navigation, in order.
    public let footerMenu: [Page]

    public init(site: Site, includeDrafts: Bool) {
        // Pages are large values (copying one retains a dozen strings and arrays), so the lists
        // are built and sorted as indices into `published`, and each page is copied once into them.
        let published = includeDrafts || !site.pages.contains(where: \.frontMatter.draft)
            ? site.pages : site.pages.filter { !$0.frontMatter.draft }
        pages = published
        var urls: [String: Page] = [:]
        urls.reserveCapacity(published.count)
        for page in published where urls[page.url] == nil { urls[page.url] = page }
        byURL = urls
        var sections: [String: Page] = [:]
        var kidIndices: [String: [Int]] = [:]
        for i in published.indices {
            switch published[i].kind {
            case .home: sections[""] = published[i]
            case .section:
                sections[published[i].section] = published[i]
                kidIndices[SitePlan.parent(of: published[i].section), default: []].append(i)
            case .page:
                kidIndices[published[i].section, default: []].append(i)
            }
        }
        let kids = kidIndices.mapValues { indices in
            indices.sorted { SitePlan.listOrder(published[$0], published[$1]) }.map { published[$0] }
        }
        sectionPages = sections
        children = kids
        let top = (kids[""] ?? [])
        mainMenu = top.filter { ($0.frontMatter.menu ?? .main) == .main }
        footerMenu = top.filter { $0.frontMatter.menu == .footer }
    }

    /// `news/2568` → `news`; `news` → ``.
    public static func parent(of folder: String) -> String {
        guard let slash = folder.lastIndex(of: "/") else { return "" }
        return String(folder[..<slash])
    }

    /// Weight first (pages without one after those with one), then newest date, then title.
    public static func listOrder(_ a: Page, _ b: Page) -> Bool {
        switch (a.frontMatter.weight, b.frontMatter.weight) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch (a.frontMatter.date, b.frontMatter.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.frontMatter.title != b.frontMatter.title { return a.frontMatter.title < b.frontMatter.title }
        return a.sourcePath < b.sourcePath
    }

    /// Section pages from the top down to (not including) the page itself.
    public func ancestors(of page: Page) -> [Page] {
        var folders: [String] = []
        var folder = page.kind == .section ? SitePlan.parent(of: page.section) : page.section
        if page.kind == .home { return [] }
        while true {
            folders.append(folder)
            if folder.isEmpty { break }
            folder = SitePlan.parent(of: folder)
        }
        return folders.reversed().compactMap { sectionPages[$0] }
    }

    /// The top-level menu entry a page lives under (for marking the current menu item).
    public func topLevelURL(of page: Page) -> String? {
        if page.kind == .home { return "/" }
        let first = page.sourcePath.split(separator: "/").first.map(String.init) ?? ""
        if page.section.isEmpty { return page.url }
        return sectionPages[first]?.url
    }
}
