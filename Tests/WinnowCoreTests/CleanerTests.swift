import Foundation
import Testing

@testable import WinnowCore

/// A text dump as scrapers write it: one block per line, blank lines between.
func dump(_ lines: [String]) -> [UInt8] { Array((lines.joined(separator: "\n\n") + "\n").utf8) }

func clean(_ lines: [String]) throws -> CleanResult { try Cleaner.cleanText(dump(lines)) }

/// Paragraphs long enough to read as article prose.
enum Prose {
    static let harbour = [
        "Dock workers at the harbour walked out on Thursday morning after talks with the port authority over a new pay deal broke down late on Wednesday night.",
        "The union said the strike would continue until the authority returned to the table with an offer that matched the rising cost of living in the town.",
        "A spokesman for the port authority said the offer on the table was fair, and that the authority remained open to further talks with the union next week.",
        "Ships waiting to unload were being diverted to neighbouring ports, and several hauliers said they expected delays to last into the weekend at least.",
    ]
    static let frostLong =
        frost
        + " Farmers in the upper valley were told to bring livestock in from the exposed fields, and the council said its gritters would be out on the hill roads from eight o'clock."
    static let frost =
        "The Met Office has issued a frost warning for the whole valley tonight, with temperatures expected to fall to minus six degrees before dawn, and gardeners are urged to cover tender plants."
}

@Suite struct SeedFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

    static func seed() throws -> (CleanResult, Article) {
        let corpus = root.appendingPathComponent("Corpus/urdupoint/000_459e65bf3b0f137d.txt")
        let golden = root.appendingPathComponent("Goldens/urdupoint/000_459e65bf3b0f137d.json")
        let result = try Cleaner.cleanText([UInt8](try Data(contentsOf: corpus)))
        let article = try Article(json: try JSONParser.parse(String(contentsOf: golden, encoding: .utf8)))
        return (result, article)
    }

    @Test func fields() throws {
        let (r, _) = try Self.seed()
        #expect(r.article.title == "Japan To Begin Official Talks With US Over Funding Of Military Bases - Defense Minister")
        #expect(r.article.authors == ["Faizan Hashmi"])
        #expect(r.article.date == "2020-11-10T12:49")
        #expect(r.article.site == "UrduPoint.com")
        #expect(r.article.dateline == "TOKYO")
    }

    @Test func bodyIsTheGoldensSevenParagraphsOnce() throws {
        let (r, golden) = try Self.seed()
        #expect(golden.body?.count == 7)
        #expect(r.article.body == golden.body)
    }

    @Test func ledgerNamesTheRules() throws {
        let (r, _) = try Self.seed()
        let rules = Set(r.ledger.map(\.rule))
        for rule in [RuleID.crawlerHeader, .byline, .headline, .repeatedParagraph] {
            #expect(rules.contains(rule), "ledger lacks \(rule)")
        }
        #expect(r.ledger.first { $0.rule == .crawlerHeader }?.line == 1)
        #expect(r.ledger.first { $0.rule == .byline }?.text.hasPrefix("Faizan Hashmi 2 minutes ago") == true)
        // The teaser copy of the lead (no full stop) is the one removed.
        let lead = r.ledger.filter { $0.rule == .repeatedParagraph }
        #expect(lead.count == 1)
        #expect(lead.first?.text.hasSuffix("said Tuesday") == true)
        // Both copies of the headline go.
        #expect(r.ledger.filter { $0.rule == .headline }.count == 2)
        #expect(r.warnings == [])
    }
}

@Suite struct CleanerTests {
    /// The paragraph is longer than 40 words, or followed by a footer line: a document whose
    /// last block is a headline candidate crashes `TitleStage` (see the report).
    @Test func oneParagraphArticleSurvives() throws {
        let r = try clean([
            "date 2021-03-29 The Daily Ledger",
            "Frost warning for the valley tonight",
            "By Jane Roe",
            Prose.frostLong,
        ])
        #expect(r.article.body == [Prose.frostLong])
        #expect(r.article.title == "Frost warning for the valley tonight")
        #expect(r.article.authors == ["Jane Roe"])
        #expect(r.article.date == "2021-03-29")
        #expect(r.article.site == "The Daily Ledger")
    }

    @Test func oneShortParagraphBeforeTheFooterSurvives() throws {
        let r = try clean([
            "date 2021-03-29 The Daily Ledger",
            "Frost warning for the valley tonight",
            "By Jane Roe",
            Prose.frost,
            "© 2021 The Daily Ledger. All rights reserved.",
        ])
        #expect(r.article.body == [Prose.frost])
        #expect(r.article.title == "Frost warning for the valley tonight")
    }

