import Foundation
import SiteModel
import ThaiText
import Yams

/// The OIT items of one ITA year and the rule sitegen applies to each: data, not code.
public struct OITCatalogue: Sendable {
    public struct Indicator: Sendable, Hashable {
        public var number: Int
        public var nameTH: String
        public var nameEN: String
        public var items: [String]
    }

    /// Which fiscal year a title names.
    public enum YearRef: String, Sendable, CaseIterable { case none, current, previous }

    /// Which fiscal year the evidence must be for.
    public enum YearRequirement: String, Sendable, CaseIterable { case any, current, previous, covers }

    public struct Rule: Sendable, Hashable {
        public var check: String
        public var year: YearRequirement
        public var needsEN: String
        /// What the check asks of the site, in Thai (`needs_th`; empty when the catalogue has none).
        public var needsTH: String
        /// Extra parameters of the check (`audience: staff`, `months: elapsed`, …).
        public var parameters: [String: [String]]

        public init(check: String, year: YearRequirement, needsEN: String = "", needsTH: String = "", parameters: [String: [String]] = [:]) {
            self.check = check
            self.year = year
            self.needsEN = needsEN
            self.needsTH = needsTH
            self.parameters = parameters
        }

        public func parameter(_ key: String) -> String? { parameters[key]?.first }

        /// The names sitegen can check, for catalogues and `ita_rules`.
        public static var checkNames: [String] { Checks.registry.keys.sorted() }

        /// What is wrong with the rule, if anything: a check sitegen does not have, or a
        /// parameter value it does not know.
        public var problem: (message: String, field: String, hint: String)? {
            guard Checks.registry[check] != nil else {
                var hint = "Use one of: \(Rule.checkNames.joined(separator: ", "))."
                if let s = Suggest.nearest(to: check, in: Rule.checkNames) { hint = "Did you mean '\(s)'? " + hint }
                return ("sitegen has no check named '\(check)'.", "check", hint)
            }
            for (key, allowed) in Checks.parameterValues where parameters[key] != nil {
                for value in parameters[key] ?? [] where !allowed.contains(value) {
                    return ("'\(value)' is not a value of \(key).", key, "Use one of: \(allowed.joined(separator: ", ")).")
                }
            }
            return nil
        }
    }

    public struct Item: Sendable, Hashable {
        public var id: String
        public var indicator: Int
        /// The official title for the catalogue's own year.
        public var officialTitleTH: String
        public var titleBaseTH: String?
        public var yearJoiner: String
        /// The words before the year: "ประจำปี พ.ศ. " (ITA 2568), "ประจำปีงบประมาณ พ.ศ. " or
        /// "ปีงบประมาณ พ.ศ. " (ITA 2569).
        public var yearWords: String = "ประจำปี พ.ศ. "
        public var yearRef: YearRef
        public var titleEN: String
        /// The English title without its year; ", B.E. <year>" is added for the year named.
        public var titleBaseEN: String? = nil
        /// The items of the previous catalogue this one replaces (`replaces`), and what changed.
        public var replaces: [String] = []
        public var changeEN: String? = nil
        public var rule: Rule

        /// The fiscal year the title names for an assessment year, if it names one.
        public func namedYear(forAssessmentYear year: Int) -> Int? {
            switch yearRef {
            case .none: return nil
            case .current: return year
            case .previous: return year - 1
            }
        }

        /// The title for an assessment year: the base, plus the year words and the year named
        /// (digits as the site shows them) when the title names the assessed or the previous year.
        public func title(forAssessmentYear year: Int, digits: ThaiFormatter = .thai) -> String {
            guard let base = titleBaseTH, let named = namedYear(forAssessmentYear: year) else { return officialTitleTH }
            return base + yearJoiner + yearWords + digits.year(named)
        }

        /// The English title for an assessment year.
        public func titleEN(forAssessmentYear year: Int) -> String {
            guard let base = titleBaseEN, let named = namedYear(forAssessmentYear: year) else { return titleEN }
            return base + ", B.E. \(named)"
        }

