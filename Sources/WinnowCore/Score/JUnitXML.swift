/// JUnit XML with one test case per document, so CI systems list documents like tests.
/// A document fails when its body F1 fell below its pinned figure (`Baseline.documents`) by
/// more than the epsilon, or, without a pinned figure, below `floor`.
public enum JUnitXML {
    public static func render(_ report: Report, baseline: Baseline?, floor: Double = 0.5) -> String {
        var cases = ""
        var failures = 0
        for d in report.documents {
            let name = escape(d.id)
            cases += "    <testcase classname=\"winnow.\(escape(d.site))\" name=\"\(name)\" time=\"0\">"
            var failure: String?
            if let b = d.bodyScores {
                if let pinned = baseline?.documents[d.id], b.f1 < pinned - Baseline.epsilon {
                    failure = "body F1 \(fmt(b.f1)) below pinned \(fmt(pinned))"
                } else if baseline?.documents[d.id] == nil, b.f1 < floor {
                    failure = "body F1 \(fmt(b.f1)) below \(fmt(floor))"
                }
            }
            if let failure {
                failures += 1
                cases += "<failure message=\"\(escape(failure))\"/>"
            }
            if let b = d.bodyScores {
                cases += "<system-out>precision \(fmt(b.precision)) recall \(fmt(b.recall)) f1 \(fmt(b.f1))</system-out>"
            }
            cases += "</testcase>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites>\n  <testsuite name=\"winnow-eval\" tests=\"\(report.documents.count)\" failures=\"\(failures)\" errors=\"0\">\n"
            + cases + "  </testsuite>\n</testsuites>\n"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: if c.value < 0x20 && c != "\n" && c != "\t" { out += " " } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }
}
