import ArgumentParser
import Foundation
import SiteModel
import SitegenKit
import Importing

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring data saved from another system into the site folder.",
        subcommands: [ImportEGP.self])
}

struct ImportEGP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "egp",
        abstract: "Merge a file saved from the e-GP open-data service into the procurement CSV of each fiscal year.",
        discussion: """
        Reads the JSON answer of the e-GP contract service (money as text, none or several contracts per \
        project) and adds each project to data/procurement/<year>-items.csv by its e-GP number, or updates \
        the row that has it; data/procurement/<year>.yaml is made when missing. What the clerk wrote of a \
        project's title and month is kept, and a progress e-GP does not know (delivered, paid) is not \
        turned back. Prints what was added, changed and left out. A problem in the file or in a year's \
        files writes nothing. Exit codes: 0 imported, 1 nothing written because of a problem, 2 usage errors.
        """)

    @Argument(help: ArgumentHelp("The JSON file saved from the service.", valueName: "file.json"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The site folder (default: content).", valueName: "dir"))
    var source: String?

    @Flag(name: .customLong("dry-run"), help: "Say what would be added and changed, and write nothing.")
    var dryRun = false

    func run() throws {
        let outcome = EGPImport.run(file: file, siteRoot: source ?? "content", dryRun: dryRun)
        let language = MessageLanguage.of(siteRoot: source ?? "content")
        for d in outcome.unreadable { Console.error(d.text(in: language)) }
        for d in outcome.errors { Console.error(d.text(in: language)) }
        guard outcome.errors.isEmpty else {
            Console.error("import failed: \(outcome.errors.count) error(s); no file was changed.")
            throw ExitCode(1)
        }
        for line in outcome.added { Console.out("added   " + line) }
        for line in outcome.changed { Console.out("changed " + line) }
        let verb = dryRun ? "would add" : "added"
        Console.error("\(verb) \(outcome.added.count), \(dryRun ? "would change" : "changed") \(outcome.changed.count), "
                      + "left out \(outcome.unreadable.count) project(s)"
                      + (outcome.written.isEmpty ? "" : "; wrote " + outcome.written.joined(separator: ", ")))
    }
}
