import Testing
@testable import DossierKit

/// Round-2 evidence rules, each on sentences of our own with invented names (no list entries).
@Suite("Entity evidence rules")
struct EntityEvidenceTests {
    @Test func exerciseNamesKeepTheirYear() {
        let m = mentions(article("Troops rehearsed for the Silver Hawk-2027 exercise, and Norvik Shield 2026, held in Estonia, ended."))
        #expect(m.contains { $0.0 == "Silver Hawk-2027" && $0.1 == .event })
        #expect(m.contains { $0.0 == "Norvik Shield 2026" && $0.1 == .event })
        #expect(!m.contains { $0.1 == .person })
    }

    @Test func aRoleBeforeANationalityWordAndANameIsAPerson() {
        // "German" is a nationality and a given name: after a role it starts a person's name.
        let m = mentions(article("Voltagrid chief German Tarvasko said prices would rise, and the Georgian Vortex party objected."))
        #expect(m.contains { $0.0 == "German Tarvasko" && $0.1 == .person })
        #expect(m.contains { $0.0 == "Georgian Vortex" && $0.1 == .org }, "without a role it is still a party")
    }

    @Test func theArabicArticleBelongsToTheName() {
        let m = mentions(article("The militant group al-Zahrawiya claimed it, analyst Omar el-Kassar said, and Metal-Zorn Corporation denied it."))
        #expect(m.contains { $0.0 == "al-Zahrawiya" }, "\(m)")
        #expect(m.contains { $0.0 == "Omar el-Kassar" })
        #expect(m.contains { $0.0 == "Metal-Zorn Corporation" } || !m.contains { $0.0.hasPrefix("l-") }, "only a word of its own")
    }

    @Test func anArabicPatronymicMakesAPersonWhateverTheGivenName() {
        let m = mentions(article("Officials said Tarek bin Zawadi met Hamdan ibn Qorvel in Baku. The bin was empty."))
        #expect(m.contains { $0.0 == "Tarek bin Zawadi" && $0.1 == .person }, "\(m)")
        #expect(m.contains { $0.0 == "Hamdan ibn Qorvel" && $0.1 == .person })
        #expect(!m.contains { $0.0 == "Zawadi" || $0.0 == "Qorvel" })
    }

    @Test func aWireDatelineIsAPlaceAndTheNextWordStartsASentence() {
        for dash in ["-", "—", "–"] {
            let m = mentions(article("BAKU (Reuters) \(dash) The Harbour Council voted on Tuesday to keep the tariff."))
            #expect(m.contains { $0.0 == "BAKU" && $0.1 == .place }, "\(dash): \(m)")
            #expect(!m.contains { $0.0.hasPrefix("The ") }, "no leading The after the dateline (\(dash)): \(m)")
        }
        let plain = mentions(article("BAKU — Officials met the envoy on Tuesday."))
        #expect(plain.contains { $0.0 == "BAKU" && $0.1 == .place }, "\(plain)")
        // An acronym opening a line with a parenthesis and no dash is not a dateline.
        #expect(!mentions(article("NATO (the alliance) met.")).contains { $0.1 == .place })
    }

    @Test func aBylineNamesItsAuthorsAndAShoutedOneIsTheSamePerson() {
        let text = "Harbour Talks Stall\n\nBY TAMSIN VOREL and Edric Holm, Kessel Ledger\n\nTamsin Vorel reported on Tuesday that the talks stalled.\n"
        let d = testAnnotator.annotate(text)
        let vorel = d.entities.first { $0.mentions.contains { $0.text == "TAMSIN VOREL" } }
        #expect(vorel?.type == .person)
        #expect(vorel?.mentions.map(\.text).sorted() == ["TAMSIN VOREL", "Tamsin Vorel"], "\(d.entities.map(\.name))")
        #expect(d.entities.contains { $0.type == .person && $0.name == "Edric Holm" })
        // "By" starting a sentence of prose is not a byline.
        let prose = mentions(article("By Tuesday Kessel had closed its port, officials said."))
        #expect(!prose.contains { $0.0.hasPrefix("Tuesday") }, "\(prose)")
    }

    @Test func shortWordsOfAShoutedHeadlineAreNamesNotAcronyms() {
        let d = testAnnotator.annotate("PUTIN WARNS WEST OVER UKRAINE\n\nVladimir Putin warned the West. The NATO envoy left.\n")
        #expect(d.entities.contains { $0.type == .person && $0.mentions.map(\.text).contains("PUTIN") }, "\(d.entities.map(\.name))")
        #expect(d.entities.contains { $0.type == .place && $0.mentions.map(\.text).contains("WEST") })
        // Alone, a short all-caps word stays an acronym.
        #expect(d.entities.contains { $0.type == .org && $0.name == "NATO" })
    }

