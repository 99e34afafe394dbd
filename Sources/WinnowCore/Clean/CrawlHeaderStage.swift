/// `date 2020-11-10 UrduPoint.com` on the first line: a crawler's header. It gives the crawl
/// date (which resolves relative stamps) and the site, and is never body.
struct CrawlHeaderStage: CleaningStage {
    func apply(to doc: inout Document) {
        guard doc.count > 0 else { return }
        let t = doc.blocks[0].text
        guard t.hasPrefix("date "), let stamp = DateStamp.parseISO(String(t.dropFirst(5))) else { return }
        let rest = String(t.dropFirst(15)).trimmingCharacters()
        doc.crawl = stamp
        if !rest.isEmpty { doc.site = rest }
        doc.remove(0, .crawlerHeader)
    }
}
