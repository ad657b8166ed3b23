@testable import Caching
import Foundation
@testable import SiteLoader
import SiteModel
import TestSupport
import Testing
import ThaiText

/// The data part of the build cache (`DataCache`): what reading a CSV table gave is kept with the
/// table's stamp, reused while the table is unchanged, and never trusted otherwise.
@Suite struct DataCacheTests {
    static let header = "egp_number,title,budget,reference_price,method,status,bidders,contractor,contract_number,contract_date,contract_value,month,reason\n"

    /// Rows with something to say about most of them: warnings, errors, a row with too many
    /// cells, every kind of budget.
    static let rows = """
        67129046118,ก่อสร้างถนน คสล. หมู่ที่ 7,"897,000","893,400.50",e-bidding,ลงนามสัญญาแล้ว,"บริษัท ก จำกัด 815,000; หจก.ข 842,000",บริษัท ก จำกัด,สัญญา 1/2568,2567-12-20,"815,000",2024-12,เสนอราคาต่ำสุด
        ,จัดซื้อน้ำมันเชื้อเพลิง,"45,000",,เฉพาะเจาะจง,เบิกจ่ายแล้ว,"หจก.พนมทวนปิโตรเลียม 48,640",หจก.พนมทวนปิโตรเลียม,ใบสั่งซื้อ 1/2568,2024-10-02,"48,640",2024-10,
        ,ซื้อวัสดุสำนักงาน,ไม่ใช้งบประมาณ,,เฉพาะเจาะจง,อยู่ระหว่างดำเนินการ,,,,,,2567-11,
        ,จ้างซ่อมรถ,ไม่ระบุ,,e-market,ยกเลิก,,,,,,2024-11,
        ,ซื้อโต๊ะ,"12,000",,วิธีพิเศษ,เบิกจ่ายแล้ว,,,,,,2024-11,
        ,ซื้อเก้าอี้,"-5",,เฉพาะเจาะจง,ส่งมอบงานแล้ว,ร้าน ก,,,2024-02-30,,2024-12,
        ,ซื้อกระดาษ,"1,000",,เฉพาะเจาะจง,เบิกจ่ายแล้ว,,ร้าน ข,,,"1,000",2024-12,,เกิน
        ,ซื้อหมึก,"2,000",,เฉพาะเจาะจง,เบิกจ่ายแล้ว,,ร้าน ค,,,"2,000",2025-12,

        """

    static let yaml = """
        kind: procurement
        fiscal_year: 2568
        items_csv: data/procurement/2568-items.csv
        monthly:
          - month: 2024-10
          - month: 2025-01
          - month: 2024-10
            none: true
        """

    func site(rows: String = DataCacheTests.rows) -> TemporarySite {
        let site = TemporarySite()
        site.write("data/procurement/2568.yaml", Self.yaml)
        site.write("data/procurement/2568-items.csv", Self.header + rows)
        site.settle()
        return site
    }

    func cache(_ site: TemporarySite, tool: String = "test-tool") -> DataCache {
        DataCache(folder: site.content + "/.sitegen-cache", tool: tool)
    }

