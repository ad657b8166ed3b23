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
        /// Extra parameters of the check (`audience: staff`, `months: elapsed`, …).
        public var parameters: [String: [String]]

        public init(check: String, year: YearRequirement, needsEN: String = "", parameters: [String: [String]] = [:]) {
            self.check = check
            self.year = year
            self.needsEN = needsEN
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
        public var yearRef: YearRef
        public var titleEN: String
        public var rule: Rule

        /// The title for an assessment year: the base, plus "ประจำปี พ.ศ. <year>" in Thai digits
        /// when the title names the assessed or the previous year.
        public func title(forAssessmentYear year: Int) -> String {
            guard let base = titleBaseTH, yearRef != .none else { return officialTitleTH }
            let named = yearRef == .current ? year : year - 1
            return base + yearJoiner + "ประจำปี พ.ศ. " + ThaiFormatter.thai.year(named)
        }

        public var number: Int { Int(id.dropFirst()) ?? 0 }
    }

    public var itaYear: Int
    public var indicators: [Indicator]
    public var items: [Item]

    /// Catalogues shipped inside sitegen, by ITA year.
    public static func builtIn(year: Int) -> OITCatalogue? {
        builtInParsed[year]
    }

    /// The built-in catalogues, parsed once per process (a preview server audits on every rebuild).
    /// Their text is sitegen's own, read as plain text like the site's files: Yams's default
    /// resolver would run its regular expressions on every key it compares (the tests check that
    /// both readings give the same catalogue).
    private static let builtInParsed: [Int: OITCatalogue] = builtInText.reduce(into: [:]) { out, entry in
        out[entry.key] = try? parse(entry.value, file: "oit-\(entry.key).yaml", resolver: .basic).get()
    }

    public static var builtInYears: [Int] { builtInText.keys.sorted() }

    static let builtInText: [Int: String] = [
        2568: String(decoding: PackageResources.oit_2568_yaml, as: UTF8.self),
    ]

    /// The catalogue for an assessment year: the site's own file if it names one, else the
    /// built-in catalogue of that year, else the newest built-in one (titles follow the year).
    public static func forYear(_ year: Int) -> OITCatalogue? {
        if let exact = builtIn(year: year) { return exact }
        return builtInYears.last.flatMap(builtIn(year:))
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
                    guard let key = k.string, !["check", "year", "needs_en"].contains(key) else { continue }
                    parameters[key] = v.sequence.map { $0.compactMap(\.string) } ?? [v.string ?? ""]
                }
                if let problem = Rule(check: check, year: requirement, parameters: parameters).problem {
                    return .failure(.error("item \(id): \(problem.message)", file: file, line: r["check"]?.mark?.line ?? node.mark?.line,
                                           field: "items.\(id).rule.\(problem.field)", hint: problem.hint))
                }
                items.append(Item(id: id, indicator: indicator, officialTitleTH: title, titleBaseTH: m["title_base_th"]?.string,
                                  yearJoiner: m["year_joiner"]?.string ?? "", yearRef: yearRef,
                                  titleEN: m["title_en"]?.string ?? "",
                                  rule: Rule(check: check, year: requirement, needsEN: r["needs_en"]?.string ?? "",
                                             parameters: parameters)))
            }
            return .success(OITCatalogue(itaYear: year, indicators: indicators, items: items))
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
