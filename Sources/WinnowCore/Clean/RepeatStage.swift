/// Keeps each paragraph once and cuts the wire dateline off the lead.
///
/// Scrapes often carry the lead twice: a bare teaser copy, then the article's own copy behind
/// a dateline ("TOKYO (Agency) …"). The copy kept is the article's: the one with the dateline
/// or the final punctuation; between equals, the first. Pull quotes and repeated signatures
/// are the later copies and go.
struct RepeatStage: CleaningStage {
    static let minWords = 5

    func apply(to doc: inout Document) {
        var firstSeen = [UInt64: Int]()
        let firstBody = (0..<doc.count).first { doc.isKept($0) }
        for i in 0..<doc.count where doc.isKept(i) {
            guard doc.shapes[i].words >= RepeatStage.minWords else { continue }
            var hashes = [ContentHash.of(doc.blocks[i].text)]
            var dateline: (place: String, rest: String)?
            if let fb = firstBody, i - fb <= 12, let d = Dateline.split(doc.blocks[i].text) {
                dateline = d
                hashes.append(ContentHash.of(d.rest))
            }
            if let j = hashes.lazy.compactMap({ firstSeen[$0] }).first, doc.isKept(j) {
                // Headings seen twice: the first copy is a table of contents ("Key events").
                let headings = !doc.shapes[i].isProse && !doc.shapes[j].isProse
                let earlierIsTeaser =
                    dateline != nil || headings
                    || (!doc.shapes[j].endsLikeSentence && doc.shapes[i].endsLikeSentence)
                if earlierIsTeaser {
                    doc.remove(j, .repeatedParagraph)
                } else {
                    doc.remove(i, .repeatedParagraph)
                    continue
                }
            }
            for h in hashes { firstSeen[h] = i }
        }
        // Copies the region rule already dropped are named for what they are.
        for i in 0..<doc.count where doc.removed[i] == .outsideContent && doc.shapes[i].words >= RepeatStage.minWords {
            if let j = firstSeen[ContentHash.of(doc.blocks[i].text)], doc.isKept(j) { doc.removed[i] = .repeatedParagraph }
        }
        // The dateline of the first body paragraph goes to its own field.
        let leads = (0..<doc.count).filter { doc.isKept($0) && doc.shapes[$0].words >= RepeatStage.minWords }.prefix(3)
        for lead in leads {
            guard let d = Dateline.split(doc.blocks[lead].text) else { continue }
            doc.dateline = d.place
            doc.text[lead] = d.rest
            break
        }
    }
}
