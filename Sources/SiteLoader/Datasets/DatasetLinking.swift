import SiteModel

/// Resolves the references between datasets (a report to its plan) once every data file is loaded.
enum DatasetLinker {
    static func link(_ disclosures: Disclosures) -> (Disclosures, [Diagnostic]) {
        var linked = disclosures
        var diagnostics: [Diagnostic] = []
        for key in disclosures.keys {
            guard var dataset = disclosures[key] as? any DisclosureLinking else { continue }
            diagnostics += dataset.link(disclosures)
            linked.insert(dataset, key: key)
        }
        return (linked, diagnostics)
    }
}
