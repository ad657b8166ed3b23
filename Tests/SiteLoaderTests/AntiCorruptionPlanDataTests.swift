import Foundation
@testable import SiteLoader
import SiteModel
import Testing
import ThaiText

/// Loads data files and links them to each other, as a site build does.
func loadLinkedData(_ files: [String: String]) -> (Disclosures, [Diagnostic]) {
    let (data, ds) = loadData(files)
    let (linked, linkDiagnostics) = DatasetLinker.link(data)
    return (linked, ds + linkDiagnostics)
}

/// The 1-based line of the first line of `text` containing `marker`.
func line(of marker: String, in text: String, after: String? = nil) -> Int? {
    let lines = text.components(separatedBy: "\n")
    var start = 0
    if let after, let i = lines.firstIndex(where: { $0.contains(after) }) { start = i + 1 }
    return lines[start...].firstIndex { $0.contains(marker) }.map { $0 + 1 }
}

/// A small, consistent plan: four dimensions of the 2566–2570 framework, one mission each.
func planYAML(items1: String? = nil, groups: String = "", years: String = "[2566, 2567, 2568]",
              framework: String = "2566-2570", dimension1: String = "การสร้างวัฒนธรรมสุจริต", totals: String? = nil) -> String {
    let firstItems = indented(items1 ?? """
                  - code: 1.1.1(1)
                    kind: โครงการ
                    name: โครงการอบรมคุณธรรมจริยธรรมบุคลากร
                    responsible: [สำนักปลัด]
                    budget: {2566: 20000, 2567: "20,000", 2568: ไม่ใช้งบประมาณ}
                  - code: 1.1.1(2)
                    kind: มาตรการ
                    name: มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม
                    responsible: [สำนักปลัด]
                    budget: ไม่ใช้งบประมาณ
        """, by: 14)
    let statedTotals = totals ?? """
        stated_totals:
          dimensions:
            - dimension: 1
              items: 2
              budget: {2566: 20000, 2567: 20000, 2568: 0}
          total:
            items: 5
            budget: {2566: 30000, 2567: 30000, 2568: 10000}
        """
    return """
        kind: anti-corruption-plan
        title: แผนปฏิบัติการป้องกันการทุจริต
        framework: \(framework)
        fiscal_years: \(years)
        dimensions:
          - number: 1
            name: \(dimension1)
            missions:
              - code: "1.1"
                name: บุคลากร
                sub_objectives:
                  - code: 1.1.1
                    name: ประมวลจริยธรรม
                    items:
        \(firstItems)
          - number: 2
            name: การบริหารราชการด้วยความโปร่งใส
            missions:
              - code: "2.2"
                name: มาตรการส่งเสริมคุณธรรมและความโปร่งใส
                items:
                  - code: 2.2(1)
                    kind: โครงการ
                    name: โครงการประเมินความพึงพอใจ
                    responsible: [สำนักปลัด]
                    budget: {2566: 10000, 2567: 10000, 2568: 10000}
          - number: 3
            name: การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน
            missions:
              - code: "3.1"
                name: การมีส่วนร่วม
                items:
                  - code: 3.1.1
                    name: ส่งเสริมการมีส่วนร่วมของประชาชน
                    budget: ไม่ระบุ
          - number: 4
            name: การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น
            missions:
              - code: "4.1"
                name: การตรวจสอบภายใน
                items:
                  - code: 4.1.1
                    kind: กิจกรรม
                    name: กิจกรรมติดตามประเมินผลการควบคุมภายใน
                    responsible: [หน่วยตรวจสอบภายใน]
        \(indented(groups, by: 0))
        \(indented(statedTotals, by: 0))
        """
}

/// `text` with its common indentation replaced by `by` spaces (blank lines stay empty).
func indented(_ text: String, by: Int) -> String {
    let lines = text.components(separatedBy: "\n")
    let common = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        .map { $0.prefix { $0 == " " }.count }.min() ?? 0
    return lines.map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "" : String(repeating: " ", count: by) + $0.dropFirst(common) }
        .joined(separator: "\n")
}

