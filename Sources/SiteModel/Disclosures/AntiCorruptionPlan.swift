import ThaiText

// MARK: - The plan (OIT o25)

/// The NACC framework a plan follows. Every cycle has four dimensions (มิติ), but their names
/// changed between the 2561–2565 and the 2566–2570 cycles.
public enum AntiCorruptionFramework: String, CaseIterable, Sendable, Decodable {
    case nacc2561 = "2561-2565"
    case nacc2566 = "2566-2570"

    /// The fiscal years of the cycle.
    public var span: FiscalYearSpan {
        switch self {
        case .nacc2561: return FiscalYearSpan(first: 2561, last: 2565)
        case .nacc2566: return FiscalYearSpan(first: 2566, last: 2570)
        }
    }

    /// The canonical names of dimensions 1–4, as the NACC guidance of the cycle gives them.
    public var dimensionNames: [String] {
        switch self {
        case .nacc2561:
            return ["การสร้างสังคมที่ไม่ทนต่อการทุจริต",
                    "การบริหารราชการเพื่อป้องกันการทุจริต",
                    "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
                    "การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น"]
        case .nacc2566:
            return ["การสร้างวัฒนธรรมสุจริต",
                    "การบริหารราชการด้วยความโปร่งใส",
                    "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
                    "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"]
        }
    }

    /// The canonical name of dimension `number` (1–4), if there is one.
    public func dimensionName(_ number: Int) -> String? {
        (1...dimensionNames.count).contains(number) ? dimensionNames[number - 1] : nil
    }

    /// Whether `name` is the canonical name of dimension `number` in this framework. Spaces do
    /// not count (PDF text wraps inside words), and a closing "ขององค์กรปกครองส่วนท้องถิ่น" /
    /// "ของ อปท." may be left out or abbreviated, as plans commonly do.
    public func nameMatches(_ name: String, dimension number: Int) -> Bool {
        guard let canonical = dimensionName(number) else { return false }
        return Self.normalized(name) == Self.normalized(canonical)
    }

    static func normalized(_ name: String) -> String {
        var s = String(name.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{200B}" })
        for suffix in ["ขององค์กรปกครองส่วนท้องถิ่น", "ของอปท."] where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
        }
        return s
    }
}

/// What an entry of the plan is. The plan names each entry โครงการ, กิจกรรม, มาตรการ or
/// มาตรฐาน; some entries are written without one, some with a word of the document's own
/// (`PlanItem.otherKind`).
public enum PlanItemKind: String, CaseIterable, Sendable, Decodable {
    case project = "โครงการ"
    case activity = "กิจกรรม"
    case measure = "มาตรการ"
    case standard = "มาตรฐาน"
}

/// The code of a plan entry: dimension.mission[.sub-objective][(number)], e.g. `2.2.2(12)`,
/// `4.1.1` or `1.1(2)`.
public struct PlanItemCode: Hashable, Comparable, Sendable, CustomStringConvertible, Decodable {
    public let dimension: Int
    public let mission: Int
    public let subObjective: Int?
    public let number: Int?

    public init(dimension: Int, mission: Int, subObjective: Int? = nil, number: Int? = nil) {
        self.dimension = dimension
        self.mission = mission
        self.subObjective = subObjective
        self.number = number
    }

    /// Parses `d.m`, `d.m.s`, `d.m(n)` or `d.m.s(n)`; every part a whole number from 1, no spaces.
    public init?(_ text: String) {
        var body = Substring(text)
        var number: Int?
        if body.hasSuffix(")") {
            guard let open = body.lastIndex(of: "(") else { return nil }
            guard let n = Self.part(body[body.index(after: open)..<body.index(before: body.endIndex)]) else { return nil }
            number = n
            body = body[..<open]
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let values = parts.map(Self.part)
        guard let d = values[0], let m = values[1] else { return nil }
        var s: Int?
        if parts.count == 3 {
            guard let v = values[2] else { return nil }
            s = v
        }
        self.init(dimension: d, mission: m, subObjective: s, number: number)
    }

    /// A part of a code in Arabic or Thai digits (๑๐ is 10).
    private static func part(_ s: Substring) -> Int? {
        let digits = asciiDigits(String(s))
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits), n >= 1 else { return nil }
        return n
    }

