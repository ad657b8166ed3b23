@testable import Audit
import Testing

@Suite struct CatalogueReadingTests {
    /// The built-in catalogues are read with Yams's basic resolver; the default one gives the same.
    @Test func basicResolverReadsTheBuiltInCataloguesAsTheDefaultOne() throws {
        for (year, text) in OITCatalogue.builtInText {
            let basic = try OITCatalogue.parse(text, file: "oit.yaml", resolver: .basic).get()
            let reference = try OITCatalogue.parse(text, file: "oit.yaml").get()
            #expect(basic.itaYear == reference.itaYear, "\(year)")
            #expect(basic.indicators == reference.indicators, "\(year)")
            #expect(basic.items == reference.items, "\(year)")
            #expect(OITCatalogue.builtIn(year: year)?.items == reference.items)
        }
    }
}
