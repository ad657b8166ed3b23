import ArgumentParser
import Foundation
import Render
import SiteModel
import SitegenKit

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the default theme built into sitegen.",
        subcommands: [ThemeExport.self])
}

struct ThemeExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in default theme out, to change it.",
        discussion: """
        Writes every template (templates/*.mustache) and asset (static/: CSS, emblem, fonts) of the \
        built-in theme into DIR (default: themes/default, beside the site folder content/, where \
        sitegen looks for it). A themes/default/ folder that holds every required template is used \
        instead of the built-in theme; one that holds only some files overrides just those, so you \
        may keep only the files you change. Files that exist already are not replaced unless --force \
        is given (then nothing is written). Exit codes: 0 written, 1 nothing written, 2 usage errors.
        """)

    @Argument(help: ArgumentHelp("The folder to write the theme into (default: themes/default).", valueName: "dir"))
    var folder: String = "themes/default"

    @Flag(name: .long, help: "Replace files of the theme that exist already.")
    var force = false

    func run() throws {
        let language = MessageLanguage.of(siteRoot: "content")
        do {
            let written = try BuiltInTheme.export(to: folder, overwrite: force)
            Console.say(language, th: "เขียนธีมที่มากับโปรแกรมลงใน \(folder)/ แล้ว: \(written.count) ไฟล์", en: "wrote the built-in theme into \(folder)/: \(written.count) files")
        } catch {
            Console.sayError(language, th: "theme export: " + (MessageCatalogue.thai.translate(error.message) ?? "ส่งออกธีมไม่สำเร็จ"),
                             en: "theme export: \(error.message)")
            throw ExitCode(1)
        }
    }
}
