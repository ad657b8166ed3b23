import Caching
import Foundation
import Publish
import Render
import SiteLoader
import SiteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The build cache: a hidden folder `.sitegen-cache/` inside the site folder (never published,
/// never watched by `serve`, safe to delete at any time).
///
/// - `pages.bin`: the front matter of every page with the stamp of its file (`CachedPage`), so
///   loading parses only the pages that changed. `build` and `check` both use and refresh it.
/// - `build-<id>.bin`: one per output folder and set of build options (`BuildState`): the
///   stamps of every input file and every output file of the last successful build, the
///   problems it reported, and what other pages quote from each page. With it a rebuild
///   with nothing changed does no work, and a change to the text of ordinary pages renders
///   only those pages (see `IncrementalBuild`).
/// - `csv-<digest>.bin`: one per large CSV table of the data folder (a procurement list's
///   `items_csv`): the items read from it and the problems found, with the table's stamp, so
///   an unchanged table is not parsed and checked again (`DataCache`). `build` and `check`
///   both use and refresh them.
///
/// Every file is written whole to a temporary name and renamed into place; one that cannot be
/// read, or was written by another version of sitegen, is ignored, and the build does all its work.
struct BuildCacheStore {
    static let folderName = ".sitegen-cache"
    /// Raised whenever the layout of the files changes.
    static let formatVersion = 1

    let folder: String

    init(siteRoot: String) {
        folder = URL(fileURLWithPath: siteRoot).standardizedFileURL.path + "/" + Self.folderName
    }

    /// Identifies the running sitegen: a new build of the tool must not trust an old cache.
    static let tool: String = {
        let stamp = FileStamp.of("/proc/self/exe") ?? FileStamp.of(CommandLine.arguments.first ?? "")
        return "sitegen/\(formatVersion)/" + (stamp.map { "\($0.size)-\($0.modified)-\($0.inode)" } ?? "unknown")
    }()

    /// The readings of CSV tables kept in the cache folder.
    var dataCache: DataCache { DataCache(folder: folder, tool: Self.tool) }

    func loadPages() -> [String: CachedPage] {
        guard let bytes = Publisher.readAll(folder + "/pages.bin") else { return [:] }
        return PageCacheCodec.decode(bytes, tool: Self.tool) ?? [:]
    }

    /// `readAt`: when the pages' files were stamped (see `FileStamp.settled`).
    func savePages(_ pages: [String: CachedPage], readAt: Int64) {
        var settled = pages
        for (path, entry) in pages where entry.stamp.settled(before: readAt) != entry.stamp {
            settled[path]?.stamp = .unknown
        }
        write(Data(PageCacheCodec.encode(settled, tool: Self.tool)), to: "pages.bin")
    }

    func loadState(key: String) -> BuildState? {
        guard let bytes = Publisher.readAll(folder + "/" + Self.stateFile(key)),
              let state = BuildState.decode(bytes), state.key == key else { return nil }
        return state
    }

    /// Also removes the states another version of sitegen left, which no build can use.
    func saveState(_ state: BuildState) {
        write(Data(state.encoded()), to: Self.stateFile(state.key))
        let current = Self.statePrefix
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix("build-") && !name.hasPrefix(current) {
            unlink(folder + "/" + name)
        }
    }

    func removeState(key: String) {
        unlink(folder + "/" + Self.stateFile(key))
    }

    /// `build-<digest of the tool>-<digest of the key>.bin`: a stable name per tool, output
    /// folder and options.
    static func stateFile(_ key: String) -> String {
        statePrefix + digest(key) + ".bin"
    }

    static let statePrefix = "build-" + digest(tool) + "-"

    /// A 128-bit digest of a text (two FNV-1a hashes with different starting values): the
    /// cache compares texts by it instead of keeping them.
    static func digest(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(a, radix: 16) + String(b, radix: 16)
    }

    /// Best effort: a cache that cannot be written only makes the next build slower.
    private func write(_ data: Data, to name: String) {
        mkdir(folder, 0o755)
        let temporary = folder + "/.\(name).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, folder + "/" + name) != 0 { unlink(temporary) }
    }
}

/// What the last successful build of one output folder with one set of options read and wrote.
struct BuildState {
    /// The tool, the folders and every option that changes the output.
    var key: String
    var themeFolder: String
    /// Stamps of the site folder's files (`site/…`) and the theme's (`theme/…`).
    var inputs: [String: FileStamp]
    /// Stamps of the output folder's files.
    var outputs: [String: FileStamp]
    /// The digest of the first paragraph of each page's Markdown by source path: listings,
    /// feeds and page descriptions quote it, so a change to it is not a change to that page alone.
    var firstParagraphs: [String: String]
    /// The digest of the heading lines of each page that is evidence for an OIT item (`oit:`),
    /// by source path: the audit reads them (`Auditor.headingSections`).
    var auditedLines: [String: String]
    var diagnostics: [Diagnostic]
    var pageCount: Int

    static func key(_ options: BuildOptions) -> String {
        let source = URL(fileURLWithPath: options.source).standardizedFileURL.path
        let output = URL(fileURLWithPath: options.output).standardizedFileURL.path
        let parts: [String] = [
            BuildCacheStore.tool, "source=" + source, "output=" + output, "base=" + (options.baseURL ?? ""),
            "drafts=\(options.includeDrafts)", "strict=\(options.strict)", "themes=" + (options.themesFolder ?? ""),
            "date=" + options.buildDate.iso, "body-end=" + (options.bodyEndHTML ?? ""),
            "search-index=" + (options.searchIndexer?.executable ?? ""),
        ]
        return parts.joined(separator: "\n")
    }

    /// Stamps of every input: the site folder and the theme folder (none for the built-in theme,
    /// which changes only with the program: `tool`).
    static func inputs(siteRoot: String, themeFolder: String) -> [String: FileStamp] {
        inputs(siteStamps: FileStamp.all(below: siteRoot), themeFolder: themeFolder)
    }

    static func inputs(siteStamps: [String: FileStamp], themeFolder: String) -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        for (path, stamp) in siteStamps { out["site/" + path] = stamp }
        if themeFolder != BuiltInTheme.folder {
            for (path, stamp) in FileStamp.all(below: themeFolder) { out["theme/" + path] = stamp }
        }
        return out
    }

    /// The inputs as recorded: stamps too recent to trust become `unknown` (`FileStamp.settled`).
    static func settled(_ inputs: [String: FileStamp], before time: Int64) -> [String: FileStamp] {
        inputs.mapValues { $0.settled(before: time) }
    }
}

