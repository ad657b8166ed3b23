import Foundation

/// Answers about types, each worked out once per process and shared by every thread.
///
/// A cast to a protocol or a chain of casts is a lookup in the runtime's conformance tables (the
/// first for a type and protocol scans every conformance of the program); code that asks the
/// same question of every value it reads (the loader of every field, the open data of every
/// value) asks it here once per type instead.
///
/// `answer` is inlinable so that each client module specializes it for its `Answer`: unspecialized,
/// every call looked up the metadata of `Optional<Answer>` in the runtime (some 700 instructions,
/// a tenth of the open data's time).
public final class TypeAnswers<Answer>: @unchecked Sendable {  // `answers` is guarded by `lock`
    @usableFromInline let lock = NSLock()
    @usableFromInline var answers: [ObjectIdentifier: Answer] = [:]

    public init() {}

    /// The answer for `type`, worked out by `work` the first time it is asked.
    @inlinable
    public func answer(_ type: Any.Type, _ work: () -> Answer) -> Answer {
        let id = ObjectIdentifier(type)
        if let known = lock.withLock({ answers[id] }) { return known }
        let made = work()
        lock.withLock { answers[id] = made }
        return made
    }
}

/// Names as a file writes them, each worked out once per process: the Swift property
/// `fiscalYear` is the field `fiscal_year`.
public enum SnakeCase {
    /// `fiscalYear` → `fiscal_year`, `egpNumber` → `egp_number`, `url` → `url`.
    /// `leadingUnderscore`: whether a name that starts with a capital starts with `_` too.
    public static func of(_ name: String, leadingUnderscore: Bool = true) -> String {
        let utf8 = name.utf8
        // Property names are ASCII: a byte scan, and the name itself when it has no capital.
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return general(name, leadingUnderscore: leadingUnderscore) }
        guard utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return name }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 4)
        for b in utf8 {
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                if leadingUnderscore || !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
                bytes.append(b + 32)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func general(_ name: String, leadingUnderscore: Bool) -> String {
        var out = ""
        for c in name {
            if c.isUppercase {
                if leadingUnderscore || !out.isEmpty { out.append("_") }
                out.append(contentsOf: c.lowercased())
            } else {
                out.append(c)
            }
        }
        return out
    }
}
