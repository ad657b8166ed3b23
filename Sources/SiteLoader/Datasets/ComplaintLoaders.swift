import DataReading
import Foundation
import SiteModel
import ThaiText
import Yams

// MARK: - Complaint procedure (o17)

extension ComplaintProcedure: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if title.isEmpty { title = "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" }
        if howToFile.isEmpty {
            if r["how_to_file"] == nil { r.missingField("how_to_file", what: "how a complaint is filed") }
            else { r.error("how_to_file", r["how_to_file"], "how_to_file is empty.", hint: "Say how and where a complaint is filed.") }
        }
        ServiceReading.requireEntries(r, "steps", steps.isEmpty,
                                      hint: "List each step with its description, duration and who is responsible.")
        if timeLimits.isEmpty, let node = r["time_limits"], case .sequence(let seq) = node, seq.isEmpty {
            r.error("time_limits", node, "the list of time limits is empty.",
                    hint: "Give at least the time to acknowledge a complaint and the time to report the result.")
        }
        return true
    }
}

extension TimeLimit: RecordRules, NamedRecord {
    static var recordNoun: String { "time limit" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if r["days"] != nil, days == 0, !failed {
            r.error("days", r["days"], "a time limit of 0 days cannot be met.", hint: "Write the number of days the guideline allows.")
            return false
        }
        return !failed
    }
}

// MARK: - Complaint channels (o18)

extension ComplaintChannels: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if title.isEmpty { title = "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" }
        if r["channels"] != nil && ownOnlineCorruptionChannels.isEmpty {
            r.warning("channels", r["channels"],
                      "no online channel of the agency is marked for corruption complaints only; OIT o18 expects one.",
                      hint: "Add a channel with kind: online (or email), its url (or email), and corruption_only: true, separate from general complaints.")
        }
        return true
    }
}

extension ComplaintChannel: RecordRules, NamedRecord {
    static var recordNoun: String { "channel" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        if r["corruption_only"] == nil {
            r.missingField("corruption_only", what: "true if the channel is for corruption complaints only, else false")
        }
        guard !failed else { return false }
        switch kind {
        case .online where r["url"] == nil:
            r.missingField("url", what: "the web address of the online channel")
        case .email where email == nil:
            r.missingField("email", what: "the e-mail address")
        case .phone where phone == nil:
            r.missingField("phone", what: "the phone number")
        case .letter where address == nil:
            r.missingField("address", what: "the postal address")
        case .inPerson where address == nil, .box where address == nil:
            r.missingField("address", what: "where the office or the box is")
        default:
            break
        }
        if let email, !email.contains("@") {
            r.error("email", r["email"], "'\(email)' is not an e-mail address.", hint: "Write it like stopcorruption@example.go.th.")
        }
        return true
    }
}

// MARK: - Complaint statistics (o19)

extension ComplaintStats: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        guard fiscalYear != 0 else { return false }
        if title.isEmpty { title = "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. \(fiscalYear)" }
        months.sort { $0.month < $1.month }
        for problem in inconsistencies {
            let m = problem.month
            guard let entry = r.entry(of: "months", atLine: m.line) else { continue }
            entry.warning("in_progress", entry["in_progress"],
                          "in \(m.month.iso), \(problem.finishedSoFar) finished so far plus \(m.inProgress) in progress is more than the \(problem.receivedSoFar) complaints received so far (carried over included).",
                          hint: "in_progress counts complaints still being handled at the end of the month; finished counts those finished during the month. Check the figures, or set carried_over for complaints left from the previous year.")
        }
        return true
    }
}

extension ComplaintMonth: RecordRules, NamedRecord {
    static var recordNoun: String { "month" }
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        guard r["month"] != nil, month != .empty, let fy = file.fiscalYear else { return false }
        if !FiscalYear(buddhistYear: fy).contains(month) {
            r.error("month", r["month"], "\(month.iso) is not in \(YearMonthParsing.describe(FiscalYear(buddhistYear: fy))).",
                    hint: "Put it in the statistics file of fiscal year \(month.fiscalYear.buddhistYear), or correct the month.")
            return false
        }
        if let first = file.firstLine(of: month, in: "months", line: r.line) {
            r.error("month", r["month"], "\(month.iso) is listed twice (first on line \(first)).", hint: "Keep one entry per month.")
            return false
        }
        return !failed
    }
}

// MARK: - Participation (o20)

extension Participation: DecodedKind, RecordRules {
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        guard fiscalYear != 0 else { return false }
        if title.isEmpty { title = "การเปิดโอกาสให้เกิดการมีส่วนร่วม ประจำปีงบประมาณ พ.ศ. \(fiscalYear)" }
        if activities.isEmpty, let node = r["activities"], case .sequence(let seq) = node, seq.isEmpty {
            r.error("activities", node, "the list of activities is empty.",
                    hint: "List the activities of the year in which citizens took part (OIT o20).")
        }
        activities = activities.enumerated().sorted {
            ($0.element.period.start, $0.offset) < ($1.element.period.start, $1.offset)
        }.map(\.element)
        return true
    }
}

extension ParticipationActivity: RecordRules, NamedRecord {
    static var recordNoun: String { "activity" }
    /// A date or a period, not both; who took part; a warning when it is outside the year. An
    /// activity is kept without its participants, and left out without its name, date, type or
    /// description.
    mutating func check(_ r: MappingReader, _ file: FieldSession, failed: Bool) -> Bool {
        switch (r["date"], r["period"]) {
        case (nil, nil):
            r.missingField("date", what: "the date of the activity (or period: {start: …, end: …} for several days)")
        case (.some, .some):
            r.error("period", r["period"], "both date and period are given.", hint: "Keep date for one day, or period for several days.")
        default: break
        }
        if groups.isEmpty, case .mapping? = r["participants"], let p = r.nested("participants") {
            p.missingField("groups", what: "who took part, for example ผู้แทนครัวเรือน ผู้นำชุมชน")
        }
        if period != .unread, let fy = file.fiscalYear, !period.overlaps(FiscalYear(buddhistYear: fy)) {
            let key = r["period"] != nil ? "period" : "date"
            r.warning(key, r[key], "the activity (\(period.start.iso)) is outside \(YearMonthParsing.describe(FiscalYear(buddhistYear: fy))).",
                      hint: "Move it to the participation file of fiscal year \(period.start.fiscalYear.buddhistYear), or correct the date.")
        }
        return period != .unread && !file.failed("name", "type", "description", in: r)
    }
}
