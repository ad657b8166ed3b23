// libFuzzer entry point over sitegen's loaders and Markdown renderer (built by fuzz/run.sh).
//
// The first byte of an input chooses the target, the rest is the file's bytes:
//   0 front matter (a Markdown page)      3 a CSV table
//   1 site.yaml                           4 a procurement list importing the CSV file
//   2 a data file (any kind)              5 Markdown → HTML (safe and raw-HTML modes)
// Every input first goes through TextFile.decode, as a file read from disk does (UTF-8 check,
// BOM, CRLF, NUL bytes). A crash, a Swift runtime trap, an ASan report or a timeout is a bug.
import Foundation
@testable import DataReading
import Markdown
@testable import SiteLoader

/// A site folder for loaders that read files next to the data file (CSV tables, attachments).
let fuzzSite: String = {
    let root = NSTemporaryDirectory() + "sitegen-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: root + "/data/fuzz", withIntermediateDirectories: true)
    try? FileManager.default.createDirectory(atPath: root + "/files", withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: root + "/files/a.pdf", contents: Data("%PDF".utf8))
    return root
}()

let procurementWithCSV = "kind: procurement\nfiscal_year: 2568\nitems_csv: data/fuzz/items.csv\nmonthly:\n  - month: 2024-10\n    none: true\n"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let target = data[0] % 6
    let bytes = Data(bytes: data + 1, count: size - 1)
    guard case .success(let text) = TextFile.decode(bytes, display: "fuzz") else { return 0 }
    switch target {
    case 0:
        _ = FrontMatterParser.parse(text, file: "fuzz.md")
    case 1:
        _ = ConfigLoader.parse(text)
    case 2:
        _ = DataFolderLoader.parse(text, context: DatasetContext(key: "fuzz/2568", file: "data/fuzz/2568.yaml", siteRoot: fuzzSite))
    case 3:
        _ = CSVTable.parse(text, file: "data/fuzz/items.csv")
    case 4:
        _ = FileManager.default.createFile(atPath: fuzzSite + "/data/fuzz/items.csv", contents: bytes)
        _ = DataFolderLoader.parse(procurementWithCSV,
                                   context: DatasetContext(key: "fuzz/2568", file: "data/fuzz/2568.yaml", siteRoot: fuzzSite))
    default:
        _ = MarkdownRenderer.render(text)
        _ = MarkdownRenderer.render(text, options: MarkdownOptions(allowRawHTML: true))
    }
    return 0
}
