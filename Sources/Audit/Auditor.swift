import Foundation
import SiteModel
import ThaiText

/// Runs the catalogue's rules over a loaded site. Reads only the typed model and the page list:
/// nothing is read back from the built HTML.
public enum Auditor {
    /// What the audit reads of a page's Markdown body: its heading lines (a line starting with
    /// `#`), each with whether any text follows it before the next heading. Any other change to
    /// the body leaves every check's outcome as it was, which lets the build cache render a
    /// changed evidence page alone.
    public static func headingSections(of body: String) -> [HeadingSection] {
        var out: [HeadingSection] = []
        // The headings whose section the current line is in: a heading's section runs to the
        // next heading of the same or a higher level, sub-sections included.
        var open: [(index: Int, level: Int)] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") {
                let level = line.prefix { $0 == "#" }.count
                while let last = open.last, last.level >= level { open.removeLast() }
                open.append((out.count, level))
                out.append(HeadingSection(heading: line, hasText: false))
            } else if !open.isEmpty,
                      line.contains(where: { !$0.isWhitespace && $0 != "-" && $0 != "*" && $0 != "_" && $0 != ">" }) {
                for o in open { out[o.index].hasText = true }
                open.removeAll()
            }
        }
        return out
    }

    /// `headingSections` as one text, for the build cache's digest of what the audit read.
    public static func auditedText(of body: String) -> String {
        headingSections(of: body).map { ($0.hasText ? "+" : "-") + $0.heading }.joined(separator: "\n")
    }

    /// Audits a site. `diagnostics` are the problems found loading it: each one in a file an
    /// item's check consulted becomes a reason of that item (an error fails it; a warning keeps
    /// it from passing: a person must look), so the report says everything that decides an item.
    public static func audit(site: Site, plan: SitePlan, catalogue: OITCatalogue, itaYear: Int,
                             asOf: CalendarDate, diagnostics: [Diagnostic] = [], warnings: [OITReason] = []) -> OITReport {
        let evidence = Evidence(site: site, plan: plan, year: itaYear, asOf: asOf)
        let digits = ThaiFormatter(digits: site.config.digits)
        var byFile: [String: [Diagnostic]] = [:]
        for d in diagnostics { if let f = d.file { byFile[f, default: []].append(d) } }
        var attributed = Set<Diagnostic>()
        let results = catalogue.items.map { item -> OITItemResult in
            let input = CheckInput(item: item, rule: item.rule, evidence: evidence)
            var outcome: CheckOutcome
            if let check = Checks.registry[item.rule.check] {
                outcome = check(input)
            } else {
                outcome = .fail([OITReason(th: "sitegen ไม่รู้จักวิธีตรวจ '\(item.rule.check)' ของข้อนี้",
                                           en: "sitegen has no check named '\(item.rule.check)'",
                                           field: "rule.check")])
            }
            // A tagged page that presents a dataset is evidence only if the check chose it (a plan
            // of another year is not); other tagged pages (a text page) are added.
            if outcome.includeTaggedPages {
                outcome.urls += input.taggedPages(item.id).filter { $0.frontMatter.data == nil }.map(\.url)
            }
            var seen = Set<String>()
            let paths = outcome.urls.filter { seen.insert($0).inserted }
            if paths.isEmpty && outcome.status == .pass {
                outcome.status = .fail
                outcome.reasons.append(OITReason(
                    th: "ไม่มีหน้าเว็บที่เผยแพร่หลักฐานของข้อนี้",
                    en: "no published page shows this evidence; add a page that presents it (front matter data: or oit: [\(item.id)])"))
            }
            for file in evidence.files(shownAt: paths, reasons: outcome.reasons, consulted: input.consulted.files) {
                for d in byFile[file] ?? [] where input.consulted.concerns(d) {
                    attributed.insert(d)
                    outcome.reasons.append(reason(for: d))
                    if d.severity == .error { outcome.status = .fail } else if outcome.status == .pass { outcome.status = .verify }
                }
            }
            return OITItemResult(item: item, title: item.title(forAssessmentYear: itaYear, digits: digits), status: outcome.status,
                                 reasons: outcome.reasons, paths: paths, urls: paths.map(site.config.absoluteURL),
                                 pathTitles: outcome.pathTitles.merging(evidence.titles(of: paths)) { generated, _ in generated })
        }
        var reportWarnings = warnings
        let unattributed = diagnostics.filter { $0.severity == .error && !attributed.contains($0) }
        if let first = unattributed.first {
            reportWarnings.append(OITReason(
                th: "เว็บไซต์มีข้อผิดพลาด \(unattributed.count) รายการที่ต้องแก้ก่อนสร้างเว็บไซต์ได้ (sitegen build แสดงทั้งหมด) เช่น \(first.location): \(first.messageThai ?? first.message)",
                en: "the site has \(unattributed.count) error(s) that stop it from being built (sitegen build lists them), e.g. \(first.location): \(first.message)",
                file: first.file, line: first.line, field: first.field))
        }
        return OITReport(siteTitle: site.config.title, baseURL: site.config.baseURL, itaYear: itaYear, asOf: asOf,
                         catalogue: catalogue, results: results, warnings: reportWarnings)
    }

    /// A report for a site whose `site.yaml` cannot be read: every item fails with the errors.
    public static func unreadable(catalogue: OITCatalogue, itaYear: Int, asOf: CalendarDate,
                                  diagnostics: [Diagnostic], warnings: [OITReason] = []) -> OITReport {
        let reasons = diagnostics.filter { $0.severity == .error }.map(reason(for:))
        let results = catalogue.items.map { item in
            OITItemResult(item: item, title: item.title(forAssessmentYear: itaYear), status: .fail,
                          reasons: reasons, paths: [], urls: [], pathTitles: [:])
        }
        return OITReport(siteTitle: "", baseURL: "", itaYear: itaYear, asOf: asOf, catalogue: catalogue,
                         results: results, warnings: warnings)
    }

    static func reason(for d: Diagnostic) -> OITReason {
        let th = d.severity == .error ? "ไฟล์หลักฐานมีข้อผิดพลาด: " : "ไฟล์หลักฐานมีคำเตือนที่ต้องตรวจ: "
        let en = d.severity == .error ? "an error in this evidence: " : "a warning on this evidence, a person must look: "
        return OITReason(th: th + (d.messageThai ?? d.message), en: en + d.message, file: d.file, line: d.line, field: d.field)
    }

    /// The years whose OIT index page a build publishes: the assessment in progress on the build
    /// date and the one before it (its results come out after the year ends), and a year the
    /// site pins; none older than the oldest catalogue sitegen knows.
    public static func indexYears(pinned: Int?, buildDate: CalendarDate, oldestCatalogue: Int?) -> [Int] {
        let current = buildDate.fiscalYear.buddhistYear
        let years = Set([current - 1, current] + (pinned.map { [$0] } ?? []))
        return years.filter { $0 >= (oldestCatalogue ?? current) }.sorted()
    }

    /// For each item of `to`, the items of `from` it continues: the same ids when both years
    /// use one item list, its `replaces` when `to` replaces `from`'s year; nil when the two lists
    /// are not related.
    public static func crosswalk(from: OITCatalogue, to: OITCatalogue) -> [String: [String]]? {
        if from.itaYear == to.itaYear { return Dictionary(uniqueKeysWithValues: to.items.map { ($0.id, [$0.id]) }) }
        guard to.replacesYear == from.itaYear else { return nil }
        return Dictionary(uniqueKeysWithValues: to.items.map { ($0.id, $0.replaces) })
    }

    /// The assessment year and what to say about it: `requested` (--ita-year), else the site's
    /// `ita_year` when it is not older than the year in progress, else the fiscal year in
    /// progress on the as-of date. A year older than the one in progress is reported: an audit
    /// of a past year must never look like the audit of this one.
    public static func assessmentYear(requested: Int?, pinned: Int?, asOf: CalendarDate) -> (year: Int, warnings: [OITReason]) {
        let inProgress = asOf.fiscalYear.buddhistYear
        if let requested {
            guard requested < inProgress else { return (requested, []) }
            return (requested, [OITReason(
                th: "กำลังตรวจ ITA \(requested) ซึ่งไม่ใช่ปีที่กำลังประเมิน: ณ วันที่ \(asOf.iso) เป็นปีงบประมาณ \(inProgress)",
                en: "auditing ITA \(requested), which is not the assessment in progress: on \(asOf.iso) fiscal year \(inProgress) is in progress",
                field: "--ita-year")])
        }
        guard let pinned else { return (inProgress, []) }
        guard pinned < inProgress else { return (pinned, []) }
        return (inProgress, [OITReason(
            th: "site.yaml กำหนด ita_year: \(pinned) ซึ่งล่วงมาแล้ว ณ วันที่ \(asOf.iso) เป็นปีงบประมาณ \(inProgress) จึงตรวจ ITA \(inProgress) แทน (ลบบรรทัด ita_year หรือสั่ง --ita-year \(pinned) หากต้องการตรวจปีเก่า)",
            en: "site.yaml pins ita_year: \(pinned), a past year: on \(asOf.iso) fiscal year \(inProgress) is in progress, so ITA \(inProgress) is audited (remove ita_year, or pass --ita-year \(pinned) to audit the old year)",
            file: "site.yaml", field: "ita_year")])
    }
}

