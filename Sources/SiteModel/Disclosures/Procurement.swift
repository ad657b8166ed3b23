import ThaiText

/// A procurement method (วิธีซื้อหรือจ้าง) under the Public Procurement and Supplies
/// Administration Act B.E. 2560 (พ.ร.บ.การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐),
/// sections 55–56. The raw value is what a clerk writes in the data; `label` is the wording of
/// the column วิธีซื้อหรือจ้าง of the monthly summary form สขร.๑.
public enum ProcurementMethod: String, FieldChoice {
    /// วิธีเฉพาะเจาะจง (section 56(2)): most purchases of an อบต.
    case specific = "เฉพาะเจาะจง"
    /// วิธีคัดเลือก (section 56(1)).
    case selection = "คัดเลือก"
    /// วิธีประกาศเชิญชวนทั่วไป by electronic bidding (ประกวดราคาอิเล็กทรอนิกส์).
    case eBidding = "e-bidding"
    /// วิธีประกาศเชิญชวนทั่วไป through the electronic market (ตลาดอิเล็กทรอนิกส์).
    case eMarket = "e-market"
    /// วิธีประกาศเชิญชวนทั่วไป by price inquiry (สอบราคา), for work in remote areas.
    case priceInquiry = "สอบราคา"

    /// As printed in the column วิธีซื้อหรือจ้าง of แบบ สขร.๑.
    public var label: String {
        switch self {
        case .specific: return "เฉพาะเจาะจง"
        case .selection: return "คัดเลือก"
        case .eBidding: return "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"
        case .eMarket: return "ตลาดอิเล็กทรอนิกส์ (e-market)"
        case .priceInquiry: return "สอบราคา"
        }
    }

    /// The method group of section 55: วิธีประกาศเชิญชวนทั่วไป, วิธีคัดเลือก or วิธีเฉพาะเจาะจง.
    public var group: String {
        switch self {
        case .specific: return "วิธีเฉพาะเจาะจง"
        case .selection: return "วิธีคัดเลือก"
        case .eBidding, .eMarket, .priceInquiry: return "วิธีประกาศเชิญชวนทั่วไป"
        }
    }

    /// Whether the work is carried out in the e-GP system with a project number by its nature.
    public var isElectronic: Bool { self == .eBidding || self == .eMarket }

    /// Reads the method as clerks write it: the raw value, the form's label, with or without
    /// "วิธี", "ประกาศเชิญชวนทั่วไป (…)", any letter case, spaces and hyphens.
    public init?(text: String) {
        guard let m = Self.byNormalisedName[Self.normalise(text)] else { return nil }
        self = m
    }

    private static func normalise(_ s: String) -> String {
        var t = String(s.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "-" && $0 != "(" && $0 != ")" })
        for prefix in ["วิธี", "ประกาศเชิญชวนทั่วไป"] where t.hasPrefix(prefix) && t.count > prefix.count {
            t.removeFirst(prefix.count)
        }
        return t
    }

    private static let byNormalisedName: [String: ProcurementMethod] = {
        var out: [String: ProcurementMethod] = [:]
        let extra: [ProcurementMethod: [String]] = [
            .eBidding: ["ประกวดราคาอิเล็กทรอนิกส์", "ebidding", "e-bidding"],
            .eMarket: ["ตลาดอิเล็กทรอนิกส์", "emarket", "e-market"],
        ]
        for m in allCases {
            for name in [m.rawValue, m.label] + (extra[m] ?? []) { out[normalise(name)] = m }
        }
        return out
    }()
}

/// Where a procurement item stands (the progress OIT o12 asks for).
public enum ProcurementStatus: String, FieldChoice {
    /// Under way: announced or being negotiated, no contract or purchase order yet.
    case inProgress = "อยู่ระหว่างดำเนินการ"
    /// The contract or purchase order (ใบสั่งซื้อ/ใบสั่งจ้าง) is signed.
    case contracted = "ลงนามสัญญาแล้ว"
    /// The goods or work were delivered and accepted by the inspection committee.
    case delivered = "ส่งมอบงานแล้ว"
    /// The contractor has been paid.
    case paid = "เบิกจ่ายแล้ว"
    /// Cancelled before a contract (no bidder, budget withdrawn, …).
    case cancelled = "ยกเลิก"

