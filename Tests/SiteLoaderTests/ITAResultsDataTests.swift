import Foundation
@testable import SiteLoader
@testable import SiteModel
import Testing
import ThaiText

@Suite struct ITAResultsDataTests {
    static let good = """
        kind: ita-results
        fiscal_year: 2568
        overall:
          score: ๘๘.๕๑
          level: ผ่านดี
          target: 85
        indicators:
          - number: 1
            name: การปฏิบัติหน้าที่
            tool: IIT
            average: ๘๘.๕๗
            items:
              - {id: i1, score: ๘๘.๗๑, text: ปฏิบัติงานตามขั้นตอน}
              - {id: i2, score: ๑๐๐.๐๐, text: ไม่เลือกปฏิบัติ}
              - {id: i3, score: 100.00, text: ไม่เรียกรับสินบน}
            analysis: [วิเคราะห์]
            recommendations: [ข้อเสนอแนะ]
          - number: 9
            name: การเปิดเผยข้อมูล
            tool: OIT
            average: 100.00
            items:
              - {id: o10, score: 100.00, text: E-Service}
        """

    @Test func scoresAreKeptAsTheTextPrinted() throws {
        let (data, ds) = loadData(["data/ita/results-2568.yaml": Self.good])
        let r = try #require(data.first(ITAResults.self))
        #expect(r.overallScore.text == "88.51" && r.level == "ผ่านดี" && r.target?.text == "85")
        let one = try #require(r.indicator(number: 1))
        #expect(one.average.text == "88.57")
        #expect(one.items.map(\.score.text) == ["88.71", "100.00", "100.00"])
        #expect(r.items(of: .oit).map(\.id) == ["o10"])
        // The stated average differs from the mean of the items (96.24): a warning, never a fix.
        let w = try #require(ds.at("indicators[1].average"))
        #expect(ds.count == 1 && w.severity == .warning && w.line == 11)
        #expect(w.message.contains("88.57") && w.message.contains("96.24"))
    }

    @Test func statedScoreParsing() {
        #expect(StatedScore(parsing: "๘๘.๕๑")?.hundredths == 8851)
        #expect(StatedScore(parsing: "100")?.hundredths == 10000)
        #expect(StatedScore(parsing: "90.5")?.text == "90.5")
        #expect(StatedScore(parsing: "90.555")?.hundredths == 9056)
        for bad in ["", "-1", "88,51", "8x", ".5", "1.", "88.51.2"] { #expect(StatedScore(parsing: bad) == nil, "\(bad)") }
        let i = ITAIndicator(number: 1, name: "x", tool: .iit, average: StatedScore(parsing: "88.57")!,
                             items: ["88.71", "100.00", "100.00"].enumerated().map {
                                 ITAItem(id: "i\($0.offset + 1)", number: $0.offset + 1, text: "x",
                                         score: StatedScore(parsing: $0.element)!, source: SourceRef(file: "x"))
                             }, analysis: [], recommendations: [], source: SourceRef(file: "x"))
        #expect(i.meanOfItemsHundredths == 9624)
    }

    @Test func badScoresIdsAndTools() {
        let (_, ds) = loadData(["data/ita.yaml": """
            kind: ita-results
            fiscal_year: 2568
            overall: {score: 101.5, level: ผ่านดี}
            indicators:
              - number: 1
                name: การปฏิบัติหน้าที่
                tool: ITT
                average: เก้าสิบ
                items:
                  - {id: e1, score: 90, text: ก}
              - number: 2
                name: การใช้งบประมาณ
                tool: IIT
                average: 90
                items:
                  - {id: i4, score: 90, text: ก}
                  - {id: i4, score: 90, text: ข}
                  - {id: x5, score: 90, txt: ค}
            """])
        #expect(ds.at("overall.score")?.message.contains("above 100") == true && ds.at("overall.score")?.line == 3)
        #expect(ds.at("indicators[1].tool")?.hint?.contains("Did you mean 'IIT'?") == true)
        #expect(ds.at("indicators[1].average")?.line == 8)
        #expect(ds.at("indicators[2].items[2].id")?.message.contains("twice") == true)
        #expect(ds.at("indicators[2].items[3].id")?.message.contains("not an ITA item id") == true)
        #expect(ds.at("indicators[2].items[3].txt")?.hint?.contains("Did you mean 'text'?") == true)
        #expect(ds.at("indicators[2].items[3].txt")?.line == 18)
    }

    @Test func itemOfTheWrongTool() {
        let (_, ds) = loadData(["data/ita.yaml": """
            kind: ita-results
            fiscal_year: 2568
            overall: {score: 90, level: ผ่านดี}
            indicators:
              - {number: 6, name: คุณภาพการดำเนินงาน, tool: EIT, average: 90, items: [{id: i1, score: 90, text: ก}]}
            """])
        #expect(ds.at("indicators[1].items[1].id")?.message.contains("not an EIT item") == true)
    }

    @Test func christianEraYearAndMissingOverall() {
        let (data, ds) = loadData(["data/ita.yaml": "kind: ita-results\nfiscal_year: 2024\nindicators: []\n"])
        #expect(data.keys.isEmpty)
        #expect(ds.at("fiscal_year")?.hint?.contains("2567") == true)
        #expect(ds.at("overall")?.severity == .error)
        #expect(ds.at("indicators")?.message.contains("no indicators") == true)
    }
}
