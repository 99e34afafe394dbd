import WinnowCore

/// Where text-cleaning time goes, on the same generated dumps as `TextBenchmark`: the front
/// end alone (decode; decode and split into blocks; plus one shape pass per block), then the
/// whole cleaner. The gap between the last two is what the rule stages cost.
enum BreakdownBenchmark {
    static func run(megabytes: Int, repeats: Int) -> String {
        let (docs, total) = DumpGenerator.corpus(megabytes: megabytes)
        let mb = Double(total) / 1e6
        var sink = 0
        let steps = ["decode", "decode + split into blocks", "decode + split + shape pass", "whole cleaner"]
        var lines = ["text cleaning breakdown, one core, release: \(Measure.f(mb)) MB, best of \(repeats)"]
        for (step, name) in steps.enumerated() {
            var times = [Double]()
            for _ in 0..<repeats {
                times.append(
                    Measure.seconds {
                        for d in docs {
                            if step == 3 {
                                if let r = try? Cleaner.cleanText(d) { sink &+= r.article.body?.count ?? 0 }
                                continue
                            }
                            guard let t = try? TextDecoding.decode(d) else { continue }
                            if step == 0 {
                                sink &+= t.text.utf8.count
                                continue
                            }
                            let blocks = TextFrontEnd.blocks(from: t.text)
                            if step == 1 {
                                sink &+= blocks.count
                                continue
                            }
                            for b in blocks { sink &+= LineShape(b.text).words }
                        }
                    })
            }
            let best = mb / times.min()!
            lines.append("  \(name.padding(toLength: 30, withPad: " ", startingAt: 0)) \(Measure.f(best)) MB/s  (\(Measure.f(1000 / best)) ns/byte)")
        }
        lines.append("  (checksum \(sink % 1000))")
        return lines.joined(separator: "\n")
    }
}
