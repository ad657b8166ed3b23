import Caching
import SiteLoader
import SiteModel
@testable import SitegenKit
import Testing

/// The build state's binary form reads back exactly, and any cut or damage reads as no state
/// (the build then does all its work).
@Suite struct BuildStateCodecTests {
    static let state = BuildState(
        key: "sitegen/1/x\nsource=/s\nสาขา", themeFolder: "/themes/default",
        inputs: ["site/news/a.md": FileStamp(size: 120, modified: 1_700_000_000_123_456_789, inode: 42),
                 "site/ข่าว/ก.md": .unknown, "theme/templates/base.mustache": FileStamp(size: 0, modified: 1, inode: UInt64.max)],
        outputs: ["news/a/index.html": FileStamp(size: 5000, modified: 2, inode: 7)],
        firstParagraphs: ["news/a.md": "9f00a1b2", "ข่าว/ก.md": ""],
        auditedLines: ["ita/o1.md": "abc"],
        diagnostics: [.warning("หัวข้อซ้ำ", file: "news/a.md", line: 3, field: "title", hint: "แก้"), .error("x", file: nil)],
        pageCount: 12)

    static func same(_ a: BuildState, _ b: BuildState) -> Bool {
        a.key == b.key && a.themeFolder == b.themeFolder && a.inputs == b.inputs && a.outputs == b.outputs
            && a.firstParagraphs == b.firstParagraphs && a.auditedLines == b.auditedLines && a.diagnostics == b.diagnostics
            && a.pageCount == b.pageCount
    }

    @Test func readsBackWhatWasWritten() throws {
        let decoded = try #require(BuildState.decode(Self.state.encoded()))
        #expect(Self.same(decoded, Self.state))
        let empty = BuildState(key: "", themeFolder: "", inputs: [:], outputs: [:], firstParagraphs: [:], auditedLines: [:],
                               diagnostics: [], pageCount: 0)
        #expect(BuildState.decode(empty.encoded()).map { Self.same($0, empty) } == true)
    }

    @Test func everyCutAndAnyExtraByteReadsAsNoState() {
        let bytes = Self.state.encoded()
        for length in 0..<bytes.count {
            #expect(BuildState.decode(Array(bytes[..<length])) == nil, "cut at \(length)")
        }
        #expect(BuildState.decode(bytes + [0]) == nil)
        var wrongMagic = bytes
        wrongMagic[9] ^= 0x20
        #expect(BuildState.decode(wrongMagic) == nil)
    }

    @Test func damagedLengthsNeverCrash() {
        let bytes = Self.state.encoded()
        for i in stride(from: 0, to: bytes.count, by: 3) {
            var damaged = bytes
            damaged[i] = 0xFF
            _ = BuildState.decode(damaged)   // any result but a crash
        }
    }
}
