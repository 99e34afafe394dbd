import Foundation
import WinnowCore
import WinnowHTML

/// Cleans one scraped file with the front end its extension names.
public enum FileCleaner {
    public static func isHTML(_ url: URL) -> Bool {
        let e = url.pathExtension.lowercased()
        return e == "html" || e == "htm"
    }

    public static func clean(_ url: URL, profiles: TemplateMatcher? = nil) throws(WinnowError) -> CleanResult {
        let bytes = try FileIO.readBytes(url)
        return try clean(bytes: bytes, path: url.path, html: isHTML(url), profiles: profiles)
    }

    public static func clean(bytes: [UInt8], path: String, html: Bool, profiles: TemplateMatcher? = nil) throws(WinnowError) -> CleanResult {
        do {
            if html { return try HTMLExtractor.clean(bytes, profiles: profiles) }
            return try Cleaner.cleanText(bytes, profiles: profiles)
        } catch {
            throw .badInput(path: path, reason: error.description)
        }
    }

    /// A file's blocks as its front end segments them, before any rule (template learning).
    public static func blocks(_ url: URL) throws(WinnowError) -> [Block] {
        let bytes = try FileIO.readBytes(url)
        do {
            if isHTML(url) { return try HTMLExtractor.blocks(bytes) }
            return TextFrontEnd.blocks(from: try TextDecoding.decode(bytes).text)
        } catch {
            throw .badInput(path: url.path, reason: error.description)
        }
    }
}
