import Foundation
import Markdown
import SiteModel
import ThaiText

/// What a dataset's template context may use: formatting per site setting and link building.
public struct ContextEnvironment: Sendable {
    public let format: ThaiFormatter
    /// Path of the base URL without its trailing slash.
    public let prefix: String
    public let fileSizes: [String: Int]
    /// Data key → site URL of the page presenting that dataset (the first one, by source file).
    public var dataPages: [String: String] = [:]
    /// How long texts of data files are read as Markdown: as the site's pages are.
    public var markdownOptions = MarkdownOptions()

    public func link(_ sitePath: String) -> String { prefix + (sitePath.hasPrefix("/") ? sitePath : "/" + sitePath) }

    /// The link to the page presenting a dataset (`data: key`), if a page does.
    public func dataPageLink(_ key: String) -> String? { dataPages[key].map(link) }

    /// Template values of an attached file: title, url, type, size.
    public func attachment(_ a: AttachmentRef) -> [String: Any] {
        let ext = (a.file as NSString).pathExtension.uppercased()
        var e: [String: Any] = ["title": a.title, "url": link("/" + a.file), "type": ext.isEmpty ? "ไฟล์" : ext]
        if let size = fileSizes[a.file] { e["size"] = format.fileSize(size) }
        return e
    }

    public func date(_ d: CalendarDate?) -> [String: Any]? {
        guard let d else { return nil }
        return ["text": format.date(d), "iso": d.iso]
    }

    /// A budget as a document states it: an amount, "ไม่ใช้งบประมาณ", or "ไม่ระบุ" — never 0 for
    /// the latter two.
    public func budget(_ b: BudgetValue) -> [String: Any] {
        switch b {
        case .amount(let m): return ["text": format.baht(m), "isAmount": true]
        case .noBudget: return ["text": "ไม่ใช้งบประมาณ", "isNoBudget": true]
        case .notStated: return ["text": "ไม่ระบุ", "isNotStated": true]
        }
    }
}

/// Template values for a record inside a list. Mustache looks a missing key up in the enclosing
/// contexts, so a sub-unit without a `phone` would show its parent's; every optional field of a
/// record must therefore be present, as `false` when it has no value.
public func templateRecord(_ values: [String: Any?]) -> [String: Any] {
    values.mapValues { $0 ?? false }
}

/// A dataset that can present itself to a theme template. The returned dictionary becomes
/// `page.data` on a page whose front matter says `data: <key>`.
public protocol TemplateContextProviding {
    func templateContext(_ env: ContextEnvironment) -> [String: Any]
}

/// A page a dataset publishes below the page presenting it, such as one page per entry of a
/// plan: it is written at `<presenting page URL><slug>/`, with breadcrumbs through that page.
public struct Subpage {
    /// The last part of the address: lowercase ASCII letters, digits and single hyphens (`2-2-2-12`).
    public var slug: String
    public var title: String
    /// The meta description; the title when nil.
    public var description: String?
    /// Becomes `page.data` of the sub-page (top-level lists get their `hasX` flags).
    public var context: [String: Any]
    /// The theme template that renders it.
    public var template: String

    public init(slug: String, title: String, description: String? = nil, context: [String: Any], template: String) {
        self.slug = slug
        self.title = title
        self.description = description
        self.context = context
        self.template = template
    }

    /// Whether a slug can be used as it is in a URL.
    public static func isURLSafe(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// A dataset that publishes sub-pages under every page presenting it.
public protocol SubpageProviding {
    func subpages(_ env: ContextEnvironment) -> [Subpage]
}

/// Builds the context of every dataset once per build.
enum DisclosureContexts {
    static func build(_ disclosures: Disclosures, env: ContextEnvironment) -> [String: [String: Any]] {
        var out: [String: [String: Any]] = [:]
        for key in disclosures.keys {
            guard let provider = disclosures[key] as? TemplateContextProviding else { continue }
            var context = ContextBuilder.flagNonEmptyLists(provider.templateContext(env))
            context["key"] = key
            if let d = disclosures[key] {
                let attachments = d.attachments.map(env.attachment)
                if context["attachments"] == nil && !attachments.isEmpty {
                    context["attachments"] = attachments
                    context["hasAttachments"] = true
                }
            }
            out[key] = context
        }
        return out
    }
}
