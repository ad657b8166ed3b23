import Foundation
@testable import SiteLoader
@testable import SiteModel
import Testing
import ThaiText

/// Loads data files and resolves the references between them, as a site build does.
func loadResolved(_ files: [String: String]) -> (Disclosures, [Diagnostic]) {
    let (data, ds) = loadData(files)
    let (linked, linkDiagnostics) = DatasetLinker.link(data)
    return (linked, ds + linkDiagnostics)
}

extension Array where Element == Diagnostic {
    /// The diagnostic for a field, if any.
    func at(_ field: String) -> Diagnostic? { first { $0.field == field } }
}

@Suite struct NoGiftPolicyDataTests {
    static let good = """
        kind: no-gift-policy
        fiscal_year: 2568
        announcement:
          title: ประกาศ เรื่อง เจตนารมณ์ไม่รับของขวัญ
          date: 2024-10-01
          signer: {name: นายสมชาย ใจดี, position: นายก อบต.}
          text:
            - ย่อหน้าที่หนึ่ง
            - ย่อหน้าที่สอง
        activities:
          - name: พิธีประกาศเจตนารมณ์
            date: 2024-10-08
            participants: บุคลากรทุกคน
            participant_count: 46
            description: กล่าวคำประกาศร่วมกัน
        """

    @Test func loadsAnnouncementAndActivities() throws {
        let (data, ds) = loadData(["data/integrity/no-gift-policy.yaml": Self.good])
        #expect(ds == [])
        let p = try #require(data.first(NoGiftPolicy.self))
        #expect(p.fiscalYear == 2568)
        #expect(p.announcement.signer.name == "นายสมชาย ใจดี" && p.announcement.paragraphs.count == 2)
        #expect(p.activities.first?.participantCount == 46)
    }

    @Test func fiscalYearDefaultsToTheAnnouncementDate() throws {
        let text = Self.good.replacingOccurrences(of: "fiscal_year: 2568\n", with: "")
            .replacingOccurrences(of: "date: 2024-10-01", with: "date: 2024-09-25")
        let (data, _) = loadData(["data/p.yaml": text])
        #expect(try #require(data.first(NoGiftPolicy.self)).fiscalYear == 2567)
    }

    @Test func badInputNamesFieldAndLine() {
        let (_, ds) = loadData(["data/p.yaml": """
            kind: no-gift-policy
            fiscal_year: 2024
            announcement:
              title: ประกาศ
              date: 2024-02-30
              signer: {position: นายก อบต.}
              text: []
            activities:
              - name: กิจกรรม
                date: 2023-05-01
                participant: ทุกคน
                description: ทดสอบ
            """])
        #expect(ds.at("fiscal_year")?.line == 2 && ds.at("fiscal_year")?.hint?.contains("2567") == true)
        #expect(ds.at("announcement.date")?.line == 5)
        #expect(ds.at("announcement.signer.name")?.line == 6)
        #expect(ds.at("announcement.text")?.line == 7)
        #expect(ds.at("activities[1].participant")?.hint?.contains("Did you mean 'participants'?") == true)
        #expect(ds.at("activities[1].participant")?.line == 11)
        #expect(ds.at("activities[1].participants") != nil)
    }

    @Test func activityOutsideTheYearIsAWarningAndFilesMustExist() {
        let text = Self.good.replacingOccurrences(of: "date: 2024-10-08", with: "date: 2023-10-08")
            + "\n    attachments: [files/missing.pdf]\n"
        let (_, ds) = loadData(["data/p.yaml": text])
        let w = ds.at("activities[1].date")
        #expect(w?.severity == .warning && w?.line == 12)
        #expect(ds.contains { $0.severity == .error && $0.message.contains("files/missing.pdf") })
    }
}

