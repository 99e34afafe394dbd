import WinnowCore

/// Cleans an HTML page: libxml2 front end, then the shared rule pipeline.
public enum HTMLExtractor {
    public static func clean(_ bytes: [UInt8], profiles: TemplateMatcher? = nil) throws(InputProblem) -> CleanResult {
        LibXML.ensureInitialised()
        throw .binary(reason: "HTML front end not built yet")
    }
}
