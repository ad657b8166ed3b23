import Audit
import Render
import SiteModel
import ThaiText

/// The OIT index page (`/ita/<year>/oit/`): every item of the assessment year, grouped by
/// indicator, with its exact title and links to its evidence pages. Assessors start here.
enum OITIndexPage {
    static func url(year: Int) -> String { "/ita/\(year)/oit/" }

    static func make(report: OITReport, plan: SitePlan) -> ExtraPage {
        let titles = Dictionary(plan.pages.map { ($0.url, $0.frontMatter.title) }, uniquingKeysWith: { a, _ in a })
        let year = report.itaYear
        let title = "ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. \(ThaiFormatter.thai.year(year))"
        return ExtraPage(
            url: url(year: year), template: "oit-index", title: title,
            description: "รายการข้อมูลที่เปิดเผยตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมิน ITA ปี \(year) พร้อมลิงก์หลักฐาน",
            section: "ita",
            values: { env in
                let byID = Dictionary(report.results.map { ($0.item.id, $0) }, uniquingKeysWith: { a, _ in a })
                let indicators = report.catalogue.indicators.map { indicator -> [String: Any] in
                    let items = indicator.items.compactMap { byID[$0] }.map { result -> [String: Any] in
                        let evidence = result.paths.map { path -> [String: Any] in
                            ["title": titles[path] ?? result.pathTitles[path] ?? path, "url": env.link(path)]
                        }
                        return ["id": result.item.id, "number": result.item.id,
                                "title": result.title, "evidence": evidence, "hasEvidence": !evidence.isEmpty]
                    }
                    return ["number": env.format.number(indicator.number), "id": "indicator-\(indicator.number)",
                            "name": indicator.nameTH, "items": items]
                }
                return ["indicators": indicators, "itaYear": env.format.year(year),
                        "itemCount": env.format.number(report.results.count)]
            })
    }
}
