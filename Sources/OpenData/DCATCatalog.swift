import SiteModel
import ThaiText

/// `/data/catalog.json`: the catalogue in DCAT terms as JSON, in the shape of the Project Open
/// Data metadata schema 1.1 (`data.json`), which the DCAT JSON harvester of CKAN's ckanext-dcat
/// reads (`dcat_json` harvester: `title`, `description`, `keyword`, `modified`, `identifier`,
/// `publisher.name`, `contactPoint.fn`/`hasEmail`, `landingPage`, `language`, and for each
/// `distribution` its `title`, `downloadURL`, `mediaType`, `format`).
public enum DCATCatalog {
    public static let context = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld"
    public static let conformsTo = "https://project-open-data.cio.gov/v1.1/schema"
    public static let describedBy = "https://project-open-data.cio.gov/v1.1/schema/catalog.json"

    /// `2024-10-01/2025-09-30`: the fiscal years as an ISO 8601 interval.
    public static func temporal(_ span: FiscalYearSpan) -> String {
        FiscalYear(buddhistYear: span.first).start.iso + "/" + FiscalYear(buddhistYear: span.last).end.iso
    }

    public static func catalog(_ publication: OpenDataPublication, config: SiteConfig) -> DataValue {
        let datasets = publication.entries.map { entry -> DataValue in
            var fields: [(String, DataValue)] = [
                ("@type", .string("dcat:Dataset")),
                ("identifier", .string(config.absoluteURL(OpenDataPublication.folder) + "#" + OpenDataPublication.fileName(key: entry.key))),
                ("title", .string(entry.title)),
                ("description", .string(entry.description.isEmpty ? entry.title : entry.description)),
                ("keyword", .array([.string(entry.kind), .string(config.shortTitle)])),
                ("modified", .string(entry.updated.iso)),
                ("publisher", .object([("@type", .string("org:Organization")), ("name", .string(config.title))])),
            ]
            var contact: [(String, DataValue)] = [("@type", .string("vcard:Contact")), ("fn", .string(config.title))]
            if let email = config.contact.email { contact.append(("hasEmail", .string("mailto:" + email))) }
            fields.append(("contactPoint", .object(contact)))
            fields += [
                ("accessLevel", .string("public")),
                ("license", .string(publication.licence.url)),
                ("landingPage", .string(config.absoluteURL(entry.pageURL))),
                ("language", .array([.string(config.language)])),
            ]
            if let span = entry.fiscalYears { fields.append(("temporal", .string(temporal(span)))) }
            fields.append(("distribution", .array(entry.downloads.map { d in
                .object([
                    ("@type", .string("dcat:Distribution")),
                    ("title", .string(entry.title + " (" + d.format + ")")),
                    ("downloadURL", .string(config.absoluteURL(d.url))),
                    ("mediaType", .string(d.mediaType)),
                    ("format", .string(d.format)),
                    ("byteSize", .int(d.bytes)),
                ])
            })))
            return .object(fields)
        }
        return .object([
            ("@context", .string(context)),
            ("@id", .string(config.absoluteURL(OpenDataPublication.catalogURL))),
            ("@type", .string("dcat:Catalog")),
            ("conformsTo", .string(conformsTo)),
            ("describedBy", .string(describedBy)),
            ("dataset", .array(datasets)),
        ])
    }
}
