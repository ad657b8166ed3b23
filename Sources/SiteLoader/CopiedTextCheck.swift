import DataReading
import Foundation
import SiteModel

/// Finds text copied from another agency's documents: a local government named in the content
/// that is not this site's own (`องค์การบริหารส่วนตำบลอินทนิล` in the plan of another อบต.), and,
/// in a town or city municipality (divided into ชุมชน, not หมู่บ้าน), villages counted
/// (`๑๒ หมู่บ้าน`, `ทุกหมู่บ้าน`, `หมู่ที่ ๑–๑๒`). Each is a warning naming the file, line and field.
///
/// One pass over the bytes of a file finds every candidate (no pattern per line or per name);
/// only the lines that hold one are then placed in their field. A name follows its prefix with
/// no space (Thai writes `อบต.ทุ่งทอง`); what follows a prefix is a name unless it starts with
/// the site's own name, its subdistrict, district or province, a name of `other_agencies` in
/// site.yaml, or a common word that makes the prefix generic (`องค์การบริหารส่วนตำบลจะ…`,
/// `เทศบาลตำบลทุกแห่ง`). `เทศบาล` alone, and a prefix followed by a space, are generic.
struct CopiedTextCheck: Sendable {
    /// The written prefixes of a local government's name, longest first where one starts another.
    static let prefixes: [[UInt8]] = [
        "องค์การบริหารส่วนตำบล", "องค์กรบริหารส่วนตำบล", "อบต.", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร",
    ].map { Array($0.utf8) }

    /// Words that, right after a prefix, make it generic rather than part of a name: verbs,
    /// connectives and nouns written after the kind of agency ("นายกองค์การบริหารส่วนตำบลลงนาม").
    static let genericWords: [[UInt8]] = [
        "จะ", "ได้", "มี", "เป็น", "ให้", "ต้อง", "ควร", "ก็", "ลง", "จัด", "ดำเนิน", "ประกาศ", "กำหนด", "พิจารณา",
        "แจ้ง", "รับผิดชอบ", "รับฟัง", "รับเรื่อง", "ส่ง", "ออก", "ใช้", "ทำการ", "ทำให้", "เห็น", "เสนอ", "อนุมัติ", "อนุญาต", "ตรวจ", "มอบ",
        "แต่งตั้ง", "สั่ง", "เรียก", "ยัง", "ไม่", "เคย", "กำลัง", "สามารถ", "อาจ", "แล้ว", "ทราบ", "รายงาน", "นำ", "มอบหมาย", "ขอให้", "ขออนุมัติ", "ขอความ", "ประชุม", "ประชาสัมพันธ์",
        "สนับสนุน", "ส่งเสริม", "ติดตาม", "บริหาร", "ปฏิบัติ", "จ้าง", "ซื้อ", "เชิญ", "คัดเลือก", "เปิด", "เก็บ", "จ่าย",
        "เบิก", "อบรม", "เข้า", "ไป", "ยืนยัน", "รับรอง", "สำรวจ", "พัฒนา", "แก้ไข", "ป้องกัน", "ตั้ง", "ถือ", "เน้น", "ย่อม", "มุ่ง", "ร่วมกับ", "จึง",
        "และ", "หรือ", "กับ", "แก่", "ต่อ", "ตาม", "เพื่อ", "โดย", "ใน", "ของ", "ที่", "ซึ่ง", "อัน", "คือ", "ว่า",
        "เช่น", "ได้แก่", "รวม", "ทั้ง", "ทุก", "ทั่ว", "ต่าง", "อื่น", "ใด", "นั้น", "นี้", "แห่ง", "เอง", "ดังกล่าว",
        "หนึ่ง", "จำนวน", "เป็นต้น", "ฯ", "ตำบล", "อำเภอ", "จังหวัด", "ประเภท", "ขนาด", "เครือข่าย", "ใกล้เคียง",
        "ข้างเคียง", "ต้นแบบ", "นำร่อง", "เป้าหมาย", "แม่ข่าย", "สมาชิก", "นายก", "ปลัด", "พนักงาน", "บุคลากร",
        "เจ้าหน้าที่", "สภา", "ทั้งหลาย", "แต่", "จาก", "เมื่อ", "หาก", "ถ้า", "นอกจาก", "เท่านั้น", "ด้วย", "อยู่",
        // Nouns of what the agency does, written right after its kind ("งบประมาณองค์การบริหารส่วน
        // ตำบลประจำปี"). Whole words only where a place name starts alike: น้ำ (น้ำพอง), ถนน
        // (ถนนหัก), การ (การะเกด), ประชา (ประชาธิปัตย์), ร้อง (ร้องกวาง) and เสริม (เสริมขวา) are
        // not among them.
        "ประจำปี", "งบประมาณ", "โครงการ", "กิจกรรม", "แผน", "งาน", "ข้อมูล", "คำสั่ง", "ระเบียบ", "เรื่อง", "พื้นที่",
        "ประชาชน", "ประชาคม", "ผู้", "ความ", "คุณธรรม", "การพัฒนา", "การประชุม", "การศึกษา", "การมีส่วนร่วม", "หมู่บ้าน",
        "หมู่ที่", "ชุมชน", "เยาวชน", "กลุ่ม", "ศูนย์", "ธนาคาร", "ระบบ", "ไฟฟ้า", "ขยะ", "โรค", "สาธารณ", "เบี้ย", "ภาษี",
        "สิ่ง", "อาชีพ", "กีฬา", "วัฒนธรรม", "ประเพณี", "บริการ", "ออนไลน์", "เอกสาร", "ขั้นตอน", "ระยะเวลา", "ร้องเรียน",
        "ร้องทุกข์", "ซ่อม", "บำรุงรักษา", "ฝึกอบรม", "เสริมเหล็ก", "คอนกรีต", "บรรเทา", "น้ำท่วม", "ภัยแล้ง",
    ].map { Array($0.utf8) }

