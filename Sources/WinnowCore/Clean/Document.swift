/// The cleaner's working state for one document: the blocks, the verdict on each, and the
/// fields found so far. Stages read and refine it in a fixed order (see `Cleaner.stages`).
struct Document {
    var blocks: [Block]
    var shapes: [LineShape]
    /// Normalised form of short blocks; nil for long ones (see `LineKey.maxBytes`).
    var keys: [LineKey?]
    /// The rule that removed each block; nil while kept.
    var removed: [RuleID?]
    /// Body text per block (a dateline prefix may have been cut off).
    var text: [String]
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

    init(blocks: [Block]) {
        self.blocks = blocks
        shapes = blocks.map { LineShape($0.text) }
        keys = LineKey.keys(for: blocks.map(\.text))
        removed = Array(repeating: nil, count: blocks.count)
        text = blocks.map(\.text)
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