    /// `2.2` — the mission this code belongs to.
    public var missionCode: String { "\(dimension).\(mission)" }
    /// `2.2.2` — the sub-objective, if the code has one.
    public var subObjectiveCode: String? { subObjective.map { "\(missionCode).\($0)" } }

    public var description: String {
        var s = subObjectiveCode ?? missionCode
        if let number { s += "(\(number))" }
        return s
    }

    /// A URL-safe form: `2.2.2(12)` → `2-2-2-12`.
    public var slug: String {
        ([dimension, mission] + [subObjective, number].compactMap { $0 }).map(String.init).joined(separator: "-")
    }

    public static func < (a: PlanItemCode, b: PlanItemCode) -> Bool {
        (a.dimension, a.mission, a.subObjective ?? 0, a.number ?? 0) < (b.dimension, b.mission, b.subObjective ?? 0, b.number ?? 0)
    }
}

/// An output or outcome with its indicator, e.g. "ประชาชนมีความพึงพอใจ…" with target "ไม่น้อยกว่าร้อยละ 80".
public struct SheetIndicator: Sendable, Hashable, Decodable {
    public var text: String
    public var target: String?
    public init(text: String, target: String? = nil) {
        self.text = text
        self.target = target
    }
}

/// Who an entry is for, with a head count when the plan gives one ("จำนวน 40 คน").
public struct PlanTargetGroup: Sendable, Hashable, Decodable {
    public var text: String
    public var count: Int?
    /// คน, ครัวเรือน, หมู่บ้าน …
    public var unit: String?
    public init(text: String, count: Int? = nil, unit: String? = nil) {
        self.text = text
        self.count = count
        self.unit = unit
    }
}

/// A text in paragraphs (`[String]`): a list, or one text whose paragraphs are separated by
/// blank lines.
@propertyWrapper public struct Paragraphs: Sendable, Hashable, Decodable {
    public var wrappedValue: [String]
    public init(wrappedValue: [String]) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws { wrappedValue = try [String](from: decoder) }
}

/// Budgets per fiscal year (`{2566: 16000, 2567: ไม่ใช้งบประมาณ}`), or one word for every year
/// (`ไม่ใช้งบประมาณ`, `ไม่ระบุ`); only the plan's fiscal years. A year left out is not stated.
@propertyWrapper public struct YearlyBudgets: Sendable, Hashable, Decodable {
    public var wrappedValue: [Int: BudgetValue]
    public init(wrappedValue: [Int: BudgetValue]) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws { wrappedValue = try [Int: BudgetValue](from: decoder) }
}

/// The plan's fiscal years (`[Int]`): a list of B.E. years or a span `2566-2570`; ascending.
@propertyWrapper public struct PlanYears: Sendable, Hashable, Decodable {
    public var wrappedValue: [Int]
    public init(wrappedValue: [Int]) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws { wrappedValue = try [Int](from: decoder) }
}

/// Codes of plan entries (`[PlanItemCode]`) that must be entries of the plan: the plan's rules
/// read and check them once the entries are known.
@propertyWrapper public struct PlanEntryCodes: Sendable, Hashable, Decodable {
    public var wrappedValue: [PlanItemCode]
    public init(wrappedValue: [PlanItemCode]) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws { wrappedValue = try [PlanItemCode](from: decoder) }
}

/// The detail sheet of an entry (ส่วนที่ ๓ of a plan): the fields numbered 1–9 in NACC plans.
public struct PlanItemDetail: Sendable, Hashable, Decodable {
    /// หลักการและเหตุผล, in paragraphs.
    @Paragraphs public var rationale: [String]
    public var objectives: [String]
    public var targetGroup: PlanTargetGroup?
    /// วิธีดำเนินการ, in steps.
    public var method: [String]
    /// ระยะเวลาดำเนินการ as stated ("ปีงบประมาณ พ.ศ. 2566 – 2570").
    public var period: String?
    /// The entry's name as the sheet writes it, when it differs from the summary's.
    public var name: String?
    /// พื้นที่ดำเนินการ as stated.
    public var area: String?
    /// The sheet's own responsible unit(s) (ผู้รับผิดชอบโครงการ), as the sheet writes them.
    public var responsible: [String]
    /// The heading of `outcomes` as the sheet writes it (ผลที่คาดว่าจะได้รับ,
    /// ประโยชน์ที่คาดว่าจะได้รับ, ผลลัพธ์); nil: ผลลัพธ์.
    public var outcomeLabel: String?
    /// งบประมาณดำเนินการ as the detail sheet states it ("10,000 บาท (หนึ่งหมื่นบาทถ้วน)").
    public var budgetText: String?
    public var outputs: [SheetIndicator]
    public var outcomes: [SheetIndicator]
}