    /// A contractor was chosen and a contract signed.
    public var isAwarded: Bool { self == .contracted || self == .delivered || self == .paid }
}

/// A bidder and the price offered (column รายชื่อผู้เสนอราคาและราคาที่เสนอ).
public struct Bidder: Sendable, Hashable, Decodable {
    public var name: String
    public var price: Money
    public init(name: String, price: Money) {
        self.name = name
        self.price = price
    }
}

/// One procurement item (โครงการ/รายการจัดซื้อจัดจ้าง) of a fiscal year.
///
/// Its fields are the columns of a CSV table of items too.
public struct ProcurementItem: Sendable, Hashable, Decodable {
    /// The YAML entry or the CSV row it was read from.
    public var source: SourceRef
    /// เลขที่โครงการในระบบ e-GP (11 digits), when the item has one; written with Thai digits or
    /// spaces, it is kept as the 11 digits.
    @ReadByRules public var egpNumber: String?
    /// งานที่จัดซื้อหรือจัดจ้าง.
    public var title: String
    /// วงเงินงบประมาณ.
    public var budget: BudgetValue
    /// ราคากลาง (reference price), when one was set.
    public var referencePrice: Money?
    public var method: ProcurementMethod
    public var status: ProcurementStatus
    /// Bidders and their offers: a list of `{name, price}`, or one text `ชื่อ ราคา; ชื่อ ราคา`.
    @ReadByRules public var bidders: [Bidder]
    /// ผู้ได้รับการคัดเลือก: the contractor or seller.
    public var contractor: String?
    /// เลขที่สัญญา or เลขที่ใบสั่งซื้อ/ใบสั่งจ้าง.
    public var contractNumber: String?
    public var contractDate: CalendarDate?
    /// ราคาที่ตกลงซื้อหรือจ้าง.
    public var contractValue: Money?
    /// The month whose summary (สขร.๑) lists the item; it lies in the dataset's fiscal year.
    public var month: YearMonth
    /// เหตุผลที่คัดเลือกโดยสังเขป.
    public var reason: String?

    public init(source: SourceRef, egpNumber: String? = nil, title: String, budget: BudgetValue,
                referencePrice: Money? = nil, method: ProcurementMethod, status: ProcurementStatus,
                bidders: [Bidder] = [], contractor: String? = nil, contractNumber: String? = nil,
                contractDate: CalendarDate? = nil, contractValue: Money? = nil, month: YearMonth, reason: String? = nil) {
        self.source = source
        self.egpNumber = egpNumber
        self.title = title
        self.budget = budget
        self.referencePrice = referencePrice
        self.method = method
        self.status = status
        self.bidders = bidders
        self.contractor = contractor
        self.contractNumber = contractNumber
        self.contractDate = contractDate
        self.contractValue = contractValue
        self.month = month
        self.reason = reason
    }
}

/// The `monthly:` entry of one month: when its summary was published, or that there was no
/// procurement in it.
public struct ProcurementMonthEntry: Sendable, Hashable, Decodable {
    public var month: YearMonth
    /// `none: true`: no procurement this month (a valid report, shown as ไม่มีการจัดซื้อจัดจ้าง).
    @Omissible public var none: Bool
    /// The date the summary was published (ประกาศ ณ วันที่).
    public var published: CalendarDate?
    public var note: String?
    public var source: SourceRef
}

/// The summary of one month of the fiscal year, as the form สขร.๑ shows it.
public struct ProcurementMonthSummary: Sendable {
    public var month: YearMonth
    /// The items of the month, in the order of the data.
    public var items: [ProcurementItem]
    /// The month's `monthly:` entry, if any.
    public var entry: ProcurementMonthEntry?

    /// The month is reported: it has items, or an explicit `none: true`.
    public var isReported: Bool { !items.isEmpty || entry?.none == true }
    /// Reported as a month without procurement.
    public var isNone: Bool { items.isEmpty && entry?.none == true }
}