@Suite struct AntiCorruptionPlanDataTests {
    @Test func consistentPlanLoadsWithoutDiagnostics() throws {
        let (data, ds) = loadData(["data/plan.yaml": planYAML()])
        #expect(ds.map(\.description) == [])
        let plan = try #require(data.first(AntiCorruptionPlan.self))
        #expect(plan.framework == .nacc2566)
        #expect(plan.fiscalYears == [2566, 2567, 2568])
        #expect(plan.items.map(\.code.description) == ["1.1.1(1)", "1.1.1(2)", "2.2(1)", "3.1.1", "4.1.1"])
        let first = try #require(plan.item(PlanItemCode("1.1.1(1)")!))
        #expect(first.budget(in: 2566) == .amount(Money(baht: 20000)))
        #expect(first.budget(in: 2567) == .amount(Money(baht: 20000)))
        #expect(first.budget(in: 2568) == .noBudget)
        #expect(plan.item(PlanItemCode("3.1.1")!)?.budget(in: 2567) == .notStated)
        #expect(plan.item(PlanItemCode("3.1.1")!)?.kind == nil)
        #expect(plan.item(PlanItemCode("4.1.1")!)?.budget.isEmpty == true)
        #expect(plan.computedBudget(dimension: nil, year: 2566) == Money(baht: 30000))
        #expect(plan.computedBudget(dimension: 1, year: 2568) == .zero)
        #expect(plan.statedTotal?.budget[2568] == .amount(Money(baht: 10000)))
        #expect(plan.kindCounts.map(\.count) == [2, 1, 1, 1])
    }

