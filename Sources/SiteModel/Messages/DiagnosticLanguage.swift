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
        return s + language.text(message: message, hint: hint)
    }
}

extension MessageLanguage {
    /// An English text of the message catalogue in this language: in Thai, the catalogue's Thai
    /// first and the English beneath, indented as a diagnostic's; the English alone for an
    /// English site, or when the catalogue has no Thai for it.
    public func line(_ english: String) -> String {
        guard self == .thai, let th = MessageCatalogue.thai.translate(english) else { return english }
        return th + "\n    " + english
    }

    /// One of sitegen's own lines (a summary, a note, a command's error), written in both
    /// languages where it is made: in Thai, the Thai first and the English beneath; in English,
    /// the English alone.
    public func line(th: String, en: String) -> String {
        self == .thai ? th + "\n    " + en : en
    }

    /// A message and its hint, each in Thai first and English beneath (`line`), the hint
    /// marked `คำแนะนำ:` and `hint:`; in English, the message and `hint:` alone.
    public func text(message: String, hint: String?) -> String {
        var s = line(message)
        if let hint {
            if self == .thai, let th = MessageCatalogue.thai.translate(hint) {
                s += "\n    คำแนะนำ: \(th)\n    hint: \(hint)"
            } else {
                s += "\n    hint: \(hint)"
            }
        }
        return s
    }
}