/// Count and money of the items of one method (computed from a list).
public struct ProcurementMethodTotal: Sendable, Hashable {
    public var method: ProcurementMethod
    public var count: Int
    /// Sum of the budget amounts (items with no or unstated budget add nothing).
    public var budget: Money
    /// Sum of the contract values.
    public var contractValue: Money
}

/// `kind: procurement` — the procurement items of one fiscal year and their monthly summaries
/// (OIT o12).
public struct Procurement: Disclosure, Decodable {
    public static let kind = "procurement"
    public var source: SourceRef
    @Omissible public var title: String
    /// The fiscal year (B.E.) the list is for.
    @BuddhistYear public var fiscalYear: Int
    /// The date the list describes (ข้อมูล ณ วันที่).
    public var asOf: CalendarDate?
    /// The items, written in the YAML (`items:`) or read from the CSV file of `items_csv:`.
    @ReadByRules public var items: [ProcurementItem]
    /// The CSV file the items were imported from (relative to the site folder), if any.
    public var itemsFile: String?
    /// The `monthly:` entries, in month order.
    public var monthly: [ProcurementMonthEntry]
    public var attachments: [AttachmentRef]

    enum CodingKeys: String, CodingKey {
        case source, title, fiscalYear, asOf, items, itemsFile = "items_csv", monthly, attachments
    }

    public var fiscal: FiscalYear { FiscalYear(buddhistYear: fiscalYear) }

    public var sourceFiles: [String] { [source.file] + (itemsFile.map { [$0] } ?? []) }

    /// The 12 months of the fiscal year (October to September), each with its items and entry.
    /// One pass over the items.
    public var monthSummaries: [ProcurementMonthSummary] {
        let months = fiscal.months
        var index: [YearMonth: Int] = [:]
        for (i, m) in months.enumerated() { index[m] = i }
        var summaries = months.map { ProcurementMonthSummary(month: $0, items: [], entry: nil) }
        for item in items {
            if let i = index[item.month] { summaries[i].items.append(item) }
        }
        for entry in monthly {
            if let i = index[entry.month] { summaries[i].entry = entry }
        }
        return summaries
    }

    /// Months whose summary is published: with items, or with `none: true` (for the audit).
    public var reportedMonths: [YearMonth] {
        // As `monthSummaries.filter(\.isReported)`, without copying every item into its month.
        let withItems = Set(items.map(\.month))
        var none: [YearMonth: Bool] = [:]
        for entry in monthly { none[entry.month] = entry.none }   // the last entry of a month counts
        return fiscal.months.filter { withItems.contains($0) || none[$0] == true }
    }

    /// Count and money per method, in the order of `ProcurementMethod.allCases`; cancelled items
    /// are left out. Methods without items are omitted.
    public var totalsByMethod: [ProcurementMethodTotal] {
        var totals: [ProcurementMethod: ProcurementMethodTotal] = [:]
        for item in items where item.status != .cancelled {
            var t = totals[item.method] ?? ProcurementMethodTotal(method: item.method, count: 0, budget: .zero, contractValue: .zero)
            t.count += 1
            t.budget = t.budget + (item.budget.money ?? .zero)
            t.contractValue = t.contractValue + (item.contractValue ?? .zero)
            totals[item.method] = t
        }
        return ProcurementMethod.allCases.compactMap { totals[$0] }
    }
}

/// The results of one method as an annual report states them.
public struct ProcurementMethodResult: Sendable, Hashable, Decodable {
    public var method: ProcurementMethod
    /// Number of items (โครงการ/รายการ).
    @Count public var count: Int
    /// Sum of the budgets, when the report states it.
    public var budget: Money?
    /// Sum of the contract values (ราคาที่จัดซื้อจัดจ้าง).
    public var amount: Money
    public var source: SourceRef
}

