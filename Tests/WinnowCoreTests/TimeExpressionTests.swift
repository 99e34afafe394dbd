import Testing

@testable import WinnowCore

@Suite struct TimeExpressionTests {
    static let crawl = DateStamp(year: 2020, month: 11, day: 10)

    @Test(arguments: [
        // English
        ("Tue 10th November 2020 | 12:49 PM", "2020-11-10T12:49"),
        ("November 18, 2019 at 6:34 am", "2019-11-18T06:34"),
        ("Nov 18, 2019 at 12:05 am", "2019-11-18T00:05"),
        ("2020-11-10", "2020-11-10"),
        ("10 November 2020", "2020-11-10"),
        ("Published 3 March 2021, 9:15 pm", "2021-03-03T21:15"),
        // German
        ("10.11.2020, 14:05 Uhr", "2020-11-10T14:05"),
        ("10. November 2020", "2020-11-10"),
        ("Dienstag, 10. November 2020, 08:30 Uhr", "2020-11-10T08:30"),
        // French
        ("Publié le 1er décembre 2020 à 19h20", "2020-12-01T19:20"),
        ("mardi 10 novembre 2020", "2020-11-10"),
        // Spanish
        ("10 de noviembre de 2020", "2020-11-10"),
        ("Martes, 10 de noviembre de 2020 - 12:49", "2020-11-10T12:49"),
        // Italian
        ("10 novembre 2020, 12:49", "2020-11-10T12:49"),
        ("martedì 10 novembre 2020", "2020-11-10"),
        // Urdu
        ("10 نومبر 2020", "2020-11-10"),
        // Day and month only: the year comes from the crawl.
        ("10 November", "2020-11-10"),
    ])
    func absoluteStamps(line: String, iso: String) {
        let stamp = TimeExpression.parseLine(line)
        #expect(stamp != nil, "\(line) should parse")
        #expect(stamp?.iso(crawl: Self.crawl) == iso)
        #expect(stamp?.minutesBefore == nil)
    }

    @Test(arguments: [
        ("2 minutes ago", "2020-11-10"),
        ("3 hours ago", "2020-11-10"),
        ("26 hours ago", "2020-11-09"),
        ("3 days ago", "2020-11-07"),
        ("vor 2 Stunden", "2020-11-10"),
        ("vor 3 Tagen", "2020-11-07"),
        ("il y a 3 heures", "2020-11-10"),
        ("il y a 2 jours", "2020-11-08"),
        ("hace 2 horas", "2020-11-10"),
        ("hace 1 día", "2020-11-09"),
        ("2 ore fa", "2020-11-10"),
        ("2 giorni fa", "2020-11-08"),
        ("2 گھنٹے پہلے", "2020-11-10"),
        ("2 دن پہلے", "2020-11-08"),
        ("Updated 3h ago", "2020-11-10"),
        ("yesterday", "2020-11-09"),
        ("Yesterday at 9:15 pm", "2020-11-09T21:15"),
        ("today", "2020-11-10"),
        ("gestern", "2020-11-09"),
        ("Gestern, 18:30 Uhr", "2020-11-09T18:30"),
        ("hier à 18h30", "2020-11-09T18:30"),
        ("Ayer, 19:40", "2020-11-09T19:40"),
        ("ieri", "2020-11-09"),
    ])
    func relativeStampsResolveAgainstTheCrawlDate(line: String, iso: String) {
        let stamp = TimeExpression.parseLine(line)
        #expect(stamp != nil, "\(line) should parse")
        #expect(stamp?.minutesBefore != nil)
        #expect(stamp?.iso(crawl: Self.crawl) == iso)
    }

    @Test func relativeStampsWithoutCrawlDateAreLeftOut() {
        #expect(TimeExpression.parseLine("2 minutes ago")?.iso(crawl: nil) == nil)
        #expect(TimeExpression.parseLine("yesterday")?.iso(crawl: nil) == nil)
        #expect(TimeExpression.parseLine("vor 2 Stunden")?.iso(crawl: nil) == nil)
    }

    @Test func relativeOffsetsInMinutes() {
        #expect(TimeExpression.parseLine("2 minutes ago")?.minutesBefore == 2)
        #expect(TimeExpression.parseLine("vor 2 Stunden")?.minutesBefore == 120)
        #expect(TimeExpression.parseLine("il y a 3 heures")?.minutesBefore == 180)
        #expect(TimeExpression.parseLine("Updated 3h ago")?.minutesBefore == 180)
        #expect(TimeExpression.parseLine("yesterday")?.minutesBefore == 1440)
    }

