import Foundation
import SiteModel
import SitegenKit
import TestSupport
import Testing
import ThaiText

/// Small sites built end to end: manuals, e-services, complaint procedure, channels,
/// statistics and participation, checked in the HTML a citizen receives.
@Suite struct ComplaintPagesTests {
    static let buildDate = CalendarDate(year: 2025, month: 3, day: 15)!

    func build(_ site: TemporarySite) -> BuildResult {
        SiteBuilder.build(BuildOptions(source: site.content, output: site.output, strict: true,
                                       themesFolder: TemporarySite.defaultThemes, buildDate: Self.buildDate))
    }

    func page(_ site: TemporarySite, _ path: String, title: String, layout: String, data: String, oit: String) {
        site.page(path, title: title, extra: "layout: \(layout)\ndata: \(data)\noit: [\(oit)]\n")
    }

    /// A site with one dataset of every kind of this suite.
    func fullSite(config: String = TemporarySite.minimalConfig) -> TemporarySite {
        let site = TemporarySite(config: config)
        site.page("index.md", title: "หน้าแรก")
        site.page("services/_index.md", title: "บริการประชาชน")
        site.page("complaints/_index.md", title: "ร้องเรียนการทุจริต")
        site.write("data/manuals/allowance.yaml", """
            kind: manual
            audience: citizen
            service: ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ
            unit: กองสวัสดิการสังคม
            channels: [{name: กองสวัสดิการสังคม, hours: จันทร์–ศุกร์}]
            steps:
              - {description: ตรวจเอกสาร, duration: ๑๐ นาที, responsible: งานสังคมสงเคราะห์}
              - {description: ออกใบรับลงทะเบียน, duration: ๕ นาที}
            total_duration: ๑๕ นาที
            documents: [{name: บัตรประจำตัวประชาชน, count: 1}]
            fees: ไม่มีค่าธรรมเนียม
            contact: {phone: 0-3400-0004}
            """)
        site.write("data/manuals/permit.yaml", """
            kind: manual
            audience: citizen
            service: ขออนุญาตก่อสร้างอาคาร
            unit: กองช่าง
            channels: [{name: กองช่าง}]
            steps: [{description: พิจารณาแบบแปลน, duration: ๒๕ วัน}]
            total_days: 45
            documents: [{name: แบบแปลน, count: 5, unit: ชุด}]
            fees:
              - {item: ค่าคำขอ, amount: ไม่มีค่าธรรมเนียม}
              - {item: อาคารไม่เกิน ๒ ชั้น, amount: "0.50", unit: ต่อตารางเมตร}
              - {item: อาคารเกิน ๓ ชั้น, amount: "1,200", unit: ต่อหลัง}
            contact: {email: engineer@example.go.th}
            """)
        site.write("data/eservices.yaml", """
            kind: eservices
            services:
              - name: ขอรับถังขยะ
                description: ยื่นคำขอรับถังขยะออนไลน์
                url: https://test.example/eservice/bin/
                channel: web_form
                unit: กองสาธารณสุขและสิ่งแวดล้อม
            """)
        site.write("data/complaints/procedure.yaml", """
            kind: complaint-procedure
            how_to_file: [แจ้งทางแบบฟอร์มออนไลน์ หรือโทรศัพท์สายตรง]
            steps: [{description: ลงทะเบียนรับเรื่อง}, {description: ตรวจสอบข้อเท็จจริง}]
            responsible_unit: ศูนย์รับเรื่องร้องเรียนการทุจริต สำนักปลัด
            time_limits:
              - {what: แจ้งตอบรับ, days: 3, working_days: true}
              - {what: รายงานผล, days: 30}
            """)
        site.write("data/complaints/channels.yaml", """
            kind: complaint-channels
            identity_protection: เก็บชื่อผู้ร้องเรียนเป็นความลับ
            channels:
              - {name: แบบฟอร์มร้องเรียนการทุจริต, kind: online, url: "https://test.example/report", corruption_only: true}
              - {name: โทรศัพท์สายตรง, kind: phone, phone: 0-3400-0008, corruption_only: true}
              - {name: ร้องทุกข์ทั่วไป, kind: phone, phone: 0-3400-0007, corruption_only: false}
            """)
        site.write("data/complaints/stats-2568.yaml", """
            kind: complaint-stats
            months:
              - {month: 2024-10, received: 0, in_progress: 0, finished: 0}
              - {month: 2024-11, received: 2, in_progress: 1, finished: 1, note: "<script>alert(1)</script>"}
              - {month: 2025-01, received: 0, in_progress: 0, finished: 1}
            """)
        site.write("data/participation/2568.yaml", """
            kind: participation
            activities:
              - {name: ประชาคมหมู่บ้าน, period: {start: 2025-03-10, end: 2025-03-21}, type: planning,
                 participants: {groups: [ผู้แทนครัวเรือน], count: 724}, description: รับฟังความต้องการ}
              - {name: สังเกตการณ์ตรวจรับงาน, date: 2025-07-08, type: oversight,
                 participants: {groups: [ผู้แทนหมู่ที่ ๕]}, description: ร่วมสังเกตการณ์}
            """)
        page(site, "services/allowance.md", title: "เบี้ยยังชีพ", layout: "manual", data: "manuals/allowance", oit: "o9")
        page(site, "services/permit.md", title: "ขออนุญาตก่อสร้าง", layout: "manual", data: "manuals/permit", oit: "o9")
        page(site, "services/e-service.md", title: "E-Service", layout: "eservices", data: "eservices", oit: "o10")
        page(site, "complaints/procedure.md", title: "แนวปฏิบัติ", layout: "complaint-procedure", data: "complaints/procedure", oit: "o17")
        page(site, "complaints/channels.md", title: "ช่องทาง", layout: "complaint-channels", data: "complaints/channels", oit: "o18")
        page(site, "complaints/stats-2568.md", title: "สถิติ ๒๕๖๘", layout: "complaint-stats", data: "complaints/stats-2568", oit: "o19")
        page(site, "participation.md", title: "การมีส่วนร่วม", layout: "participation", data: "participation/2568", oit: "o20")
        return site
    }

