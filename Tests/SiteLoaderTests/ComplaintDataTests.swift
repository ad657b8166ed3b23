import Foundation
@testable import SiteLoader
import SiteModel
import TestSupport
import Testing
import ThaiText

/// `complaint-procedure` (o17), `complaint-channels` (o18), `complaint-stats` (o19) and
/// `participation` (o20).
@Suite struct ComplaintDataTests {
    func has(_ ds: [Diagnostic], _ severity: Diagnostic.Severity, _ field: String, line: Int, _ text: String? = nil) -> Bool {
        ds.contains { d in
            d.severity == severity && d.field == field && d.line == line
                && (text.map { t in d.message.contains(t) || (d.hint ?? "").contains(t) } ?? true)
        }
    }

    // MARK: Procedure

    @Test func procedureLoadsItsFourParts() throws {
        let (data, ds) = loadData(["data/complaints/procedure.yaml": """
            kind: complaint-procedure
            how_to_file: แจ้งทางแบบฟอร์มออนไลน์ อีเมล หรือโทรศัพท์
            steps:
              - description: ลงทะเบียนรับเรื่อง
                duration: ภายในวันที่ได้รับ
              - description: ตรวจสอบข้อเท็จจริง
            responsible_unit: ศูนย์รับเรื่องร้องเรียนการทุจริต สำนักปลัด
            time_limits:
              - what: แจ้งตอบรับ
                days: 3
                working_days: true
              - what: รายงานผล
                days: ๓๐
                text: ภายใน ๓๐ วันนับแต่วันแต่งตั้งคณะกรรมการ
            legal_basis: [ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการจัดการเรื่องราวร้องทุกข์ พ.ศ. ๒๕๕๒]
            """])
        #expect(ds == [])
        let p = try #require(data.first(ComplaintProcedure.self))
        #expect(p.howToFile.count == 1)
        #expect(p.steps.count == 2)
        #expect(p.timeLimits.map(\.days) == [3, 30])
        #expect(p.timeLimits.map(\.workingDays) == [true, false])
        #expect(p.timeLimits[1].text == "ภายใน ๓๐ วันนับแต่วันแต่งตั้งคณะกรรมการ")
        #expect(p.missingOITParts == [])
        #expect(p.title == "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
    }

    @Test func procedureMissingPartsAndBadLimitsAreErrors() throws {
        let (data, ds) = loadData(["data/complaints/procedure.yaml": """
            kind: complaint-procedure
            steps: []
            time_limits:
              - what: แจ้งตอบรับ
                days: สามวัน
              - what: รายงานผล
                days: 0
              - what: แจ้งผล
                days: 5
                working_day: true
            """])
        #expect(has(ds, .error, "how_to_file", line: 1))
        #expect(has(ds, .error, "responsible_unit", line: 1))
        #expect(has(ds, .error, "steps", line: 2, "empty"))
        #expect(has(ds, .error, "time_limits[1].days", line: 5, "not a whole number"))
        #expect(has(ds, .error, "time_limits[2].days", line: 7, "0 days"))
        #expect(has(ds, .error, "time_limits[3].working_day", line: 10, "Did you mean 'working_days'?"))
        let p = try #require(data.first(ComplaintProcedure.self))
        #expect(p.missingOITParts == ["how_to_file", "steps", "responsible_unit"])
    }

    // MARK: Channels

    static let channels = """
        kind: complaint-channels
        identity_protection: เก็บชื่อผู้ร้องเรียนเป็นความลับ
        channels:
          - name: แบบฟอร์มร้องเรียนการทุจริต
            kind: online
            url: https://thungthong.example/report
            corruption_only: true
          - name: ศูนย์ดำรงธรรม
            kind: phone
            phone: "1567"
            corruption_only: false
            external: true
        """

