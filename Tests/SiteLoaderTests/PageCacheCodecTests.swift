import Caching
import SiteLoader
import SiteModel
import Testing
import ThaiText

@Suite struct PageCacheCodecTests {
    func sample() -> [String: CachedPage] {
        var fm = FrontMatter(title: "ข่าว \"ทดสอบ\"", description: "คำอธิบาย", date: CalendarDate(year: 2025, month: 2, day: 28),
                             updated: nil, draft: true, weight: -3, aliases: ["/old/", "/เก่า/"], oit: ["o4", "o10"],
                             attachments: [AttachmentRef(file: "files/a.pdf", title: "ไฟล์", line: 7, field: nil)],
                             slug: "news-1", menu: .footer, layout: nil, data: "procurement/2568")
        fm.lines = ["title": 2, "date": 4]
        let page = Page(sourcePath: "news/a.md", kind: .page, url: "/news/news-1/", section: "news", frontMatter: fm,
                        body: "ไม่ถูกเก็บ", bodyLine: 12, modified: CalendarDate(year: 2024, month: 10, day: 1))
        let plain = Page(sourcePath: "index.md", kind: .home, url: "/", section: "", frontMatter: FrontMatter(title: "หน้าแรก"),
                         body: "", bodyLine: 4, modified: nil)
        let warning = Diagnostic(.warning, file: "news/a.md", line: 20, column: nil, field: "body", message: "ข้อความ", hint: nil)
        return ["news/a.md": CachedPage(stamp: FileStamp(size: 1234, modified: 1_700_000_000_123_456_789, inode: 42), page: page,
                                        diagnostics: [warning]),
                "index.md": CachedPage(stamp: .unknown, page: plain, diagnostics: [])]
    }

    @Test func aCacheReadsBackAsItWasWrittenWithoutBodies() throws {
        let bytes = PageCacheCodec.encode(sample(), tool: "t1")
        let decoded = try #require(PageCacheCodec.decode(bytes, tool: "t1"))
        #expect(decoded.keys.sorted() == ["index.md", "news/a.md"])
        for (path, entry) in sample() {
            let back = try #require(decoded[path])
            #expect(back.page == entry.page)
            #expect(back.page.body == "")
            #expect(back.stamp == entry.stamp)
            #expect(back.diagnostics == entry.diagnostics)
        }
    }

    @Test func aDamagedOrForeignCacheIsRefused() {
        let bytes = PageCacheCodec.encode(sample(), tool: "t1")
        #expect(PageCacheCodec.decode(bytes, tool: "t2") == nil)
        for cut in [0, 7, 8, bytes.count / 2, bytes.count - 1] {
            #expect(PageCacheCodec.decode(Array(bytes[..<cut]), tool: "t1") == nil)
        }
        #expect(PageCacheCodec.decode(bytes + [0], tool: "t1") == nil)
        // Any byte damaged, lengths and counts included: never a crash (the result may still decode).
        for i in stride(from: 0, to: bytes.count, by: 3) {
            var damaged = bytes
            damaged[i] ^= 0xFF
            _ = PageCacheCodec.decode(damaged, tool: "t1")
        }
    }
}
