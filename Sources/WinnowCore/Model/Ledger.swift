/// One removed block: which rule removed it and what it said.
public struct LedgerEntry: Sendable, Equatable {
    public let rule: RuleID
    public let line: Int
    public let text: String
}

/// The result of cleaning one document: the article and the ledger of everything removed.
public struct CleanResult: Sendable {
    public var article: Article
    public var ledger: [LedgerEntry]
    /// Blocks in source order with their verdicts: what `winnow check` shows.
    public var blocks: [JudgedBlock]
    /// Problems worth a warning that did not stop cleaning (bad encoding, truncation).
    public var warnings: [String]
}

/// A block and what the pipeline decided about it.
public struct JudgedBlock: Sendable {
    public let block: Block
    /// nil when kept in the body; else the rule that removed it.
    public let removedBy: RuleID?
    /// The text kept in the body (a dateline may have been cut off); nil when removed.
    public let keptText: String?
}