@Suite struct GiftRegisterDataTests {
    @Test func registerWithGiftsAndMonthsDeclaredEmpty() throws {
        let (data, ds) = loadData(["data/integrity/gifts-2568.yaml": """
            kind: gift-register
            as_of: 2025-01-31
            none_received: [2024-10, 2024-11]
            gifts:
              - date: 2024-12-26
                giver: ผู้ประกอบการหรือคู่สัญญา
                item: กระเช้า
                value: 1,200
                action: ส่งคืน
                recipient: {position: ผู้อำนวยการกองช่าง}
              - date: 2025-01-06
                giver: บุคคลทั่วไป
                item: ชุดเครื่องใช้ไฟฟ้า
                value: 3000.01
                action: รายงานผู้บังคับบัญชาและส่งคืน
                recipient: {name: นางสาวเอ, position: เจ้าพนักงานพัสดุ}
            """])
        #expect(ds == [])
        let g = try #require(data.first(GiftRegister.self))
        #expect(g.fiscalYear == 2568)  // from the file name
        #expect(g.gifts.map(\.isReportable) == [false, true])
        #expect(g.gifts[1].value == Money(satang: 300_001))
        #expect(g.noneReceivedMonths.map(\.iso) == ["2024-10", "2024-11"])
        // October–January are covered: two declared empty, two with gifts (and up to as_of).
        #expect(g.coveredMonths.map(\.iso) == ["2024-10", "2024-11", "2024-12", "2025-01"])
    }

    @Test func exactlyThreeThousandIsNotReportable() {
        let gift = Gift(number: 1, date: CalendarDate(year: 2025, month: 1, day: 1)!, giver: .relative, giverName: nil,
                        item: "x", value: Money(baht: 3000), action: "x", recipient: PersonRef(name: nil, position: "x"),
                        source: SourceRef(file: "x"))
        #expect(!gift.isReportable)
    }

    @Test func noneReceivedForTheYearIsAValidReport() throws {
        let (data, ds) = loadData(["data/g.yaml": "kind: gift-register\nfiscal_year: 2568\nnone_received: true\n"])
        #expect(ds == [])
        let g = try #require(data.first(GiftRegister.self))
        #expect(g.noneReceivedForYear && g.coveredMonths.count == 12)
    }

    @Test func emptyRegisterWithoutNoneReceivedWarns() {
        let (_, ds) = loadData(["data/g.yaml": "kind: gift-register\nfiscal_year: 2568\n"])
        #expect(ds.count == 1 && ds[0].severity == .warning && ds[0].field == "gifts")
    }

    @Test func badGifts() {
        let (_, ds) = loadData(["data/g.yaml": """
            kind: gift-register
            fiscal_year: 2568
            none_received: [2025-02, 2025-13, 2025-10]
            gifts:
              - date: 2025-10-01
                giver: ญาติ
                item: ผลไม้
                value: -500
                action: รับไว้
                recipent: {position: ปลัด}
              - date: 2025-02-14
                giver: ญาต
                item: ดอกไม้
                value: 100
                action: รับไว้
                recipient: {position: ปลัด}
            """])
        // Outside the fiscal year, a negative value, a misspelt key, an impossible month.
        #expect(ds.at("gifts[1].date")?.line == 5 && ds.at("gifts[1].date")?.message.contains("fiscal year 2568") == true)
        #expect(ds.at("gifts[1].value")?.line == 8 && ds.at("gifts[1].value")?.message.contains("negative") == true)
        #expect(ds.at("gifts[1].recipent")?.hint?.contains("Did you mean 'recipient'?") == true)
        #expect(ds.at("gifts[1].recipient")?.severity == .error)
        #expect(ds.at("none_received[2]")?.line == 3)
        #expect(ds.at("none_received[3]")?.message.contains("not in fiscal year 2568") == true)
        // A gift in a month declared empty contradicts the register.
        #expect(ds.at("gifts[2].date")?.message.contains("nothing was received in 2025-02") == true)
        #expect(ds.at("gifts[2].giver")?.hint?.contains("Did you mean 'ญาติ'?") == true)
    }

