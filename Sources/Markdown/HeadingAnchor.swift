/// Stable, Thai-safe anchor ids for headings.
///
/// Letters and digits of every script are kept (Thai consonants, vowels and tone marks
/// included), ASCII letters are lower-cased, and every run of anything else becomes one `-`.
/// The result is a valid HTML5 id (no spaces) and reads well in a URL fragment.
public enum HeadingAnchor {
    public static func slug(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let props = scalar.properties
            let keep = props.isAlphabetic || props.numericType != nil
                || props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark
            if keep {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                if scalar.isASCII { out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars) }
                else { out.unicodeScalars.append(scalar) }
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    /// Makes `base` unique among `used` by appending -2, -3, … and records it.
    public static func unique(_ base: String, used: inout Set<String>) -> String {
        var next: [String: Int] = [:]
        return unique(base, used: &used, next: &next)
    }

    /// The same, remembering in `next` the first suffix worth trying for each base, so that a
    /// document of n identical headings takes time linear in n, not quadratic.
    public static func unique(_ base: String, used: inout Set<String>, next: inout [String: Int]) -> String {
        var candidate = base
        var n = next[base] ?? 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        next[base] = n
        used.insert(candidate)
        return candidate
    }
}
