import Foundation

/// Maps over items on all cores the process may use, keeping input order in the output.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        // One core (taskset, a CPU quota of one): run in order. Two threads taking turns on one
        // core evict each other's page trees from the cache and run slower than one.
        if usableCores <= 1 || items.count <= 1 { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            box.set(i, transform(items[i]))
        }
        return box.values()
    }

    /// Cores in the process's CPU affinity mask (Linux); all online cores elsewhere.
    public static let usableCores: Int = {
        #if os(Linux)
            // `Cpus_allowed: 3` (a hex mask, comma-separated in groups): glibc's
            // sched_getaffinity is not visible to Swift without _GNU_SOURCE.
            if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") })
            {
                let count = line.dropFirst("Cpus_allowed:".count).reduce(0) { n, c in n + (c.hexDigitValue?.nonzeroBitCount ?? 0) }
                if count > 0 { return count }
            }
        #endif
        return ProcessInfo.processInfo.activeProcessorCount
    }()
}

private final class ResultBox<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: R) {
        lock.lock()
        storage[i] = v
        lock.unlock()
    }
    func values() -> [R] { storage.map { $0! } }
}
