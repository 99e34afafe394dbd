import Foundation
import WinnowCore

/// Template learning on a generated corpus of `documents` dumps from 200 sites, one core:
/// documents per second (front end and learning, no rules; generating the dumps is timed
/// apart) and the process's peak memory.
/// Run on its own (`WinnowBench learn`), so the peak is learning's alone.
enum LearnBenchmark {
    static func run(documents: Int) -> String {
        var gen = DumpGenerator(seed: 0x1EA2)
        var state = TemplateState()
        var bytes = 0
        // The generator costs more than learning: its time is kept out of the figure.
        var learning = 0.0
        let seconds = Measure.seconds {
            for k in 0..<documents {
                let dump = gen.dump(site: k % 200)
                bytes += dump.utf8.count
                learning += Measure.seconds {
                    let lines = TextFrontEnd.blocks(from: dump).map(\.text)
                    state.add(site: "site\(k % 200)", lines: lines)
                }
            }
            learning += Measure.seconds { state.finish() }
        }
        let profile = TemplateProfile(state: state)
        let pairs = state.sites.values.reduce(0) { $0 + $1.pairs.count }
        let lines = profile.sites.values.reduce(0) { $0 + $1.lines.count }
        return """
            template learning, one core, release: \(documents) generated dumps (\(Measure.f(Double(bytes) / 1e6, 0)) MB) from 200 sites
              \(Measure.f(Double(documents) / learning, 0)) documents/s learning (front end and state, \(Measure.f(learning, 1)) s; \(Measure.f(seconds - learning, 1)) s more generating the dumps), peak memory \(Measure.f(Measure.peakMemoryMiB(), 0)) MiB
              state: \(pairs) (line, document) pairs; profiles: \(lines) template lines over \(profile.sites.count) sites
            """
    }
}
