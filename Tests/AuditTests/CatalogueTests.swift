import Audit
import Foundation
import Testing
import ThaiText

@Suite struct CatalogueTests {
    let catalogue = OITCatalogue.builtIn(year: 2568)!

    @Test func has28ItemsInTwoIndicators() {
        #expect(catalogue.items.count == 28)
        #expect(catalogue.items.map(\.id) == (1...28).map { "o\($0)" })
        #expect(catalogue.indicators.map(\.number) == [9, 10])
        #expect(catalogue.indicators[0].items.count == 20 && catalogue.indicators[1].items.count == 8)
    }

    @Test func titlesRoundTripByteForByteFor2568() {
        for item in catalogue.items {
            #expect(Array(item.title(forAssessmentYear: 2568).utf8) == Array(item.officialTitleTH.utf8), "\(item.id)")
        }
        // The official source, when it is beside the checkout (it is in CI).
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/domain/oit-2568.yaml").path
        if let text = try? String(contentsOfFile: shared, encoding: .utf8) {
            for item in catalogue.items {
                #expect(text.contains("title_th: \(item.title(forAssessmentYear: 2568))\n"), "\(item.id) differs from shared/domain")
            }
        }
    }

    @Test func titlesFollowTheAssessmentYear() {
        let byID = Dictionary(uniqueKeysWithValues: catalogue.items.map { ($0.id, $0) })
        #expect(byID["o6"]!.title(forAssessmentYear: 2569) == "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี พ.ศ. ๒๕๖๙")
        #expect(byID["o7"]!.title(forAssessmentYear: 2569) == "รายงานผลการดำเนินงานประจำปี พ.ศ. ๒๕๖๘")
        // o12 keeps the space before ประจำปี, as printed.
        #expect(byID["o12"]!.title(forAssessmentYear: 2569).hasSuffix("พัสดุ ประจำปี พ.ศ. ๒๕๖๙"))
        #expect(byID["o1"]!.title(forAssessmentYear: 2569) == "โครงสร้างและอำนาจหน้าที่")
        let current = catalogue.items.filter { $0.yearRef == .current }.map(\.id)
        let previous = catalogue.items.filter { $0.yearRef == .previous }.map(\.id)
        #expect(current == ["o6", "o12", "o23"])
        #expect(previous == ["o7", "o13", "o15", "o24", "o26", "o28"])
    }

    @Test func everyRuleNamesACheckAndAYear() {
        for item in catalogue.items {
            #expect(!item.rule.check.isEmpty)
            #expect(!item.rule.needsEN.isEmpty)
        }
        #expect(catalogue.items.first { $0.id == "o8" }?.rule.parameter("audience") == "staff")
        #expect(catalogue.items.first { $0.id == "o11" }?.rule.parameter("months") == "elapsed")
    }

    @Test func aSiteCatalogueWithMistakesIsReported() {
        guard case .failure(let d) = OITCatalogue.parse("ita_year: 2569\nitems:\n  - id: o1\n    title_th: x\n", file: "my-oit.yaml") else {
            Issue.record("an item without indicator and rule must be refused")
            return
        }
        #expect(d.file == "my-oit.yaml" && d.field == "items")
    }
}
