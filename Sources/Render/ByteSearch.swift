import CSitegenSupport

/// Substring search over UTF-8 bytes with the C library's `memmem`.
enum ByteSearch {
    /// Offset of the first `needle` at or after `from`, or nil.
    static func find(_ needle: String, in haystack: [UInt8], from: Int = 0) -> Int? {
        guard from < haystack.count else { return nil }
        var needle = needle
        return needle.withUTF8 { n -> Int? in
            haystack.withUnsafeBufferPointer { h -> Int? in
                guard let base = h.baseAddress, let found = sitegen_memmem(base + from, h.count - from, n.baseAddress, n.count) else {
                    return nil
                }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
        }
    }
}
