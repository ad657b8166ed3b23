import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

/// Reads `site.yaml`.
public enum ConfigLoader {
    public static let fileName = "site.yaml"

    /// The keys of `site.yaml`, of its `contact:`, `contact.map:` and `open_data:` blocks: every
    /// one is documented in the README's site.yaml reference (a test holds it to that).
    public static let knownKeys = ["title", "short_title", "agency_type", "province", "district", "subdistrict",
                            "base_url", "language", "digits", "theme", "raw_html", "demo", "ita_year",
                            "description", "emblem", "contact", "news_section", "list_page_size", "ita_catalogue", "ita_rules",
                            "open_data", "other_agencies"]
    public static let mapKeys = ["latitude", "longitude", "url"]
    public static let openDataKeys = ["licence", "licence_title", "ocid_prefix"]
    public static let contactKeys = ["address", "phones", "fax", "email", "office_hours", "map", "channels", "inquiry"]

    public static func load(siteRoot: String) -> (SiteConfig?, [Diagnostic]) {
        let path = (siteRoot as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else {
            return (nil, [.error("the site folder has no \(fileName).", file: fileName,
                                 hint: "Run 'sitegen new DIR' to start a site folder, or create \(fileName) with at least 'title:' and 'base_url:' (the README's section \"site.yaml reference\" lists every key).")])
        }
        if TextFile.linksOutside(path, root: siteRoot) {
            return (nil, [.error("\(fileName) is a link to a file outside the site folder; sitegen does not follow it.",
                                 file: fileName, hint: "Copy the file into the site folder instead of linking to it.")])
        }
        switch TextFile.read(path, display: fileName) {
        case .failure(let d): return (nil, [d])
        case .success(let text): return parse(text, file: fileName)
        }
    }

    static func map(_ c: MappingReader) -> MapLocation? {
        guard let m = c.nested("map") else { return nil }
        m.rejectUnknownKeys(mapKeys)
        let lat = coordinate(m, "latitude", limit: 90)
        let lon = coordinate(m, "longitude", limit: 180)
        let url = webAddress(m, "url")
        if (lat == nil) != (lon == nil) {
            m.error(lat == nil ? "latitude" : "longitude", nil, "a map position needs both latitude and longitude.")
        }
        return MapLocation(latitude: lat, longitude: lon, url: url)
    }

    /// Decimal degrees within ±limit, kept as the text written.
    static func coordinate(_ m: MappingReader, _ key: String, limit: Int) -> String? {
        guard let text = m.string(key) else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts.first.map { $0.hasPrefix("-") ? $0.dropFirst() : $0[...] } ?? ""
        guard (1...2).contains(parts.count), !whole.isEmpty, whole.allSatisfy(\.isASCII), whole.allSatisfy(\.isNumber),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && $0.isNumber }),
              let degrees = Int(whole), degrees < limit || (degrees == limit && (parts.count == 1 || parts[1].allSatisfy { $0 == "0" }))
        else {
            m.error(key, m[key], "'\(text)' is not a \(key) in decimal degrees (between -\(limit) and \(limit)).",
                    hint: "Copy the coordinates from a map, for example 14.1452 and 99.7238.")
            return nil
        }
        return text
    }

    static func webAddress(_ r: MappingReader, _ key: String) -> String? {
        guard let url = r.string(key) else { return nil }
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            r.error(key, r[key], "'\(url)' is not a web address.", hint: "Write the full address starting with https://")
            return nil
        }
        return url
    }

    static func channel(_ r: MappingReader) -> OnlineChannel? {
        r.rejectUnknownKeys(["kind", "name", "url"])
        // Read every field before giving up, so one run reports every mistake.
        let kind = r.enumeration("kind", OnlineChannel.Kind.self, required: true)
        let name = r.string("name", required: true)
        let url = webAddress(r, "url")
        guard let kind, let name else { return nil }
        return OnlineChannel(kind: kind, name: name, url: url)
    }

    /// `contact.inquiry`: a channel for questions, reachable by at least one of its addresses.
    static func inquiry(_ r: MappingReader) -> InquiryChannel? {
        r.rejectUnknownKeys(["kind", "name", "url", "page", "email", "phone", "note"])
        let kind = r.enumeration("kind", InquiryChannel.Kind.self, required: true)
        let name = r.string("name", required: true)
        let url = webAddress(r, "url")
        let page = r.sitePath("page", example: "/contact/faq/")
        let email = r.string("email"), phone = r.string("phone")
        if url == nil && page == nil && email == nil && phone == nil && r["url"] == nil && r["page"] == nil {
            r.error("url", nil, "the inquiry channel has no address.",
                    hint: "Give its web address (url:), a page of the site (page:), an e-mail address (email:) or a telephone number (phone:).")
        }
        guard let kind, let name else { return nil }
        return InquiryChannel(kind: kind, name: name, url: url, page: page, email: email, phone: phone, note: r.string("note"))
    }

    /// `ita_rules: {o10: {check: eservices, year: any}}`: replacement rules for single OIT items.
    static func itaRules(_ r: MappingReader) -> [String: [String: [String]]] {
        guard let rules = r.nested("ita_rules") else { return [:] }
        var out: [String: [String: [String]]] = [:]
        for (keyNode, _) in rules.mapping {
            guard let id = keyNode.string else { continue }
            guard FrontMatterParser.isOITId(id) else {
                rules.error(id, keyNode, "'\(id)' is not an OIT item id.", hint: "Use ids like o1 … o28.")
                continue
            }
            guard let rule = rules.nested(id) else { continue }
            if rule.string("check", required: true) == nil { continue }
            var fields: [String: [String]] = [:]
            for (k, _) in rule.mapping {
                guard let key = k.string else { continue }
                fields[key] = rule.strings(key)
            }
            out[id] = fields
        }
        return out
    }

    /// `open_data: {licence: dga-ogl | cc-by-4.0 | https://…, licence_title: …, ocid_prefix: ocds-abc123}`.
    static func openData(_ r: MappingReader) -> OpenDataSettings {
        guard let o = r.nested("open_data") else { return OpenDataSettings() }
        o.rejectUnknownKeys(openDataKeys)
        var settings = OpenDataSettings()
        if let licence = o.string("licence") {
            if let known = DataLicence.known.first(where: { $0.id == licence.lowercased() }) {
                settings.licence = known
                if let title = o.string("licence_title") { settings.licence.title = title }
            } else if licence.hasPrefix("https://") || licence.hasPrefix("http://") {
                if let title = o.string("licence_title", required: true) {
                    settings.licence = DataLicence(id: nil, title: title, url: licence)
                }
            } else {
                o.error("licence", o["licence"], "'\(licence)' is not a licence sitegen knows, nor a web address.",
                        hint: "Write dga-ogl (the licence of data.go.th, the default) or cc-by-4.0, or the licence's web address "
                            + "with its name in licence_title.")
            }
        }
        if let prefix = o.string("ocid_prefix") {
            if prefix.range(of: "^ocds-[a-z0-9]{6}$", options: .regularExpression) != nil {
                settings.ocidPrefix = prefix
            } else {
                o.error("ocid_prefix", o["ocid_prefix"], "'\(prefix)' is not an OCDS ocid prefix.",
                        hint: "Write the prefix the Open Contracting Partnership registered for the agency: ocds- and six "
                            + "letters or digits, for example ocds-abc123. Leave the line out until you have one.")
            }
        }
        return settings
    }

    static func pageSize(_ r: MappingReader) -> Int {
        guard let n = r.int("list_page_size") else { return 20 }
        guard (1...500).contains(n) else {
            r.error("list_page_size", r["list_page_size"], "\(n) entries per listing page is out of range.", hint: "Use a number from 1 to 500.")
            return 20
        }
        return n
    }

    public static func parse(_ text: String, file: String = fileName) -> (SiteConfig?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let node: Node?
        switch YAMLText.parse(text, file: file) {
        case .failure(let d): return (nil, [d])
        case .success(let n): node = n
        }
        guard let node else {
            return (nil, [.error("\(file) is empty.", file: file, line: 1,
                                 hint: "Write at least 'title:' and 'base_url:'.")])
        }
        guard let r = MappingReader(node, file: file, sink: sink, what: file) else { return (nil, sink.items) }
        r.rejectUnknownKeys(knownKeys)
        let title = r.string("title", required: true) ?? ""
        var baseURL = r.string("base_url", required: true) ?? "http://localhost/"
        if !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            r.error("base_url", r["base_url"], "'\(baseURL)' is not a web address.",
                    hint: "Write the full address of the site, for example https://www.example.go.th/")
            baseURL = "http://localhost/"
        }
        var contact = Contact()
        if let c = r.nested("contact") {
            c.rejectUnknownKeys(contactKeys)
            contact = Contact(address: c.string("address") ?? "", phones: c.strings("phones"),
                              fax: c.string("fax"), email: c.string("email"), officeHours: c.string("office_hours"),
                              map: map(c), channels: c.records("channels", what: "channel").compactMap(channel),
                              inquiry: c.records("inquiry", what: "inquiry channel").compactMap(inquiry))
        }
        var itaYear = r.int("ita_year")
        if let y = itaYear, guessEra(ofYear: y) == .christian {
            r.error("ita_year", r["ita_year"], "\(y) is a Christian-era year; the ITA year is written in B.E.",
                    hint: "Write \(y + 543) for the assessment of fiscal year \(y + 543).")
            itaYear = nil
        }
        let config = SiteConfig(
            title: title, shortTitle: r.string("short_title"),
            agencyType: r.enumeration("agency_type", AgencyType.self) ?? .sao,
            province: r.string("province") ?? "", district: r.string("district") ?? "",
            subdistrict: r.string("subdistrict") ?? "", baseURL: baseURL,
            language: r.string("language") ?? "th",
            digits: r.enumeration("digits", DigitStyle.self) ?? .thai,
            theme: r.string("theme") ?? "default", rawHTML: r.bool("raw_html") ?? false,
            demo: r.bool("demo") ?? false, itaYear: itaYear,
            description: r.string("description") ?? "", emblem: r.string("emblem"), contact: contact,
            newsSection: r.string("news_section") ?? "news", listPageSize: pageSize(r),
            itaCatalogue: r.string("ita_catalogue"), itaRules: itaRules(r))
        var configured = config
        configured.openData = openData(r)
        configured.otherAgencies = r.strings("other_agencies").filter { !$0.isEmpty }
        return (configured, sink.items)
    }
}
