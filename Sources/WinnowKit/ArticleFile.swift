import Foundation
import WinnowCore

/// Reads Article JSON files (goldens, predictions) with errors that name file, line and column.
public enum ArticleFile {
    public static func read(_ url: URL) throws(WinnowError) -> Article {
        let bytes = try FileIO.readBytes(url)
        let value: JSONValue
        do { value = try JSONParser.parse(bytes: bytes) } catch {
            throw .badJSON(path: url.path, line: error.line, column: error.column, reason: error.message)
        }
        do { return try Article(json: value) } catch { throw .badGolden(path: url.path, reason: error.message) }
    }
}