extension Auditor {
    /// The warning of a site that pins `ita_year` in a run that audits every site for one year
    /// (`check --sites`): the site is audited for that year, not its own.
    public static func sharedYearWarning(pinned: Int, audited: Int) -> OITReason {
        OITReason(
            th: "site.yaml กำหนด ita_year: \(pinned) แต่การตรวจหลายเว็บไซต์ครั้งนี้ตรวจทุกเว็บไซต์ตาม ITA \(audited) (หากต้องการผลของปี \(pinned) ให้ตรวจเว็บไซต์นี้เดี่ยว ๆ ด้วย sitegen check --ita-year \(pinned))",
            en: "site.yaml pins ita_year: \(pinned), but this run over many sites audits every site for ITA \(audited) (to audit year \(pinned), check this site alone with sitegen check --ita-year \(pinned))",
            file: "site.yaml", field: "ita_year")
    }
}

extension Auditor {
    /// What the report must say about the catalogue used: an item list that is not the NACC's
    /// own (provisional), or that of another year applied to this one.
    public static func catalogueWarnings(_ catalogue: OITCatalogue, itaYear: Int) -> [OITReason] {
        var out: [OITReason] = []
        if catalogue.itaYear != itaYear {
            out.append(OITReason(
                th: "ยังไม่มีรายการข้อ OIT ของ ITA \(itaYear): ใช้รายการของ ITA \(catalogue.itaYear) (\(catalogue.items.count) ข้อ) โดยเปลี่ยนปีในชื่อข้อและเกณฑ์เป็นปี \(itaYear) ผลนี้จึงเป็นผลเบื้องต้น",
                en: "no OIT item list is known for ITA \(itaYear): the ITA \(catalogue.itaYear) list (\(catalogue.items.count) items) is applied with the years of ITA \(itaYear); the result is provisional",
                file: catalogue.file))
        }
        if catalogue.status == .provisional {
            out.append(OITReason(
                th: "รายการข้อ OIT ของ ITA \(catalogue.itaYear) เป็นรายการเบื้องต้น ยังไม่ได้ตรวจกับคู่มือของ ป.ป.ช.",
                en: "the ITA \(catalogue.itaYear) item list is provisional, not checked against the NACC's manual: \(catalogue.source)",
                file: catalogue.file))
        }
        return out
    }
}

