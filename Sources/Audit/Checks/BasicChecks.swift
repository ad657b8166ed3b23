import SiteModel
import ThaiText

extension Checks {
    /// o1: an organisation chart with units and head positions, and a page on powers and duties.
    static let structure: Check = { input in
        let (found, failure) = presented(input, OrgStructure.self, nameTH: "โครงสร้างส่วนราชการ", example: "data/structure.yaml")
        var reasons = failure?.reasons ?? []
        for (_, s, _) in found {
            if s.units.isEmpty {
                reasons.append(OITReason(th: "โครงสร้างไม่มีหน่วยงาน", en: "the structure lists no units",
                                         file: s.source.file, line: s.source.line, field: "units"))
            }
            for (i, u) in s.units.enumerated() where (u.headPosition ?? "").isEmpty {
                reasons.append(OITReason(th: "หน่วยงาน \(u.name) ไม่ระบุตำแหน่งหัวหน้าหน่วยงาน",
                                         en: "unit '\(u.name)' has no head position", file: s.source.file,
                                         record: "units[\(i + 1)]", field: "head"))
            }
        }
        let sections = input.rule.parameters["page_sections"] ?? ["อำนาจหน้าที่"]
        let powers = input.evidence.taggedPages(input.item.id).filter { page in
            sections.allSatisfy { section in
                Auditor.headingLines(of: page.body).contains { $0.contains(section) }
            }
        }
        if powers.isEmpty {
            reasons.append(OITReason(
                th: "ไม่มีหน้าอำนาจหน้าที่ (หน้าที่ระบุ oit: [\(input.item.id)] และมีหัวข้อ \(sections.joined(separator: ", ")))",
                en: "no powers-and-duties page: a page tagged oit: [\(input.item.id)] with a heading containing \(sections.joined(separator: ", "))"))
        }
        return outcome(reasons, urls: urls(found, input) + powers.map(\.url))
    }

    /// o2: every executive with name, position, photo and a contact; the chief executive and the ปลัด.
    static let executives: Check = { input in
        let (found, failure) = presented(input, Executives.self, nameTH: "ผู้บริหาร", example: "data/executives.yaml")
        var reasons = failure?.reasons ?? []
        for (_, e, _) in found {
            for (i, p) in e.executives.enumerated() {
                let record = "executives[\(i + 1)] \(p.name)"
                if (p.photo ?? "").isEmpty {
                    reasons.append(OITReason(th: "ผู้บริหาร \(p.name) ไม่มีรูปถ่าย", en: "executive \(p.name) has no photo",
                                             file: e.source.file, line: p.source.line, record: record, field: "photo"))
                }
                if !p.hasContact {
                    reasons.append(OITReason(th: "ผู้บริหาร \(p.name) ไม่มีช่องทางติดต่อ (โทรศัพท์หรืออีเมล)",
                                             en: "executive \(p.name) has no contact (phone or e-mail)",
                                             file: e.source.file, line: p.source.line, record: record, field: "phone"))
                }
            }
            for (role, th) in [("นายก", "นายกหรือผู้บริหารสูงสุด"), ("ปลัด", "ปลัด")]
            where !e.executives.contains(where: { $0.position.contains(role) }) {
                reasons.append(OITReason(th: "ไม่มี\(th)ในรายชื่อผู้บริหาร", en: "no executive whose position names \(role)",
                                         file: e.source.file, line: e.source.line, field: "executives"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    /// o3: address, phone, e-mail, map, office hours and an online channel, shown on a page.
    static let contact: Check = { input in
        let c = input.evidence.site.config.contact
        let file = "site.yaml"
        var reasons: [OITReason] = []
        func need(_ ok: Bool, _ field: String, _ th: String, _ en: String) {
            if !ok { reasons.append(OITReason(th: "ข้อมูลการติดต่อไม่มี\(th)", en: "the contact has no \(en)", file: file, field: "contact.\(field)")) }
        }
        need(!c.address.isEmpty, "address", "ที่อยู่", "address")
        need(!c.phones.isEmpty, "phones", "หมายเลขโทรศัพท์", "phone number")
        need(!(c.email ?? "").isEmpty, "email", "อีเมล", "e-mail address")
        need(c.map.map { $0.latitude != nil || $0.url != nil } ?? false, "map", "แผนที่หรือพิกัด", "map or coordinates")
        need(!(c.officeHours ?? "").isEmpty, "office_hours", "เวลาทำการ", "office hours")
        need(c.channels.contains { $0.url != nil || $0.kind == .line }, "channels", "ช่องทางออนไลน์", "online channel")
        let pages = input.evidence.plan.pages.filter { $0.frontMatter.layout == "contact" }
        if pages.isEmpty {
            reasons.append(OITReason(th: "ไม่มีหน้าติดต่อ (layout: contact)", en: "no contact page (a page with layout: contact)"))
        }
        return outcome(reasons, urls: pages.map(\.url))
    }

    /// o4: news dated within the assessed fiscal year.
    static let news: Check = { input in
        let ev = input.evidence
        let folder = ev.site.config.newsSection
        let subfolder = folder + "/"
        let fy = ev.fiscalYear
        // Counted and collected in one pass, without copying the (many) news pages.
        var newsCount = 0
        var inYear: [String] = []
        let pages = ev.plan.pages
        for i in pages.indices where pages[i].kind == .page
            && (pages[i].section == folder || pages[i].section.hasPrefix(subfolder) || pages[i].frontMatter.oit.contains(input.item.id)) {
            newsCount += 1
            if pages[i].frontMatter.date.map(fy.contains) ?? false { inYear.append(pages[i].url) }
        }
        guard !inYear.isEmpty else {
            return .fail([OITReason(th: "ไม่มีข่าวประชาสัมพันธ์ที่ลงวันที่ในปีงบประมาณ \(ev.year) (\(fy.start.iso) ถึง \(fy.end.iso))",
                                    en: "no news page dated within fiscal year \(ev.year) (\(fy.start.iso) to \(fy.end.iso)); \(newsCount) news page(s) found in other years",
                                    file: folder + "/", field: "date")])
        }
        var outcome = CheckOutcome(status: .pass, reasons: [
            OITReason(th: "มีข่าว \(inYear.count) เรื่องในปีงบประมาณ \(ev.year)", en: "\(inYear.count) news page(s) in fiscal year \(ev.year)"),
        ])
        if let section = ev.plan.sectionPages[folder] {
            // The section and its archive of the year (generated by the build) show every item.
            let archive = "/\(folder)/\(ev.year)/"
            outcome.urls = [section.url, archive]
            outcome.pathTitles[archive] = "\(section.frontMatter.title) ปีงบประมาณ \(ThaiFormatter.thai.year(ev.year))"
        } else {
            outcome.urls = inYear
        }
        outcome.includeTaggedPages = false
        return outcome
    }
}
