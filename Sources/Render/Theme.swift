import Foundation
import Mustache
import SiteModel

/// A theme: Mustache templates plus static assets, with a site's own overrides applied.
///
/// Layout of a theme folder: `templates/NAME.mustache` and `static/…` (copied to the output root).
/// A site overrides a template by putting `layouts/NAME.mustache` in its own folder, and a static
/// asset by putting a file at the same output path in its own folder.
///
/// The default theme is built into the program (`BuiltInTheme`). A `themes/default/` folder that
/// holds every required template is a whole theme and is used alone, as before; one that holds
/// only some files overrides those files of the built-in theme, each by its relative name.
public struct Theme: Sendable {
    public let name: String
    /// The theme folder read, or `BuiltInTheme.folder` when only the built-in theme is used.
    public let folder: String
    public let library: MustacheLibrary
    public let templateNames: Set<String>
    /// The theme's assets, each to be written at its path in the output folder.
    public let staticFiles: [OutputFile]

    /// Templates every theme must provide.
    public static let requiredTemplates = ["base", "home", "section", "page", "sitemap", "404", "alias",
                                           "sitemap.xml", "robots.txt", "archive", "atom.xml", "oit-index"]

    /// Finds `themes/NAME` inside the site folder, else beside it (the repository layout).
    public static func locate(name: String, siteRoot: String, themesFolder: String? = nil) -> String? {
        var candidates: [String] = []
        if let themesFolder { candidates.append((themesFolder as NSString).appendingPathComponent(name)) }
        candidates.append(((siteRoot as NSString).appendingPathComponent("themes") as NSString).appendingPathComponent(name))
        let parent = (siteRoot as NSString).deletingLastPathComponent
        candidates.append(((parent as NSString).appendingPathComponent("themes") as NSString).appendingPathComponent(name))
        return candidates.first { isThemeFolder($0, name: name) }
    }

    /// A folder of theme `name`: one with `templates/`, or, for the default theme, one with
    /// `static/` only (assets overriding the built-in ones).
    static func isThemeFolder(_ folder: String, name: String) -> Bool {
        var isDirectory: ObjCBool = false
        for sub in name == BuiltInTheme.name ? ["templates", "static"] : ["templates"]
        where FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(sub), isDirectory: &isDirectory) && isDirectory.boolValue {
            return true
        }
        return false
    }

    /// What a site's theme is read from: the theme folder found, else the built-in theme for the
    /// default theme (`BuiltInTheme.folder`); nil when a theme of another name is not found.
    public static func source(name: String, siteRoot: String, themesFolder: String? = nil) -> String? {
        locate(name: name, siteRoot: siteRoot, themesFolder: themesFolder) ?? (name == BuiltInTheme.name ? BuiltInTheme.folder : nil)
    }

    /// A theme folder that holds every required template is a whole theme, used without the
    /// built-in one.
    static func isWhole(_ folder: String) -> Bool {
        requiredTemplates.allSatisfy { FileManager.default.fileExists(atPath: folder + "/templates/" + $0 + ".mustache") }
    }

    public static func load(name: String, siteRoot: String, themesFolder: String? = nil) -> (Theme?, [Diagnostic]) {
        guard let source = source(name: name, siteRoot: siteRoot, themesFolder: themesFolder) else {
            return (nil, [.error("the theme '\(name)' was not found (looked for themes/\(name)/templates/ in the site folder and beside it).",
                                 file: "site.yaml", field: "theme",
                                 hint: "Put the theme in themes/\(name)/ next to the site folder or in it, or set 'theme: default'.")])
        }
        let folder = source == BuiltInTheme.folder ? nil : source
        // The built-in theme is the base of the default theme, unless a whole theme replaces it.
        let builtIn = name == BuiltInTheme.name && !(folder.map(isWhole) ?? false)
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var names = Set<String>()
        func register(_ bytes: [UInt8], templateName: String, display: String) {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error("the template cannot be read as UTF-8 text.", file: display))
                return
            }
            do {
                // Text templates (robots.txt) keep Mustache's own rules; every other template
                // escapes with sitegen's byte-level HTML escaper.
                let source = templateName.hasSuffix(".txt") ? text : HTMLEscaping.pragma + text
                let template = try MustacheTemplate(string: source)
                library.register(template, named: templateName)
                names.insert(templateName)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("the template is malformed: \(error.error).", file: display,
                                          line: error.context.lineNumber, column: error.context.columnNumber,
                                          hint: "Check that every {{#section}} has its {{/section}} and that tags are closed."))
            } catch {
                diagnostics.append(.error("the template is malformed: \(error).", file: display))
            }
        }
        // Later sources replace templates of the same name: the built-in theme, the theme folder,
        // the site's layouts/.
        var templates: [String: (bytes: [UInt8], display: String)] = [:]
        if builtIn {
            for (path, bytes) in BuiltInTheme.files where path.hasPrefix("templates/") && path.hasSuffix(".mustache") && !path.dropFirst(10).contains("/") {
                templates[String(path.dropFirst("templates/".count).dropLast(".mustache".count))] = (bytes, "(built-in theme) " + path)
            }
        }
        var folderSources: [(String, String)] = []
        if let folder { folderSources.append((folder + "/templates", "themes/\(name)/templates/")) }
        folderSources.append((siteRoot + "/layouts", "layouts/"))
        for (dir, display) in folderSources {
            for file in listFiles(dir) where file.hasSuffix(".mustache") {
                guard let data = FileManager.default.contents(atPath: dir + "/" + file) else {
                    diagnostics.append(.error("the template cannot be read.", file: display + file))
                    continue
                }
                templates[String(file.dropLast(".mustache".count))] = ([UInt8](data), display + file)
            }
        }
        for (templateName, template) in templates.sorted(by: { $0.key < $1.key }) {
            register(template.bytes, templateName: templateName, display: template.display)
        }
        for required in requiredTemplates where !names.contains(required) {
            diagnostics.append(.error("the theme has no '\(required)' template.", file: "themes/\(name)/templates/\(required).mustache",
                                      hint: "Write it out with 'sitegen theme export' and copy it from there."))
        }
        var statics: [String: OutputFile] = [:]
        if builtIn {
            for (path, bytes) in BuiltInTheme.files where path.hasPrefix("static/") {
                let output = String(path.dropFirst("static/".count))
                statics[output] = OutputFile(path: output, content: .bytes(bytes))
            }
        }
        if let folder {
            let staticRoot = folder + "/static"
            for rel in listFiles(staticRoot) { statics[rel] = OutputFile(path: rel, content: .copy(staticRoot + "/" + rel)) }
        }
        let theme = Theme(name: name, folder: source, library: library, templateNames: names,
                          staticFiles: statics.keys.sorted().compactMap { statics[$0] })
        return (diagnostics.contains { $0.severity == .error } ? nil : theme, diagnostics)
    }

    /// Regular files below a folder, relative, sorted; hidden files skipped.
    static func listFiles(_ folder: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        for case let rel as String in e {
            if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out.append(rel)
            }
        }
        return out.sorted()
    }

    public func render(_ template: String, _ context: [String: Any]) -> String? {
        library.render(context, withTemplate: template)
    }
}

