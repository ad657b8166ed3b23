@testable import Render
import Testing

/// `Summary.truncate` walks only as far as its cut; it must cut exactly as collapsing the whole
/// text first did.
@Suite struct SummaryTests {
    /// The straightforward version it replaced.
    func reference(_ text: String, _ limit: Int) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        var cut = String(collapsed.prefix(limit))
        if let space = cut.lastIndex(of: " "), cut.distance(from: space, to: cut.endIndex) < 40 {
            cut = String(cut[..<space])
        }
        return cut + "…"
    }

    @Test func cutsAsCollapsingTheWholeTextDid() {
        let pieces = ["ก", "ที่", "น้ำ", "ปี๋", " ", "  ", "\n", "\t", "\u{00A0}", "\u{3000}", "a", "é", "👍🏽", "ข้อ", ".", "x y"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % 1_000_000)
        }
        for _ in 0..<3000 {
            let text = (0..<(next() % 60)).map { _ in pieces[next() % pieces.count] }.joined()
            for limit in [0, 1, 2, 5, 13, 40, 200] {
                #expect(Summary.truncate(text, to: limit) == reference(text, limit), "\(text.debugDescription) \(limit)")
            }
        }
    }

    /// Text of Thai and ASCII only takes the scalar path, which must cut as the Character path
    /// does; marks with no base before them (at the start, after a space, after a control
    /// character) and CR are left to the Character path. (On such malformed Thai the
    /// collapse-first reference above can disagree with both: joining words with a space makes a
    /// new grapheme of a space and a leading mark.)
    @Test func thaiAndASCIIPathCutsAsCharactersDo() {
        let pieces = ["ก", "ที่", "น้ำ", "ปี๋", "กำ", "\u{0E31}", "\u{0E48}", "\u{0E33}", "\u{0E4C}", " ", "  ", "\n", "\t",
                      "\r\n", "\r", "\u{1}", "a", "Z", ".", "x y", "๑๒", "เก้า", "ฯ", "ๆ"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % 1_000_000)
        }
        var fast = 0
        for _ in 0..<4000 {
            let text = (0..<(next() % 70)).map { _ in pieces[next() % pieces.count] }.joined()
            for limit in [0, 1, 3, 7, 20, 45, 200] {
                let expected = Summary.truncateCharacters(text, to: limit)
                #expect(Summary.truncate(text, to: limit) == expected, "\(text.debugDescription) \(limit)")
                if let cut = Summary.truncateThaiOrASCII(text, to: limit) {
                    fast += 1
                    #expect(cut == expected, "\(text.debugDescription) \(limit)")
                }
            }
        }
        #expect(fast > 1000, "the scalar path must be the one taken for most Thai text")
        #expect(Summary.truncateThaiOrASCII("ประกาศเทศบาลตำบล เรื่อง การรับสมัคร", to: 10) == "ประกาศเทศบ…")
    }
}

@Suite struct ListFlagTests {
    @Test func everyNonEmptyListGetsAFlagAndNothingElseDoes() {
        let context: [String: Any] = [
            "items": [["a": "b"]] as [[String: Any]], "noItems": [] as [[String: Any]],
            "tags": ["x"], "noTags": [] as [String], "mixed": ["x", 1] as [Any], "numbers": [1, 2],
            "title": "ก", "page": ["k": "v"] as [String: Any], "flag": true, "count": 3,
        ]
        let flagged = ContextBuilder.flagNonEmptyLists(context)
        let flags = Set(flagged.keys).subtracting(context.keys)
        #expect(flags == ["hasItems", "hasTags", "hasMixed", "hasNumbers"])
        #expect(flags.allSatisfy { flagged[$0] as? Bool == true })
    }
}
