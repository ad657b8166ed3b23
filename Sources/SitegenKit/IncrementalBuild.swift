import Audit
import Caching
import Foundation
import Publish
import Render
import SiteLoader
import SiteModel

/// Rebuilds that do work in proportion to what changed, from the last build's `BuildState`.
///
/// - Nothing changed (every input and output file has the stamp recorded after the last build):
///   nothing is loaded or rendered; the last build's problems are reported again.
/// - Only the text of ordinary pages changed: those pages are read and rendered alone, and
///   their files replaced in the output folder, when each changed page keeps everything other
///   pages show of it: its front matter, its first paragraph, its last-updated date. Such a
///   page must not be the home page or a section (their listings quote other pages) or present
///   a dataset (`data:`); if it is evidence for an OIT item (`oit:`), its headings must be as
///   they were (the audit reads them); and neither the last build nor this one may have found
///   a problem in it.
/// - Anything else (a data file, the theme, site.yaml, a file added or removed, front matter)
///   takes a whole build, which records a new state.
///
/// With a search index (`BuildOptions.searchIndexer`), a change to pages takes a whole build
/// too: the index is made over the whole staged site before it is published, so that a failed
/// index never leaves new pages beside an old index. The index's files are outputs like the
/// pages, so a rebuild with nothing changed does not index again.
enum IncrementalBuild {
    enum Outcome {
        case upToDate(BuildResult)
        case rebuiltPages(BuildResult, pages: Int)
    }

    static func attempt(_ options: BuildOptions, clock: ProfileClock) -> Outcome? {
        let startedAt = FileStamp.now()
        let store = BuildCacheStore(siteRoot: options.source)
        let key = BuildState.key(options)
        guard var state = store.loadState(key: key) else { return nil }
        let output = URL(fileURLWithPath: options.output).standardizedFileURL.path
        let outputPaths = Array(state.outputs.keys)
        let outputStamps = Parallel.map(outputPaths) { FileStamp.of(output + "/" + $0) }
        for (path, stamp) in zip(outputPaths, outputStamps) where stamp != state.outputs[path] { return nil }
        // A theme folder put where the built-in theme was used replaces it: a whole build.
        if state.themeFolder == BuiltInTheme.folder,
           Theme.locate(name: BuiltInTheme.name, siteRoot: options.source, themesFolder: options.themesFolder) != nil { return nil }
        let inputs = BuildState.inputs(siteRoot: options.source, themeFolder: state.themeFolder)
        guard inputs.count == state.inputs.count else { return nil }
        var changed: [String] = []
        for (path, stamp) in inputs {
            guard let before = state.inputs[path] else { return nil }
            if before != stamp { changed.append(path) }
        }
        clock.mark("cache check")
        if changed.isEmpty {
            let report = Publisher.Report(written: 0, unchanged: state.outputs.count)
            return .upToDate(BuildResult(diagnostics: state.diagnostics, report: report, pageCount: state.pageCount))
        }
        guard options.searchIndexer == nil, let (result, count) = rebuildPages(changed.sorted(), options: options, state: &state, store: store, inputs: inputs,
                                                 startedAt: startedAt, clock: clock) else {
            return nil
        }
        return .rebuiltPages(result, pages: count)
    }