    @Test func andAfterAPlacePrefixedNameStartsAList() {
        let m = mentions(article("Troops moved near Velykyi Zorvan and Nova Kessa on Monday."))
        #expect(m.contains { $0.0 == "Velykyi Zorvan" && $0.1 == .place }, "\(m)")
        #expect(m.contains { $0.0 == "Nova Kessa" && $0.1 == .place })
        #expect(!m.contains { $0.0.contains(" and ") })
    }

    @Test func aNationalityWordBeforeANounIsOneEvenAtASentenceStart() {
        let m = mentions(article("Western officials met in Kessel. Western Europe was quiet."))
        #expect(m.contains { $0.0 == "Western" && $0.1 == .norp }, "\(m)")
        #expect(m.contains { $0.0 == "Western Europe" && $0.1 == .place })
    }

    @Test func aSmallTownNamedLikeACommonWordIsTheWordAtASentenceStart() {
        // "Man" is a town in the city list; the text also writes "man" in lowercase.
        let text = article("Man’s best friend was absent, a man said. Officials met in Man on Monday.")
        let d = testAnnotator.annotate(text)
        let starts = d.entities.filter { $0.type == .place }.flatMap(\.mentions).map(\.span.start)
        let inMan = text.unicodeScalars.count - " on Monday.\n".unicodeScalars.count - 3
        #expect(starts == [inMan], "only the town after 'in': \(starts)")
    }

    @Test func aTownThatIsOrHasIsStillATownButOneThatSpeaksIsAPerson() {
        // "Dayton" is in the city list and is a surname.
        #expect(has(article("Dayton is a city on a river, and Dayton has a port."), "Dayton", .place))
        #expect(has(article("Dayton said the talks would resume."), "Dayton", .person))
        #expect(has(article("Envoy Dayton is ill."), "Dayton", .person))
    }

    @Test func aNewspaperIsNamedWithoutItsThe() {
        #expect(has(article("The Washington Post reported it first."), "Washington Post", .media))
    }

    @Test func thePRCIsChina() {
        let d = testAnnotator.annotate(article("Officials of the PRC met in Minsk."))
        #expect(d.entities.contains { $0.type == .place && $0.id == "china" && $0.mentions.contains { m in m.text == "PRC" } })
    }

    @Test func numberWordStartsAnExerciseName() {
        let m = mentions(article("Georgia held the Four Rivers-2029 drills with Armenia."))
        #expect(m.contains { $0.0 == "Four Rivers-2029" && $0.1 == .event })
    }

    @Test func yearAfterASingleNameIsNotJoinedWithoutHyphen() {
        // "in Tbilisi 2019," is a place and a year, not one name.
        let m = mentions(article("The talks began in Tbilisi 2019, officials said."))
        #expect(m.contains { $0.0 == "Tbilisi" && $0.1 == .place })
    }

    @Test func placeBeforeAConnectedOrganizationNameJoins() {
        let m = mentions(article("Ilona Varga of the Szeged Institute for Border Studies and the Tartu Forum on Baltic Futures spoke."))
        #expect(m.contains { $0.0 == "Szeged Institute for Border Studies" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Tartu Forum on Baltic Futures" && $0.1 == .event })
    }

    @Test func andAfterAHeadStartsAList() {
        let m = mentions(article("It was financed by the Caspian Reconstruction Bank and Chinese lenders, as Qatar and the United Arab Emirates and Oman watched."))
        #expect(m.contains { $0.0 == "Caspian Reconstruction Bank" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Chinese" && $0.1 == .norp })
        #expect(m.contains { $0.0 == "Oman" && $0.1 == .place })
        // A name with "and" inside still joins ("Ministry of Culture and Tourism").
        #expect(has(article("A letter from the Ministry of Culture and Tourism arrived."), "Ministry of Culture and Tourism", .org))
    }

    @Test func appositionTypesTheNameBeforeIt() {
        let text = article("""
            Prices rose after Voltagrid, the Georgian state power trader, cut supply. Weeks later, \
            Zoltan Bereczki, a Debrecen-based economist, warned about it, and Zarya Okrainy, a local weekly, \
            agreed. Talvik Drasen, a Shia group, denied it.
            """)
        let m = mentions(text)
        #expect(m.contains { $0.0 == "Voltagrid" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Zoltan Bereczki" && $0.1 == .person })
        #expect(m.contains { $0.0 == "Debrecen" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Zarya Okrainy" && $0.1 == .media })
        #expect(m.contains { $0.0 == "Talvik Drasen" && $0.1 == .org })
    }

