import ArgumentParser
import Foundation
import SiteModel

enum SitegenVersion {
    static let current = "0.1.0"
}

/// Terminal output: diagnostics to standard error, results to standard output.
///
/// sitegen's own lines (a summary, a note, a command's error) are written in Thai and English
/// where they are made and shown with `say`/`sayError` in the site's language
/// (`MessageLanguage.line(th:en:)`: the Thai first, the English beneath; the English alone for a
/// site in English). `out`/`error` write text already in its final form (a report, diagnostics
/// shown with `text(in:)`); no literal text is given to them (`CommandLineTests` reads the
/// sources to make sure).
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A line of sitegen's own to standard output, in `language`.
    static func say(_ language: MessageLanguage, th: String, en: String) {
        out(language.line(th: th, en: en))
    }

    /// A line of sitegen's own to standard error, in `language`.
    static func sayError(_ language: MessageLanguage, th: String, en: String) {
        error(language.line(th: th, en: en))
    }

    /// A mistake in the command line (exit code 2), in Thai and English: swift-argument-parser
    /// prints it after `Error: `, then the usage. (Its own errors, an unknown option for one, are
    /// in English.)
    static func usageError(th: String, en: String) -> ValidationError {
        ValidationError(th + "\n    " + en)
    }

    /// An error of sitegen's own with its hint, in `language`, shaped as a diagnostic's.
    static func sayError(_ language: MessageLanguage, th: String, en: String, hintTH: String, hintEN: String) {
        error(language.line(th: th, en: en) + "\n    " + language.line(th: "คำแนะนำ: " + hintTH, en: "hint: " + hintEN))
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
    func step(_ language: MessageLanguage, th: String, en: String) {
        if enabled { Console.error("… " + language.line(th: th, en: en)) }
    }
}
