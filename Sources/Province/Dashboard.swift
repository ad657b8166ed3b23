import Audit
import Foundation
import Publish
import Render
import SiteModel
import ThaiText

/// The HTML of `check --sites --format html`: a dashboard page (`index.html`, the sites × items
/// matrix and the pass rate of each item) and one page per site (`sites/<folder>.html`).
///
/// Every page is static and self-contained (its style inline; no script, no font, no image
/// loaded) and meets the rules the default theme meets: `lang="th"`, a skip link, one `main`
/// and one `h1`, headings in order, tables with a caption and `th` scopes, wide tables
/// scrolling in their own focusable region, text of at least 16 px, tap targets of at least
/// 44 px, the theme's Thai font stack. Every value from a site is HTML-escaped.
public enum Dashboard {
    static let format = ThaiFormatter.arabic

    /// The dashboard page.
    public static func index(header: SitesHeader, rows: [SiteRow], summary: SitesSummary, skipped: [SkippedFolder]) -> String {
        let year = header.itaYear
        var h = ""
        h += "<h1>ผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ITA \(year)</h1>\n"
        h += "<p>ตรวจ \(summary.sites) หน่วยงาน ณ วันที่ \(e(format.date(header.asOf))) (\(header.asOf.iso))"
        if let shard = header.shard { h += " เฉพาะส่วนที่ \(shard.index) จาก \(shard.count) ส่วนของรายชื่อ" }
        h += "</p>\n<ul class=\"totals\">\n"
        h += "<li>มีข้อที่ไม่ผ่านหรือข้อมูลผิดพลาด: <strong>\(summary.failing)</strong> หน่วยงาน</li>\n"
        h += "<li>ข้อมูลมีข้อผิดพลาด: <strong>\(summary.withErrors)</strong> หน่วยงาน</li>\n"
        h += "<li>มีข้อที่ต้องให้เจ้าหน้าที่ตรวจสอบ: <strong>\(summary.verifying)</strong> หน่วยงาน</li>\n"
        h += "</ul>\n"
        if let notice = summary.provisionalNotice(itaYear: year) {
            h += "<p class=\"notice\"><strong>ผลเบื้องต้น:</strong> \(e(notice.th))</p>\n"
        }

        // Pass rate per item: the chart, then the same figures in a table.
        h += "<section aria-labelledby=\"rates\">\n<h2 id=\"rates\">อัตราการผ่านรายข้อ</h2>\n"
        h += chart(summary)
        h += "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"rates-caption\">\n<table class=\"rates\">\n"
        h += "<caption id=\"rates-caption\">จำนวนหน่วยงานที่ผ่าน ไม่ผ่าน และต้องตรวจสอบ รายข้อ (จาก \(summary.sites) หน่วยงาน)</caption>\n"
        h += "<thead><tr><th scope=\"col\">ข้อ</th><th scope=\"col\">ชื่อข้อ</th><th scope=\"col\" class=\"num\">ผ่าน</th>"
        h += "<th scope=\"col\" class=\"num\">ไม่ผ่าน</th><th scope=\"col\" class=\"num\">ต้องตรวจสอบ</th><th scope=\"col\" class=\"num\">อัตราการผ่าน</th></tr></thead>\n<tbody>\n"
        for item in summary.items {
            h += "<tr><th scope=\"row\">\(e(item.id))</th><td>\(e(item.title))</td><td class=\"num\">\(item.pass)</td>"
            h += "<td class=\"num\">\(item.fail)</td><td class=\"num\">\(item.verify)</td><td class=\"num\">\(percent(item))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n</div>\n</section>\n"

        // Sites × items.
        h += "<section aria-labelledby=\"matrix\">\n<h2 id=\"matrix\">ผลรายหน่วยงาน</h2>\n"
        h += "<p>แต่ละช่องคือผลของข้อนั้น: ผ่าน, ไม่ผ่าน หรือ ตรวจ (ต้องให้เจ้าหน้าที่ตรวจสอบ) เลือกชื่อหน่วยงานเพื่อดูเหตุผลรายข้อและหน้าหลักฐาน</p>\n"
        h += "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"matrix-caption\">\n<table class=\"matrix\">\n"
        h += "<caption id=\"matrix-caption\">ผลการตรวจรายข้อของแต่ละหน่วยงาน ITA \(year)</caption>\n<thead><tr><th scope=\"col\">หน่วยงาน</th>"
        h += "<th scope=\"col\" class=\"num\">ไม่ผ่าน</th><th scope=\"col\" class=\"num\">ข้อผิดพลาด</th>"
        for item in summary.items { h += "<th scope=\"col\">\(e(item.id))</th>" }
        h += "</tr></thead>\n<tbody>\n"
        for row in rows {
            h += "<tr><th scope=\"row\"><a href=\"sites/\(e(pageName(row.path)))\">\(e(row.title.isEmpty ? row.path : row.title))</a>"
            h += "<span class=\"cell-meta\">\(e(row.path))</span></th>"
            h += "<td class=\"num\">\(row.hasReport ? String(row.count(.fail)) : "–")</td><td class=\"num\">\(row.errors)</td>"
            var byID: [String: OITStatus] = [:]
            for item in row.items { byID[item.id] = item.status }
            for item in summary.items {
                if let status = byID[item.id] {
                    h += "<td class=\"s-\(status.rawValue)\">\(shortWord(status))</td>"
                } else {
                    h += "<td class=\"s-none\">–</td>"
                }
            }
            h += "</tr>\n"
        }
        h += "</tbody>\n</table>\n</div>\n</section>\n"

        if !skipped.isEmpty {
            h += "<section aria-labelledby=\"skipped\">\n<h2 id=\"skipped\">โฟลเดอร์ที่ไม่ได้ตรวจ (ไม่ใช่เว็บไซต์)</h2>\n<ul>\n"
            for s in skipped { h += "<li>\(e(s.path)): \(e(s.reason))</li>\n" }
            h += "</ul>\n</section>\n"
        }
        return page(title: "ผลการตรวจ OIT ITA \(year) — \(summary.sites) หน่วยงาน", banner: "sitegen · รายงานการตรวจ OIT หลายหน่วยงาน",
                    main: h, header: header)
    }

    /// The page of one site: its errors, the report's warnings, and every item with its reasons
    /// and evidence.
    public static func sitePage(_ entry: SiteEntry, header: SitesHeader) -> String {
        let name = entry.title.isEmpty ? entry.path : entry.title
        var h = "<p class=\"back\"><a href=\"../index.html\">กลับไปหน้ารวมทุกหน่วยงาน</a></p>\n"
        h += "<h1>\(e(name))</h1>\n<ul class=\"facts\">\n<li>โฟลเดอร์: \(e(entry.path))</li>\n"
        if let report = entry.report {
            if !report.site.baseURL.isEmpty { h += "<li>เว็บไซต์: \(link(report.site.baseURL))</li>\n" }
            h += "<li>ตรวจตาม ITA \(report.itaYear) ณ วันที่ \(e(format.date(header.asOf))) (\(e(report.asOf)))</li>\n"
            h += "<li>รายการข้อ: ITA \(report.catalogue.year) (\(report.catalogue.status == "official" ? "ฉบับทางการ" : "ฉบับเบื้องต้น"), \(report.catalogue.items) ข้อ)</li>\n"
            let count = { (s: OITStatus) in report.items.filter { $0.status == s.rawValue }.count }
            h += "<li>ผ่าน \(count(.pass)) ข้อ · ไม่ผ่าน \(count(.fail)) ข้อ · ต้องตรวจสอบ \(count(.verify)) ข้อ</li>\n"
        }
        h += "</ul>\n"
        if !entry.errors.isEmpty {
            h += "<section aria-labelledby=\"errors\">\n<h2 id=\"errors\">ข้อผิดพลาดในข้อมูลของเว็บไซต์ (\(entry.errors.count))</h2>\n"
            h += "<p>แก้ไขตามคำแนะนำแล้วตรวจอีกครั้ง: ข้อที่หลักฐานมีข้อผิดพลาดจะไม่ผ่าน</p>\n<ul class=\"problems\">\n"
            for error in entry.errors {
                h += "<li><span class=\"where\">\(e(error.location))</span>\(e(error.text))"
                if let hint = error.hint { h += "<span class=\"hint\">\(e(hint))</span>" }
                h += "</li>\n"
            }
            h += "</ul>\n</section>\n"
        }
        guard let report = entry.report else {
            return page(title: "ผลการตรวจ OIT — \(name)", banner: "sitegen · รายงานการตรวจ OIT หลายหน่วยงาน", main: h, header: header)
        }
        if !report.warnings.isEmpty {
            h += "<section aria-labelledby=\"warnings\">\n<h2 id=\"warnings\">ข้อสังเกตของรายงาน</h2>\n<ul class=\"problems\">\n"
            for w in report.warnings { h += "<li>\(reason(w))</li>\n" }
            h += "</ul>\n</section>\n"
        }
        h += "<section aria-labelledby=\"items\">\n<h2 id=\"items\">ผลรายข้อ</h2>\n"
        h += "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"items-caption\">\n<table class=\"items\">\n"
        h += "<caption id=\"items-caption\">ผลการตรวจรายข้อ ITA \(report.itaYear) ของ \(e(name))</caption>\n"
        h += "<thead><tr><th scope=\"col\">ข้อ</th><th scope=\"col\">ชื่อข้อ</th><th scope=\"col\">ผล</th><th scope=\"col\">เหตุผล</th>"
        h += "<th scope=\"col\">หน้าหลักฐาน</th></tr></thead>\n<tbody>\n"
        for item in report.items {
            let status = OITStatus(rawValue: item.status) ?? .fail
            h += "<tr><th scope=\"row\">\(e(item.id))</th><td>\(e(item.title))</td><td class=\"s-\(status.rawValue)\">\(word(status))</td><td>"
            if !item.reasons.isEmpty {
                h += "<ul class=\"cell-list\">" + item.reasons.map { "<li>\(reason($0))</li>" }.joined() + "</ul>"
            }
            h += "</td><td>"
            if !item.urls.isEmpty { h += "<ul class=\"cell-list\">" + item.urls.map { "<li>\(link($0))</li>" }.joined() + "</ul>" }
            h += "</td></tr>\n"
        }
        h += "</tbody>\n</table>\n</div>\n</section>\n"
        return page(title: "ผลการตรวจ OIT ITA \(report.itaYear) — \(name)", banner: "sitegen · รายงานการตรวจ OIT หลายหน่วยงาน",
                    main: h, header: header)
    }

    /// The file name of a site's page below `sites/`, percent-encoded for a link.
    static func pageName(_ folder: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#;%")
        return (folder.addingPercentEncoding(withAllowedCharacters: allowed) ?? folder) + ".html"
    }

    /// A horizontal bar chart of each item's pass rate. Its figures are in the table after it.
    static func chart(_ summary: SitesSummary) -> String {
        let rowHeight = 32, top = 8, labelWidth = 52, barWidth = 300
        let height = top * 2 + rowHeight * max(1, summary.items.count)
        var s = "<figure class=\"chart\">\n<svg viewBox=\"0 0 420 \(height)\" role=\"img\" aria-labelledby=\"rates-chart-title rates-chart-desc\">\n"
        s += "<title id=\"rates-chart-title\">แผนภูมิแท่งร้อยละของหน่วยงานที่ผ่านแต่ละข้อ</title>\n"
        s += "<desc id=\"rates-chart-desc\">แท่งละหนึ่งข้อ ความยาวของแท่งคือร้อยละของหน่วยงานที่ผ่านข้อนั้นจาก \(summary.sites) หน่วยงาน ตัวเลขทั้งหมดอยู่ในตารางถัดจากแผนภูมินี้</desc>\n"
        for (i, item) in summary.items.enumerated() {
            let y = top + i * rowHeight
            let rate = item.sites == 0 ? 0 : Double(item.pass) / Double(item.sites)
            let width = Int((rate * Double(barWidth)).rounded())
            s += "<text x=\"0\" y=\"\(y + 21)\">\(e(item.id))</text>"
            s += "<rect class=\"bar-track\" x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"22\"></rect>"
            s += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"22\"></rect>"
            s += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 21)\">\(percent(item))</text>\n"
        }
        s += "</svg>\n<figcaption>ร้อยละของหน่วยงานที่ผ่านแต่ละข้อ ข้อที่ต้องให้เจ้าหน้าที่ตรวจสอบไม่นับเป็นผ่าน (ตัวเลขตามตารางด้านล่าง)</figcaption>\n</figure>\n"
        return s
    }

