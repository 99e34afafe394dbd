/// A stable rule identifier as it appears in ledgers, reports and golden reviews.
/// Ids never change meaning once published: users grep for them.
///
/// An enum, not a struct round a string: every block's verdict is one, and stages compare
/// them on every line; an enum copies and compares as one byte, with no reference counting.
public enum RuleID: String, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case crawlerHeader = "header.crawler"
    case siteName = "site.name"
    case navigation = "nav.menu"
    case timestamp = "time.stamp"
    case byline = "byline"
    case headline = "title.duplicate"
    case repeatedParagraph = "lead.repeat"
    case share = "share"
    case follow = "follow"
    case related = "related"
    case readMore = "readmore"
    case newsletter = "newsletter"
    case cookie = "cookie"
    case advertisement = "ad"
    case copyright = "copyright"
    case counter = "counter"
    case credit = "credit"
    case paywall = "paywall"
    case comments = "comments"
    case tags = "tags"
    case outsideContent = "region.outside"
    case afterContent = "region.after"
    case markup = "markup.boilerplate"
    case profile = "profile.template"
    case authorBio = "author.bio"

    public var description: String { rawValue }
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}

/// What each rule id means, for `winnow rules`, the README and reviewers.
public enum RuleCatalog {
    public static let all: [(id: RuleID, summary: String)] = [
        (.crawlerHeader, "crawler header line `date YYYY-MM-DD Site`: gives date and site, never body"),
        (.siteName, "a line that is only the site's name (masthead, logo text)"),
        (.navigation, "menus and section lists: runs of short lines without sentence punctuation"),
        (.timestamp, "a line that is only a date or time, absolute or relative, in any supported language"),
        (.byline, "a byline: its people go to `authors`, its date to `date`"),
        (.headline, "the headline and its near copies (including `Title | Site` lines): goes to `title`"),
        (.repeatedParagraph, "a paragraph seen again (teaser copy of the lead, pull quote): kept once"),
        (.share, "share bars and buttons (Share, Tweet, WhatsApp, E-mail, Print)"),
        (.follow, "follow-us and social-profile prompts"),
        (.related, "related, recommended, most-read and more-from lists and their headers"),
        (.readMore, "in-article 'Read more: …' / 'Lire aussi' links to other articles"),
        (.newsletter, "newsletter, subscription and app-download prompts"),
        (.cookie, "cookie and consent notices"),
        (.advertisement, "advertisement and sponsored-content labels"),
        (.copyright, "copyright, all-rights-reserved and legal footer lines"),
        (.counter, "counters: '3 likes', '12 comments', '5 min read', view counts"),
        (.credit, "photo and video credits and captions ('Photo: AFP'), 'Reporting by …' credit lines"),
        (.paywall, "paywall prompts ('Subscribe to continue reading', 'Article réservé aux abonnés')"),
        (.comments, "the comment section and its form, from its header on"),
        (.tags, "tag and topic lists ('Tags: …')"),
        (.outsideContent, "before the article's main text region (site chrome above the article)"),
        (.afterContent, "after the article's main text region (footers, teasers below the article)"),
        (.markup, "HTML only: inside markup marked as navigation, footer, aside, share or hidden"),
        (.profile, "a line learned as template of its site (`--profiles`)"),
        (.authorBio, "an author bio closing the article ('Jane Roe is a senior reporter covering transport.')"),
    ]
}
