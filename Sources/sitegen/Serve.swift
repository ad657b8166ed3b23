import ArgumentParser
import Foundation
import SiteModel
import Preview
import SitegenKit

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site in a browser while you edit it.",
        discussion: """
        Builds the site (drafts included) into its own folder, \(PreviewOptions.defaultOutput)/, serves it on \
        127.0.0.1, and rebuilds and reloads open pages whenever a file of the site folder or the theme \
        changes. A build error keeps the last good site served and shows the error on the page. \
        Stop with Ctrl-C.
        """)

    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source = "content"

    @Option(name: .long, help: ArgumentHelp("Where the preview site is written (not public/).", valueName: "dir"))
    var output = PreviewOptions.defaultOutput

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("Address to listen on; other machines can connect only if you change it.", valueName: "address"))
    var host = "127.0.0.1"

    @Flag(name: .customLong("no-drafts"), help: "Leave out pages marked draft: true.")
    var noDrafts = false

    @Flag(name: .long, help: "Open the site in the default browser.")
    var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw Console.usageError(th: "--port ต้องอยู่ระหว่าง 0 ถึง 65535 (ได้รับ \(port))", en: "--port must be between 0 and 65535 (got \(port)).") }
        if URL(fileURLWithPath: output).standardizedFileURL.path == URL(fileURLWithPath: "public").standardizedFileURL.path {
            Console.sayError(.of(siteRoot: source), th: "หมายเหตุ: การแสดงตัวอย่างลงใน public/ จะแทนที่เว็บไซต์ที่เผยแพร่ด้วยเว็บไซต์ตัวอย่าง (ซึ่งมีสคริปต์โหลดหน้าใหม่อัตโนมัติ)",
                             en: "note: serving into public/ replaces the published build with a preview build (it contains the live-reload script).")
        }
    }

    func run() async throws {
        let language = MessageLanguage.of(siteRoot: source)
        let server = PreviewServer(
            options: PreviewOptions(source: source, output: output, host: host, port: port, includeDrafts: !noDrafts),
            report: { result in
                Console.print(result.diagnostics, quiet: false, language: language)
                if result.succeeded {
                    Console.say(language, th: "สร้างเว็บไซต์แล้ว \(result.pageCount) หน้า", en: "built \(result.pageCount) pages")
                } else {
                    Console.sayError(language, th: "สร้างเว็บไซต์ไม่สำเร็จ: ยังแสดงเว็บไซต์ล่าสุดที่สร้างได้", en: "build failed: the last good site is still served.")
                }
            })
        let open = self.open
        try await server.run(onReady: { url in
            Console.say(language, th: "เปิดดูเว็บไซต์ได้ที่ \(url) (กด Ctrl-C เพื่อหยุด)", en: "serving \(url)  (Ctrl-C to stop)")
            if open { Browser.open(url, language: language) }
        })
    }
}

enum Browser {
    static func open(_ url: String, language: MessageLanguage) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            Console.sayError(language, th: "เปิดเบราว์เซอร์ไม่ได้ ให้เปิด \(url) เอง", en: "could not open a browser; open \(url) yourself.")
        }
    }
}