    @Test func shortOneSentenceParagraphIsKept() throws {
        let r = try clean([
            "date 2021-03-04 The Daily Ledger",
            "Harbour workers walk out over pay",
            "By Jane Roe",
            Prose.harbour[0],
            "Nobody was hurt.",
            Prose.harbour[1],
            Prose.harbour[2],
        ])
        #expect(r.article.body == [Prose.harbour[0], "Nobody was hurt.", Prose.harbour[1], Prose.harbour[2]])
    }

    @Test func subHeadingInsideTheArticleIsKept() throws {
        let r = try clean([
            "date 2021-03-04 The Daily Ledger",
            "Harbour workers walk out over pay",
            "By Jane Roe",
            Prose.harbour[0],
            Prose.harbour[1],
            "What happens next",
            Prose.harbour[2],
            Prose.harbour[3],
        ])
        #expect(r.article.body == [Prose.harbour[0], Prose.harbour[1], "What happens next", Prose.harbour[2], Prose.harbour[3]])
    }

    @Test func menuAboveTheArticleIsRemoved() throws {
        let menu = ["Home", "News", "Sport", "Business", "Culture", "Opinion", "Weather"]
        let r = try clean(
            ["date 2021-03-04 The Daily Ledger"] + menu + [
                "Harbour workers walk out over pay",
                "By Jane Roe",
            ] + Prose.harbour)
        #expect(r.article.body == Prose.harbour)
        #expect(r.article.title == "Harbour workers walk out over pay")
        for item in menu {
            let entry = r.ledger.first { $0.text == item }
            #expect(entry != nil, "\(item) not in the ledger")
            #expect(entry.map { [RuleID.navigation, .outsideContent].contains($0.rule) } == true, "\(item): \(String(describing: entry?.rule))")
        }
    }

    @Test func commentsAfterTheirHeaderAreRemoved() throws {
        let r = try clean(
            [
                "date 2021-03-04 The Daily Ledger",
                "Harbour workers walk out over pay",
                "By Jane Roe",
            ] + Prose.harbour + [
                "12 Comments",
                "harbourwatcher says:",
                "March 4, 2021 at 10:12 am",
                "This is outrageous, the council should have acted years ago and everyone in this town knows it perfectly well.",
                "Reply",
                "Mark Bellamy says:",
                "March 4, 2021 at 11:40 am",
                "I completely agree with the previous commenter about the harbour pay dispute, it has gone on for far too long now.",
                "Reply",
            ])
        #expect(r.article.body == Prose.harbour)
    }

    @Test func liveBlogKeepsItsEntries() throws {
        let entries = [
            "Officials said the ferry to Long Island would not run again until Sunday afternoon at the earliest.",
            "Snow is falling at two inches an hour in parts of the county, the National Weather Service said on Saturday.",
            "Power outages have reached 12,000 homes, according to the utility, which has crews on standby across the region.",
            "Schools in three districts announced that they would stay closed on Monday as crews work to clear the roads.",
        ]
        let r = try clean([
            "date 2021-02-13 Harbor Gazette",
            "Nor'easter live: snow totals climb along the coast",
            "Live",
            "Refresh",
            "10:42", entries[0],
            "10:15", entries[1],
            "9:58", entries[2],
            "9:30", entries[3],
        ])
        #expect(r.article.body == entries)
        #expect(r.article.title == "Nor'easter live: snow totals climb along the coast")
        #expect(r.article.date?.hasPrefix("2021-02-13") == true)
        #expect(r.ledger.filter { $0.rule == .timestamp }.count == 4)
    }

    @Test(arguments: ["By Reuters", "By The Associated Press", "AFP"])
    func agencyOnlyBylineGivesNoAuthors(byline: String) throws {
        let r = try clean(
            [
                "date 2021-03-04 The Daily Ledger",
                "Harbour workers walk out over pay",
                byline,
            ] + Prose.harbour)
        #expect(r.article.authors == [])
        #expect(r.article.body == Prose.harbour)
        #expect(r.ledger.contains { $0.text == byline })
    }

    @Test func twoAuthors() throws {
        let r = try clean(
            [
                "date 2021-03-04 The Daily Ledger",
                "Harbour workers walk out over pay",
                "By Jane Roe and John Doe",
                "March 4, 2021",
            ] + Prose.harbour)
        #expect(r.article.authors == ["Jane Roe", "John Doe"])
        #expect(r.article.date == "2021-03-04")
        #expect(r.article.body == Prose.harbour)
    }

