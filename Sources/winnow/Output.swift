import ArgumentParser
import Foundation

/// Standard error, for diagnostics; standard output carries only results.
enum Console {
    static func error(_ s: String) {
        FileHandle.standardError.write(Data((s.hasSuffix("\n") ? s : s + "\n").utf8))
    }

    static func out(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }
}

/// Paths a user named, as URLs; each missing one is reported on standard error.
func existingPaths(_ paths: [String]) -> (urls: [URL], missing: Bool) {
    var urls: [URL] = []
    var missing = false
    for p in paths {
        guard FileManager.default.fileExists(atPath: p) else {
            Console.error("\(p): no such file or folder")
            missing = true
            continue
        }
        urls.append(URL(fileURLWithPath: p))
    }
    return (urls, missing)
}

extension ExitCode {
    /// A gate failed: scores below the baseline, drift found, a golden unreadable.
    static let gateFailed = ExitCode(1)
    /// Usage error or unreadable input.
    static let badInput = ExitCode(2)
}
