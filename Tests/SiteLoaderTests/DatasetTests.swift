import DataReading
import Foundation
@testable import SiteLoader
import SiteModel
import TestSupport
import Testing

/// Loads data files through the real data-folder loader.
func loadData(_ files: [String: String]) -> (Disclosures, [Diagnostic]) {
    let site = TemporarySite()
    for (path, text) in files { site.write(path, text) }
    return DataFolderLoader.load(siteRoot: site.content)
}

@Suite struct DataFolderTests {
    @Test func unknownKindGetsDidYouMean() throws {
        let (data, ds) = loadData(["data/x.yaml": "kind: executive\n"])
        #expect(data.keys.isEmpty)
        let d = try #require(ds.first)
        #expect(d.file == "data/x.yaml" && d.line == 1 && d.field == "kind")
        #expect(d.hint?.contains("Did you mean 'executives'?") == true)
    }

    @Test func missingKindAndEmptyFile() {
        let (_, ds) = loadData(["data/a.yaml": "title: x\n", "data/b.yaml": ""])
        #expect(ds.contains { $0.file == "data/a.yaml" && $0.field == "kind" })
        #expect(ds.contains { $0.file == "data/b.yaml" && $0.message.contains("empty") })
    }

    @Test func csvParsingKeepsLinesAndQuotes() throws {
        let table = try CSVTable.parse("a,b\n1,\"x, \"\"y\"\"\"\n\"multi\nline\",2\n", file: "t.csv").get()
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.fields) == [["1", "x, \"y\""], ["multi\nline", "2"]])
        #expect(table.rows.map(\.line) == [2, 3])
        guard case .failure(let d) = CSVTable.parse("a\n\"open\n", file: "t.csv") else {
            Issue.record("an unclosed quote must fail")
            return
        }
        #expect(d.line == 2)
    }
}

@Suite struct OrganisationDataTests {
    @Test func structureLoadsNestedUnitsAndComputesTotals() throws {
        let (data, ds) = loadData(["data/structure.yaml": """
            kind: structure
            as_of: 2024-10-01
            leadership:
              - name: นายก
            units:
              - name: กองคลัง
                head: ผู้อำนวยการกองคลัง
                units:
                  - name: งานการเงิน
                    staff: 3
                  - name: งานพัสดุ
                    staff: 2
              - name: หน่วยตรวจสอบภายใน
            """])
        #expect(ds == [])
        let s = try #require(data.first(OrgStructure.self))
        #expect(s.units.map(\.name) == ["กองคลัง", "หน่วยตรวจสอบภายใน"])
        #expect(s.units[0].totalStaff == 5)
        #expect(s.units[1].totalStaff == nil)
        #expect(s.asOf?.iso == "2024-10-01")
    }

    @Test func structureErrorsNameFieldAndLine() {
        let (_, ds) = loadData(["data/structure.yaml": """
            kind: structure
            units:
              - name: กองคลัง
                staf: 3
              - head: ไม่มีชื่อ
                staff: -2
            """])
        #expect(ds.contains { $0.field == "units[1].staf" && $0.line == 4 && $0.hint?.contains("'staff'") == true })
        #expect(ds.contains { $0.field == "units[2].name" && $0.line == 5 })
        #expect(ds.contains { $0.field == "units[2].staff" && $0.line == 6 })
    }

    @Test func executivesNeedNameAndPositionAndExistingPhotos() {
        let (data, ds) = loadData(["data/executives.yaml": """
            kind: executives
            executives:
              - name: นายก
                position: นายก อบต.
                photo: files/missing.jpg
                term: {start: 2025-01-01, end: 2024-01-01}
              - name: รองนายก
            """])
        #expect(data.first(Executives.self)?.executives.count == 2)
        #expect(ds.contains { $0.field == "photo" && $0.message.contains("files/missing.jpg") && $0.line == 3 })
        #expect(ds.contains { $0.field == "executives[1].term.end" })
        #expect(ds.contains { $0.field == "executives[2].position" && $0.line == 7 })
    }
}
