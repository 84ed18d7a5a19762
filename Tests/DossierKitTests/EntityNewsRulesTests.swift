import Testing
@testable import DossierKit

/// Rules found by reading news copy (wire and business stories) as a user; invented names.
@Suite("Entity rules from news copy")
struct EntityNewsRulesTests {
    @Test func aCompanyShortNameKeepsTheCompanyTypeEverywhere() {
        let text = article("""
            Brovex Inc. said it extended its offer for Kalumet Corp. common stock. The offer values the \
            stake in Kalumet that Brovex does not own at $500 million. Kalumet shares closed at $19.50, \
            and Kalumet had 5.6 million shares outstanding.
            """)
        let kalumet = mentions(text).filter { $0.0 == "Kalumet" }
        #expect(kalumet.count == 3)
        #expect(kalumet.allSatisfy { $0.1 == .org })
    }

    @Test func aBattleNeedsOf() {
        #expect(!has(article("The company moved its plant to Battle Creek in May."), "Battle Creek", .event))
        #expect(has(article("Historians still argue about the Battle of Velmora."), "Battle of Velmora", .event))
    }

    @Test func aSoftHyphenInsideANameIsInvisible() {
        // Text copied from a web page keeps soft hyphens (U+00AD) inside words.
        let text = article("President Ilham Ali\u{AD}yev met Envoy Tamsin Vo\u{AD}rel in Baku. Vorel said Aliyev agreed.")
        let m = mentions(text)
        #expect(m.contains { $0.0 == "Ilham Ali\u{AD}yev" && $0.1 == .person })
        #expect(m.contains { $0.0 == "Tamsin Vo\u{AD}rel" && $0.1 == .person })
        let doc = testAnnotator.annotate(text, date: CalendarDate(year: 2021, month: 3, day: 1))
        let vorel = doc.entities.first { $0.mentions.contains { $0.text == "Vorel" } }
        #expect(vorel?.mentions.count == 2)
        #expect(vorel?.name == "Tamsin Vorel")
        let aliyev = doc.entities.first { $0.mentions.contains { $0.text == "Aliyev" } }
        #expect(aliyev?.mentions.count == 2)
    }

    @Test func aLeadingTheIsNotPartOfTheName() {
        let m = mentions(article("The Harbour Ledger reported (Harbour Ledger, March 3) that The Hague court ruled. THE KESSEL COURIER agreed."))
        #expect(m.contains { $0.0 == "Hague" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Harbour Ledger" && $0.1 == .media })
        #expect(!m.contains { $0.0.hasPrefix("The ") || $0.0.hasPrefix("THE ") })
    }

    @Test func anOutletsLastWordIsThatOutlet() {
        let text = article("The Kessel Post reported the deal (Kessel Post, March 3). Since joining The Post, Tamsin Vorel has covered energy.")
        let doc = testAnnotator.annotate(text, date: CalendarDate(year: 2021, month: 3, day: 5))
        let post = doc.entities.first { $0.mentions.contains { $0.text == "Post" } }
        #expect(post?.type == .media)
        #expect(post?.mentions.map(\.text).contains("Kessel Post") == true)
    }

    /// Companies of the main stock indices are known (Data/knowledge/companies.tsv): a listed
    /// company after "to" is no place, and an English word ("Target") or a town is not listed.
    @Test func listedCompaniesAreOrganizations() {
        let m = mentions(article("Yahoo sold the unit to Verizon. Siemens said the cash Verizon is paying was fair."))
        #expect(m.filter { $0.0 == "Verizon" }.count == 2)
        #expect(m.filter { $0.0 == "Verizon" || $0.0 == "Siemens" }.allSatisfy { $0.1 == .org })
        #expect(testAnnotator.knowledge.lookup("Target") == nil)
        #expect(testAnnotator.knowledge.lookup("Dover")?.type != .org)
    }

    @Test func theChamberAndTheLeadersTenure() {
        let m = mentions(article("The bill passed the House after House Republicans and the Vellan administration agreed. Vellan left."))
        #expect(m.filter { $0.0 == "House" && $0.1 == .org }.count == 2)
        #expect(m.contains { $0.0 == "Republicans" && $0.1 == .norp })
        #expect(m.filter { $0.0 == "Vellan" }.allSatisfy { $0.1 == .person })
        #expect(m.filter { $0.0 == "Vellan" }.count == 2)
        #expect(!m.contains { $0.0 == "House Republicans" })
    }

    @Test func koreanNamesAreWhole() {
        let text = article("Opposition leader Lee Jae-myung met Han Dong-hoon and Yoon Suk Yeol in Seoul. Later Yoon said Lee agreed.")
        let m = mentions(text)
        #expect(m.contains { $0.0 == "Lee Jae-myung" && $0.1 == .person })
        #expect(m.contains { $0.0 == "Han Dong-hoon" && $0.1 == .person })
        let doc = testAnnotator.annotate(text, date: CalendarDate(year: 2024, month: 12, day: 7))
        let yoon = doc.entities.first { $0.mentions.contains { $0.text == "Yoon" } }
        #expect(yoon?.name == "Yoon Suk Yeol")
    }

    @Test func aCountryBeforeAHeadFirstStateBodyIsTwoNames() {
        let m = mentions(article("Rangers of the New Zealand Department of Conservation met the Vilnius Institute for Policy Analysis."))
        #expect(m.contains { $0.0 == "New Zealand" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Department of Conservation" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Vilnius Institute for Policy Analysis" && $0.1 == .org })
    }

