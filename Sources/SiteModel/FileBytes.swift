#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole files read with plain POSIX calls.
public enum FileBytes {
    /// The bytes of the file at `path`; nil when it cannot be opened or read, or, with
    /// `regularFileOfAtMost`, when it is not a regular file of at most that many bytes.
    public static func contents(of path: String, regularFileOfAtMost limit: Int? = nil) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        if let limit, (st.st_mode & S_IFMT) != S_IFREG || st.st_size > Int64(limit) { return nil }
        let size = Int(st.st_size)
        var buffer = [UInt8](repeating: 0, count: size)
        var done = 0
        let ok = buffer.withUnsafeMutableBytes { raw -> Bool in
            while done < size {
                let n = read(fd, raw.baseAddress! + done, size - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        return ok ? buffer : nil
    }
}
