import Foundation
import SiteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells one version of a file from another without reading it: its size, its
/// modification time to the nanosecond and its inode (a file replaced by a rename gets a new
/// one). Version control and build tools rely on the same triple.
public struct FileStamp: Codable, Hashable, Sendable {
    public var size: Int64
    public var modified: Int64
    public var inode: UInt64

    public init(size: Int64, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    /// Stored as `[size, modified, inode]`: caches hold tens of thousands of stamps.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        size = try c.decode(Int64.self)
        modified = try c.decode(Int64.self)
        inode = try c.decode(UInt64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(size)
        try c.encode(modified)
        try c.encode(inode)
    }

    package init(_ st: stat) {
        size = Int64(st.st_size)
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        inode = UInt64(st.st_ino)
    }

    /// Written as three integers (`ByteWriter`).
    public func write(to w: inout ByteWriter) {
        w.int(size)
        w.int(modified)
        w.int(Int64(bitPattern: inode))
    }

    public static func read(from r: inout ByteReader) -> FileStamp? {
        guard let size = r.int(), let modified = r.int(), let inode = r.int() else { return nil }
        return FileStamp(size: size, modified: modified, inode: UInt64(bitPattern: inode))
    }

    /// A stamp no file has: recorded for a file whose stamp cannot be trusted yet.
    public static let unknown = FileStamp(size: -1, modified: -1, inode: 0)

    /// The current time in the units of `modified`.
    public static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// This stamp, or `unknown` when the file was modified less than a second before `time`.
    /// File systems take modification times from a clock that advances in ticks of up to
    /// 10 ms, so a file written twice within one tick (same size, same inode) keeps its stamp;
    /// a stamp that recent is not trusted, and the next run reads the file again (the
    /// "racy clean" rule of version control).
    public func settled(before time: Int64) -> FileStamp {
        modified >= time - 1_000_000_000 ? .unknown : self
    }

    /// The stamp of one file (following links); nil when it does not exist.
    public static func of(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStamp(st)
    }

    /// Every regular file below `folder` (links followed, names starting with `.` skipped),
    /// by path relative to `folder`. Reads only directory entries and inodes, never contents:
    /// ten thousand files take a few tens of milliseconds.
    public static func all(below folder: String) -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        visit(folder, relative: "", depth: 0, into: &out)
        return out
    }

    private static func visit(_ folder: String, relative: String, depth: Int, into out: inout [String: FileStamp]) {
        guard depth < 64, let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let path = folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard stat(path, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR: visit(path, relative: rel, depth: depth + 1, into: &out)
            case S_IFREG: out[rel] = FileStamp(st)
            default: continue
            }
        }
    }
}

/// A page as it was read in an earlier run: what its front matter said (the body is not kept),
/// the problems found in it, and the stamp of the file it came from. While the file keeps that
/// stamp, loading reuses the front matter instead of parsing the YAML again.
public struct CachedPage: Codable, Sendable {
    public var stamp: FileStamp
    /// The page with an empty body.
    public var page: Page
    public var diagnostics: [Diagnostic]

    public init(stamp: FileStamp, page: Page, diagnostics: [Diagnostic]) {
        self.stamp = stamp
        var skeleton = page
        skeleton.body = ""
        self.page = skeleton
        self.diagnostics = diagnostics
    }
}
