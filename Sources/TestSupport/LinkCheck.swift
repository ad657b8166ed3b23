import Foundation

/// Checks that every internal link and asset reference of a built site resolves to a file.
public enum LinkCheck {
    public struct Broken: Hashable, CustomStringConvertible, Sendable {
        public let page: String
        public let target: String
        public var description: String { "\(page) → \(target)" }
    }

    /// Root-relative `href`/`src` values of every HTML file below `output`, checked against the
    /// files there. `prefix` is the base URL's path (`/tambon`) when the site is not at the root.
    public static func brokenLinks(in output: String, prefix: String = "") -> (checked: Int, broken: [Broken]) {
        var broken: [Broken] = []
        var checked = 0
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]*)""#)
        for (path, data) in TemporarySite.snapshot(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                guard let r = Range(match.range(at: 1), in: html) else { continue }
                let target = String(html[r])
                guard target.hasPrefix("/"), !target.hasPrefix("//") else { continue }
                checked += 1
                var local = target.replacingOccurrences(of: "&amp;", with: "&")
                if let cut = local.firstIndex(where: { $0 == "#" || $0 == "?" }) { local = String(local[..<cut]) }
                local = local.removingPercentEncoding ?? local
                guard local.hasPrefix(prefix + "/") else { broken.append(Broken(page: path, target: target)); continue }
                local = String(local.dropFirst(prefix.count))
                if local.hasSuffix("/") { local += "index.html" }
                var isDir: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: output + local, isDirectory: &isDir)
                if !exists || isDir.boolValue { broken.append(Broken(page: path, target: target)) }
            }
        }
        return (checked, broken.sorted { $0.description < $1.description })
    }
}
