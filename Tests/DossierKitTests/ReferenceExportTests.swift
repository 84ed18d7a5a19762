import Foundation
import Testing
@testable import DossierKit

/// The built-in reference article exported as JSON and read back, checked field by field
/// against the annotation guidelines and the export contract.
@Suite struct ReferenceExportTests {
    let json: [String: Any]
    let text: [Unicode.Scalar]

    init() {
        let doc = testAnnotator.annotate(BuiltinArticle.text, path: BuiltinArticle.displayName)
        let data = Data(DocumentExporter.json(doc).utf8)
        json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        text = Array((json["text"] as? String ?? "").unicodeScalars)
    }

    func slice(_ o: [String: Any]) -> String {
        let t = text
        guard let s = o["start"] as? Int, let e = o["end"] as? Int, 0 <= s, s <= e, e <= t.count else { return "<bad span>" }
        return String(String.UnicodeScalarView(t[s..<e]))
    }

    var entities: [[String: Any]] { json["entities"] as? [[String: Any]] ?? [] }
    func entity(_ id: String) -> [String: Any]? { entities.first { $0["id"] as? String == id } }
    func names(_ e: [String: Any]?) -> Set<String> {
        Set((e?["mentions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String })
    }

    @Test func schemaSourceAndKeyOrder() throws {
        let raw = DocumentExporter.json(testAnnotator.annotate(BuiltinArticle.text))
        // Top-level keys stand at two spaces of indentation.
        let keys = ["schema", "source", "metadata", "text", "blocks", "sentences", "entities", "citations", "timexes", "timeline"]
        let positions = keys.map { raw.range(of: "\n  \"\($0)\": ")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "keys in contract order")
        #expect(json["schema"] as? String == "dossier/1")
        #expect(json["text"] as? String == BuiltinArticle.text)
    }

    @Test func metadata() throws {
        let m = try #require(json["metadata"] as? [String: Any])
        #expect(m["title"] as? String == "Moscow-Baku Rapprochement Continues—But With Tests Ahead")
        #expect(m["publication"] as? String == "Eurasia Daily Monitor")
        #expect(m["volume"] as? Int == 16)
        #expect(m["issue"] as? Int == 138)
        #expect((m["caption"] as? String)?.hasPrefix("President of Azerbaijan Ilham Aliyev (left)") == true)
        let date = try #require(m["date"] as? [String: Any])
        #expect(date["inferred"] as? Bool == true)
        // Volume 16 is 2019; the latest cited date, October 7, bounds it from below.
        let value = try #require((date["value"] as? String).flatMap(CalendarDate.init(iso:)))
        #expect(value >= CalendarDate(year: 2019, month: 10, day: 7) && value <= CalendarDate(year: 2019, month: 10, day: 10))
        #expect((date["basis"] as? String)?.isEmpty == false)
    }

    @Test func blocksAndSentences() throws {
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["kind"] as? String ?? "" } == ["title", "meta", "caption"] + Array(repeating: "paragraph", count: 8))
        #expect(slice(blocks[1]) == "Publication: Eurasia Daily Monitor Volume: 16 Issue: 138")
        let sentences = try #require(json["sentences"] as? [[String: Any]])
        let spans = sentences.compactMap { s in (s["start"] as? Int).flatMap { a in (s["end"] as? Int).map { Span(a, $0) } } }
        #expect(spans.count == sentences.count && spans.count > 20)
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.end <= $1.start }, "sorted, disjoint")
        // Abbreviations and domains do not end a sentence; a citation stays in its sentence.
        #expect(sentences.contains { slice($0).hasSuffix("against Baku (see EDM, July 19, 2016).") })
        #expect(sentences.contains { slice($0).contains("“it is eas[ier] to name those spheres") })
    }

    @Test func mentionsMatchTheirText() {
        for e in entities {
            for m in e["mentions"] as? [[String: Any]] ?? [] {
                #expect(slice(m) == m["text"] as? String)
            }
        }
    }

    @Test func entitiesGroupAliasesAndPointMetonymsToStates() {
        #expect(entity("ilham-aliyev")?["type"] as? String == "PERSON")
        #expect(names(entity("ilham-aliyev")) == ["Ilham Aliyev", "Aliyev"])
        #expect(names(entity("nikol-pashinyan")) == ["Nikol Pashinyan", "Pashinyan"])
        #expect(names(entity("valdai-club")) == ["Valdai Discussion Club", "Valdai Club"])
        #expect(names(entity("edm")) == ["Eurasia Daily Monitor", "EDM"])
        #expect(entity("edm")?["type"] as? String == "MEDIA")
        #expect(entity("valdai-conference")?["type"] as? String == "EVENT")
        #expect(entity("steinmeier")?["type"] as? String == "PERSON", "“Steinmeier-type” marks the name")
        #expect(entity("moscow")?["actor"] as? String == "russia")
        #expect(entity("kremlin")?["type"] as? String == "ORG")
        #expect(entity("kremlin")?["actor"] as? String == "russia")
        #expect(entity("russian")?["type"] as? String == "NORP")
        #expect(entity("russian")?["actor"] as? String == "russia")
        #expect(entity("yerevan")?["actor"] as? String == "armenia")
        #expect(entity("russia")?["actor"] is NSNull)
        // "Baku-based" marks Baku; "Azerbaijan’s" marks Azerbaijan without the possessive.
        #expect(names(entity("baku")) == ["Baku"])
        #expect(names(entity("azerbaijan")) == ["Azerbaijan"])
        // The source inside a citation is a MEDIA mention.
        #expect(entity("aze-az")?["type"] as? String == "MEDIA")
    }

    @Test func citations() throws {
        let cs = try #require(json["citations"] as? [[String: Any]])
        #expect(cs.count == 12)
        func refs(_ c: [String: Any]) -> [String] {
            (c["refs"] as? [[String: Any]] ?? []).map { "\($0["source"] as? String ?? "")@\(($0["dates"] as? [String] ?? []).joined(separator: ","))" }
        }
        #expect(cs.allSatisfy { slice($0) == $0["text"] as? String })
        let credit = try #require(cs.first)
        #expect(credit["text"] as? String == "(Source: kremlin.ru)" && credit["kind"] as? String == "credit")
        let see = try #require(cs.first { $0["text"] as? String == "(see EDM, July 19, 2016)" })
        #expect(see["kind"] as? String == "crossref" && see["see"] as? Bool == true && refs(see) == ["EDM@2016-07-19"])
        let two = try #require(cs.first { ($0["text"] as? String)?.contains("May 30, 2018 and June 5, 2019") == true })
        #expect(refs(two) == ["EDM@2018-05-30,2019-06-05"])
        let five = try #require(cs.first { ($0["text"] as? String)?.contains("September 17, 24, 25, 26, October 3") == true })
        #expect(refs(five) == ["EDM@2019-09-17,2019-09-24,2019-09-25,2019-09-26,2019-10-03"])
        let aze = try #require(cs.first { $0["text"] as? String == "(Aze.az, September 16)" })
        #expect(aze["kind"] as? String == "source" && aze["see"] as? Bool == false && refs(aze) == ["Aze.az@2019-09-16"])
        // Not citations.
        #expect(!cs.contains { ["(left)", "(September 30–October 3)"].contains($0["text"] as? String ?? "") })
    }

    @Test func timeExpressions() throws {
        let ts = try #require(json["timexes"] as? [[String: Any]])
        func find(_ text: String) -> [String: Any]? { ts.first { $0["text"] as? String == text } }
        #expect(ts.allSatisfy { slice($0) == $0["text"] as? String })
        #expect(find("More than 20 years ago")?["value"] as? String == "1999")
        #expect(find("More than 20 years ago")?["mod"] as? String == "BEFORE")
        #expect(find("spring of 2018")?["value"] as? String == "2018-SP")
        #expect(find("end of September")?["value"] as? String == "2019-09")
        #expect(find("end of September")?["mod"] as? String == "END")
        #expect(find("September 30–October 3")?["value"] as? String == "2019-09-30/2019-10-03")
        #expect(find("the last two decades")?["value"] as? String == "P20Y")
        #expect(find("recent weeks")?["value"] as? String == "PAST_REF")
        #expect(find("a month ago")?["value"] as? String == "2019-09")
        #expect(find("the future")?["value"] as? String == "FUTURE_REF")
        // Dates inside citations belong to the citation, and "27 Years" in a title is no time.
        #expect(find("July 19, 2016") == nil)
        #expect(!ts.contains { ($0["text"] as? String)?.contains("27") == true })
    }

    @Test func timelineIsSortedAndTiedToSentences() throws {
        let tl = try #require(json["timeline"] as? [[String: Any]])
        #expect(!tl.isEmpty)
        let starts = tl.compactMap { $0["start"] as? String }
        #expect(starts == starts.sorted())
        for e in tl {
            let at = try #require(e["at"] as? [String: Any])
            let sentence = try #require(e["sentence"] as? [String: Any])
            #expect((sentence["start"] as? Int ?? 0) <= (at["start"] as? Int ?? -1))
            #expect((at["end"] as? Int ?? .max) <= (sentence["end"] as? Int ?? 0))
            #expect((e["end"] as? String ?? "") >= (e["start"] as? String ?? "~"))
        }
        let first = try #require(tl.first)
        // The date, then the clause the pane shows (spec: timeline[].label).
        #expect((first["label"] as? String ?? "").hasPrefix("1999 (before) More than 20 years ago, Baku-based commentator"))
        #expect(first["origin"] as? String == "timex" && first["kind"] as? String == "event")
        #expect(tl.contains { $0["origin"] as? String == "citation" && $0["start"] as? String == "2016-07-19" })
    }
}
