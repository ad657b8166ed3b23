import Render
import Testing

@Suite struct EscapingTests {
    @Test func escapesTheFiveCharactersAndKeepsThai() {
        #expect(HTMLEscaping.escape("ผู้ใหญ่บ้าน <b>\"ก\" & 'ข'</b>") == "ผู้ใหญ่บ้าน &lt;b&gt;&quot;ก&quot; &amp; &#39;ข&#39;&lt;/b&gt;")
        #expect(HTMLEscaping.escape("ไม่มีอักขระพิเศษ") == "ไม่มีอักขระพิเศษ")
        #expect(HTMLEscaping.escape("") == "")
        #expect(HTMLEscaping.escape("a\u{0}<") == "a\u{0}&lt;")
    }
}
