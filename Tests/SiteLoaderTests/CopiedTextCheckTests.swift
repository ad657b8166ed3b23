import Foundation
@testable import SiteLoader
@testable import SiteModel
import TestSupport
import Testing

/// Text copied from another agency's documents: another local government named, villages
/// counted in a town municipality; warnings naming file, line and field, and none on the
/// legitimate mentions.
@Suite struct CopiedTextCheckTests {
    static let sao = SiteConfig(title: "องค์การบริหารส่วนตำบลทุ่งทองพัฒนา", shortTitle: "อบต.ทุ่งทองพัฒนา", agencyType: .sao,
                                province: "กาญจนบุรี", district: "พนมทวน", subdistrict: "ทุ่งทอง")
    static var town: SiteConfig {
        SiteConfig(title: "เทศบาลเมืองท่าเรือทอง", agencyType: .townMunicipality, province: "กาญจนบุรี", district: "ท่าม่วง")
    }

    func yaml(_ text: String, _ config: SiteConfig = sao) -> [Diagnostic] {
        CopiedTextCheck(config: config).check(text, file: "data/plans/anti-corruption.yaml", shape: .yaml)
    }

    /// Document 000 names อบต.อินทนิล (misspelt องค์กร) inside the plan of อบต.อินทประมูล.
    @Test func anotherAgencyInAPlanItemIsAWarningWithLineAndField() throws {
        let ds = yaml("""
            kind: anti-corruption-plan
            items:
              - name: โครงการอบรม
                rationale: ผู้บริหารให้ความสำคัญ
              - name: กิจกรรมการสร้างความโปร่งใสในการพิจารณาเลื่อนขั้นเงินเดือน
                rationale: ซึ่งองค์กรบริหารส่วนตำบลอินทนิลได้ให้ความสำคัญในเรื่องการพิจารณาความดีความชอบ
            """)
        let d = try #require(ds.first)
        #expect(ds.count == 1 && d.severity == .warning)
        #expect(d.file == "data/plans/anti-corruption.yaml" && d.line == 6 && d.field == "items[2].rationale")
        #expect(d.message.contains("องค์กรบริหารส่วนตำบลอินทนิล") && d.message.contains("องค์การบริหารส่วนตำบลทุ่งทองพัฒนา"))
        #expect(d.hint?.contains("other_agencies") == true)
    }

    @Test func eachFormOfTheNameIsFound() {
        for text in ["อบต.ดอนเจดีย์", "องค์การบริหารส่วนตำบลดอนเจดีย์", "เทศบาลตำบลบ้านเก่า", "เทศบาลเมืองบ้านโป่ง",
                     "เทศบาลนครขอนแก่น", "ตามที่เทศบาลตำบลหนองขาวได้ดำเนินการ",
                     // Place names that start like a generic word.
                     "อบต.น้ำพอง", "องค์การบริหารส่วนตำบลถนนหัก", "อบต.การะเกด", "เทศบาลตำบลประชาธิปัตย์",
                     "อบต.ร้องกวาง", "องค์การบริหารส่วนตำบลเสริมขวา"] {
            #expect(yaml("kind: x\ntext: \(text)\n").map(\.field) == ["text"], "\(text)")
        }
    }

