import Testing

@testable import WinnowCore
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

/// Linked headlines with excerpts cut short: a teaser stream wherever it stands
/// (`MarkupStage.removeTeasers`).
@Suite struct TeaserStreamTests {
    static func teaser(_ k: Int) -> String {
        "<li><a href='/t\(k)'>Other headline number \(k)</a> <span>WASHINGTON: The excerpt of the other story \(k) stops in the middle...</span></li>"
    }

    @Test func twoOrMoreCutShortExcerptsUnderLinksGo() throws {
        let html = "<ul class='ticker'>" + (1...4).map(Self.teaser).joined() + "</ul>" + MarkupSectionTests.paragraphs(1...5)
        let r = try MarkupSectionTests.clean(html)
        #expect(r.article.body == (1...5).map(MarkupSectionTests.sentence))
        #expect(r.ledger.contains { $0.rule == .related && $0.text.hasPrefix("Other headline number 3") })
    }

    @Test func oneSuchBlockOrATrailingOffParagraphStays() throws {
        // A single linked line that trails off is not a stream; prose that trails off has no link.
        let linked = "<p>As <a href='/x'>the mayor put it last week</a>, the harbour plan is only the start of it...</p>"
        let trailing = "<p>The mayor paused, looked at the harbour, and said the plan was only the start of it...</p>"
        let r = try MarkupSectionTests.clean(MarkupSectionTests.paragraphs(1...3) + linked + trailing + MarkupSectionTests.paragraphs(4...5))
        #expect(r.article.body?.contains("As the mayor put it last week, the harbour plan is only the start of it...") == true)
        #expect(r.article.body?.contains("The mayor paused, looked at the harbour, and said the plan was only the start of it...") == true)
    }

    @Test(arguments: [("a plan…", true), ("a plan ...", true), ("a plan [...]", true), ("a plan (…)", true), ("a plan.", false), ("a plan", false)])
    func cutShortEndings(text: String, expected: Bool) { #expect(MarkupStage.endsCutShort(text) == expected) }
}

/// Hidden inline elements inside a paragraph give back their text (`PageWalker.end`).
@Suite struct HiddenInlineTests {
    static func blocks(_ html: String) -> [String] {
        HTMLPageReader.read(HTMLCharset.prepare(Array(html.utf8)))!.blocks.map(\.text)
    }

    @Test func aHoverCardInsideASentenceLeavesNoText() {
        let html =
            "<p>He threatened Rep. <span class='rollover-people'><a class='rollover-people-link'>Ilhan Omar</a><span class='rollover-people-block'>"
            + "<a>Ilhan Omar</a><a>Other headline about her</a></span></span> (D-Minn.), prosecutors said.</p>"
            + "<p>A label <span class='sr-only'>opens in a new window</span>stays out.</p>"
        #expect(Self.blocks(html) == ["He threatened Rep. Ilhan Omar (D-Minn.), prosecutors said.", "A label stays out."])
    }

    @Test func aHiddenElementThatHoldsBlocksIsNoInlineDetail() {
        // An unclosed custom element marked hidden swallows the page in libxml2's tree; its
        // blocks stay (hints decide about them), its text is not rolled back.
        let html = "<body><x-icon aria-hidden='true'><p>First paragraph of the story.</p><p>Second paragraph of the story.</p></body>"
        #expect(Self.blocks(html) == ["First paragraph of the story.", "Second paragraph of the story."])
    }
}
