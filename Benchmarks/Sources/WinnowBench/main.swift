import Foundation

/// `make bench`: Winnow's throughput figures. Usage: WinnowBench [text|breakdown|real|html|learn|sample|all]
/// (`all` leaves out `learn`, which `make bench` runs as its own process for a clean peak memory.)
let what = CommandLine.arguments.dropFirst().first ?? "all"
if what == "text" || what == "all" {
    let mb = Int(ProcessInfo.processInfo.environment["WINNOW_BENCH_MB"] ?? "55") ?? 55
    print(TextBenchmark.run(megabytes: mb, repeats: 5))
}
if what == "breakdown" || what == "all" {
    let mb = Int(ProcessInfo.processInfo.environment["WINNOW_BENCH_MB"] ?? "55") ?? 55
    print(BreakdownBenchmark.run(megabytes: min(mb, 20), repeats: 5))
}
if what == "html" || what == "all" {
    let shared = ProcessInfo.processInfo.environment["WINNOW_SHARED"] ?? "../../shared"
    print(HTMLBenchmark.run(root: shared, repeats: Int(ProcessInfo.processInfo.environment["WINNOW_BENCH_REPEATS"] ?? "5") ?? 5))
}
if what == "real" || what == "all" {
    let shared = ProcessInfo.processInfo.environment["WINNOW_SHARED"] ?? "../../shared"
    print(RealTextBenchmark.run(root: shared, repeats: 5))
}
if what == "learn" {
    let n = Int(ProcessInfo.processInfo.environment["WINNOW_BENCH_DOCS"] ?? "100000") ?? 100_000
    print(LearnBenchmark.run(documents: n))
}
if what == "sample" {
    // One generated dump, to see what the throughput run cleans.
    var gen = DumpGenerator(seed: 0x5EED)
    print(gen.dump(site: 0), terminator: "")
}