/// Where an entry's money is in the annual budget (แผนงาน/งาน/หมวด/ประเภท), as written.
public struct PlanBudgetLine: Sendable, Hashable, Decodable {
    /// แผนงาน
    public var program: String?
    /// งาน
    public var work: String?
    /// หมวด
    public var category: String?
    /// ประเภท
    public var type: String?
}

/// One project, activity or measure of the plan.
public struct PlanItem: Sendable, Decodable {
    public var code: PlanItemCode
    /// nil when the plan gives the entry no kind sitegen knows (see `otherKind`) or none.
    public var kind: PlanItemKind?
    /// A kind the document writes that is none of `PlanItemKind`, kept as written (set by the
    /// entry's rules from `kind`).
    public var otherKind: String? = nil
    @Omissible public var name: String
    public var responsible: [String]
    /// The entry's own budget per fiscal year; a year that is not here is not stated.
    @YearlyBudgets public var budget: [Int: BudgetValue]
    /// Where its money is in the annual budget.
    public var budgetLine: PlanBudgetLine?
    /// Where the entry comes from when not from its own row (a row recovered from another part
    /// of the document), as the clerk notes it.
    public var provenance: String?
    public var detail: PlanItemDetail?
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case code, kind, name, responsible, budget, budgetLine, provenance, detail, source }

    public func budget(in year: Int) -> BudgetValue { budget[year] ?? .notStated }

    /// The kind as the plan writes it: a known one or the document's own word.
    public var kindLabel: String? { kind?.rawValue ?? otherKind }
}

/// A sub-objective (d.m.s) of a mission, with its entries.
public struct PlanSubObjective: Sendable, Decodable {
    public var code: String
    @Omissible public var name: String
    public var note: String?
    public var items: [PlanItem]
    @SourceLine public var line: Int?
}

/// A mission (ภารกิจตามมิติ, d.m) of a dimension. Its entries sit either directly under it or
/// under its sub-objectives.
public struct PlanMission: Sendable, Decodable {
    public var code: String
    @Omissible public var name: String
    public var note: String?
    public var subObjectives: [PlanSubObjective]
    public var items: [PlanItem]
    @SourceLine public var line: Int?

    /// Every entry of the mission, in plan order.
    public var allItems: [PlanItem] { items + subObjectives.flatMap(\.items) }
}

/// A dimension (มิติ 1–4) of the plan.
public struct PlanDimension: Sendable, Decodable {
    public var number: Int
    @Omissible public var name: String
    public var missions: [PlanMission]
    public var source: SourceRef

    public var allItems: [PlanItem] { missions.flatMap(\.allItems) }
}

/// A budget the plan gives to several entries together — one row of a plan's budget table
/// listing several entries with one amount per year. It belongs to the group, not to any one
/// entry, and is never divided among them.
public struct PlanBudgetGroup: Sendable, Decodable {
    public var id: String
    public var label: String?
    /// The entries of the group (`items`).
    @PlanEntryCodes public var itemCodes: [PlanItemCode]
    @YearlyBudgets public var budget: [Int: BudgetValue]
    /// The cell as the document prints it ("10,000 -").
    public var asStated: String?
    public var note: String?
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case id, label, itemCodes = "items", budget, asStated, note, source }

    public func budget(in year: Int) -> BudgetValue { budget[year] ?? .notStated }
}

