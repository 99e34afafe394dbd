import Foundation
import WinnowCore
import WinnowHTML
import WinnowKit

/// HTML cleaning on the ScrapingHub benchmark's 181 real pages from `../shared` when present:
/// mean milliseconds per page on one core, for the whole extractor in process, for the whole
/// `winnow clean DIR --out DIR` process (start-up, reading, writing the JSON included; pinned
/// to one core with taskset when there is one), and for libxml2's SAX pass over each page as
/// given (the floor: Winnow itself hands libxml2 less, see `HTMLGuard`).
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
        let process = processRuns(pages: pages, repeats: repeats)
        let n = Double(pages.count)
        let mb = Double(pages.reduce(0) { $0 + $1.count }) / 1e6
        func ms(_ t: [Double]) -> String {
            Measure.f(1000 * Measure.median(t) / n, 2) + " ms/page median, " + Measure.f(1000 * t.min()! / n, 2) + " best"
        }
        let perSecond = n / Measure.median(process.isEmpty ? whole : process)
        return """
            html cleaning, one core, release: \(pages.count) ScrapingHub pages (\(Measure.f(mb, 1)) MB), \(repeats) runs
              whole process     \(process.isEmpty ? "skipped (set WINNOW_BIN to the winnow binary)" : ms(process))   (target <= 4 ms/page)
              in process        \(ms(whole))
              libxml2 SAX pass  \(ms(parse))   (the floor, over each page as given)
              \(Measure.f(perSecond, 0)) pages/s (median)   (\(kept / repeats) checksum)
            """
    }

    /// Wall-clock seconds of `winnow clean DIR --out DIR` over the pages written to a temporary
    /// folder, once per repeat; empty when WINNOW_BIN is not set or the run fails.
    static func processRuns(pages: [[UInt8]], repeats: Int) -> [Double] {
        guard let bin = ProcessInfo.processInfo.environment["WINNOW_BIN"], FileManager.default.isExecutableFile(atPath: bin) else { return [] }
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("winnow-bench-\(getpid())")
        defer { try? fm.removeItem(at: root) }
        let input = root.appendingPathComponent("pages")
        do {
            try fm.createDirectory(at: input, withIntermediateDirectories: true)
            for (k, p) in pages.enumerated() { try Data(p).write(to: input.appendingPathComponent("\(k).html")) }
        } catch { return [] }
        let taskset = "/usr/bin/taskset"
        var times: [Double] = []
        for r in 0..<repeats {
            let out = root.appendingPathComponent("out\(r)")
            let proc = Process()
            let args = ["clean", input.path, "--out", out.path]
            if fm.isExecutableFile(atPath: taskset) {
                proc.executableURL = URL(fileURLWithPath: taskset)
                proc.arguments = ["-c", "0", bin] + args
            } else {
                proc.executableURL = URL(fileURLWithPath: bin)
                proc.arguments = args
            }
            proc.standardOutput = FileHandle.nullDevice
            proc.standardError = FileHandle.nullDevice
            let t = Measure.seconds {
                do {
                    try proc.run()
                    proc.waitUntilExit()
                } catch {}
            }
            guard proc.terminationStatus == 0 else { return [] }
            times.append(t)
        }
        return times
    }
}
