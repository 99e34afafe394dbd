import Testing
import WinnowCore

@testable import WinnowHTML

/// The HTML front end on small pages written for each behaviour: what becomes a block, which
/// markup features it carries, what metadata wins, and what hostile input does.
@Suite struct HTMLFrontEndTests {
    static func page(_ html: String) -> Page {
        HTMLPageReader.read(HTMLCharset.prepare(Array(html.utf8)))!
    }

    static func clean(_ html: String) throws -> CleanResult { try HTMLExtractor.clean(Array(html.utf8)) }

    static let article = """
        <!doctype html><html><head><title>Council Approves Budget | Harbor Gazette</title>
        <meta property="og:site_name" content="Harbor Gazette">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council Approves Budget",
        "datePublished":"2024-03-05T14:30:00+01:00","author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Organization","name":"Harbor Wire"}],
        "publisher":{"@type":"Organization","name":"Harbor Gazette"}}</script>
        <style>p { color: red }</style></head>
        <body class="home nav-open share-enabled">
        <nav class="main-menu"><ul><li><a href="/">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="share-bar"><a>Facebook</a> <a>Twitter</a></div>
        <article><h1>Council Approves Budget</h1>
        <p class="byline">By Jane Roe</p>
        <p>The council approved the budget on Tuesday after a long debate about library hours.</p>
        <p>Officials said the three branches would close in June unless donors stepped in.<br>A second line after a break.</p>
        <div style="display: none">Hidden text that no reader sees.</div>
        <ul><li>First listed item of the plan.</li><li>Second listed item of the plan.</li></ul>
        </article>
        <footer class="site-footer"><p>© 2024 Harbor Gazette. All rights reserved.</p></footer>
        <script>var analytics = "never body";</script>
        </body></html>
        """

    @Test func blocksCarryTheirMarkupFeatures() {
        let blocks = Self.page(Self.article).blocks
        let byText = Dictionary(blocks.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["News"]?.markupHints.contains(.navigation) == true)
        #expect(byText["News"]?.linkDensity == 1)
        #expect(byText["Council Approves Budget"]?.isMainHeading == true)
        let lead = byText["The council approved the budget on Tuesday after a long debate about library hours."]
        #expect(lead?.kind == .paragraph)
        #expect(lead?.inArticleContainer == true)
        #expect(lead?.markupHints.isEmpty == true, "classes on <body> describe the page, not a part of it")
        #expect(byText["A second line after a break."] != nil, "<br> ends a run of text")
        #expect(byText["Hidden text that no reader sees."]?.markupHints.contains(.hidden) == true)
        #expect(byText["First listed item of the plan."]?.kind == .listItem)
        #expect(!blocks.contains { $0.text.contains("analytics") || $0.text.contains("color") }, "scripts and styles are not text")
    }

