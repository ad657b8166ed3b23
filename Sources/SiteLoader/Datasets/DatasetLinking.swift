import SiteModel

/// The one pass that runs once every data file is loaded (files load in parallel and cannot see
/// each other): datasets that name other datasets resolve those references and check themselves
/// against them. A dataset takes part either through its model (`DisclosureLinking`, for checks
/// that need only the model) or through the loader's rules (`ReferenceResolving`, for references
/// that want the loader's did-you-mean suggestions). Diagnostics come in key order.
enum DatasetLinker {
    static func link(_ disclosures: Disclosures) -> (Disclosures, [Diagnostic]) {
        var linked = disclosures
        var diagnostics: [Diagnostic] = []
        for key in disclosures.keys {
            guard let dataset = disclosures[key] else { continue }
            if var model = dataset as? any DisclosureLinking {
                diagnostics += model.link(disclosures)
                linked.insert(model, key: key)
            } else if let resolving = dataset as? any ReferenceResolving {
                let (resolved, found) = resolving.resolve(in: disclosures)
                diagnostics += found
                linked.insert(resolved, key: key)
            }
        }
        return (linked, diagnostics)
    }
}
