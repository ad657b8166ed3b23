private let digitWords: [String] = [
    "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
]
/// Place names inside one six-digit group, index = position (0 = units).
private let placeWords: [String] = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]

/// Thai baht in words, as on Thai cheques and official documents (like Excel's BAHTTEXT).
///
/// - 16,000 -> "หนึ่งหมื่นหกพันบาทถ้วน"
/// - 1,510,000.50 -> "หนึ่งล้านห้าแสนหนึ่งหมื่นบาทห้าสิบสตางค์"
/// - 0 -> "ศูนย์บาทถ้วน"; 0.50 -> "ห้าสิบสตางค์"; negative -> prefix "ลบ"
///
/// Digit 1 in a units position (the units of the number or of a million-group) reads "เอ็ด"
/// when any higher digit of the amount is non-zero: 11 -> "สิบเอ็ด", 101 -> "หนึ่งร้อยเอ็ด",
/// 11,000,000 -> "สิบเอ็ดล้าน", 21,000,001 -> "ยี่สิบเอ็ดล้านเอ็ด", but 1,000,000 -> "หนึ่งล้าน".
/// Tens: 1 -> "สิบ", 2 -> "ยี่สิบ".
public func bahtText(_ m: Money) -> String {
    var out = ""
    out.reserveCapacity(160)
    if m.satang < 0 { out += "ลบ" }
    let magnitude = m.satang.magnitude
    let baht = magnitude / 100
    let satang = magnitude % 100

    if baht == 0 && satang == 0 {
        return out + "ศูนย์บาทถ้วน"
    }
    if baht > 0 {
        appendThaiNumberWords(baht, to: &out)
        out += "บาท"
    }
    if satang == 0 {
        out += "ถ้วน"
    } else {
        appendThaiNumberWords(satang, to: &out)
        out += "สตางค์"
    }
    return out
}

/// Reads a non-negative integer in Thai words ("ศูนย์" for 0), e.g. 21 -> "ยี่สิบเอ็ด",
/// 1,000,000 -> "หนึ่งล้าน".
public func thaiNumberText(_ n: UInt64) -> String {
    if n == 0 { return digitWords[0] }
    var out = ""
    appendThaiNumberWords(n, to: &out)
    return out
}

/// Appends the words for n > 0 (nothing for 0).
private func appendThaiNumberWords(_ n: UInt64, to out: inout String) {
    guard n > 0 else { return }
    // Split into six-digit groups, most significant first (UInt64 needs at most 4).
    var groups: [UInt64] = []
    var rest = n
    while rest > 0 {
        groups.append(rest % 1_000_000)
        rest /= 1_000_000
    }
    var higherNonZero = false
    for index in stride(from: groups.count - 1, through: 0, by: -1) {
        let group = groups[index]
        appendGroup(group, higherNonZero: higherNonZero, to: &out)
        if group != 0 { higherNonZero = true }
        // Every group boundary below the leading group reads "ล้าน", even after an empty
        // group: 1,000,000,000,000 -> "หนึ่งล้านล้าน".
        if index > 0 { out += "ล้าน" }
    }
}

/// Appends one group 0...999,999. `higherNonZero` tells whether a more significant group
/// of the whole amount is non-zero (which makes a lone units 1 read "เอ็ด").
private func appendGroup(_ group: UInt64, higherNonZero: Bool, to out: inout String) {
    var digits = [Int](repeating: 0, count: 6)
    var rest = group
    for position in 0..<6 {
        digits[position] = Int(rest % 10)
        rest /= 10
    }
    for position in stride(from: 5, through: 0, by: -1) {
        let d = digits[position]
        if d == 0 { continue }
        switch position {
        case 1:
            if d == 1 {
                out += "สิบ"
            } else if d == 2 {
                out += "ยี่สิบ"
            } else {
                out += digitWords[d] + "สิบ"
            }
        case 0:
            let higherInGroup = group >= 10
            if d == 1 && (higherInGroup || higherNonZero) {
                out += "เอ็ด"
            } else {
                out += digitWords[d]
            }
        default:
            out += digitWords[d] + placeWords[position]
        }
    }
}
