import Foundation
import SitegenKit
import Testing

/// Document 001: the integrity-measures report FY 2568 of อบต.สำโรง, in the six columns.
@Suite(.serialized) struct Measures001FixtureTests {
    static let built = buildFixture("measures-001")
    static var page: String { readOutput(built.1, "ita/integrity-report-2568/index.html") ?? "" }

    /// Builds with one warning: the document's variant ลำโรง of the agency's name (shared/domain
    /// seed-001-004.md, name variants) is not this site's name, and the copied-text check says so.
    @Test func buildsWithTheNameVariantWarnedAbout() throws {
        #expect(Self.built.0.succeeded)
        let ds = Self.built.0.diagnostics
        let d = try #require(ds.first)
        #expect(ds.count == 1 && d.severity == .warning && d.file == "data/integrity/report-2568.yaml" && d.line == 29)
        #expect(d.field == "issues[1].measures[1].outcomes[2]" && d.message.contains("องค์การบริหารส่วนตำบลลำโรง"))
    }

    @Test func sixMeasuresUnderIssueOneWithTheirResponsibleUnits() throws {
        let issue = try #require(slice(Self.page, from: "id=\"issue-1\"", to: "</section>"))
        #expect(issue.contains("ประเด็นที่ ๑ กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ"))
        #expect(count("<span class=\"measure__name\">", in: issue) == 6)
        #expect(count("<section class=\"measure-issue\"", in: Self.page) == 1)
        let responsible = issue.components(separatedBy: "<li class=\"measure__responsible\">").dropFirst()
            .map { String($0.prefix { $0 != "<" }) }
        #expect(responsible == ["ทุกสำนัก/กอง", "สำนักปลัด", "ทุกสำนัก/กอง", "สำนักปลัด", "กองคลัง", "สำนักปลัด"])
        // The six columns, each header once.
        for header in ["มาตรการ/โครงการ/กิจกรรม", "ขั้นตอนหรือวิธีการปฏิบัติ", "ผลการดำเนินการตามมาตรการหรือกิจกรรม",
                       "ผลลัพธ์หรือความสำเร็จของการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"] {
            #expect(count("<th scope=\"col\">\(header)</th>", in: issue) == 1, "\(header)")
        }
        #expect(count("๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘", in: issue) == 6)
    }

    @Test func measureSixKeepsItsNestedCodesAndJoinedStep() throws {
        let issue = try #require(slice(Self.page, from: "id=\"issue-1\"", to: "</section>"))
        let six = try #require(slice(issue, from: "๖. มาตรการการบริหารงานบุคคลอย่างโปร่งใสและเป็นธรรม", to: "</tr>"))
        #expect(six.contains("การทบทวนภารกิจ"))
        #expect(six.contains("<span class=\"measure-text__marker\">๘.</span> มีการเผยแพร่ข้อมูลดังกล่าว"))
        #expect(six.contains("<li>ประมวลจริยธรรมผู้บริหารท้องถิ่น</li><li>ประมวลจริยธรรมสมาชิกสภาท้องถิ่น</li>"))
        #expect(!Self.page.contains("&lt;p&gt;") && !Self.page.contains("&lt;ul"))
        // Measure 5 cites the Procurement Act four times.
        let five = try #require(slice(issue, from: "๕. มาตรการสร้างความโปร่งใสในการจัดซื้อจัดจ้าง", to: "</tr>"))
        #expect(count("พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐", in: five) == 4)
    }
}
