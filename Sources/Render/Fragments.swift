import SiteModel

/// Parts of every page rendered once per build instead of once per page.
///
/// A theme template named `site-NAME` depends on the site alone: it is rendered once, with the
/// site context, and every template reads its HTML as `{{{site.fragments.NAME}}}`. A template
/// named `menu-NAME` depends on the site and on which entry of the main menu is current: it is
/// rendered once for each entry (and once for none), with the site context plus `menu`, and a
/// page reads the rendering for its own entry as `{{{page.fragments.NAME}}}`. The header and
/// footer of the default theme are such fragments: looked up afresh on every page they were a
/// third of the rendering work.
struct Fragments: @unchecked Sendable {
    /// The site context with `site.fragments` added.
    let siteContext: [String: Any]
    /// `menu-*` renderings by the index of the current menu entry; key -1 when none is current.
    private let menus: [Int: [String: String]]

    init(theme: Theme, builder: ContextBuilder) {
        var context = builder.siteContext()
        let names = theme.templateNames.sorted()
        var site = context["site"] as? [String: Any] ?? [:]
        var siteFragments: [String: String] = [:]
        for name in names where name.hasPrefix("site-") {
            siteFragments[String(name.dropFirst("site-".count))] = theme.render(name, context) ?? ""
        }
        site["fragments"] = siteFragments
        context["site"] = site
        siteContext = context

        let menuNames = names.filter { $0.hasPrefix("menu-") }
        var menus: [Int: [String: String]] = [:]
        if !menuNames.isEmpty {
            let menu = builder.menu(current: nil)
            for current in -1..<menu.count {
                var c = context
                c["menu"] = menu.enumerated().map { i, item -> [String: Any] in
                    var entry = item
                    entry["current"] = i == current
                    return entry
                }
                var rendered: [String: String] = [:]
                for name in menuNames { rendered[String(name.dropFirst("menu-".count))] = theme.render(name, c) ?? "" }
                menus[current] = rendered
            }
        }
        self.menus = menus
    }

    /// A page context with `fragments`: the `menu-*` renderings for the entry its `menu` marks current.
    func adding(to page: [String: Any]) -> [String: Any] {
        guard !menus.isEmpty else { return page }
        let menu = page["menu"] as? [[String: Any]] ?? []
        var out = page
        out["fragments"] = menus[menu.firstIndex { $0["current"] as? Bool == true } ?? -1]
        return out
    }
}
