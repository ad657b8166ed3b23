import Foundation
@testable import SiteLoader
import SiteModel
import TestSupport
import Testing
import ThaiText

/// `manual` (o8, o9) and `eservices` (o10).
@Suite struct ServiceDataTests {
    static let citizenManual = """
        kind: manual
        audience: citizen
        service: การขออนุญาตก่อสร้างอาคาร
        unit: กองช่าง
        issued: 2024-12-02
        legal_basis: [พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒]
        channels:
          - name: ยื่นคำขอที่กองช่าง
            hours: จันทร์–ศุกร์
          - name: ยื่นคำขอออนไลน์
            url: https://thungthong.example/eservice/permit/
        steps:
          - description: ตรวจเอกสาร
            duration: ๑ วันทำการ
            responsible: กองช่าง
          - description: ออกใบอนุญาต
            duration: ๔๔ วัน
        total_duration: ไม่เกิน ๔๕ วัน
        total_days: ๔๕
        documents:
          - name: แบบ ข.๑
            count: 1
          - name: แบบแปลน
            count: 5
            unit: ชุด
        fees:
          - item: การยื่นคำขอ
            amount: ไม่มีค่าธรรมเนียม
          - item: อาคารสูงไม่เกิน ๒ ชั้น
            amount: "0.50"
            unit: ต่อตารางเมตร
        contact:
          phone: 0-3400-0003
        """

    @Test func citizenManualLoadsEveryPart() throws {
        let (data, ds) = loadData(["data/manuals/permit.yaml": Self.citizenManual])
        #expect(ds == [])
        let m = try #require(data["manuals/permit"] as? Manual)
        #expect(m.audience == .citizen)
        #expect(m.title == "คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร")
        #expect(m.issued?.iso == "2024-12-02")
        #expect(m.channels.map(\.url) == [nil, "https://thungthong.example/eservice/permit/"])
        #expect(m.steps.map(\.duration) == ["๑ วันทำการ", "๔๔ วัน"])
        #expect(m.steps[1].responsible == nil)
        #expect(m.totalDays == 45)
        guard case .items(let fees) = m.fees else {
            Issue.record("fees should be a list")
            return
        }
        #expect(fees.map(\.amount) == [.free, .amount(Money(parsing: "0.50")!)])
        #expect(fees[1].unit == "ต่อตารางเมตร")
        guard case .items(let docs) = m.documents else {
            Issue.record("documents should be a list")
            return
        }
        #expect(docs.map(\.count) == [1, 5])
        #expect(docs.map(\.unit) == ["ฉบับ", "ชุด"])
        #expect(m.contact?.phone == "0-3400-0003")
        #expect(m.missingOITFields == [])
    }

    @Test func freeServiceAndNoDocumentsAreWordsNotEmptyLists() throws {
        let (data, ds) = loadData(["data/manuals/m.yaml": """
            kind: manual
            audience: คู่มือสำหรับประชาชน
            service: ลงทะเบียนเบี้ยยังชีพ
            unit: กองสวัสดิการสังคม
            channels: [{name: กองสวัสดิการสังคม}]
            steps: [{description: ลงทะเบียน, duration: ๑๕ นาที}]
            fees: ไม่มีค่าธรรมเนียม
            documents: ไม่ต้องใช้เอกสาร
            contact: {email: welfare@example.go.th}
            """])
        #expect(ds == [])
        let m = try #require(data.first(Manual.self))
        #expect(m.audience == .citizen)
        #expect(m.fees == .free)
        #expect(m.documents == .noneNeeded)
        #expect(m.statesDuration)
    }

    @Test func citizenManualWithoutWhatO9NeedsWarnsPerField() throws {
        let (data, ds) = loadData(["data/manuals/m.yaml": """
            kind: manual
            audience: citizen
            service: ชำระภาษี
            unit: กองคลัง
            steps:
              - description: รับชำระเงิน
            """])
        #expect(ds.allSatisfy { $0.severity == .warning && $0.file == "data/manuals/m.yaml" && $0.line == 1 })
        #expect(Set(ds.compactMap(\.field)) == ["total_duration", "channels", "fees", "documents", "contact"])
        #expect(ds.first { $0.field == "fees" }?.hint?.contains("ไม่มีค่าธรรมเนียม") == true)
        let m = try #require(data.first(Manual.self))
        #expect(m.fees == .notStated)
        #expect(m.missingOITFields == ["total_duration", "channels", "fees", "documents", "contact"])
    }

    @Test func staffManualNeedsNoFeesOrDocuments() throws {
        let (data, ds) = loadData(["data/manuals/s.yaml": """
            kind: manual
            audience: staff
            service: งานสารบรรณ
            unit: สำนักปลัด
            steps:
              - {description: ลงทะเบียนรับ, duration: ๕ นาที, responsible: งานสารบรรณ}
            """])
        #expect(ds == [])
        let m = try #require(data.first(Manual.self))
        #expect(m.audience == .staff)
        #expect(m.missingOITFields == [])
    }

