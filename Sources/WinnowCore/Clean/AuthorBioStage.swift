/// Removes an author bio closing the article: "Jane Roe is a senior reporter covering
/// transport." / "Jeff Foust (jeff@example.com) is the editor of …". Only among the last two
/// kept paragraphs, only when the paragraph opens with a capitalised name followed by a
/// describing verb ("is a", "is the", "writes", "covers") and names a newsroom role, and only
/// when it is short: a closing quote about a nurse or a mayor is news.
struct AuthorBioStage: CleaningStage {
    static let roleWords = WordSet([
        "reporter", "writer", "editor", "correspondent", "journalist", "columnist", "contributor", "author", "freelance", "freelancer",
        "producer", "photographer", "blogger", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journaliste",
        "rédacteur", "rédactrice", "periodista", "redactor", "redactora", "giornalista", "redattore",
    ])
    static let verbs = PhraseSet([
        "is a", "is an", "is the", "is our", "was a", "writes", "covers", "reports", "has been", "ist", "est", "es", "è",
    ])
    static let maxWords = 70

    func apply(to doc: inout Document) {
        let kept = (0..<doc.count).filter { doc.isKept($0) && doc.shapes[$0].words >= 5 }
        for i in kept.suffix(2) where AuthorBioStage.isBio(doc.blocks[i].text, shape: doc.shapes[i]) {
            doc.remove(i, .authorBio)
        }
    }

    static func isBio(_ text: String, shape: LineShape) -> Bool {
        guard shape.words <= maxWords, shape.sentenceEnds <= 3 else { return false }
        // The name: two to five capitalised words, then perhaps "(email or handle)".
        var rest = Substring(text)
        var names = 0
        while let space = rest.firstIndex(of: " "), names < 6 {
            let word = rest[..<space]
            guard let f = word.unicodeScalars.first, f.properties.isUppercase else { break }
            names += 1
            rest = rest[rest.index(after: space)...]
        }
        guard (2...5).contains(names) else { return false }
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...].drop { $0 == " " } }
        let key = LineKey(String(rest.prefix(40)))
        guard verbs.prefix(key) else { return false }
        return LineKey(text).hashes.contains { roleWords.contains(hash: $0) }
    }
}
