import Testing
@testable import DossierKit

/// Types from evidence, not defaults (issue 9, item 4), on invented names.
@Suite("Entity types from shape and cues")
struct EntityShapeTests {
    private func mentions(_ body: String) -> [(String, EntityType)] {
        let doc = testAnnotator.annotate("Notes From the Region\n\n" + body + "\n")
        return doc.allMentions().map { ($0.mention.text, doc.entities[$0.entity].type) }
    }

    @Test func aPlainPairWithNoEvidenceIsNotAPerson() {
        let m = mentions("Officials from Brelt Vandok arrived yesterday and the talks went on.")
        #expect(!m.contains { $0.1 == .person && $0.0.contains("Vandok") })
    }

    @Test func aGivenNameStillMakesAPerson() {
        let m = mentions("Officials said Dmitry Vandokov arrived yesterday.")
        #expect(m.contains { $0.0 == "Dmitry Vandokov" && $0.1 == .person })
    }

    @Test func placeEndingsOfTheRegion() {
        let m = mentions("Shelling hit Zarvanivka and Brodske overnight, and troops left Kelmopol.")
        #expect(m.contains { $0.0 == "Zarvanivka" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Brodske" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Kelmopol" && $0.1 == .place })
    }

    @Test func placePrefixesAndHeads() {
        let m = mentions("Fighting moved from Velykyi Zorlak to Nova Brelka and then to Tarvin City.")
        #expect(m.contains { $0.0 == "Velykyi Zorlak" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Nova Brelka" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Tarvin City" && $0.1 == .place })
    }

    @Test func settlementCues() {
        let m = mentions("The unit dug in near Zorlet and later in the village of Marvuk.")
        #expect(m.contains { $0.0 == "Zorlet" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Marvuk" && $0.1 == .place })
    }

    @Test func outletsNamedAfterARegionAreOneName() {
        let m = mentions("The news was confirmed (Interfax-Velmora, May 3) and RIA Velmora repeated it.")
        #expect(m.contains { $0.0 == "Interfax-Velmora" && $0.1 == .media })
        #expect(m.contains { $0.0 == "RIA Velmora" && $0.1 == .media })
        #expect(!m.contains { $0.0 == "Velmora" })
    }

    @Test func outletHeadsAfterAPlace() {
        let m = mentions("The report ran on Zorlak-Inform and was picked up by others.")
        #expect(m.contains { $0.0 == "Zorlak-Inform" && $0.1 == .media })
    }

    @Test func companyMorphology() {
        let m = mentions("The contract went to Velmor Gold and to Brelt Mining, officials said.")
        #expect(m.contains { $0.0 == "Velmor Gold" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Brelt Mining" && $0.1 == .org })
    }

    @Test func numberedFormationsAreOrganizations() {
        let m = mentions("Units of the 20th Combined Arms Army and the 58th Army moved west.")
        #expect(m.contains { $0.0 == "20th Combined Arms Army" && $0.1 == .org })
        #expect(m.contains { $0.0 == "58th Army" && $0.1 == .org })
    }
}

@Suite("One entity per state")
struct OneStateEntityTests {
    @Test func aStateNamedInASourcePositionIsNotASecondState() {
        let doc = testAnnotator.annotate("Harbour Talks\n\nBelgrade said Serbia would respond (Novapress, Serbia, May 3).\n")
        let ids = doc.entities.map(\.id)
        #expect(!ids.contains("serbia-2"))
        #expect(ids.filter { $0 == "serbia" }.count == 1)
        #expect(doc.entities.first { $0.id == "belgrade" }?.actor == "serbia")
    }
}
