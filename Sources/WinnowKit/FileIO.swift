import Foundation

/// Reading and crash-safe writing of the files Winnow touches.
public enum FileIO {
    public static func readBytes(_ url: URL) throws(WinnowError) -> [UInt8] {
        do { return [UInt8](try Data(contentsOf: url)) } catch { throw .unreadable(path: url.path, reason: shortReason(error)) }
    }

    /// Writes `text` so that a crash leaves the old file or the new one, never a part: a
    /// temporary file in the same folder, fsync, rename over the target, fsync the folder.
    public static func writeAtomically(_ text: String, to url: URL, durable: Bool = true) throws(WinnowError) {
        try writeAtomically(bytes: Array(text.utf8), to: url, durable: durable)
    }

    /// Writes to a temporary file beside `url`, syncs, then renames over it: a reader never
    /// sees a half-written file.
    ///
    /// `durable: false` skips the two fsyncs, for files that are derived and cheap to write
    /// again (`clean --out` predictions): the rename still means no reader or later run sees a
    /// part of one, but a power cut may lose the newest ones. The syncs cost more than the
    /// cleaning itself (about 2 ms a file on this machine against 3 ms a page).
    public static func writeAtomically(bytes data: [UInt8], to url: URL, durable: Bool = true) throws(WinnowError) {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        var fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd < 0 && errno == ENOENT {
            // The folder is missing: make it (and its parents) once, not before every file.
            do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
                throw .unwritable(path: dir.path, reason: shortReason(error))
            }
            fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        }
        guard fd >= 0 else { throw .unwritable(path: url.path, reason: String(cString: strerror(errno))) }
        var ok = true
        var bytes = data
        bytes.withUnsafeMutableBytes { buf in
            var off = 0
            while off < buf.count {
                let n = write(fd, buf.baseAddress! + off, buf.count - off)
                if n <= 0 {
                    if errno == EINTR { continue }
                    ok = false
                    break
                }
                off += n
            }
        }
        if ok && durable && fsync(fd) != 0 { ok = false }
        let err = errno
        close(fd)
        guard ok else {
            unlink(tmp.path)
            throw .unwritable(path: url.path, reason: String(cString: strerror(err)))
        }
        guard rename(tmp.path, url.path) == 0 else {
            let e = errno
            unlink(tmp.path)
            throw .unwritable(path: url.path, reason: String(cString: strerror(e)))
        }
        guard durable else { return }
        let dfd = open(dir.path, O_RDONLY)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    static func shortReason(_ error: Error) -> String {
        let ns = error as NSError
        if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError, under.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(under.code)))
        }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoSuchFileError { return "no such file" }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}

/// Errors a user can act on: each names the file and what is wrong with it.
public enum WinnowError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case badInput(path: String, reason: String)
    case badJSON(path: String, line: Int, column: Int, reason: String)
    case badGolden(path: String, reason: String)
    case usage(String)

    public var description: String {
        switch self {
        case .unreadable(let p, let r): return "\(p): cannot read: \(r)"
        case .unwritable(let p, let r): return "\(p): cannot write: \(r)"
        case .badInput(let p, let r): return "\(p): \(r)"
        case .badJSON(let p, let l, let c, let r): return "\(p):\(l):\(c): invalid JSON: \(r)"
        case .badGolden(let p, let r): return "\(p): invalid golden: \(r)"
        case .usage(let m): return m
        }
    }
}
