/// A dataset that refers to another dataset (a results report to the plan it reports on).
///
/// Data files are read independently and in parallel, so a reference can only be checked once
/// every file is loaded. The loader then calls `link` on each such dataset with all the others;
/// the dataset keeps what it needs from the one it names (item names, the plan's title) and
/// returns a diagnostic for every reference that does not resolve.
public protocol DisclosureLinking: Disclosure {
    mutating func link(_ all: Disclosures) -> [Diagnostic]
}
