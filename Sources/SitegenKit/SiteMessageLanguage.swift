import SiteLoader
import SiteModel

extension MessageLanguage {
    /// The language of a site's messages: its site.yaml `language` (`th` when not given), or
    /// Thai when the site folder has no readable site.yaml (see `MessageLanguage`).
    public static func of(siteRoot: String) -> MessageLanguage {
        let (config, _) = ConfigLoader.load(siteRoot: siteRoot)
        return forSite(language: config?.language)
    }
}
