/// A dataset that checks itself against other datasets of the site, such as an annual report
/// against the list of items it summarises. Runs once every data file is loaded.
public protocol CrossDatasetChecking: Disclosure {
    func crossCheck(_ all: Disclosures) -> [Diagnostic]
}

extension Disclosures {
    /// The diagnostics of every cross-dataset check, in key order.
    public func crossCheckDiagnostics() -> [Diagnostic] {
        keys.flatMap { key -> [Diagnostic] in
            guard let d = self[key] as? any CrossDatasetChecking else { return [] }
            return d.crossCheck(self)
        }
    }
}
