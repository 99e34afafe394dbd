import WinnowCore

/// A proposal against its golden, for a person to judge: changed fields, and the body's
/// paragraphs that go (each with the rule that now removes it) and that come (kept because no
/// rule removes them any more).
public enum ProposalDiff {
    public struct Summary: Sendable {
        public var fields: [String]
        public var paragraphsOut: Int
        public var paragraphsIn: Int
    }

    public static func summary(golden: Article?, proposal: Proposal) -> Summary {
        let fields = golden.map { GoldenStatus.driftedFields(golden: $0, output: proposal.article) } ?? ["new golden"]
        let ops = TextDiff.diff(golden?.body ?? [], proposal.article.body ?? [])
        var out = 0
        var inn = 0
        for op in ops {
            switch op {
            case .removed: out += 1
            case .added: inn += 1
            case .same: break
            }
        }
        return Summary(fields: fields, paragraphsOut: out, paragraphsIn: inn)
    }

    public static func render(path: String, golden: Article?, proposal: Proposal, color: Bool) -> String {
        let paint = Paint(on: color)
        var s = paint.bold("── \(path)") + "  (from \(proposal.source)\(proposal.forced ? ", forced over a reviewed golden" : ""))\n"
        let a = proposal.article
        func field(_ name: String, _ old: String?, _ new: String?) {
            guard let old, old != (new ?? "") else { return }
            s += "  \(name): " + paint.red("\"\(old)\"") + " → " + paint.green("\"\(new ?? "")\"") + "\n"
        }
        if let g = golden {
            field("title", g.title, a.title)
            field("authors", g.authors?.joined(separator: "; "), a.authors?.joined(separator: "; "))
            field("date", g.date, a.date)
            field("site", g.site, a.site)
            field("dateline", g.dateline, a.dateline)
        } else {
            s += "  new golden: title \"\(a.title ?? "")\", date \"\(a.date ?? "")\", site \"\(a.site ?? "")\"\n"
        }
        var same = 0
        func flushSame() {
            if same > 0 { s += paint.dim("    … \(same) paragraph\(same == 1 ? "" : "s") unchanged") + "\n" }
            same = 0
        }
        for op in TextDiff.diff(golden?.body ?? [], a.body ?? []) {
            switch op {
            case .same:
                same += 1
            case .removed(let p):
                flushSame()
                s += paint.red("  - [\(proposal.removedBy[p] ?? "not extracted")] \(p)") + "\n"
            case .added(let p):
                flushSame()
                s += paint.green("  + [kept: no rule removes it] \(p)") + "\n"
            }
        }
        flushSame()
        return s
    }
}

/// ANSI colour, or nothing when output is not a terminal or NO_COLOR is set.
public struct Paint: Sendable {
    public let on: Bool
    public init(on: Bool) { self.on = on }
    func wrap(_ s: String, _ code: String) -> String { on ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    public func red(_ s: String) -> String { wrap(s, "31") }
    public func green(_ s: String) -> String { wrap(s, "32") }
    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
}