/// The state file's binary form: it holds a stamp for every input and output file (tens of
/// thousands on a large site), which JSON took a third of a one-page rebuild to read and write.
extension BuildState {
    static let magic = "sitegen build state 1"

    func encoded() -> [UInt8] {
        var w = ByteWriter()
        w.string(Self.magic)
        w.string(key)
        w.string(themeFolder)
        for stamps in [inputs, outputs] {
            w.int(Int64(stamps.count))
            for (path, stamp) in stamps {
                w.string(path)
                stamp.write(to: &w)
            }
        }
        for texts in [firstParagraphs, auditedLines] {
            w.int(Int64(texts.count))
            for (path, text) in texts {
                w.string(path)
                w.string(text)
            }
        }
        // Few, and of a richer shape: kept as JSON inside.
        w.string((try? JSONEncoder().encode(diagnostics)).map { String(decoding: $0, as: UTF8.self) } ?? "[]")
        w.int(Int64(pageCount))
        return w.bytes
    }

    /// nil for bytes that are not a whole state of this format (the build then does all its work).
    static func decode(_ bytes: [UInt8]) -> BuildState? {
        var r = ByteReader(bytes)
        guard r.string() == magic, let key = r.string(), let themeFolder = r.string() else { return nil }
        func stamps() -> [String: FileStamp]? {
            guard let count = r.int(), count >= 0, count <= Int64(bytes.count) else { return nil }
            var out: [String: FileStamp] = [:]
            out.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let path = r.string(), let stamp = FileStamp.read(from: &r) else { return nil }
                out[path] = stamp
            }
            return out
        }
        func texts() -> [String: String]? {
            guard let count = r.int(), count >= 0, count <= Int64(bytes.count) else { return nil }
            var out: [String: String] = [:]
            out.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let path = r.string(), let text = r.string() else { return nil }
                out[path] = text
            }
            return out
        }
        guard let inputs = stamps(), let outputs = stamps(), let firstParagraphs = texts(), let auditedLines = texts(),
              let json = r.string(), let diagnostics = try? JSONDecoder().decode([Diagnostic].self, from: Data(json.utf8)),
              let pageCount = r.int(), r.atEnd else { return nil }
        return BuildState(key: key, themeFolder: themeFolder, inputs: inputs, outputs: outputs, firstParagraphs: firstParagraphs,
                          auditedLines: auditedLines, diagnostics: diagnostics, pageCount: Int(pageCount))
    }
}
