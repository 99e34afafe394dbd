/// Chooses the publication date among the stamps found in the article's head.
///
/// Publication beats "Updated"; a stated calendar day beats a relative stamp; the earliest
/// in the page wins among equals; the crawl date is the last resort.
struct DateStage: CleaningStage {
    func apply(to doc: inout Document) {
        let bodyStart = (0..<doc.count).first { doc.isKept($0) } ?? doc.count
        let head = doc.stamps.filter { $0.rank <= bodyStart + 8 }.sorted { $0.rank < $1.rank }.map(\.stamp)
        let order: [(DateStamp) -> Bool] = [
            { !$0.isUpdate && $0.precision >= 2 },
            { !$0.isUpdate && $0.precision == 1 },
            { $0.precision >= 2 },
            { $0.precision == 1 },
        ]
        for accept in order {
            for stamp in head where accept(stamp) {
                if let iso = stamp.iso(crawl: doc.crawl) { doc.date = iso; return }
            }
        }
        doc.date = doc.crawl?.iso(crawl: nil)
    }
}
