import Testing
@testable import DossierKit

/// The sentences of a one-paragraph text.
private func sentences(_ s: String) -> [String] {
    let b = Array(s.utf8)
    return SentenceSplitter.split(b, 0..<b.count).map { String(decoding: b[$0], as: UTF8.self) }
}

@Suite struct StructureSentenceTests {
    @Test func splitsAtPeriodsQuestionAndExclamationMarks() {
        #expect(sentences("It rained. Was it cold? Yes! Then it stopped.")
            == ["It rained.", "Was it cold?", "Yes!", "Then it stopped."])
    }

    @Test(arguments: [
        "The U.S. Embassy issued a note.", "Gen. Petrov arrived.", "Dr. Lee spoke.", "Mr. Ivanov left.",
        "They met on St. George Street.", "It was Jan. 5 then.", "It was Aug. 9 then.", "See No. 7 here.",
        "It was Russia vs. Ukraine there.", "Some outlets, e.g. Interfax, agreed.", "Others, i.e. Regnum, did not.",
        "The writer J. R. Smith agreed.", "The site Aze.az reported it.", "The portal kremlin.ru said so.",
        "The site Civil.ge said so.", "Growth was 2.5 percent.", "It made things eas[ier] for all.",
        "He said “we will wait … Maybe later” and left.",
        "Crowds chanted “Go away!” (“Ketińder!”), facing the police.",
    ])
    func doesNotBreakInside(_ s: String) {
        #expect(sentences(s) == [s])
    }

    @Test func citationBeforeThePeriod() {
        #expect(sentences("He would turn on Baku (see EDM, July 19, 2016). And now the question is open.")
            == ["He would turn on Baku (see EDM, July 19, 2016).", "And now the question is open."])
    }

    @Test func closingQuoteAfterThePeriod() {
        #expect(sentences("He said, “We will never agree.” Then he left.")
            == ["He said, “We will never agree.”", "Then he left."])
        #expect(sentences("He said \"No way.\" Others agreed.") == ["He said \"No way.\"", "Others agreed."])
    }

    @Test func footnoteMarkerAfterThePeriod() {
        #expect(sentences("Exports fell.[2] Imports rose.") == ["Exports fell.[2]", "Imports rose."])
    }

    @Test func domainAtTheEndOfASentenceStillEnds() {
        #expect(sentences("It was reported by Aze.az. Officials denied it.")
            == ["It was reported by Aze.az.", "Officials denied it."])
    }

    @Test func acronymOrCompanyAtTheEndOfASentence() {
        #expect(sentences("It sells in the U.S. The firm grew.") == ["It sells in the U.S.", "The firm grew."])
        #expect(sentences("He joined Acme Inc. The firm grew.") == ["He joined Acme Inc.", "The firm grew."])
        #expect(sentences("Acme Inc. said so.") == ["Acme Inc. said so."])
    }

    @Test func lowercaseAfterPeriodDoesNotBreak() {
        #expect(sentences("The plan (approx. ten steps) failed.") == ["The plan (approx. ten steps) failed."])
        #expect(sentences("It grew by 3 p.c. annually.") == ["It grew by 3 p.c. annually."])
    }

    @Test func hardWrappedLinesAndNonASCIISentenceStarts() {
        #expect(sentences("First line\nends here. Şuşa was\ncalm.") == ["First line\nends here.", "Şuşa was\ncalm."])
        #expect(sentences("They met Erdoğan. “It is done,” he said.") == ["They met Erdoğan.", "“It is done,” he said."])
    }

    @Test func noTrailingWhitespaceAndNoEmptySentences() {
        #expect(sentences("  One.   Two.  ") == ["One.", "Two."])
        #expect(sentences("...") == ["..."])
        #expect(sentences("") == [])
        #expect(sentences(". . .") == [". . ."])
    }
}
