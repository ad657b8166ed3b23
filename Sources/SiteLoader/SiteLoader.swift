import Caching
import DataReading
import Foundation
import SiteModel
import ThaiText

/// Reads a whole site folder into a `Site`.
public enum SiteLoader {
    /// Folders of the site folder that are not pages or static files.
    public static let reservedFolders: Set<String> = ["data", "layouts"]

    public struct Result: Sendable {
        public var site: Site?
        public var diagnostics: [Diagnostic]
        /// Every page read, by source path, for reuse by the next run (see `CachedPage`).
        public var pageCache: [String: CachedPage] = [:]
        /// The cached pages given hold exactly `pageCache`, with the same stamps: recording
        /// `pageCache` again would change nothing.
        public var pageCacheIsCurrent = false
    }

    /// Which page bodies a load must read.
    public enum Bodies: Sendable {
        /// Every page's (to render the site).
        case all
        /// Only those of pages tagged as OIT evidence (`oit:`), which is all the audit reads
        /// (`Auditor.headingSections`); a page kept from the cache otherwise gets an empty body.
        case oitEvidence
    }

    /// Reads the site folder. A page whose file still has the stamp recorded in `cachedPages`
    /// keeps its recorded front matter (its body is read again if `bodies` needs it); every
    /// other page is parsed. With `dataCache`, a CSV table unchanged since it was recorded there
    /// gives its recorded items and problems, and tables read are recorded.
    public static func load(siteRoot rawRoot: String, cachedPages: [String: CachedPage] = [:], bodies: Bodies = .all,
                            dataCache: DataCache? = nil) -> Result {
        load(siteRoot: rawRoot, readingCachedPages: { cachedPages }, bodies: bodies, dataCache: dataCache)
    }

    /// As `load(siteRoot:cachedPages:bodies:dataCache:)`, with the cached pages given by
    /// `readingCachedPages`, which is called while the data files load: decoding the page cache of
    /// a large site takes about as long as loading its data from the cache.
    public static func load(siteRoot rawRoot: String, readingCachedPages: @Sendable () -> [String: CachedPage],
                            bodies: Bodies = .all, dataCache: DataCache? = nil) -> Result {
        load(siteRoot: rawRoot, readingCachedPages: readingCachedPages, bodies: bodies, dataCache: dataCache,
             withEachPage: { _, _ -> Never? in nil }).0
    }

    /// `load`, also running `each` on every page read, in the same parallel pass as reading
    /// it (while other pages are parsed); its non-nil results come back by source path. A build
    /// renders each page's Markdown this way: libcmark's parse is done under a lock, and the
    /// YAML parsing of other pages fills the time another thread holds it.
    public static func load<Extra: Sendable>(siteRoot rawRoot: String, readingCachedPages: @Sendable () -> [String: CachedPage],
                                             bodies: Bodies = .all, dataCache: DataCache? = nil,
                                             withEachPage each: @escaping @Sendable (SiteConfig, Page) -> Extra?) -> (Result, [String: Extra]) {
        let root = URL(fileURLWithPath: rawRoot).standardizedFileURL.path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            return (Result(site: nil, diagnostics: [.error("the site folder '\(rawRoot)' does not exist.", file: rawRoot,
                                                           hint: "Run sitegen from the folder that holds content/, or give --source.")]), [:])
        }
        var diagnostics: [Diagnostic] = []
        let (config, configDiagnostics) = ConfigLoader.load(siteRoot: root)
        diagnostics += configDiagnostics