/// A total the document itself prints (a dimension's subtotal row, the grand total).
public struct PlanStatedTotal: Sendable, Decodable {
    /// The number of entries the document states (`items`).
    @Count public var itemCount: Int?
    /// Per year: an amount, ไม่ใช้งบประมาณ or ไม่ระบุ, as printed.
    @YearlyBudgets public var budget: [Int: BudgetValue]
    /// The total as printed ("จำนวน 230,000.บาท").
    public var asStated: String?
    /// Where the total is: the line of its budget, else of the total.
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case itemCount = "items", budget, asStated, source }

    /// The years stated as amounts.
    public var amounts: [Int: Money] { budget.compactMapValues(\.money) }
}

/// The subtotal the document prints for one dimension.
public struct PlanStatedDimensionTotal: Sendable, Decodable {
    public var dimension: Int
    @Count public var itemCount: Int?
    @YearlyBudgets public var budget: [Int: BudgetValue]
    public var asStated: String?
    public var source: SourceRef
    @SourceLine public var line: Int?

    enum CodingKeys: String, CodingKey { case dimension, itemCount = "items", budget, asStated, source, line }

    public var total: PlanStatedTotal {
        PlanStatedTotal(itemCount: itemCount, budget: budget, asStated: asStated, source: source)
    }
}

/// The totals the document prints (`stated_totals`).
public struct PlanStatedTotals: Sendable, Decodable {
    /// Each of the plan's dimensions at most once.
    public var dimensions: [PlanStatedDimensionTotal]
    public var total: PlanStatedTotal?
    public var note: String?
}

/// `kind: anti-corruption-plan` — แผนปฏิบัติการป้องกันการทุจริต (OIT o25).
public struct AntiCorruptionPlan: Disclosure, Decodable {
    public static let kind = "anti-corruption-plan"
    public var source: SourceRef
    @Omissible public var title: String
    public var framework: AntiCorruptionFramework
    /// The fiscal years (B.E.) the plan covers, ascending; 3- and 5-year plans both occur.
    @PlanYears public var fiscalYears: [Int]
    /// The date of the announcement adopting the plan (ประกาศใช้), and who signed it.
    public var adoptedOn: CalendarDate?
    public var adoptedBy: String?
    public var dimensions: [PlanDimension]
    public var budgetGroups: [PlanBudgetGroup]
    /// The totals the document prints.
    public var statedTotals: PlanStatedTotals?
    public var attachments: [AttachmentRef]

    /// Totals the document prints, by dimension number.
    public var statedDimensionTotals: [Int: PlanStatedTotal] {
        Dictionary((statedTotals?.dimensions ?? []).map { ($0.dimension, $0.total) }, uniquingKeysWith: { a, _ in a })
    }
    public var statedTotal: PlanStatedTotal? { statedTotals?.total }
    public var statedTotalsNote: String? { statedTotals?.note }

    /// Every entry, in plan order.
    public var items: [PlanItem] { dimensions.flatMap(\.allItems) }

    public func item(_ code: PlanItemCode) -> PlanItem? { items.first { $0.code == code } }

    /// The budget group an entry belongs to, if any.
    public func group(of code: PlanItemCode) -> PlanBudgetGroup? { budgetGroups.first { $0.itemCodes.contains(code) } }

    /// Items of a dimension (nil: the whole plan).
    public func items(in dimension: Int?) -> [PlanItem] {
        guard let dimension else { return items }
        return dimensions.filter { $0.number == dimension }.flatMap(\.allItems)
    }

    /// Groups whose entries lie in a dimension (nil: every group).
    public func groups(in dimension: Int?) -> [PlanBudgetGroup] {
        guard let dimension else { return budgetGroups }
        return budgetGroups.filter { $0.itemCodes.first?.dimension == dimension }
    }

    public func statedTotal(dimension: Int?) -> PlanStatedTotal? {
        dimension.map { statedDimensionTotals[$0] } ?? statedTotal
    }

    /// The budget of a dimension (nil: the whole plan) in one year, computed from the entries and
    /// the groups: a group that states an amount stands for its entries that year (their own
    /// amounts are not added again); every other entry adds its own amount. "No budget" and
    /// "not stated" add nothing.
    public func computedBudget(dimension: Int?, year: Int) -> Money {
        var total = Money.zero
        var covered: Set<PlanItemCode> = []
        for g in groups(in: dimension) {
            if let m = g.budget(in: year).money {
                total = total + m
                covered.formUnion(g.itemCodes)
            }
        }
        for item in items(in: dimension) where !covered.contains(item.code) {
            if let m = item.budget(in: year).money { total = total + m }
        }
        return total
    }

