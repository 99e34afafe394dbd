/// The cleaner's working state for one document: the blocks, the verdict on each, and the
/// fields found so far. Stages read and refine it in a fixed order (see `Cleaner.stages`).
struct Document {
    var blocks: [Block]
    var shapes: [LineShape]
    /// Normalised form of short blocks; nil for long ones (see `LineKey.maxBytes`).
    var keys: [LineKey?]
    /// The rule that removed each block; nil while kept.
    var removed: [RuleID?]
    /// The lead paragraph with its wire dateline cut off, when there was one: the body uses
    /// this text for that block (see `bodyText`).
    var cutLead: (index: Int, text: String)?
    /// Blocks that start a trailing section (comments, related lists): the region ends there.
    var sectionBreaks: Set<Int> = []

    var crawl: DateStamp?
    var site: String?
    var title: String?
    /// Where the headline stands: the article text follows it.
    var titleIndex: Int?
    var authors: [String]?
    /// Date candidates: the stamp and where it came from (lower `rank` wins).
    var stamps: [(rank: Int, stamp: DateStamp)] = []
    var dateline: String?
    var date: String?
    var warnings: [String] = []
    /// A site name the caller already knows (HTML metadata); text dumps leave it nil.
    var knownSite: String?
    /// A headline the caller already knows (HTML structured data, `<h1>`); text dumps leave it nil.
    var knownTitle: String?

    init(blocks: [Block]) {
        self.blocks = blocks
        (shapes, keys) = LineKey.shapesAndKeys(for: blocks)
        removed = Array(repeating: nil, count: blocks.count)
    }

    /// The text block `i` contributes to the body.
    func bodyText(_ i: Int) -> String {
        if let cut = cutLead, cut.index == i { return cut.text }
        return blocks[i].text
    }

    var count: Int { blocks.count }

    func isKept(_ i: Int) -> Bool { removed[i] == nil }

    /// `ContentHash` of block `i`'s text (as the front end gave it).
    func contentHash(_ i: Int) -> UInt64 { shapes[i].contentHash }

    /// Block `i` was removed as a byline or a timestamp: what stands below a headline.
    func isStamp(_ i: Int) -> Bool { removed[i] == .byline || removed[i] == .timestamp }

    /// Marks block `i` removed by `rule` unless an earlier rule already claimed it.
    mutating func remove(_ i: Int, _ rule: RuleID) {
        if removed[i] == nil { removed[i] = rule }
    }

    /// Index of the first kept prose block: where the article text most likely begins.
    var firstProse: Int? {
        shapes.indices.first { removed[$0] == nil && shapes[$0].isProse }
    }
}

/// One step of the cleaning pipeline.
protocol CleaningStage: Sendable {
    func apply(to doc: inout Document)
}