    @Test func noneReceivedContradictedByGifts() {
        let (_, ds) = loadData(["data/g.yaml": """
            kind: gift-register
            fiscal_year: 2568
            none_received: true
            gifts:
              - {date: 2025-01-06, giver: ญาติ, item: ผลไม้, value: 200, action: รับไว้, recipient: {position: ปลัด}}
            """])
        let d = ds.at("none_received")
        #expect(d?.severity == .error && d?.line == 3 && d?.message.contains("1 gift") == true)
    }

    @Test func christianEraYearIsAnError() {
        let (data, ds) = loadData(["data/g.yaml": "kind: gift-register\nfiscal_year: 2025\nnone_received: true\n"])
        #expect(data.first(GiftRegister.self) == nil)
        #expect(ds.at("fiscal_year")?.line == 2 && ds.at("fiscal_year")?.hint?.contains("2568") == true)
    }

    @Test func fileNameAndFiscalYearDisagree() {
        let (_, ds) = loadData(["data/gifts-2567.yaml": "kind: gift-register\nfiscal_year: 2568\nnone_received: true\n"])
        #expect(ds.at("fiscal_year")?.severity == .warning)
    }
}

@Suite struct RiskAssessmentDataTests {
    static func risk(_ extra: String = "", likelihood: String = "3", impact: String = "4") -> String {
        """
          - process: การพิจารณาใบอนุญาต
            event: เรียกรับเงิน
            likelihood: \(likelihood)
            impact: \(impact)
            controls: มีคู่มือ
            control_rating: พอใช้
            measures: [ติดตามสถานะคำขอ]
        \(extra)
        """
    }

    @Test func scoresLevelsAndTheStandardMapping() throws {
        let (data, ds) = loadData(["data/integrity/risks-2568.yaml": "kind: risk-assessment\nrisks:\n"
                                   + Self.risk() + Self.risk(likelihood: "5", impact: "5") + Self.risk(likelihood: "1", impact: "4")])
        #expect(ds == [])
        let a = try #require(data.first(RiskAssessment.self))
        #expect(a.fiscalYear == 2568 && a.levels.isStandard)
        #expect(a.risks.map(\.number) == [1, 2, 3])
        #expect(a.risks.map(\.score) == [12, 25, 4])
        #expect(a.risks.map(\.level) == [.high, .veryHigh, .low])
    }

    static let narrative = """
        kind: risk-assessment
        fiscal_year: 2566
        corruption_types:
          - การทุจริตในการจัดซื้อจัดจ้าง
          - การใช้ทรัพย์สินของทางราชการเพื่อประโยชน์ส่วนตน
        causes:
          - type: โอกาส
            text: การควบคุมภายในบางขั้นตอนยังไม่รัดกุม
          - type: แรงจูงใจ
            text: ค่าตอบแทนไม่เพียงพอ
          - การขาดจริยธรรม
        internal_factors: [การตรวจสอบภายในยังไม่ครอบคลุม]
        external_factors: [ผู้ประกอบการเสนอผลประโยชน์]
        corrupt_acts: [การเรียกรับเงินเพื่อเร่งรัดการออกใบอนุญาต]
        """

