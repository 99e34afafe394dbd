/// Chooses the publication date among the stamps found in the article's head.
///
/// Publication beats "Updated"; a stated calendar day beats a relative stamp; the earliest
/// in the page wins among equals; the crawl date is the last resort.
struct DateStage: CleaningStage {
    func apply(to doc: inout Document) {
        let bodyStart = (0..<doc.count).first { doc.isKept($0) } ?? doc.count
        let all = doc.stamps.filter { $0.rank <= bodyStart + 8 }.sorted { $0.rank < $1.rank }
        // Stamps beside the headline first: a masthead's "today" date stands above it.
        let nearTitle = doc.titleIndex.map { t in all.filter { $0.rank >= t - 1 } } ?? []
        if choose(nearTitle.map(\.stamp), in: &doc) || choose(all.map(\.stamp), in: &doc) { return }
        doc.date = doc.crawl?.iso(crawl: nil)
    }

    func choose(_ head: [DateStamp], in doc: inout Document) -> Bool {
        let order: [(DateStamp) -> Bool] = [
            { !$0.isUpdate && $0.precision >= 2 },
            { !$0.isUpdate && $0.precision == 1 },
            { $0.precision >= 2 },
            { $0.precision == 1 },
        ]
        for accept in order {
            for stamp in head where accept(stamp) {
                if let iso = stamp.iso(crawl: doc.crawl) {
                    doc.date = iso
                    return true
                }
            }
        }
        return false
    }
}
