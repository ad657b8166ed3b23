import SiteModel
import ThaiText

/// A fiscal year's procurement as an Open Contracting Data Standard 1.1 release package
/// (`/data/ocds/<fiscal-year>.json`): one release per procurement item, describing the item as
/// it stands on the list's date (`as_of`).
///
/// - `ocid`: the agency's prefix (`open_data.ocid_prefix`), then the e-GP project number, or,
///   for an item without one, `<fiscal year>-<position in the list>`.
/// - `tender`: the e-GP project number as its `id`, the title, the budget as `value` (THB),
///   the method (`procurementMethod` from the closed codelist, the Thai method in
///   `procurementMethodDetails`), the bidders as `tenderers`, its status.
/// - `awards` and `contracts` when a contractor was chosen: the contractor as supplier, the
///   contract value, number and date.
/// - every organisation named is in `parties`, with its roles.
/// Dates are ISO 8601 date-times at midnight, Thai time (`2025-10-10T00:00:00+07:00`).
public enum OCDS {
    public static let version = "1.1"
    public static let currency = "THB"

    /// What the package says about its publisher and where it is.
    public struct PackageInfo: Sendable {
        /// The absolute address of the package file.
        public var uri: String
        public var publisherName: String
        /// The site's address.
        public var publisherURI: String
        /// The licence's address.
        public var license: String?
        /// The page that says how the data is published (`/data/`).
        public var publicationPolicy: String?
        public var ocidPrefix: String
        public init(uri: String, publisherName: String, publisherURI: String, license: String?,
                    publicationPolicy: String?, ocidPrefix: String) {
            self.uri = uri
            self.publisherName = publisherName
            self.publisherURI = publisherURI
            self.license = license
            self.publicationPolicy = publicationPolicy
            self.ocidPrefix = ocidPrefix
        }
    }

    /// `2025-10-10T00:00:00+07:00`.
    public static func dateTime(_ d: CalendarDate) -> String { d.iso + "T00:00:00+07:00" }

    /// The OCDS method codelist value of a method: the general invitation methods are `open`,
    /// selection (คัดเลือก, invited qualified suppliers) is `selective`, and the specific method
    /// (เฉพาะเจาะจง, one supplier invited to offer or negotiate) is `direct`.
    public static func method(_ m: ProcurementMethod) -> String {
        switch m {
        case .eBidding, .eMarket, .priceInquiry: return "open"
        case .selection: return "selective"
        case .specific: return "direct"
        }
    }

    /// The tender status of an item.
    public static func tenderStatus(_ s: ProcurementStatus) -> String {
        switch s {
        case .inProgress: return "active"
        case .contracted, .delivered, .paid: return "complete"
        case .cancelled: return "cancelled"
        }
    }

    /// The contract status: signed or delivered and not yet paid is `active`; paid is
    /// `terminated` (in OCDS 1.1, a contract that is completed or ended).
    public static func contractStatus(_ s: ProcurementStatus) -> String {
        s == .paid ? "terminated" : "active"
    }

    /// The identifier the ocid ends with: the e-GP project number, else the year and position.
    public static func localID(_ item: ProcurementItem, fiscalYear: Int, position: Int) -> String {
        if let egp = item.egpNumber, !egp.isEmpty { return egp }
        return "\(fiscalYear)-\(position)"
    }

    /// The release package of a procurement list; nil when it has no items (a package holds at
    /// least one release).
    public static func package(_ list: Procurement, info: PackageInfo, date fallback: CalendarDate) -> DataValue? {
        guard !list.items.isEmpty else { return nil }
        let date = list.asOf ?? fallback
        var used: Set<String> = []
        let releases = list.items.enumerated().map { i, item -> DataValue in
            // Two items with one e-GP number (a data-entry slip the loader warns about) still get
            // distinct ocids: the second adds its position.
            var local = localID(item, fiscalYear: list.fiscalYear, position: i + 1)
            if !used.insert(local).inserted {
                local += "-\(i + 1)"
                used.insert(local)
            }
            return release(item, ocid: info.ocidPrefix + "-" + local, date: date, info: info)
        }
        var fields: [(String, DataValue)] = [
            ("uri", .string(info.uri)),
            ("version", .string(version)),
            ("publishedDate", .string(dateTime(date))),
            ("publisher", .object([("name", .string(info.publisherName)), ("uri", .string(info.publisherURI))])),
        ]
        if let license = info.license { fields.append(("license", .string(license))) }
        if let policy = info.publicationPolicy { fields.append(("publicationPolicy", .string(policy))) }
        fields.append(("releases", .array(releases)))
        return .object(fields)
    }