    @Test(arguments: [
        (DateStamp(year: 2021, month: 3, day: 1), "2021-02-28"),
        (DateStamp(year: 2020, month: 3, day: 1), "2020-02-29"),
        (DateStamp(year: 2021, month: 1, day: 1), "2020-12-31"),
    ])
    func yesterdayCrossesMonthAndYearEnds(crawl: DateStamp, iso: String) {
        #expect(TimeExpression.parseLine("yesterday")?.iso(crawl: crawl) == iso)
    }

    @Test(arguments: [
        "The May Day parade",
        "May",
        "Share",
        "Politics 2",
        "Top 10",
        "The minister said on 10 November 2020 that the talks would begin in Washington.",
        "Japan last year shelled out over $1.8 billion to sustain US bases.",
        "What happens next",
        "",
    ])
    func linesThatAreNotStamps(line: String) {
        #expect(TimeExpression.parseLine(line) == nil)
    }

    @Test(arguments: [
        ("Updated 3h ago", true),
        ("Updated: November 18, 2019 at 6:34 am", true),
        ("Aktualisiert am 10.11.2020, 14:05 Uhr", true),
        ("Mis à jour le 10/11/2020 à 14h05", true),
        ("Published 10 November 2020", false),
        ("Publié le 1er décembre 2020 à 19h20", false),
        ("10.11.2020, 14:05 Uhr", false),
    ])
    func updateStamps(line: String, isUpdate: Bool) {
        let stamp = TimeExpression.parseLine(line)
        #expect(stamp != nil, "\(line) should parse")
        #expect(stamp?.isUpdate == isUpdate)
    }

    @Test func updateStampsKeepTheirDate() {
        #expect(TimeExpression.parseLine("Updated: November 18, 2019 at 6:34 am")?.iso(crawl: nil) == "2019-11-18T06:34")
        #expect(TimeExpression.parseLine("Aktualisiert am 10.11.2020, 14:05 Uhr")?.iso(crawl: nil) == "2020-11-10T14:05")
        #expect(TimeExpression.parseLine("Mis à jour le 10/11/2020 à 14h05")?.iso(crawl: nil) == "2020-11-10T14:05")
    }

    @Test func publishedThenUpdatedYieldsTheFirstDate() {
        let stamp = TimeExpression.parseLine("Publié le 1er décembre 2020 à 19h20 - Mis à jour le 2 décembre 2020 à 08h00")
        #expect(stamp?.iso(crawl: Self.crawl) == "2020-12-01T19:20")
        #expect(stamp?.isUpdate == false)
    }

    @Test func splitsATrailingStampFromAByline() {
        let split = TimeExpression.splitTrailing("Faizan Hashmi 2 minutes ago Tue 10th November 2020 | 12:49 PM")
        #expect(split?.head.trimmingCharacters() == "Faizan Hashmi")
        #expect(split?.stamp.iso(crawl: Self.crawl) == "2020-11-10T12:49")
    }

    @Test func splitsALeadingLiveBlogStamp() {
        let split = TimeExpression.splitLeading("10:42 Officials said the ferry would run again on Friday.")
        #expect(split?.stamp.hour == 10)
        #expect(split?.stamp.minute == 42)
        #expect(split?.rest.trimmingCharacters() == "Officials said the ferry would run again on Friday.")
    }

    @Test(arguments: [
        ("2020-11-10", "2020-11-10"),
        ("2020-11-10T12:49:00+01:00", "2020-11-10T12:49"),
        ("2020-11-10 08:05", "2020-11-10T08:05"),
    ])
    func parsesISOStrings(text: String, iso: String) {
        #expect(DateStamp.parseISO(text)?.iso(crawl: nil) == iso)
    }

    @Test(arguments: ["2020-13-10", "2020/11/10", "10.11.2020", "20-11-10", ""])
    func rejectsNonISOStrings(text: String) {
        #expect(DateStamp.parseISO(text) == nil)
    }

    @Test func isoNeedsACalendarDay() {
        #expect(DateStamp(year: 2020, month: 11).iso(crawl: nil) == nil)
        #expect(DateStamp(month: 11, day: 10).iso(crawl: nil) == nil)
        #expect(DateStamp(year: 2020, month: 11, day: 10, hour: 7, minute: 5).iso(crawl: nil) == "2020-11-10T07:05")
    }
}