    static func percent(_ item: SitesSummary.ItemCount) -> String {
        guard item.sites > 0 else { return "–" }
        return "\(Int((Double(item.pass) * 100 / Double(item.sites)).rounded()))%"
    }

    static func word(_ status: OITStatus) -> String { status.thai }

    static func shortWord(_ status: OITStatus) -> String {
        status == .verify ? "ตรวจ" : word(status)
    }

    static func reason(_ r: OITReason) -> String {
        var s = e(r.th)
        if let location = r.location { s += "<span class=\"where\">\(e(location))</span>" }
        return s
    }

    /// A link to an address of the web; anything but http(s) is shown as text.
    static func link(_ url: String) -> String {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return e(url) }
        return "<a href=\"\(e(url))\">\(e(url))</a>"
    }

    static func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    static func page(title: String, banner: String, main: String, header: SitesHeader) -> String {
        """
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="sitegen">
        <title>\(e(title))</title>
        <style>
        \(style)</style>
        </head>
        <body>
        <a class="skip-link" href="#main">ข้ามไปยังเนื้อหาหลัก</a>
        <header class="banner"><p>\(e(banner))</p></header>
        <main id="main" tabindex="-1">
        \(main)</main>
        <footer class="footer"><p>สร้างโดย sitegen check --sites จากข้อมูลในโฟลเดอร์ของแต่ละหน่วยงาน (ไม่ได้อ่านจากเว็บไซต์ที่เผยแพร่) ณ วันที่ \(header.asOf.iso)</p></footer>
        </body>
        </html>

        """
    }

    /// The theme's palette, type and sizes (themes/default/static/assets/style.css), for these
    /// pages alone.
    static let style = """
        :root {
          --c-text: #1b2420; --c-muted: #4a5751; --c-page: #faf8f2; --c-surface: #ffffff;
          --c-green: #0d4a3a; --c-link: #0a5c43; --c-tint: #e4efe9; --c-zebra: #f3f7f4;
          --c-border: #6b7c74; --c-rule: #c9d3ce;
          --c-fail-bg: #fbe3e0; --c-fail-text: #8a1a0e; --c-verify-bg: #fff1c2; --c-verify-text: #3d2e00;
          --c-focus-inner: #ffcc33; --c-focus-outer: #111111;
          --font-thai: "Sarabun", "Noto Sans Thai", "Noto Sans Thai UI", "Loma", "Garuda", "Tahoma", "Leelawadee UI", sans-serif;
          --tap: 2.75rem;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { font-size: 100%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: var(--c-page); color: var(--c-text); font-family: var(--font-thai);
          font-size: 1.0625rem; line-height: 1.7; overflow-wrap: break-word; }
        h1, h2 { line-height: 1.4; font-weight: 700; margin: 1.75em 0 0.6em; }
        h1 { font-size: 1.75rem; margin-top: 0.5em; }
        h2 { font-size: 1.4375rem; }
        a { color: var(--c-link); }
        a:focus-visible, .table-scroll:focus-visible, main:focus-visible {
          outline: 3px solid var(--c-focus-outer); outline-offset: 2px; box-shadow: 0 0 0 6px var(--c-focus-inner); }
        .skip-link { position: absolute; left: 0.5rem; top: -20rem; z-index: 10; display: inline-flex; align-items: center;
          min-height: var(--tap); padding: 0.5rem 1rem; background: var(--c-surface); color: var(--c-link); font-weight: 700; }
        .skip-link:focus { top: 0.5rem; }
        .banner { background: var(--c-green); color: #ffffff; padding: 0.75rem 1rem; }
        .banner p { margin: 0; font-weight: 700; max-width: 80rem; margin-left: auto; margin-right: auto; }
        main { display: block; max-width: 80rem; margin: 0 auto; padding: 0.5rem 1rem 2rem; }
        .footer { border-top: 1px solid var(--c-rule); padding: 1rem; color: var(--c-muted); }
        .footer p { max-width: 80rem; margin: 0 auto; }
        .totals, .facts, .problems { padding-left: 1.25rem; }
        .notice { background: var(--c-verify-bg); color: var(--c-verify-text); border-left: 4px solid var(--c-verify-text);
          padding: 0.75rem 1rem; }
        .back a, td a, th a, li a { display: inline-flex; align-items: center; min-height: var(--tap); min-width: var(--tap); }
        .where, .hint, .cell-meta { display: block; color: var(--c-muted); font-size: 1rem; }
        .table-scroll { max-width: 100%; overflow-x: auto; margin: 1rem 0 1.5rem; border: 1px solid var(--c-border);
          border-radius: 0.375rem; background: var(--c-surface); }
        table { border-collapse: collapse; width: 100%; font-size: 1rem; line-height: 1.55; background: var(--c-surface);
          font-variant-numeric: tabular-nums; }
        caption { caption-side: top; text-align: left; font-weight: 700; padding: 0.625rem 0.75rem;
          border-bottom: 1px solid var(--c-border); }
        th, td { padding: 0.5rem; border: 1px solid var(--c-rule); vertical-align: top; text-align: left; }
        thead th { background: var(--c-tint); vertical-align: bottom; }
        tbody tr:nth-child(even) { background: var(--c-zebra); }
        .num { text-align: right; white-space: nowrap; }
        .rates { min-width: 36rem; }
        .rates td:nth-child(2) { min-width: 16em; }
        .matrix th[scope="row"] { min-width: 14em; }
        .matrix td { text-align: center; white-space: nowrap; }
        .items { min-width: 44rem; }
        .items td:nth-child(2) { min-width: 12em; }
        .items td:nth-child(4) { min-width: 16em; }
        .items td:nth-child(5) { overflow-wrap: anywhere; min-width: 12em; }
        .cell-list { margin: 0; padding-left: 1.1em; }
        .items td[class^="s-"] { white-space: nowrap; }
        .s-pass { background: var(--c-tint); color: var(--c-green); }
        .s-fail { background: var(--c-fail-bg); color: var(--c-fail-text); font-weight: 700; }
        .s-verify { background: var(--c-verify-bg); color: var(--c-verify-text); }
        .s-none { color: var(--c-muted); }
        .chart { margin: 1rem 0; }
        .chart svg { display: block; width: 100%; max-width: 30rem; height: auto; background: var(--c-surface); }
        .chart text { font-family: var(--font-thai); font-size: 16px; fill: var(--c-text); }
        .chart .bar { fill: var(--c-green); }
        .chart .bar-track { fill: var(--c-tint); }
        .chart figcaption { color: var(--c-muted); font-size: 1rem; }
        @media print {
          *, *::before, *::after { background: transparent !important; color: #000 !important; box-shadow: none !important; }
          html, body { background: #fff !important; }
          body { font-size: 12pt; }
          .skip-link { display: none !important; }
          .table-scroll { overflow: visible !important; border: 0; }
          table { font-size: 10.5pt; }
          .matrix { font-size: 8pt; }
          .matrix th, .matrix td { padding: 1pt; }
          table, th, td, .rates, .items, .rates td, .items td, .matrix th[scope="row"] { min-width: 0 !important; }
          th, td { border: 0.75pt solid #000 !important; overflow-wrap: anywhere; white-space: normal !important; }
          .chart .bar { fill: #000; }
          .chart .bar-track { fill: #ddd; }
          .back a, td a, th a, li a { display: inline; min-height: 0; }
        }

        """
}