    let ownTitle: String
    /// Names that may follow a prefix (without it): the site's own, its area's, and the allowed.
    let allowed: [[UInt8]]
    /// Whether counted villages are out of place (a town or city municipality).
    let checksVillages: Bool

    init(config: SiteConfig) {
        ownTitle = config.title
        var names = [config.title, config.shortTitle, config.subdistrict, config.district, config.province]
        names += config.otherAgencies
        allowed = names.map { Array(Self.strippingPrefix($0).utf8) }.filter { !$0.isEmpty }
        checksVillages = config.agencyType == .townMunicipality || config.agencyType == .cityMunicipality
    }

    /// A name without its prefix and spaces (`อบต. ดอนเจดีย์` → `ดอนเจดีย์`).
    static func strippingPrefix(_ name: String) -> String {
        var bytes = Array(name.utf8)
        for p in prefixes where bytes.starts(with: p) {
            bytes.removeFirst(p.count)
            break
        }
        return String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
    }

    /// How the fields of a file are named.
    enum Shape { case yaml, csv, page(bodyLine: Int) }

    /// The warnings for one file's text (`file` as messages name it).
    func check(_ text: String, file: String, shape: Shape) -> [Diagnostic] {
        var found: [(offset: Int, message: String, hint: String)] = []
        var bytes = Array(text.utf8)
        bytes.append(0)
        let n = bytes.count - 1
        var i = 0
        while i < n {
            // Every prefix starts with อ (E0 B8 AD) or เ (E0 B9 80); villages with ห (E0 B8 AB).
            guard bytes[i] == 0xE0, i + 2 < n else { i += 1; continue }
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            // อ and เ are among the commonest letters: the next one (ง, บ after อ; ท after เ)
            // is looked at before the prefixes are.
            let isO = b1 == 0xB8 && b2 == 0xAD, isE = b1 == 0xB9 && b2 == 0x80
            if isO || isE, i + 5 < n, bytes[i + 3] == 0xE0, bytes[i + 4] == 0xB8,
               isO ? (bytes[i + 5] == 0x87 || bytes[i + 5] == 0x9A) : bytes[i + 5] == 0x97 {
                if let (length, hit) = agencyMention(bytes, at: i, end: n) {
                    if let hit { found.append((i, hit.message, hit.hint)) }
                    i += length
                    continue
                }
            } else if checksVillages && b1 == 0xB8 && b2 == 0xAB, let length = villageCount(bytes, at: i, end: n) {
                found.append((i, "villages (หมู่บ้าน) are counted, but \(ownTitle) is a town or city municipality, divided into communities (ชุมชน), not villages.",
                              "A text copied from an อบต. or a เทศบาลตำบล keeps its villages: write this municipality's ชุมชน instead."))
                i += length
                continue
            }
            i += 3
        }
        guard !found.isEmpty else { return [] }
        let locator = FieldLocator(bytes: bytes, end: n, shape: shape)
        var seenLines = Set<Int>()
        return found.compactMap { f in
            // A YAML comment is not published.
            guard !locator.isInComment(f.offset) else { return nil }
            let (line, field) = locator.locate(f.offset)
            guard seenLines.insert(line).inserted else { return nil }
            return .warning(f.message, file: file, line: line, field: field, hint: f.hint)
        }
    }

