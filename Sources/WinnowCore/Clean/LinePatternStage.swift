/// Applies the phrase families and the stand-alone timestamp rule to every block.
/// Related and comment headers also mark a section break: the article text ends there.
struct LinePatternStage: CleaningStage {
    func apply(to doc: inout Document) {
        for i in 0..<doc.count where doc.isKept(i) {
            let text = doc.blocks[i].text
            if let key = doc.keys[i], key.words.count <= 20, let stamp = TimeExpression.parseLine(text) {
                doc.remove(i, .timestamp)
                doc.stamps.append((rank: i, stamp: stamp))
                continue
            }
            guard let rule = BoilerplatePatterns.match(text: text, shape: doc.shapes[i], key: doc.keys[i]) else { continue }
            doc.remove(i, rule)
            if rule == .comments || rule == .related { doc.sectionBreaks.insert(i) }
        }
    }
}
