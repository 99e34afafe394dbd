/// A stable rule identifier as it appears in ledgers, reports and golden reviews.
/// Ids never change meaning once published: users grep for them.
public struct RuleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}

extension RuleID {
    public static let crawlerHeader = RuleID("header.crawler")
    public static let siteName = RuleID("site.name")
    public static let navigation = RuleID("nav.menu")
    public static let timestamp = RuleID("time.stamp")
    public static let byline = RuleID("byline")
    public static let headline = RuleID("title.duplicate")
    public static let repeatedParagraph = RuleID("lead.repeat")
    public static let share = RuleID("share")
    public static let follow = RuleID("follow")
    public static let related = RuleID("related")
    public static let readMore = RuleID("readmore")
    public static let newsletter = RuleID("newsletter")
    public static let cookie = RuleID("cookie")
    public static let advertisement = RuleID("ad")
    public static let copyright = RuleID("copyright")
    public static let counter = RuleID("counter")
    public static let credit = RuleID("credit")
    public static let paywall = RuleID("paywall")
    public static let comments = RuleID("comments")
    public static let tags = RuleID("tags")
    public static let outsideContent = RuleID("region.outside")
    public static let afterContent = RuleID("region.after")
    public static let markup = RuleID("markup.boilerplate")
    public static let profile = RuleID("profile.template")
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
    ]
}