    @Test func aCompassWordAndANationalityAreOneGroupWord() {
        let m = mentions(article("East Asian and North African leaders met South Korean envoys in Kessel."))
        #expect(m.contains { $0.0 == "East Asian" && $0.1 == .norp })
        #expect(m.contains { $0.0 == "North African" && $0.1 == .norp })
        #expect(m.contains { $0.0 == "South Korean" && $0.1 == .norp })
        #expect(!m.contains { $0.0 == "East" || $0.0 == "North" })
    }

    @Test func aNamedStormIsAnEvent() {
        #expect(has(article("Homes were lost after Hurricane Velma hit the coast."), "Hurricane Velma", .event))
    }

    @Test func aDoctrineIsNoPlace() {
        let m = mentions(article("Posters said “Glory to Velmarism,” while workers marched to Kessel."))
        #expect(!m.contains { $0.0 == "Velmarism" })
    }

    @Test func aNationalityWordBeforeAKnownPlaceIsTwoNames() {
        let m = mentions(article("Settlers in the Jewish West Bank and Turkish Cyprus were counted."))
        #expect(m.contains { $0.0 == "Jewish" && $0.1 == .norp })
        #expect(m.contains { $0.0 == "West Bank" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Turkish" && $0.1 == .norp })
        #expect(m.contains { $0.0 == "Cyprus" && $0.1 == .place })
    }
}

@Suite("Bodies joined by and")
struct BodyJoinedByAndTests {
    @Test func aBodyNamedWithAndIsOneOrganization() {
        let m = mentions(article("The Tariffs and Excise Commission and the Fisheries and Ports Committee met on Monday."))
        #expect(m.contains { $0.0 == "Tariffs and Excise Commission" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Fisheries and Ports Committee" && $0.1 == .org })
    }

    @Test func twoCompaniesStayTwo() {
        let m = names(article("It sold stakes in Kalumet and Brovex Inc last year, and Velmora and Ostrava Council members objected."))
        #expect(!m.contains("Kalumet and Brovex Inc"))
        #expect(!m.contains { $0.hasPrefix("Velmora and") })
    }
}

@Suite("Initials")
struct InitialsTests {
    @Test func twoInitialsInsideAName() {
        #expect(has(article("The letter was signed by George H.W. Vellan and two others."), "George H.W. Vellan", .person))
    }
}

@Suite("Hyphenated acronyms")
struct HyphenatedAcronymTests {
    @Test func aWordHyphenatedToAnAcronymIsOneOrganization() {
        let m = mentions(article("Loyalists of the ruling Velvo-PF party rallied in the capital."))
        #expect(m.contains { $0.0 == "Velvo-PF" && $0.1 == .org })
        #expect(!m.contains { $0.0 == "PF" })
    }
}

@Suite("One type per unknown name")
struct UnknownNameVoteTests {
    @Test func theArticlesEvidenceOutvotesOneWeakCue() {
        let text = article("""
            The Zubex subsidiary will be sold next year. Zubex executives called the price fair. \
            Zubex shareholders will vote in June. If only Zubex had bought the rival when it could.
            """)
        let zubex = mentions(text).filter { $0.0 == "Zubex" }
        #expect(zubex.count >= 3)
        #expect(zubex.allSatisfy { $0.1 == .org })
    }
}

@Suite("Name particles and legal forms")
struct ParticleAndLegalFormTests {
    @Test func aSurnameKeepsTheParticleOfTheFullName() {
        let text = article("""
            The philosopher Anselm de Varennes wrote about light. Critics ignored de Varennes for years. \
            De Varennes said the city glowed.
            """)
        let m = mentions(text)
        #expect(m.contains { $0.0 == "Anselm de Varennes" && $0.1 == .person })
        #expect(m.filter { $0.0 == "de Varennes" && $0.1 == .person }.count == 1)
        #expect(m.contains { $0.0 == "De Varennes" && $0.1 == .person })
        // One person, not three.
        let doc = testAnnotator.annotate(text)
        #expect(doc.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func anAbbreviatedLegalFormKeepsItsPeriod() {
        let text = article("My favorite is simply Velmor Co., the name its executives use. Velmor Co. will hold the stock.")
        let m = mentions(text)
        #expect(m.filter { $0.0 == "Velmor Co." && $0.1 == .org }.count == 2)
        let doc = testAnnotator.annotate(text)
        #expect(doc.entities.filter { $0.type == .org }.count == 1)
    }

    @Test func legislaturesNamedWithoutTheirCountry() {
        let m = mentions(article("The bill passed the Senate on Tuesday and goes to the House of Representatives."))
        #expect(m.contains { $0.0 == "Senate" && $0.1 == .org })
        #expect(m.contains { $0.0 == "House of Representatives" && $0.1 == .org })
    }
}

@Suite("Credits")
struct CreditMentionTests {
    @Test func aSlashedCreditIsReadNameByName() {
        let text = article("The envoy arrived in the capital on Tuesday. (Tamsin Vorel/AFP/Getty Images)")
        let doc = testAnnotator.annotate(text)
        #expect(doc.citations.contains { $0.kind == .credit })
        let m = doc.allMentions().map { ($0.mention.text, $0.mention.type) }
        #expect(!m.contains { $0.0.contains("/") })
        #expect(m.contains { $0.0 == "AFP" && $0.1 == .media })
    }
}

@Suite("A place after of")
struct PlaceAfterOfTests {
    @Test func aStateAfterASenatorsNameStaysAPlace() {
        let m = mentions(article("Senator Ann Vell of Kentucky said the bill would fail."))
        #expect(m.contains { $0.0 == "Kentucky" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Ann Vell" && $0.1 == .person })
    }
}