    @Test func codesMustHaveTheirShapeAndBeUnique() {
        let text = planYAML(items1: """
                      - code: 1.1.1 (1)
                        name: รหัสมีช่องว่าง
                      - code: 1.1.1(2)
                        name: รายการแรก
                      - code: 1.1.1(2)
                        name: รหัสซ้ำ
                      - code: 1.2.1(1)
                        name: ผิดภารกิจ
                      - code: 1.1.2(1)
                        name: ผิดวัตถุประสงค์
            """, totals: "")
        let (_, ds) = loadData(["data/plan.yaml": text])
        let field = "dimensions[1].missions[1].sub_objectives[1].items"
        #expect(ds.contains { $0.field == "\(field)[1].code" && $0.line == line(of: "1.1.1 (1)", in: text)
            && $0.severity == .error && $0.hint?.contains("2.2.2(12)") == true })
        let second = line(of: "code: 1.1.1(2)", in: text)
        #expect(ds.contains { $0.field == "\(field)[3].code" && $0.line == line(of: "code: 1.1.1(2)", in: text, after: "รายการแรก")
            && $0.message.contains("used twice (first on line \(second!))") })
        #expect(ds.contains { $0.field == "\(field)[4].code" && $0.message.contains("listed under mission 1.1") })
        #expect(ds.contains { $0.field == "\(field)[5].code" && $0.message.contains("listed under sub-objective 1.1.1") })
    }

    @Test func budgetYearsMustBeThePlansAndMoneyNotNegative() {
        let text = planYAML(items1: """
                      - code: 1.1.1(1)
                        name: ปีนอกแผน
                        budget: {2566: 1000, 2571: 1000}
                      - code: 1.1.1(2)
                        name: ปีคริสต์ศักราช
                        budget: {2024: 1000}
                      - code: 1.1.1(3)
                        name: เงินติดลบ
                        budget: {2567: -500}
                      - code: 1.1.1(4)
                        name: ค่าเดียว
                        budget: 5000
            """, totals: "")
        let (_, ds) = loadData(["data/plan.yaml": text])
        let field = "dimensions[1].missions[1].sub_objectives[1].items"
        #expect(ds.contains { $0.field == "\(field)[1].budget.2571" && $0.line == line(of: "2571", in: text)
            && $0.message.contains("not one of the plan's fiscal years (2566, 2567, 2568)") })
        #expect(ds.contains { $0.field == "\(field)[2].budget.2024" && $0.line == line(of: "{2024", in: text)
            && $0.hint?.contains("Write 2567") == true })
        #expect(ds.contains { $0.field == "\(field)[3].budget.2567" && $0.line == line(of: "-500", in: text)
            && $0.message.contains("negative") })
        #expect(ds.contains { $0.field == "\(field)[4].budget" && $0.line == line(of: "budget: 5000", in: text)
            && $0.hint?.contains("{2566: 16000") == true })
    }

    @Test func fiscalYearsAndFrameworkAreChecked() {
        let ce = planYAML(years: "[2023, 2024]", totals: "")
        let (_, ds) = loadData(["data/plan.yaml": ce])
        #expect(ds.contains { $0.field == "fiscal_years" && $0.line == 4 && $0.severity == .error && $0.hint?.contains("Write 2566") == true })

        let badFramework = planYAML(framework: "2566-2571", totals: "")
        let (_, fds) = loadData(["data/plan.yaml": badFramework])
        #expect(fds.contains { $0.field == "framework" && $0.line == 3 && $0.hint?.contains("Did you mean '2566-2570'?") == true })

        let outside = planYAML(years: "[2565, 2566]", totals: "")
        let (_, ods) = loadData(["data/plan.yaml": outside])
        #expect(ods.contains { $0.field == "fiscal_years" && $0.severity == .warning && $0.message.contains("2565") })

        let twice = planYAML(years: "[2566, 2566]", totals: "")
        let (_, tds) = loadData(["data/plan.yaml": twice])
        #expect(tds.contains { $0.field == "fiscal_years" && $0.message.contains("listed twice") })
    }

    @Test func dimensionNamesAreCheckedAgainstTheirFramework() {
        let old = planYAML(dimension1: "การสร้างสังคมที่ไม่ทนต่อการทุจริต")
        let (_, ds) = loadData(["data/plan.yaml": old])
        let d = ds.first { $0.field == "dimensions[1].name" }
        #expect(d?.severity == .warning && d?.line == line(of: "การสร้างสังคมที่ไม่ทนต่อการทุจริต", in: old))
        #expect(d?.hint?.contains("2561-2565 framework") == true)
        #expect(d?.hint?.contains("การสร้างวัฒนธรรมสุจริต") == true)

        // The same name is right for a plan of the previous cycle; spaces from PDF text do not matter.
        let (_, okDs) = loadData(["data/plan.yaml": planYAML(years: "[2563, 2564]", framework: "2561-2565",
                                                             dimension1: "การสร้างสังคม ที่ไม่ทนต่อการทุจริต", totals: "")
            .replacingOccurrences(of: "2566:", with: "2563:").replacingOccurrences(of: "2567:", with: "2564:")
            .replacingOccurrences(of: ", 2568: ไม่ใช้งบประมาณ", with: "")
            .replacingOccurrences(of: ", 2568: 10000", with: "")])
        #expect(!okDs.contains { $0.field == "dimensions[1].name" })
        // Dimensions 2 and 4 carry 2566 names, which the 2561–2565 framework does not have.
        #expect(okDs.contains { $0.field == "dimensions[2].name" && $0.hint?.contains("2566-2570 framework") == true })
    }

    @Test func unknownKeysGetDidYouMean() {
        let text = planYAML(items1: """
                      - code: 1.1.1(1)
                        name: รายการ
                        responsable: [สำนักปลัด]
                        detail:
                          objective: [เพื่อ]
            """, totals: "")
        let (_, ds) = loadData(["data/plan.yaml": text])
        #expect(ds.contains { $0.field == "dimensions[1].missions[1].sub_objectives[1].items[1].responsable"
            && $0.line == line(of: "responsable", in: text) && $0.hint?.contains("Did you mean 'responsible'?") == true })
        #expect(ds.contains { $0.field == "dimensions[1].missions[1].sub_objectives[1].items[1].detail.objective"
            && $0.hint?.contains("Did you mean 'objectives'?") == true })
    }

    @Test func detailSheetIsRead() throws {
        let text = planYAML(items1: """
                      - code: 1.1.1(1)
                        name: โครงการอบรม
                        detail:
                          rationale: |
                            ย่อหน้าแรก

                            ย่อหน้าที่สอง
                          objectives: [เพื่อเพิ่มความรู้]
                          target_group: {text: บุคลากร, count: 40, unit: คน}
                          method: [ขออนุมัติโครงการ, จัดอบรม]
                          period: ปีงบประมาณ พ.ศ. 2566 – 2568
                          budget_text: 20,000 บาท (สองหมื่นบาทถ้วน)
                          outputs:
                            - text: จัดอบรม
                              target: ไม่น้อยกว่า 2 ครั้งต่อปี
                          outcomes: [ข้อร้องเรียนลดลง]
            """, totals: "")
        let (data, ds) = loadData(["data/plan.yaml": text])
        #expect(ds.filter { $0.severity == .error }.isEmpty)
        let detail = try #require(data.first(AntiCorruptionPlan.self)?.items.first?.detail)
        #expect(detail.rationale == ["ย่อหน้าแรก", "ย่อหน้าที่สอง"])
        #expect(detail.targetGroup == PlanTargetGroup(text: "บุคลากร", count: 40, unit: "คน"))
        #expect(detail.method.count == 2)
        #expect(detail.outputs == [SheetIndicator(text: "จัดอบรม", target: "ไม่น้อยกว่า 2 ครั้งต่อปี")])
        #expect(detail.outcomes == [SheetIndicator(text: "ข้อร้องเรียนลดลง")])
        #expect(detail.budgetText == "20,000 บาท (สองหมื่นบาทถ้วน)")
    }

    @Test func statedTotalsThatDoNotAddUpAreWarnedWithBothFigures() {
        let totals = """
            stated_totals:
              dimensions:
                - dimension: 1
                  items: 3
                  budget: {2566: 25000, 2567: 25000, 2568: 0}
              total:
                budget: {2566: 30000, 2567: 30000, 2568: 10000}
            """
        let text = planYAML(totals: totals)
        let (_, ds) = loadData(["data/plan.yaml": text])
        let budget = ds.first { $0.field == "stated_totals.dimensions[1].budget" }
        #expect(budget?.severity == .warning)
        #expect(budget?.line == line(of: "budget: {2566: 25000", in: text))
        #expect(budget?.message.contains("25,000") == true && budget?.message.contains("20,000") == true)
        #expect(budget?.message.contains("fiscal years 2566 and 2567") == true)
        let count = ds.first { $0.field == "stated_totals.dimensions[1].items" }
        #expect(count?.message.contains("states 3 entries, but 2 are listed") == true)
        #expect(!ds.contains { $0.field == "stated_totals.total.budget" })
    }

    @Test func groupBudgetsCountOnceAndRowsAreReconciled() throws {
        let groups = """
            budget_groups:
              - id: R1
                items: [1.1.1(1), 1.1.1(2)]
                budget: {2566: 50000, 2567: 50000, 2568: 50000}
                as_stated: "50,000"
              - id: R2
                items: [2.2(1)]
                budget: ไม่ใช้งบประมาณ
              - id: R3
                items: [3.1.1]
                budget: ไม่ใช้งบประมาณ
              - id: R4
                items: [4.1.1]
                budget: ไม่ใช้งบประมาณ
            """
        let totals = """
            stated_totals:
              total:
                budget: {2566: 60000, 2567: 60000, 2568: 60000}
            """
        let text = planYAML(groups: groups, totals: totals)
        let (data, ds) = loadData(["data/plan.yaml": text])
        let plan = try #require(data.first(AntiCorruptionPlan.self))
        // R1 stands for its entries (their own 20,000 is not added again); R2 has no budget, so
        // 2.2(1) adds its own 10,000.
        #expect(plan.computedBudget(dimension: nil, year: 2566) == Money(baht: 60000))
        #expect(plan.groupRowsBudget(dimension: nil, year: 2566) == Money(baht: 50000))
        #expect(plan.group(of: PlanItemCode("1.1.1(2)")!)?.id == "R1")
        let rows = ds.first { $0.field == "stated_totals.total.budget" }
        #expect(rows?.severity == .warning)
        #expect(rows?.message.contains("60,000") == true && rows?.message.contains("50,000") == true)
        #expect(rows?.message.contains("R1 50,000") == true)
        let conflict = ds.first { $0.field == "budget_groups[2].budget" }
        #expect(conflict?.message.contains("states no budget") == true && conflict?.message.contains("2.2(1)") == true)
        #expect(conflict?.line == line(of: "id: R2", in: text))
    }

    @Test func groupsMustNameKnownEntriesOnceAndStayInOneDimension() {
        let groups = """
            budget_groups:
              - id: R1
                items: [1.1.1(1), 9.9.9(9), 1.1.1(x)]
                budget: {2566: 1000}
              - id: R1
                items: [2.2(1)]
              - id: R3
                items: [1.1.1(1)]
              - id: R4
                items: [2.2(1), 3.1.1]
            """
        let text = planYAML(groups: groups, totals: "")
        let (_, ds) = loadData(["data/plan.yaml": text])
        #expect(ds.contains { $0.field == "budget_groups[1].items" && $0.line == line(of: "items: [1.1.1(1), 9.9.9(9)", in: text)
            && $0.message.contains("no entry 9.9.9(9)") })
        #expect(ds.contains { $0.field == "budget_groups[1].items" && $0.message.contains("'1.1.1(x)' is not the code") })
        #expect(ds.contains { $0.field == "budget_groups[2].id" && $0.message.contains("listed twice") })
        #expect(ds.contains { $0.field == "budget_groups[3].items" && $0.message.contains("already in budget group 'R1'") })
        #expect(ds.contains { $0.field == "budget_groups[4].items" && $0.message.contains("more than one dimension") })
    }

    @Test func statedTotalsAcceptWordsAndRejectOtherTexts() throws {
        let text = planYAML(totals: """
            stated_totals:
              dimensions:
                - dimension: 2
                  budget: ไม่ใช้งบประมาณ
                - dimension: 3
                  budget: {2566: ไม่ระบุ, 2567: ไม่ใช้งบประมาณ, 2568: สามหมื่น}
                - dimension: 4
                  budget: 10000
            """)
        let (data, ds) = loadData(["data/plan.yaml": text])
        let plan = try #require(data.first(AntiCorruptionPlan.self))
        #expect(plan.statedDimensionTotals[2]?.budget == [2566: .noBudget, 2567: .noBudget, 2568: .noBudget])
        #expect(plan.statedDimensionTotals[3]?.budget[2566] == .notStated && plan.statedDimensionTotals[3]?.budget[2567] == .noBudget)
        #expect(ds.contains { $0.severity == .error && $0.field == "stated_totals.dimensions[2].budget.2568"
            && $0.line == line(of: "สามหมื่น", in: text) })
        #expect(ds.contains { $0.severity == .error && $0.field == "stated_totals.dimensions[3].budget"
            && $0.line == line(of: "budget: 10000", in: text) })
    }

    @Test func newEntryFieldsAreCheckedForTheirShape() {
        let text = planYAML(items1: """
                      - code: 1.1.1(1)
                        kind: มาตรฐาน
                        name: มาตรฐานการให้บริการ
                        budget_line: {program: บริหารงานทั่วไป, section: ผิด}
                        provenance: [ไม่ใช่ข้อความ]
                        budget: {2566: 5000, 2567: 5000, 2568: 5000}
                        detail:
                          budget_text: "5,000 บาท"
                          outcome_label: ผลลัพธ์
                      - code: 1.1.1(2)
                        kind: กิจกรม
                        name: กิจกรรมที่พิมพ์ประเภทผิด
                        budget: ไม่ใช้งบประมาณ
                        detail:
                          budget_text: ตั้งไว้ 8,000 บาท
            """, totals: "")
        let (data, ds) = loadData(["data/plan.yaml": text])
        let field = "dimensions[1].missions[1].sub_objectives[1].items"
        #expect(ds.contains { $0.severity == .error && $0.field == "\(field)[1].budget_line.section" })
        #expect(ds.contains { $0.severity == .error && $0.field == "\(field)[1].provenance" && $0.line == line(of: "provenance:", in: text) })
        // A typing mistake in a kind is kept and warned, with no guess.
        let kind = ds.first { $0.field == "\(field)[2].kind" }
        #expect(kind?.severity == .warning && kind?.line == line(of: "กิจกรม", in: text) && kind?.hint?.contains("Did you mean") == false)
        // 5,000 agrees with the summary; 8,000 against ไม่ใช้งบประมาณ does not.
        #expect(!ds.contains { $0.field == "\(field)[1].detail.budget_text" })
        let sheet = ds.first { $0.field == "\(field)[2].detail.budget_text" }
        #expect(sheet?.severity == .warning && sheet?.line == line(of: "ตั้งไว้ 8,000", in: text))
        #expect(sheet?.message.contains("8,000 baht") == true && sheet?.message.contains("no budget (ไม่ใช้งบประมาณ)") == true)
        _ = data
    }

    @Test func itemCodesAndSlugs() {
        #expect(PlanItemCode("2.2.2(12)")?.slug == "2-2-2-12")
        #expect(PlanItemCode("4.1.1")?.slug == "4-1-1")
        #expect(PlanItemCode("1.1(2)")?.description == "1.1(2)")
        for bad in ["2.2.2 (12)", "1..1.3(1)", "2", "2.2.2.2", "2.2.2()", "0.1.1", "2.2.2(12", "a.b", "๒.๒.๒ (๑๒)"] {
            #expect(PlanItemCode(bad) == nil, "\(bad)")
        }
        // Codes in Thai digits, as documents print them, are the same codes.
        #expect(PlanItemCode("๒.๒.๒(๑๒)") == PlanItemCode("2.2.2(12)"))
        #expect(PlanItemCode("1.1.1(2)")! < PlanItemCode("1.1.1(10)")!)
        #expect(PlanItemCode("1.1.3(5)")! < PlanItemCode("1.2.1(1)")!)
    }
}