        let copies = config.map(CopiedTextCheck.init(config:))
        let clock = ProfileClock()
        // Pages and data files are read at the same time (each in parallel itself).
        let ((walk, parsed, cacheIsCurrent), (loadedData, dataDiagnostics)) = Parallel.both({
            // The folder is listed while the page cache is decoded.
            let (cachedPages, walk) = Parallel.both(readingCachedPages, { FolderWalker.walk(root: root) })
            let parsed = Parallel.map(walk.markdown) { entry -> (Page?, [Diagnostic], Extra?, [Diagnostic]) in
                let cached = cachedPages[entry.relative].flatMap { $0.stamp == entry.stamp ? $0 : nil }
                if let cached, bodies == .oitEvidence, cached.page.frontMatter.oit.isEmpty {
                    return (Optional(cached.page), cached.diagnostics, nil, [])
                }
                let (page, diagnostics, copied) = loadPage(entry, root: root, cached: cached, copies: copies)
                return (page, diagnostics, page.flatMap { page in config.flatMap { each($0, page) } }, copied)
            }
            // Whether every page read is cached with its stamp, and nothing else is.
            var current = cachedPages.count == zip(walk.markdown, parsed).count(where: { $0.1.0 != nil })
            for (entry, (page, _, _, _)) in zip(walk.markdown, parsed) where current && page != nil {
                current = cachedPages[entry.relative]?.stamp == entry.stamp
            }
            return (walk, parsed, current)
        }, { DataFolderLoader.load(siteRoot: root, dataCache: dataCache, copies: copies) })
        diagnostics += walk.diagnostics
        clock.mark("load: pages and data")
        var pages: [Page] = []
        var pageCache: [String: CachedPage] = [:]
        var extras: [String: Extra] = [:]
        for (entry, (page, ds, extra, copied)) in zip(walk.markdown, parsed) {
            // The copied-text warnings depend on site.yaml: they are not kept with the cached page.
            diagnostics += ds + copied
            if let page {
                pages.append(page)
                pageCache[entry.relative] = CachedPage(stamp: entry.stamp, page: page, diagnostics: ds)
                if let extra { extras[page.sourcePath] = extra }
            }
        }
        diagnostics += checkURLs(pages)
        diagnostics += checkAttachments(pages, root: root)
        diagnostics += dataDiagnostics
        let (disclosures, linkDiagnostics) = DatasetLinker.link(loadedData)
        diagnostics += linkDiagnostics
        diagnostics += checkDataReferences(pages, disclosures, root: root)

