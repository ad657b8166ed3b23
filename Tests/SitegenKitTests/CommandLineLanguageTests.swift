import Foundation
import TestSupport
import Testing

/// sitegen's own lines (summaries, notes, a command's errors) are in the site's language: Thai
/// first and the English beneath for a Thai site (the default), the English alone for a site
/// whose site.yaml says `language: en`.
extension CommandLineTests {
    static func hasThai(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }
    }

    @Test func ownLinesAreInTheSitesLanguage() throws {
        let thai = try siteWithTheme()
        let built = try run(["build"], in: thai.root, environment: ["SITEGEN_PAGEFIND": "off"])
        #expect(built.status == 0, "\(built.stderr)")
        let lines = built.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[0].hasPrefix("สร้างเว็บไซต์แล้ว 1 หน้า ") && lines[1].hasPrefix("    built 1 pages, "), "\(built.stdout)")
        let checked = try run(["check"], in: thai.root)
        #expect(checked.stderr.contains("คำเตือน: ") && checked.stderr.contains("\n    warning: "), "\(checked.stderr)")
        thai.write("news/bad.md", "---\ntitle: \"\"\n---\nข่าว\n")
        let failed = try run(["build"], in: thai.root, environment: ["SITEGEN_PAGEFIND": "off"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด 1 รายการ เว็บไซต์เดิมใน public/ ไม่ถูกเปลี่ยนแปลง\n"
                                       + "    build failed: 1 error(s); public/ was not changed."), "\(failed.stderr)")

        // A mistake in the command: Thai, then the English, then the usage (exit code 2).
        let usage = try run(["check", "--ita-year", "2025"], in: thai.root)
        #expect(usage.status == 2 && usage.stderr.hasPrefix("Error: --ita-year 2025 ดูเหมือนเป็นปีคริสต์ศักราช ปีของ ITA เป็นพุทธศักราช (หมายถึง 2568 หรือไม่)\n"
                                                            + "    --ita-year 2025 looks like a Christian-era year"), "\(usage.stderr)")

        let english = try siteWithTheme()
        english.write("site.yaml", TemporarySite.minimalConfig + "language: en\n")
        let builtEN = try run(["build"], in: english.root, environment: ["SITEGEN_PAGEFIND": "off"])
        #expect(builtEN.status == 0, "\(builtEN.stderr)")
        #expect(builtEN.stdout.hasPrefix("built 1 pages, ") && !Self.hasThai(builtEN.stdout), "\(builtEN.stdout)")
        let checkedEN = try run(["check"], in: english.root)
        // Its warnings in English alone (one quotes a Thai name, as the English text does).
        #expect(checkedEN.stderr.hasPrefix("warning: ") && !checkedEN.stderr.contains("คำเตือน"), "\(checkedEN.stderr)")
    }

    /// Every line of its own that the command line writes goes through `Console.say`/`sayError`
    /// (or `SitesTerminal.say`), and every mistake in the command through `Console.usageError`,
    /// which take the Thai and the English: no text is given to the plain writers or to a bare
    /// `ValidationError`, where it would reach the clerk in English alone.
    @Test func noTextGoesToTheTerminalInOneLanguage() throws {
        let folder = TemporarySite.repository + "/Sources/sitegen"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(files.count >= 5)
        let writer = try NSRegularExpression(pattern: #"\b(?:Console\.(?:out|error)|terminal\.(?:out|err)|ValidationError)\(\s*"((?:[^"\\]|\\.)*)""#)
        var found: [String] = []
        var checked = 0
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for m in writer.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                checked += 1
                let literal = String(text[Range(m.range(at: 1), in: text)!])
                if Self.withoutInterpolations(literal).contains(where: \.isLetter) {
                    let line = text[..<Range(m.range, in: text)!.lowerBound].filter { $0 == "\n" }.count + 1
                    found.append("Sources/sitegen/\(file):\(line): \(literal)")
                }
            }
        }
        #expect(checked > 0, "the pattern found no call at all: has the way lines are written changed?")
        #expect(found.isEmpty, "text given to the terminal in English alone (use Console.say, sayError or usageError, with th: and en:):\n\(found.joined(separator: "\n"))")
        #expect(Self.withoutInterpolations(#"  \(a.b(c)) x\(d)"#) == "   x")
    }

    /// A string literal's text without its `\(…)` interpolations (parentheses inside them matched).
    static func withoutInterpolations(_ literal: String) -> String {
        var out = ""
        var depth = 0
        var i = literal.startIndex
        while i < literal.endIndex {
            let c = literal[i]
            let next = literal.index(after: i)
            if depth == 0, c == "\\", next < literal.endIndex, literal[next] == "(" {
                depth = 1
                i = literal.index(after: next)
                continue
            }
            if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else {
                out.append(c)
            }
            i = next
        }
        return out
    }
}
