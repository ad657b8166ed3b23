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
    public enum YearRef: String, Sendable { case none, current, previous }

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
                let yearRef = m["year_ref"]?.string.flatMap(YearRef.init) ?? .none
                let requirement = r["year"]?.string.flatMap(YearRequirement.init) ?? .any
                var parameters: [String: [String]] = [:]
                for (k, v) in r {
                    guard let key = k.string, !["check", "year", "needs_en"].contains(key) else { continue }
                    parameters[key] = v.sequence.map { $0.compactMap(\.string) } ?? [v.string ?? ""]
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