    func entries(_ site: TemporarySite) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: site.content + "/.sitegen-cache")) ?? [])
            .filter { $0.hasPrefix("csv-") }
    }

    typealias Loaded = (items: [ProcurementItem]?, diagnostics: [Diagnostic])

    func load(_ site: TemporarySite, cache: DataCache?) -> Loaded {
        let (data, diagnostics) = DataFolderLoader.load(siteRoot: site.content, dataCache: cache)
        return ((data["procurement/2568"] as? Procurement)?.items, diagnostics)
    }

    /// Makes the recorded entry of the site's table say something else, so a test can tell a
    /// reading from the cache from a reading of the table.
    func forgeEntry(_ site: TemporarySite, titled title: String) throws {
        let path = "data/procurement/2568-items.csv"
        let stamp = try #require(FileStamp.of(site.content + "/" + path))
        let item = ProcurementItem(source: SourceRef(file: path, line: 2), title: title, budget: .noBudget,
                                   method: .specific, status: .inProgress, month: YearMonth(year: 2024, month: 10)!)
        let key = CSVItemsCodec.Key(tool: "test-tool", kind: CSVItemsCodec.procurementKind, path: path, fiscalYear: 2568)
        let name = DataCache.fileName(kind: key.kind, path: path)
        let bytes = CSVItemsCodec.encode(CSVItemsRead(items: [item], diagnostics: []), key: key, stamp: stamp)
        try Data(bytes).write(to: URL(fileURLWithPath: site.content + "/.sitegen-cache/" + name))
    }

    @Test func aCachedReadingGivesTheSameItemsAndProblemsAsParsing() throws {
        let site = site()
        let fresh = load(site, cache: nil)
        #expect(fresh.items?.count == 6)
        #expect(fresh.diagnostics.contains { $0.severity == .warning })
        #expect(fresh.diagnostics.contains { $0.severity == .error && $0.file == "data/procurement/2568-items.csv" })
        #expect(fresh.diagnostics.contains { $0.file == "data/procurement/2568.yaml" })
        let cold = load(site, cache: cache(site))
        #expect(entries(site).count == 1)
        let warm = load(site, cache: cache(site))
        for run in [cold, warm] {
            #expect(run.items == fresh.items)
            #expect(run.diagnostics == fresh.diagnostics)
        }
        // The warm run did read the entry: a forged one is believed while the table keeps its stamp.
        try forgeEntry(site, titled: "จากแคช")
        #expect(load(site, cache: cache(site)).items?.map(\.title) == ["จากแคช"])
    }

    @Test func aTableThatCannotBeUsedIsCachedWithItsProblems() throws {
        let site = TemporarySite()
        site.write("data/procurement/2568.yaml", Self.yaml)
        site.write("data/procurement/2568-items.csv", "title,methd,status\nก,ข,ค\n")
        site.settle()
        let fresh = load(site, cache: nil)
        #expect(fresh.items == [])
        #expect(fresh.diagnostics.contains { $0.message.contains("unknown column 'methd'") })
        // Without items, months without any are not reported.
        #expect(!fresh.diagnostics.contains { $0.message.contains("no item is listed") })
        _ = load(site, cache: cache(site))
        #expect(entries(site).count == 1)
        let warm = load(site, cache: cache(site))
        #expect(warm.items == fresh.items && warm.diagnostics == fresh.diagnostics)
    }

    @Test func aChangedTableIsReadAgainEvenAtTheSameSize() throws {
        let site = site()
        let csv = site.content + "/data/procurement/2568-items.csv"
        let original = try Data(contentsOf: URL(fileURLWithPath: csv))
        let past = Date().addingTimeInterval(-60)
        _ = load(site, cache: cache(site))
        // Same size, same inode, another (settled) modification time.
        try forgeEntry(site, titled: "จากแคช")
        let edited = Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\"45,000\"", with: "\"46,000\"").utf8)
        #expect(edited.count == original.count)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: csv))
        try handle.write(contentsOf: edited)
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: past.addingTimeInterval(-5)], ofItemAtPath: csv)
        let afterEdit = load(site, cache: cache(site))
        #expect(afterEdit.items?.contains { $0.budget == .amount(Money(baht: 46_000)) } == true)
        #expect(afterEdit.items == load(site, cache: nil).items)

        // Same size, same modification time, another inode (the file replaced by a rename).
        try forgeEntry(site, titled: "จากแคช")
        let stamp = try #require(FileStamp.of(csv))
        let replacement = csv + ".new"
        try original.write(to: URL(fileURLWithPath: replacement))
        #expect(rename(replacement, csv) == 0)
        try FileManager.default.setAttributes([.modificationDate: past.addingTimeInterval(-5)], ofItemAtPath: csv)
        let replaced = try #require(FileStamp.of(csv))
        #expect(replaced.size == stamp.size && replaced.modified == stamp.modified && replaced.inode != stamp.inode)
        let afterReplace = load(site, cache: cache(site))
        #expect(afterReplace.items?.contains { $0.title == "จัดซื้อน้ำมันเชื้อเพลิง" } == true)
        #expect(afterReplace.items == load(site, cache: nil).items)
        #expect(afterReplace.diagnostics == load(site, cache: nil).diagnostics)
    }

    @Test func aTableChangedWithinTheLastSecondIsNotRecorded() throws {
        let site = TemporarySite()
        site.write("data/procurement/2568.yaml", Self.yaml)
        site.write("data/procurement/2568-items.csv", Self.header + Self.rows)
        let fresh = load(site, cache: nil)
        #expect(load(site, cache: cache(site)).items == fresh.items)
        #expect(entries(site).isEmpty)
        site.settle()
        _ = load(site, cache: cache(site))
        #expect(entries(site).count == 1)
    }

    @Test func anotherToolOrFiscalYearDoesNotUseTheEntry() throws {
        let site = site()
        _ = load(site, cache: cache(site))
        try forgeEntry(site, titled: "จากแคช")
        let fresh = load(site, cache: nil)
        #expect(load(site, cache: cache(site, tool: "another-tool")).items == fresh.items)
        try forgeEntry(site, titled: "จากแคช")
        site.write("data/procurement/2568.yaml", Self.yaml.replacingOccurrences(of: "fiscal_year: 2568", with: "fiscal_year: 2567"))
        site.settle()
        let otherYear = load(site, cache: cache(site))
        #expect(otherYear.items?.contains { $0.title == "จากแคช" } == false)
        #expect(otherYear.diagnostics.contains { $0.message.contains("outside fiscal year 2567") })
    }

    @Test func aDamagedEntryFallsBackToParsingAndIsRewritten() throws {
        let site = site()
        let fresh = load(site, cache: nil)
        _ = load(site, cache: cache(site))
        let name = try #require(entries(site).first)
        let file = site.content + "/.sitegen-cache/" + name
        let whole = try Data(contentsOf: URL(fileURLWithPath: file))
        var flipped = whole
        flipped[whole.count / 2] ^= 0x20
        for damaged in [Data(), whole.prefix(9), whole.prefix(whole.count - 1), whole + Data([0]), flipped, Data("{\"key\": 1, broken".utf8)] {
            try damaged.write(to: URL(fileURLWithPath: file))
            let run = load(site, cache: cache(site))
            #expect(run.items == fresh.items)
            #expect(run.diagnostics == fresh.diagnostics)
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == whole)
        }
    }

    @Test func entriesOfTablesNoLongerReadAreRemoved() throws {
        let site = site()
        let dataCache = cache(site)
        _ = load(site, cache: dataCache)
        dataCache.prune()
        let before = entries(site)
        #expect(before.count == 1)
        try FileManager.default.moveItem(atPath: site.content + "/data/procurement/2568-items.csv",
                                         toPath: site.content + "/data/procurement/items.csv")
        site.write("data/procurement/2568.yaml", Self.yaml.replacingOccurrences(of: "2568-items.csv", with: "items.csv"))
        site.settle()
        let again = cache(site)
        _ = load(site, cache: again)
        again.prune()
        let after = entries(site)
        #expect(after.count == 1 && after != before)
    }
}

