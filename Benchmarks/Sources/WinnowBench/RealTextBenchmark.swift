import Foundation
import WinnowCore

/// Text cleaning on real pages: the ScrapingHub benchmark's text dumps from `../shared`
/// when present. Real dumps carry more short lines per kilobyte than the generated ones, so
/// this is the harder figure.
enum RealTextBenchmark {
    static func run(root: String, repeats: Int) -> String {
        let corpus = URL(fileURLWithPath: root).appendingPathComponent("benchmarks/scrapinghub-aeb-text/Corpus")
        guard let e = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else {
            return "real text dumps: skipped (\(corpus.path) not found)"
        }
        var docs = [[UInt8]]()
        for case let url as URL in e where url.pathExtension == "txt" {
            if let d = try? Data(contentsOf: url) { docs.append([UInt8](d)) }
        }
        guard !docs.isEmpty else { return "real text dumps: skipped (no .txt under \(corpus.path))" }
        let total = docs.reduce(0) { $0 + $1.count }
        // Repeat the set so one run lasts long enough to time.
        let rounds = max(1, 20_000_000 / total)
        var times = [Double]()
        for _ in 0..<repeats {
            times.append(
                Measure.seconds {
                    for _ in 0..<rounds { for d in docs { _ = try? Cleaner.cleanText(d) } }
                })
        }
        let mb = Double(total * rounds) / 1e6
        return """
            text cleaning on real pages (\(docs.count) ScrapingHub dumps, \(Measure.f(Double(total) / 1e6, 2)) MB × \(rounds)), one core:
              best   \(Measure.f(mb / times.min()!)) MB/s
              median \(Measure.f(mb / Measure.median(times))) MB/s
            """
    }
}