    @Test func headOfAppositionIsAPerson() {
        let m = mentions(article("A truce that Karim al-Muntasir, head of the interim council, had signed collapsed."))
        #expect(m.contains { $0.0 == "Karim al-Muntasir" && $0.1 == .person })
    }

    @Test func headBeforeTheConnectorDecidesTheType() {
        let m = mentions(article("The rebels fought the Government of National Concord while the Joint War Committee of Bexley’s of Leeds met."))
        #expect(m.contains { $0.0 == "Government of National Concord" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Joint War Committee" && $0.1 == .org })
        #expect(!m.contains { $0.1 == .event })
    }

    @Test func administrativeDistrictIsAPlace() {
        let m = mentions(article("Growth was weakest in the Southwestern Federal District last year."))
        #expect(m.contains { $0.0 == "Southwestern Federal District" && $0.1 == .place })
    }

    @Test func placeCuesWithPrepositions() {
        let m = mentions(article("""
            Ships reached the Danube port of Zelvany and the old city of Königshafen. The ferry line to \
            Ust-Varna is idle. Candidates such as Lyudmila Sorokova were barred from the city ballot.
            """))
        #expect(m.contains { $0.0 == "Zelvany" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Königshafen" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Ust-Varna" && $0.1 == .place })
        #expect(!m.contains { $0.0 == "Lyudmila Sorokova" && $0.1 == .place })
    }

    @Test func hyphenatedModifierIsNotAPlaceNoun() {
        let m = mentions(article("Analysts fear that the Storvik intermediate-range missile will arrive."))
        #expect(!m.contains { $0.0 == "Storvik" && $0.1 == .place })
    }

    @Test func companyMorphologyAndMembers() {
        let m = mentions(article("Officials said the debt Ukrtransgaz owes is disputed, and Vrellik fighters left the camps."))
        #expect(m.contains { $0.0 == "Ukrtransgaz" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Vrellik" && $0.1 == .org })
    }

    @Test func locativeKeepsAPlaceBeforeReportingVerb() {
        let m = mentions(article("A spokesman in Benghazi said the army would respond."))
        #expect(m.contains { $0.0 == "Benghazi" && $0.1 == .place })
    }

    @Test func shortDatelinePlaceIsMarked() {
        let text = "Ships test a new route\n\nBAKU, Azerbaijan (AP) — A tanker left the port on Monday, officials said.\n"
        let m = mentions(text)
        #expect(m.contains { $0.0 == "BAKU" && $0.1 == .place })
        #expect(m.contains { $0.0 == "AP" && $0.1 == .media })
        // An acronym elsewhere stays an acronym.
        #expect(!has(article("The NATO summit ended."), "Nato", .place))
    }
}

@Suite("Entity evidence: articles and nationality tails")
struct EntityArticleEvidenceTests {
    @Test func articleBeforeAnUnknownNameIsNotAPerson() {
        let m = mentions(article("Observers agree. The Valkor has noticed, and the Drenmark has refused the plan."))
        #expect(!m.contains { $0.1 == .person })
    }

    @Test func surnameAfterTheStillJoinsItsPerson() {
        let m = mentions(article("Dmitri Sarkanov spoke in Riga last year. The Sarkanov affair still shapes the debate."))
        #expect(m.filter { $0.1 == .person }.map(\.0) == ["Dmitri Sarkanov", "Sarkanov"])
    }

    @Test func runEndingInANationalityIsNotAPerson() {
        let m = mentions(article("Rights of the Zangezur Armenians were discussed."))
        #expect(!m.contains { $0.0 == "Zangezur Armenians" })
        #expect(m.contains { $0.0 == "Armenians" && $0.1 == .norp })
    }
}

@Suite("Entity evidence: outlets in wire news")
struct EntityWireOutletTests {
    @Test func datelineCreditIsMedia() {
        let text = "Talks stall in the north\n\nVALMORA, Mar 3 (Nordwire) - Officials met on Monday, the Veltra news agency reported.\n"
        let m = mentions(text)
        #expect(m.contains { $0.0 == "Nordwire" && $0.1 == .media })
        #expect(m.contains { $0.0 == "Veltra" && $0.1 == .media })
    }

    @Test func acronymBeforeNewsAgencyIsMedia() {
        let m = mentions(article("“We are ready,” KNA news agency reported, while the Sarvik weekly briefing went ahead."))
        #expect(m.contains { $0.0 == "KNA" && $0.1 == .media })
        #expect(!m.contains { $0.0 == "Sarvik" && $0.1 == .media })
    }