    @Test func cleansEndToEndWithMetadataFromStructuredData() throws {
        let r = try Self.clean(Self.article)
        #expect(r.article.title == "Council Approves Budget")
        #expect(r.article.site == "Harbor Gazette")
        #expect(r.article.date == "2024-03-05T14:30:00+01:00")
        #expect(r.article.authors == ["Jane Roe"], "organisations are not people")
        #expect(
            r.article.body == [
                "The council approved the budget on Tuesday after a long debate about library hours.",
                "Officials said the three branches would close in June unless donors stepped in.", "A second line after a break.",
                "First listed item of the plan.", "Second listed item of the plan.",
            ])
        #expect(r.ledger.contains { $0.rule == .markup && $0.text == "Facebook Twitter" })
    }

    @Test func emptyElementsCloseTheirScope() {
        // An empty element must not leave its features on what follows it.
        let p = Self.page("<body><div class='advert'></div><p>Plain paragraph text after an empty ad slot.</p></body>")
        #expect(p.blocks.first?.markupHints.isEmpty == true)
    }

    @Test func hintsOnAWrapperOfMostOfThePageDoNotCount() {
        let para = "Officials said the three branches would close in June unless donors stepped in with money."
        let html = """
            <body><div class="content-with-sidebar page-ad-margins">
            <div class="story"><p>\(para)</p><p>\(para) Again.</p><p>\(para) Once more.</p></div>
            <div class="sidebar"><p>Most read this week</p></div>
            </div></body>
            """
        let blocks = Self.page(html).blocks
        #expect(blocks.first?.markupHints.isEmpty == true, "a wrapper holding most of the text is not an aside or an ad")
        #expect(blocks.last?.markupHints.contains(.aside) == true, "the real sidebar still is")
    }

    static func sentence(_ k: Int) -> String {
        "Paragraph \(k) of the story says that officials, after a long meeting, agreed on the plan for the harbour."
    }

    @Test func theMainTextIsTheDensestContainerNotATeaserStream() throws {
        let story = (1...6).map { "<p>\(Self.sentence($0))</p>" }.joined()
        let teasers = (1...8).map { k in
            "<div class='card'><a href='/x\(k)'>Other headline \(k)</a><p>\(Self.sentence(100 + k))</p></div>"
        }.joined()
        let html = "<body><h1>Harbour Plan Agreed</h1><div class='story'>\(story)</div><div class='stream'>\(teasers)</div></body>"
        let r = try Self.clean(html)
        #expect(r.article.body == (1...6).map(Self.sentence))
        #expect(r.ledger.contains { $0.rule == .afterContent && $0.text == Self.sentence(101) })
    }

    @Test func liveBlogEntriesInTheirOwnBoxesAreAllKept() throws {
        let entries = (1...5).map { k in
            "<article class='entry'><time datetime='2024-05-03T1\(k):00'>1\(k):00</time><div class='entry-body'><p>\(Self.sentence(k))</p>"
                + (k == 2 ? "<p>\(Self.sentence(20))</p>" : "") + "</div></article>"
        }.joined()
        let r = try Self.clean("<body><h1>Harbour Plan Agreed</h1><div class='entries'><div class='list'>\(entries)</div></div></body>")
        #expect(r.article.body?.count == 6)
    }

    @Test func aLongCommentThreadIsNotTheMainText() throws {
        let story = (1...3).map { "<p>\(Self.sentence($0))</p>" }.joined()
        let comments = (1...12).map { "<p>I agree, mostly, but the council, as usual, ignored the ferry users, again and again \($0).</p>" }.joined()
        let html =
            "<body><h1>Harbour Plan Agreed</h1><div class='story'>\(story)</div><div class='comments-area'><div class='thread'>\(comments)</div></div></body>"
        let r = try Self.clean(html)
        #expect(r.article.body == (1...3).map(Self.sentence))
    }

    @Test func anArticleSplitIntoSectionsIsKeptWhole() throws {
        let sections = stride(from: 1, to: 13, by: 4).map { start in
            "<div class='column'><div class='inner'>" + (start..<(start + 4)).map { "<p>\(Self.sentence($0))</p>" }.joined() + "</div></div>"
        }.joined()
        let r = try Self.clean(
            "<body><article><h1>Harbour Plan Agreed</h1><section>\(sections)</section></article><footer><p>Contact us</p></footer></body>")
        #expect(r.article.body == (1...12).map(Self.sentence))
    }

    @Test func longClassListsAreFlagsNotDescriptions() {
        let flags = (1...20).map { "f_share_\($0)_on" }.joined(separator: " ")
        let p = Self.page("<body><div class='\(flags)'><p>Article text inside a flag-laden wrapper.</p></div></body>")
        #expect(p.blocks.first?.markupHints.isEmpty == true)
    }

    @Test(arguments: [
        (
            "<meta charset=\"windows-1252\">",
            [UInt8]("<html><head><meta charset=\"windows-1252\"></head><body><p>caf".utf8) + [0xE9] + Array(" cr\u{E8}me</p></body></html>".utf8)
        )
    ])
    func declaredLatinPagesAreTranscoded(label: String, bytes: [UInt8]) throws {
        _ = label
        let p = HTMLPageReader.read(HTMLCharset.prepare(bytes))!
        #expect(p.blocks.first?.text.hasPrefix("café") == true)
    }

    @Test func charsetDeclarations() {
        #expect(HTMLCharset.declared(Array("<meta charset=\"Shift_JIS\">".utf8)) == "shift_jis")
        #expect(HTMLCharset.declared(Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">".utf8)) == "gbk")
        #expect(HTMLCharset.declared(Array("<p>no declaration</p>".utf8)) == nil)
    }

    @Test func deepNestingIsReadWholeWithoutRecursion() throws {
        // libxml2's tree stops at 256 levels and drops the rest (STYLE.md); the SAX pass has no
        // such limit and the walker keeps its own stack.
        let deep =
            String(repeating: "<div>", count: 10_000) + "<p>\(Self.sentence(1))</p>" + String(repeating: "</div>", count: 10_000)
            + "<p>\(Self.sentence(2))</p>"
        let r = try Self.clean("<html><body><h1>Harbour Plan Agreed</h1>" + deep + "</body></html>")
        #expect(r.article.body == [Self.sentence(1), Self.sentence(2)])
        #expect(!r.warnings.contains { $0.hasPrefix("partial") })
    }

    @Test func hostileAndEmptyInputGiveClearProblems() {
        #expect(throws: InputProblem.empty) { try HTMLExtractor.clean([]) }
        #expect(throws: InputProblem.self) { try HTMLExtractor.clean([0, 1, 2, 3, 0, 0, 7, 8] + [UInt8](repeating: 0, count: 100)) }
        // Entity references and a DTD are never fetched or expanded into text.
        let xxe = "<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/evil.dtd\"><html><body><p>Plain text &ext; stays plain text here.</p></body></html>"
        #expect((try? Self.clean(xxe)) != nil)
        // Truncated and misnested markup is recovered.
        #expect((try? Self.clean("<html><body><p>Unclosed <b>bold <i>both</b> text that goes on and on")) != nil)
    }

    @Test func attributeBombsAreBoundedBeforeLibxml2() throws {
        // libxml2 2.9.14 takes quadratic time on many distinct attributes in one tag (STYLE.md).
        let attrs = (0..<100_000).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
        let html = "<html><body><div \(attrs)><p>Text after the bomb is still read as a paragraph.</p></div></body></html>"
        let r = try Self.clean(html)
        #expect(r.warnings.contains { $0.contains("attributes cut") })
        #expect(r.article.body == ["Text after the bomb is still read as a paragraph."])
    }

    @Test func attributeGuardKeepsWhatTheWalkerReadsAndDropsTheRest() {
        let html = Array("<a href=\"/x?a=1&b=2\" title='1 > 0' class=\"c\">link</a> <img src=x alt=\"\"><div hidden data-x=1 ROLE=main>t</div>".utf8)
        let out = HTMLGuard.guarded(html)
        #expect(out.cutTags == 0)
        // A ">" inside a quoted value does not end the tag; bare and upper-case names are read.
        #expect(String(decoding: out.bytes, as: UTF8.self) == "<a   class=\"c\">link</a> <img  ><div hidden  ROLE=main>t</div>")
        // Text, end tags and tags with nothing to drop come through byte for byte.
        let plain = Array("<p class=\"lead\" id=x>Plain &amp; simple</p><br/>".utf8)
        #expect(HTMLGuard.guarded(plain).bytes == plain)
    }

    @Test func scriptAndStyleBodiesAndCommentsAreDroppedBeforeLibxml2() {
        let html =
            "<head><script src=a.js></script><script>var s = \"<p>not text</p>\"; if (a<b) {}</SCRIPT>"
            + "<script type=\"application/ld+json\">{\"headline\": \"Kept\"}</script><style>p > a { color: red }</style></head>"
            + "<body><!-- <p>hidden</p> --><p>Text</p><textarea><b>kept</b></textarea></body>"
        let out = String(decoding: HTMLGuard.guarded(Array(html.utf8)).bytes, as: UTF8.self)
        #expect(
            out == "<head><script ></script><script></SCRIPT>"
                + "<script type=\"application/ld+json\">{\"headline\": \"Kept\"}</script><style></style></head>"
                + "<body><p>Text</p><textarea><b>kept</b></textarea></body>")
        // An unclosed script runs to the end of the page, as libxml2 reads it.
        #expect(String(decoding: HTMLGuard.guarded(Array("<p>a</p><script>x = 1; <p>b</p>".utf8)).bytes, as: UTF8.self) == "<p>a</p><script>")
    }

    @Test func nulBytesDoNotEndThePage() throws {
        let bytes =
            Array("<html><body><h1>Harbour Plan Agreed</h1><p>\(Self.sentence(1))</p>".utf8) + [0]
            + Array("<p>\(Self.sentence(2))</p></body></html>".utf8)
        let r = try HTMLExtractor.clean(bytes)
        #expect(r.article.body == [Self.sentence(1), Self.sentence(2)])
        #expect(r.warnings.contains("1 NUL byte(s) removed"))
    }

    @Test func aTextRunPastLibxml2sTreeLimitIsReadWhole() throws {
        // A tree cuts text nodes at 10,000,000 bytes (STYLE.md); SAX hands the text over in chunks.
        let html = "<html><body><p>" + String(repeating: "word ", count: 2_100_000) + "</p></body></html>"
        let page = try #require(HTMLPageReader.read(HTMLCharset.prepare(Array(html.utf8))))
        #expect(page.blocks.map { $0.text.utf8.count } == [2_100_000 * 5 - 1])
    }

    @Test func isoDatesKeepTheirPrecision() {
        #expect(PageMetadata.normalisedDate("2019-11-19T08:03:00.000-05:00") == "2019-11-19T08:03:00-05:00")
        #expect(PageMetadata.normalisedDate("2019-11-19T08:03:00Z") == "2019-11-19T08:03:00Z")
        #expect(PageMetadata.normalisedDate("2019-11-19T08:03+0100") == "2019-11-19T08:03+01:00")
        #expect(PageMetadata.normalisedDate("2019-11-19") == "2019-11-19")
        #expect(PageMetadata.normalisedDate("10 November 2020") == "2020-11-10")
    }

    @Test func titleSuffixAndClassWords() {
        #expect(PageMetadata.withoutSiteSuffix("Council Approves Budget | Harbor Gazette", site: "Harbor Gazette") == "Council Approves Budget")
        #expect(PageMetadata.withoutSiteSuffix("Council Approves Budget - Again", site: "Harbor Gazette") == "Council Approves Budget - Again")
        let hints = "mainNav site-footer share_bar".withCString {
            $0.withMemoryRebound(to: UInt8.self, capacity: 40) { HTMLTags.hints(fromClassOrID: $0) }
        }
        #expect(hints.isSuperset(of: [.navigation, .footer, .share]))
        let none = "content loading headline".withCString { $0.withMemoryRebound(to: UInt8.self, capacity: 40) { HTMLTags.hints(fromClassOrID: $0) } }
        #expect(none.isEmpty, "'loading' and 'headline' start with no hint word")
    }

    @Test(
        arguments: [
            ("page-block and-w-sidebar", MarkupHints()), ("layout--with-sidebar", []), ("hasComments", []), ("no-ads story", []),
            ("with-sidebar sidebar", .aside), ("sidebar-with-ads", .aside), ("article-comments", .comment),
            ("social-media-embed", []), ("embedded-social-post share-tools", .share), ("social-share", .share),
        ] as [(String, MarkupHints)])
    func layoutModifiersAndEmbedsNameNoPart(classes: String, expected: MarkupHints) {
        let hints = classes.withCString {
            $0.withMemoryRebound(to: UInt8.self, capacity: classes.utf8.count + 1) { HTMLTags.hints(fromClassOrID: $0) }
        }
        #expect(hints == expected)
    }
}