@Suite struct AntiCorruptionReportDataTests {
    func report(_ body: String) -> String {
        """
        kind: anti-corruption-report
        plan: plan
        fiscal_year: 2567
        as_of: 2024-09-30
        \(body)
        """
    }

    @Test func reportLinksToItsPlanAndComputesFigures() throws {
        let text = report("""
            items:
              - code: 1.1.1(1)
                status: done
                spent: 18,500
                result: จัดอบรม 2 ครั้ง ผู้เข้าร่วม 42 คน
              - code: 2.2(1)
                status: ดำเนินการบางส่วน
                spent: 10000
              - code: 4.1.1
                status: ยังไม่ได้ดำเนินการ
            stated_summary:
              items_planned: 5
              items_done: 1
              spent: 28500
            """)
        let (data, ds) = loadLinkedData(["data/plan.yaml": planYAML(), "data/report-2567.yaml": text])
        #expect(ds.map(\.description) == [])
        let r = try #require(data.first(AntiCorruptionReport.self))
        #expect(r.plan?.items.count == 5)
        #expect(r.entries.map(\.status) == [.done, .partly, .notDone])
        #expect(r.entries.first?.planItem?.name == "โครงการอบรมคุณธรรมจริยธรรมบุคลากร")
        #expect(r.computedPlanned == 5 && r.computedDone == 1 && r.computedSpent == Money(baht: 28500))
        #expect(r.unreportedItems.map(\.code.description) == ["1.1.1(2)", "3.1.1"])
    }