    @Test func gapIsAPlaceHead() {
        #expect(has(article("Units moved toward the Varsko Gap last week."), "Varsko Gap", .place))
    }
}

@Suite("Entity grouping: relatives with one surname")
struct EntityRelativesTests {
    /// Entity names and their mention texts.
    func groups(_ text: String) -> [String: [String]] {
        let doc = testAnnotator.annotate(text)
        var out: [String: [String]] = [:]
        for e in doc.entities where e.type == .person { out[e.name] = e.mentions.map(\.text) }
        return out
    }

    @Test func elderAndYoungerFollowFatherAndSon() {
        let g = groups(article("""
            In 2021 Temir Orazkulov replaced his father, Bakyt Orazkulov, as governor. The elder \
            Orazkulov still chairs the council, while the younger Orazkulov runs the region.
            """))
        #expect(g["Bakyt Orazkulov"] == ["Bakyt Orazkulov", "Orazkulov"])
        #expect(g["Temir Orazkulov"] == ["Temir Orazkulov", "Orazkulov"])
    }

    @Test func sonMarkedFirstAlsoWorks() {
        let g = groups(article("""
            Almaz Dzhunusov handed power to his son Nurlan Dzhunusov. Critics say the elder Dzhunusov \
            still decides.
            """))
        #expect(g["Almaz Dzhunusov"]?.count == 2)
        #expect(g["Nurlan Dzhunusov"] == ["Nurlan Dzhunusov"])
    }
}

@Suite("Entity evidence: organizations without heads")
struct EntityOrgEvidenceTests {
    @Test func acronymAfterANameMakesItAnOrganization() {
        let m = mentions(article("The ministry signed a deal with Vodoprivreda Zelenije (VPZ) on Monday."))
        #expect(m.contains { $0.0 == "Vodoprivreda Zelenije" && $0.1 == .org })
    }

    @Test func stateOwnedNameIsAnOrganization() {
        let m = mentions(article("Prices were set by the state-owned Dravska Mreza last year."))
        #expect(m.contains { $0.0 == "Dravska Mreza" && $0.1 == .org })
    }

    @Test func companyBuiltWordAtSentenceStart() {
        let m = mentions(article("Prices rose in May. Vardargas said it would raise tariffs again."))
        #expect(m.contains { $0.0 == "Vardargas" && $0.1 == .org })
    }

    @Test func eventHeadTakesItsYear() {
        let m = mentions(article("Crowds came to the Expo 2031 in Tashkent, officials said."))
        #expect(m.contains { $0.0 == "Expo 2031" && $0.1 == .event })
    }
}

@Suite("Entity evidence: linked place names and long appositions")
struct EntityLinkedNameTests {
    @Test func lowercaseLinkBetweenHyphensJoinsAPlace() {
        let m = mentions(article("Trucks went on to Dera-i-Kalan and then to Zarovsk."))
        #expect(m.contains { $0.0 == "Dera-i-Kalan" && $0.1 == .place })
    }

    @Test func runAfterTheIsSkippedWhole() {
        let m = mentions(article("Planners prefer the Kaspo-Varn Freight Link through the valley."))
        #expect(!m.contains { $0.1 == .person })
        #expect(!m.contains { $0.0 == "Varn Freight Link" })
    }

    @Test func countryPrefixedCompanyWithApposition() {
        let m = mentions(article("Officials say Georgia Zheleznye Linii, the state railway company, signed the deal."))
        #expect(m.contains { $0.0 == "Georgia Zheleznye Linii" && $0.1 == .org })
    }
}

@Suite("Entity evidence: context found elsewhere")
struct EntityContextOrderTests {
    @Test func sentenceInitialWordTakesTheTypeFoundByContext() {
        let m = mentions(article("""
            In 2023 Korvath fighters crossed the border. Korvath has since left the country, officials say.
            """))
        #expect(m.filter { $0.0 == "Korvath" }.map(\.1) == [.org, .org])
    }
}

@Suite("Entity evidence: party names and possessive places")
struct EntityPartyTests {
    @Test func pluralNationalityCanEndAPartyName() {
        let m = mentions(article("Seats went to the Union of Farmers and Socialists, but the Ministry of Trade and Russian banks paid."))
        #expect(m.contains { $0.0 == "Union of Farmers and Socialists" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Ministry of Trade" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Russian" && $0.1 == .norp })
    }

    @Test func placePossessiveBeforeACourtIsAPlace() {
        let m = mentions(article("Later, Tbilisi’s Court of Appeal ruled against them."))
        #expect(m.contains { $0.0 == "Tbilisi" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Court of Appeal" && $0.1 == .org })
    }
}

