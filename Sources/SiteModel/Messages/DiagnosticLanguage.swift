/// The language diagnostics are shown in, from the site's `language` (site.yaml).
///
/// - `.thai` (a site in Thai, and any site whose language is not known, such as a folder with
///   no site.yaml: the clerks who read the messages read Thai): each message and hint in Thai
///   first, the English beneath it. A message the catalogue has no Thai for is shown in English.
/// - `.english` (`language: en…`): the English only, as before.
public enum MessageLanguage: String, Sendable, Hashable {
    case thai = "th"
    case english = "en"

    /// The language for a site whose site.yaml says `language` (nil when unknown).
    public static func forSite(language: String?) -> MessageLanguage {
        guard let language = language?.lowercased() else { return .thai }
        return language == "en" || language.hasPrefix("en-") || language.hasPrefix("en_") ? .english : .thai
    }
}

extension MessageCatalogue {
    /// The Thai catalogue (`ThaiMessages.swift`), read once.
    public static let thai = MessageCatalogue(text: thaiMessages)
}

extension Diagnostic {
    /// The message in Thai, or nil when the Thai catalogue has no text for it.
    public var messageThai: String? { MessageCatalogue.thai.translate(message) }

    /// The hint in Thai, or nil when there is no hint or no Thai text for it.
    public var hintThai: String? { hint.flatMap { MessageCatalogue.thai.translate($0) } }

    /// The diagnostic as `description` prints it, in `language`. In Thai:
    ///
    ///     content/x.md:3:7: error: field 'date': วันที่ … ไม่มีอยู่จริง
    ///         the date … does not exist.
    ///     คำแนะนำ: ตรวจวันและเดือน …
    ///         hint: Check the day and month …
    ///
    /// The first line keeps the shape editors read (`file:line:column: error:`) and the field as
    /// the file names it; a text with no Thai in the catalogue is shown in English alone.
    public func text(in language: MessageLanguage) -> String {
        guard language == .thai else { return description }
        var s = "\(location): \(severity.rawValue): "
        if let field { s += "field '\(field)': " }
        if let th = messageThai {
            s += th + "\n    " + message
        } else {
            s += message
        }
        if let hint {
            if let th = hintThai {
                s += "\n    คำแนะนำ: \(th)\n    hint: \(hint)"
            } else {
                s += "\n    hint: \(hint)"
            }
        }
        return s
    }
}
