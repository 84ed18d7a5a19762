import Foundation

/// Scores the HTML reader on a folder of pages in the shared corpus's layout
/// (`NAME/source.html`, `NAME/expected.html`, `NAME/expected-metadata.json`): body text by
/// word 4-gram shingles (precision, recall, F1 averaged over pages) and title, byline and
/// published date by exact match after whitespace normalization (dates as calendar days).
public struct ExtractionEvaluator: Sendable {
    public struct Page: Sendable {
        public var name: String
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var title: (got: String?, want: String?)
        public var byline: (got: String?, want: String?)
        public var date: (got: String?, want: String?)
        public var titleOK: Bool { title.got == title.want }
        public var bylineOK: Bool { byline.got == byline.want }
        public var dateOK: Bool { date.got == date.want }
    }

    public struct Report: Sendable {
        public var pages: [Page]
        func mean(_ f: (Page) -> Double) -> Double { pages.isEmpty ? 0 : pages.map(f).reduce(0, +) / Double(pages.count) }
        public var precision: Double { mean(\.precision) }
        public var recall: Double { mean(\.recall) }
        public var f1: Double { mean(\.f1) }
        public var titleAccuracy: Double { mean { $0.titleOK ? 1 : 0 } }
        public var bylineAccuracy: Double { mean { $0.bylineOK ? 1 : 0 } }
        public var dateAccuracy: Double { mean { $0.dateOK ? 1 : 0 } }
        /// Names and values, for floors files (`body-f1`, `title`, `byline`, `date`).
        public var metrics: [String: Double] {
            ["body-f1": f1, "body-precision": precision, "body-recall": recall, "title": titleAccuracy,
             "byline": bylineAccuracy, "date": dateAccuracy]
        }
    }

    public init() {}

    public func evaluate(folder: String) throws -> Report {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: folder).sorted()
        var pages: [Page] = []
        for name in names {
            let dir = folder + "/" + name
            guard let source = fm.contents(atPath: dir + "/source.html"),
                  let expected = fm.contents(atPath: dir + "/expected.html") else { continue }
            let meta = fm.contents(atPath: dir + "/expected-metadata.json")
                .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
            pages.append(score(name: name, source: [UInt8](source), expected: [UInt8](expected), metadata: meta))
        }
        return Report(pages: pages)
    }

    func score(name: String, source: [UInt8], expected: [UInt8], metadata: [String: Any]) -> Page {
        let got = HTMLReader.read(source)
        let scalars = Array(got.text.unicodeScalars)
        var body = ""
        for b in got.blocks where b.kind != .title {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[max(0, b.span.start)..<min(scalars.count, b.span.end)])
            body += String(s) + " "
        }
        let want = HTMLDocument(bytes: expected, encoding: "UTF-8")
        let wantText = want.renderedText(0)
        let (p, r, f) = Self.shingleScores(got: body, want: wantText)
        func norm(_ x: Any?) -> String? {
            guard let s = x as? String else { return nil }
            let c = HTMLText.collapse(s)
            return c.isEmpty ? nil : c
        }
        let wantDate = norm(metadata["publishedTime"]).flatMap(HTMLMetadata.isoDate)?.description
        return Page(
            name: name, precision: p, recall: r, f1: f,
            title: (norm(got.metadata.title), norm(metadata["title"])),
            byline: (norm(got.metadata.byline), norm(metadata["byline"])),
            date: (got.metadata.date?.value.description, wantDate))
    }

    /// Word 4-gram multisets of both texts (lower-cased, split at whitespace): precision,
    /// recall and F1 of their overlap. Two empty texts agree fully.
    public static func shingleScores(got: String, want: String) -> (Double, Double, Double) {
        let a = shingles(got), b = shingles(want)
        let na = a.values.reduce(0, +), nb = b.values.reduce(0, +)
        if na == 0 && nb == 0 { return (1, 1, 1) }
        if na == 0 || nb == 0 { return (0, 0, 0) }
        var common = 0
        for (k, v) in a { common += min(v, b[k] ?? 0) }
        let p = Double(common) / Double(na), r = Double(common) / Double(nb)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    static func shingles(_ s: String) -> [String: Int] {
        let words = s.lowercased().split(whereSeparator: { $0.isWhitespace })
        var out: [String: Int] = [:]
        if words.isEmpty { return out }
        if words.count < 4 { out[words.joined(separator: " "), default: 0] += 1; return out }
        for i in 0...(words.count - 4) { out[words[i..<(i + 4)].joined(separator: " "), default: 0] += 1 }
        return out
    }
}
