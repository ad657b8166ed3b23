import OpenData
import Render
import SiteModel
import ThaiText

/// The open-data catalogue page (`/data/`): every published dataset with its title,
/// description, fiscal year, last update, licence and downloads, and the machine-readable
/// catalogue (`/data/catalog.json`) beside it.
enum DataCataloguePage {
    static let title = "ข้อมูลเปิด (Open Data)"

    static func make(_ publication: OpenDataPublication) -> ExtraPage {
        var page = ExtraPage(
            url: OpenDataPublication.folder, template: "data-catalogue", title: title,
            description: "ชุดข้อมูลที่หน่วยงานเผยแพร่ในรูปแบบที่เครื่องอ่านได้ (CSV และ JSON) พร้อมข้อมูลการจัดซื้อจัดจ้างตามมาตรฐาน OCDS ใช้ได้อย่างเสรีตามสัญญาอนุญาต",
            section: "",
            values: { env in
                let datasets = publication.entries.map { e -> [String: Any] in
                    var d: [String: Any] = [
                        "id": OpenDataPublication.fileName(key: e.key),
                        "title": e.title, "pageURL": env.link(e.pageURL),
                        "updated": env.format.date(e.updated), "updatedISO": e.updated.iso,
                        "rowCount": env.format.number(e.rowCount),
                        "downloads": e.downloads.map { d -> [String: Any] in
                            let download = DataDownload(format: d.format, url: d.url, bytes: d.bytes)
                            return ["label": download.label, "format": d.format, "url": env.link(d.url),
                                    "size": env.format.fileSize(d.bytes)]
                        },
                    ]
                    if !e.description.isEmpty { d["description"] = e.description }
                    if let span = e.fiscalYears {
                        d["fiscalYear"] = span.first == span.last ? env.format.year(span.first)
                            : env.format.year(span.first) + "–" + env.format.year(span.last)
                    }
                    return d
                }
                return [
                    "datasets": datasets, "hasDatasets": !datasets.isEmpty,
                    "datasetCount": env.format.number(datasets.count),
                    "licenceTitle": publication.licence.title, "licenceURL": publication.licence.url,
                    "catalogURL": env.link(OpenDataPublication.catalogURL),
                ]
            })
        page.inSitemap = true
        return page
    }
}
