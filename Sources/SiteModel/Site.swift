import ThaiText

/// The kind of local government (อปท.) a site belongs to.
public enum AgencyType: String, Sendable, CaseIterable {
    case sao = "อบต."
    case subdistrictMunicipality = "เทศบาลตำบล"
    case townMunicipality = "เทศบาลเมือง"
    case cityMunicipality = "เทศบาลนคร"
}

/// Contact details (OIT o3), shown in every page footer and in full on a `layout: contact` page.
public struct Contact: Sendable, Hashable {
    public var address: String
    public var phones: [String]
    public var fax: String?
    public var email: String?
    public var officeHours: String?
    public var map: MapLocation?
    public var channels: [OnlineChannel]
    /// Where a citizen can ask a question (ช่องทางการสอบถาม: a form, a Q&A page, a chat), which
    /// ITA 2569 asks for besides the contact data.
    public var inquiry: [InquiryChannel] = []

    public init(address: String = "", phones: [String] = [], fax: String? = nil,
                email: String? = nil, officeHours: String? = nil, map: MapLocation? = nil,
                channels: [OnlineChannel] = [], inquiry: [InquiryChannel] = []) {
        self.inquiry = inquiry
        self.address = address
        self.phones = phones
        self.fax = fax
        self.email = email
        self.officeHours = officeHours
        self.map = map
        self.channels = channels
    }
}

/// The office on a map: coordinates as written (decimal degrees, kept as text: never a
/// floating-point number), and/or a link to a map service.
public struct MapLocation: Sendable, Hashable {
    public var latitude: String?
    public var longitude: String?
    public var url: String?
    public init(latitude: String? = nil, longitude: String? = nil, url: String? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.url = url
    }
}

/// An online channel of the agency (Facebook page, LINE account, website, …).
public struct OnlineChannel: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable { case facebook, line, website, youtube, email, other }
    public var kind: Kind
    public var name: String
    public var url: String?
    public init(kind: Kind, name: String, url: String? = nil) {
        self.kind = kind
        self.name = name
        self.url = url
    }
}

/// A channel for questions (`contact.inquiry`): at least one of a web address, a page of the
/// site, an e-mail address or a telephone number.
public struct InquiryChannel: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A question form (แบบฟอร์มสอบถาม).
        case form
        /// A page of questions and answers (Q&A, FAQ).
        case qa
        /// A chat (LINE, Messenger).
        case chat
        case email, phone, other

        public var label: String {
            switch self {
            case .form: return "แบบฟอร์มสอบถาม"
            case .qa: return "ถาม–ตอบ (Q&A)"
            case .chat: return "สนทนาออนไลน์"
            case .email: return "อีเมล"
            case .phone: return "โทรศัพท์"
            case .other: return "ช่องทางอื่น"
            }
        }
    }
    public var kind: Kind
    public var name: String
    public var url: String?
    /// A page of this site (`/contact/faq/`).
    public var page: String?
    public var email: String?
    public var phone: String?
    public var note: String?

    public init(kind: Kind, name: String, url: String? = nil, page: String? = nil, email: String? = nil,
                phone: String? = nil, note: String? = nil) {
        self.kind = kind
        self.name = name
        self.url = url
        self.page = page
        self.email = email
        self.phone = phone
        self.note = note
    }
}

