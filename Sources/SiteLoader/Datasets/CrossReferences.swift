import SiteModel

/// A dataset that names other datasets by key (a risk report names its assessment).
///
/// Data files are loaded in parallel and independently; once all are loaded, `resolve` checks
/// the dataset's references against the whole site (diagnostics name the referring file and
/// line) and returns the dataset completed with what it borrows.
protocol ReferenceResolving: Disclosure {
    func resolve(in all: Disclosures) -> (Self, [Diagnostic])
}

/// Helpers for `ReferenceResolving` datasets; `DatasetLinker` runs them.
enum CrossReferences {
    /// The dataset of type `D` a key names, or an error naming the referring file, line and field.
    static func target<D: Disclosure>(_ wanted: D.Type, key: String, in all: Disclosures, from source: SourceRef,
                                      line: Int?, field: String) -> Result<D, Diagnostic> {
        guard let found = all[key] else {
            let candidates = all.keys.filter { all[$0] is D }
            var hint = "Write the data file's path below data/ without its extension"
            if let s = Suggest.nearest(to: key, in: candidates) { hint = "Did you mean '\(s)'? " + hint }
            hint += candidates.isEmpty ? "; the site has no \(D.kind) data file yet." :
                ". \(D.kind) files: \(candidates.joined(separator: ", "))."
            return .failure(.error("there is no data file 'data/\(key).yaml'.", file: source.file, line: line,
                                   field: field, hint: hint))
        }
        guard let typed = found as? D else {
            return .failure(.error("'\(key)' is a \(type(of: found).kind) data file, not a \(D.kind).",
                                   file: source.file, line: line, field: field,
                                   hint: "Name a data file whose kind is \(D.kind)."))
        }
        return .success(typed)
    }
}