    /// The sum of the group budgets alone (the rows of a plan's budget table), when groups cover
    /// every entry of the dimension (nil: the plan); nil when some entry is in no group.
    public func groupRowsBudget(dimension: Int?, year: Int) -> Money? {
        let grouped = Set(groups(in: dimension).flatMap(\.itemCodes))
        let all = items(in: dimension)
        guard !all.isEmpty, all.allSatisfy({ grouped.contains($0.code) }) else { return nil }
        return groups(in: dimension).reduce(Money.zero) { $0 + ($1.budget(in: year).money ?? .zero) }
    }

    /// Entries of a dimension (nil: the plan) whose budget is not stated in a year and is not
    /// covered by a group amount either: a computed total leaves them out.
    public func unstatedItems(dimension: Int?, year: Int) -> [PlanItem] {
        let covered = Set(groups(in: dimension).filter { $0.budget(in: year).money != nil }.flatMap(\.itemCodes))
        return items(in: dimension).filter { !covered.contains($0.code) && $0.budget(in: year) == .notStated }
    }

    /// Entry counts by kind (nil: entries without a kind), in the order โครงการ, กิจกรรม, มาตรการ,
    /// มาตรฐาน, none; entries of a kind of the document's own are in `otherKindCounts`.
    public var kindCounts: [(kind: PlanItemKind?, count: Int)] {
        let all = items
        let kinds: [PlanItemKind?] = PlanItemKind.allCases.map { Optional($0) } + [nil]
        return kinds.map { k in (k, all.filter { $0.kind == k && (k != nil || $0.otherKind == nil) }.count) }.filter { $0.count > 0 }
    }

    /// Entry counts of kinds of the document's own, in the order they first occur.
    public var otherKindCounts: [(kind: String, count: Int)] {
        var out: [(kind: String, count: Int)] = []
        for item in items {
            guard let other = item.otherKind else { continue }
            if let i = out.firstIndex(where: { $0.kind == other }) { out[i].count += 1 } else { out.append((other, 1)) }
        }
        return out
    }

    /// The budget of a dimension (nil: the whole plan) in one year as a value: the computed
    /// amount when an entry or group gives money; else ไม่ใช้งบประมาณ when every entry (or its
    /// group) says so, else not stated — never a 0 nobody wrote.
    public func computedBudgetValue(dimension: Int?, year: Int) -> BudgetValue {
        var covered: Set<PlanItemCode> = []
        var values: [BudgetValue] = []
        for g in groups(in: dimension) where g.budget(in: year) != .notStated {
            covered.formUnion(g.itemCodes)
            values.append(g.budget(in: year))
        }
        for item in items(in: dimension) where !covered.contains(item.code) { values.append(item.budget(in: year)) }
        if values.contains(where: { $0.money != nil }) { return .amount(computedBudget(dimension: dimension, year: year)) }
        if !values.isEmpty && values.allSatisfy({ $0 == .noBudget }) { return .noBudget }
        return .notStated
    }

    // MARK: Reconciliation

    /// Where a stated budget total and what sitegen computes disagree.
    public struct Mismatch: Sendable, Hashable {
        public enum Basis: Sendable, Hashable {
            /// Entries and groups together (`computedBudget`).
            case itemsAndGroups
            /// The group rows alone (`groupRowsBudget`).
            case groupRows
        }
        /// nil: the grand total.
        public var dimension: Int?
        public var basis: Basis
        /// Years with these same two figures.
        public var years: [Int]
        public var stated: Money
        public var computed: Money
        public var source: SourceRef
    }