@Suite("Entity evidence: companies that speak, names that are also towns")
struct EntitySpeakerTests {
    @Test func saidItsMakesAnOrganization() {
        let m = mentions(article("Prices held. Veltracom said its network was unaffected, and later Orbisna said its plants were shut."))
        #expect(m.contains { $0.0 == "Veltracom" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Orbisna" && $0.1 == .org })
    }

    @Test func townNameStartingAPersonsName() {
        let m = mentions(article("The agency's writer Dasha Orlovskaya in Riga contributed."))
        #expect(m.contains { $0.0 == "Dasha Orlovskaya" && $0.1 == .person })
    }
}

@Suite("Entity evidence: wire-news places and sign-offs")
struct EntityWirePlaceTests {
    @Test func nameBeforeItsStateIsAPlace() {
        let m = mentions(article("The lender has offices at Cedar Hollow, Utah. A plant near Vorlak Springs, Ohio, closed."))
        #expect(m.contains { $0.0 == "Cedar Hollow" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Vorlak Springs" && $0.1 == .place })
    }

    @Test func signOffIsAPersonNotAnOutlet() {
        let m = mentions(article("Heavy fighting went on. Marit Olsgaard, BBC news, Pristina."))
        #expect(m.contains { $0.0 == "Marit Olsgaard" && $0.1 == .person })
    }

    @Test func bancorpIsAnOrganization() {
        #expect(has(article("First Union agreed to acquire Kestrel Bancorp for stock."), "Kestrel Bancorp", .org))
    }
}

@Suite("Entity evidence: firms joined by an ampersand")
struct EntityAmpersandTests {
    @Test func ampersandJoinsAFirm() {
        let m = mentions(article("Shares of Varnell & Kask rose after Dorsey & Lomb Co said it would merge."))
        #expect(m.contains { $0.0 == "Varnell & Kask" && $0.1 == .org })
        #expect(m.contains { $0.0 == "Dorsey & Lomb Co" && $0.1 == .org })
    }
}

@Suite("Entity evidence: role words as surnames, particles, quote attribution")
struct EntityPersonNameTests {
    @Test func roleWordEndingANameIsASurname() {
        let m = mentions(article("Former Prime Minister Ivan Major spoke, and captain Mary Ann King agreed."))
        #expect(m.contains { $0.0 == "Ivan Major" && $0.1 == .person })
        #expect(m.contains { $0.0 == "Mary Ann King" && $0.1 == .person })
        // A rank before a name is still a title.
        #expect(names(article("Then Major General Ivan Korsak spoke.")).contains("Ivan Korsak"))
    }

    @Test func givenNameThatIsADocumentWord() {
        #expect(has(article("Former President Bill Dravenport agreed."), "Bill Dravenport", .person))
    }

    @Test func particleAfterARoleWord() {
        #expect(has(article("The company spokesman Lex van Dorsten told reporters."), "Lex van Dorsten", .person))
    }

    @Test func speakerAfterAQuotation() {
        let m = mentions(article("“I putted well,” said Lundqvar after the round."))
        #expect(m.contains { $0.0 == "Lundqvar" && $0.1 == .person })
    }
}

@Suite("Entity evidence: outlet nouns and coordinated place nouns")
struct EntityNounCueTests {
    @Test func outletNounBeforeACommonFirstWord() {
        #expect(has(article("He wrote in the online portal New Dawn last week."), "New Dawn", .media))
    }

    @Test func coordinatedNamesBeforeAPluralPlaceNoun() {
        let m = mentions(article("Drills were held at the Kovar Yal and Brudnoi ranges, near the Zorvan and Kelbaz provinces."))
        for n in ["Kovar Yal", "Brudnoi", "Zorvan", "Kelbaz"] {
            #expect(m.contains { $0.0 == n && $0.1 == .place })
        }
    }
}

@Suite("Entity evidence: told an outlet")
struct EntityToldTests {
    @Test func toldANameWithoutPersonEvidenceIsAnOutlet() {
        let m = mentions(article("The minister told Novaya Volna that talks had stalled, and later told Ivan Dorsky the same."))
        #expect(m.contains { $0.0 == "Novaya Volna" && $0.1 == .media })
        #expect(m.contains { $0.0 == "Ivan Dorsky" && $0.1 == .person })
    }
}

@Suite("Entity evidence: operations")
struct EntityOperationTests {
    @Test func operationNameIsAnEvent() {
        let m = mentions(article("Historians compare it with Operation Grey Harrow, which failed."))
        #expect(m.contains { $0.0 == "Operation Grey Harrow" && $0.1 == .event })
    }
}
