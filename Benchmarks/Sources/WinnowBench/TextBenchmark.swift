import WinnowCore

/// Text-cleaning throughput on one core over at least 50 MB of generated dumps.
enum TextBenchmark {
    static func run(megabytes: Int, repeats: Int) -> String {
        let (docs, total) = DumpGenerator.corpus(megabytes: megabytes)
        var times = [Double]()
        var kept = 0
        for _ in 0..<repeats {
            times.append(
                Measure.seconds {
                    for d in docs { if let r = try? Cleaner.cleanText(d) { kept &+= r.article.body?.count ?? 0 } }
                })
        }
        let mb = Double(total) / 1e6
        let best = mb / times.min()!
        let median = mb / Measure.median(times)
        return """
            text cleaning, one core, release: \(docs.count) generated dumps, \(Measure.f(mb)) MB, \(repeats) runs
              best   \(Measure.f(best)) MB/s
              median \(Measure.f(median)) MB/s   (target >= 100 MB/s per core)
              (\(kept / repeats) body paragraphs kept per run)
            """
    }
}