        guard let config else { return (Result(site: nil, diagnostics: diagnostics), [:]) }
        let statics = walk.other.map { StaticFile(sourceURL: $0.absolute, outputPath: $0.relative, size: $0.size) }
        pages.sort { $0.sourcePath < $1.sourcePath }
        clock.mark("load: checks")
        return (Result(site: Site(root: root, config: config, pages: pages, staticFiles: statics,
                                  disclosures: disclosures),
                       diagnostics: diagnostics, pageCache: pageCache, pageCacheIsCurrent: cacheIsCurrent), extras)
    }

    static func loadPage(_ entry: FolderWalker.Entry, root: String, cached: CachedPage? = nil) -> (Page?, [Diagnostic]) {
        let (page, diagnostics, _) = loadPage(entry, root: root, cached: cached, copies: nil)
        return (page, diagnostics)
    }

    /// `loadPage`, also returning the warnings of `copies` on the page's text (front matter and body).
    static func loadPage(_ entry: FolderWalker.Entry, root: String, cached: CachedPage?,
                         copies: CopiedTextCheck?) -> (Page?, [Diagnostic], [Diagnostic]) {
        let display = entry.relative
        let text: String
        switch TextFile.read(entry.absolute, display: display) {
        case .failure(let d): return (nil, [d], [])
        case .success(let t): text = t
        }
        func copied(_ bodyLine: Int) -> [Diagnostic] { copies?.check(text, file: display, shape: .page(bodyLine: bodyLine)) ?? [] }
        if let cached, let split = FrontMatterParser.split(text), !split.unclosed, split.bodyLine == cached.page.bodyLine {
            var page = cached.page
            page.body = split.body
            return (page, cached.diagnostics, copied(split.bodyLine))
        }
        let parsed = FrontMatterParser.parse(text, file: display)
        guard let fm = parsed.frontMatter else { return (nil, parsed.diagnostics, []) }
        let components = entry.relative.split(separator: "/")
        let file = components.last.map(String.init) ?? ""
        let folder = components.dropLast().joined(separator: "/")
        let isIndex = file == "_index.md" || (folder.isEmpty && file == "index.md")
        let kind: Page.Kind = isIndex ? (folder.isEmpty ? .home : .section) : .page
        let url = SitePaths.url(forSource: entry.relative, slug: isIndex ? nil : fm.slug)
        let page = Page(sourcePath: entry.relative, kind: kind, url: url, section: folder, frontMatter: fm,
                        body: parsed.body, bodyLine: parsed.bodyLine, modified: entry.modified)
        return (page, parsed.diagnostics, copied(parsed.bodyLine))
    }

    /// Reads the given page files (paths relative to the site folder) on their own, as a whole
    /// load would read each; nil for a file that is not there any more.
    public static func loadPages(_ relativePaths: [String], siteRoot rawRoot: String) -> [(Page?, [Diagnostic])] {
        let root = URL(fileURLWithPath: rawRoot).standardizedFileURL.path
        return relativePaths.map { rel in
            let abs = root + "/" + rel
            var st = stat()
            guard stat(abs, &st) == 0 else { return (nil, []) }
            let entry = FolderWalker.Entry(absolute: abs, relative: rel, size: Int(st.st_size),
                                           modified: FolderWalker.date(ofSeconds: Int(st.st_mtim.tv_sec)), stamp: FileStamp(st))
            return loadPage(entry, root: root)
        }
    }

    /// A name at the top of the site folder that is neither a page nor a static file.
    static func isReservedTopLevel(_ name: String) -> Bool {
        reservedFolders.contains(name) || name == ConfigLoader.fileName
    }

    /// The files of the site folder copied as they are, as a whole load lists them, from the
    /// stamps of the site folder's files (`FileStamp.all`) of a site that loaded without errors.
    public static func staticFiles(siteRoot rawRoot: String, stamps: [String: FileStamp]) -> [StaticFile] {
        let root = URL(fileURLWithPath: rawRoot).standardizedFileURL.path
        return stamps.compactMap { rel, stamp -> StaticFile? in
            guard !rel.hasSuffix(".md"), let top = rel.split(separator: "/").first, !isReservedTopLevel(String(top)) else { return nil }
            return StaticFile(sourceURL: root + "/" + rel, outputPath: rel, size: Int(stamp.size))
        }.sorted { $0.outputPath < $1.outputPath }
    }

    static func checkURLs(_ pages: [Page]) -> [Diagnostic] {
        var owner: [String: Page] = [:]
        var out: [Diagnostic] = []
        for page in pages.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            for url in [page.url] + page.frontMatter.aliases {
                if let first = owner[url] {
                    out.append(.error("the address \(url) is used by both \(first.sourcePath) and this page.",
                                      file: page.sourcePath,
                                      line: page.frontMatter.lines[url == page.url ? "slug" : "aliases"] ?? 1,
                                      field: url == page.url ? "slug" : "aliases",
                                      hint: "Rename one of the files, or give one page another 'slug'."))
                } else {
                    owner[url] = page
                }
            }
        }
        return out
    }

    /// A page's `data:` must name a data file that exists, and its `layout:` must be one that
    /// can show that kind of data: the kind's own (a site's own layout, of another name, may).
    static func checkDataReferences(_ pages: [Page], _ disclosures: Disclosures, root: String) -> [Diagnostic] {
        pages.compactMap { page in
            guard let key = page.frontMatter.data else { return nil }
            if let dataset = disclosures[key] {
                let kind = type(of: dataset).kind
                let layout = page.frontMatter.layout ?? "page"
                guard layout != kind, layout == "page" || DatasetKinds.names.contains(layout) else { return nil }
                return .error("the page shows the data file \(dataset.source.file) (kind \(kind)) with layout '\(layout)', which cannot show it.",
                              file: page.sourcePath, line: page.frontMatter.lines["layout"] ?? page.frontMatter.lines["data"],
                              field: "layout", hint: "Write 'layout: \(kind)', the layout of \(kind) data, or leave 'data:' out.")
            }
            // A data file that exists but could not be read has its own errors already.
            if ["yaml", "yml"].contains(where: { FileManager.default.fileExists(atPath: root + "/data/" + key + "." + $0) }),
               !key.split(separator: "/").contains("..") {
                return nil
            }
            var hint = "Name a file under data/ without its extension"
            if let s = Suggest.nearest(to: key, in: disclosures.keys) { hint = "Did you mean '\(s)'? " + hint }
            return .error("there is no data file 'data/\(key).yaml' for this page.", file: page.sourcePath,
                          line: page.frontMatter.lines["data"], field: "data", hint: hint + (disclosures.keys.isEmpty ? "." : ": \(disclosures.keys.joined(separator: ", "))."))
        }
    }

    static func checkAttachments(_ pages: [Page], root: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for page in pages {
            for a in page.frontMatter.attachments {
                let path = (root as NSString).appendingPathComponent(a.file)
                let inside = URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(root + "/")
                if !inside || !FileManager.default.fileExists(atPath: path) {
                    out.append(.error("the attached file '\(a.file)' does not exist in the site folder.",
                                      file: page.sourcePath, line: a.line, field: "attachments",
                                      hint: "Put the file in the site folder (for example files/) and write its path relative to the site folder."))
                }
            }
        }
        return out
    }
}