    /// The site's own name, its area, generic uses of the words and the allow-list: no warning.
    @Test func legitimateMentionsAreNotWarnedAbout() {
        let texts = [
            "องค์การบริหารส่วนตำบลทุ่งทองพัฒนาจัดโครงการ", "อบต.ทุ่งทองพัฒนา", "ในเขตองค์การบริหารส่วนตำบลทุ่งทอง",
            "นายกองค์การบริหารส่วนตำบลลงนามประกาศใช้", "สมาชิกสภาองค์การบริหารส่วนตำบลจะช่วยแจ้งข่าว",
            "ให้เทศบาล เมืองพัทยา และองค์การบริหารส่วนตำบล มีอำนาจและหน้าที่", "เทศบาลเป็นหน่วยงานท้องถิ่น",
            "ใบเสร็จของ อบต. ที่มีเลขที่", "อบต.และเทศบาลทุกแห่ง", "เทศบาลตำบลทั่วประเทศ", "องค์การบริหารส่วนจังหวัดกาญจนบุรี",
            "เทศบาลตำบลพนมทวน", "เทศบาลเมืองกาญจนบุรี", "องค์การบริหารส่วนตำบลต่างๆ", "องค์กรปกครองส่วนท้องถิ่น",
            "งบประมาณองค์การบริหารส่วนตำบลประจำปี", "แผนพัฒนาอบต.ประชาคมหมู่บ้าน", "เทศบาลตำบลงบประมาณ",
        ]
        for text in texts { #expect(yaml("kind: x\ntext: \(text)\n") == [], "\(text)") }
        #expect(yaml("kind: x\n# คัดลอกจาก อบต.ดอนเจดีย์\ntext: ข้อความ # จากเทศบาลตำบลบ้านเก่า\n") == [])
        var withNeighbour = Self.sao
        withNeighbour.otherAgencies = ["เทศบาลตำบลดอนเจดีย์", "อบต. หนองสาหร่าย"]
        #expect(yaml("kind: x\nmou: บันทึกความร่วมมือกับเทศบาลตำบลดอนเจดีย์และองค์การบริหารส่วนตำบลหนองสาหร่าย\n", withNeighbour) == [])
        #expect(yaml("kind: x\nmou: บันทึกความร่วมมือกับเทศบาลตำบลดอนเจดีย์\n").count == 1)
    }

    @Test func villagesCountedInATownMunicipality() {
        let ds = yaml("""
            kind: x
            area: ในเขตเทศบาลมี ๑๒ หมู่บ้าน
            targets:
              - ประชาชนทุกหมู่บ้าน
              - ผู้นำชุมชนหมู่ที่ 1 - 12
            address: เลขที่ ๙ หมู่ที่ ๓ ตำบลท่าเรือ
            communities: ๑๕ ชุมชน
            """, Self.town)
        #expect(ds.map(\.line) == [2, 4, 5])
        #expect(ds.map(\.field) == ["area", "targets[1]", "targets[2]"])
        #expect(ds.allSatisfy { $0.severity == .warning && $0.message.contains("ชุมชน") })
        // An อบต. is divided into villages.
        #expect(yaml("kind: x\narea: มี ๑๒ หมู่บ้าน\n") == [])
    }

    @Test func csvCellsAndPagesNameTheirField() throws {
        let check = CopiedTextCheck(config: Self.sao)
        let csv = check.check("no,name,unit\n1,\"โครงการ, อบรม\",กองคลัง\n2,โครงการของ อบต.,อบต.ดอนเจดีย์\n", file: "data/p.csv", shape: .csv)
        #expect(csv.map(\.line) == [3] && csv.map(\.field) == ["unit"])
        let page = check.check("---\ntitle: แผนของเทศบาลตำบลบ้านเก่า\nlayout: page\n---\n\nย่อหน้าแรก\nอบต.ดอนเจดีย์ได้จัดทำ\n",
                               file: "ita/plan.md", shape: .page(bodyLine: 5))
        #expect(page.map(\.line) == [2, 7] && page.map(\.field) == ["title", "body"])
    }

    /// Through a whole load: data files (YAML and CSV) and pages, with site.yaml's allow-list.
    @Test func aSiteLoadReportsCopiesInDataAndPages() {
        let site = TemporarySite()
        site.write("data/notes.yaml", "kind: executives\n# อบต.ดอนเจดีย์ in a comment is not published\n")
        site.write("data/table.csv", "name,unit\nงาน,อบต.ดอนเจดีย์\n")
        site.page("about.md", title: "เกี่ยวกับ", body: "เนื้อหา\nคัดลอกจากเทศบาลตำบลบ้านเก่า")
        let ds = SiteLoader.load(siteRoot: site.content).diagnostics.filter { $0.message.contains("another local government") }
        #expect(Set(ds.map { "\($0.file ?? ""):\($0.line ?? 0):\($0.field ?? "")" }) == ["data/table.csv:2:unit", "about.md:5:body"])
    }

    /// A large text is checked in one pass (a debug build on a shared machine: a generous bound
    /// that still catches a pattern run per line and name).
    @Test func oneScanIsFast() {
        let line = "ผู้บริหารองค์การบริหารส่วนตำบลทุ่งทองพัฒนาให้ความสำคัญกับการป้องกันการทุจริตในทุกขั้นตอน\n"
        let text = "kind: x\nbody: |\n" + String(repeating: "  " + line, count: 5_000)
        let start = Date()
        #expect(yaml(text) == [])
        #expect(Date().timeIntervalSince(start) < 2.0)
    }
}