    @Test func unknownCodesPlansAndYearsAreErrors() {
        let text = report("""
            items:
              - code: 1.1.1(9)
                status: done
              - code: 1.1.1(1)
                status: parly
              - code: 1.1.1(1)
                status: done
              - code: 2.2 (1)
                status: done
              - code: 2.2(1)
                status: done
                spent: -10
            """).replacingOccurrences(of: "fiscal_year: 2567", with: "fiscal_year: 2569")
        let (_, ds) = loadLinkedData(["data/plan.yaml": planYAML(), "data/report.yaml": text])
        #expect(ds.contains { $0.field == "items[1].code" && $0.line == line(of: "1.1.1(9)", in: text)
            && $0.message.contains("has no entry 1.1.1(9)") && $0.severity == .error })
        #expect(ds.contains { $0.field == "items[2].status" && $0.line == line(of: "parly", in: text) && $0.hint?.contains("Did you mean 'partly'?") == true })
        #expect(ds.contains { $0.field == "items[3].code" && $0.message.contains("reported twice") })
        #expect(ds.contains { $0.field == "items[4].code" && $0.message.contains("not the code") })
        #expect(ds.contains { $0.field == "items[5].spent" && $0.message.contains("negative") })
        #expect(ds.contains { $0.field == "fiscal_year" && $0.line == 3 && $0.message.contains("not a year of the plan") })

        let (_, missing) = loadLinkedData(["data/plan.yaml": planYAML(),
                                           "data/report.yaml": report("items: []").replacingOccurrences(of: "plan: plan", with: "plan: plna")])
        #expect(missing.contains { $0.field == "plan" && $0.line == 2 && $0.hint?.contains("plan") == true })
    }

    @Test func christianEraYearAndUnknownKeys() {
        let text = report("""
            item:
              - code: 1.1.1(1)
                status: done
            """).replacingOccurrences(of: "fiscal_year: 2567", with: "fiscal_year: 2024")
        let (_, ds) = loadData(["data/report.yaml": text])
        #expect(ds.contains { $0.field == "fiscal_year" && $0.line == 3 && $0.hint?.contains("2567") == true })
        #expect(ds.contains { $0.field == "item" && $0.line == 5 && $0.hint?.contains("Did you mean 'items'?") == true })
    }

    @Test func statedSummaryDifferingFromEntriesIsWarned() {
        let text = report("""
            items:
              - code: 1.1.1(1)
                status: done
                spent: 1000
            stated_summary:
              items_planned: 60
              items_done: 2
              spent: 1500
            """)
        let (_, ds) = loadLinkedData(["data/plan.yaml": planYAML(), "data/report.yaml": text])
        #expect(ds.contains { $0.field == "stated_summary.items_planned" && $0.line == line(of: "items_planned", in: text)
            && $0.message.contains("60") && $0.message.contains("has 5") && $0.severity == .warning })
        #expect(ds.contains { $0.field == "stated_summary.items_done" && $0.message.contains("2 entries done") })
        #expect(ds.contains { $0.field == "stated_summary.spent" && $0.message.contains("1,500") && $0.message.contains("1,000") })
    }
}