    /// At a prefix: its length and, when another agency is named, the warning.
    private func agencyMention(_ b: [UInt8], at i: Int, end: Int) -> (Int, (message: String, hint: String)?)? {
        guard let prefix = Self.prefixes.first(where: { matches(b, at: i, $0, end: end) }) else { return nil }
        let start = i + prefix.count
        var j = start
        // The name: Thai letters and marks (not digits, ฯ or ๆ), up to 40 characters.
        var characters = 0
        while j + 2 < end, b[j] == 0xE0, isThaiLetter(b[j + 1], b[j + 2]), characters < 40 {
            j += 3
            characters += 1
        }
        guard characters >= 2 else { return (prefix.count, nil) }
        let run = Array(b[start..<j])
        if allowed.contains(where: { run.starts(with: $0) }) { return (j - i, nil) }
        if Self.genericWords.contains(where: { run.starts(with: $0) }) { return (prefix.count, nil) }
        let shown = String(decoding: b[i..<min(j, start + 3 * 20)], as: UTF8.self) + (j > start + 3 * 20 ? "…" : "")
        return (j - i, (
            "the text names another local government: '\(shown)' is not this site's agency (\(ownTitle)).",
            "A document copied from another agency keeps its name: write this agency's name. If the mention is meant (a neighbour in an MOU), add the name to 'other_agencies' in site.yaml."))
    }

    /// At ห: the length of a count of villages (`๑๒ หมู่บ้าน`, `ทุกหมู่บ้าน`, `หมู่ที่ ๑-๑๒`), or nil.
    private func villageCount(_ b: [UInt8], at i: Int, end: Int) -> Int? {
        let village = Array("หมู่บ้าน".utf8), moo = Array("หมู่ที่".utf8), every = Array("ทุก".utf8)
        if matches(b, at: i, village, end: end) {
            var k = i
            while k > 0 && b[k - 1] == 0x20 { k -= 1 }
            let digitBefore = (k >= 1 && (0x30...0x39).contains(b[k - 1])) || (k >= 3 && isThaiDigit(b, at: k - 3))
            let everyBefore = k >= every.count && Array(b[(k - every.count)..<k]) == every
            return digitBefore || everyBefore ? village.count : nil
        }
        if matches(b, at: i, moo, end: end) {
            var j = i + moo.count
            func spaces() { while j < end && b[j] == 0x20 { j += 1 } }
            func number() -> Bool {
                let s = j
                while j < end {
                    if (0x30...0x39).contains(b[j]) { j += 1 } else if j + 2 < end && isThaiDigit(b, at: j) { j += 3 } else { break }
                }
                return j > s
            }
            spaces()
            guard number() else { return nil }
            spaces()
            let dash = Array("–".utf8), to = Array("ถึง".utf8)
            if j < end && b[j] == 0x2D { j += 1 } else if matches(b, at: j, dash, end: end) { j += dash.count }
            else if matches(b, at: j, to, end: end) { j += to.count } else { return nil }
            spaces()
            return number() ? j - i : nil
        }
        return nil
    }

    private func matches(_ b: [UInt8], at i: Int, _ p: [UInt8], end: Int) -> Bool {
        guard i + p.count <= end else { return false }
        for k in 0..<p.count where b[i + k] != p[k] { return false }
        return true
    }

    /// U+0E01–U+0E4E less ฯ (0E2F), ๆ (0E46) and the digits (0E50–0E59, beyond 0E4E anyway).
    private func isThaiLetter(_ b1: UInt8, _ b2: UInt8) -> Bool {
        if b1 == 0xB8 { return b2 >= 0x81 && b2 != 0xAF }
        if b1 == 0xB9 { return b2 <= 0x8E && b2 != 0x86 }
        return false
    }

    private func isThaiDigit(_ b: [UInt8], at i: Int) -> Bool {
        b[i] == 0xE0 && b[i + 1] == 0xB9 && (0x90...0x99).contains(b[i + 2])
    }
}

