import Foundation
import Testing
@testable import ThaiText

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("valid dates", arguments: [
        (2024, 2, 29), (2000, 2, 29), (2025, 1, 31), (2025, 12, 31), (2025, 4, 30), (1, 1, 1), (9999, 12, 31),
    ])
    func validDates(_ y: Int, _ m: Int, _ d: Int) throws {
        let date = try #require(CalendarDate(year: y, month: m, day: d))
        #expect(date.year == y)
        #expect(date.month == m)
        #expect(date.day == d)
    }

    @Test("invalid dates", arguments: [
        (2025, 2, 29), (1900, 2, 29), (2100, 2, 29), (2025, 13, 1), (2025, 0, 1), (2025, 1, 32),
        (2025, 1, 0), (2025, 4, 31), (2025, 6, 31), (2025, 2, 30), (0, 1, 1), (10000, 1, 1), (2025, -1, 5),
    ])
    func invalidDates(_ y: Int, _ m: Int, _ d: Int) {
        #expect(CalendarDate(year: y, month: m, day: d) == nil)
    }

    @Test func leapYears() {
        #expect(CalendarDate.isLeapYear(2024))
        #expect(CalendarDate.isLeapYear(2000))
        #expect(!CalendarDate.isLeapYear(1900))
        #expect(!CalendarDate.isLeapYear(2025))
        #expect(CalendarDate.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CalendarDate.daysInMonth(year: 2025, month: 2) == 28)
        #expect(CalendarDate.daysInMonth(year: 2025, month: 13) == 0)
    }

    @Test("ISO parsing accepts YYYY-MM-DD", arguments: ["2025-01-15", "2024-02-29", "0001-01-01", "9999-12-31"])
    func isoRoundTrip(_ s: String) throws {
        let d = try #require(CalendarDate(iso: s))
        #expect(d.iso == s)
        #expect(d.description == s)
    }

    @Test func isoFields() throws {
        let d = try #require(CalendarDate(iso: "2025-01-15"))
        #expect(d == CalendarDate(year: 2025, month: 1, day: 15))
        #expect(d.buddhistYear == 2568)
    }

    @Test("ISO parsing rejects everything else", arguments: [
        "2025-1-5", "2025-01-5", "25-01-15", "2025/01/15", "2025-01-15 ", " 2025-01-15", "2025-02-29",
        "2025-13-01", "2025-00-10", "2025-01-32", "", "abcd-ef-gh", "2025-01-15T00:00", "๒๐๒๕-๐๑-๑๕",
        "+025-01-15", "2025-01-1a", "20250115",
    ])
    func isoRejects(_ s: String) {
        #expect(CalendarDate(iso: s) == nil)
    }

    @Test func buddhistInit() {
        #expect(CalendarDate(buddhistYear: 2568, month: 1, day: 15) == CalendarDate(year: 2025, month: 1, day: 15))
        #expect(CalendarDate.buddhistEraOffset == 543)
    }

    @Test func comparison() throws {
        let a = try #require(CalendarDate(iso: "2024-12-31"))
        let b = try #require(CalendarDate(iso: "2025-01-01"))
        let c = try #require(CalendarDate(iso: "2025-01-02"))
        let e = try #require(CalendarDate(iso: "2025-02-01"))
        #expect(a < b)
        #expect(b < c)
        #expect(c < e)
        #expect(!(b < b))
        #expect([e, c, a, b].sorted() == [a, b, c, e])
    }

    @Test("days since epoch: fixed points", arguments: [
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017),
        ("2025-01-15", 20_103), ("1900-01-01", -25_567), ("0001-01-01", -719_162), ("2024-02-29", 19_782),
    ])
    func epochFixedPoints(_ iso: String, _ days: Int) throws {
        let d = try #require(CalendarDate(iso: iso))
        #expect(d.daysSinceEpoch == days)
        #expect(CalendarDate(daysSinceEpoch: days) == d)
    }

    @Test func epochRoundTripOverRange() throws {
        // Walk day by day from 1899-12-25 to 2101-01-10 checking both directions and that
        // each step is the calendar's next day.
        var date = try #require(CalendarDate(iso: "1899-12-25"))
        var days = date.daysSinceEpoch
        let end = try #require(CalendarDate(iso: "2101-01-10"))
        var steps = 0
        while date < end {
            #expect(CalendarDate(daysSinceEpoch: days) == date)
            let next = date.adding(days: 1)
            #expect(next.daysSinceEpoch == days + 1)
            // Next day by hand.
            let expected: CalendarDate?
            if date.day < CalendarDate.daysInMonth(year: date.year, month: date.month) {
                expected = CalendarDate(year: date.year, month: date.month, day: date.day + 1)
            } else if date.month < 12 {
                expected = CalendarDate(year: date.year, month: date.month + 1, day: 1)
            } else {
                expected = CalendarDate(year: date.year + 1, month: 1, day: 1)
            }
            #expect(next == expected)
            date = next
            days += 1
            steps += 1
        }
        #expect(steps == end.daysSinceEpoch - (try #require(CalendarDate(iso: "1899-12-25"))).daysSinceEpoch)
    }

    @Test func epochMatchesFoundation() throws {
        // Cross-check with Foundation's Date for a few dates.
        for iso in ["1970-01-01", "2000-02-29", "2025-01-15", "2038-01-19", "1950-06-30"] {
            let d = try #require(CalendarDate(iso: iso))
            let instant = Date(timeIntervalSince1970: TimeInterval(d.daysSinceEpoch) * 86_400)
            #expect(CalendarDate(instant: instant, timeZoneIdentifier: "UTC") == d)
        }
    }

    @Test func adding() throws {
        let d = try #require(CalendarDate(iso: "2024-02-28"))
        #expect(d.adding(days: 1).iso == "2024-02-29")
        #expect(d.adding(days: 2).iso == "2024-03-01")
        #expect(d.adding(days: 0) == d)
        #expect(d.adding(days: -59).iso == "2023-12-31")
        #expect(d.adding(days: 366).iso == "2025-02-28")
        #expect(d.days(until: d.adding(days: 100)) == 100)
    }

    @Test func weekday() throws {
        #expect(try #require(CalendarDate(iso: "1970-01-01")).isoWeekday == 4)  // Thursday
        #expect(try #require(CalendarDate(iso: "2025-01-15")).isoWeekday == 3)  // Wednesday
        #expect(try #require(CalendarDate(iso: "1969-12-28")).isoWeekday == 7)  // Sunday
        #expect(try #require(CalendarDate(iso: "2024-12-30")).isoWeekday == 1)  // Monday
    }

    @Test func instantInTimeZone() {
        // 2024-12-31T20:00:00Z is already 2025-01-01 in Bangkok (UTC+7).
        let instant = Date(timeIntervalSince1970: 1_735_675_200)
        #expect(CalendarDate(instant: instant, timeZoneIdentifier: "UTC").iso == "2024-12-31")
        #expect(CalendarDate(instant: instant, timeZoneIdentifier: "Asia/Bangkok").iso == "2025-01-01")
        #expect(CalendarDate(instant: instant).iso == "2025-01-01")
        // Unknown identifiers fall back to UTC+7.
        #expect(CalendarDate(instant: instant, timeZoneIdentifier: "Not/AZone").iso == "2025-01-01")
        // Before the epoch.
        let early = Date(timeIntervalSince1970: -1)
        #expect(CalendarDate(instant: early, timeZoneIdentifier: "UTC").iso == "1969-12-31")
    }

    @Test func today() {
        let t = CalendarDate.today()
        let utc = CalendarDate.today(timeZoneIdentifier: "UTC")
        #expect(abs(t.daysSinceEpoch - utc.daysSinceEpoch) <= 1)
        #expect(t.year >= 2024)
    }
}