    static func value(_ m: Money) -> DataValue { .object([("amount", .baht(m)), ("currency", .string(currency))]) }

    /// The release of one item, as it stands on `date`.
    public static func release(_ item: ProcurementItem, ocid: String, date: CalendarDate, info: PackageInfo) -> DataValue {
        let buyer: DataValue = .object([("id", .string("buyer")), ("name", .string(info.publisherName))])
        // Parties: the buyer, then each bidder and the contractor once, by name.
        var partyOrder: [String] = []
        var roles: [String: [String]] = [:]
        func add(_ name: String, _ role: String) {
            if roles[name] == nil { partyOrder.append(name) }
            if !(roles[name] ?? []).contains(role) { roles[name, default: []].append(role) }
        }
        for bidder in item.bidders { add(bidder.name, "tenderer") }
        let awarded = item.status.isAwarded && item.contractor != nil
        if awarded, let contractor = item.contractor { add(contractor, "supplier") }
        var ids: [String: String] = [:]
        for (i, name) in partyOrder.enumerated() { ids[name] = "party-\(i + 1)" }
        func ref(_ name: String) -> DataValue { .object([("id", .string(ids[name]!)), ("name", .string(name))]) }

        var parties: [DataValue] = [.object([("id", .string("buyer")), ("name", .string(info.publisherName)),
                                             ("roles", .array([.string("buyer"), .string("procuringEntity")]))])]
        for name in partyOrder {
            parties.append(.object([("id", .string(ids[name]!)), ("name", .string(name)),
                                    ("roles", .array(roles[name]!.map(DataValue.string)))]))
        }

        var tender: [(String, DataValue)] = [
            ("id", .string(item.egpNumber.flatMap { $0.isEmpty ? nil : $0 } ?? ocid)),
            ("title", .string(item.title)),
            ("status", .string(tenderStatus(item.status))),
            ("procuringEntity", buyer),
        ]
        if let budget = item.budget.money { tender.append(("value", value(budget))) }
        tender.append(("procurementMethod", .string(method(item.method))))
        tender.append(("procurementMethodDetails", .string(item.method.group + (item.method.group == "วิธี" + item.method.label ? "" : " (" + item.method.label + ")"))))
        if let reason = item.reason, !reason.isEmpty { tender.append(("procurementMethodRationale", .string(reason))) }
        if !item.bidders.isEmpty {
            var seen: Set<String> = []
            let names = item.bidders.map(\.name).filter { seen.insert($0).inserted }
            tender.append(("tenderers", .array(names.map(ref))))
            tender.append(("numberOfTenderers", .int(names.count)))
        }

        var tags: [DataValue] = [.string(item.status == .cancelled ? "tenderCancellation" : "tender")]
        var fields: [(String, DataValue)] = [
            ("ocid", .string(ocid)),
            ("id", .string(ocid + "-" + date.iso)),
            ("date", .string(dateTime(date))),
            ("tag", .null),
            ("initiationType", .string("tender")),
            ("parties", .array(parties)),
            ("buyer", buyer),
            ("tender", .object(tender)),
        ]
        if awarded, let contractor = item.contractor {
            tags += [.string("award"), .string("contract")]
            if item.status == .delivered || item.status == .paid { tags.append(.string("implementation")) }
            let awardID = ocid + "-award-1"
            var award: [(String, DataValue)] = [("id", .string(awardID)), ("title", .string(item.title)), ("status", .string("active"))]
            if let d = item.contractDate { award.append(("date", .string(dateTime(d)))) }
            if let v = item.contractValue { award.append(("value", value(v))) }
            award.append(("suppliers", .array([ref(contractor)])))
            fields.append(("awards", .array([.object(award)])))
            var contract: [(String, DataValue)] = [
                ("id", .string(item.contractNumber.flatMap { $0.isEmpty ? nil : $0 } ?? ocid + "-contract-1")),
                ("awardID", .string(awardID)), ("title", .string(item.title)),
                ("status", .string(contractStatus(item.status))),
            ]
            if let v = item.contractValue { contract.append(("value", value(v))) }
            if let d = item.contractDate { contract.append(("dateSigned", .string(dateTime(d)))) }
            fields.append(("contracts", .array([.object(contract)])))
        }
        if let i = fields.firstIndex(where: { $0.0 == "tag" }) { fields[i].1 = .array(tags) }
        return .object(fields)
    }
}