    @Test func channelsLoadAndFindTheOwnOnlineCorruptionChannel() throws {
        let (data, ds) = loadData(["data/complaints/channels.yaml": Self.channels])
        #expect(ds == [])
        let c = try #require(data.first(ComplaintChannels.self))
        #expect(c.channels.map(\.kind) == [.online, .phone])
        #expect(c.channels.map(\.external) == [false, true])
        #expect(c.ownOnlineCorruptionChannels.map(\.name) == ["แบบฟอร์มร้องเรียนการทุจริต"])
    }

    @Test func noOwnOnlineCorruptionChannelIsAWarning() throws {
        let (data, ds) = loadData(["data/complaints/channels.yaml": """
            kind: complaint-channels
            identity_protection: เก็บเป็นความลับ
            channels:
              - name: ร้องเรียนทั่วไปออนไลน์
                kind: online
                url: https://thungthong.example/general
                corruption_only: false
              - name: สำนักงาน ป.ป.ช.
                kind: ออนไลน์
                url: https://www.nacc.go.th
                corruption_only: true
                external: true
              - name: โทรศัพท์สายตรง
                kind: phone
                phone: 0-3400-0008
                corruption_only: true
            """])
        #expect(ds.count == 1)
        #expect(has(ds, .warning, "channels", line: 4, "o18"))
        #expect(data.first(ComplaintChannels.self)?.ownOnlineCorruptionChannels.isEmpty == true)
    }

    @Test func channelErrorsNameFieldAndLine() {
        let (_, ds) = loadData(["data/complaints/channels.yaml": """
            kind: complaint-channels
            channels:
              - name: แบบฟอร์ม
                kind: online
                corruption_only: true
              - name: อีเมล
                kind: emial
                corruption_only: yes
              - name: อีเมลสายตรง
                kind: email
                email: stopcorruption.example
                corruption_only: true
              - name: เว็บ
                kind: online
                url: thungthong.example/report
              - name: ตู้
                kind: box
                corruption_only: maybe
            """])
        #expect(has(ds, .error, "identity_protection", line: 1))
        #expect(has(ds, .error, "channels[1].url", line: 3))
        #expect(has(ds, .error, "channels[2].kind", line: 7, "Did you mean 'email'?"))
        #expect(has(ds, .error, "channels[3].email", line: 11, "not an e-mail"))
        #expect(has(ds, .error, "channels[4].url", line: 15, "http"))
        #expect(has(ds, .error, "channels[4].corruption_only", line: 13))
        #expect(has(ds, .error, "channels[5].address", line: 16))
        #expect(has(ds, .error, "channels[5].corruption_only", line: 18, "true or false"))
    }

    // MARK: Statistics

    static func months(_ fy: FiscalYear, except skipped: Set<String> = [], override: [String: (Int, Int, Int)] = [:]) -> String {
        fy.months.filter { !skipped.contains($0.iso) }.map { m in
            let (r, p, f) = override[m.iso] ?? (0, 0, 0)
            return "  - {month: \(m.iso), received: \(r), in_progress: \(p), finished: \(f)}"
        }.joined(separator: "\n")
    }

    @Test func statsOfAFullYearWithZerosLoadWithoutWarnings() throws {
        let yaml = "kind: complaint-stats\nfiscal_year: 2568\nmonths:\n"
            + Self.months(FiscalYear(buddhistYear: 2568), override: ["2025-01": (1, 1, 0), "2025-02": (0, 0, 1)]) + "\n"
        let (data, ds) = loadData(["data/complaints/stats-2568.yaml": yaml])
        #expect(ds == [])
        let s = try #require(data["complaints/stats-2568"] as? ComplaintStats)
        #expect(s.fiscalYear == 2568)
        #expect(s.coveredMonths.count == 12)
        #expect(s.coveredMonths.first?.iso == "2024-10" && s.coveredMonths.last?.iso == "2025-09")
        #expect(s.missingMonths == [])
        #expect(s.totalReceived == 1 && s.totalFinished == 1 && s.latestInProgress == 0)
        #expect(s.months.filter { $0.received == 0 }.count == 11)
    }

