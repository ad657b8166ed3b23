import SiteModel
import ThaiText

/// The checks the catalogue's rules name, one per kind of evidence.
enum Checks {
    typealias Check = @Sendable (CheckInput) -> CheckOutcome

    static let registry: [String: Check] = [
        "structure": structure,
        "executives": executives,
        "contact": contact,
        "news": news,
        "pages": pagesOnly,
    ].merging(disclosureChecks) { a, _ in a }.merging(planChecks) { a, _ in a }

    /// Dataset kinds with no check of their own, and the check that reads them.
    static let judgedWithin: [String: String] = [
        "ita-results": "integrity-measures",  // o25, o27: the measures answer the previous year's results
    ]

    /// Parameters whose values are names, with the names allowed.
    static let parameterValues: [String: [String]] = [
        "roles": ExecutiveRole.allCases.map(\.rawValue),
        "audience": ManualAudience.allCases.map(\.rawValue),
        "criteria": HRCriterionTopic.allCases.map(\.rawValue),
        "inquiry": ["required"], "usage": ["elapsed"], "results": ["required"], "knowledge": ["current"],
        "register": ["current"],
    ]

    /// `check: pages`, for items sitegen has no data for: a page tagged with the item is evidence
    /// a person must look at (`verify`, never `pass`).
    static let pagesOnly: Check = { input in
        let pages = input.taggedPages(input.item.id)
        guard !pages.isEmpty else {
            return .fail([OITReason(th: "ไม่มีหน้าเว็บที่ระบุว่าเป็นหลักฐานของข้อ \(input.item.id)",
                                    en: "no page is tagged as evidence for \(input.item.id) (front matter oit: [\(input.item.id)])")])
        }
        return CheckOutcome(status: .verify, reasons: [OITReason(
            th: "มีหน้าเว็บหลักฐาน แต่ sitegen ตรวจเนื้อหาของข้อนี้โดยอัตโนมัติไม่ได้ ต้องให้ผู้ตรวจดู",
            en: "evidence pages exist, but sitegen cannot check this item's content; a person must verify it",
            file: pages.first?.sourcePath)])
    }

    // MARK: Shared steps

    /// The datasets of a type that satisfy `matches` and are shown on a published page: one whose
    /// `layout` is the kind's own template (any other layout shows nothing of the data).
    /// Reasons explain each way this can fail, naming the files and the fields as written there.
    static func presented<D: Disclosure>(_ input: CheckInput, _ type: D.Type, nameTH: String, example: String,
                                         matches: (D) -> Bool = { _ in true }, yearText: (D) -> String? = { _ in nil },
                                         yearField: String = "fiscal_year")
        -> (found: [(key: String, value: D, pages: [Page])], failure: CheckOutcome?) {
        let all = input.datasets(type)
        guard !all.isEmpty else {
            let starters = input.evidence.site.disclosures.starters.filter { $0.value == D.kind }.keys.sorted()
            guard starters.isEmpty else {
                return ([], .fail(starters.map { file in
                    OITReason(th: "ยังไม่ได้กรอกข้อมูล\(nameTH.beforeThai)ใน \(file) (ไฟล์ตั้งต้นจาก sitegen new: กรอกข้อมูลจริงแล้วลบบรรทัดแรก)",
                              en: "\(file) is the starter of sitegen new, not filled in yet: write the agency's data, then delete its first line",
                              file: file, line: 1)
                }))
            }
            let unreadable = input.evidence.site.disclosures.unloaded.filter { $0.value == D.kind }.keys.sorted()
            guard unreadable.isEmpty else {
                // The errors in those files are added to the reasons by the audit.
                return ([], .fail(unreadable.map { file in
                    OITReason(th: "อ่านข้อมูล\(nameTH.beforeThai)ใน \(file) ไม่ได้ เพราะไฟล์มีข้อผิดพลาด",
                              en: "\(file) could not be read because of the errors in it", file: file)
                }))
            }
            // The file to write is named in both languages: a new site (`sitegen new`) lists every
            // item this way, and the clerk reads what to create where.
            return ([], .fail([OITReason(th: "ไม่พบข้อมูล\(nameTH) (ไฟล์ข้อมูลชนิด \(D.kind)): เพิ่มไฟล์ เช่น \(example) ตามคำอธิบายใน docs/data/\(D.kind).md",
                                        en: "no data file of kind '\(D.kind)'; add one, e.g. \(example) (fields: docs/data/\(D.kind).md)")]))
        }
        let matching = all.filter { matches($0.value) }
        guard !matching.isEmpty else {
            let wanted = yearRequirementText(input)
            return ([], .fail(all.map { d in
                OITReason(th: "\(nameTH.beforeThai)ใน \(d.value.source.file) ไม่ใช่ของ\(wanted.th)",
                          en: "\(d.value.source.file) is not for \(wanted.en)" + (yearText(d.value).map { " (it is for \($0))" } ?? ""),
                          file: d.value.source.file, line: d.value.source.line, field: yearField)
            }))
        }
        var found: [(String, D, [Page])] = []
        var reasons: [OITReason] = []
        for d in matching {
            let pages = input.evidence.pages(presenting: d.key)
            pages.forEach(input.consult)
            let showing = pages.filter { $0.frontMatter.layout == D.kind }
            if !showing.isEmpty {
                found.append((d.key, d.value, showing))
            } else if let page = pages.first {
                let layout = page.frontMatter.layout ?? "page"
                reasons.append(OITReason(
                    th: "หน้า \(page.sourcePath) ระบุ data: \(d.key) แต่ใช้ layout: \(layout) ซึ่งไม่แสดงข้อมูลนี้ ให้ใช้ layout: \(D.kind)",
                    en: "\(page.sourcePath) names data: \(d.key) but its layout '\(layout)' shows nothing of it; write layout: \(D.kind)",
                    file: page.sourcePath, line: page.frontMatter.lines["layout"], field: "layout"))
            } else {
                reasons.append(OITReason(th: "ข้อมูลใน \(d.value.source.file) ยังไม่ได้แสดงบนหน้าเว็บใด",
                                         en: "\(d.value.source.file) is not shown on any published page; add a page with 'data: \(d.key)' and 'layout: \(D.kind)'",
                                         file: d.value.source.file))
            }
        }
        return found.isEmpty ? ([], .fail(reasons)) : (found, nil)
    }

    static func yearRequirementText(_ input: CheckInput) -> (th: String, en: String) {
        let y = input.evidence.year
        switch input.rule.year {
        case .current: return ("ปีงบประมาณ \(y)", "fiscal year \(y)")
        case .previous: return ("ปีงบประมาณ \(y - 1)", "fiscal year \(y - 1)")
        case .covers: return ("ช่วงเวลาที่ครอบคลุมปี \(y)", "a period covering \(y)")
        case .any: return ("ปีใดก็ได้", "any year")
        }
    }

    static func urls(_ found: [(key: String, value: some Disclosure, pages: [Page])], _ input: CheckInput) -> [String] {
        found.flatMap { $0.pages.map(\.url) }
    }

    static func outcome(_ reasons: [OITReason], urls: [String], notes: [OITReason] = []) -> CheckOutcome {
        reasons.isEmpty ? CheckOutcome(status: .pass, reasons: notes, urls: urls) : .fail(reasons, urls: urls)
    }
}

extension String {
    /// The name as the Thai word after it needs it: Thai runs words together, but a name that
    /// ends in Latin letters or a bracket (`บริการออนไลน์ (E-Service)`) is followed by a space.
    var beforeThai: String { last?.isASCII == true ? self + " " : self }
}