        public var number: Int { Int(id.dropFirst()) ?? 0 }

        /// The English title without its year, when it ends in ", B.E. <year>" for the year it names
        /// in the catalogue's own assessment year (a catalogue without `title_base_en`, such as
        /// ITA 2568's): the year is then made for the year assessed, as the Thai title's is.
        static func englishBase(of title: String, naming year: Int?) -> String? {
            guard let year else { return nil }
            let suffix = ", B.E. \(year)"
            guard title.hasSuffix(suffix), title.count > suffix.count else { return nil }
            return String(title.dropLast(suffix.count))
        }
    }

    /// Whether the item list is the NACC's own or known only from elsewhere.
    public enum Status: String, Sendable, Hashable, CaseIterable { case official, provisional }

    public var itaYear: Int
    public var status: Status = .official
    /// Where the item list comes from.
    public var source: String = ""
    /// The ITA year whose items `replaces` names.
    public var replacesYear: Int? = nil
    public var indicators: [Indicator]
    public var items: [Item]
    /// The file the catalogue was read from (`oit-2569.yaml`, or a site's own).
    public var file: String = ""

    /// Catalogues shipped inside sitegen, by ITA year.
    public static func builtIn(year: Int) -> OITCatalogue? {
        builtInParsed[year]
    }

    /// The built-in catalogues (every `Catalogues/oit-*.yaml`, embedded by the EmbedCatalogues
    /// plugin), parsed once per process (a preview server audits on every rebuild). Their text
    /// is sitegen's own, read as plain text like the site's files: Yams's default resolver would
    /// run its regular expressions on every key it compares (the tests check that both readings
    /// give the same catalogue). A built-in catalogue that cannot be read is a bug the tests catch.
    private static let builtInParsed: [Int: OITCatalogue] = builtInText.reduce(into: [:]) { out, entry in
        if let c = try? parse(entry.text, file: entry.name, resolver: .basic).get() { out[c.itaYear] = c }
    }

    public static var builtInYears: [Int] { builtInParsed.keys.sorted() }

    static let builtInText: [(name: String, text: String)] = builtInCatalogueFiles.map {
        ($0.name, String(decoding: $0.bytes, as: UTF8.self))
    }

    /// The built-in catalogue for an assessment year: its own, else the newest one older than
    /// it (the assessment in progress before the NACC publishes its list), else the oldest.
    /// `exact` says whether the catalogue is the year's own.
    public static func forYear(_ year: Int) -> (catalogue: OITCatalogue, exact: Bool)? {
        if let own = builtIn(year: year) { return (own, true) }
        let older = builtInYears.last { $0 < year } ?? builtInYears.first
        return older.flatMap(builtIn(year:)).map { ($0, false) }
    }

