import Testing

@testable import WinnowCore

@Suite struct BylineTests {
    @Test(arguments: [
        ("Faizan Hashmi 2 minutes ago Tue 10th November 2020 | 12:49 PM", ["Faizan Hashmi"]),
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("Von Anna Müller und Jonas Weber", ["Anna Müller", "Jonas Weber"]),
        ("Par Claire Dubois et Marc Lefèvre", ["Claire Dubois", "Marc Lefèvre"]),
        ("Por Lucía Martín Ferrer y Andrés Olmedo", ["Lucía Martín Ferrer", "Andrés Olmedo"]),
        ("di Marco Bellini e Sara Conti", ["Marco Bellini", "Sara Conti"]),
        ("رپورٹ: سعدیہ ملک اور فہد رضا", ["سعدیہ ملک", "فہد رضا"]),
        ("By Reuters", []),
        ("By The Associated Press", []),
        ("Von Julia Stein, dpa", ["Julia Stein"]),
        ("Loïc Guérin avec AFP", ["Loïc Guérin"]),
        ("Posted on June 4, 2021 by Marco Bellini", ["Marco Bellini"]),
        ("By Elena Vasquez, Personal Finance Reporter", ["Elena Vasquez"]),
        ("Martín Echeverría (EFE)", ["Martín Echeverría"]),
    ])
    func readsPeople(line: String, authors: [String]) {
        let b = BylineParser.parse(line, site: nil, requireMarker: false)
        #expect(b?.authors == authors)
    }

    @Test(arguments: [
        "By the end of the day, most of the ferries had stopped running.",
        "Von der Leyen said the plan would be ready by spring.",
        "Share this article",
    ])
    func ignoresSentences(line: String) {
        #expect(BylineParser.parse(line, site: nil) == nil)
    }

    @Test func bylineDateWithTime() {
        let b = BylineParser.parse("Faizan Hashmi 2 minutes ago Tue 10th November 2020 | 12:49 PM", site: "UrduPoint.com")
        #expect(b?.stamp?.iso(crawl: nil) == "2020-11-10T12:49")
    }
}

/// The cheap test before parsing a line without a byline word as bare names.
@Suite struct BylineNamePrefilterTests {
    @Test(arguments: [
        "Jane Roe",
        "Jane Roe and John Doe",
        "Loïc Guérin avec AFP",
        "Jane Roe, Staff Writer for the Evening Ledger Online",
        "Jane Roe 2 minutes ago",
    ])
    func keepsLinesThatMayNameSomeone(text: String) {
        #expect(BylineParser.mayNameSomeone(text, key: LineKey(text)))
    }

    @Test func skipsHeadlinesThatAreOneLongGroup() {
        let headline = "Council Approves Budget After Long Debate Over Library Funding"
        #expect(!BylineParser.mayNameSomeone(headline, key: LineKey(headline)))
        #expect(BylineParser.parse(headline, site: nil, requireMarker: false) == nil)
    }
}
