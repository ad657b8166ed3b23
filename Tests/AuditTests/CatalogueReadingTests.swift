@testable import Audit
import Testing

@Suite struct CatalogueReadingTests {
    /// The built-in catalogues are read with Yams's basic resolver; the default one gives the same.
    @Test func basicResolverReadsTheBuiltInCataloguesAsTheDefaultOne() throws {
        #expect(!OITCatalogue.builtInText.isEmpty)
        for (name, text) in OITCatalogue.builtInText {
            let basic = try OITCatalogue.parse(text, file: name, resolver: .basic).get()
            let reference = try OITCatalogue.parse(text, file: name).get()
            #expect(name == "oit-\(reference.itaYear).yaml")
            #expect(basic.itaYear == reference.itaYear, "\(name)")
            #expect(basic.indicators == reference.indicators, "\(name)")
            #expect(basic.items == reference.items, "\(name)")
            #expect(OITCatalogue.builtIn(year: reference.itaYear)?.items == reference.items)
        }
    }
}