    public static func load(path: String, display: String) -> Result<OITCatalogue, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error("the OIT catalogue file cannot be read.", file: display, field: "ita_catalogue"))
        }
        return parse(String(decoding: data, as: UTF8.self), file: display)
    }

    public static func parse(_ text: String, file: String) -> Result<OITCatalogue, Diagnostic> {
        parse(text, file: file, resolver: .default)
    }

    static func parse(_ text: String, file: String, resolver: Resolver) -> Result<OITCatalogue, Diagnostic> {
        do {
            guard let root = try Yams.compose(yaml: text, resolver, .default, .utf8), let map = root.mapping else {
                return .failure(.error("the OIT catalogue is empty.", file: file))
            }
            guard let year = map["ita_year"]?.int else { return .failure(missing("ita_year", in: root, file: file)) }
            guard let status = Status(rawValue: map["status"]?.string ?? "official") else {
                return .failure(unknown("status", map["status"]?.string ?? "", Status.allCases.map(\.rawValue), root, file))
            }
            var indicators: [Indicator] = []
            for node in map["indicators"]?.sequence ?? [] {
                guard let m = node.mapping, let n = m["number"]?.int, let th = m["name_th"]?.string else {
                    return .failure(malformed("indicators", node, file))
                }
                indicators.append(Indicator(number: n, nameTH: th, nameEN: m["name_en"]?.string ?? "",
                                            items: (m["items"]?.sequence ?? []).compactMap(\.string)))
            }
            var items: [Item] = []
            for node in map["items"]?.sequence ?? [] {
                guard let m = node.mapping, let id = m["id"]?.string, let indicator = m["indicator"]?.int,
                      let title = m["title_th"]?.string, let r = m["rule"]?.mapping, let check = r["check"]?.string else {
                    return .failure(malformed("items", node, file))
                }
                // Every name is checked: a typo must never turn a rule into another one.
                guard let yearRef = YearRef(rawValue: m["year_ref"]?.string ?? "none") else {
                    return .failure(unknown("year_ref", m["year_ref"]?.string ?? "", YearRef.allCases.map(\.rawValue), node, file))
                }
                guard let requirement = YearRequirement(rawValue: r["year"]?.string ?? "any") else {
                    return .failure(unknown("rule.year", r["year"]?.string ?? "", YearRequirement.allCases.map(\.rawValue), node, file))
                }
                var parameters: [String: [String]] = [:]
                for (k, v) in r {
                    guard let key = k.string, !["check", "year", "needs_en", "needs_th"].contains(key) else { continue }
                    parameters[key] = v.sequence.map { $0.compactMap(\.string) } ?? [v.string ?? ""]
                }
                if let problem = Rule(check: check, year: requirement, parameters: parameters).problem {
                    return .failure(.error("item \(id): \(problem.message)", file: file, line: r["check"]?.mark?.line ?? node.mark?.line,
                                           field: "items.\(id).rule.\(problem.field)", hint: problem.hint))
                }
                var item = Item(id: id, indicator: indicator, officialTitleTH: title, titleBaseTH: m["title_base_th"]?.string,
                                yearJoiner: m["year_joiner"]?.string ?? "", yearRef: yearRef,
                                titleEN: m["title_en"]?.string ?? "",
                                rule: Rule(check: check, year: requirement, needsEN: r["needs_en"]?.string ?? "",
                                           needsTH: r["needs_th"]?.string ?? "", parameters: parameters))
                if let words = m["year_words"]?.string { item.yearWords = words }
                item.titleBaseEN = m["title_base_en"]?.string ?? Item.englishBase(of: item.titleEN, naming: item.namedYear(forAssessmentYear: year))
                item.replaces = (m["replaces"]?.sequence ?? []).compactMap(\.string)
                item.changeEN = m["change"]?.string
                items.append(item)
            }
            var catalogue = OITCatalogue(itaYear: year, indicators: indicators, items: items)
            catalogue.status = status
            catalogue.source = map["source"]?.string ?? ""
            catalogue.replacesYear = map["replaces_year"]?.int
            catalogue.file = file
            return .success(catalogue)
        } catch {
            return .failure(.error("the OIT catalogue is not valid YAML: \(error)", file: file))
        }
    }

    private static func unknown(_ field: String, _ value: String, _ allowed: [String], _ node: Node, _ file: String) -> Diagnostic {
        var hint = "Use one of: \(allowed.joined(separator: ", "))."
        if let s = Suggest.nearest(to: value, in: allowed) { hint = "Did you mean '\(s)'? " + hint }
        return .error("'\(value)' is not a value of \(field).", file: file, line: node.mark?.line, field: field, hint: hint)
    }

    private static func missing(_ key: String, in node: Node, file: String) -> Diagnostic {
        .error("the OIT catalogue has no '\(key)'.", file: file, line: node.mark?.line, field: key)
    }

    private static func malformed(_ key: String, _ node: Node, _ file: String) -> Diagnostic {
        .error("an entry of '\(key)' is incomplete (each needs its number/id, Thai title and rule).", file: file,
               line: node.mark?.line, field: key)
    }

    /// Replaces the rules of single items (site.yaml `ita_rules`).
    public func overriding(_ overrides: [String: Rule]) -> OITCatalogue {
        var copy = self
        for i in copy.items.indices {
            if let r = overrides[copy.items[i].id] { copy.items[i].rule = r }
        }
        return copy
    }
}
