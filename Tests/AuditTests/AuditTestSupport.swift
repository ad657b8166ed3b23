import Audit
import Foundation
import SiteLoader
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// A small site that passes o1–o4, to be broken one way at a time.
func auditSite() -> TemporarySite {
    let site = TemporarySite(config: """
        title: องค์การบริหารส่วนตำบลทดสอบ
        base_url: https://test.example/
        ita_year: 2568
        contact:
          address: ๑ หมู่ ๑
          phones: ["0-3400-0000"]
          email: a@test.example
          office_hours: จันทร์–ศุกร์
          map: {latitude: "14.1", longitude: "99.7"}
          channels: [{kind: facebook, name: เพจ, url: https://facebook.com/x}]

        """)
    site.page("index.md", title: "หน้าแรก")
    site.page("about/powers.md", title: "อำนาจหน้าที่", body: "## อำนาจหน้าที่ตามกฎหมาย\n\nข้อความ", extra: "oit: [o1]\n")
    site.page("about/structure.md", title: "โครงสร้าง", extra: "layout: structure\ndata: structure\n")
    site.page("about/executives.md", title: "ผู้บริหาร", extra: "layout: executives\ndata: executives\n")
    site.page("contact.md", title: "ติดต่อ", extra: "layout: contact\n")
    site.page("news/_index.md", title: "ข่าว")
    site.page("news/a.md", title: "ข่าว ก", extra: "date: 2024-10-01\n")
    site.write("data/structure.yaml", """
        kind: structure
        units:
          - name: สำนักปลัด
            head: หัวหน้าสำนักปลัด
          - name: กองคลัง
            head: ผู้อำนวยการกองคลัง

        """)
    site.write("files/a.jpg", "jpg")
    site.write("data/executives.yaml", """
        kind: executives
        executives:
          - name: นายก
            position: นายกองค์การบริหารส่วนตำบล
            photo: files/a.jpg
            phone: 08-1000-0001
          - name: รองนายก
            position: รองนายกองค์การบริหารส่วนตำบล
            photo: files/a.jpg
            phone: 08-1000-0002
          - name: ปลัด
            position: ปลัดองค์การบริหารส่วนตำบล
            photo: files/a.jpg
            email: c@test.example

        """)
    return site
}

/// Audits a test site as of a date; fails the test on content errors.
func audit(_ site: TemporarySite, asOf: String = "2025-09-30", year: Int? = nil) throws -> OITReport {
    let (report, diagnostics) = SiteChecker.check(CheckOptions(source: site.content, itaYear: year, asOf: CalendarDate(iso: asOf)!))
    #expect(diagnostics.filter { $0.severity == .error } == [])
    return try #require(report)
}

extension OITReport {
    subscript(id: String) -> OITItemResult {
        guard let r = results.first(where: { $0.item.id == id }) else {
            Issue.record("ITA \(itaYear) has no item \(id)")
            return results[0]
        }
        return r
    }
}
