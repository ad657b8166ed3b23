import ArgumentParser
import Foundation
import Preview
import SitegenKit
import SiteModel
import ThaiText

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds and audits the transparency website of a Thai local government (อปท.).",
        discussion: "Run it from the folder that holds content/ and themes/. Exit codes: 0 success, 1 content errors, 2 usage errors.",
        version: SitegenVersion.current,
        subcommands: [Build.self, Check.self, Serve.self],
        defaultSubcommand: nil)

    /// ArgumentParser reports usage errors with EX_USAGE (64); sitegen promises 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(1) { exit(withError: error) }
            if code.rawValue == 64 || code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site folder into a static website.",
        discussion: """
        Reads the site folder (Markdown pages, site.yaml, data files) and writes the complete site into \
        the output folder. A build that finds an error writes nothing: the previous output stays as it was.
        """)

    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source = "content"

    @Option(name: .long, help: ArgumentHelp("Where the website is written (replaced whole, atomically).", valueName: "dir"))
    var output = "public"

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override base_url of site.yaml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .customLong("no-cache"), help: "Do a whole build, without using or refreshing the build cache (.sitegen-cache/ in the site folder).")
    var noCache = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must start with http:// or https:// (got '\(baseURL)').")
        }
    }

    func run() throws {
        let progress = Progress(quiet: quiet)
        progress.step("building \(source) → \(output)")
        let started = Date()
        let result = SiteBuilder.build(BuildOptions(source: source, output: output, baseURL: baseURL,
                                                    includeDrafts: drafts, strict: strict, useCache: !noCache))
        Console.print(result.diagnostics, quiet: quiet)
        guard let report = result.report else {
            Console.error("build failed: \(result.errors.count) error(s); \(output)/ was not changed.")
            throw ExitCode(1)
        }
        if !quiet {
            let ms = Int(Date().timeIntervalSince(started) * 1000)
            Console.out("built \(result.pageCount) pages, \(report.total) files (\(report.written) written, \(report.unchanged) unchanged) in \(ms) ms"
                + (result.warnings.isEmpty ? "" : ", \(result.warnings.count) warning(s)") + Self.shortcutNote(result.shortcut))
        }
    }

    static func shortcutNote(_ shortcut: BuildResult.Shortcut) -> String {
        switch shortcut {
        case .none: ""
        case .upToDate: " (nothing changed since the last build)"
        case .pages(let n): " (only \(n) changed page(s) rendered)"
        }
    }
}