    /// Every disagreement between the stated budget totals and the computed ones; years with
    /// the same pair of figures are reported together.
    public func mismatches() -> [Mismatch] {
        var out: [Mismatch] = []
        for scope in scopes {
            guard let stated = statedTotal(dimension: scope) else { continue }
            for basis in [Mismatch.Basis.itemsAndGroups, .groupRows] {
                var byPair: [(Money, Money, [Int])] = []
                for year in fiscalYears {
                    // "ไม่ใช้งบประมาณ" states no money: 0 baht against what the entries add up to.
                    guard let value = stated.budget[year], let s = value == .noBudget ? .zero : value.money else { continue }
                    let c: Money?
                    switch basis {
                    case .itemsAndGroups: c = computedBudget(dimension: scope, year: year)
                    case .groupRows: c = groupRowsBudget(dimension: scope, year: year)
                    }
                    guard let c, c != s else { continue }
                    if let i = byPair.firstIndex(where: { $0.0 == s && $0.1 == c }) { byPair[i].2.append(year) }
                    else { byPair.append((s, c, [year])) }
                }
                out += byPair.map { Mismatch(dimension: scope, basis: basis, years: $0.2, stated: $0.0, computed: $0.1, source: stated.source) }
            }
        }
        return out
    }

    /// A stated entry count that differs from the entries listed.
    public struct CountMismatch: Sendable, Hashable {
        /// nil: the whole plan.
        public var dimension: Int?
        public var stated: Int
        public var listed: Int
        public var source: SourceRef
    }

    public func countMismatches() -> [CountMismatch] {
        scopes.compactMap { scope in
            guard let stated = statedTotal(dimension: scope), let count = stated.itemCount,
                  count != items(in: scope).count else { return nil }
            return CountMismatch(dimension: scope, stated: count, listed: items(in: scope).count, source: stated.source)
        }
    }

    /// Each dimension, then the whole plan (nil).
    private var scopes: [Int?] { dimensions.map { Optional($0.number) } + [nil] }

    /// A group whose entries state more money in a year than the group itself does (or state an
    /// amount where the group says there is no budget).
    public struct GroupConflict: Sendable, Hashable {
        public var groupID: String
        public var years: [Int]
        public var group: BudgetValue
        public var itemsTotal: Money
        public var itemCodes: [PlanItemCode]
        public var source: SourceRef
    }

    public func groupConflicts() -> [GroupConflict] {
        var out: [GroupConflict] = []
        for g in budgetGroups {
            var byPair: [(BudgetValue, Money, [PlanItemCode], [Int])] = []
            for year in fiscalYears {
                let members = g.itemCodes.compactMap(item)
                let withMoney = members.filter { ($0.budget(in: year).money ?? .zero) > .zero }
                let sum = withMoney.reduce(Money.zero) { $0 + $1.budget(in: year).money! }
                let value = g.budget(in: year)
                let conflict: Bool
                switch value {
                case .amount(let m): conflict = sum > m
                case .noBudget: conflict = sum > .zero
                case .notStated: conflict = false
                }
                guard conflict else { continue }
                let codes = withMoney.map(\.code)
                if let i = byPair.firstIndex(where: { $0.0 == value && $0.1 == sum && $0.2 == codes }) { byPair[i].3.append(year) }
                else { byPair.append((value, sum, codes, [year])) }
            }
            out += byPair.map { GroupConflict(groupID: g.id, years: $0.3, group: $0.0, itemsTotal: $0.1, itemCodes: $0.2, source: g.source) }
        }
        return out
    }
}

// MARK: - The results report (OIT o26)

/// How far an entry was carried out in the year.
public enum PlanItemStatus: String, CaseIterable, Sendable, Decodable {
    case done
    case partly
    case notDone = "not-done"

    /// The words a report uses.
    public var thai: String {
        switch self {
        case .done: return "ดำเนินการแล้ว"
        case .partly: return "ดำเนินการบางส่วน"
        case .notDone: return "ยังไม่ได้ดำเนินการ"
        }
    }
}

/// A figure with the line it was written on, for messages about it later.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var line: Int?
    public init(_ value: Value, line: Int?) {
        self.value = value
        self.line = line
    }
}

/// What the report says about one entry of the plan.
public struct PlanReportEntry: Sendable, Decodable {
    public var code: PlanItemCode
    public var status: PlanItemStatus
    public var spent: Money?
    public var result: String?
    public var source: SourceRef
    /// Where the entry is in its data file (`items[3]`), for messages about it (set by the rules).
    public var fieldPath: String = ""
    /// Taken from the plan when the report is linked to it.
    public var planItem: PlanItem? = nil

