import Foundation
import TestSupport

/// A throw-away sites folder: one sub-folder per agency, each a copy of the demo site (as a
/// site folder, or as a project root with content/), and the repository's themes shared as
/// `themes/`.
final class SitesFixture: @unchecked Sendable {
    let root: String
    var sites: String { root + "/sites" }

    init(sharedThemes: Bool = true) {
        root = NSTemporaryDirectory() + "sitegen-sites-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root + "/sites", withIntermediateDirectories: true)
        if sharedThemes {
            try! FileManager.default.createSymbolicLink(atPath: sites + "/themes", withDestinationPath: TemporarySite.defaultThemes)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Three copies of the demo: agency-a and agency-c site folders, agency-b a project root
    /// whose executives file is malformed.
    static func threeWithOneBroken() -> SitesFixture {
        let fixture = SitesFixture()
        fixture.addDemo("agency-a")
        fixture.addDemo("agency-b", projectRoot: true)
        fixture.addDemo("agency-c")
        fixture.breakExecutives("agency-b/content")
        return fixture
    }

    /// Copies the demo site to `sites/<name>/` (or `sites/<name>/content/` as a project root);
    /// returns the site folder.
    @discardableResult
    func addDemo(_ name: String, projectRoot: Bool = false) -> String {
        let folder = sites + "/" + name + (projectRoot ? "/content" : "")
        try! FileManager.default.createDirectory(atPath: (folder as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! FileManager.default.copyItem(atPath: TemporarySite.repository + "/content", toPath: folder)
        return folder
    }

    func write(_ path: String, _ text: String) {
        let full = sites + "/" + path
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    /// Replaces text in a file below the sites folder; false when the text is not there.
    @discardableResult
    func replace(_ path: String, _ old: String, with new: String) -> Bool {
        guard let text = try? String(contentsOfFile: sites + "/" + path, encoding: .utf8), text.contains(old) else { return false }
        write(path, text.replacingOccurrences(of: old, with: new))
        return true
    }

    /// Breaks a site: its executives file is malformed YAML (line 3), so o2 fails.
    func breakExecutives(_ siteFolder: String) {
        write(siteFolder + "/data/executives.yaml", "kind: executives\nexecutives: [\n")
    }
}

/// Runs the real `sitegen` executable.
enum CLI {
    static var binary: String {
        let products = Bundle.main.bundleURL.deletingLastPathComponent().path
        for candidate in [products + "/sitegen", TemporarySite.repository + "/.build/debug/sitegen"]
        where FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return products + "/sitegen"
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ arguments: [String], in folder: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once: a large report would fill one while the other is waited on.
        let errData = ErrorReader(err.fileHandleForReading)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = errData.finish()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    final class ErrorReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }
        func finish() -> Data {
            done.wait()
            return data
        }
    }
}
