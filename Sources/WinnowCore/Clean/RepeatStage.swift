/// Keeps each paragraph once and cuts the wire dateline off the lead.
///
/// Scrapes often carry the lead twice: a bare teaser copy, then the article's own copy behind
/// a dateline ("TOKYO (Agency) …"). The copy kept is the article's: the one with the dateline
/// or the final punctuation; between equals, the first. Pull quotes and repeated signatures
/// are the later copies and go.
struct RepeatStage: CleaningStage {
    static let minWords = 5

    func apply(to doc: inout Document) {
        // Content hash → 1 + index of the block that holds it (0: not seen).
        var firstSeen = HashMap64(capacity: doc.count)
        let firstBody = (0..<doc.count).first { doc.isKept($0) }
        for i in 0..<doc.count where doc.isKept(i) {
            guard doc.shapes[i].words >= RepeatStage.minWords else { continue }
            let whole = doc.contentHash(i)
            var bare: UInt64?
            var dateline = false
            if let fb = firstBody, i - fb <= 12, let d = Dateline.split(doc.blocks[i].text) {
                dateline = true
                bare = ContentHash.of(d.rest)
            }
            var seen = firstSeen.get(whole)
            if seen == 0, let bare { seen = firstSeen.get(bare) }
            if seen > 0, doc.isKept(Int(seen) - 1) {
                let j = Int(seen) - 1
                // Headings seen twice: the first copy is a table of contents ("Key events").
                let headings = !doc.shapes[i].isProse && !doc.shapes[j].isProse
                let earlierIsTeaser =
                    dateline || headings
                    || (!doc.shapes[j].endsLikeSentence && doc.shapes[i].endsLikeSentence)
                if earlierIsTeaser {
                    doc.remove(j, .repeatedParagraph)
                } else {
                    doc.remove(i, .repeatedParagraph)
                    continue
                }
            }
            firstSeen.set(whole, to: UInt64(i + 1))
            if let bare { firstSeen.set(bare, to: UInt64(i + 1)) }
        }
        // Copies the region rule already dropped are named for what they are.
        for i in 0..<doc.count where doc.removed[i] == .outsideContent && doc.shapes[i].words >= RepeatStage.minWords {
            let seen = firstSeen.get(doc.contentHash(i))
            if seen > 0, doc.isKept(Int(seen) - 1) { doc.removed[i] = .repeatedParagraph }
        }
        // The dateline of the first body paragraph goes to its own field.
        let leads = (0..<doc.count).filter { doc.isKept($0) && doc.shapes[$0].words >= RepeatStage.minWords }.prefix(3)
        for lead in leads {
            guard let d = Dateline.split(doc.blocks[lead].text) else { continue }
            doc.dateline = d.place
            doc.cutLead = (lead, d.rest)
            break
        }
    }
}
