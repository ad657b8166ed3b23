import ArgumentParser
import Audit
import Foundation
import SitegenKit
import ThaiText

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit the site against the OIT public-disclosure items of an ITA year.",
        discussion: """
        Says, item by item, what passes, what fails and why, with the URLs of the evidence pages to \
        submit to the assessor. Exit codes: 0 nothing fails, 1 an item fails (with --strict, also when \
        one needs verifying) or the content has errors, 2 usage errors.
        """)

    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source = "content"

    @Option(name: .customLong("ita-year"), help: ArgumentHelp("The ITA assessment year in B.E. (default: the fiscal year in progress on --as-of, or a later ita_year of site.yaml).", valueName: "year"))
    var itaYear: Int?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge the site as on this Christian-era date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: String = "text"

    @Flag(name: .long, help: "Items that need verifying by a person also fail the check; warnings are errors.")
    var strict = false

    @Flag(name: .customLong("no-cache"), help: "Check without using or refreshing the build cache (.sitegen-cache/ in the site folder); the report is the same.")
    var noCache = false

    func validate() throws {
        if let itaYear, itaYear < 2400 {
            throw ValidationError("--ita-year \(itaYear) looks like a Christian-era year; ITA years are Buddhist-era (did you mean \(itaYear + 543)?).")
        }
        if let asOf {
            guard let date = CalendarDate(iso: asOf) else {
                throw ValidationError("--as-of '\(asOf)' is not a date in the form YYYY-MM-DD.")
            }
            if date.year >= 2400 {
                throw ValidationError("--as-of \(asOf) has a Buddhist-era year; write the Christian-era date (\(date.year - 543)-\(asOf.dropFirst(5))).")
            }
        }
        guard ReportFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be text, json or csv (got '\(format)').")
        }
    }

    func run() throws {
        let date = asOf.flatMap(CalendarDate.init(iso:)) ?? .today()
        let (report, diagnostics) = SiteChecker.check(CheckOptions(source: source, itaYear: itaYear, asOf: date, strict: strict,
                                                                         useCache: !noCache))
        Console.print(diagnostics, quiet: false)
        let hasErrors = diagnostics.contains { $0.severity == .error }
        guard let report else {
            Console.error("check failed: no report could be made; fix the errors above first.")
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(ReportFormat(rawValue: format)!.render(report).utf8))
        for warning in report.warnings { Console.error("warning: \(warning.en)") }
        if hasErrors { Console.error("check: the site has errors (listed above); the items they concern fail.") }
        if hasErrors || report.count(.fail) > 0 || (strict && report.count(.verify) > 0) { throw ExitCode(1) }
    }
}
