/// Finds bylines: their people become `authors`, their stamps date candidates, and the lines
/// leave the body. The first byline with people names the authors; later ones (a signature
/// repeated at the end) are only removed.
///
/// A bare name line ("Trevor Daugherty") counts only beside a timestamp or byline line in the
/// article's head: on its own a two-word capitalised line is as likely a sub-heading.
struct BylineStage: CleaningStage {
    /// How far past the first prose block a byline may stand (some sites put it after the lead).
    static let headSlack = 6

    func apply(to doc: inout Document) {
        let site = doc.site ?? doc.knownSite
        let firstProse = RegionStage.provisionalStart(doc) ?? doc.firstProse ?? doc.count
        let headEnd = min(doc.count, firstProse + BylineStage.headSlack)
        let markers = BylineParser.markerWords  // one access to the global, not one per line
        // A main heading (HTML `<h1>`) is the headline, never a byline.
        for i in 0..<doc.count where doc.isKept(i) && !doc.blocks[i].isMainHeading {
            guard let key = doc.keys[i], key.wordCount <= 16, !doc.shapes[i].isProse || key.wordCount <= 12 else { continue }
            // Outside the head only lines that open with a byline word can be bylines.
            if i >= headEnd {
                guard let first = key.hashes.first, markers.contains(hash: first) else { continue }
            } else {
                // Without a byline word or a stamp, `parse` could only refuse the line.
                guard BylineParser.mayBeByline(key) else { continue }
            }
            guard let byline = BylineParser.parse(doc.blocks[i].text, site: site, key: key) else { continue }
            // Outside the head only lines with a byline word count: "Jane Roe 10:42" deep in a
            // live blog is an entry stamp, not a byline, and is left to the timestamp rule.
            if i >= headEnd && !byline.hasMarker { continue }
            accept(byline, at: i, in: &doc, head: i < headEnd)
        }
        // Bare names next to a stamp or byline in the head.
        for i in 0..<headEnd where doc.isKept(i) && !doc.blocks[i].isMainHeading {
            guard let key = doc.keys[i], (2...9).contains(key.wordCount), !doc.shapes[i].endsLikeSentence else { continue }
            guard (i > 0 && doc.isStamp(i - 1)) || (i + 1 < doc.count && doc.isStamp(i + 1)) || (i + 2 < doc.count && doc.isStamp(i + 2))
            else { continue }
            guard BylineParser.mayNameSomeone(doc.blocks[i].text, key: key),
                let byline = BylineParser.parse(doc.blocks[i].text, site: site, requireMarker: false, key: key),
                !byline.authors.isEmpty
            else { continue }
            accept(byline, at: i, in: &doc, head: true)
        }
    }

    func accept(_ byline: Byline, at i: Int, in doc: inout Document, head: Bool) {
        doc.remove(i, .byline)
        if head, doc.authors == nil || doc.authors!.isEmpty, !byline.authors.isEmpty { doc.authors = byline.authors }
        if head, doc.authors == nil { doc.authors = [] }
        if let s = byline.stamp, head { doc.stamps.append((rank: i, stamp: s)) }
    }
}