    private static func rebuildPages(_ changed: [String], options: BuildOptions, state: inout BuildState,
                                     store: BuildCacheStore, inputs: [String: FileStamp], startedAt: Int64,
                                     clock: ProfileClock) -> (BuildResult, Int)? {
        var paths: [String] = []
        for path in changed {
            guard path.hasPrefix("site/"), path.hasSuffix(".md") else { return nil }
            let relative = String(path.dropFirst("site/".count))
            guard let top = relative.split(separator: "/").first, !SiteLoader.reservedFolders.contains(String(top)) else { return nil }
            guard !state.diagnostics.contains(where: { $0.file == relative }) else { return nil }
            paths.append(relative)
        }
        // The page cache is decoded while site.yaml and the theme are read.
        let (loadedPages, (loadedConfig, loadedTheme)) = Parallel.both({ store.loadPages() }, {
            let (config, configDiagnostics) = ConfigLoader.load(siteRoot: options.source)
            guard var config, configDiagnostics.isEmpty else { return (SiteConfig?.none, Theme?.none) }
            if let base = options.baseURL { config.baseURL = SiteConfig.normalizeBaseURL(base) }
            let root = URL(fileURLWithPath: options.source).standardizedFileURL.path
            let (theme, themeDiagnostics) = options.loadTheme(name: config.theme, siteRoot: root)
            return (config, themeDiagnostics.isEmpty ? theme : nil)
        })
        var cachedPages = loadedPages
        var pages: [Page] = []
        for ((page, diagnostics), relative) in zip(SiteLoader.loadPages(paths, siteRoot: options.source), paths) {
            guard let page, diagnostics.isEmpty, let before = cachedPages[relative]?.page,
                  page.kind == .page, page.frontMatter.data == nil,
                  page.frontMatter.oit.isEmpty || state.auditedLines[relative] == auditedDigest(page),
                  !page.frontMatter.draft || options.includeDrafts,
                  page.frontMatter == before.frontMatter, page.url == before.url, page.section == before.section,
                  page.bodyLine == before.bodyLine, page.lastUpdated == before.lastUpdated,
                  let stamp = inputs["site/" + relative] else { return nil }
            pages.append(page)
            cachedPages[relative] = CachedPage(stamp: stamp, page: page, diagnostics: [])
        }
        guard cachedPages.count == inputs.keys.filter({ $0.hasPrefix("site/") && $0.hasSuffix(".md") && !$0.hasPrefix("site/data/") && !$0.hasPrefix("site/layouts/") }).count else {
            return nil
        }

        guard let config = loadedConfig, let theme = loadedTheme, theme.folder == state.themeFolder else { return nil }
        // A changed page that now names another agency is reported by a whole build.
        guard !pages.contains(where: { SiteLoader.hasCopiedText($0.body, config: config) }) else { return nil }
        let root = URL(fileURLWithPath: options.source).standardizedFileURL.path
        let site = Site(root: root, config: config, pages: cachedPages.values.map(\.page).sorted { $0.sourcePath < $1.sourcePath },
                        staticFiles: SiteLoader.staticFiles(siteRoot: root, stamps: siteStamps(inputs)), disclosures: Disclosures())
        clock.mark("load changed pages")

        let renderings = SiteRenderer.renderPages(pages, site: site, theme: theme, options: RenderOptions(
            includeDrafts: options.includeDrafts, buildDate: options.buildDate, serial: options.serial,
            bodyEndHTML: options.bodyEndHTML))
        var files: [OutputFile] = []
        for r in renderings {
            guard r.failure == nil, r.markdown.notes.isEmpty,
                  MarkdownFiles.missing(in: r.markdown, of: r.page, exists: { state.outputs[$0] != nil }).isEmpty,
                  BuildCacheStore.digest(r.markdown.firstParagraph) == state.firstParagraphs[r.page.sourcePath],
                  r.files.allSatisfy({ state.outputs[$0.path] != nil }) else { return nil }
            files += r.files
        }
        clock.mark("render")

        let report: Publisher.Report
        let outputFolder = URL(fileURLWithPath: options.output).standardizedFileURL.path
        do {
            report = try Publisher.replace(files, in: outputFolder)
        } catch {
            // Some files may be new already: the recorded output no longer describes the folder.
            store.removeState(key: state.key)
            return (BuildResult(diagnostics: state.diagnostics + [error.diagnostic], report: nil, pageCount: 0), 0)
        }
        for file in files { state.outputs[file.path] = FileStamp.of(outputFolder + "/" + file.path) }
        // pages.bin is left as it is: it still describes the changed pages' front matter, which
        // is unchanged; their new stamps only make the next load read them again.
        state.inputs = BuildState.settled(inputs, before: startedAt)
        store.saveState(state)
        clock.mark("publish")
        let total = Publisher.Report(written: report.written, unchanged: state.outputs.count - report.written)
        return (BuildResult(diagnostics: state.diagnostics, report: total, pageCount: state.pageCount), pages.count)
    }

    static func siteStamps(_ inputs: [String: FileStamp]) -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        for (path, stamp) in inputs where path.hasPrefix("site/") { out[String(path.dropFirst("site/".count))] = stamp }
        return out
    }

    static func auditedDigest(_ page: Page) -> String {
        BuildCacheStore.digest(Auditor.auditedText(of: page.body))
    }

    static func auditedLines(_ pages: [Page]) -> [String: String] {
        var out: [String: String] = [:]
        for page in pages where !page.frontMatter.oit.isEmpty { out[page.sourcePath] = auditedDigest(page) }
        return out
    }

    /// Records what a whole build read and wrote, for the next one (the page cache is written
    /// by the build itself, while it publishes).
    static func record(_ options: BuildOptions, inputs: [String: FileStamp], readAt: Int64, themeFolder: String,
                       rendered: SiteRenderer.Output, result: BuildResult) {
        let store = BuildCacheStore(siteRoot: options.source)
        let output = URL(fileURLWithPath: options.output).standardizedFileURL.path
        var paths = rendered.files.map(\.path)
        if options.searchIndexer != nil { paths += SearchIndexer.files(in: output) }
        let stamps = Parallel.map(paths) { FileStamp.of(output + "/" + $0) }
        var outputs: [String: FileStamp] = [:]
        outputs.reserveCapacity(paths.count)
        for (path, stamp) in zip(paths, stamps) {
            guard let stamp else { return }
            outputs[path] = stamp
        }
        store.saveState(BuildState(key: BuildState.key(options), themeFolder: themeFolder,
                                   inputs: BuildState.settled(inputs, before: readAt), outputs: outputs,
                                   firstParagraphs: rendered.firstParagraphs.mapValues(BuildCacheStore.digest),
                                   auditedLines: auditedLines(rendered.plan.pages),
                                   diagnostics: result.diagnostics, pageCount: result.pageCount))
    }
}
