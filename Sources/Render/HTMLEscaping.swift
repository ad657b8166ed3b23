import Mustache

/// HTML escaping over UTF-8 bytes. swift-mustache's own escaper walks Characters, and grapheme
/// breaking over Thai text (full of combining vowels and tone marks) made escaping a fifth of a
/// build; this one does the same replacements (& < > " ') at byte speed.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Most text needs no escaping: then the string itself is returned, not a copy.
            guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
                return nil
            }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 16)
            for b in bytes {
                switch b {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])        // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])              // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])              // &gt;
                case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])        // &#39;
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// The content type every theme template renders with (set by a pragma `Theme` adds).
    static let contentTypeName = "SITEGEN_HTML"

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    /// Registers the content type once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
        return true
    }()

    /// The pragma put in front of each template's source.
    static var pragma: String {
        precondition(registered)
        return "{{% CONTENT_TYPE: \(contentTypeName) }}\n"
    }
}
