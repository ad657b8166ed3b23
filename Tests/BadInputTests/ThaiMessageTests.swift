import Foundation
import SiteModel
import Testing
import TestSupport

/// Messages in Thai (#18): the catalogue reads cleanly, matches as documented, and has a Thai
/// text for every message and hint the sources write; the corpus test (`BadInputCorpusTests`)
/// checks the same of every diagnostic a bad input makes.
@Suite struct ThaiMessageTests {
    static let catalogueFile = "Sources/SiteModel/Messages/ThaiMessages.swift"

    @Test func catalogueReadsCleanly() {
        #expect(MessageCatalogue.thai.problems.isEmpty,
                "\(Self.catalogueFile): \(MessageCatalogue.thai.problems.map(\.description).joined(separator: "\n"))")
        #expect(MessageCatalogue.thai.englishTemplates.count > 400)
    }

    @Test func placeholdersCarryTheValuesAsWritten() {
        let catalogue = MessageCatalogue(text: """
            en: the file '{1}' has {2} rows, not {3}.
            th: ไฟล์ '{1}' มี {2} แถว ไม่ใช่ {3}
            en: Did you mean '{1}'? {2}
            th: หมายถึง '{1}' หรือไม่ {2}
            en: Use one of: {1}.
            th: ใช้ค่าใดค่าหนึ่ง: {1}
            en: Add a line '{1}: …' with {2}.
            th: เพิ่มบรรทัด '{1}: …' ระบุ{2}
            en: a date YYYY-MM-DD
            th: วันที่แบบ YYYY-MM-DD
            en: {1} is empty.
            th: {1} ว่างเปล่า
            en: the list {1} is empty.
            th: รายการ {1} ว่างเปล่า
            """)
        #expect(catalogue.problems.isEmpty)
        #expect(catalogue.translate("the file 'ข่าว 1.md' has 3 rows, not 4.") == "ไฟล์ 'ข่าว 1.md' มี 3 แถว ไม่ใช่ 4")
        // A hint that wraps another hint: the inner one is translated in its turn.
        #expect(catalogue.translate("Did you mean 'date'? Use one of: date, title.") == "หมายถึง 'date' หรือไม่ ใช้ค่าใดค่าหนึ่ง: date, title")
        // A phrase placed into a message is translated; a quoted value never is.
        #expect(catalogue.translate("Add a line 'date: …' with a date YYYY-MM-DD.") == "เพิ่มบรรทัด 'date: …' ระบุวันที่แบบ YYYY-MM-DD")
        #expect(catalogue.translate("Did you mean 'a date YYYY-MM-DD'? Use one of: x.") == "หมายถึง 'a date YYYY-MM-DD' หรือไม่ ใช้ค่าใดค่าหนึ่ง: x")
        // The template with the most literal text wins over a looser one.
        #expect(catalogue.translate("the list fees is empty.") == "รายการ fees ว่างเปล่า")
        #expect(catalogue.translate("title is empty.") == "title ว่างเปล่า")
        #expect(catalogue.translate("the file 'x' has 3 rows.") == nil)
        #expect(catalogue.contains(template: "the file '{1}' has {2} rows, not {3}."))
        #expect(!catalogue.contains(template: "the file '{1}' has {2} rows."))
    }

    @Test func catalogueProblemsAreFound() {
        let catalogue = MessageCatalogue(text: "en: a {1}\nth: ก {2}\nen: b\nen: c\nth: ค\nfoo\n")
        #expect(catalogue.problems.map(\.line) == [2, 3, 6])
    }

    @Test func diagnosticsShowThaiFirstAndKeepTheLocation() {
        let d = Diagnostic.error("unknown field 'titel'.", file: "content/about.md", line: 3, column: 1, field: "titel",
                                 hint: "Did you mean 'title'? Known fields here: title, date.")
        #expect(d.text(in: .thai) == """
            content/about.md:3:1: error: field 'titel': ไม่รู้จักช่อง (field) 'titel'
                unknown field 'titel'.
                คำแนะนำ: หมายถึง 'title' หรือไม่ ช่อง (field) ที่ใช้ได้ตรงนี้: title, date
                hint: Did you mean 'title'? Known fields here: title, date.
            """)
        #expect(d.text(in: .english) == d.description)
        let untranslated = Diagnostic.warning("a text no catalogue has", file: "x.md", hint: "nor this")
        #expect(untranslated.text(in: .thai) == untranslated.description)
        #expect(MessageLanguage.forSite(language: nil) == .thai)
        #expect(MessageLanguage.forSite(language: "th") == .thai)
        #expect(MessageLanguage.forSite(language: "en") == .english)
        #expect(MessageLanguage.forSite(language: "en-GB") == .english)
    }

    /// Every message and hint written in Sources/ (see `MessageSourceScan`) has its Thai text.
    @Test func everySourceMessageHasThai() throws {
        let found = try MessageSourceScan.scan(TemporarySite.repository + "/Sources")
        #expect(found.count > 500, "the scan found only \(found.count) texts: has the way messages are written changed?")
        var missing: [MessageSourceScan.Found] = []
        var seen = Set<String>()
        for f in found where !MessageCatalogue.thai.contains(template: f.template) && seen.insert(f.template).inserted {
            missing.append(f)
        }
        if !missing.isEmpty {
            Issue.record("""
                \(missing.count) message(s) or hint(s) have no Thai text. Add each as two lines to \(Self.catalogueFile), \
                under the heading of its source file (docs/messages.md):

                \(missing.map { "# \($0.file):\($0.line)\nen: \($0.template)\nth: …" }.joined(separator: "\n"))
                """)
        }
    }

    @Test func scanReducesInterpolationsAndJoinsPieces() {
        let source = #"""
            r.error(key, node, "'\(value)' is not a date (\(x.map { "\($0)" }.joined())).", hint: "Write it " + "like \(example).")
            sink.add(.warning("plain \"quoted\" text", file: f))
            let hint = isImage ? "the image" : "the file"
            print("not a message")
            """#
        let found = MessageSourceScan.scan(text: source, file: "X.swift").map(\.template)
        #expect(found == ["'{1}' is not a date ({2}).", "Write it like {1}.", "plain \"quoted\" text", "the image", "the file"])
    }

    /// What `BadInputCorpusTests` asks of every diagnostic: its message and hint in Thai, with
    /// every value the English quotes kept as written.
    static func problems(of d: Diagnostic) -> [String] {
        var out: [String] = []
        let add = "add it to \(catalogueFile) (docs/messages.md)"
        guard let th = d.messageThai else { return ["no Thai for the message \"\(d.message)\": \(add)"] }
        for quoted in quotedValues(d.message) where !th.contains(quoted) {
            out.append("the Thai \"\(th)\" drops the quoted value \(quoted) of \"\(d.message)\"")
        }
        if let hint = d.hint, d.hintThai == nil { out.append("no Thai for the hint \"\(hint)\": \(add)") }
        return out
    }

    /// The `'…'` parts of a text.
    static func quotedValues(_ text: String) -> [String] {
        text.matches(of: /'[^']*'/).map { String($0.output) }
    }
}
