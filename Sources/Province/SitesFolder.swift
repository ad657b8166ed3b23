import Foundation
import SiteModel

/// One agency's site among the sub-folders of a sites folder (`--sites DIR`).
public struct SiteFolder: Sendable, Hashable {
    /// The sub-folder's name: the site's name in reports and its output folder (`OUT/<name>/`).
    public var name: String
    /// The site folder, the one holding `site.yaml`: `DIR/<name>/content` for a project root,
    /// `DIR/<name>` for a site folder.
    public var source: String
    /// `source` relative to the sites folder (`<name>/content` or `<name>`): what messages put
    /// before a file of the site.
    public var display: String

    public init(name: String, source: String, display: String) {
        self.name = name
        self.source = source
        self.display = display
    }
}

/// A sub-folder that is not a site, and why.
public struct SkippedFolder: Codable, Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// What makes a run over many sites impossible before any site is read: the folder is missing or
/// holds no site. The command line reports these as mistakes in the command (exit code 2).
public struct SitesError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String

    public init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    public var description: String { "error: \(message)\n    hint: \(hint)" }

    /// The error in `language` (`MessageLanguage.text(message:hint:)`): in Thai, each of
    /// message and hint in Thai first and English beneath.
    public func text(in language: MessageLanguage) -> String { "error: " + language.text(message: message, hint: hint) }
}

/// A deterministic share of the sites, for splitting a country over machines: shard K of N takes
/// the sites whose position, in the list of site folder names sorted by their UTF-8 bytes
/// (counting from 0), leaves K−1 when divided by N. The N shards of one folder partition its
/// sites exactly, each within one site of the same size.
public struct Shard: Codable, Sendable, Hashable, CustomStringConvertible {
    /// K, from 1.
    public var index: Int
    /// N.
    public var count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Reads `K/N`; the error says what was wrong.
    public static func parse(_ text: String) -> Result<Shard, SitesError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else {
            return .failure(SitesError("--shard '\(text)' is not of the form K/N.",
                                       hint: "Write the share to take and the number of shares, such as --shard 2/8 for the second of eight."))
        }
        guard let shard = Shard(index: k, count: n) else {
            return .failure(SitesError("--shard \(text): K must be between 1 and N, and N at least 1.",
                                       hint: "With N shares, run --shard 1/N, --shard 2/N … --shard N/N, one per machine or job."))
        }
        return .success(shard)
    }

    public func contains(position: Int) -> Bool { position % count == index - 1 }

    public var description: String { "\(index)/\(count)" }
}

/// The immediate sub-folders of a sites folder: which are sites, which are not.
public struct SitesFolder: Sendable {
    /// The folder given, as given.
    public var path: String
    /// Every site, sorted by name (UTF-8 bytes, the same order on every machine).
    public var sites: [SiteFolder]
    /// Sub-folders that are not sites, sorted by name. Hidden folders (`.git`) and files are
    /// ignored, not listed.
    public var skipped: [SkippedFolder]

    /// The themes folder shared by the sites of a sites folder: `DIR/themes`.
    public static let sharedThemesName = "themes"

    /// Reads the folder. A sub-folder is a site when it is a project root (`content/site.yaml`)
    /// or a site folder (`site.yaml`).
    public static func scan(_ path: String) -> Result<SitesFolder, SitesError> {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            return .failure(SitesError("the sites folder '\(path)' does not exist.",
                                       hint: "Give the folder that holds one sub-folder per agency, each with content/site.yaml or site.yaml."))
        }
        guard isDir.boolValue else {
            return .failure(SitesError("'\(path)' is a file, not a folder of sites.",
                                       hint: "Give the folder that holds one sub-folder per agency; to audit one site, use --source."))
        }
        guard let entries = try? fm.contentsOfDirectory(atPath: path) else {
            return .failure(SitesError("the sites folder '\(path)' cannot be read.", hint: "Check its permissions."))
        }
        var sites: [SiteFolder] = []
        var skipped: [SkippedFolder] = []
        for name in entries where !name.hasPrefix(".") {
            let folder = (path as NSString).appendingPathComponent(name)
            guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else { continue }
            if isFile(folder + "/content/site.yaml") {
                sites.append(SiteFolder(name: name, source: folder + "/content", display: name + "/content"))
            } else if isFile(folder + "/site.yaml") {
                sites.append(SiteFolder(name: name, source: folder, display: name))
            } else if name == sharedThemesName {
                skipped.append(SkippedFolder(path: name, reason: "the themes shared by the sites, not a site"))
            } else {
                skipped.append(SkippedFolder(path: name, reason: "not a site: it holds neither content/site.yaml nor site.yaml"))
            }
        }
        sites.sort { byteOrder($0.name, $1.name) }
        skipped.sort { byteOrder($0.path, $1.path) }
        if sites.isEmpty {
            let what = skipped.isEmpty ? "it has no sub-folders" : "none of its \(skipped.count) sub-folder(s) holds content/site.yaml or site.yaml"
            return .failure(SitesError("no site in '\(path)': \(what).",
                                       hint: "Give the folder that holds one sub-folder per agency, each a project (content/site.yaml) or a site folder (site.yaml)."))
        }
        return .success(SitesFolder(path: path, sites: sites, skipped: skipped))
    }

    /// The sites of one shard (all of them without one), in name order.
    public func sites(in shard: Shard?) -> [SiteFolder] {
        guard let shard else { return sites }
        return sites.enumerated().filter { shard.contains(position: $0.offset) }.map(\.element)
    }

    /// The themes folder to build a site with: nil when the site has a `themes/` folder of its
    /// own (inside its site folder, or beside it in its project root), which it then uses as a
    /// single build would; else the sites folder's shared `themes/`.
    public func themesFolder(for site: SiteFolder) -> String {
        let shared = (path as NSString).appendingPathComponent(Self.sharedThemesName)
        var own = [site.source + "/themes"]
        if site.display != site.name { own.append((site.source as NSString).deletingLastPathComponent + "/themes") }
        for folder in own {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue { return folder }
        }
        return shared
    }

    static func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }
}

/// Orders names by their UTF-8 bytes: the same on every machine and locale.
func byteOrder(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}
