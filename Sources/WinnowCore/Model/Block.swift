/// The unit rules judge: a line of a text dump, or a block element of an HTML page.
///
/// Both front ends produce this one type, so one rule set serves both. Rules read only the
/// fields here; they never ask which front end made the block.
public struct Block: Sendable, Equatable {
    /// What kind of element the block came from. Text dumps only know `.line`.
    public enum Kind: String, Sendable {
        case line, paragraph, heading, listItem, quote, pre, cell, other
    }

    /// The block's text, whitespace-trimmed, never empty.
    public var text: String
    /// 1-based source line (text dumps) or 1-based block ordinal (HTML).
    public let line: Int
    public var kind: Kind = .line
    /// Share of the block's characters inside links, 0...1. Text dumps have no links: 0.
    public var linkDensity: Double = 0
    /// Boilerplate hints from the markup (class/id words, hidden, inside `<nav>`): HTML only.
    public var markupHints: MarkupHints = []
    /// True when markup says the block is inside the article container (`<article>`, JSON-LD).
    public var inArticleContainer: Bool = false
    /// True when the block is a heading of level 1 in markup.
    public var isMainHeading: Bool = false
    /// HTML only: the block lies in the element the front end chose as the main text (the
    /// densest prose container and its qualifying siblings). nil when no choice was made
    /// (text dumps, pages without prose).
    public var inMainText: Bool? = nil
    /// HTML only: when the block is the first of an element holding further blocks (a box:
    /// `<div><h3>Related</h3><ul>…</ul></div>`), the index of that element's last block, for
    /// the smallest such element. A related-links header that opens a box takes the box with
    /// it, and only the box. nil otherwise.
    public var boxEnd: Int? = nil

    public init(text: String, line: Int, kind: Kind = .line) {
        self.text = text
        self.line = line
        self.kind = kind
    }
}

/// Words that class names, ids and element names carry about a block's role.
public struct MarkupHints: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let navigation = MarkupHints(rawValue: 1 << 0)
    public static let footer = MarkupHints(rawValue: 1 << 1)
    public static let share = MarkupHints(rawValue: 1 << 2)
    public static let related = MarkupHints(rawValue: 1 << 3)
    public static let comment = MarkupHints(rawValue: 1 << 4)
    public static let cookie = MarkupHints(rawValue: 1 << 5)
    public static let newsletter = MarkupHints(rawValue: 1 << 6)
    public static let advertisement = MarkupHints(rawValue: 1 << 7)
    public static let hidden = MarkupHints(rawValue: 1 << 8)
    public static let caption = MarkupHints(rawValue: 1 << 9)
    public static let byline = MarkupHints(rawValue: 1 << 10)
    public static let header = MarkupHints(rawValue: 1 << 11)
    public static let aside = MarkupHints(rawValue: 1 << 12)
    public static let promo = MarkupHints(rawValue: 1 << 13)
    public static let date = MarkupHints(rawValue: 1 << 14)
    public static let tags = MarkupHints(rawValue: 1 << 15)
}
