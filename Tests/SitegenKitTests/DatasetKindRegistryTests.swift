import Foundation
@testable import Audit
import Render
@testable import SiteLoader
import SiteModel
import TestSupport
import Testing

/// `DatasetKinds.all` is the one list of dataset kinds: each needs its loader, its template
/// context, its theme template, its check and its docs page. A new kind that lacks one fails
/// here, naming what is missing.
@Suite struct DatasetKindRegistryTests {
    @Test func kindsHaveUniqueNames() {
        #expect(Set(DatasetKinds.names).count == DatasetKinds.all.count)
    }

    @Test(arguments: DatasetKinds.names)
    func kindIsComplete(_ kind: String) throws {
        let type = try #require(DatasetKinds.type(named: kind))
        #expect(DatasetRegistry.model(of: kind) != nil, "\(kind): \(type) does not decode itself (DecodedKind in SiteLoader)")
        #expect(type is any TemplateContextProviding.Type, "\(kind): \(type) has no template context (TemplateContextProviding in Render)")
        let template = TemporarySite.defaultThemes + "/default/templates/\(kind).mustache"
        #expect(FileManager.default.fileExists(atPath: template), "\(kind): the default theme has no templates/\(kind).mustache")
        let check = Checks.registry[kind] != nil ? kind : Checks.judgedWithin[kind]
        #expect(check.flatMap { Checks.registry[$0] } != nil, "\(kind): no check of that name in Audit, nor one that reads it (Checks.judgedWithin)")
        let docs = TemporarySite.repository + "/docs/data/\(kind).md"
        let text = try #require(try? String(contentsOfFile: docs, encoding: .utf8), "\(kind): no docs/data/\(kind).md")
        #expect(text.contains("kind: \(kind)\n"), "\(kind): docs/data/\(kind).md has no example data file")
    }

    /// A data file of a kind sitegen does not know is an error naming the kinds it knows.
    @Test func unknownKindIsAnError() {
        let context = DatasetContext(key: "x", file: "data/x.yaml", siteRoot: "")
        let (dataset, diagnostics) = DataFolderLoader.parse("kind: executive\n", context: context)
        #expect(dataset == nil)
        let message = diagnostics.first?.description ?? ""
        #expect(message.contains("'executive' is not a kind of data sitegen knows"), "\(message)")
        #expect(message.contains("Did you mean 'executives'?"), "\(message)")
    }

    /// Every check named after a kind judges a kind of the list.
    @Test func checksNameKinds() {
        let kindChecks = Set(Checks.registry.keys).subtracting(["structure", "executives", "contact", "news", "pages"])
        #expect(kindChecks.subtracting(DatasetKinds.names).sorted() == [])
    }
}