    enum CodingKeys: String, CodingKey { case code, status, spent, result, source }
}

/// The summary figures a report prints. Their lines are set by the report's rules.
public struct PlanReportSummary: Sendable, Decodable {
    public var itemsPlanned: Located<Int>?
    public var itemsDone: Located<Int>?
    public var spent: Located<Money>?
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case itemsPlanned, itemsDone, spent, source }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        itemsPlanned = try c.decode(Count<Int?>.self, forKey: .itemsPlanned).wrappedValue.map { Located($0, line: nil) }
        itemsDone = try c.decode(Count<Int?>.self, forKey: .itemsDone).wrappedValue.map { Located($0, line: nil) }
        spent = try c.decodeIfPresent(Money.self, forKey: .spent).map { Located($0, line: nil) }
        source = try c.decode(SourceRef.self, forKey: .source)
    }
}

/// `kind: anti-corruption-report` — รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต of one
/// fiscal year (OIT o26).
public struct AntiCorruptionReport: Disclosure, Decodable {
    public static let kind = "anti-corruption-report"
    public var source: SourceRef
    public var title: String
    /// The data key of the plan reported on (`plan: anti-corruption-plan-2566-2570`).
    public var planKey: Located<String>
    /// The fiscal year (B.E.) reported on.
    public var fiscalYear: Located<Int>
    /// The date the report describes (ข้อมูล ณ วันที่).
    public var asOf: CalendarDate?
    /// What the report says about each entry (`items`).
    public var entries: [PlanReportEntry]
    public var statedSummary: PlanReportSummary?
    public var attachments: [AttachmentRef]
    /// The plan, once linked.
    public var plan: AntiCorruptionPlan? = nil

    enum CodingKeys: String, CodingKey {
        case source, title, planKey = "plan", fiscalYear, asOf, entries = "items", statedSummary, attachments
    }

    /// The lines of `plan` and `fiscal_year` are set by the report's rules.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(SourceRef.self, forKey: .source)
        title = try c.decode(Omissible<String>.self, forKey: .title).wrappedValue
        planKey = Located(try c.decode(String.self, forKey: .planKey), line: nil)
        fiscalYear = Located(try c.decode(BuddhistYear<Int>.self, forKey: .fiscalYear).wrappedValue, line: nil)
        asOf = try c.decodeIfPresent(CalendarDate.self, forKey: .asOf)
        entries = try c.decode([PlanReportEntry].self, forKey: .entries)
        statedSummary = try c.decodeIfPresent(PlanReportSummary.self, forKey: .statedSummary)
        attachments = try c.decode([AttachmentRef].self, forKey: .attachments)
    }

    /// Entries planned for the year: every entry of the plan once linked (an entry the report
    /// leaves out is still planned), else the entries the report lists.
    public var computedPlanned: Int { plan?.items.count ?? entries.count }
    public var computedDone: Int { entries.filter { $0.status == .done }.count }
    public var computedPartly: Int { entries.filter { $0.status == .partly }.count }
    public var computedNotDone: Int { entries.filter { $0.status == .notDone }.count }
    /// The sum of the money spent on each entry (entries that state none add nothing).
    public var computedSpent: Money { entries.reduce(Money.zero) { $0 + ($1.spent ?? .zero) } }

    /// Entries of the plan the report does not mention.
    public var unreportedItems: [PlanItem] {
        let reported = Set(entries.map(\.code))
        return (plan?.items ?? []).filter { !reported.contains($0.code) }
    }
}

