import Foundation

/// Notices changes below a few folders by polling file sizes and modification times.
/// Polling needs no platform API and copes with editors that replace files on save.
struct FolderWatcher: Sendable {
    let folders: [String]

    /// A fingerprint of every file below the folders (path, size, modification time).
    func fingerprint() -> Int {
        var hasher = Hasher()
        for folder in folders {
            guard let e = FileManager.default.enumerator(atPath: folder) else { continue }
            var entries: [String] = []
            for case let rel as String in e {
                if rel.hasPrefix(".") || rel.contains("/.") { continue }
                entries.append(rel)
            }
            for rel in entries.sorted() {
                var st = stat()
                guard stat(folder + "/" + rel, &st) == 0 else { continue }
                hasher.combine(rel)
                hasher.combine(Int(st.st_size))
                hasher.combine(Int(st.st_mtim.tv_sec))
                hasher.combine(Int(st.st_mtim.tv_nsec))
            }
        }
        return hasher.finalize()
    }
}
