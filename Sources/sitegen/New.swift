import ArgumentParser
import Foundation
import SiteModel
import Starter

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start the site of an agency in a new folder.",
        discussion: """
        Creates DIR with content/site.yaml filled in from the answers and the standard pages (home, \
        about, powers, structure, executives, contact, news, plans, procurement, services and manuals, \
        HR, complaints, participation, ITA, privacy, accessibility). What is not given as an option is \
        asked when sitegen runs on a terminal; otherwise the missing options are an error. Then: cd DIR, \
        sitegen build, sitegen check. Exit codes: 0 created, 1 nothing written, 2 usage errors.
        """)

    @Argument(help: ArgumentHelp("The new folder (missing or empty).", valueName: "dir"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp("The agency's name without its type, e.g. บ้านใหม่.", valueName: "name"))
    var name: String?

    @Option(name: .customLong("type"), help: ArgumentHelp("อบต., เทศบาลตำบล, เทศบาลเมือง or เทศบาลนคร.", valueName: "type"))
    var agencyType: String?

    @Option(name: .long, help: ArgumentHelp("The province (จังหวัด).", valueName: "name"))
    var province: String?

    @Option(name: .long, help: ArgumentHelp("The district (อำเภอ).", valueName: "name"))
    var district: String?

    @Option(name: .long, help: ArgumentHelp("The subdistrict (ตำบล).", valueName: "name"))
    var subdistrict: String?

    func run() throws {
        let questions: [(option: String, question: String, given: String?)] = [
            ("--name", "ชื่อหน่วยงาน ไม่ต้องใส่ประเภท (agency name, without its type)", name),
            ("--type", "ประเภท: " + NewSite.agencyTypes.map(\.type).joined(separator: " | ") + " (agency type)", agencyType),
            ("--province", "จังหวัด (province)", province),
            ("--district", "อำเภอ (district)", district),
            ("--subdistrict", "ตำบล (subdistrict)", subdistrict),
        ]
        var answers: [String] = []
        let missing = questions.filter { $0.given == nil }.map(\.option)
        if !missing.isEmpty && isatty(STDIN_FILENO) != 1 {
            let list = missing.joined(separator: ", ")
            Console.sayError(.thai, th: "new: ขาดตัวเลือก \(list) (ถามไม่ได้ เพราะไม่ได้สั่งจากหน้าจอเทอร์มินัล) ไม่มีไฟล์ใดถูกเขียน",
                             en: "new: missing \(list) (not asked: the input is not a terminal).")
            throw ExitCode(2)
        }
        for q in questions {
            if let given = q.given { answers.append(given); continue }
            FileHandle.standardError.write(Data((q.question + ": ").utf8))
            guard let line = readLine() else {
                Console.sayError(.thai, th: "new: ไม่มีคำตอบของ \(q.option) ไม่มีไฟล์ใดถูกเขียน", en: "new: no answer for \(q.option); nothing was written.")
                throw ExitCode(2)
            }
            answers.append(line.trimmingCharacters(in: .whitespaces))
        }
        let site = NewSite(name: answers[0], agencyType: answers[1], province: answers[2], district: answers[3], subdistrict: answers[4])
        do {
            let written = try site.write(to: folder)
            Console.say(.thai, th: "สร้างโฟลเดอร์ \(folder)/ ของ\(site.title)แล้ว: \(written.count) ไฟล์",
                        en: "created \(folder)/ for \(site.title): \(written.count) files")
            Console.say(.thai, th: "ขั้นต่อไป: cd \(folder) && sitegen build && sitegen check (แก้ไขไฟล์ใน content/ แล้วสั่ง sitegen build อีกครั้ง)",
                        en: "next: cd \(folder) && sitegen build && sitegen check")
        } catch {
            Console.sayError(.thai, th: "new: สร้างเว็บไซต์ไม่สำเร็จ ไม่มีไฟล์ใดถูกเขียน", en: "new: " + error.message)
            throw ExitCode(1)
        }
    }
}
