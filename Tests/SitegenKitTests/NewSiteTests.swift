import Audit
import Foundation
import Province
import SitegenKit
import SiteLoader
import SiteModel
import Starter
import TestSupport
import Testing
import ThaiText

/// `sitegen new`: a folder that builds at once, lists every OIT item as work to do, and holds
/// nothing of the demo agency.
@Suite struct NewSiteTests {
    static let date = CalendarDate(year: 2026, month: 12, day: 6)!
    let cli = CommandLineTests()

    func newSite(_ arguments: [String] = ["--name", "บ้านหนองน้ำใส", "--type", "อบต.", "--province", "ขอนแก่น",
                                          "--district", "เมืองขอนแก่น", "--subdistrict", "หนองน้ำใส"]) throws -> (TemporarySite, String) {
        let holder = TemporarySite(config: nil)
        let r = try cli.run(["new", "agency"] + arguments, in: holder.root)
        #expect(r.status == 0, "\(r.stderr)")
        return (holder, holder.root + "/agency")
    }

    @Test func theNewSiteBuildsAtOnceWithoutWarnings() throws {
        let (holder, folder) = try newSite()
        defer { withExtendedLifetime(holder) {} }
        let yaml = try String(contentsOfFile: folder + "/content/site.yaml", encoding: .utf8)
        #expect(yaml.contains("title: \"องค์การบริหารส่วนตำบลบ้านหนองน้ำใส\""))
        #expect(yaml.contains("short_title: \"อบต.บ้านหนองน้ำใส\""))
        #expect(yaml.contains("province: \"ขอนแก่น\""))
        let build = try cli.run(["build"], in: folder, environment: ["SITEGEN_PAGEFIND": "off"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("warning") && !build.stdout.contains("warning"), "\(build.stderr)")
        let home = try String(contentsOfFile: folder + "/public/index.html", encoding: .utf8)
        #expect(home.contains("องค์การบริหารส่วนตำบลบ้านหนองน้ำใส"))
        // The standard pages.
        for page in ["about/", "about/powers/", "about/structure/", "about/executives/", "contact/", "news/", "plans/",
                     "procurement/", "services/", "hr/", "complaints/", "participation/", "ita/", "privacy/", "accessibility/"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/public/" + page + "index.html"), "no page /\(page)")
        }
    }

    @Test func everyDatasetKindHasAStarterWhoseExampleIsNeverReadAsData() throws {
        let (holder, folder) = try newSite()
        defer { withExtendedLifetime(holder) {} }
        for kind in DatasetKinds.names {
            let path = folder + "/content/data/\(kind).yaml"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.hasPrefix("# sitegen starter: \(kind)\n"))
            #expect(text.contains("docs/data/\(kind).md") && text.contains("# kind: \(kind)"))
            #expect(!text.contains("{{"), "\(kind): a placeholder is left")
        }
        // Uncommented but still marked: a warning, and the example is neither published nor
        // evidence. Without the marker the same data is read.
        let executives = folder + "/content/data/executives.yaml"
        let text = try String(contentsOfFile: executives, encoding: .utf8)
        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let l = String(line)
            if l.hasPrefix("# kind:") || l.hasPrefix("# executives:") || l.hasPrefix("# council:") || l.hasPrefix("#   ") { return String(l.dropFirst(2)) }
            return l
        }.joined(separator: "\n")
        try Data(uncommented.utf8).write(to: URL(fileURLWithPath: executives))
        let (report, diagnostics) = SiteChecker.check(CheckOptions(source: folder + "/content", asOf: Self.date, useCache: false))
        #expect(diagnostics.contains { $0.severity == .warning && $0.file == "data/executives.yaml" && $0.line == 1 })
        let o2 = try #require(report?.results.first { $0.item.id == "o2" })
        #expect(o2.status == .fail && o2.reasons.contains { $0.file == "data/executives.yaml" })
        let unmarked = uncommented.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[1]
        try Data(unmarked.utf8).write(to: URL(fileURLWithPath: executives))
        let (_, after) = SiteChecker.check(CheckOptions(source: folder + "/content", asOf: Self.date, useCache: false))
        #expect(!after.contains { $0.file == "data/executives.yaml" && $0.line == 1 && $0.message.contains("starter") })
        let site = try #require(SiteLoader.load(siteRoot: folder + "/content").site)
        #expect(site.disclosures.starters["data/executives.yaml"] == nil && site.disclosures.starters.count == DatasetKinds.names.count - 1)
    }

    @Test func theFullNameIsMadeFromTheType() throws {
        for (type, title) in [("เทศบาลตำบล", "เทศบาลตำบลนาดี"), ("เทศบาลเมือง", "เทศบาลเมืองนาดี"), ("เทศบาลนคร", "เทศบาลนครนาดี"),
                              ("อบต.", "องค์การบริหารส่วนตำบลนาดี")] {
            let site = NewSite(name: "นาดี", agencyType: type, province: "ก", district: "ข", subdistrict: "ค")
            #expect(site.title == title)
            #expect(site.problems() == [])
        }
        #expect(!NewSite(name: "นาดี", agencyType: "อบจ.", province: "ก", district: "ข", subdistrict: "ค").problems().isEmpty)
        #expect(!NewSite(name: "เทศบาลตำบลนาดี", agencyType: "เทศบาลตำบล", province: "ก", district: "ข", subdistrict: "ค").problems().isEmpty)
        #expect(!NewSite(name: "", agencyType: "อบต.", province: "ก", district: "ข", subdistrict: "ค").problems().isEmpty)
    }

    @Test func namesThatLookLikeYAMLOrMarkdownStayText() throws {
        let (holder, folder) = try newSite(["--name", "*x\" #[ok](javascript:alert(1))", "--type", "เทศบาลตำบล",
                                       "--province", "ก: ข", "--district", "ค - [ง]", "--subdistrict", "{ง}"])
        defer { withExtendedLifetime(holder) {} }
        let build = try cli.run(["build"], in: folder, environment: ["SITEGEN_PAGEFIND": "off"])
        #expect(build.status == 0, "\(build.stderr)")
        let home = try String(contentsOfFile: folder + "/public/index.html", encoding: .utf8)
        #expect(!home.contains("href=\"javascript:") && home.contains("[ok](javascript:alert(1))"))
        #expect(home.contains("เทศบาลตำบล*x&quot; #[ok]"))
    }

    @Test func checkListsEveryItemAsWorkToDoNamingTheFile() throws {
        let (holder, folder) = try newSite()
        defer { withExtendedLifetime(holder) {} }
        let (report, diagnostics) = SiteChecker.check(CheckOptions(source: folder + "/content", asOf: Self.date, useCache: false))
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        let results = try #require(report).results
        #expect(results.count == report?.catalogue.items.count && !results.isEmpty)
        for result in results {
            #expect(result.status != .pass, "\(result.item.id) passes on a new site")
            let named = result.reasons.contains { reason in
                reason.file != nil || [reason.th, reason.en].contains { $0.contains("data/") || $0.contains("site.yaml") }
            }
            #expect(named, "\(result.item.id): no reason names a file: \(result.reasons.map(\.th))")
        }
        // A name ending in Latin letters or a bracket is not run into the Thai word after it.
        let thai = results.flatMap { $0.reasons.map(\.th) }
        #expect(thai.contains { $0.hasPrefix("ยังไม่ได้กรอกข้อมูลบริการออนไลน์ (E-Service) ใน data/") })
        #expect(!thai.contains { $0.range(of: #"[A-Za-z)]ใน"#, options: .regularExpression) != nil }, "\(thai)")
        // The command line says the same, with a non-zero exit.
        let check = try cli.run(["check", "--as-of", "2026-12-06"], in: folder, environment: ["SITEGEN_PAGEFIND": "off"])
        #expect(check.status == 1)
        #expect(!check.stdout.contains("PASS"))
    }

    @Test func theNewSiteHoldsNothingOfTheDemoAgency() throws {
        let (holder, folder) = try newSite()
        defer { withExtendedLifetime(holder) {} }
        let text = TemporarySite.snapshot(folder).values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        let demo = try String(contentsOfFile: TemporarySite.repository + "/content/site.yaml", encoding: .utf8)
        func value(_ key: String) -> String? {
            demo.split(separator: "\n").first { $0.hasPrefix(key + ":") }
                .map { $0.dropFirst(key.count + 1).split(separator: "#").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
        }
        var names = ["ทุ่งทอง", "thungthong", "พนมทวน", "กาญจนบุรี", "0-3400-0000"]
        for key in ["title", "short_title", "district", "subdistrict", "province"] { if let v = value(key), !v.isEmpty { names.append(v) } }
        // The demo's executives, by name.
        let executives = try String(contentsOfFile: TemporarySite.repository + "/content/data/executives.yaml", encoding: .utf8)
        for line in executives.split(separator: "\n") where line.contains("name:") {
            let name = line.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
            if name.count > 4 { names.append(name) }
        }
        #expect(names.count > 8)
        for name in names { #expect(!text.contains(name), "the new site holds '\(name)' of the demo") }
    }

    @Test func aNonEmptyFolderIsRefusedAndMissingOptionsAreNamed() throws {
        let holder = TemporarySite(config: nil)
        // content/ exists: not empty.
        let refused = try cli.run(["new", ".", "--name", "นาดี", "--type", "อบต.", "--province", "ก", "--district", "ข", "--subdistrict", "ค"],
                                  in: holder.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not empty"))
        #expect(!FileManager.default.fileExists(atPath: holder.root + "/content/site.yaml"))
        // Not a terminal: nothing is asked, the missing options are listed.
        let missing = try cli.run(["new", "x", "--name", "นาดี"], in: holder.root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--type, --province, --district, --subdistrict"))
        #expect(!FileManager.default.fileExists(atPath: holder.root + "/x"))
    }

    @Test func newSitesAreValidForCheckSites() throws {
        let holder = TemporarySite(config: nil)
        for (folder, name) in [("a", "นาดี"), ("b", "นาใต้")] {
            let r = try cli.run(["new", "sites/" + folder, "--name", name, "--type", "เทศบาลตำบล", "--province", "ก", "--district", "ข",
                                 "--subdistrict", name], in: holder.root)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let folder = try SitesFolder.scan(holder.root + "/sites").get()
        #expect(folder.sites.count == 2 && folder.skipped.isEmpty)
        let check = try cli.run(["check", "--sites", "sites", "--as-of", "2026-12-06", "--format", "csv"], in: holder.root,
                                environment: ["SITEGEN_PAGEFIND": "off"])
        #expect(check.status == 1, "\(check.stderr)")
        #expect(!check.stdout.contains(",pass,"))
        let build = try cli.run(["build", "--sites", "sites", "--output", "out"], in: holder.root, environment: ["SITEGEN_PAGEFIND": "off"])
        #expect(build.status == 0, "\(build.stderr)")
    }
}
