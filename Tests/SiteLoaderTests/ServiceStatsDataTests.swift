import Foundation
@testable import SiteLoader
import SiteModel
import TestSupport
import Testing
import ThaiText

@Suite struct ServiceStatsDataTests {
    @Test func figuresLoadWithZeroAndMissingMonthsKeptApart() throws {
        let (data, ds) = loadData(["data/service-stats/2568.yaml": """
            kind: service-stats
            fiscal_year: 2568
            as_of: 2025-04-05
            services:
              - name: รับชำระภาษีป้าย
                unit: ราย
                department: กองคลัง
                months:
                  2024-11: 0
                  2024-10: 3
                  2024-12: ๑๒
              - name: ขออนุญาตก่อสร้างอาคาร
                unit: ราย
                months:
                  2024-10: 2
            """])
        #expect(ds.map(\.description) == [])
        let s = try #require(data["service-stats/2568"] as? ServiceStats)
        #expect(s.fiscalYear == 2568 && s.services.count == 2)
        let tax = s.services[0]
        // Kept in month order whatever the order of the file; 0 is a figure, January is absent.
        #expect(tax.figures.map(\.month.iso) == ["2024-10", "2024-11", "2024-12"])
        #expect(tax.figures.map(\.value) == [3, 0, 12])
        #expect(tax.figures.map(\.line) == [10, 9, 11])
        #expect(tax.value(in: YearMonth(year: 2024, month: 11)!) == 0)
        #expect(tax.value(in: YearMonth(year: 2025, month: 1)!) == nil)
        #expect(tax.total == 15 && tax.department == "กองคลัง")
        #expect(tax.missingMonths(in: s.fiscal, through: YearMonth(year: 2025, month: 3)!).map(\.iso) == ["2025-01", "2025-02", "2025-03"])
        #expect(s.completeMonths.map(\.iso) == ["2024-10"])
        #expect(s.reportedMonths.map(\.iso) == ["2024-10", "2024-11", "2024-12"])
    }

    @Test func negativeCountsMonthsOutsideTheYearAndDuplicates() {
        let (_, ds) = loadData(["data/service-stats/2568.yaml": """
            kind: service-stats
            fiscal_year: 2568
            services:
              - name: รับชำระภาษีป้าย
                unit: ราย
                months:
                  2024-10: -3
                  2024-09: 5
                  2025-01: 4
                  2568-01: 4
                  2024-13: 1
                  ตุลาคม: 1
                  2024-11:
                  2024-12: many
            """])
        #expect(ds.contains { $0.field == "services[1].months.2024-10" && $0.line == 7 && $0.message.contains("negative") })
        #expect(ds.contains { $0.field == "services[1].months.2024-09" && $0.line == 8
                && $0.message.contains("'รับชำระภาษีป้าย'") && $0.message.contains("fiscal year 2568 (2024-10 to 2025-09") })
        #expect(ds.contains { $0.field == "services[1].months.2568-01" && $0.line == 10 && $0.severity == .warning })
        #expect(ds.contains { $0.field == "services[1].months.2568-01" && $0.line == 10 && $0.severity == .error
                && $0.message.contains("given twice") && $0.message.contains("line 9") })
        #expect(ds.contains { $0.field == "services[1].months.2024-13" && $0.line == 11 })
        #expect(ds.contains { $0.field == "services[1].months.ตุลาคม" && $0.line == 12 })
        #expect(ds.contains { $0.field == "services[1].months.2024-11" && $0.line == 13 && $0.message.contains("empty") })
        #expect(ds.contains { $0.field == "services[1].months.2024-12" && $0.line == 14 && $0.message.contains("whole number") })
    }

    @Test func requiredFieldsUnknownKeysAndWrongTypes() {
        let (_, ds) = loadData(["data/service-stats/2568.yaml": """
            kind: service-stats
            fiscal_year: 2568
            services:
              - name: รับชำระภาษีป้าย
                unti: ราย
                months: [1, 2]
              - name: รับชำระภาษีป้าย
                unit: ราย
                months: {}
              - unit: ราย
            """])
        #expect(ds.contains { $0.field == "services[1].unti" && $0.line == 5 && $0.hint?.contains("Did you mean 'unit'?") == true })
        #expect(ds.contains { $0.field == "services[1].unit" && $0.line == 4 })
        #expect(ds.contains { $0.field == "services[1].months" && $0.line == 6 })
        #expect(ds.contains { $0.field == "services[2].name" && $0.line == 7 && $0.message.contains("line 4") })
        #expect(ds.contains { $0.field == "services[3].name" && $0.line == 10 })
        #expect(ds.contains { $0.field == "services[3].months" && $0.line == 10 })
    }

    @Test func christianEraFiscalYearAndDuplicatedYAMLKey() throws {
        let (data, ds) = loadData(["data/service-stats/2568.yaml": "kind: service-stats\nfiscal_year: 2025\nservices: []\n"])
        let d = try #require(ds.first { $0.field == "fiscal_year" })
        #expect(d.line == 2 && d.hint?.contains("2568") == true)
        #expect(ds.contains { $0.field == "services" && $0.message.contains("no service") })
        #expect(data.keys.isEmpty)

        let (_, dup) = loadData(["data/service-stats/2568.yaml": """
            kind: service-stats
            fiscal_year: 2568
            services:
              - name: ก
                unit: ราย
                months:
                  2024-10: 1
                  2024-10: 2
            """])
        #expect(dup.contains { $0.field == "2024-10" && $0.message.contains("more than once") })
    }
}
