import Testing
import WinnowCore

@testable import WinnowHTML

/// Related-links and comment headers inside the container the markup chose as the article:
/// what they take with them (`RegionStage.markupSections`), and what they must leave alone.
@Suite struct MarkupSectionTests {
    static func sentence(_ k: Int) -> String {
        "Paragraph \(k) of the report says the council, after a long meeting on Tuesday, agreed on the plan for the harbour."
    }

    static func paragraphs(_ r: ClosedRange<Int>) -> String { r.map { "<p>\(sentence($0))</p>" }.joined() }

    static func clean(_ story: String) throws -> CleanResult {
        try HTMLExtractor.clean(Array("<html><body><h1>Harbour Plan Agreed</h1><div class='story'>\(story)</div></body></html>".utf8))
    }

    @Test func aHeaderThatOpensABoxTakesTheBoxAndOnlyIt() throws {
        let box =
            "<div class='box'><h3>Most read</h3>"
            + (1...3).map { "<div><a href='/s\($0)'>Teaser headline number \($0) about something else</a></div>" }.joined() + "</div>"
        let r = try Self.clean(Self.paragraphs(1...4) + box + Self.paragraphs(5...6))
        #expect(r.article.body == (1...6).map(Self.sentence))
        #expect(r.ledger.contains { $0.rule == .related && $0.text.hasPrefix("Teaser headline number 2") })
    }

    @Test func withoutABoxTheLinksBelowTheHeaderGoAndTheArticleGoesOn() throws {
        let links =
            "<p><strong>DON'T MISS</strong></p><p><a href='/a'>First other story in a link</a><br><a href='/b'>Second other story in a link</a></p>"
        let r = try Self.clean(Self.paragraphs(1...4) + links + Self.paragraphs(5...6))
        #expect(r.article.body == (1...6).map(Self.sentence))
        #expect(r.ledger.contains { $0.rule == .related && $0.text == "Second other story in a link" })
    }

    @Test func withNoProseBelowAndMostOfTheArticleAboveTheRestGoes() throws {
        let tail =
            "<p>More stories</p><p><a href='/a'>First other story in a link</a></p><p><a href='/b'>Second other story in a link</a></p><p>Sponsored</p>"
        let r = try Self.clean(Self.paragraphs(1...6) + tail)
        #expect(r.article.body == (1...6).map(Self.sentence))
        #expect(r.ledger.contains { $0.text == "Sponsored" })
    }

    @Test func aHeaderWithProseBelowAndNoBoxTakesNoParagraph() throws {
        // "Related" high in the text, no box, no links below it: only the header line goes.
        let r = try Self.clean(Self.paragraphs(1...1) + "<p>Related</p>" + Self.paragraphs(2...6))
        #expect(r.article.body == (1...6).map(Self.sentence))
    }
}
