import Foundation
import WinnowCore
import WinnowHTML
import WinnowKit

/// HTML cleaning on the ScrapingHub benchmark's 181 real pages from `../shared` when present:
/// mean milliseconds per page on one core, for the whole extractor and for libxml2's parse
/// alone (the floor).
enum HTMLBenchmark {
    static func run(root: String, repeats: Int) -> String {
        let dir = URL(fileURLWithPath: root).appendingPathComponent("benchmarks/scrapinghub-aeb/html")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
            return "html cleaning: skipped (\(dir.path) not found)"
        }
        var pages = [[UInt8]]()
        for n in names.sorted() where n.hasSuffix(".html.gz") {
            if let p = try? AEBInterop.gunzip(dir.appendingPathComponent(n)) { pages.append(p) }
        }
        guard !pages.isEmpty else { return "html cleaning: skipped (no pages under \(dir.path))" }
        var parse = [Double]()
        var whole = [Double]()
        var kept = 0
        for _ in 0..<repeats {
            parse.append(Measure.seconds { for p in pages { kept &+= HTMLExtractor.parseOnly(p) ? 1 : 0 } })
            whole.append(Measure.seconds { for p in pages { kept &+= (try? HTMLExtractor.clean(p))?.article.body?.count ?? 0 } })
        }
        let n = Double(pages.count)
        let mb = Double(pages.reduce(0) { $0 + $1.count }) / 1e6
        func ms(_ t: [Double]) -> String {
            Measure.f(1000 * Measure.median(t) / n, 2) + " ms/page median, " + Measure.f(1000 * t.min()! / n, 2) + " best"
        }
        return """
            html cleaning, one core, release: \(pages.count) ScrapingHub pages (\(Measure.f(mb, 1)) MB), \(repeats) runs
              whole extractor   \(ms(whole))   (target <= 4 ms/page)
              libxml2 parse     \(ms(parse))   (the floor)
              (\(kept / repeats) checksum)
            """
    }
}