/// A heading of a page and whether any text follows it (`Auditor.headingSections`).
public struct HeadingSection: Sendable, Hashable {
    public var heading: Substring
    public var hasText: Bool
}

/// The files one item's check read: datasets, pages. Problems found in them concern the item.
final class Consulted: @unchecked Sendable {
    // One item is checked at a time, on one thread.
    var files = Set<String>()
    /// Files of which only some fields are the item's evidence (`site.yaml`: `contact`).
    var fields: [String: String] = [:]
    func add(_ file: String) { files.insert(file) }
    func add(_ file: String, field prefix: String) {
        files.insert(file)
        fields[file] = prefix
    }

    /// Whether a problem found in a consulted file concerns the item.
    func concerns(_ d: Diagnostic) -> Bool {
        guard let file = d.file, let prefix = fields[file] else { return true }
        return d.field.map { $0 == prefix || $0.hasPrefix(prefix + ".") } ?? false
    }
}

/// What the checks look at: datasets, the pages presenting them, and the years involved.
public struct Evidence: Sendable {
    public let site: Site
    public let plan: SitePlan
    /// The assessed fiscal year Y (B.E.).
    public let year: Int
    public let asOf: CalendarDate
    /// Published pages by the dataset they present (`data:`) and by the items they are tagged
    /// with (`oit:`), in page order: built once, rather than going through every page per item.
    private let presenting: [String: [Page]]
    private let tagged: [String: [Page]]
    private let byURL: [String: Page]
    /// The dataset keys in order (`Disclosures.keys` sorts them on each call).
    private let datasetKeys: [String]