/// The binary form of one reading (`CSVItemsCodec`).
@Suite struct CSVItemsCodecTests {
    static let key = CSVItemsCodec.Key(tool: "t1", kind: CSVItemsCodec.procurementKind, path: "data/p/2568-items.csv", fiscalYear: 2568)
    static let stamp = FileStamp(size: 6_003_771, modified: 1_700_000_000_123_456_789, inode: 4242)

    static func sample() -> CSVItemsRead {
        let path = key.path
        let full = ProcurementItem(
            source: SourceRef(file: path, line: 2), egpNumber: "67129046118", title: "ก่อสร้างถนน \"คสล.\" หมู่ที่ ๗",
            budget: .amount(Money(satang: 89_700_000)), referencePrice: Money(satang: 89_340_050), method: .eBidding,
            status: .contracted, bidders: [Bidder(name: "บริษัท ก จำกัด", price: Money(satang: 81_500_000)),
                                           Bidder(name: "หจก.ข", price: Money(satang: 84_200_000))],
            contractor: "บริษัท ก จำกัด", contractNumber: "สัญญา 1/2568", contractDate: CalendarDate(year: 2024, month: 12, day: 20),
            contractValue: Money(satang: 81_500_000), month: YearMonth(year: 2024, month: 12)!, reason: "เสนอราคาต่ำสุด")
        let bare = ProcurementItem(source: SourceRef(file: "data/p/other.yaml", line: nil), title: "", budget: .noBudget,
                                   method: .priceInquiry, status: .cancelled, month: YearMonth(year: 2025, month: 9)!)
        let unstated = ProcurementItem(source: SourceRef(file: path, line: 9), title: "ซื้อ", budget: .notStated,
                                       method: .specific, status: .paid, month: YearMonth(year: 2024, month: 10)!)
        let diagnostics = [
            Diagnostic.warning("the year 2567 looks like a Buddhist-era year; it was read as 2024 C.E.", file: path, line: 2,
                               column: 10, field: "contract_date", hint: "Dates in data files use the Christian era."),
            Diagnostic.error("the CSV file is empty.", file: path, line: 1),
            Diagnostic(.error, file: nil, message: "ไม่มีไฟล์"),
        ]
        return CSVItemsRead(items: [full, bare, unstated], diagnostics: diagnostics)
    }

