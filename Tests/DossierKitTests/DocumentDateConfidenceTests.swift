import Testing
@testable import DossierKit

/// Document-date confidence, given dates with their basis, and relative dates resolved by tense
/// (invented texts).
@Suite("Document date confidence and tense")
struct DocumentDateConfidenceTests {
    private func infer(_ text: String, given: GivenDate? = nil) -> DocumentDate {
        DocumentDateInference.infer(TextBuffer(text), metadata: Metadata(), citations: [], given: given,
                                    today: CalendarDate(year: 2030, month: 1, day: 2))
    }

    private func values(_ text: String, dct: CalendarDate) -> [String: String] {
        var out: [String: String] = [:]
        for t in TimeTagger().tag(TextBuffer(text), excluding: [], dct: dct) { out[t.text] = t.value }
        return out
    }

    @Test func aGivenDateOutranksTheTextAndCarriesItsBasis() {
        let d = infer("Mill opens\n\nBRANVIK, March 3, 2021 (Norpress) - The mill opened.",
                      given: GivenDate(CalendarDate(year: 2021, month: 3, day: 5), basis: "the page's article:published_time"))
        #expect(d.value == CalendarDate(year: 2021, month: 3, day: 5))
        #expect(d.basis == "the page's article:published_time")
        #expect(d.confidence == 1 && !d.isUncertain && !d.inferred)
    }

    @Test func aHeaderDateIsConfidentAndAGuessIsUncertain() {
        let header = infer("Mill opens\n\nBRANVIK, March 3, 2021 (Norpress) - The mill opened.")
        #expect(header.confidence >= 0.9 && !header.isUncertain)
        // Only a year in the running text: the day is a guess.
        let guess = infer("Mill opens\n\nThe Branvik mill, closed in 2019, stayed shut.")
        #expect(guess.value.year == 2019)
        #expect(guess.isUncertain)
        // Nothing at all: today stands in, with no confidence.
        let none = infer("Mill opens\n\nThe mill stayed shut.")
        #expect(none.assumed && none.confidence == 0 && none.isUncertain)
    }

    @Test func aPublicationLineWithAFullDateIsTheDate() {
        let d = infer("Mill opens\n\nPublication: The Branvik Courier · March 18, 2015\n\nThe mill opened on Tuesday.")
        #expect(d.value == CalendarDate(year: 2015, month: 3, day: 18))
        #expect(!d.isUncertain)
    }

    @Test func yearsInPlansAreNotTheDocumentYear() {
        // "on schedule to open in 2024" and "plans to start … in 2025" lie ahead: the text is from 2022.
        let d = infer("Plant news\n\nThe Velmor plant, approved in 2022, is on schedule to open in 2024. Its owner plans to start a second line in 2025 and aims to hire in 2026.")
        #expect(d.value.year == 2022)
    }

    @Test func aMonthDayInPastNarrativeIsTheLastOne() {
        let dct = CalendarDate(year: 2024, month: 1, day: 8)
        #expect(values("On December 30, Orlov returned to politics.", dct: dct)["December 30"] == "2023-12-30")
        #expect(values("Orlov will return on December 30.", dct: dct)["December 30"] == "2024-12-30")
    }

    @Test func theDayOfASayingIsInThePast() {
        let dct = CalendarDate(year: 2024, month: 1, day: 8)  // a Monday
        #expect(values("The ministry said on Tuesday it would review the deal.", dct: dct)["Tuesday"] == "2024-01-02")
        #expect(values("Officials said Friday that talks would resume.", dct: dct)["Friday"] == "2024-01-05")
        #expect(values("The ministry will review the deal on Tuesday.", dct: dct)["Tuesday"] == "2024-01-09")
    }

    @Test func exportCarriesConfidence() {
        let doc = testAnnotator.annotate("Mill opens\n\nThe Branvik mill, closed in 2019, stayed shut.")
        let json = DocumentExporter.json(doc, pretty: false)
        #expect(json.contains("\"confidence\":"))
        #expect(json.contains("\"uncertain\":true"))
    }
}