/// Lists the files of a site folder: Markdown pages and everything else.
enum FolderWalker {
    struct Entry: Sendable {
        var absolute: String
        var relative: String
        var size: Int
        var modified: CalendarDate?
        var stamp: FileStamp
    }

    struct Listing {
        var markdown: [Entry] = []
        var other: [Entry] = []
        var diagnostics: [Diagnostic] = []
    }

    static func walk(root: String) -> Listing {
        var listing = Listing()
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        visit(folder: root, relative: "", realRoot: realRoot, depth: 0, into: &listing)
        listing.markdown.sort { $0.relative < $1.relative }
        listing.other.sort { $0.relative < $1.relative }
        return listing
    }

    private static func visit(folder: String, relative: String, realRoot: String, depth: Int, into listing: inout Listing) {
        guard depth < 64 else {
            listing.diagnostics.append(.error("folders are nested more than 64 levels deep here.", file: relative,
                                              hint: "Flatten the folder structure."))
            return
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            listing.diagnostics.append(.error("the folder cannot be read.", file: relative.isEmpty ? "." : relative))
            return
        }
        for name in names.sorted() {
            if name.hasPrefix(".") { continue }
            let rel = relative.isEmpty ? name : relative + "/" + name
            if relative.isEmpty && SiteLoader.isReservedTopLevel(name) { continue }
            let abs = folder + "/" + name
            var st = stat()
            guard lstat(abs, &st) == 0 else { continue }
            var mode = st.st_mode & S_IFMT
            if mode == S_IFLNK {
                let target = URL(fileURLWithPath: abs).resolvingSymlinksInPath().path
                guard target.hasPrefix(realRoot + "/") else {
                    listing.diagnostics.append(.error("this is a link to '\(target)', outside the site folder; sitegen does not follow it.",
                                                      file: rel, hint: "Copy the file into the site folder instead of linking to it."))
                    continue
                }
                guard stat(abs, &st) == 0 else {
                    listing.diagnostics.append(.error("this link points to a file that does not exist.", file: rel,
                                                      hint: "Remove the link or restore its target."))
                    continue
                }
                mode = st.st_mode & S_IFMT
            }
            if mode == S_IFDIR {
                visit(folder: abs, relative: rel, realRoot: realRoot, depth: depth + 1, into: &listing)
            } else if mode == S_IFREG {
                let entry = Entry(absolute: abs, relative: rel, size: Int(st.st_size), modified: date(ofSeconds: Int(st.st_mtim.tv_sec)),
                                  stamp: FileStamp(st))
                if name.hasSuffix(".md") { listing.markdown.append(entry) } else { listing.other.append(entry) }
            }
        }
    }

    /// The calendar date (Asia/Bangkok, UTC+7, no daylight saving) of a POSIX time.
    static func date(ofSeconds seconds: Int) -> CalendarDate? {
        let days = (seconds + 7 * 3600).floorDiv(86_400)
        return CalendarDate(year: 1970, month: 1, day: 1)?.adding(days: days)
    }
}

extension Int {
    func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : -((-self + d - 1) / d) }
}
