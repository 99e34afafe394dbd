/// Applies the phrase families and the stand-alone timestamp rule to every block.
/// Related and comment headers also mark a section break: the article text ends there.
struct LinePatternStage: CleaningStage {
    static let commentVerbs = WordSet([
        "says", "said", "wrote", "writes", "schreibt", "schrieb", "dice", "escribió", "escribe", "dit", "écrit", "scrive",
    ])

    func apply(to doc: inout Document) {
        for i in 0..<doc.count where doc.isKept(i) {
            let text = doc.blocks[i].text
            let key = doc.keys[i]  // one copy of the key per line, passed on from here
            if let key, key.wordCount <= 20, DateVocabulary.mayBeStamp(key), let stamp = TimeExpression.parseLine(text) {
                doc.remove(i, .timestamp)
                doc.stamps.append((rank: i, stamp: stamp))
                continue
            }
            guard let rule = BoilerplatePatterns.match(text: text, shape: doc.shapes[i], key: key) else { continue }
            doc.remove(i, rule)
            if rule == .comments || rule == .related { doc.sectionBreaks.insert(i) }
        }
        // "jane_doe says:" above a timestamp: a comment's header line.
        for i in 0..<doc.count where doc.isKept(i) {
            guard doc.shapes[i].endsWithColon, let key = doc.keys[i], key.wordCount <= 6,
                let last = key.hashes.last, LinePatternStage.commentVerbs.contains(hash: last)
            else { continue }
            if (i + 1..<min(doc.count, i + 3)).contains(where: { doc.removed[$0] == .timestamp }) {
                doc.remove(i, .comments)
                doc.sectionBreaks.insert(i)
            }
        }
    }
}
