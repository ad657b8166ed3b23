import Foundation
import SiteModel

/// Reads a clerk's text file: UTF-8 checked, byte-order mark and CRLF line ends tolerated,
/// NUL bytes refused. Errors name the file and the line of the fault.
///
/// A text file larger than `maximumSize` (20 MB) is refused before it is read: no page or data
/// file of a real site comes near it, and reading a huge file would only make the build slow
/// and hungry. Only regular files are read (never a device, a pipe or a folder).
package enum TextFile {
    /// 20 MB: the largest Markdown, YAML or CSV file sitegen reads.
    package static let maximumSize = 20 * 1024 * 1024

    package static func read(_ absolutePath: String, display: String) -> Result<String, Diagnostic> {
        var st = stat()
        if stat(absolutePath, &st) == 0 {
            if (st.st_mode & S_IFMT) != S_IFREG {
                return .failure(.error("this is not a regular file, so it cannot be read as text.", file: display,
                                       hint: "Replace it with an ordinary text file saved as UTF-8."))
            }
            if Int(st.st_size) > maximumSize {
                let mb = (Double(st.st_size) / 1_048_576 * 10).rounded() / 10
                return .failure(.error("the file is \(mb) MB, larger than the limit of 20 MB for a page or data file.",
                                       file: display,
                                       hint: "Split it into several files (for example one per fiscal year), or put large documents in files/ as attachments."))
            }
        }
        guard let data = FileManager.default.contents(atPath: absolutePath) else {
            return .failure(.error("the file cannot be read.", file: display,
                                   hint: "Check that the file exists and that you may read it."))
        }
        return decode(data, display: display)
    }

    /// Whether `path` (a file inside the site folder `root`) is, or links to, something outside
    /// `root`. sitegen never reads through such a link.
    package static func linksOutside(_ path: String, root: String) -> Bool {
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return !target.hasPrefix(realRoot + "/")
    }

    package static func decode(_ data: Data, display: String) -> Result<String, Diagnostic> {
        data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            if let nul = firstIndex(of: 0, in: bytes) {
                return .failure(.error("the file contains a NUL byte, so it is not a text file.", file: display,
                                       line: line(ofByte: nul, in: bytes),
                                       hint: "Open the file in a text editor and save it again as UTF-8 text, or re-export it."))
            }
            guard var text = String(validating: bytes, as: UTF8.self) else {
                let bad = firstInvalidUTF8(bytes) ?? 0
                return .failure(.error("the file is not valid UTF-8 text (for example a file saved as TIS-620 or Windows-874).",
                                       file: display, line: line(ofByte: bad, in: bytes),
                                       hint: "Save the file again with the encoding set to UTF-8."))
            }
            if let cr = firstIndex(of: 0x0D, in: bytes) { text = unixLineEnds(bytes, firstCR: cr) }
            return .success(text)
        }
    }

    /// The first index of a byte, found with memchr (a large file is searched for NUL and CR).
    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The text with CRLF and lone CR line ends made LF (a spreadsheet's CSV export ends its lines
    /// with CRLF).
    private static func unixLineEnds(_ bytes: UnsafeBufferPointer<UInt8>, firstCR: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<firstCR]))
        var i = firstCR
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                i += i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func line(ofByte index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        for i in 0..<min(index, bytes.count) where bytes[i] == 0x0A { line += 1 }
        return line
    }

    private static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.count { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}

/// Reading a text file that `site.yaml` names (for example `ita_catalogue`) with the same care as
/// the site's own files: inside the site folder, no link out of it, at most 20 MB, UTF-8, no NUL
/// bytes, and no YAML aliases.
public enum SiteText {
    public static func readYAML(_ relative: String, siteRoot: String, field: String) -> Result<String, Diagnostic> {
        let path = (siteRoot as NSString).appendingPathComponent(relative)
        let inside = URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(siteRoot + "/")
        guard inside, !relative.hasPrefix("/"), !TextFile.linksOutside(path, root: siteRoot) else {
            return .failure(.error("'\(relative)' is outside the site folder; sitegen reads only files inside it.", file: "site.yaml",
                                   field: field, hint: "Copy the file into the site folder and write its path relative to it."))
        }
        guard FileManager.default.fileExists(atPath: path) else {
            return .failure(.error("the file '\(relative)' does not exist in the site folder.", file: "site.yaml", field: field,
                                   hint: "Write the path relative to the site folder, for example ita/oit-2568.yaml."))
        }
        switch TextFile.read(path, display: relative) {
        case .failure(let d): return .failure(d)
        case .success(let text):
            if let alias = YAMLText.firstAlias(in: text) {
                return .failure(.error("'*' starts a YAML alias here; sitegen files do not use anchors (&name) or aliases (*name).",
                                       file: relative, line: alias.line, column: alias.column,
                                       hint: "Write the value out in full. A text that starts with '*' must be put in quotes."))
            }
            return .success(text)
        }
    }
}
