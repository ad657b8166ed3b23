import Foundation
import Markdown
import SiteModel

/// The images and files a page's Markdown points to must be in the build: a page that would
/// publish with a broken image or download is an error naming the page and the line.
public enum MarkdownFiles {
    /// Errors for the references of `markdown` (the body of `page`) whose file the build does not
    /// write; `exists` answers for an output path (`files/plan.pdf`). Links to other sites, mail and
    /// phone links, fragments and links to pages (addresses without a file extension) are not
    /// checked here; images are always checked.
    public static func missing(in markdown: RenderedMarkdown, of page: Page, exists: (String) -> Bool) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for reference in markdown.references {
            guard let path = outputPath(of: reference.destination, from: page.url),
                  reference.isImage || hasFileExtension(path), !exists(path) else { continue }
            let what = reference.isImage ? "the image" : "the file"
            let line = page.bodyLine + reference.line - 1
            var hint = "Put the file in the site folder at \(path), or correct the address."
            if !reference.destination.hasPrefix("/"), let besideSource = outputPath(of: reference.destination, from: sourceFolderURL(of: page)),
               exists(besideSource) {
                hint = "The page's address is \(page.url), so '\(reference.destination)' means /\(path). "
                    + "The file is at /\(besideSource): write '/\(besideSource)'."
            }
            out.append(.error("\(what) '\(reference.destination)' does not exist in the site (it would be /\(path)).",
                              file: page.sourcePath, line: line, hint: hint))
        }
        return out
    }

    /// The output path a destination written on the page at `base` (a site address ending in `/`)
    /// points to, or nil when it points elsewhere (another site, mail, phone, a fragment).
    static func outputPath(of destination: String, from base: String) -> String? {
        var target = destination.trimmingCharacters(in: .whitespaces)
        if let cut = target.firstIndex(where: { $0 == "?" || $0 == "#" }) { target = String(target[..<cut]) }
        guard !target.isEmpty, !target.hasPrefix("//"), !hasScheme(target) else { return nil }
        target = target.removingPercentEncoding ?? target
        let joined = target.hasPrefix("/") ? target : base + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        let path = parts.joined(separator: "/")
        return joined.hasSuffix("/") || path.isEmpty ? SitePaths.outputPath(forURL: "/" + path + (path.isEmpty ? "" : "/")) : path
    }

    /// `about/history.md` → `/about/`: where a file beside the Markdown file is published.
    static func sourceFolderURL(of page: Page) -> String {
        let folder = (page.sourcePath as NSString).deletingLastPathComponent
        return folder.isEmpty ? "/" : "/" + folder + "/"
    }

    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && !scheme.contains("/") && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    static func hasFileExtension(_ path: String) -> Bool {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return false }
        return dot != name.startIndex && name[name.index(after: dot)...].allSatisfy { $0.isLetter || $0.isNumber }
            && !name.hasSuffix(".html")
    }
}