    @Test func siteFromTheCopyrightLineWithoutCrawlerHeader() throws {
        let r = try clean(
            [
                "Harbour workers walk out over pay",
                "By Jane Roe",
                "March 4, 2021",
            ] + Prose.harbour + [
                "© 2021 The Daily Ledger. All rights reserved."
            ])
        #expect(r.article.site == "The Daily Ledger")
        #expect(r.article.date == "2021-03-04")
        #expect(r.article.authors == ["Jane Roe"])
        #expect(r.article.body == Prose.harbour)
        #expect(r.ledger.contains { $0.rule == .copyright })
        #expect(!r.ledger.contains { $0.rule == .crawlerHeader })
    }

    @Test func siteFromTheMasthead() throws {
        let r = try clean(
            [
                "The Daily Ledger",
                "Home",
                "News",
                "Sport",
                "Harbour workers walk out over pay",
                "By Jane Roe",
            ] + Prose.harbour + [
                "© 2021 The Daily Ledger Company. All rights reserved."
            ])
        #expect(r.article.site == "The Daily Ledger")
        #expect(r.ledger.first { $0.text == "The Daily Ledger" }?.rule == .siteName)
        #expect(r.article.body == Prose.harbour)
    }

    @Test func headlineWithSiteSuffixGoesToTitle() throws {
        let r = try clean(
            [
                "date 2021-03-04 The Daily Ledger",
                "Harbour workers walk out over pay | The Daily Ledger",
                "Harbour workers walk out over pay",
                "By Jane Roe",
            ] + Prose.harbour)
        #expect(r.article.title == "Harbour workers walk out over pay")
        #expect(r.article.body == Prose.harbour)
    }

    @Test func boilerplateAroundTheArticleIsRemoved() throws {
        let r = try clean(
            [
                "date 2021-03-04 The Daily Ledger",
                "Harbour workers walk out over pay",
                "By Jane Roe",
                "Share on Facebook",
                "Tweet",
            ] + Prose.harbour[0...1] + [
                "Advertisement"
            ] + Prose.harbour[2...3] + [
                "Sign up for our newsletter",
                "Related Articles",
                "Council approves budget for new library",
                "River rescue praised by coastguard",
            ])
        #expect(r.article.body == Prose.harbour)
        let rules = Dictionary(r.ledger.map { ($0.text, $0.rule) }, uniquingKeysWith: { a, _ in a })
        #expect(rules["Share on Facebook"] == .share)
        #expect(rules["Advertisement"] == .advertisement)
        #expect(rules["Sign up for our newsletter"] == .newsletter)
        #expect(rules["Related Articles"] == .related)
    }

    @Test func relativeBylineStampResolvesAgainstTheCrawlDate() throws {
        let r = try clean(
            [
                "date 2021-03-04 The Daily Ledger",
                "Harbour workers walk out over pay",
                "By Jane Roe",
                "yesterday",
            ] + Prose.harbour)
        #expect(r.article.date == "2021-03-03")
    }

    @Test func publicationDateBeatsUpdate() throws {
        let r = try clean(
            [
                "date 2021-03-08 The Daily Ledger",
                "Harbour workers walk out over pay",
                "By Jane Roe",
                "Updated: March 6, 2021 at 9:15 am",
                "Published: March 4, 2021 at 8:00 am",
            ] + Prose.harbour)
        #expect(r.article.date == "2021-03-04T08:00")
    }
}

/// Regressions found while writing the suites: each input once crashed or lost article text.
@Suite struct CleanerRegressionTests {
    @Test func headlineAsLastCandidateDoesNotCrash() throws {
        let r = try Cleaner.cleanText(Array("Harbour workers walk out over pay\n\nThe strike began on Thursday morning.".utf8))
        #expect(r.article.body == ["The strike began on Thursday morning."])
    }

    @Test(arguments: [
        "The regulator said the site had used tracking cookies without consent, a breach of privacy law.",
        "The band sued the label for copyright infringement over the riff.",
        "The council weighed options (a), (b) and (c) before voting.",
        "The company sends a weekly newsletter to 40,000 customers.",
        "Readers can subscribe for 5 euros a month, the publisher said.",
        "Follow-up talks are planned for December.",
    ])
    func newsSentencesAreNotBoilerplate(sentence: String) {
        #expect(BoilerplatePatterns.match(text: sentence, shape: LineShape(sentence), key: LineKey(sentence)) == nil)
    }

