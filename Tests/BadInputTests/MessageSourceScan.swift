import Foundation

/// Finds the texts of diagnostics in Swift sources: every string literal passed as a message or
/// hint, in the ways sitegen makes them — `.error("…")`, `.warning("…")` and `Diagnostic(…,
/// message: "…", hint: "…")`; a reader's `r.error(key, node, "…", hint: "…")`; `message:`,
/// `hint:` and `what:` arguments (a `what` is placed into a message, so it needs Thai too), and
/// `reason:` (why a folder of `--sites` is skipped, shown beside the command's lines);
/// `message =`, `hint =`, `hint = "Did you mean …" + hint` and both sides of a ternary assigned
/// to them; `SitesError("…")`, `errorOnSelf("…")`, `fail(field, "…", "…")`, `failure("…")`.
/// Literals joined with `+` are one text; each interpolation `\(…)` becomes a numbered
/// placeholder `{1}`, `{2}`, …, as the catalogue writes its templates.
enum MessageSourceScan {
    struct Found: Equatable {
        let file: String
        let line: Int
        let template: String
    }

    static let contexts: [NSRegularExpression] = {
        let arg = #"(?:[^()",]|"[^"\n]*"|\((?:[^()"]|"[^"\n]*")*\))*"#
        return [
            #"(?<![\w\)\]])\.(?:error|warning)\(\s*$"#,
            #"\w\.(?:error|warning)\("# + arg + #",\s*"# + arg + #",\s*$"#,
            #"(?<![\w.])(?:error|warning)\("# + arg + #",\s*"# + arg + #",\s*$"#,
            #"\b(?:message|hint|what|reason):\s*$"#,
            #"\b(?:message|hint|stated)\s*\+?=\s*$"#,
            #"\b(?:message|hint|what)\s*=[^\n]*(?:\n\s*)?\?\s*$"#,
            #"\bfield(?:Error|Warning)\("# + arg + #",\s*$"#,
            #"\breturn \(\s*$"#,
            #"(?:errorOnSelf|SitesError|failure|writeFailure)\(\s*$"#,
            #"\bfail\([^()"]*,\s*$"#,
        ].map { try! NSRegularExpression(pattern: $0) }
    }()

    /// Words one of which is in the text before every message (a quick test before the patterns).
    static let keywords = ["error", "warning", "message", "hint", "what", "stated", "Error", "fail", "return", "reason"]

    static func scan(_ folder: String) throws -> [Found] {
        var out: [Found] = []
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            out += scan(text: text, file: "Sources/" + file)
        }
        return out
    }

    static func scan(text: String, file: String) -> [Found] {
        let s = Array(text.unicodeScalars)
        var out: [Found] = []
        var i = 0
        var line = 1
        var partnerOfTernary = false
        var returnedTuplePartner = false
        func at(_ k: Int, _ prefix: String) -> Bool {
            let p = Array(prefix.unicodeScalars)
            return k + p.count <= s.count && Array(s[k..<k + p.count]) == p
        }
        while i < s.count {
            let c = s[i]
            if c == "\n" { line += 1; i += 1; continue }
            if at(i, "//") {
                while i < s.count && s[i] != "\n" { i += 1 }
                continue
            }
            if at(i, "\"\"\"") || at(i, "#\"") {
                // Multi-line and raw literals hold page texts and data, not messages.
                let close = at(i, "\"\"\"") ? "\"\"\"" : "\"#"
                i += at(i, "\"\"\"") ? 3 : 2
                while i < s.count && !at(i, close) { if s[i] == "\n" { line += 1 }; i += 1 }
                i += close.count
                continue
            }
            guard c == "\"" else { i += 1; continue }
            let start = i
            var (template, end, count) = literal(s, from: i, placeholdersBefore: 0)
            // Literals joined with +.
            var k = end
            while true {
                var j = k
                while j < s.count && (s[j] == " " || s[j] == "\n") { j += 1 }
                guard j < s.count, s[j] == "+" else { break }
                j += 1
                while j < s.count && (s[j] == " " || s[j] == "\n") { j += 1 }
                guard j < s.count, s[j] == "\"", !at(j, "\"\"\"") else { break }
                let next = literal(s, from: j, placeholdersBefore: count)
                template += next.text
                count = next.count
                k = next.end
            }
            // A literal that another value follows (`"Did you mean '\(s)'? " + hint`): the value is a placeholder.
            var after = k
            while after < s.count && (s[after] == " " || s[after] == "\n") { after += 1 }
            if after + 1 < s.count, s[after] == "+", s[after + 1] == " " {
                count += 1
                template += "{\(count)}"
            }
            end = k
            let window = String(String.UnicodeScalarView(s[max(0, start - 120)..<start]))
            let range = NSRange(window.startIndex..., in: window)
            let matched = keywords.contains(where: window.contains)
                ? contexts.firstIndex { $0.firstMatch(in: window, range: range) != nil } : nil
            let inContext = partnerOfTernary || matched != nil
            // A text with no English letter (a Thai reason, a lone value) is not an English message.
            let isEnglish = template.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
                && template != "{1}"
            // The other side of a returned tuple is a message only if it reads as one (not a field name).
            let reads = matched != nil || !returnedTuplePartner || template.contains(" ")
            if inContext && isEnglish && reads { out.append(Found(file: file, line: line, template: template)) }
            let returnsTuple = matched.map { contexts[$0].pattern.contains("return") } ?? false
            // The other side of a ternary: `? "a" : "b"`.
            var j = end
            while j < s.count && (s[j] == " " || s[j] == "\n") { j += 1 }
            returnedTuplePartner = returnsTuple
            partnerOfTernary = inContext && j < s.count && (s[j] == ":" || (s[j] == "," && returnsTuple)) && {
                var m = j + 1
                while m < s.count && (s[m] == " " || s[m] == "\n") { m += 1 }
                return m < s.count && s[m] == "\""
            }()
            for k in start..<end where s[k] == "\n" { line += 1 }
            i = end
        }
        return out
    }

    /// The text of the literal opening at `from` (its interpolations as placeholders numbered
    /// after `placeholdersBefore`), the index after it, and the placeholders counted so far.
    static func literal(_ s: [Unicode.Scalar], from: Int, placeholdersBefore: Int) -> (text: String, end: Int, count: Int) {
        var i = from + 1
        var text = ""
        var count = placeholdersBefore
        while i < s.count && s[i] != "\"" {
            guard s[i] == "\\", i + 1 < s.count else {
                text.unicodeScalars.append(s[i])
                i += 1
                continue
            }
            let e = s[i + 1]
            switch e {
            case "(":
                var depth = 1
                var j = i + 2
                while j < s.count && depth > 0 {
                    if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1 } else if s[j] == "\"" {
                        j = literal(s, from: j, placeholdersBefore: 0).end - 1
                    }
                    j += 1
                }
                count += 1
                text += "{\(count)}"
                i = j
                continue
            case "n": text += "\n"
            case "t": text += "\t"
            case "u":
                if let close = s[(i + 2)...].firstIndex(of: "}"),
                   let v = UInt32(String(String.UnicodeScalarView(s[(i + 3)..<close])), radix: 16), let u = Unicode.Scalar(v) {
                    text.unicodeScalars.append(u)
                    i = close + 1
                    continue
                }
            default: text.unicodeScalars.append(e)
            }
            i += 2
        }
        return (text, i + 1, count)
    }
}