/// `kind: procurement-report` — the annual procurement results of one fiscal year (OIT o13,
/// for the previous year): counts and money by method, analysis, problems and improvements.
public struct ProcurementReport: Disclosure, Decodable {
    public static let kind = "procurement-report"
    public var source: SourceRef
    @Omissible public var title: String
    /// The fiscal year (B.E.) the report covers.
    @BuddhistYear public var fiscalYear: Int
    /// The date the report was issued or published.
    public var published: CalendarDate?
    /// Results by method, as stated by the document.
    @Required public var byMethod: [ProcurementMethodResult]
    /// Paragraphs of analysis (a block of text is split at its blank lines).
    public var analysis: [String]
    public var problems: [String]
    public var improvements: [String]
    public var attachments: [AttachmentRef]

    /// Total count over the methods (computed).
    public var totalCount: Int { byMethod.reduce(0) { $0 + $1.count } }
    /// Total contract value over the methods (computed).
    public var totalAmount: Money { byMethod.reduce(Money.zero) { $0 + $1.amount } }
    /// Total budget (computed), only when every method states its budget.
    public var totalBudget: Money? {
        guard !byMethod.isEmpty, byMethod.allSatisfy({ $0.budget != nil }) else { return nil }
        return byMethod.reduce(Money.zero) { $0 + ($1.budget ?? .zero) }
    }

    /// Where the stated figures differ from those computed from a procurement list of the same
    /// year: one entry per method whose count or money differs, including methods only one side has.
    public func discrepancies(against list: Procurement) -> [ProcurementDiscrepancy] {
        let computed = Dictionary(list.totalsByMethod.map { ($0.method, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [ProcurementDiscrepancy] = []
        var stated: Set<ProcurementMethod> = []
        for r in byMethod {
            stated.insert(r.method)
            let c = computed[r.method]
            let count = c?.count ?? 0
            let amount = c?.contractValue ?? .zero
            let budget = c?.budget ?? .zero
            let budgetDiffers = r.budget.map { $0 != budget } ?? false
            if r.count != count || r.amount != amount || budgetDiffers {
                out.append(ProcurementDiscrepancy(method: r.method, stated: r, computed: c ?? ProcurementMethodTotal(
                    method: r.method, count: 0, budget: .zero, contractValue: .zero)))
            }
        }
        for c in list.totalsByMethod where !stated.contains(c.method) {
            out.append(ProcurementDiscrepancy(method: c.method, stated: nil, computed: c))
        }
        return out
    }
}

/// A method whose stated results differ from the results computed from the list.
public struct ProcurementDiscrepancy: Sendable, Hashable {
    public var method: ProcurementMethod
    /// nil when the report does not list the method at all.
    public var stated: ProcurementMethodResult?
    public var computed: ProcurementMethodTotal
}

extension ProcurementReport: DisclosureLinking {
    /// A warning for every method whose stated figures differ from those computed from the
    /// `procurement` list of the same fiscal year, naming both figures and both files.
    public mutating func link(_ all: Disclosures) -> [Diagnostic] {
        let f = ThaiFormatter.arabic
        func figures(count: Int, amount: Money, budget: Money?) -> String {
            var s = "\(f.number(count)) item(s), contract value \(f.baht(amount)) baht"
            if let budget { s += ", budget \(f.baht(budget)) baht" }
            return s
        }
        var out: [Diagnostic] = []
        for list in all.all(Procurement.self) where list.fiscalYear == fiscalYear {
            for d in discrepancies(against: list) {
                let computed = figures(count: d.computed.count, amount: d.computed.contractValue,
                                       budget: d.stated?.budget == nil ? nil : d.computed.budget)
                let stated = d.stated.map { figures(count: $0.count, amount: $0.amount, budget: $0.budget) }
                    ?? "nothing (the method is not listed)"
                out.append(.warning(
                    "for the method \(d.method.rawValue) this report (\(source.file)) states \(stated), but "
                        + "\(list.source.file) gives \(computed), computed from its items (cancelled items not counted).",
                    file: source.file, line: d.stated?.source.line ?? source.line, field: "by_method",
                    hint: "Correct whichever is wrong: the figures of this report, or the items of \(list.source.file)"
                        + (list.itemsFile.map { " (\($0))" } ?? "") + "."))
            }
        }
        return out
    }
}
