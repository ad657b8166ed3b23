import CSitegenSupport
import Foundation
import SiteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a generated site atomically.
///
/// The new site is assembled in a staging folder beside the output folder. A file whose bytes
/// did not change is hard-linked from the current output instead of written again; only changed
/// files are written, with plain POSIX calls (no fsync per file). The staging folder then takes
/// the output folder's place in one atomic exchange (Linux `renameat2`), so a reader — or a
/// build killed at any moment — sees either the whole old site or the whole new one.
public enum Publisher {
    public struct Report: Sendable, Equatable {
        public var written: Int
        public var unchanged: Int
        public var total: Int { written + unchanged }
        public init(written: Int, unchanged: Int) {
            self.written = written
            self.unchanged = unchanged
        }
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let message: String
        /// What to do; nil: check the disk space and permissions.
        public let hint: String?
        public var description: String { message }
        public var diagnostic: Diagnostic {
            .error(message, file: nil, hint: hint ?? "The previous site was left as it was. Check the disk space and permissions of the output folder.")
        }

        public init(message: String, hint: String? = nil) {
            self.message = message
            self.hint = hint
        }
    }

    /// Publishes `files` as the whole content of `output`. `finishing`, when given, is called
    /// with the staging folder once every file is in it and before it takes the output folder's
    /// place (to add what is made from the finished site, such as a search index); a failure it
    /// returns stops the publication, and the output folder is left as it was.
    public static func publish(_ files: [OutputFile], to output: String,
                               finishing: ((_ staging: String) -> Failure?)? = nil) throws(Failure) -> Report {
        let outputPath = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = (outputPath as NSString).deletingLastPathComponent
        let name = (outputPath as NSString).lastPathComponent
        let fm = FileManager.default
        do { try fm.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
            throw Failure(message: "cannot create the folder \(parent): \(error.localizedDescription)")
        }
        var isDir: ObjCBool = false
        let outputExists = fm.fileExists(atPath: outputPath, isDirectory: &isDir)
        if outputExists && !isDir.boolValue {
            throw Failure(message: "the output path \(outputPath) exists and is not a folder")
        }
        removeStaleStaging(parent: parent, name: name)

        let staging = parent + "/.\(name).staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(staging, 0o755) == 0 else {
            throw Failure(message: "cannot create the staging folder \(staging): \(String(cString: strerror(errno)))")
        }
        do throws(Failure) {
            let report = try stage(files, staging: staging, previous: outputExists ? outputPath : nil)
            if let finishing, let failure = finishing(staging) { throw failure }
            try swap(staging: staging, output: outputPath, outputExists: outputExists)
            return report
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }
    }

    /// Replaces some files of an existing output folder in place, each atomically: the new
    /// bytes go to a temporary file beside the old one, which a rename then replaces. A file
    /// whose bytes did not change is left alone. Used by the build cache when a change touches
    /// only a few pages; the files' folders must exist.
    public static func replace(_ files: [OutputFile], in output: String) throws(Failure) -> Report {
        let outputPath = URL(fileURLWithPath: output).standardizedFileURL.path
        var report = Report(written: 0, unchanged: 0)
        for file in files {
            guard isContained(file.path) else {
                throw Failure(message: "the generated file '\(file.path)' would be written outside the output folder")
            }
            let bytes: [UInt8]
            switch file.content {
            case .text(let s): bytes = Array(s.utf8)
            case .copy(let source):
                guard let data = readAll(source) else { throw Failure(message: "cannot read \(source)") }
                bytes = data
            case .bytes(let held): bytes = held
            }
            let dest = outputPath + "/" + file.path
            if readAll(dest) == bytes {
                report.unchanged += 1
                continue
            }
            let folder = parentFolder(file.path)
            let temporary = outputPath + "/" + (folder.isEmpty ? "" : folder + "/") + ".sitegen-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
            do throws(Failure) {
                try writeAll(bytes, to: temporary)
                guard rename(temporary, dest) == 0 else {
                    throw Failure(message: "cannot replace \(dest): \(String(cString: strerror(errno)))")
                }
            } catch {
                unlink(temporary)
                throw error
            }
            report.written += 1
        }
        return report
    }

    /// A path relative to the output folder that stays inside it.
    static func isContained(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.utf8.contains(0)
            && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    private static func stage(_ files: [OutputFile], staging: String, previous: String?) throws(Failure) -> Report {
        if let bad = files.first(where: { !isContained($0.path) }) {
            throw Failure(message: "the generated file '\(bad.path)' would be written outside the output folder")
        }
        var folders = Set<String>()
        for f in files {
            var dir = parentFolder(f.path)
            while !dir.isEmpty && folders.insert(dir).inserted { dir = parentFolder(dir) }
        }
        // Folders are made a depth at a time (parents first), each depth in parallel.
        var byDepth: [Int: [String]] = [:]
        for dir in folders { byDepth[dir.utf8.count(where: { $0 == UInt8(ascii: "/") }), default: []].append(dir) }
        for depth in byDepth.keys.sorted() {
            let failures = Parallel.map(byDepth[depth]!) { dir -> Failure? in
                if mkdir(staging + "/" + dir, 0o755) != 0 && errno != EEXIST {
                    return Failure(message: "cannot create the folder \(dir): \(String(cString: strerror(errno)))")
                }
                return nil
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        }
        let results = Parallel.map(files) { file -> Result<Bool, Failure> in
            let dest = staging + "/" + file.path
            let old = previous.map { $0 + "/" + file.path }
            do throws(Failure) {
                let bytes: [UInt8]
                switch file.content {
                case .text(var s) where old == nil:
                    // Nothing to compare with: the text's own bytes are written, not a copy of them.
                    if let failure = s.withUTF8({ writeFile(UnsafeRawBufferPointer($0), to: dest) }) { throw failure }
                    return .success(true)
                case .text(let s): bytes = Array(s.utf8)
                case .copy(let source):
                    guard let data = readAll(source) else {
                        return .failure(Failure(message: "cannot read \(source)"))
                    }
                    bytes = data
                case .bytes(let held): bytes = held
                }
                if let old, let current = readAll(old), current == bytes, link(old, dest) == 0 {
                    return .success(false)
                }
                try writeAll(bytes, to: dest)
                return .success(true)
            } catch {
                return .failure(error)
            }
        }
        var report = Report(written: 0, unchanged: 0)
        for r in results {
            switch r {
            case .success(true): report.written += 1
            case .success(false): report.unchanged += 1
            case .failure(let f): throw f
            }
        }
        return report
    }

    private static func swap(staging: String, output: String, outputExists: Bool) throws(Failure) {
        if !outputExists {
            guard rename(staging, output) == 0 else {
                throw Failure(message: "cannot move the new site into \(output): \(String(cString: strerror(errno)))")
            }
            return
        }
        if sitegen_exchange_paths(staging, output) == 0 {
            // `staging` now holds the previous site.
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        // No atomic exchange on this system: two renames, with the old site kept until the end.
        let old = staging + ".old"
        guard rename(output, old) == 0 else {
            throw Failure(message: "cannot replace \(output): \(String(cString: strerror(errno)))")
        }
        guard rename(staging, output) == 0 else {
            let message = String(cString: strerror(errno))
            _ = rename(old, output)
            throw Failure(message: "cannot replace \(output): \(message)")
        }
        try? FileManager.default.removeItem(atPath: old)
    }

    /// `a/b/c.html` → `a/b`; `c.html` → ``.
    static func parentFolder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Staging folders left by a build that was killed.
    private static func removeStaleStaging(parent: String, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        let prefix = ".\(name).staging-"
        for entry in entries where entry.hasPrefix(prefix) {
            let pidText = entry.dropFirst(prefix.count).prefix { $0 != "-" }
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 { continue } // another build is running
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    public static func readAll(_ path: String) -> [UInt8]? {
        FileBytes.contents(of: path)
    }

    static func writeAll(_ bytes: [UInt8], to path: String) throws(Failure) {
        if let failure = bytes.withUnsafeBytes({ writeFile($0, to: path) }) { throw failure }
    }

    /// Writes `raw` as the whole file at `path`; the failure, if any.
    private static func writeFile(_ raw: UnsafeRawBufferPointer, to path: String) -> Failure? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        var done = 0
        var failure: Int32?
        while done < raw.count {
            let n = write(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { failure = errno; break }
            done += n
        }
        let closed = close(fd)
        if let failure { return Failure(message: "cannot write \(path): \(String(cString: strerror(failure)))") }
        if closed != 0 { return Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        return nil
    }
}