    @Test func everyPageBuildsStrictlyWithWorkingLinks() {
        let site = fullSite()
        let result = build(site)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.succeeded)
        let (checked, broken) = LinkCheck.brokenLinks(in: site.output)
        #expect(checked > 20)
        #expect(broken == [])
    }

    @Test func zeroComplaintsAreShownAsZeroAndTotalsAreLabelledComputed() throws {
        let site = fullSite()
        #expect(build(site).succeeded)
        let html = try #require(site.read("complaints/stats-2568/index.html"))
        #expect(html.contains(#"<th scope="row"><time datetime="2024-10">ตุลาคม ๒๕๖๗</time></th><td>๐</td><td>๐</td><td>๐</td>"#))
        #expect(html.contains("<td>๒</td><td>๑</td><td>๑</td>"))
        // Totals: received 2, finished 2, and the latest month's in-progress figure.
        #expect(html.contains("รวม (คำนวณจากรายงานรายเดือน)</th><td>๒</td><td>๐ (ณ สิ้นเดือนมกราคม ๒๕๖๘)</td><td>๒</td>"))
        // December and February onwards were not reported: listed as missing, never as zero.
        #expect(html.contains("ยังไม่มีข้อมูลของเดือน: ธันวาคม ๒๕๖๗, กุมภาพันธ์ ๒๕๖๘"))
        #expect(!html.contains("datetime=\"2024-12\""))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains(#"<caption id="complaint-stats-caption">"#))
    }

    @Test func arabicDigitsSiteShowsZeroAsZero() throws {
        let site = fullSite(config: TemporarySite.minimalConfig + "digits: arabic\n")
        #expect(build(site).succeeded)
        let html = try #require(site.read("complaints/stats-2568/index.html"))
        #expect(html.contains("ตุลาคม 2567</time></th><td>0</td><td>0</td><td>0</td>"))
    }

    @Test func freeServiceIsShownInWordsNeverAsZero() throws {
        let site = fullSite()
        #expect(build(site).succeeded)
        let free = try #require(site.read("services/allowance/index.html"))
        #expect(free.contains(#"<p class="manual__free">ไม่มีค่าธรรมเนียม</p>"#))
        #expect(!free.contains("๐ บาท"))
        #expect(free.contains("<td>๑๐ นาที</td><td>งานสังคมสงเคราะห์</td>"))
        // A step without a responsible unit says so instead of borrowing the manual's unit.
        #expect(free.contains("<td>๕ นาที</td><td>ไม่ระบุ</td>"))
        #expect(free.contains("ระยะเวลารวม (ตามที่คู่มือกำหนด)"))
        #expect(free.contains(#"<a href="tel:034000004">๐-๓๔๐๐-๐๐๐๔</a>"#))

        let permit = try #require(site.read("services/permit/index.html"))
        #expect(permit.contains(#"<th scope="row">ค่าคำขอ</th><td>ไม่มีค่าธรรมเนียม</td>"#))
        #expect(permit.contains("<td>๐.๕๐ บาท ต่อตารางเมตร</td>"))
        #expect(permit.contains("<td>๑,๒๐๐ บาท ต่อหลัง</td>"))
        #expect(permit.contains("<td>๕ ชุด</td>"))
        // Only the number of days is stated: it is shown as such.
        #expect(permit.contains("<dd>๔๕ วัน</dd>"))
    }

    @Test func eservicesProcedureChannelsAndParticipationShowTheirFacts() throws {
        let site = fullSite()
        #expect(build(site).succeeded)
        let eservice = try #require(site.read("services/e-service/index.html"))
        #expect(eservice.contains(#"<a class="eservices__link" href="https://test.example/eservice/bin/">"#))
        #expect(eservice.contains("<dd>แบบฟอร์มออนไลน์</dd>"))

        let procedure = try #require(site.read("complaints/procedure/index.html"))
        for heading in ["๑. วิธีการร้องเรียน", "๒. ขั้นตอนการจัดการเรื่องร้องเรียน", "๓. หน่วยงานที่รับผิดชอบ", "๔. ระยะเวลาดำเนินการ"] {
            #expect(procedure.contains(heading))
        }
        #expect(procedure.contains("<th scope=\"row\">แจ้งตอบรับ</th><td>ภายใน ๓ วันทำการ</td>"))
        #expect(procedure.contains("<th scope=\"row\">รายงานผล</th><td>ภายใน ๓๐ วัน</td>"))
        // No step states a duration, so the table has no duration column.
        #expect(procedure.contains(#"<tr><th scope="col">ขั้นตอนที่</th><th scope="col">รายละเอียด</th></tr>"#))

        let channels = try #require(site.read("complaints/channels/index.html"))
        let corruption = try #require(channels.range(of: "แบบฟอร์มร้องเรียนการทุจริต"))
        let general = try #require(channels.range(of: "ช่องทางร้องเรียนร้องทุกข์ทั่วไป"))
        #expect(corruption.lowerBound < general.lowerBound)
        #expect(channels.contains(#"<a href="https://test.example/report">"#))
        #expect(channels.contains("เก็บชื่อผู้ร้องเรียนเป็นความลับ"))

        let participation = try #require(site.read("participation/index.html"))
        #expect(participation.contains("(คำนวณจากรายการกิจกรรม)"))
        #expect(participation.contains("<li>ด้านการวางแผน ๑ กิจกรรม</li>"))
        #expect(participation.contains("<li>ด้านการติดตามตรวจสอบ ๑ กิจกรรม</li>"))
        #expect(participation.contains("ผู้เข้าร่วมรวม ๗๒๔ คน (นับเฉพาะกิจกรรมที่ระบุจำนวน)"))
        #expect(participation.contains("๑๐ มีนาคม ๒๕๖๘ – ๒๑ มีนาคม ๒๕๖๘"))
    }

    @Test func o18WarningFailsAStrictBuild() {
        let site = fullSite()
        site.write("data/complaints/channels.yaml", """
            kind: complaint-channels
            identity_protection: เก็บเป็นความลับ
            channels:
              - {name: โทรศัพท์สายตรง, kind: phone, phone: 0-3400-0008, corruption_only: true}
            """)
        let result = build(site)
        #expect(!result.succeeded)
        #expect(result.errors.contains { $0.file == "data/complaints/channels.yaml" && $0.field == "channels" && $0.line == 4 })
    }
}