    @Test func manualErrorsNameFieldAndLine() {
        let (_, ds) = loadData(["data/manuals/bad.yaml": """
            kind: manual
            audience: citizens
            service: ขออนุญาต
            issued: 2025-02-30
            stpes:
              - description: ตรวจ
            channels:
              - name: ออนไลน์
                url: ftp://example.go.th/form
            fees:
              - item: ค่าใบอนุญาต
                amount: -20
              - item: ค่าคำขอ
                amount: ยี่สิบบาท
              - item: ค่าคัดสำเนา
            documents:
              - name: บัตรประชาชน
                count: สอง
                cout: 1
            """])
        func has(_ field: String, _ line: Int, _ text: String? = nil) -> Bool {
            ds.contains { d in
                d.severity == .error && d.field == field && d.line == line
                    && (text.map { t in d.message.contains(t) || (d.hint ?? "").contains(t) } ?? true)
            }
        }
        #expect(has("audience", 2, "Did you mean 'citizen'?"))
        #expect(has("unit", 1))
        #expect(has("issued", 4, "not a real date"))
        #expect(has("stpes", 5, "Did you mean 'steps'?"))
        #expect(has("steps", 1))
        #expect(has("channels[1].url", 9, "http"))
        #expect(has("fees[1].amount", 12, "negative"))
        #expect(has("fees[2].amount", 14, "not an amount"))
        #expect(has("fees[3].amount", 15))
        #expect(has("documents[1].count", 18, "not a whole number"))
        #expect(has("documents[1].cout", 19, "Did you mean 'count'?"))
    }

    @Test func buddhistYearDateIsConvertedWithAWarningAndZeroFeeWarns() throws {
        let (data, ds) = loadData(["data/manuals/m.yaml": """
            kind: manual
            audience: staff
            service: งาน
            unit: สำนักปลัด
            issued: 2568-01-15
            steps: [{description: ทำ, duration: ๑ วัน}]
            fees:
              - item: ค่าคำขอ
                amount: 0
            """])
        #expect(ds.contains { $0.severity == .warning && $0.field == "issued" && $0.line == 5 })
        #expect(ds.contains { $0.severity == .warning && $0.field == "fees[1].amount" && $0.line == 9
                    && $0.hint?.contains("ไม่มีค่าธรรมเนียม") == true })
        #expect(data.first(Manual.self)?.issued?.iso == "2025-01-15")
    }

    @Test func feesAndDocumentsMustBeAListOrTheWordForNone() {
        let (_, ds) = loadData(["data/manuals/m.yaml": """
            kind: manual
            audience: staff
            service: งาน
            unit: สำนักปลัด
            steps: [{description: ทำ}]
            total_duration: ๑ วัน
            fees: ตามประกาศ
            documents: []
            """])
        #expect(ds.contains { $0.field == "fees" && $0.line == 7 && $0.hint?.contains("ไม่มีค่าธรรมเนียม") == true })
        #expect(ds.contains { $0.severity == .error && $0.field == "documents" && $0.line == 8 })
    }

    @Test func eservicesLoad() throws {
        let (data, ds) = loadData(["data/eservices.yaml": """
            kind: eservices
            services:
              - name: ขอรับถังขยะ
                description: ยื่นคำขอรับถังขยะ
                url: https://thungthong.example/eservice/bin/
                channel: web_form
                unit: กองสาธารณสุขและสิ่งแวดล้อม
                hours: ตลอด ๒๔ ชั่วโมง
              - name: สอบถามทาง LINE
                description: สอบถามข้อมูลบริการ
                url: http://line.example/thungthong
                channel: LINE
                unit: สำนักปลัด
            """])
        #expect(ds == [])
        let e = try #require(data.first(EServices.self))
        #expect(e.services.map(\.channel) == [.webForm, .line])
        #expect(e.services[0].hours == "ตลอด ๒๔ ชั่วโมง")
        #expect(e.title == "บริการออนไลน์ (E-Service)")
    }

    @Test func eserviceErrorsNameFieldAndLine() throws {
        let (data, ds) = loadData(["data/eservices.yaml": """
            kind: eservices
            services:
              - name: ขอรับถังขยะ
                description: ยื่นคำขอ
                url: www.thungthong.example/bin
                channel: webform
                unit: กองสาธารณสุข
              - name: ชำระภาษี
                url: https://thungthong.example/tax
                channel: website
                unit: กองคลัง
                hour: ตลอดเวลา
            """])
        #expect(ds.contains { $0.field == "services[1].url" && $0.line == 5 && $0.message.contains("http") })
        #expect(ds.contains { $0.field == "services[1].channel" && $0.line == 6 && $0.hint?.contains("Did you mean 'web_form'?") == true })
        #expect(ds.contains { $0.field == "services[2].description" && $0.line == 8 })
        #expect(ds.contains { $0.field == "services[2].hour" && $0.line == 12 && $0.hint?.contains("'hours'") == true })
        #expect(data.first(EServices.self)?.services.isEmpty == true)
    }

    @Test func emptyServiceListIsAnError() {
        let (_, ds) = loadData(["data/eservices.yaml": "kind: eservices\nservices: []\n"])
        #expect(ds.contains { $0.severity == .error && $0.field == "services" && $0.line == 2 })
    }

    @Test func webAddressShape() {
        #expect(WebAddress.isHTTP("https://www.dla.go.th"))
        #expect(WebAddress.isHTTP("http://example.go.th/a?b=1"))
        #expect(!WebAddress.isHTTP("https://"))
        #expect(!WebAddress.isHTTP("https://localhost/x"))
        #expect(!WebAddress.isHTTP("mailto:a@b.go.th"))
        #expect(!WebAddress.isHTTP("https://example.go.th/a b"))
    }
}
