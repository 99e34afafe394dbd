/// The cleaning pipeline: blocks in, Article and ledger out.
///
/// One rule set for both front ends: the text front end turns lines into blocks, the HTML
/// front end turns DOM blocks into the same type; the stages below never know which.
public enum Cleaner {
    /// The stages in the order they run. Order matters: specific rules claim blocks before
    /// the region rule sweeps what is left, and repeats are judged among survivors.
    static let stages: [any CleaningStage] = [
        CrawlHeaderStage(),
        MarkupStage(),
        LinePatternStage(),
        SiteStage(),
        BylineStage(),
        TitleStage(),
        RegionStage(),
        RepeatStage(),
        AuthorBioStage(),
        DateStage(),
    ]

    /// Cleans a text dump given as raw bytes (any encoding).
    public static func cleanText(_ bytes: [UInt8], profiles: TemplateMatcher? = nil) throws(InputProblem) -> CleanResult {
        let decoded = try TextDecoding.decode(bytes)
        var result = clean(blocks: TextFrontEnd.blocks(from: decoded.text), profiles: profiles)
        result.warnings = decoded.warnings + result.warnings
        if bytes.isEmpty { result.warnings.append("empty file") }
        return result
    }

    /// Runs the pipeline over blocks from any front end. `hints` carries what the front end
    /// already knows (HTML metadata); its fields win over what the rules infer.
    public static func clean(blocks: [Block], hints: Article? = nil, profiles: TemplateMatcher? = nil) -> CleanResult {
        var doc = Document(blocks: blocks)
        doc.knownSite = hints?.site.flatMap { $0.isEmpty ? nil : $0 }
        doc.knownTitle = hints?.title.flatMap { $0.isEmpty ? nil : $0 }
        for stage in stages { stage.apply(to: &doc) }
        if let profiles { profiles.apply(to: &doc) }
        return assemble(doc, hints: hints)
    }

    static func assemble(_ doc: Document, hints: Article?) -> CleanResult {
        var article = Article(
            title: doc.title ?? "", authors: doc.authors ?? [], date: doc.date ?? "",
            site: doc.site ?? "", body: [], dateline: doc.dateline)
        if let hints {
            if let t = hints.title, !t.isEmpty { article.title = t }
            if let a = hints.authors, !a.isEmpty { article.authors = a }
            if let d = hints.date, !d.isEmpty { article.date = d }
            if let s = hints.site, !s.isEmpty { article.site = s }
        }
        var body = [String]()
        var ledger = [LedgerEntry]()
        var judged = [JudgedBlock]()
        judged.reserveCapacity(doc.count)
        for i in 0..<doc.count {
            if let rule = doc.removed[i] {
                ledger.append(LedgerEntry(rule: rule, line: doc.blocks[i].line, text: doc.blocks[i].text))
                judged.append(JudgedBlock(block: doc.blocks[i], removedBy: rule, keptText: nil))
            } else {
                let text = doc.bodyText(i)
                body.append(text)
                judged.append(JudgedBlock(block: doc.blocks[i], removedBy: nil, keptText: text))
            }
        }
        article.body = body
        return CleanResult(article: article, ledger: ledger, blocks: judged, warnings: doc.warnings)
    }
}