extension SitesCheck {
    /// `check --sites --format html`: writes the dashboard (`index.html`) and one page per site
    /// (`sites/<folder>.html`) into `output`, replaced whole and atomically as a build replaces
    /// its output folder. The site pages are written to a folder beside it as the sites are
    /// audited, so no more than a window of sites is held in memory.
    public static func dashboard(_ folder: SitesFolder, options: SitesCheckOptions, output: String,
                                 onSite: @escaping @Sendable (SiteEntryRecord, SitesProgress) -> Void = { _, _ in })
        -> Result<SitesCheckResult, Diagnostic> {
        let header = options.header
        let spool: DashboardSpool
        switch DashboardSpool.make(for: output) {
        case .failure(let d): return .failure(d)
        case .success(let s): spool = s
        }
        defer { spool.remove() }
        let rows = Serialized([SiteRow]())
        let failures = Serialized([String]())
        let summary = auditAll(folder.sites(in: options.shard), options: options, render: { entry -> String? in
            spool.writePage(entry, header: header)
        }, emit: { row, failure in
            rows.value.append(row.withoutTitles)
            if let failure { failures.value.append(failure) }
        }, onSite: onSite)
        if let failure = failures.value.first { return .failure(writeFailure(failure)) }
        var full = summary
        full.skipped = folder.skipped.count
        if let failure = spool.publish(header: header, rows: rows.value, summary: full, skipped: folder.skipped) { return .failure(failure) }
        return .success(SitesCheckResult(summary: full, skipped: folder.skipped))
    }