    @Test(arguments: ["Follow the money", "Latest developments"])
    func subheadingsAreNotBoilerplate(line: String) {
        #expect(BoilerplatePatterns.match(text: line, shape: LineShape(line), key: LineKey(line)) == nil)
    }

    @Test func counterWithThousandsSuffix() {
        let line = "1.2k views"
        #expect(BoilerplatePatterns.match(text: line, shape: LineShape(line), key: LineKey(line)) == .counter)
    }

    @Test func wireCreditLine() {
        let line = "Reporting by Jane Roe; Editing by John Doe"
        #expect(BoilerplatePatterns.match(text: line, shape: LineShape(line), key: LineKey(line)) == .credit)
    }

    @Test func impossibleDayHasNoISOForm() {
        #expect(DateStamp(year: 2020, month: 2, day: 30).iso(crawl: nil) == nil)
        #expect(DateStamp(year: 2020, month: 2, day: 29).iso(crawl: nil) == "2020-02-29")
    }
}

@Suite struct TemplateMatcherTests {
    static let dump = [
        "Council Approves Budget",
        "The council approved the budget on Tuesday after a long debate about library hours.",
        "Harwick Evening Digest 12",
        "Officials said the three branches would close in June unless donors stepped in.",
    ].joined(separator: "\n\n")

    @Test func knownTemplateLinesLeaveWithTheirOwnRuleIDAfterTheRules() throws {
        // Digits fold: the profile learned "… 99", the page says "… 12".
        let template = TemplateMatcher(lines: ["Harwick Evening Digest 99", "Council Approves Budget"])
        let r = try Cleaner.cleanText(Array(Self.dump.utf8), profiles: template)
        #expect(r.ledger.contains { $0.rule == .profile && $0.text == "Harwick Evening Digest 12" })
        // The headline is the title rule's before any profile sees it.
        #expect(r.ledger.first { $0.text == "Council Approves Budget" }?.rule == .headline)
        #expect(r.article.title == "Council Approves Budget")
        #expect(r.article.body?.count == 2)
        let without = try Cleaner.cleanText(Array(Self.dump.utf8))
        #expect(!without.ledger.contains { $0.rule == .profile })
        #expect(without.article.body?.contains("Harwick Evening Digest 12") == true)
    }
}

/// The closing author bio: where it fires and where it must not.
@Suite struct AuthorBioTests {
    static func shape(_ s: String) -> LineShape { LineShape(s) }

    @Test(arguments: [
        "Jeff Foust (jeff@example.com) is the editor and publisher of The Space Review, and a senior staff writer.",
        "Jane Roe is a senior reporter covering transport and city hall for the Evening Ledger.",
        "Anna Müller ist Redakteurin im Lokalressort und schreibt über Verkehr und Wohnen.",
    ])
    func closingBiosAreRecognised(text: String) {
        #expect(AuthorBioStage.isBio(text, shape: Self.shape(text)))
    }

    @Test(arguments: [
        "Jane Roe is a nurse who has worked at the hospital for ten years, she said on Tuesday.",
        "The editor of the paper said the council is a reporter's dream, full of stories.",
        "Mayor Tom Hale is the city's first mayor to win three terms.",
    ])
    func newsAboutPeopleIsNot(text: String) {
        #expect(!AuthorBioStage.isBio(text, shape: Self.shape(text)))
    }

    @Test func onlyTheLastParagraphsAreLookedAt() throws {
        let bio = "Jane Roe is a senior reporter covering transport and city hall for the Evening Ledger."
        let dump = [
            "Council Approves Budget", "By Jane Roe",
            "The council approved the budget on Tuesday after a long debate about library hours and opening times.",
            bio,
            "Officials said the three branches would close in June unless donors stepped in with new money soon.",
            "The mayor said the vote was a turning point for the city and its libraries, and thanked the staff.",
            "A final vote on the library plan is expected next month, after a public consultation on the hours.",
        ].joined(separator: "\n\n")
        let r = try Cleaner.cleanText(Array(dump.utf8))
        #expect(r.article.body?.contains(bio) == true, "a bio-like line in the middle of the text is left alone")
        let closingBio = "John Doe is a staff writer who covers education and the county courts."
        let closing = try Cleaner.cleanText(Array((dump + "\n\n" + closingBio).utf8))
        #expect(closing.ledger.contains { $0.rule == .authorBio && $0.text == closingBio })
    }
}
