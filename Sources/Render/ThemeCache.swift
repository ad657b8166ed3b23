import Foundation
import SiteModel

/// Parsed themes shared by the builds of many sites in one process (`build --sites`): the
/// templates of a theme folder (or of the built-in theme) are parsed once, not once per site. A site with templates of its
/// own (`layouts/*.mustache`) changes what its theme holds, so it gets a theme of its own,
/// loaded as a single build loads it.
public final class ThemeCache: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [String: (Theme?, [Diagnostic])] = [:]

    public init() {}

    /// `Theme.load`, or the theme already loaded from the same folder.
    public func load(name: String, siteRoot: String, themesFolder: String? = nil) -> (Theme?, [Diagnostic]) {
        guard let folder = Theme.source(name: name, siteRoot: siteRoot, themesFolder: themesFolder),
              !Theme.listFiles(siteRoot + "/layouts").contains(where: { $0.hasSuffix(".mustache") }) else {
            return Theme.load(name: name, siteRoot: siteRoot, themesFolder: themesFolder)
        }
        let key = (folder == BuiltInTheme.folder ? folder : URL(fileURLWithPath: folder).standardizedFileURL.path) + "\u{0}" + name
        // Held while loading: the sites waiting for this theme would otherwise each parse it.
        lock.lock()
        defer { lock.unlock() }
        if let hit = loaded[key] { return hit }
        let result = Theme.load(name: name, siteRoot: siteRoot, themesFolder: themesFolder)
        loaded[key] = result
        return result
    }

    /// How many theme folders have been parsed and kept.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return loaded.count
    }
}