extension SiteLoader {
    /// Whether `text` (a page body) has text copied from another agency by `config`'s check:
    /// an incremental build then builds the whole site, to report it.
    public static func hasCopiedText(_ text: String, config: SiteConfig) -> Bool {
        !CopiedTextCheck(config: config).check(text, file: "", shape: .page(bodyLine: 1)).isEmpty
    }
}

/// Places a byte offset of a file in its line and field: for YAML the path of keys (with list
/// positions, `risks[2].event`) by indentation, for CSV the column's name, for a page the front
/// matter's key or `body`. Reads the file once, up to the last offset asked for, in order.
private final class FieldLocator {
    let bytes: [UInt8]
    let end: Int
    let shape: CopiedTextCheck.Shape
    private var header: [String] = []

    init(bytes: [UInt8], end: Int, shape: CopiedTextCheck.Shape) {
        self.bytes = bytes
        self.end = end
        self.shape = shape
    }

    /// The lines of the file: (start, end) byte offsets.
    private lazy var lines: [(Int, Int)] = {
        var out: [(Int, Int)] = []
        var s = 0
        for k in 0..<end where bytes[k] == 0x0A {
            out.append((s, k))
            s = k + 1
        }
        out.append((s, end))
        return out
    }()

    private func text(_ r: (Int, Int)) -> Substring {
        Substring(String(decoding: bytes[r.0..<r.1], as: UTF8.self))
    }

    /// The index of the line holding `offset`.
    private func lineIndex(_ offset: Int) -> Int {
        var lo = 0, hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].0 <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Whether `offset` is in a YAML comment (after a `#` that starts the line or follows a
    /// space), in a YAML file or a page's front matter.
    func isInComment(_ offset: Int) -> Bool {
        let index = lineIndex(offset)
        switch shape {
        case .csv: return false
        case .page(let bodyLine) where index + 1 >= bodyLine: return false
        default: break
        }
        var previous: UInt8 = 0x20
        for k in lines[index].0..<offset {
            if bytes[k] == 0x23 && (previous == 0x20 || previous == 0x09) { return true }
            previous = bytes[k]
        }
        return false
    }

    func locate(_ offset: Int) -> (line: Int, field: String?) {
        let lo = lineIndex(offset)
        let line = lo + 1
        switch shape {
        case .yaml:
            return (line, Self.yamlField(lines[0...lo].map(text)))
        case .csv:
            if header.isEmpty { header = Self.csvCells(text(lines[0])) }
            let before = String(decoding: bytes[lines[lo].0..<offset], as: UTF8.self)
            let column = Self.csvCells(Substring(before)).count - 1
            return (line, lo == 0 ? nil : (column >= 0 && column < header.count ? header[column] : nil))
        case .page(let bodyLine):
            if line >= bodyLine { return (line, "body") }
            return (line, Self.yamlField(lines[0...lo].map(text)))
        }
    }

    /// The field of the last of `lines` (a YAML file's lines up to it).
    static func yamlField(_ lines: [Substring]) -> String? {
        var stack: [(indent: Int, key: String, items: Int)] = []
        var field: String? = nil
        for raw in lines {
            var s = raw.drop { $0 == " " }
            var indent = raw.count - s.count
            if s.isEmpty || s.hasPrefix("#") || s.hasPrefix("---") { continue }
            var isItem = false
            while s.hasPrefix("- ") || s == "-" {
                while let last = stack.last, last.indent > indent { stack.removeLast() }
                if !stack.isEmpty { stack[stack.count - 1].items += 1 }
                s = s.dropFirst(2).drop { $0 == " " }
                indent = raw.count - s.count
                isItem = true
            }
            if !isItem { while let last = stack.last, last.indent >= indent { stack.removeLast() } }
            if let colon = s.firstIndex(of: ":"), s[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }),
               !s[..<colon].isEmpty, s.index(after: colon) == s.endIndex || s[s.index(after: colon)] == " " {
                stack.append((indent, String(s[..<colon]), 0))
            }
            field = stack.map { $0.key + ($0.items > 0 ? "[\($0.items)]" : "") }.joined(separator: ".")
        }
        return field?.isEmpty == true ? nil : field
    }

    /// The cells of one CSV line (quotes respected; a cell may hold commas).
    static func csvCells(_ line: Substring) -> [String] {
        var cells: [String] = [], cell = "", quoted = false
        for ch in line {
            if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted { cells.append(cell); cell = "" } else { cell.append(ch) }
        }
        cells.append(cell.trimmingCharacters(in: .whitespacesAndNewlines))
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
