import Testing
@testable import DossierKit

/// Timeline entries say event or cited source, with honest words (invented texts).
@Suite("Timeline words")
struct TimelineWordsTests {
    let dct = CalendarDate(year: 2024, month: 1, day: 8)

    /// Entries with the words and the full label they show.
    private func timeline(_ body: String) -> [(entry: TimelineEntry, words: String, full: String)] {
        let doc = testAnnotator.annotate("Harbour Talks\n\n" + body + "\n", date: dct)
        return doc.timeline.map { ($0, $0.words(in: doc.text), $0.fullLabel(in: doc.text)) }
    }

    @Test func anEventShowsItsClauseCutAtWords() {
        let t = timeline("On December 30, Orlov returned to Velmora after a long absence; the party welcomed him.")
        let e = try! #require(t.first { $0.entry.isEvent && $0.entry.start == CalendarDate(year: 2023, month: 12, day: 30) })
        #expect(e.words == "On December 30, Orlov returned to Velmora after a long absence")
        #expect(e.full == "2023-12-30 On December 30, Orlov returned to Velmora after a long absence")
    }

    @Test func aLongClauseIsCutAtWordBoundariesWithAnEllipsis() {
        let t = timeline("The committee of the northern harbour authority, which had long resisted every proposal, finally agreed in March 2023 to open the eastern quay to foreign ships carrying grain, timber and machinery for the inland provinces.")
        let e = try! #require(t.first { $0.entry.isEvent })
        #expect(e.words.hasPrefix("…"))
        #expect(e.words.hasSuffix("…"))
        #expect(e.words.contains("March 2023"))
        // Every word is whole: the text holds each one.
        let text = "The committee of the northern harbour authority, which had long resisted every proposal, finally agreed in March 2023 to open the eastern quay to foreign ships carrying grain, timber and machinery for the inland provinces."
        for w in e.words.trimmingCharacters(in: ["…"]).split(separator: " ") { #expect(text.contains(" " + w + " ") || text.hasPrefix(w + " ")) }
    }

    @Test func aDateAloneAtTheEndNeverGivesLonePunctuation() {
        let t = timeline("Talks resumed in 2022.")
        let e = try! #require(t.first { $0.entry.isEvent })
        #expect(e.words == "Talks resumed in 2022")
        for entry in timeline("(2021).\n\n2020.") where entry.entry.isEvent {
            #expect(entry.words.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        }
    }

    @Test func aCitationWithSeveralSourcesIsOneEntry() {
        let t = timeline("Orlov was detained, reports said (Harbour Post, Velmora Daily, January 3).")
        let sources = t.filter { !$0.entry.isEvent }
        #expect(sources.count == 1)
        #expect(sources.first?.words == "Harbour Post, Velmora Daily")
        #expect(sources.first?.full == "2024-01-03 Harbour Post, Velmora Daily")
    }

    @Test func exportLabelsCarryTheWordsAndTheKind() {
        let doc = testAnnotator.annotate("Harbour Talks\n\nTalks resumed in 2022 (Harbour Post, January 3).\n", date: dct)
        let json = DocumentExporter.json(doc, pretty: false)
        #expect(json.contains("\"label\":\"2022 Talks resumed in 2022\""))
        #expect(json.contains("\"kind\":\"event\""))
        #expect(json.contains("\"label\":\"2024-01-03 Harbour Post\",\"origin\":\"citation\",\"kind\":\"source\""))
    }
}