@Suite("Fiscal year")
struct FiscalYearTests {
    @Test("boundaries", arguments: [
        ("2024-09-30", 2567), ("2024-10-01", 2568), ("2025-09-30", 2568), ("2025-10-01", 2569),
        ("2025-01-15", 2568), ("2024-12-31", 2568), ("2025-01-01", 2568),
    ])
    func boundaries(_ iso: String, _ fy: Int) throws {
        let d = try #require(CalendarDate(iso: iso))
        #expect(d.fiscalYear.buddhistYear == fy)
        #expect(d.fiscalYear == FiscalYear(buddhistYear: fy))
        #expect(FiscalYear(buddhistYear: fy).contains(d))
        #expect(!FiscalYear(buddhistYear: fy + 1).contains(d))
        #expect(!FiscalYear(buddhistYear: fy - 1).contains(d))
        #expect(FiscalYear(containing: d).buddhistYear == fy)
        #expect(d.yearMonth.fiscalYear.buddhistYear == fy)
    }

    @Test func startEnd() {
        let fy = FiscalYear(buddhistYear: 2568)
        #expect(fy.start.iso == "2024-10-01")
        #expect(fy.end.iso == "2025-09-30")
        #expect(fy.previous.buddhistYear == 2567)
        #expect(fy.next.buddhistYear == 2569)
        #expect(fy.previous.end.adding(days: 1) == fy.start)
        #expect(fy.end.adding(days: 1) == fy.next.start)
        #expect(fy.dayCount == 365)
        #expect(FiscalYear(buddhistYear: 2567).dayCount == 366)  // contains 2024-02-29
        #expect(fy.previous < fy)
        #expect(fy < fy.next)
    }

