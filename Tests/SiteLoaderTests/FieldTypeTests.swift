import Testing
import DataReading
@testable import SiteLoader
import SiteModel
import ThaiText

/// The decoder's per-type facts (`FieldType`, cached) and its field names must say what the
/// protocol casts they stand for said; a wrong fact reads a field the wrong way.
@Suite struct FieldTypeTests {
    @Test func fieldNamesAreSnakeCase() {
        #expect(FieldDecoder.snakeCase("howToFile") == "how_to_file")
        #expect(FieldDecoder.snakeCase("url") == "url")
        #expect(FieldDecoder.snakeCase("fiscalYearURL") == "fiscal_year_u_r_l")
        #expect(FieldDecoder.snakeCase("") == "")
        // Not ASCII: the general path (a capital of another script is lowered too).
        #expect(FieldDecoder.snakeCase("ชื่อÉtat") == "ชื่อ_état")
    }

    @Test func nullWordsAreShortPlainWords() {
        for word in ["", "~", "null", "Null", "NULL"] { #expect(MappingReader.isNullWord(word)) }
        for text in ["nul", "NULLS", "ไม่มี", "null value", String(repeating: "ข้อความ", count: 50)] {
            #expect(!MappingReader.isNullWord(text))
        }
    }

    @Test func factsMatchTheCasts() {
        func reading<T>(_ type: T.Type) -> String { "\(FieldType.of(T.self).reading)" }
        #expect(reading(String.self) == "string")
        #expect(reading(Int.self) == "int")
        #expect(reading([String].self) == "strings")
        #expect(reading(Money.self) == "money")
        #expect(reading(SourceRef.self) == "source")
        #expect(FieldType.of(SourceRef.self).isLocation)
        #expect(!FieldType.of(String.self).isLocation)
        #expect(FieldType.optionalWrapped(Int?.self) == Int.self)
        #expect(FieldType.optionalWrapped(Int.self) == nil)
        #expect(FieldType.emptyValue(String.self) != nil)
        #expect(FieldType.emptyValue(ProcurementItem.self) == nil)
        // A type may be two things: a located value read by its own reader and a choice.
        if case .located = FieldType.of(ProcurementStatus.self).reading {} else { Issue.record("a status is read by its own reader") }
        #expect(FieldType.record(ProcurementItem.self).hasRules)
        #expect(!FieldType.record(String.self).hasRules)
        #expect(FieldType.of(Count<Int>.self).isRuled)
        if case .ruled = FieldType.of(Count<Int>.self).reading {} else { Issue.record("a Count is a ruled field") }
        #expect(FieldType.of([AttachmentRef].self).isRecordList)
        #expect(!FieldType.of(Int.self).isRecordList)
        // Asked twice (the cache), the same facts.
        #expect(FieldType.of(Count<Int>.self).isRuled == FieldType.of(Count<Int>.self).isRuled)
    }
}
