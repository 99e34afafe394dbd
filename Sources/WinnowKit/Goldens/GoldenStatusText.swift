import Foundation
import WinnowCore

/// `winnow goldens status` for people (text) and tools (JSON).
public enum GoldenStatusText {
    public static func render(_ s: GoldenStatus, tree: GoldenTree, since: String) -> String {
        let docs = s.documents
        func count(_ f: (DocumentDrift.State) -> Bool) -> Int { docs.filter { f($0.state) }.count }
        let matching = count { $0 == .matches }
        let drifted = docs.filter { if case .drifted = $0.state { return true } else { return false } }
        let noGolden = docs.filter { $0.state == .noGolden }
        let bad = docs.filter { if case .badGolden = $0.state { return true } else { return false } }
        let unclean = docs.filter { if case .uncleanable = $0.state { return true } else { return false } }
        var out = "Goldens: \(docs.count) documents: \(matching) match, \(drifted.count) drifted, \(noGolden.count) without golden"
        out += ", \(bad.count) unreadable golden(s), \(s.orphans.count) orphan golden(s); \(s.proposals.count) proposal(s) waiting for review\n"
        if !drifted.isEmpty {
            let hasPrevious = drifted.contains { $0.previousF1 != nil }
            out += "\ndrifted              F1     change  (change since \(hasPrevious ? since : "–: no earlier report"))\n"
            // Largest drops first: what the fix broke reads before what it mended.
            func change(_ d: DocumentDrift) -> Double { (((d.f1 ?? 1) - (d.previousF1 ?? d.f1 ?? 1)) * 1000).rounded() }
            let ordered = drifted.sorted { (change($0), $0.id) < (change($1), $1.id) }
            for d in ordered {
                guard case .drifted(let fields) = d.state else { continue }
                let f1 = d.f1.map { String(format: "%.3f", $0) } ?? "  –  "
                let change =
                    d.f1.flatMap { now in d.previousF1.map { abs(now - $0) < 0.0005 ? " 0.000" : String(format: "%+.3f", now - $0) } } ?? "   –  "
                var flags = fields.joined(separator: ", ")
                if d.reviewed { flags += "  [reviewed]" }
                if d.hasProposal { flags += "  [proposal]" }
                out += "  \(f1)  \(change)  \(d.id)  \(flags)\n"
            }
        }
        if !noGolden.isEmpty {
            out += "\nwithout golden (`winnow goldens update PATH` proposes one)\n"
            for d in noGolden { out += "  \(d.id)  (expected \(tree.goldenURL(d.goldenPath).path))\n" }
        }
        if !s.orphans.isEmpty {
            out += "\norphan goldens (no corpus file)\n"
            for o in s.orphans { out += "  \(tree.goldenURL(o).path)\n" }
        }
        for d in bad { if case .badGolden(let why) = d.state { out += "\nunreadable golden: \(why)\n" } }
        for d in unclean { if case .uncleanable(let why) = d.state { out += "\ncannot clean: \(why)\n" } }
        return out
    }

    public static func json(_ s: GoldenStatus) -> JSONValue {
        .object([
            "documents": .array(
                s.documents.map { d in
                    var o: [String: JSONValue] = ["document": .string(d.id), "golden": .string(d.goldenPath)]
                    switch d.state {
                    case .matches: o["state"] = .string("matches")
                    case .drifted(let f):
                        o["state"] = .string("drifted")
                        o["fields"] = .array(f.map(JSONValue.string))
                    case .noGolden: o["state"] = .string("no_golden")
                    case .badGolden(let why):
                        o["state"] = .string("bad_golden")
                        o["error"] = .string(why)
                    case .uncleanable(let why):
                        o["state"] = .string("uncleanable")
                        o["error"] = .string(why)
                    }
                    if let f = d.f1 { o["f1"] = .number(round4(f)) }
                    if let p = d.previousF1 { o["previous_f1"] = .number(p) }
                    if d.reviewed { o["reviewed"] = .bool(true) }
                    if d.hasProposal { o["proposal"] = .bool(true) }
                    return .object(o)
                }),
            "orphans": .array(s.orphans.map(JSONValue.string)),
            "proposals": .array(s.proposals.map(JSONValue.string)),
        ])
    }
}
