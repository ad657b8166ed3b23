import Foundation
import Mustache
import SiteModel

/// A theme: Mustache templates plus static assets, with a site's own overrides applied.
///
/// Layout of a theme folder: `templates/NAME.mustache` and `static/…` (copied to the output root).
/// A site overrides a template by putting `layouts/NAME.mustache` in its own folder, and a static
/// asset by putting a file at the same output path in its own folder.
public struct Theme: Sendable {
    public let name: String
    public let folder: String
    public let library: MustacheLibrary
    public let templateNames: Set<String>
    public let staticFiles: [StaticFile]

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
        return candidates.first { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("templates")) }
    }

    public static func load(name: String, siteRoot: String, themesFolder: String? = nil) -> (Theme?, [Diagnostic]) {
        guard let folder = locate(name: name, siteRoot: siteRoot, themesFolder: themesFolder) else {
            let hint = name == "default"
                ? "Copy the folder themes/ that comes with sitegen next to the site folder (so that themes/default/templates/ exists there, or in the site folder itself)."
                : "Put the theme in themes/\(name)/ next to the site folder or in it, or set 'theme: default'."
            return (nil, [.error("the theme '\(name)' was not found (looked for themes/\(name)/templates/ in the site folder and beside it).",
                                 file: "site.yaml", field: "theme", hint: hint)])
        }
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var names = Set<String>()
        let sources = [(folder + "/templates", "themes/\(name)/templates/"),
                       (siteRoot + "/layouts", "layouts/")]
        for (dir, display) in sources {
            for file in listFiles(dir) where file.hasSuffix(".mustache") {
                let templateName = String(file.dropLast(".mustache".count))
                let path = dir + "/" + file
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(.error("the template cannot be read as UTF-8 text.", file: display + file))
                    continue
                }
                do {
                    // Text templates (robots.txt) keep Mustache's own rules; every other template
                    // escapes with sitegen's byte-level HTML escaper.
                    let source = templateName.hasSuffix(".txt") ? text : HTMLEscaping.pragma + text
                    let template = try MustacheTemplate(string: source)
                    library.register(template, named: templateName)
                    names.insert(templateName)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(.error("the template is malformed: \(error.error).", file: display + file,
                                              line: error.context.lineNumber, column: error.context.columnNumber,
                                              hint: "Check that every {{#section}} has its {{/section}} and that tags are closed."))
                } catch {
                    diagnostics.append(.error("the template is malformed: \(error).", file: display + file))
                }
            }
        }
        for required in requiredTemplates where !names.contains(required) {
            diagnostics.append(.error("the theme has no '\(required)' template.", file: "themes/\(name)/templates/\(required).mustache",
                                      hint: "Copy it from themes/default/templates/."))
        }
        let staticRoot = folder + "/static"
        let statics = listFiles(staticRoot).map { rel -> StaticFile in
            let path = staticRoot + "/" + rel
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return StaticFile(sourceURL: path, outputPath: rel, size: size)
        }
        let theme = Theme(name: name, folder: folder, library: library, templateNames: names, staticFiles: statics)
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