    init(site: Site, plan: SitePlan, year: Int, asOf: CalendarDate) {
        self.site = site
        self.plan = plan
        self.year = year
        self.asOf = asOf
        var presenting: [String: [Page]] = [:]
        var tagged: [String: [Page]] = [:]
        let pages = plan.pages
        for i in pages.indices {   // by index: only the pages kept are copied
            if let key = pages[i].frontMatter.data { presenting[key, default: []].append(pages[i]) }
            var seen = Set<String>()
            for item in pages[i].frontMatter.oit where seen.insert(item).inserted { tagged[item, default: []].append(pages[i]) }
        }
        self.presenting = presenting
        self.tagged = tagged
        byURL = Dictionary(pages.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        datasetKeys = site.disclosures.keys
    }

    public var fiscalYear: FiscalYear { FiscalYear(buddhistYear: year) }

    /// The files an item's evidence comes from: the pages at its URLs and the data files they
    /// present, the files its reasons name, and what its check recorded. Problems found in
    /// them concern the item.
    func files(shownAt paths: [String], reasons: [OITReason], consulted: Set<String>) -> [String] {
        var files = consulted
        for path in paths {
            guard let page = byURL[path] else { continue }
            files.insert(page.sourcePath)
            if let key = page.frontMatter.data, let d = site.disclosures[key] { files.formUnion(d.sourceFiles) }
        }
        for r in reasons { if let f = r.file { files.insert(f) } }
        return files.sorted()
    }

    /// The titles of the pages at some addresses.
    func titles(of paths: [String]) -> [String: String] {
        var out: [String: String] = [:]
        for p in paths { if let page = byURL[p] { out[p] = page.frontMatter.title } }
        return out
    }

    /// The addresses of every published page.
    public var publishedURLs: Set<String> { Set(plan.pages.map(\.url)) }

    /// Published pages that present the dataset stored under `key`.
    public func pages(presenting key: String) -> [Page] {
        presenting[key] ?? []
    }

    /// Datasets of one type with their keys.
    public func datasets<D: Disclosure>(_ type: D.Type) -> [(key: String, value: D)] {
        datasetKeys.compactMap { key in (site.disclosures[key] as? D).map { (key, $0) } }
    }

    public func taggedPages(_ item: String) -> [Page] {
        tagged[item] ?? []
    }

}

public struct CheckInput: Sendable {
    public let item: OITCatalogue.Item
    public let rule: OITCatalogue.Rule
    public let evidence: Evidence
    /// What the check read; the audit adds the problems found there to the item's reasons.
    let consulted = Consulted()

    init(item: OITCatalogue.Item, rule: OITCatalogue.Rule, evidence: Evidence) {
        self.item = item
        self.rule = rule
        self.evidence = evidence
    }

    public func datasets<D: Disclosure>(_ type: D.Type) -> [(key: String, value: D)] { evidence.datasets(type) }

    public func taggedPages(_ item: String) -> [Page] { evidence.taggedPages(item) }

    /// Records a page as evidence that is not itself among the item's URLs (news in an archive).
    func consult(_ page: Page) { consulted.add(page.sourcePath) }

    /// Records the fields of a file below `prefix` as evidence (`site.yaml`, `contact`).
    func consult(_ file: String, field prefix: String) { consulted.add(file, field: prefix) }

    /// The months of the fiscal year the rule asks for (Y, or Y−1 for `previous`) that have
    /// ended by the as-of date, October first.
    public var monthsDue: [YearMonth] {
        FiscalYear(buddhistYear: requiredYear ?? evidence.year).months.filter { $0.lastDay < evidence.asOf }
    }

    /// The fiscal year the rule asks for (Y or Y−1), nil for `any` and `covers`.
    public var requiredYear: Int? {
        switch rule.year {
        case .current: return evidence.year
        case .previous: return evidence.year - 1
        case .any, .covers: return nil
        }
    }
}

public struct CheckOutcome: Sendable {
    public var status: OITStatus
    public var reasons: [OITReason]
    /// Site paths of the evidence pages.
    public var urls: [String]
    /// Titles of evidence paths that are not Markdown pages (generated archives).
    public var pathTitles: [String: String] = [:]
    /// Pages tagged `oit: [item]` are evidence too, unless the check chose its pages itself.
    public var includeTaggedPages = true

    public init(status: OITStatus, reasons: [OITReason] = [], urls: [String] = []) {
        self.status = status
        self.reasons = reasons
        self.urls = urls
    }

    public static func fail(_ reasons: [OITReason], urls: [String] = []) -> CheckOutcome {
        CheckOutcome(status: .fail, reasons: reasons, urls: urls)
    }
}