extension AntiCorruptionReport: DisclosureLinking {
    public mutating func link(_ all: Disclosures) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let file = source.file
        guard let found = all[planKey.value] else {
            let plans = all.keys.filter { all[$0] is AntiCorruptionPlan }
            var hint = "Write the name of the plan's data file without .yaml"
            hint += plans.isEmpty ? "; there is no anti-corruption-plan data file yet." : ": \(plans.joined(separator: ", "))."
            out.append(.error("there is no data file 'data/\(planKey.value).yaml' for the plan this report is about.",
                              file: file, line: planKey.line, field: "plan", hint: hint))
            return out
        }
        guard let plan = found as? AntiCorruptionPlan else {
            out.append(.error("'\(planKey.value)' is a '\(type(of: found).kind)' data file, not an anti-corruption-plan.",
                              file: file, line: planKey.line, field: "plan",
                              hint: "Name the data file of the anti-corruption plan (kind: anti-corruption-plan)."))
            return out
        }
        if !plan.fiscalYears.contains(fiscalYear.value) {
            out.append(.error("fiscal year \(fiscalYear.value) is not a year of the plan '\(planKey.value)' (\(plan.fiscalYears.map(String.init).joined(separator: ", "))).",
                              file: file, line: fiscalYear.line, field: "fiscal_year",
                              hint: "Report on one of the plan's fiscal years, or name the plan that covers \(fiscalYear.value)."))
        }
        // The plan's entries by code, the first of a code as `plan.item(_:)` finds it: looking
        // each entry up in a list rebuilt per entry took as long as reading the plan.
        var planItems: [PlanItemCode: PlanItem] = [:]
        for item in plan.items where planItems[item.code] == nil { planItems[item.code] = item }
        for i in entries.indices {
            if let item = planItems[entries[i].code] {
                entries[i].planItem = item
            } else {
                out.append(.error("the plan '\(planKey.value)' has no entry \(entries[i].code).",
                                  file: file, line: entries[i].source.line, field: "\(entries[i].fieldPath).code",
                                  hint: "Use the code the entry has in the plan (\(plan.source.file))."))
            }
        }
        self.plan = plan
        if let s = statedSummary {
            if let p = s.itemsPlanned, p.value != computedPlanned {
                out.append(.warning("the report states \(p.value) entries planned, but the plan '\(planKey.value)' has \(computedPlanned) (computed).",
                                    file: file, line: p.line, field: "stated_summary.items_planned",
                                    hint: "Check the figure against the plan; the page shows both."))
            }
            if let d = s.itemsDone, d.value != computedDone {
                out.append(.warning("the report states \(d.value) entries done, but \(computedDone) of its entries have status 'done' (computed).",
                                    file: file, line: d.line, field: "stated_summary.items_done",
                                    hint: "Check the statuses of the entries; the page shows both figures."))
            }
            if let m = s.spent, m.value != computedSpent {
                out.append(.warning("the report states \(PlanFigures.baht(m.value)) baht spent, but the entries' 'spent' add up to \(PlanFigures.baht(computedSpent)) baht (computed).",
                                    file: file, line: m.line, field: "stated_summary.spent",
                                    hint: "Check the amounts of the entries; the page shows both figures."))
            }
        }
        return out
    }
}

/// Figures in diagnostics: Arabic digits with thousands separators, whatever the site shows.
public enum PlanFigures {
    public static func baht(_ m: Money) -> String { ThaiFormatter(digits: .arabic).baht(m) }

    /// "2566", "2566 and 2568", "every year of the plan (2566–2570)".
    public static func years(_ years: [Int], of all: [Int]) -> String {
        if years == all && years.count > 1 {
            let consecutive = zip(years, years.dropFirst()).allSatisfy { $1 == $0 + 1 }
            return "every fiscal year of the plan (" + (consecutive ? "\(years[0])–\(years.last!)" : years.map(String.init).joined(separator: ", ")) + ")"
        }
        if years.count == 1 { return "fiscal year \(years[0])" }
        return "fiscal years " + years.dropLast().map(String.init).joined(separator: ", ") + " and \(years.last!)"
    }
}

/// The amount a detail sheet's budget text names ("ตั้งไว้ ๑๒๐,๐๐๐ บาท",
/// "10,000 บาท (หนึ่งหมื่นบาทถ้วน)"), in Thai or Arabic digits: the figure written before
/// "บาท". nil when the text names none, or several different ones (it is then not one amount
/// to compare).
public enum PlanSheetBudget {
    public static func amount(in text: String) -> Money? {
        let ascii = asciiDigits(text)
        var found: [Money] = []
        for match in ascii.matches(of: /([0-9][0-9,]*(?:\.[0-9]{1,2})?)[ \t]*บาท/) {
            guard let m = Money(parsing: String(match.output.1)) else { continue }
            if !found.contains(m) { found.append(m) }
        }
        return found.count == 1 ? found[0] : nil
    }
}