    static func writeFailure(_ message: String) -> Diagnostic {
        .error(message, file: nil, hint: "Check the disk space and permissions of the output folder; the dashboard there was left as it was.")
    }
}

/// The site pages of a dashboard, written to a folder beside the output as the sites are done,
/// then published with the index: the output folder replaced whole and atomically.
struct DashboardSpool: Sendable {
    let output: String
    let folder: String

    static func make(for output: String) -> Result<DashboardSpool, Diagnostic> {
        let outputPath = URL(fileURLWithPath: output).standardizedFileURL.path
        let folder = (outputPath as NSString).deletingLastPathComponent
            + "/.\((outputPath as NSString).lastPathComponent).pages-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return .failure(SitesCheck.writeFailure("cannot create the folder \(folder): \(error.localizedDescription)"))
        }
        return .success(DashboardSpool(output: outputPath, folder: folder))
    }

    /// Writes a site's page; the problem, if it could not be written.
    func writePage(_ entry: SiteEntry, header: SitesHeader) -> String? {
        let path = folder + "/" + entry.path + ".html"
        do {
            try Data(Dashboard.sitePage(entry, header: header).utf8).write(to: URL(fileURLWithPath: path))
            return nil
        } catch {
            return "cannot write \(path): \(error.localizedDescription)"
        }
    }

    /// Publishes the index and the site pages of `rows`; the problem, if it could not.
    func publish(header: SitesHeader, rows: [SiteRow], summary: SitesSummary, skipped: [SkippedFolder]) -> Diagnostic? {
        var files = [OutputFile(path: "index.html", content: .text(Dashboard.index(header: header, rows: rows, summary: summary,
                                                                                    skipped: skipped)))]
        files += rows.map { OutputFile(path: "sites/\($0.path).html", content: .copy(folder + "/" + $0.path + ".html")) }
        do throws(Publisher.Failure) {
            _ = try Publisher.publish(files, to: output)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

extension SitesMerge {
    /// `sitegen report dashboard`: the dashboard `check --sites --format html` writes, made from
    /// JSON reports (of shards, of `build --sites --report`, merged or not), read one at a time:
    /// the same files a run of `check --sites --format html` over all their sites writes.
    public static func dashboard(_ files: [String], output: String) -> Result<SitesSummary, SitesError> {
        guard !files.isEmpty else {
            return .failure(SitesError("no report to make the dashboard of.",
                                       hint: "Name the JSON reports of check --sites --format json or build --sites --report: sitegen report dashboard a.json b.json --output oit-dashboard"))
        }
        let spool: DashboardSpool
        switch DashboardSpool.make(for: output) {
        case .failure(let d): return .failure(SitesError(d))
        case .success(let s): spool = s
        }
        defer { spool.remove() }
        let read = gather(files) { entry, header in
            spool.writePage(entry, header: header).map { SitesError(SitesCheck.writeFailure($0)) }
        }
        guard case .success(let gathered) = read else { return read.map(\.summary) }
        if let failure = spool.publish(header: gathered.header, rows: gathered.rows, summary: gathered.summary, skipped: gathered.skipped) {
            return .failure(SitesError(failure))
        }
        return .success(gathered.summary)
    }
}

extension SitesError {
    /// A problem writing the dashboard, as the commands over reports say it.
    init(_ diagnostic: Diagnostic) {
        self.init(diagnostic.message, hint: diagnostic.hint ?? "Check the disk space and permissions of the output folder.")
    }
}
