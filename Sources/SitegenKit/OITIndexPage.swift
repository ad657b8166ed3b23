import Audit
import Render
import SiteModel
import ThaiText

/// The OIT index page (`/ita/<year>/oit/`): every item of the assessment year, grouped by
/// indicator, with its exact title and links to its evidence pages, what the item list is
/// (provisional or not), and where each item stands in the years beside it (the crosswalk).
/// Assessors start here.
enum OITIndexPage {
    static func url(year: Int) -> String { "/ita/\(year)/oit/" }

    /// An assessment year beside the page's, and whether its index page is published (its
    /// items are then links).
    struct Neighbour {
        var year: Int
        var catalogue: OITCatalogue
        var published: Bool
    }

    static func make(report: OITReport, plan: SitePlan, previous: Neighbour? = nil, next: Neighbour? = nil) -> ExtraPage {
        let titles = Dictionary(plan.pages.map { ($0.url, $0.frontMatter.title) }, uniquingKeysWith: { a, _ in a })
        let year = report.itaYear
        let title = "ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. \(ThaiFormatter.thai.year(year))"
        // Items of the year before that each item continues, and items of the year after that
        // continue it.
        let back = previous.flatMap { Auditor.crosswalk(from: $0.catalogue, to: report.catalogue) }
        var following: [String: [String]] = [:]
        if let next, let map = Auditor.crosswalk(from: report.catalogue, to: next.catalogue) {
            for (newID, oldIDs) in map { for old in oldIDs { following[old, default: []].append(newID) } }
        }
        let forward = following
        return ExtraPage(
            url: url(year: year), template: "oit-index", title: title,
            description: "รายการข้อมูลที่เปิดเผยตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมิน ITA ปี \(year) พร้อมลิงก์หลักฐาน",
            section: "ita",
            values: { env in
                let byID = Dictionary(report.results.map { ($0.item.id, $0) }, uniquingKeysWith: { a, _ in a })
                func links(_ ids: [String], _ year: Neighbour) -> [[String: Any]] {
                    ids.sorted { (Int($0.dropFirst()) ?? 0) < (Int($1.dropFirst()) ?? 0) }.map { id -> [String: Any] in
                        year.published ? ["id": id, "isLink": true, "url": env.link(url(year: year.year)) + "#" + id] : ["id": id, "isLink": false]
                    }
                }
                let indicators = report.catalogue.indicators.map { indicator -> [String: Any] in
                    let items = indicator.items.compactMap { byID[$0] }.map { result -> [String: Any] in
                        let evidence = result.paths.map { path -> [String: Any] in
                            ["title": titles[path] ?? result.pathTitles[path] ?? path, "url": env.link(path)]
                        }
                        var e: [String: Any] = ["id": result.item.id, "number": result.item.id,
                                                "title": result.title, "evidence": evidence, "hasEvidence": !evidence.isEmpty]
                        if let previous, let back { e["previous"] = links(back[result.item.id] ?? [], previous) }
                        if let next { e["next"] = links(forward[result.item.id] ?? [], next) }
                        return e
                    }
                    return ["number": env.format.number(indicator.number), "id": "indicator-\(indicator.number)",
                            "name": indicator.nameTH, "items": items]
                }
                var values: [String: Any] = [
                    "indicators": indicators, "itaYear": env.format.year(year),
                    "itemCount": env.format.number(report.results.count),
                    "isProvisional": report.catalogueStatus == .provisional,
                    "notes": report.warnings.map(\.th),
                ]
                if let previous, back != nil {
                    values["previousYear"] = env.format.year(previous.year)
                    if previous.published { values["previousURL"] = env.link(url(year: previous.year)) }
                }
                if let next, !forward.isEmpty {
                    values["nextYear"] = env.format.year(next.year)
                    if next.published { values["nextURL"] = env.link(url(year: next.year)) }
                }
                return values
            })
    }
}
