import ThaiText

/// The figure of one month: 0 is a real figure ("nobody came"); a month without a figure has
/// no entry at all.
public struct MonthlyFigure: Sendable, Hashable, Decodable {
    public var month: YearMonth
    public var value: Int
    /// The line of the data file it was written on.
    public var line: Int?

    public init(month: YearMonth, value: Int, line: Int? = nil) {
        self.month = month
        self.value = value
        self.line = line
    }
}

/// One service and its monthly figures (เช่น รับชำระภาษีที่ดินและสิ่งปลูกสร้าง, ราย).
public struct ServiceSeries: Sendable, Hashable, Decodable {
    public var name: String
    /// The unit of the figures (ราย, ครั้ง, คน, ฉบับ).
    public var unit: String
    /// The unit of the agency giving the service (กองคลัง), when stated.
    public var department: String?
    /// The months that have a figure, in month order (`months:`). A month not listed has no figure.
    @MonthFigures public var figures: [MonthlyFigure]
    public var source: SourceRef

    enum CodingKeys: String, CodingKey { case name, unit, department, figures = "months", source }

    /// The figure of a month, nil when the month has none.
    public func value(in month: YearMonth) -> Int? { figures.first { $0.month == month }?.value }

    /// Sum of the figures present (computed).
    public var total: Int { figures.reduce(0) { $0 + $1.value } }

    /// Months of `fiscalYear` up to and including `through` that have no figure.
    public func missingMonths(in fiscalYear: FiscalYear, through: YearMonth? = nil) -> [YearMonth] {
        let present = Set(figures.map(\.month))
        return fiscalYear.months.filter { m in !present.contains(m) && (through.map { m <= $0 } ?? true) }
    }
}

/// `kind: service-stats` — service statistics of one fiscal year (OIT o11).
public struct ServiceStats: Disclosure, Decodable {
    public static let kind = "service-stats"
    public var source: SourceRef
    @Omissible public var title: String
    /// The fiscal year (B.E.) of the statistics.
    @BuddhistYear public var fiscalYear: Int
    /// The date the figures describe (ข้อมูล ณ วันที่).
    public var asOf: CalendarDate?
    public var note: String?
    @Required public var services: [ServiceSeries]
    public var attachments: [AttachmentRef]

    public var fiscal: FiscalYear { FiscalYear(buddhistYear: fiscalYear) }

    /// Months of the fiscal year in which every service has a figure (for the audit).
    public var completeMonths: [YearMonth] {
        guard !services.isEmpty else { return [] }
        let sets = services.map { Set($0.figures.map(\.month)) }
        return fiscal.months.filter { m in sets.allSatisfy { $0.contains(m) } }
    }

    /// Months of the fiscal year in which at least one service has a figure.
    public var reportedMonths: [YearMonth] {
        let present = Set(services.flatMap { $0.figures.map(\.month) })
        return fiscal.months.filter { present.contains($0) }
    }
}
