import Foundation

/// A throw-away site folder for tests: write files, build, compare trees.
public final class TemporarySite: @unchecked Sendable {
    public let root: String
    public var content: String { root + "/content" }
    public var output: String { root + "/public" }

    /// The repository checkout (for the default theme and the demo site).
    public static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() } // Sources/TestSupport/TemporarySite.swift
        return url.path
    }()

    public static var defaultThemes: String { repository + "/themes" }

    public init(config: String? = TemporarySite.minimalConfig) {
        root = NSTemporaryDirectory() + "sitegen-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        if let config { write("site.yaml", config) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    public static let minimalConfig = """
        title: องค์การบริหารส่วนตำบลทดสอบ
        short_title: อบต.ทดสอบ
        base_url: https://test.example/
        province: ทดสอบ
        district: ทดสอบ
        contact:
          address: 1 หมู่ 1
          phones: ["0-3400-0000"]
          email: test@test.example

        """

    /// Writes a file below the site folder, creating folders.
    public func write(_ path: String, _ text: String) {
        writeData(path, Data(text.utf8))
    }

    public func writeData(_ path: String, _ data: Data) {
        let full = content + "/" + path
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: data)
    }

    public func page(_ path: String, title: String, body: String = "เนื้อหา", extra: String = "") {
        write(path, "---\ntitle: \(title)\n\(extra)---\n\(body)\n")
    }

    public func read(_ outputPath: String) -> String? {
        FileManager.default.contents(atPath: output + "/" + outputPath).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Every file below a folder with its bytes, for byte-identical comparisons.
    public static func snapshot(_ folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(atPath: folder) else { return out }
        for case let rel as String in e {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: folder + "/" + rel)
            }
        }
        return out
    }
}

extension TemporarySite {
    /// A copy of the repository's demo site (content/), to break one thing at a time.
    public static func demoCopy() -> TemporarySite {
        let site = TemporarySite(config: nil)
        try? FileManager.default.removeItem(atPath: site.content)
        try! FileManager.default.copyItem(atPath: repository + "/content", toPath: site.content)
        return site
    }

    /// Replaces text in a file of the site folder; returns false (so a test can fail) when the
    /// text is not there.
    @discardableResult
    public func replace(_ path: String, _ old: String, with new: String) -> Bool {
        guard let text = try? String(contentsOfFile: content + "/" + path, encoding: .utf8), text.contains(old) else {
            return false
        }
        write(path, text.replacingOccurrences(of: old, with: new))
        return true
    }

    /// Dates every file of the site folder a minute back (or at `date`), as files are that were not
    /// just saved: the build cache does not trust the stamp of a file changed within the last second.
    /// A fixed date makes the "last updated" of pages without a date the same on every day a test runs.
    public func settle(at date: Date? = nil) {
        let past = date ?? Date().addingTimeInterval(-60)
        guard let e = FileManager.default.enumerator(atPath: content) else { return }
        for case let rel as String in e {
            try? FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: content + "/" + rel)
        }
    }

    public func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: content + "/" + path)
    }
}