    /// A narrative analysis without scores is an assessment of its own: its typed lists are
    /// kept as written, and no risk, score or level is invented.
    @Test func narrativeAnalysisWithoutScores() throws {
        let (data, ds) = loadData(["data/integrity/risks-2566.yaml": Self.narrative])
        #expect(ds == [])
        let a = try #require(data.first(RiskAssessment.self))
        #expect(a.fiscalYear == 2566 && a.risks.isEmpty && !a.isScored && a.hasNarrative)
        #expect(a.corruptionTypes.count == 2 && a.internalFactors == ["การตรวจสอบภายในยังไม่ครอบคลุม"])
        #expect(a.causes == [RiskCause(type: "โอกาส", text: "การควบคุมภายในบางขั้นตอนยังไม่รัดกุม"),
                             RiskCause(type: "แรงจูงใจ", text: "ค่าตอบแทนไม่เพียงพอ"), RiskCause(text: "การขาดจริยธรรม")])
        #expect(a.externalFactors.count == 1 && a.corruptActs.count == 1)
    }

    @Test func narrativeAndScoredTogether() throws {
        let (data, ds) = loadData(["data/r.yaml": Self.narrative + "\nrisks:\n" + Self.risk()])
        #expect(ds == [])
        let a = try #require(data.first(RiskAssessment.self))
        #expect(a.isScored && a.hasNarrative && a.risks.first?.level == .high)
    }

    @Test func narrativeMistakesNameFileLineAndField() throws {
        let (data, ds) = loadData(["data/r.yaml": """
            kind: risk-assessment
            fiscal_year: 2566
            levels:
              ต่ำ: 1-25
            causes:
              - kind: โอกาส
                text: การควบคุมไม่รัดกุม
              - type: แรงกดดัน
            corrupt_act: [การเรียกรับเงิน]
            """])
        let unknown = try #require(ds.first { $0.field == "causes[1].kind" })
        #expect(unknown.severity == .error && unknown.file == "data/r.yaml" && unknown.line == 6 && unknown.hint?.contains("type") == true)
        let noText = try #require(ds.at("causes[2].text"))
        #expect(noText.severity == .error && noText.line == 8)
        let misspelt = try #require(ds.at("corrupt_act"))
        #expect(misspelt.line == 9 && misspelt.hint?.contains("corrupt_acts") == true)
        let levels = try #require(ds.at("levels"))
        #expect(levels.severity == .warning && levels.line == 4 && levels.message.contains("scores no risk"))
        // The cause without a text is left out; the one with an unknown field is kept.
        #expect(data.first(RiskAssessment.self)?.causes.map(\.text) == ["การควบคุมไม่รัดกุม"])
    }

    @Test func neitherRisksNorNarrative() {
        let (_, ds) = loadData(["data/r.yaml": "kind: risk-assessment\nfiscal_year: 2566\n"])
        let d = ds.at("risks")
        #expect(d?.severity == .error && d?.message.contains("missing") == true && d?.hint?.contains("corruption_types") == true)
        let (_, ds2) = loadData(["data/r.yaml": "kind: risk-assessment\nfiscal_year: 2566\nrisks: []\n"])
        #expect(ds2.at("risks")?.severity == .error && ds2.at("risks")?.line == 3)
        let (_, ds3) = loadData(["data/r.yaml": "kind: risk-assessment\nfiscal_year: 2566\ncauses: []\n"])
        #expect(ds3.at("causes")?.severity == .error && ds3.at("causes")?.message.contains("narrative analysis lists nothing") == true)
    }

    @Test func likelihoodSixAndImpactZero() {
        let (data, ds) = loadData(["data/r.yaml": "kind: risk-assessment\nfiscal_year: 2568\nrisks:\n"
                                   + Self.risk(likelihood: "6", impact: "0")])
        #expect(data.first(RiskAssessment.self)?.risks.isEmpty == true)
        #expect(ds.at("risks[1].likelihood")?.line == 6 && ds.at("risks[1].likelihood")?.message.contains("6 is outside 1–5") == true)
        #expect(ds.at("risks[1].impact")?.line == 7 && ds.at("risks[1].impact")?.message.contains("0 is outside 1–5") == true)
    }

    @Test func statedScoreOrLevelThatDisagreesIsAWarning() throws {
        let (data, ds) = loadData(["data/r.yaml": "kind: risk-assessment\nfiscal_year: 2568\nrisks:\n"
                                   + Self.risk("    score: 15\n    level: ปานกลาง")])
        let w = try #require(ds.at("risks[1].score"))
        #expect(w.severity == .warning && w.message.contains("15") && w.message.contains("12") && w.line == 11)
        #expect(ds.at("risks[1].level")?.severity == .warning)
        let risk = try #require(data.first(RiskAssessment.self)?.risks.first)
        #expect(risk.score == 12 && risk.level == .high && risk.statedScore == 15)
    }

    @Test func customMappingChangesTheLevel() throws {
        let (data, ds) = loadData(["data/r.yaml": """
            kind: risk-assessment
            fiscal_year: 2568
            levels:
              ต่ำ: 1-6
              ปานกลาง: 7-12
              สูง: 13-19
              สูงมาก: 20-25
            risks:
            """ + "\n" + Self.risk()])
        #expect(ds == [])
        let a = try #require(data.first(RiskAssessment.self))
        #expect(!a.levels.isStandard && a.risks.first?.level == .medium)
    }

    @Test func overlappingMappingIsAnError() {
        let (_, ds) = loadData(["data/r.yaml": """
            kind: risk-assessment
            fiscal_year: 2568
            levels:
              ต่ำ: 1-4
              ปานกลาง: 5-10
              สูง: 10-16
              สูงมาก: 17-25
            risks:
            """ + "\n" + Self.risk()])
        let d = ds.at("levels.สูง")
        #expect(d?.severity == .error && d?.line == 6 && d?.message.contains("10") == true)
        #expect(d?.message.contains("ปานกลาง") == true)
    }

    @Test func mappingWithAGapOutOfRangeOrMisspeltLevel() {
        let (_, ds) = loadData(["data/r.yaml": """
            kind: risk-assessment
            fiscal_year: 2568
            levels:
              ต่ำ: 1-4
              ปานกลาง: 6-9
              สูง: 10-16
              สูงมก: 17-25
            risks:
            """ + "\n" + Self.risk()])
        #expect(ds.at("levels.สูงมก")?.hint?.contains("Did you mean 'สูงมาก'?") == true)
        #expect(ds.at("levels")?.message.contains("5, 17–25") == true)
        let (_, ds2) = loadData(["data/r.yaml": "kind: risk-assessment\nfiscal_year: 2568\nlevels:\n  ต่ำ: 0-30\nrisks:\n" + Self.risk()])
        #expect(ds2.at("levels.ต่ำ")?.message.contains("beyond 1–25") == true)
    }

    @Test func mappingMustRiseWithTheLevel() {
        let (_, ds) = loadData(["data/r.yaml": """
            kind: risk-assessment
            fiscal_year: 2568
            levels:
              ต่ำ: 10-25
              ปานกลาง: 1-9
            risks:
            """ + "\n" + Self.risk()])
        #expect(ds.at("levels.ปานกลาง")?.message.contains("lower scores") == true)
    }

    @Test func unknownKeysRatingsAndDuplicateNumbers() {
        let (_, ds) = loadData(["data/r.yaml": """
            kind: risk-assessment
            fiscal_year: 2568
            risks:
              - number: 1
                process: ก
                event: ข
                likelyhood: 3
                impact: 2
                controls: ค
                control_rating: ดีมาก
                measures: [ง]
              - number: 1
                process: ก
                event: ข
                likelihood: 3
                impact: 2
                controls: ค
                control_rating: ดี
            """])
        #expect(ds.at("risks[1].likelyhood")?.hint?.contains("Did you mean 'likelihood'?") == true)
        #expect(ds.at("risks[1].likelyhood")?.line == 7)
        #expect(ds.at("risks[1].control_rating")?.hint?.contains("ดี, พอใช้, อ่อน") == true)
        #expect(ds.at("risks[2].number")?.message.contains("twice") == true)
        #expect(ds.at("risks[2].measures")?.line == 12)
    }
}