/// The default theme as built into the program: every file of the repository's `themes/default/`
/// (embedded by the EmbedFiles plugin), by its path in the theme folder.
public enum BuiltInTheme {
    public static let name = "default"
    /// `Theme.folder` of a theme read from the program alone (no folder on disk has this name:
    /// it is not a path).
    public static let folder = "\u{0}built-in theme"

    /// Every file, decoded once per process, sorted by path.
    public static let files: [(path: String, bytes: [UInt8])] = builtInThemeFiles.map { file in
        guard let data = Data(base64Encoded: file.base64) else { preconditionFailure("the embedded theme file \(file.path) is damaged") }
        return (file.path, [UInt8](data))
    }.sorted { $0.path < $1.path }

    public struct ExportError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Writes the built-in theme into `folder` (`templates/`, `static/`), creating it. Files that
    /// exist already are an error, and nothing is written, unless `overwrite`. Returns the
    /// relative paths written.
    @discardableResult
    public static func export(to folder: String, overwrite: Bool) throws(ExportError) -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ExportError(message: "\(folder) is a file, not a folder.")
        }
        if !overwrite {
            let existing = files.map(\.path).filter { fm.fileExists(atPath: folder + "/" + $0) }
            if !existing.isEmpty {
                let shown = existing.prefix(5).joined(separator: ", ") + (existing.count > 5 ? ", and \(existing.count - 5) more" : "")
                throw ExportError(message: "\(existing.count) file(s) of the theme exist already in \(folder)/ (\(shown)); nothing was written. "
                    + "Add --force to replace them with the built-in ones, or export into another folder.")
            }
        }
        for (path, bytes) in files {
            let target = folder + "/" + path
            do {
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: target), options: .atomic)
            } catch {
                throw ExportError(message: "cannot write \(target): \(error.localizedDescription)")
            }
        }
        return files.map(\.path)
    }
}