    @Test func missingMonthsStayAbsentAndTheYearComesFromTheFileName() throws {
        let yaml = "kind: complaint-stats\nmonths:\n"
            + Self.months(FiscalYear(buddhistYear: 2567), except: ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"]) + "\n"
        let (data, ds) = loadData(["data/complaints/stats-2567.yaml": yaml])
        #expect(ds == [])
        let s = try #require(data.first(ComplaintStats.self))
        #expect(s.fiscalYear == 2567)
        #expect(s.months.count == 6)
        #expect(s.missingMonths.map(\.iso) == ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"])
    }

    @Test func inconsistentFiguresWarnButLoad() throws {
        let (data, ds) = loadData(["data/complaints/stats-2568.yaml": """
            kind: complaint-stats
            fiscal_year: 2568
            months:
              - month: 2024-10
                received: 1
                in_progress: 1
                finished: 0
              - month: 2024-11
                received: 0
                in_progress: 1
                finished: 1
            """])
        #expect(ds.count == 1)
        #expect(has(ds, .warning, "months[2].in_progress", line: 10, "more than the 1 complaints received so far"))
        #expect(data.first(ComplaintStats.self)?.months.count == 2)
    }

    @Test func carriedOverComplaintsCountAsReceived() {
        let (_, ds) = loadData(["data/complaints/stats-2568.yaml": """
            kind: complaint-stats
            fiscal_year: 2568
            carried_over: 1
            months:
              - {month: 2024-10, received: 0, in_progress: 1, finished: 0}
              - {month: 2024-11, received: 0, in_progress: 0, finished: 1}
            """])
        #expect(ds == [])
    }

    @Test func christianEraFiscalYearIsAnErrorThatNamesTheBuddhistYear() {
        let (_, ds) = loadData(["data/complaints/stats.yaml": """
            kind: complaint-stats
            fiscal_year: 2025
            months:
              - {month: 2024-10, received: 0, in_progress: 0, finished: 0}
            """])
        #expect(has(ds, .error, "fiscal_year", line: 2, "Write 2568"))
    }

    @Test func statsMonthErrorsNameFieldAndLine() throws {
        let (data, ds) = loadData(["data/complaints/stats-2568.yaml": """
            kind: complaint-stats
            fiscal_year: 2568
            months:
              - {month: 2025-10, received: 0, in_progress: 0, finished: 0}
              - {month: 2024-13, received: 0, in_progress: 0, finished: 0}
              - {month: 2567-11, received: 0, in_progress: 0, finished: 0}
              - {month: 2024-11, received: 0, in_progress: 0, finished: 0}
              - {month: 2024-12, received: -1, in_progress: 0, finished: 0}
              - {month: 2025-01, received: 0, in_progress: 0}
              - {month: 2025-02-01, received: 0, in_progress: 0, finished: 0}
              - {month: 2025-03, recieved: 0, in_progress: 0, finished: 0}
            """])
        #expect(has(ds, .error, "months[1].month", line: 4, "not in fiscal year 2568"))
        #expect(has(ds, .error, "months[2].month", line: 5, "not a real month"))
        #expect(has(ds, .warning, "months[3].month", line: 6, "Buddhist-era"))
        #expect(has(ds, .error, "months[4].month", line: 7, "listed twice"))
        #expect(has(ds, .error, "months[5].received", line: 8, "negative"))
        #expect(has(ds, .error, "months[6].finished", line: 9))
        #expect(has(ds, .error, "months[7].month", line: 10, "YYYY-MM"))
        #expect(has(ds, .error, "months[8].recieved", line: 11, "Did you mean 'received'?"))
        #expect(data.first(ComplaintStats.self)?.coveredMonths.map(\.iso) == ["2024-11"])
    }

    @Test func fileNameAndFiscalYearMustAgree() {
        let (data, ds) = loadData(["data/complaints/stats-2567.yaml": """
            kind: complaint-stats
            fiscal_year: 2568
            months: []
            """])
        #expect(has(ds, .warning, "fiscal_year", line: 2, "the file is named for 2567, but its fiscal_year is 2568; 2568 is used"))
        #expect(data.first(ComplaintStats.self)?.fiscalYear == 2568)
    }

    // MARK: Participation

    @Test func participationLoadsActivitiesInDateOrder() throws {
        let (data, ds) = loadData(["data/participation/2568.yaml": """
            kind: participation
            activities:
              - name: ประชาคมตำบล
                date: 2025-04-25
                type: planning
                participants: {groups: [ผู้นำชุมชน, กลุ่มอาชีพ], count: 138}
                description: ทบทวนแผนพัฒนาท้องถิ่น
                outcome: เพิ่มโครงการ ๔๒ โครงการ
              - name: ประชาคมหมู่บ้าน
                period: {start: 2025-03-10, end: 2025-03-21}
                type: การวางแผน
                participants: {groups: ผู้แทนครัวเรือน}
                description: รับฟังความต้องการ
              - name: สังเกตการณ์ตรวจรับงานจ้าง
                date: 2025-07-08
                type: การติดตามตรวจสอบ
                participants: {groups: [ผู้แทนประชาชนหมู่ที่ ๕], count: 3}
                description: ร่วมสังเกตการณ์
            """])
        #expect(ds == [])
        let p = try #require(data.first(Participation.self))
        #expect(p.fiscalYear == 2568)
        #expect(p.activities.map(\.name) == ["ประชาคมหมู่บ้าน", "ประชาคมตำบล", "สังเกตการณ์ตรวจรับงานจ้าง"])
        #expect(p.activities.map(\.type) == [.planning, .planning, .oversight])
        #expect(p.activities[0].period.end.iso == "2025-03-21")
        #expect(p.activities[1].period.start == p.activities[1].period.end)
        #expect(p.activities[0].participants == nil)
        #expect(p.totalParticipants == 141)
        #expect(p.activitiesInYear.count == 3)
    }

    @Test func participationErrorsNameFieldAndLine() throws {
        let (data, ds) = loadData(["data/participation/2568.yaml": """
            kind: participation
            activities:
              - name: ประชาคม
                date: 2025-02-30
                type: oversite
                participants: {count: -5}
                description: ประชุม
              - name: อบรม
                date: 2025-01-10
                period: {start: 2025-01-10, end: 2025-01-11}
                type: operation
                participants: {groups: [อสม.]}
                description: อบรม
              - name: ตรวจงาน
                period: {start: 2025-05-02, end: 2025-05-01}
                type: oversight
                participants: {groups: [ผู้แทนชุมชน]}
                descripton: ตรวจรับ
              - name: ประชาคมปีก่อน
                date: 2024-09-20
                type: planning
                participants: {groups: [ประชาชน]}
                description: ประชาคม
            """])
        #expect(has(ds, .error, "activities[1].date", line: 4, "not a real date"))
        #expect(has(ds, .error, "activities[1].type", line: 5, "Did you mean 'oversight'?"))
        #expect(has(ds, .error, "activities[1].participants.groups", line: 6))
        #expect(has(ds, .error, "activities[1].participants.count", line: 6, "negative"))
        #expect(has(ds, .error, "activities[2].period", line: 10, "both date and period"))
        #expect(has(ds, .error, "activities[3].period.end", line: 15, "before it starts"))
        #expect(has(ds, .error, "activities[3].descripton", line: 18, "Did you mean 'description'?"))
        #expect(has(ds, .warning, "activities[4].date", line: 20, "outside fiscal year 2568"))
        #expect(data.first(Participation.self)?.activities.map(\.name) == ["ประชาคมปีก่อน"])
    }

    @Test func participationNeedsAFiscalYear() {
        let (data, ds) = loadData(["data/participation/activities.yaml": """
            kind: participation
            activities: []
            """])
        #expect(has(ds, .error, "fiscal_year", line: 1))
        #expect(data.keys.isEmpty)
    }
}
