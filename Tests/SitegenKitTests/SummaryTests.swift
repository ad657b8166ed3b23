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
}