@Suite struct RiskReportDataTests {
    static let assessment = """
        kind: risk-assessment
        fiscal_year: 2567
        risks:
          - {process: ก, event: เรียกรับเงิน, likelihood: 4, impact: 4, controls: ค, control_rating: อ่อน, measures: [ง]}
          - {process: ก, event: ฮั้วประมูล, likelihood: 3, impact: 5, controls: ค, control_rating: พอใช้, measures: [ง]}
        """

    static func report(_ assessmentKey: String = "integrity/risks-2567", risks: [Int] = [1, 2], year: Int = 2567) -> String {
        "kind: risk-report\nfiscal_year: \(year)\nassessment: \(assessmentKey)\nrisks:\n" + risks.map {
            "  - {risk: \($0), actions: [ทำแล้ว], result: ไม่มีเรื่องร้องเรียน, status: ดำเนินการแล้ว, residual_level: ต่ำ}\n"
        }.joined()
    }

    @Test func resolvesTheAssessment() throws {
        let (data, ds) = loadResolved(["data/integrity/risks-2567.yaml": Self.assessment,
                                       "data/integrity/risk-report-2567.yaml": Self.report()])
        #expect(ds == [])
        let r = try #require(data.first(RiskReport.self))
        #expect(r.assessment?.risks.count == 2)
        #expect(r.outcomes.map(\.residualLevel) == [.low, .low])
    }

