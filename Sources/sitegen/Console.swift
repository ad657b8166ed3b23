import Foundation
import SiteModel

enum SitegenVersion {
    static let current = "0.1.0"
}

/// Terminal output: diagnostics to standard error, results to standard output.
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints diagnostics in `language` (the site's: Thai first, English beneath; see
    /// `Diagnostic.text(in:)`).
    static func print(_ diagnostics: [Diagnostic], quiet: Bool, language: MessageLanguage) {
        for d in diagnostics where !(quiet && d.severity == .warning) {
            error(d.text(in: language))
        }
    }
}

/// Progress lines, shown only on a terminal.
struct Progress {
    let enabled: Bool
    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }
    func step(_ text: String) {
        if enabled { Console.error("… " + text) }
    }
}
