import CZlib
import Foundation
import Testing
import WinnowCore

@testable import WinnowKit

/// `winnow import aeb` and `winnow export aeb` on a two-page fixture in the benchmark's own
/// layout (one page gzip-compressed as the benchmark ships them, one plain).
@Suite struct AEBInteropTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-aeb-\(UUID().uuidString)")

    func gzip(_ text: String, to url: URL) {
        let f = gzopen(url.path, "wb")!
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { gzwrite(f, $0.baseAddress, UInt32($0.count)) }
        gzclose(f)
    }

    @Test func importsThenExportsInTheBenchmarksFormat() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let html = root.appendingPathComponent("html")
        try FileManager.default.createDirectory(at: html, withIntermediateDirectories: true)
        let truth = """
            {"aaa": {"articleBody": "First paragraph here.\\n\\nSecond paragraph here.", "url": "https://www.example.org/a"},
             "bbb": {"articleBody": "Only paragraph.", "url": "https://news.example.com/b"}}
            """
        try truth.write(to: root.appendingPathComponent("ground-truth.json"), atomically: true, encoding: .utf8)
        gzip("<html><body><p>First paragraph here.</p></body></html>", to: html.appendingPathComponent("aaa.html.gz"))
        try "<html><body><p>Only paragraph.</p></body></html>".write(to: html.appendingPathComponent("bbb.html"), atomically: true, encoding: .utf8)

        let out = root.appendingPathComponent("out")
        let s = try AEBInterop.importBenchmark(groundTruth: root.appendingPathComponent("ground-truth.json"), pages: html, out: out)
        #expect(s.pages == 2)
        #expect(s.problems.isEmpty)
        let page = try String(contentsOf: out.appendingPathComponent("Corpus/www.example.org/aaa.html"), encoding: .utf8)
        #expect(page.contains("First paragraph here."), "gzip pages are stored decompressed")
        let golden = try ArticleFile.read(out.appendingPathComponent("Goldens/www.example.org/aaa.json"))
        #expect(golden.body == ["First paragraph here.", "Second paragraph here."])
        #expect(golden.title == nil, "the benchmark annotates the body only: other fields are not scored")

        let file = root.appendingPathComponent("predictions.json")
        #expect(try AEBInterop.exportPredictions(out.appendingPathComponent("Goldens"), to: file) == 2)
        let exported = try JSONParser.parse(bytes: Array(Data(contentsOf: file)))
        #expect(exported["aaa"]?["articleBody"]?.stringValue == "First paragraph here.\n\nSecond paragraph here.")
        #expect(exported["bbb"]?["articleBody"]?.stringValue == "Only paragraph.")
    }

    @Test func aMissingPageIsReportedAndTheRestImported() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("html"), withIntermediateDirectories: true)
        let truth = #"{"zzz": {"articleBody": "Text.", "url": "https://example.net/z"}}"#
        try truth.write(to: root.appendingPathComponent("ground-truth.json"), atomically: true, encoding: .utf8)
        let s = try AEBInterop.importBenchmark(
            groundTruth: root.appendingPathComponent("ground-truth.json"), pages: root.appendingPathComponent("html"),
            out: root.appendingPathComponent("out"))
        #expect(s.pages == 0)
        #expect(s.problems.first?.contains("zzz.html") == true)
    }
}
