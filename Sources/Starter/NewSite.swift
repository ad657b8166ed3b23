import Foundation

/// `sitegen new`: a new site folder for an agency, from the files of `Files/` (embedded in the
/// program by the EmbedFiles plugin) with the agency's names filled in.
public struct NewSite: Sendable {
    /// The agency types of `site.yaml`'s `agency_type`, with the prefix of the full name.
    public static let agencyTypes: [(type: String, prefix: String)] = [
        ("อบต.", "องค์การบริหารส่วนตำบล"),
        ("เทศบาลตำบล", "เทศบาลตำบล"),
        ("เทศบาลเมือง", "เทศบาลเมือง"),
        ("เทศบาลนคร", "เทศบาลนคร"),
    ]

    public var name: String
    public var agencyType: String
    public var province: String
    public var district: String
    public var subdistrict: String
    /// The fiscal year in progress (B.E.), named in the starter data files.
    public var fiscalYear: Int

    public init(name: String, agencyType: String, province: String, district: String, subdistrict: String, today: Date = Date()) {
        self.name = name
        self.agencyType = agencyType
        self.province = province
        self.district = district
        self.subdistrict = subdistrict
        // The Thai fiscal year runs from 1 October: October 2026 starts fiscal year 2570.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Bangkok") ?? .current
        let parts = calendar.dateComponents([.year, .month], from: today)
        fiscalYear = (parts.year ?? 2026) + 543 + ((parts.month ?? 1) >= 10 ? 1 : 0)
    }

    /// The full agency name: องค์การบริหารส่วนตำบลX, เทศบาลตำบลX, …
    public var title: String {
        (Self.agencyTypes.first { $0.type == agencyType }?.prefix ?? agencyType) + name
    }

    /// The short name: อบต.X, ทต.X, ทม.X, ทน.X.
    public var shortTitle: String {
        let short = ["อบต.": "อบต.", "เทศบาลตำบล": "ทต.", "เทศบาลเมือง": "ทม.", "เทศบาลนคร": "ทน."][agencyType] ?? agencyType
        return short + name
    }

    public struct Problem: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// What is wrong with the answers, one line each; empty when a site can be made.
    public func problems() -> [String] {
        var out: [String] = []
        for (option, value) in [("--name", name), ("--province", province), ("--district", district), ("--subdistrict", subdistrict)] {
            if value.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append("\(option) is empty (ต้องระบุ \(option)).")
            } else if value.contains(where: { $0.isNewline || $0.unicodeScalars.contains { CharacterSet.controlCharacters.contains($0) } }) {
                out.append("\(option) holds a line break or a control character (ต้องเป็นข้อความบรรทัดเดียว).")
            }
        }
        if !Self.agencyTypes.contains(where: { $0.type == agencyType }) {
            out.append("--type '\(agencyType)' is not an agency type; use one of "
                       + Self.agencyTypes.map(\.type).joined(separator: ", ") + " (ประเภท อปท. ไม่ถูกต้อง).")
        }
        if let prefix = Self.agencyTypes.first(where: { name.hasPrefix($0.prefix) || name.hasPrefix($0.type) }) {
            out.append("--name '\(name)' starts with '\(name.hasPrefix(prefix.prefix) ? prefix.prefix : prefix.type)': give the name alone, "
                       + "the type comes from --type (ใส่เฉพาะชื่อ ไม่ต้องใส่ประเภท).")
        }
        return out
    }

    /// The files of the new site, by path relative to its folder.
    public func files() -> [(path: String, bytes: [UInt8])] {
        starterFiles.map { file in
            guard let data = Data(base64Encoded: file.base64) else { preconditionFailure("the embedded starter file \(file.path) is damaged") }
            let text = String(decoding: data, as: UTF8.self)
            let filled = file.path.hasSuffix(".yaml") ? fill(text, quote: Self.yamlString) : fill(text, quote: Self.markdownText)
            return (file.path, Array(filled.utf8))
        }.sorted { $0.path < $1.path }
    }

    private func fill(_ text: String, quote: (String) -> String) -> String {
        var out = text.replacingOccurrences(of: "{{fiscal_year}}", with: String(fiscalYear))
        for (key, value) in [("title", title), ("short_title", shortTitle), ("agency_type", agencyType),
                             ("province", province), ("district", district), ("subdistrict", subdistrict)] {
            out = out.replacingOccurrences(of: "{{" + key + "}}", with: quote(value))
        }
        return out
    }

    /// A YAML double-quoted scalar: nothing written in a name can end it or start a structure.
    static func yamlString(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += String(format: "\\x%02X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Text set in Markdown as written: ASCII punctuation is backslash-escaped (CommonMark).
    static func markdownText(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            if scalar.isASCII, CharacterSet.punctuationCharacters.union(.symbols).contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Writes the site into `folder`, which must be missing or empty. Returns the paths written.
    @discardableResult
    public func write(to folder: String) throws(Problem) -> [String] {
        let problems = problems()
        guard problems.isEmpty else { throw Problem(message: problems.joined(separator: "\n")) }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Problem(message: "\(folder) is a file; give the name of a new folder (ต้องเป็นโฟลเดอร์ใหม่).") }
            let entries = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                throw Problem(message: "\(folder) is not empty (\(entries.count) item(s)); nothing was written. Give a new or empty folder "
                              + "(โฟลเดอร์นี้มีไฟล์อยู่แล้ว ไม่ได้เขียนอะไร ใช้โฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง).")
            }
        }
        let files = files()
        for file in files {
            let target = folder + "/" + file.path
            do {
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: target), options: .atomic)
            } catch {
                throw Problem(message: "cannot write \(target): \(error.localizedDescription)")
            }
        }
        return files.map(\.path)
    }
}
