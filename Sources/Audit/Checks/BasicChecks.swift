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
        // The powers page: each heading the rule names, with text under it (a heading alone
        // shows no powers).
        // Each entry of `page_sections` is a heading the page needs; "a|b" accepts either wording.
        let sections = input.rule.parameters["page_sections"] ?? ["อำนาจหน้าที่"]
        func names(_ heading: Substring, _ section: String) -> Bool {
            section.split(separator: "|").contains { heading.contains($0) }
        }
        let tagged = input.taggedPages(input.item.id)
        var powers: [Page] = []
        for page in tagged {
            let headings = Auditor.headingSections(of: page.body)
            let empty = sections.filter { section in
                let matching = headings.filter { names($0.heading, section) }
                return !matching.isEmpty && !matching.contains(where: \.hasText)
            }
            if sections.allSatisfy({ section in headings.contains { names($0.heading, section) && $0.hasText } }) {
                powers.append(page)
            } else if !empty.isEmpty {
                reasons.append(OITReason(
                    th: "หน้า \(page.sourcePath) มีหัวข้อ \(empty.joined(separator: ", ")) แต่ไม่มีเนื้อหาใต้หัวข้อ",
                    en: "\(page.sourcePath) has the heading \(empty.joined(separator: ", ")) but no text under it",
                    file: page.sourcePath, line: page.bodyLine, field: "body"))
            }
        }
        if powers.isEmpty && !reasons.contains(where: { $0.field == "body" }) {
            reasons.append(OITReason(
                th: "ไม่มีหน้าอำนาจหน้าที่ (หน้าที่ระบุ oit: [\(input.item.id)] และมีหัวข้อ \(sections.joined(separator: ", ")) พร้อมเนื้อหา)",
                en: "no powers-and-duties page: a page tagged oit: [\(input.item.id)] with a heading containing \(sections.joined(separator: ", ").replacingOccurrences(of: "|", with: " or ")) and text under it",
                file: tagged.first?.sourcePath, field: tagged.isEmpty ? "oit" : "body"))
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
            // Offices are matched exactly (the role a title names, or `role:`), never by a word
            // inside a title.
            let roles = Set(e.executives.compactMap(\.role))
            for role in requiredRoles(input) where !roles.contains(role) {
                reasons.append(OITReason(th: "ไม่มี\(role.thai)ในรายชื่อผู้บริหาร",
                                         en: "no executive holds the office of \(role.rawValue) (a position starting with its title, or role: \(role.rawValue))",
                                         file: e.source.file, line: e.source.line, field: "executives"))
            }
        }
        return outcome(reasons, urls: urls(found, input))
    }

    /// The offices o2 asks for (rule parameter `roles`), by default the chief executive, a
    /// deputy and the ปลัด.
    static func requiredRoles(_ input: CheckInput) -> [ExecutiveRole] {
        (input.rule.parameters["roles"] ?? ["chief_executive", "deputy_chief_executive", "clerk"]).compactMap(ExecutiveRole.init)
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
        // ITA 2569: a channel for questions besides the contact data (`inquiry: required`).
        if input.rule.parameter("inquiry") == "required" {
            need(!c.inquiry.isEmpty, "inquiry", "ช่องทางการสอบถาม (แบบฟอร์ม ถาม–ตอบ หรือช่องทางเฉพาะ)",
                 "channel for questions (an inquiry form, a Q&A page or a dedicated channel)")
            let published = input.evidence.publishedURLs
            for (i, ch) in c.inquiry.enumerated() {
                if let page = ch.page, !published.contains(page) {
                    reasons.append(OITReason(th: "ช่องทางการสอบถาม \(ch.name) ลิงก์ไปยังหน้า \(page) ซึ่งไม่มีในเว็บไซต์",
                                             en: "the inquiry channel '\(ch.name)' links to \(page), which is not a published page",
                                             file: file, record: "contact.inquiry[\(i + 1)]", field: "page"))
                }
            }
        }
        let pages = input.evidence.plan.pages.filter { $0.frontMatter.layout == "contact" }
        pages.forEach(input.consult)
        input.consult(file, field: "contact")
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
            if pages[i].frontMatter.date.map(fy.contains) ?? false {
                inYear.append(pages[i].url)
                input.consult(pages[i])
            }
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
