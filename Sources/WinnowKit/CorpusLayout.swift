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
        // readdir with d_type: Foundation's enumerator and resource values cost about 0.2 ms a
        // file on Linux, as much as cleaning a text dump. Links are followed to files, never
        // into folders (no cycles).
        var out = [(URL, String)]()
        var pending = [""]
        while let rel = pending.popLast() {
            let dirPath = rel.isEmpty ? root.path : root.path + "/" + rel
            guard let dir = opendir(dirPath) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let childRel = rel.isEmpty ? name : rel + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                    var st = stat()
                    guard stat(dirPath + "/" + name, &st) == 0 else { continue }
                    let isLink = type == Int32(DT_LNK)
                    switch st.st_mode & S_IFMT {
                    case S_IFREG: type = Int32(DT_REG)
                    case S_IFDIR: type = isLink ? Int32(DT_UNKNOWN) : Int32(DT_DIR)
                    default: type = Int32(DT_UNKNOWN)
                    }
                }
                if type == Int32(DT_DIR) {
                    pending.append(childRel)
                } else if type == Int32(DT_REG), let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased())
                {
                    out.append((root.appendingPathComponent(childRel), childRel))
                }
            }
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
