internal import CLibXML2

/// The libxml2 the process runs with, initialised once (never cleaned up: other threads may
/// still parse; see STYLE.md).
public enum LibXML {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    public static func ensureInitialised() { _ = initialised }

    /// libxml2's version string, e.g. "20914".
    public static var version: String {
        ensureInitialised()
        return LIBXML_DOTTED_VERSION
    }
}