    @Test func missingAssessmentSuggestsTheNearestKey() {
        let (_, ds) = loadResolved(["data/integrity/risks-2567.yaml": Self.assessment,
                                    "data/integrity/risk-report-2567.yaml": Self.report("integrity/risk-2567")])
        let d = ds.at("assessment")
        #expect(d?.severity == .error && d?.line == 3 && d?.file == "data/integrity/risk-report-2567.yaml")
        #expect(d?.hint?.contains("Did you mean 'integrity/risks-2567'?") == true)
    }

    @Test func assessmentOfTheWrongKind() {
        let (_, ds) = loadResolved(["data/g.yaml": "kind: gift-register\nfiscal_year: 2567\nnone_received: true\n",
                                    "data/report.yaml": Self.report("g")])
        #expect(ds.at("assessment")?.message.contains("is a gift-register data file") == true)
    }

    @Test func unknownRiskNumberUnreportedRiskAndYearMismatch() {
        let (_, ds) = loadResolved(["data/integrity/risks-2567.yaml": Self.assessment,
                                    "data/report.yaml": Self.report(risks: [1, 7], year: 2568)])
        #expect(ds.at("risks[2].risk")?.severity == .error && ds.at("risks[2].risk")?.line == 6)
        #expect(ds.at("risks[2].risk")?.hint?.contains("1, 2") == true)
        #expect(ds.contains { $0.severity == .warning && $0.field == "risks" && $0.message.contains("risk 2") })
        #expect(ds.contains { $0.severity == .warning && $0.field == "assessment" && $0.message.contains("2568") })
    }

    @Test func badEntries() {
        let (_, ds) = loadData(["data/report.yaml": """
            kind: risk-report
            fiscal_year: 2567
            assessment: integrity/risks-2567
            risks:
              - risk: 1
                action: [ก]
                result: ข
                status: เสร็จแล้ว
                residual_level: ปานกลง
              - risk: 1
                actions: [ก]
                result: ข
                status: ดำเนินการแล้ว
                residual_level: ต่ำ
            """])
        #expect(ds.at("risks[1].action")?.hint?.contains("Did you mean 'actions'?") == true)
        #expect(ds.at("risks[1].actions")?.severity == .error)
        #expect(ds.at("risks[1].status")?.line == 8)
        #expect(ds.at("risks[1].residual_level")?.hint?.contains("Did you mean 'ปานกลาง'?") == true)
        #expect(ds.at("risks[2].risk")?.message.contains("twice") == true)
    }
}

@Suite struct IntegrityMeasureDataTests {
    static let measure = """
              - name: มาตรการปรับปรุงการให้บริการ
                steps:
                  - ประชุมบุคลากร
                  - text: สรุปผล
                    numbered: false
                responsible: [ทุกสำนัก/กอง]
                period: {start: 2024-10-01, end: 2025-09-30}
                ita_indicators: [1, 8]
        """

    static func doc(_ kind: String = "integrity-measures", year: Int = 2568, extra: String = "", measure: String = measure) -> String {
        "kind: \(kind)\nfiscal_year: \(year)\n\(extra)issues:\n  - title: กระบวนการปฏิบัติงานที่โปร่งใส\n    measures:\n" + measure + "\n"
    }