/// `site.yaml`: the agency's identity and the site's settings.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var shortTitle: String
    public var agencyType: AgencyType
    public var province: String
    public var district: String
    public var subdistrict: String
    /// Absolute base URL, always ending in `/`.
    public var baseURL: String
    public var language: String
    public var digits: DigitStyle
    public var theme: String
    public var rawHTML: Bool
    public var demo: Bool
    public var itaYear: Int?
    public var description: String
    public var emblem: String?
    public var contact: Contact
    /// The section whose pages are news (archives per fiscal year and an Atom feed).
    public var newsSection: String
    /// Entries per listing page of a section.
    public var listPageSize: Int
    /// A site's own OIT catalogue file (relative to the site folder) instead of the built-in one.
    public var itaCatalogue: String?
    /// Replacement rules for single OIT items: item id → rule fields (`check`, `year`, …).
    public var itaRules: [String: [String: [String]]]
    /// How the datasets are published as open data (`open_data:`): their licence, the OCDS prefix.
    public var openData: OpenDataSettings = OpenDataSettings()
    /// Other local governments the content may name (`other_agencies:`, neighbours in an MOU):
    /// the copied-text check does not warn about them.
    public var otherAgencies: [String] = []

    public init(title: String, shortTitle: String? = nil, agencyType: AgencyType = .sao,
                province: String = "", district: String = "", subdistrict: String = "",
                baseURL: String = "http://localhost/", language: String = "th",
                digits: DigitStyle = .thai, theme: String = "default", rawHTML: Bool = false,
                demo: Bool = false, itaYear: Int? = nil, description: String = "",
                emblem: String? = nil, contact: Contact = Contact(), newsSection: String = "news",
                listPageSize: Int = 20, itaCatalogue: String? = nil, itaRules: [String: [String: [String]]] = [:]) {
        self.title = title
        self.shortTitle = shortTitle ?? title
        self.agencyType = agencyType
        self.province = province
        self.district = district
        self.subdistrict = subdistrict
        self.baseURL = SiteConfig.normalizeBaseURL(baseURL)
        self.language = language
        self.digits = digits
        self.theme = theme
        self.rawHTML = rawHTML
        self.demo = demo
        self.itaYear = itaYear
        self.description = description
        self.emblem = emblem
        self.contact = contact
        self.newsSection = newsSection
        self.listPageSize = listPageSize
        self.itaCatalogue = itaCatalogue
        self.itaRules = itaRules
    }

    public static func normalizeBaseURL(_ url: String) -> String {
        url.hasSuffix("/") ? url : url + "/"
    }

    /// The absolute URL of a site path such as `/about/`.
    public func absoluteURL(_ path: String) -> String {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        return baseURL + trimmed
    }
}

/// The licence of the open data (`open_data.licence`).
public struct DataLicence: Sendable, Hashable {
    /// A short name (`dga-ogl`, `cc-by-4.0`), or nil for one named by its address only.
    public var id: String?
    public var title: String
    public var url: String
    public init(id: String?, title: String, url: String) {
        self.id = id
        self.title = title
        self.url = url
    }

    /// ข้อกำหนดและเงื่อนไขการอนุญาตให้ใช้ข้อมูลภาครัฐแบบเปิดของ สพร.: the licence of the
    /// national open-data portal data.go.th, and the default.
    public static let dgaOpenGovernment = DataLicence(
        id: "dga-ogl", title: "ข้อกำหนดและเงื่อนไขการอนุญาตให้ใช้ข้อมูลภาครัฐแบบเปิดของ สพร. (DGA Open Government License)",
        url: "https://data.go.th/pages/dga-open-government-license")
    public static let ccBy4 = DataLicence(
        id: "cc-by-4.0", title: "สัญญาอนุญาตครีเอทีฟคอมมอนส์แบบแสดงที่มา 4.0 (CC BY 4.0)",
        url: "https://creativecommons.org/licenses/by/4.0/")
    /// The licences known by their short name.
    public static let known: [DataLicence] = [dgaOpenGovernment, ccBy4]
}

/// `open_data:` in site.yaml; every field may be left out.
public struct OpenDataSettings: Sendable, Hashable {
    public var licence: DataLicence
    /// The prefix of OCDS ocids (`ocds-abc123`, registered with the Open Contracting
    /// Partnership); nil: one made from the site's host name (see docs/open-data.md).
    public var ocidPrefix: String?
    public init(licence: DataLicence = .dgaOpenGovernment, ocidPrefix: String? = nil) {
        self.licence = licence
        self.ocidPrefix = ocidPrefix
    }
}

/// Where a page's menu entry goes.
public enum MenuPlacement: String, Sendable, CaseIterable, Codable {
    case main, footer, none
}

/// A file attached to a page or record (PDF, XLSX, image…), kept in the site folder.
public struct AttachmentRef: Sendable, Hashable, Codable {
    /// Path relative to the site folder, e.g. `files/plan-2568.pdf`.
    public var file: String
    public var title: String
    public var line: Int?
    /// The field that names the file (`photo`, `attachments[2].file`), for messages.
    public var field: String?
    public init(file: String, title: String, line: Int? = nil, field: String? = nil) {
        self.file = file
        self.title = title
        self.line = line
        self.field = field
    }
}

/// Front matter of a Markdown page.
public struct FrontMatter: Sendable, Hashable, Codable {
    public var title: String
    public var description: String?
    public var date: CalendarDate?
    public var updated: CalendarDate?
    public var draft: Bool
    public var weight: Int?
    public var aliases: [String]
    public var oit: [String]
    public var attachments: [AttachmentRef]
    public var slug: String?
    public var menu: MenuPlacement?
    public var layout: String?
    /// The dataset this page presents (`executives`, `procurement/2568`), by its key under data/.
    public var data: String?
    /// The line of each field in the Markdown file, for messages found after loading.
    public var lines: [String: Int] = [:]

