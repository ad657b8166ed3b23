import Foundation
import SiteLoader
import TestSupport
import Testing

/// Every key the loader reads from site.yaml is documented in the README's site.yaml reference:
/// a clerk meets no key that the documentation does not name.
@Suite struct SiteYAMLReferenceTests {
    /// The backquoted names of the reference section of the README.
    func documentedNames() throws -> Set<String> {
        let readme = try String(contentsOfFile: TemporarySite.repository + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "### `site.yaml` reference"))
        let rest = readme[start.upperBound...]
        let section = rest.range(of: "\n### ").map { rest[..<$0.lowerBound] } ?? rest
        let regex = try NSRegularExpression(pattern: "`([a-z_.]+)`")
        let text = String(section)
        return Set(regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        })
    }

    @Test func everyKeyTheLoaderReadsIsInTheReference() throws {
        let documented = try documentedNames()
        let keys = ConfigLoader.knownKeys
            + ConfigLoader.contactKeys.map { "contact." + $0 }
            + ConfigLoader.mapKeys.map { "contact.map." + $0 }
            + ConfigLoader.openDataKeys.map { "open_data." + $0 }
        #expect(keys.count > 30)
        let missing = keys.filter { !documented.contains($0) }
        #expect(missing == [], "site.yaml keys missing from the README reference: \(missing)")
    }
}