    @Test func measuresLoadWithNumberingAndIndicators() throws {
        let (data, ds) = loadData(["data/m.yaml": Self.doc()])
        #expect(ds == [])
        let m = try #require(data.first(IntegrityMeasures.self)?.issues.first?.measures.first)
        #expect(m.number == 1 && m.itaIndicators == [1, 8])
        #expect(m.steps.map(\.numbered) == [true, false])
        #expect(m.period.start.iso == "2024-10-01")
    }

    @Test func reportFieldsAreNotMeasureFields() {
        let measure = Self.measure + "\n        results: [ผลลัพธ์]"
        let (_, ds) = loadData(["data/m.yaml": Self.doc(measure: measure)])
        #expect(ds.at("issues[1].measures[1].results")?.message.contains("unknown field") == true)
        #expect(ds.at("issues[1].measures[1].results")?.line == 14)
    }

    @Test func aReportNeedsResultsAndOutcomes() throws {
        let (_, missing) = loadData(["data/r.yaml": Self.doc("integrity-report")])
        #expect(missing.at("issues[1].measures[1].results")?.severity == .error)
        #expect(missing.at("issues[1].measures[1].outcomes")?.severity == .error)
        let full = Self.measure + """

                results:
                  - text: มีการบังคับใช้ประมวลจริยธรรม
                    items: [ผู้บริหาร, สมาชิกสภา, พนักงาน]
                outcomes: [บุคลากรเข้าใจ]
        """
        let (data, ds) = loadData(["data/r.yaml": Self.doc("integrity-report", measure: full)])
        #expect(ds == [])
        let m = try #require(data.first(IntegrityReport.self)?.issues.first?.measures.first)
        #expect(m.results.first?.items.count == 3 && m.outcomes.count == 1)
    }

    @Test func badIndicatorsPeriodAndResponsible() {
        let measure = """
              - name: มาตรการ
                steps: [ก]
                responsible: []
                period: {start: 2023-10-01, end: 2024-09-30}
                ita_indicators: [0, 11, สาม]
        """
        let (_, ds) = loadData(["data/m.yaml": Self.doc(measure: measure)])
        #expect(ds.at("issues[1].measures[1].responsible")?.line == 8)
        #expect(ds.at("issues[1].measures[1].period")?.severity == .warning)
        #expect(ds.at("issues[1].measures[1].ita_indicators[1]")?.line == 10)
        #expect(ds.at("issues[1].measures[1].ita_indicators[2]") != nil)
        #expect(ds.at("issues[1].measures[1].ita_indicators[3]") != nil)
    }

    @Test func christianEraFiscalYear() {
        let (_, ds) = loadData(["data/m.yaml": Self.doc(year: 2025)])
        #expect(ds.at("fiscal_year")?.hint?.contains("2568") == true)
    }

    @Test func itaResultsReferenceIsChecked() throws {
        let ita = "kind: ita-results\nfiscal_year: 2567\noverall: {score: 90.00, level: ผ่านดี}\n"
            + "indicators:\n  - {number: 1, name: การปฏิบัติหน้าที่, tool: IIT, average: 90.00}\n"
        let (data, ds) = loadResolved(["data/ita/results-2567.yaml": ita,
                                       "data/m.yaml": Self.doc(extra: "ita_results: ita/results-2567\n")])
        // Indicator 8 is cited but the results list only indicator 1.
        #expect(ds.map(\.field) == ["ita_indicators"])
        #expect(try #require(data.first(IntegrityMeasures.self)).itaResults?.fiscalYear == 2567)
        let (_, wrongYear) = loadResolved(["data/ita/results-2567.yaml": ita,
                                           "data/m.yaml": Self.doc(year: 2569, extra: "ita_results: ita/results-2567\n")])
        #expect(wrongYear.contains { $0.field == "ita_results" && $0.severity == .warning && $0.line == 3 })
        let (_, missing) = loadResolved(["data/m.yaml": Self.doc(extra: "ita_results: ita/results-2567\n")])
        #expect(missing.at("ita_results")?.severity == .error)
    }
}