    public init(title: String, description: String? = nil, date: CalendarDate? = nil,
                updated: CalendarDate? = nil, draft: Bool = false, weight: Int? = nil,
                aliases: [String] = [], oit: [String] = [], attachments: [AttachmentRef] = [],
                slug: String? = nil, menu: MenuPlacement? = nil, layout: String? = nil, data: String? = nil) {
        self.title = title
        self.description = description
        self.date = date
        self.updated = updated
        self.draft = draft
        self.weight = weight
        self.aliases = aliases
        self.oit = oit
        self.attachments = attachments
        self.slug = slug
        self.menu = menu
        self.layout = layout
        self.data = data
    }
}

/// A Markdown page of the site.
public struct Page: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable { case home, section, page }

    /// Path relative to the site folder, with `/` separators: `about/structure.md`.
    public var sourcePath: String
    public var kind: Kind
    /// Site path with leading and trailing slash: `/about/structure/`.
    public var url: String
    /// Folder of the section this page belongs to (`about`, `news/2568`, or `` for the root).
    public var section: String
    public var frontMatter: FrontMatter
    /// Markdown body, after the front matter.
    public var body: String
    /// 1-based line of the file on which the body starts.
    public var bodyLine: Int
    /// Last modification of the source file, used when front matter gives no date.
    public var modified: CalendarDate?

    public init(sourcePath: String, kind: Kind, url: String, section: String, frontMatter: FrontMatter,
                body: String, bodyLine: Int, modified: CalendarDate? = nil) {
        self.sourcePath = sourcePath
        self.kind = kind
        self.url = url
        self.section = section
        self.frontMatter = frontMatter
        self.body = body
        self.bodyLine = bodyLine
        self.modified = modified
    }

    /// The date shown as "last updated": `updated`, else `date`, else the file's modification date.
    public var lastUpdated: CalendarDate? { frontMatter.updated ?? frontMatter.date ?? modified }

    /// Output path relative to the output folder: `about/structure/index.html`.
    public var outputPath: String { SitePaths.outputPath(forURL: url) }
}

/// A file copied as it is (images, PDFs, CSS of the site).
public struct StaticFile: Sendable, Hashable {
    /// Absolute path on disk.
    public var sourceURL: String
    /// Path relative to the output folder.
    public var outputPath: String
    public var size: Int
    public init(sourceURL: String, outputPath: String, size: Int) {
        self.sourceURL = sourceURL
        self.outputPath = outputPath
        self.size = size
    }
}

/// Everything loaded from a site folder.
public struct Site: Sendable {
    /// Absolute path of the site folder.
    public var root: String
    public var config: SiteConfig
    public var pages: [Page]
    public var staticFiles: [StaticFile]
    public var disclosures: Disclosures

    public init(root: String, config: SiteConfig, pages: [Page], staticFiles: [StaticFile],
                disclosures: Disclosures = Disclosures()) {
        self.root = root
        self.config = config
        self.pages = pages
        self.staticFiles = staticFiles
        self.disclosures = disclosures
    }
}

/// URL ↔ file mapping rules, in one place.
public enum SitePaths {
    /// `/about/structure/` → `about/structure/index.html`; `/` → `index.html`;
    /// a URL naming a file (`/sitemap.xml`) maps to itself.
    public static func outputPath(forURL url: String) -> String {
        var path = url.hasPrefix("/") ? String(url.dropFirst()) : url
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return path
    }

    /// The site URL of a Markdown file: `about/structure.md` → `/about/structure/`,
    /// `about/_index.md` → `/about/`, `index.md` or `_index.md` → `/`.
    /// A `slug` replaces the file's own name.
    public static func url(forSource sourcePath: String, slug: String? = nil) -> String {
        var components = sourcePath.split(separator: "/").map(String.init)
        guard let file = components.popLast() else { return "/" }
        let stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
        if stem == "_index" || (stem == "index" && components.isEmpty) {
            return components.isEmpty ? "/" : "/" + components.joined(separator: "/") + "/"
        }
        components.append(slug ?? stem)
        return "/" + components.joined(separator: "/") + "/"
    }
}

/// One file of the generated site.
public struct OutputFile: Sendable {
    public enum Content: Sendable {
        /// Generated text, written as UTF-8.
        case text(String)
        /// A file copied as it is from this absolute path.
        case copy(String)
        /// Bytes held in memory (a file of the built-in theme).
        case bytes([UInt8])
    }

    /// Path relative to the output folder, `/`-separated, no leading slash.
    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
