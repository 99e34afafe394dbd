import Foundation

/// The Corpus/Goldens layout of CONTRACT §1: `Corpus/<site>/<name>.txt|.html` pairs with
/// `Goldens/<site>/<name>.json`.
public enum CorpusLayout {
    public static let inputExtensions: Set<String> = ["txt", "html", "htm"]

    /// A scraped file and where its golden would be.
    public struct Entry: Sendable, Equatable {
        public let url: URL
        /// Path relative to the corpus root, with extension: the document's id.
        public let id: String
        /// Path of the golden relative to the goldens root.
        public let goldenPath: String
    }

    /// Every file under `root` (or `root` itself when it is a file) with one of `extensions`,
    /// sorted by path so runs are deterministic. Hidden files and folders are skipped.
    public static func files(under root: URL, extensions: Set<String>) -> [(url: URL, relative: String)] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) else { return [] }
        if !isDir.boolValue { return [(root, root.lastPathComponent)] }
        let base = root.standardizedFileURL.path
        var out = [(URL, String)]()
        guard
            let e = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        for case let url as URL in e {
            guard extensions.contains(url.pathExtension.lowercased()) else { continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            let rel = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
            out.append((url, rel))
        }
        return out.sorted { $0.1 < $1.1 }
    }

    public static func corpus(_ root: URL) -> [Entry] {
        files(under: root, extensions: inputExtensions).map { f in
            Entry(url: f.url, id: f.relative, goldenPath: goldenPath(for: f.relative))
        }
    }

    /// `site/name.txt` → `site/name.json`.
    public static func goldenPath(for relative: String) -> String {
        let ns = relative as NSString
        return ns.deletingPathExtension + ".json"
    }
}