    @Test func months() throws {
        let months = FiscalYear(buddhistYear: 2568).months
        #expect(months.count == 12)
        let first = try #require(months.first)
        let last = try #require(months.last)
        #expect(first == YearMonth(year: 2024, month: 10))
        #expect(last == YearMonth(year: 2025, month: 9))
        #expect(months.map(\.iso) == [
            "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03",
            "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09",
        ])
        #expect(months == months.sorted())
        for m in months { #expect(m.fiscalYear.buddhistYear == 2568) }
    }
}

@Suite("YearMonth")
struct YearMonthTests {
    @Test func validation() {
        #expect(YearMonth(year: 2025, month: 0) == nil)
        #expect(YearMonth(year: 2025, month: 13) == nil)
        #expect(YearMonth(year: 2025, month: 12) != nil)
    }

    @Test("first and last day", arguments: [
        (2024, 2, "2024-02-01", "2024-02-29"), (2025, 2, "2025-02-01", "2025-02-28"),
        (2025, 4, "2025-04-01", "2025-04-30"), (2025, 12, "2025-12-01", "2025-12-31"),
        (1900, 2, "1900-02-01", "1900-02-28"),
    ])
    func days(_ y: Int, _ m: Int, _ first: String, _ last: String) throws {
        let ym = try #require(YearMonth(year: y, month: m))
        #expect(ym.firstDay.iso == first)
        #expect(ym.lastDay.iso == last)
        #expect(ym.contains(ym.lastDay))
        #expect(!ym.contains(ym.lastDay.adding(days: 1)))
    }

    @Test func navigation() throws {
        let dec = try #require(YearMonth(year: 2024, month: 12))
        #expect(dec.next == YearMonth(year: 2025, month: 1))
        #expect(dec.next.previous == dec)
        #expect(dec.previous == YearMonth(year: 2024, month: 11))
        #expect(dec < dec.next)
        #expect(YearMonth(try #require(CalendarDate(iso: "2025-03-09"))) == YearMonth(year: 2025, month: 3))
        #expect(dec.fiscalYear.buddhistYear == 2568)
        #expect(dec.next.fiscalYear.buddhistYear == 2568)
        #expect(YearMonth(year: 2024, month: 9)?.fiscalYear.buddhistYear == 2567)
    }
}

@Suite("Era guess")
struct EraTests {
    @Test("guessEra", arguments: [
        (2568, YearEra.buddhist), (2400, .buddhist), (2567, .buddhist), (2025, .christian),
        (2199, .christian), (1999, .christian), (2399, .buddhist), (2200, .christian), (2299, .christian), (2300, .buddhist),
    ])
    func guess(_ year: Int, _ era: YearEra) {
        #expect(guessEra(ofYear: year) == era)
    }

    @Test func confident() {
        #expect(confidentEra(ofYear: 2568) == .buddhist)
        #expect(confidentEra(ofYear: 2400) == .buddhist)
        #expect(confidentEra(ofYear: 2025) == .christian)
        #expect(confidentEra(ofYear: 2199) == .christian)
        #expect(confidentEra(ofYear: 2200) == nil)
        #expect(confidentEra(ofYear: 2399) == nil)
    }
}
