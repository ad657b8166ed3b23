import Audit
import Foundation
@testable import Province
import SitegenKit
import SiteModel
import TestSupport
import Testing
import ThaiText

/// `check --sites` as a library: which folders are sites, one report for all, shards and merge.
@Suite struct SitesCheckTests {
    static let asOf = CalendarDate(year: 2025, month: 9, day: 30)!
    static let options = SitesCheckOptions(asOf: asOf)

    /// The report of a run, as text, with its result.
    func report(_ fixture: SitesFixture, format: SitesStreamFormat = .json, options: SitesCheckOptions = SitesCheckTests.options) throws
        -> (text: String, result: SitesCheckResult) {
        let folder = try SitesFolder.scan(fixture.sites).get()
        let out = Collected()
        let result = SitesCheck.run(folder, options: options, format: format, write: { out.append($0) })
        return (out.text, result)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aBrokenSiteIsReportedWithItsErrorsAndTheOthersAreJudged() throws {
        let fixture = SitesFixture.threeWithOneBroken()
        let (text, result) = try report(fixture)
        let doc = try json(text)
        let sites = try #require(doc["sites"] as? [[String: Any]])
        #expect(sites.map { $0["path"] as? String } == ["agency-a", "agency-b", "agency-c"])
        let broken = sites[1]
        let errors = try #require(broken["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors.first?["file"] as? String == "data/executives.yaml")
        #expect(errors.first?["line"] as? Int == 3)
        #expect((errors.first?["message"] as? String)?.contains("malformed") == true)
        #expect(errors.first?["hint"] as? String != nil)
        func status(_ site: [String: Any], _ id: String) -> String? {
            ((site["report"] as? [String: Any])?["items"] as? [[String: Any]])?.first { $0["id"] as? String == id }?["status"] as? String
        }
        // The broken file fails the item it is evidence of; the rest of that site is judged.
        #expect(status(broken, "o2") == "fail")
        #expect(status(broken, "o1") == "pass")
        // The others are judged as on their own.
        #expect(status(sites[0], "o2") == "pass" && status(sites[2], "o2") == "pass")
        #expect(result.summary.sites == 3 && result.summary.failing == 1 && result.summary.withErrors == 1)
        let o2 = try #require(result.summary.items.first { $0.id == "o2" })
        #expect(o2.pass == 2 && o2.fail == 1 && o2.verify == 0)
    }

    @Test func eachSiteReportIsExactlyTheSingleSiteDocument() throws {
        let fixture = SitesFixture()
        let folder = fixture.addDemo("agency-a")
        fixture.addDemo("agency-b")
        let doc = try json(try report(fixture).text)
        #expect(doc["schema"] as? String == "sitegen-oit-sites/1")
        #expect(doc["ita_year"] as? Int == 2568)
        #expect(doc["as_of"] as? String == "2025-09-30")
        #expect(doc["shard"] == nil)
        #expect((doc["skipped"] as? [[String: Any]])?.map { $0["path"] as? String } == ["themes"])
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(summary["sites"] as? Int == 2 && summary["failing"] as? Int == 0 && summary["skipped"] as? Int == 1)
        let items = try #require(summary["items"] as? [[String: Any]])
        #expect(items.count == 28)
        #expect(items.first.map { [$0["id"] as? String, $0["title"] as? String] } == ["o1", "โครงสร้างและอำนาจหน้าที่"])
        #expect(items.first { $0["id"] as? String == "o10" }.map { [$0["pass"] as? Int, $0["fail"] as? Int, $0["verify"] as? Int] } == [0, 0, 2])
        let site = try #require((doc["sites"] as? [[String: Any]])?.first)
        #expect(Set(site.keys) == ["path", "title", "errors", "report"])
        #expect(site["title"] as? String == "องค์การบริหารส่วนตำบลทุ่งทองพัฒนา")
        #expect((site["errors"] as? [Any])?.isEmpty == true)
        let (single, _) = SiteChecker.check(CheckOptions(source: folder, asOf: Self.asOf, useCache: false))
        let singleReport = try #require(single)
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(singleReport).utf8)) as? NSDictionary)
        #expect(site["report"] as? NSDictionary == expected)
    }

    @Test func foldersThatAreNotSitesAreSkippedAndListed() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        fixture.write("notes/readme.txt", "not a site")
        fixture.write("old/content/index.md", "---\ntitle: x\n---\n")  // content/ without site.yaml
        fixture.write("loose-file.txt", "files are not folders")
        try FileManager.default.createDirectory(atPath: fixture.sites + "/.git", withIntermediateDirectories: true)
        let folder = try SitesFolder.scan(fixture.sites).get()
        #expect(folder.sites.map(\.name) == ["agency-a"])
        #expect(folder.skipped.map(\.path) == ["notes", "old", "themes"])
        #expect(folder.skipped[0].reason.contains("neither content/site.yaml nor site.yaml"))
        let (text, result) = try report(fixture, format: .text)
        #expect(text.contains("skipped (not sites):\n  notes: not a site"))
        #expect(result.summary.skipped == 3)
        let csv = try report(fixture, format: .csv).text
        #expect(csv.contains("\nnotes,,,skipped,,,not a site: it holds neither content/site.yaml nor site.yaml\n"))
        // On the command line: listed on standard error, and in the JSON report.
        let run = try CLI.run(["check", "--sites", "sites", "--as-of", "2025-09-30", "--format", "json"], in: fixture.root)
        #expect(run.stderr.contains("skipped sites/notes: not a site"))
        #expect(((try json(run.stdout))["skipped"] as? [[String: Any]])?.count == 3)
    }

    @Test func anEmptyFolderIsAMistakeInTheCommand() throws {
        let fixture = SitesFixture(sharedThemes: false)
        guard case .failure(let empty) = SitesFolder.scan(fixture.sites) else {
            Issue.record("an empty folder was accepted")
            return
        }
        #expect(empty.message.contains("no site in") && empty.message.contains("it has no sub-folders"))
        fixture.write("notes/a.txt", "x")
        guard case .failure(let noSite) = SitesFolder.scan(fixture.sites) else {
            Issue.record("a folder without sites was accepted")
            return
        }
        #expect(noSite.message.contains("none of its 1 sub-folder(s)"))
        #expect(!noSite.hint.isEmpty)
        // Exit code 2, as for any mistake in the command: nothing was audited, and an empty
        // report would read as "nothing fails".
        let run = try CLI.run(["check", "--sites", "sites"], in: fixture.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: ไม่พบเว็บไซต์ใน 'sites'") && run.stderr.contains("\n    no site in 'sites'"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let missing = try CLI.run(["build", "--sites", "nowhere", "--output", "out"], in: fixture.root)
        #expect(missing.status == 2 && missing.stderr.contains("'nowhere' does not exist"))
    }

    @Test func shardsPartitionTheSitesAndMergeBackToTheWholeReport() throws {
        let fixture = SitesFixture()
        for name in ["e", "a", "d", "b", "c"] { fixture.addDemo("agency-" + name) }
        fixture.breakExecutives("agency-d")
        let folder = try SitesFolder.scan(fixture.sites).get()
        let all = folder.sites.map(\.name)
        #expect(all == ["agency-a", "agency-b", "agency-c", "agency-d", "agency-e"])
        for n in 1...6 {
            let shares = (1...n).map { folder.sites(in: Shard(index: $0, count: n)!).map(\.name) }
            #expect(shares.flatMap { $0 }.sorted() == all, "\(n) shards cover every site once")
            #expect(shares.map(\.count).max()! - shares.map(\.count).min()! <= 1)
        }
        #expect(folder.sites(in: Shard(index: 2, count: 3)!).map(\.name) == ["agency-b", "agency-e"])

        let whole = try report(fixture).text
        var shardFiles: [String] = []
        for k in [3, 1, 2] {
            var options = Self.options
            options.shard = Shard(index: k, count: 3)
            let text = try report(fixture, options: options).text
            #expect((try json(text)["shard"] as? [String: Int]) == ["index": k, "count": 3])
            let file = fixture.root + "/shard-\(k).json"
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            shardFiles.append(file)
        }
        let merged = Collected()
        let summary = try SitesMerge.merge(shardFiles, write: { merged.append($0) }).get()
        #expect(merged.text == whole, "the merged shards are the same bytes as one run over all the sites")
        #expect(summary.sites == 5 && summary.failing == 1)

        // On the command line too.
        let cli = try CLI.run(["report", "merge"] + shardFiles, in: fixture.root)
        #expect(cli.status == 0)
        #expect(cli.stdout == whole)
    }

    @Test func mergeRefusesReportsThatDoNotBelongTogether() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        fixture.addDemo("agency-b")
        func save(_ name: String, _ options: SitesCheckOptions) throws -> String {
            let file = fixture.root + "/" + name
            try Data(try report(fixture, options: options).text.utf8).write(to: URL(fileURLWithPath: file))
            return file
        }
        var options = Self.options
        options.shard = Shard(index: 1, count: 2)
        let first = try save("1.json", options)
        options.shard = Shard(index: 2, count: 2)
        let second = try save("2.json", options)
        options.asOf = CalendarDate(year: 2025, month: 8, day: 31)!
        let otherDay = try save("2-other-day.json", options)
        options = Self.options
        options.shard = Shard(index: 2, count: 3)
        let otherSplit = try save("2-of-3.json", options)

        func refusal(_ files: [String]) -> String? {
            if case .failure(let error) = SitesMerge.merge(files, write: { _ in }) { return error.message }
            return nil
        }
        #expect(refusal([first, otherDay])?.contains("audits ITA 2568 as of 2025-08-31, but") == true)
        #expect(refusal([first])?.contains("shard(s) 2/2 missing") == true)
        #expect(refusal([first, first])?.contains("is in two reports") == true)
        #expect(refusal([first, otherSplit])?.contains("different splits") == true)
        #expect(refusal([first, second]) == nil)
        // A single site's report is not a report over many sites.
        let single = fixture.root + "/single.json"
        let (one, _) = SiteChecker.check(CheckOptions(source: fixture.sites + "/agency-a", asOf: Self.asOf, useCache: false))
        let oneReport = try #require(one)
        try Data(ReportFormat.json.render(oneReport).utf8).write(to: URL(fileURLWithPath: single))
        #expect(refusal([single])?.contains("'sitegen-oit-report/1' document") == true)
        let run = try CLI.run(["report", "merge", first, otherDay], in: fixture.root)
        #expect(run.status == 2 && run.stdout.isEmpty && run.stderr.contains("hint: Merge only the shards of one run"))
    }

    @Test func csvHasOneRowPerSiteAndItem() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        fixture.addDemo("agency-b")
        fixture.breakExecutives("agency-b")
        let csv = try report(fixture, format: .csv).text
        #expect(csv.hasPrefix("site,title,item,status,has,urls,reason\n"))
        let rows = csv.split(separator: "\n").filter { $0.hasPrefix("agency-") }
        #expect(rows.filter { $0.hasPrefix("agency-a,") }.count == 28)
        #expect(rows.filter { $0.hasPrefix("agency-b,") }.count == 28)
        #expect(csv.contains("\nagency-a,องค์การบริหารส่วนตำบลทุ่งทองพัฒนา,o2,pass,มี,https://thungthong.example/about/executives/,\n"))
        let failing = try #require(rows.first { $0.hasPrefix("agency-b,องค์การบริหารส่วนตำบลทุ่งทองพัฒนา,o2,") })
        #expect(failing.contains(",o2,fail,ไม่มี,"))
        #expect(failing.contains("executives.yaml"))
        // URLs of one item share a quoted cell, one a line.
        #expect(csv.contains(",o1,pass,มี,\"https://thungthong.example/about/structure/\nhttps://thungthong.example/about/powers/\","))
        #expect(csv.hasSuffix("\nthemes,,,skipped,,,\"the themes shared by the sites, not a site\"\n"))
    }

    @Test func textIsATableOfSitesThenTheFailuresPerItem() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        fixture.addDemo("agency-b")
        fixture.breakExecutives("agency-b")
        let text = try report(fixture, format: .text).text
        #expect(text.hasPrefix("OIT ITA 2568 — 2 site(s) of \(fixture.sites) — as of 2025-09-30"))
        #expect(text.contains("\n  pass   fail verify errors  site\n    27      0      1      0  agency-a  องค์การบริหารส่วนตำบลทุ่งทองพัฒนา\n"))
        #expect(text.contains("\n    26      1      1      1  agency-b  "))
        #expect(text.contains("\n  o2        1 fail      0 verify  ข้อมูลผู้บริหาร\n"))
        #expect(text.hasSuffix("2 site(s): 1 failing (an item fails, or content errors), 1 with content errors, 2 with an item to verify; 1 folder(s) skipped\n"))
    }

    @Test func everySiteIsAuditedForOneYearAndAPinnedYearIsWarnedOf() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        fixture.addDemo("agency-b")
        // The demo pins no year; agency-a pins 2568.
        #expect(fixture.replace("agency-a/site.yaml", "language: th\n", with: "language: th\nita_year: 2568\n"))
        // On 1 December 2025 fiscal year 2569 is in progress: both sites are audited for it.
        var options = SitesCheckOptions(asOf: CalendarDate(year: 2025, month: 12, day: 1)!)
        var doc = try json(try report(fixture, options: options).text)
        #expect(doc["ita_year"] as? Int == 2569)
        var sites = try #require(doc["sites"] as? [[String: Any]])
        func warnings(_ site: [String: Any]) -> [String] {
            ((site["report"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []).compactMap { $0["en"] as? String }
        }
        #expect(sites.allSatisfy { ($0["report"] as? [String: Any])?["ita_year"] as? Int == 2569 })
        #expect(warnings(sites[0]).contains { $0.hasPrefix("site.yaml pins ita_year: 2568") })
        #expect(!warnings(sites[1]).contains { $0.contains("pins ita_year") })
        // --ita-year: every site for that year; the site pinning it is not warned, the other is
        // told that the year is not the one in progress (as a single check says).
        options.itaYear = 2568
        doc = try json(try report(fixture, options: options).text)
        sites = try #require(doc["sites"] as? [[String: Any]])
        #expect(doc["ita_year"] as? Int == 2568)
        #expect(!warnings(sites[0]).contains { $0.contains("pins ita_year") })
        #expect(warnings(sites[1]).contains { $0.hasPrefix("auditing ITA 2568, which is not the assessment in progress") })
    }

    /// A result resting on a provisional item list says so in every format of a run over many
    /// sites, as the single-site report does: a province must not read provisional verdicts as
    /// the NACC's. On 6 December 2026 ITA 2570 is in progress and no list of it is known: the
    /// provisional ITA 2569 list is applied. ITA 2568's official list gives no such notice.
    @Test func provisionalResultsAreSaidInEveryFormat() throws {
        let fixture = SitesFixture.threeWithOneBroken()
        let provisional = SitesCheckOptions(asOf: CalendarDate(year: 2026, month: 12, day: 6)!)
        let doc = try json(try report(fixture, options: provisional).text)
        let sites = try #require(doc["sites"] as? [[String: Any]])
        let withReport = sites.filter { $0["report"] is [String: Any] }
        #expect(withReport.count >= 2)
        #expect(withReport.allSatisfy { (($0["report"] as? [String: Any])?["catalogue"] as? [String: Any])?["status"] as? String == "provisional" })
        let n = withReport.count
        let (text, result) = try report(fixture, format: .text, options: provisional)
        #expect(result.summary.provisional == n)
        #expect(text.hasSuffix("\n\n!! ผลของ \(n) จาก 3 แห่งเป็นผลเบื้องต้น: รายการข้อ OIT ที่ใช้ตรวจไม่ใช่รายการทางการของ ป.ป.ช. สำหรับ ITA 2570 (รายงานของแต่ละแห่งบอกเหตุผล)\n"
                               + "   the results of \(n) of 3 site(s) are provisional: the OIT item list applied is not the NACC's official list for ITA 2570 (each site's report says why)\n"))
        // CSV: each site's warnings come before its items.
        let csv = try report(fixture, format: .csv, options: provisional).text.split(separator: "\n").map(String.init)
        for site in withReport {
            let path = try #require(site["path"] as? String)
            let rows = csv.filter { $0.hasPrefix(path + ",") }
            #expect(rows.count == 26 + 2 && rows.prefix(2).allSatisfy { $0.contains(",,warning,,,") } && rows[0].contains("ยังไม่มีรายการข้อ OIT ของ ITA 2570"))
        }
        // The dashboard, from check and from its JSON report alike.
        let check = ["check", "--sites", "sites", "--as-of", "2026-12-06"]
        _ = try CLI.run(check + ["--format", "html", "--output", "direct"], in: fixture.root)
        let index = try String(contentsOfFile: fixture.root + "/direct/index.html", encoding: .utf8)
        #expect(index.contains("<p class=\"notice\"><strong>ผลเบื้องต้น:</strong> ผลของ \(n) จาก 3 แห่งเป็นผลเบื้องต้น"))
        let run = try CLI.run(check + ["--format", "json"], in: fixture.root)
        #expect(run.stderr.contains("; \(n) provisional (the item list is not the NACC's official one)"))
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: fixture.root + "/all.json"))
        #expect(try CLI.run(["report", "dashboard", "all.json", "--output", "joined"], in: fixture.root).status == 0)
        #expect(TemporarySite.snapshot(fixture.root + "/joined") == TemporarySite.snapshot(fixture.root + "/direct"))

        // The official ITA 2568 list: no notice, no warning rows.
        let (official, officialResult) = try report(fixture, format: .text)
        #expect(officialResult.summary.provisional == 0 && !official.contains("!!"))
        #expect(!(try report(fixture, format: .csv).text.contains(",warning,")))
    }

    @Test func shardArgumentsAreChecked() throws {
        #expect(Shard(index: 0, count: 3) == nil && Shard(index: 4, count: 3) == nil && Shard(index: 1, count: 0) == nil)
        #expect((try? Shard.parse("2/8").get()) == Shard(index: 2, count: 8))
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2"] {
            guard case .failure = Shard.parse(bad) else {
                Issue.record("--shard \(bad) was accepted")
                continue
            }
        }
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        for arguments in [["check", "--sites", "sites", "--shard", "0/3"], ["check", "--sites", "sites", "--source", "sites/agency-a"],
                          ["check", "--sites", "sites", "--format", "html"], ["check", "--format", "html"],
                          ["check", "--shard", "1/2"], ["build", "--sites", "sites"], ["build", "--sites", "sites", "--output", "sites/out"],
                          ["build", "--sites", "sites", "--output", "out", "--base-url", "https://x.example/"]] {
            let run = try CLI.run(arguments, in: fixture.root)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.isEmpty)
        }
    }

    @Test func theExitCodeSaysWhetherAnySiteFails() throws {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        let passing = try CLI.run(["check", "--sites", "sites", "--as-of", "2025-09-30"], in: fixture.root)
        #expect(passing.status == 0, "\(passing.stderr)")
        #expect(passing.stderr.contains("check --sites: ITA 2568 as of 2025-09-30: 1 site(s), 0 failing"))
        // --strict: an item to verify (o10) fails the run.
        #expect(try CLI.run(["check", "--sites", "sites", "--as-of", "2025-09-30", "--strict"], in: fixture.root).status == 1)
        fixture.addDemo("agency-b")
        fixture.breakExecutives("agency-b")
        let failing = try CLI.run(["check", "--sites", "sites", "--as-of", "2025-09-30", "--format", "csv"], in: fixture.root)
        #expect(failing.status == 1)
        // The error is named from the sites folder, with its hint.
        #expect(failing.stderr.contains("agency-b: 1 content error(s), the first: agency-b/data/executives.yaml:3:1: error: the YAML is malformed"))
        #expect(failing.stderr.contains("    hint: "))
        // Not a terminal: no progress line.
        #expect(!failing.stderr.contains("\r"))
        let verbose = try CLI.run(["check", "--sites", "sites", "--as-of", "2025-09-30", "--verbose"], in: fixture.root)
        #expect(verbose.stderr.contains("agency-a: ผ่าน 27 ไม่ผ่าน 0 ต้องตรวจสอบ 1\n    agency-a: pass 27, fail 0, verify 1\n"))
        // Thai first for the run's own lines and for each site's errors (a Thai site's).
        #expect(failing.stderr.contains("agency-b: ข้อมูลผิดพลาด 1 รายการ รายการแรก: agency-b/data/executives.yaml:3:1: error: YAML เขียนไม่ถูกต้อง"))
        #expect(verbose.stderr.contains("  agency-b/data/executives.yaml:3:1: error: YAML เขียนไม่ถูกต้อง"))
        #expect(verbose.stderr.contains("\n    the YAML is malformed") && verbose.stderr.contains("\n    คำแนะนำ: "))
    }

    @Test func theOrderedPoolKeepsOrderAndHoldsABoundedWindow() {
        let items = Array(0..<200)
        let log = Collected()
        let running = Counter()
        let emitted = Counter()
        let ahead = Counter()
        OrderedPool.run(items, window: 5, { i -> Int in
            running.enter()
            // No item starts 5 places or more ahead of the next one to emit.
            ahead.record(i - emitted.total)
            usleep(UInt32((i * 7919) % 5) * 300)
            running.leave()
            return i * 2
        }, emit: { index, value in
            log.append("\(index):\(value),")
            emitted.add()
        })
        #expect(log.text == items.map { "\($0):\($0 * 2)," }.joined())
        #expect(running.maximum <= Parallel.width)
        #expect(ahead.maximum < 5)
    }
}

/// Text collected from closures that may run on other threads (one at a time).
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    func append(_ s: String) {
        lock.lock()
        parts.append(s)
        lock.unlock()
    }
    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return parts.joined()
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var count = 0
    private(set) var maximum = 0
    func record(_ value: Int) {
        lock.lock()
        maximum = max(maximum, value)
        lock.unlock()
    }
    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    var total: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
    func enter() {
        lock.lock()
        current += 1
        maximum = max(maximum, current)
        lock.unlock()
    }
    func leave() {
        lock.lock()
        current -= 1
        lock.unlock()
    }
}