    @Test func aReadingRoundTrips() throws {
        for read in [Self.sample(), CSVItemsRead(items: nil, diagnostics: Self.sample().diagnostics),
                     CSVItemsRead(items: [], diagnostics: [])] {
            let bytes = CSVItemsCodec.encode(read, key: Self.key, stamp: Self.stamp)
            let back = try #require(CSVItemsCodec.decode(bytes, key: Self.key, stamp: Self.stamp))
            #expect(back == read)
        }
    }

    @Test func textsKeepTheirBytes() throws {
        // The same characters in two spellings (composed, and a letter with a combining mark):
        // equal as Strings, but what the table holds, byte for byte, is what is reported.
        let titles = ["caf\u{E9}", "cafe\u{301}", "ก"]
        let items = titles.map {
            ProcurementItem(source: SourceRef(file: Self.key.path, line: 2), title: $0, budget: .notStated, method: .specific,
                            status: .inProgress, month: YearMonth(year: 2024, month: 10)!)
        }
        let read = CSVItemsRead(items: items, diagnostics: [])
        let back = try #require(CSVItemsCodec.decode(CSVItemsCodec.encode(read, key: Self.key, stamp: Self.stamp),
                                                     key: Self.key, stamp: Self.stamp))
        #expect(back.items?.map { Array($0.title.utf8) } == titles.map { Array($0.utf8) })
    }

    @Test func anEntryForAnotherKeyOrStampIsRefused() {
        let bytes = CSVItemsCodec.encode(Self.sample(), key: Self.key, stamp: Self.stamp)
        var others: [CSVItemsCodec.Key] = []
        for change in 0..<4 {
            var k = Self.key
            switch change {
            case 0: k.tool = "t2"
            case 1: k.kind = "other-items"
            case 2: k.path = "data/p/2567-items.csv"
            default: k.fiscalYear = -1
            }
            others.append(k)
        }
        for k in others { #expect(CSVItemsCodec.decode(bytes, key: k, stamp: Self.stamp) == nil) }
        let stamps = [FileStamp(size: Self.stamp.size + 1, modified: Self.stamp.modified, inode: Self.stamp.inode),
                      FileStamp(size: Self.stamp.size, modified: Self.stamp.modified + 1, inode: Self.stamp.inode),
                      FileStamp(size: Self.stamp.size, modified: Self.stamp.modified, inode: Self.stamp.inode + 1),
                      .unknown]
        for s in stamps { #expect(CSVItemsCodec.decode(bytes, key: Self.key, stamp: s) == nil) }
    }

    @Test func aDamagedEntryIsRefusedWithoutCrashing() {
        let bytes = CSVItemsCodec.encode(Self.sample(), key: Self.key, stamp: Self.stamp)
        for cut in [0, 7, 8, 40, bytes.count / 2, bytes.count - 1] {
            #expect(CSVItemsCodec.decode(Array(bytes[..<cut]), key: Self.key, stamp: Self.stamp) == nil)
        }
        #expect(CSVItemsCodec.decode(bytes + [0], key: Self.key, stamp: Self.stamp) == nil)
        // Any one byte damaged, in the header or the body: refused (the checksum covers the body).
        for i in 0..<bytes.count {
            var damaged = bytes
            damaged[i] ^= 0x5A
            #expect(CSVItemsCodec.decode(damaged, key: Self.key, stamp: Self.stamp) == nil, "byte \(i)")
        }
    }
}
