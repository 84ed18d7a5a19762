import Testing
@testable import DossierKit

func entities(_ text: String) -> [Entity] { testAnnotator.annotate(text).entities }

func entity(_ es: [Entity], containing mention: String) -> Entity? {
    es.first { $0.mentions.contains { $0.text == mention } }
}

@Suite("Entity grouping and actors")
struct EntityGroupingTests {
    @Test func surnameJoinsFullName() {
        let es = entities(article("Analyst Giorgi Beridze spoke. Later, as Beridze noted, nothing changed."))
        let e = entity(es, containing: "Beridze")
        #expect(e?.name == "Giorgi Beridze")
        #expect(e?.mentions.count == 2)
    }

    @Test func anAllCapsDatelineNameGivesWayToOrdinaryCase() {
        let es = entities("Talks resume\n\nTIRASPOL, May 4 (Reuters) - Officials in Tiraspol said the talks would resume.\n")
        let e = entity(es, containing: "TIRASPOL")
        #expect(e?.name == "Tiraspol")
        #expect(e?.mentions.map(\.text) == ["TIRASPOL", "Tiraspol"])
    }

    @Test func sameSurnameGoesToNearestPrecedingFullName() {
        let t = article("Both Serdar Berdimuhamedov and later Gurbanguly Berdimuhamedov spoke; then Berdimuhamedov left.")
        let es = entities(t)
        let g = es.first { $0.name == "Gurbanguly Berdimuhamedov" }
        #expect(g?.mentions.count == 2)
        #expect(es.first { $0.name == "Serdar Berdimuhamedov" }?.mentions.count == 1)
    }

    @Test func acronymJoinsItsExpansion() {
        let es = entities(article("The Caspian Shipping Council (CSC) met; the CSC then adjourned."))
        let e = entity(es, containing: "CSC")
        #expect(e?.name == "Caspian Shipping Council")
        #expect(e?.mentions.count == 3)
        #expect(e?.type == .org)
    }

    @Test func knownAliasesShareAnEntity() {
        let es = entities(article("The State Duma voted, and the Duma later met. Karabakh and Nagorno-Karabakh, EDM and Eurasia Daily Monitor."))
        #expect(entity(es, containing: "Duma")?.mentions.count == 2)
        #expect(entity(es, containing: "Karabakh")?.name == "Nagorno-Karabakh")
        #expect(entity(es, containing: "EDM")?.name == "Eurasia Daily Monitor")
    }

    @Test func spellingVariantsMeet() {
        let es = entities(article("Analyst Arsen Pogosyan spoke, and later Pogosian said more."))
        #expect(entity(es, containing: "Pogosian")?.name == "Arsen Pogosyan")
    }

    @Test func capitalsAndNorpPointToTheirStateWhenItIsNamed() {
        let es = entities(article("Russia and Moscow, the Kremlin and Russian officials; Armenia and Armenians."))
        let russia = entity(es, containing: "Russia")
        #expect(russia?.actor == nil)
        #expect(entity(es, containing: "Moscow")?.actor == russia?.id)
        #expect(entity(es, containing: "Kremlin")?.actor == russia?.id)
        #expect(entity(es, containing: "Russian")?.actor == russia?.id)
        #expect(entity(es, containing: "Armenians")?.actor == entity(es, containing: "Armenia")?.id)
    }

    @Test func actorIsNullWhenTheStateIsNotNamed() {
        let es = entities(article("Moscow and Chechen leaders met in Tbilisi."))
        #expect(entity(es, containing: "Moscow")?.actor == nil)
        #expect(entity(es, containing: "Chechen")?.actor == nil)
        #expect(entity(es, containing: "Tbilisi")?.actor == nil)
    }

    @Test func idsAreUniqueSlugsInOrderOfFirstMention() {
        let es = entities(article("Ilham Aliyev met Heydar Aliyev’s heirs in Baku and Şuşa."))
        #expect(Set(es.map(\.id)).count == es.count)
        #expect(es.map(\.name) == ["Ilham Aliyev", "Heydar Aliyev", "Baku", "Şuşa"])
        #expect(es.last?.id == "shusha" || es.last?.id == "susa")
        let starts = es.map { $0.mentions[0].span.start }
        #expect(starts == starts.sorted())
    }
}

@Suite("Knowledge")
struct KnowledgeTests {
    @Test func countriesCapitalsAndDemonyms() {
        let k = testKnowledge
        #expect(k.lookup("Azerbaijan")?.type == .place)
        #expect(k.lookup("the U.S.") == nil)
        #expect(k.lookup("U.S.")?.id == "united-states")
        #expect(k.lookup("Britain")?.id == "united-kingdom")
        #expect(k.lookup("Yerevan")?.actor == "armenia")
        #expect(k.lookup("Azerbaijanis")?.actor == "azerbaijan")
        #expect(k.lookup("Chechen")?.type == .norp)
        #expect(k.lookup("Kremlin")?.actor == "russia")
        #expect(k.lookup("CSTO")?.id == k.lookup("Collective Security Treaty Organization")?.id)
        #expect(k.lookup("TASS")?.type == .media)
        #expect(k.lookup("Xi'an")?.id == k.lookup("Xi’an")?.id)
        #expect(k.isGivenName("Nikol"))
    }

    @Test func embeddedCopyMatchesTheDataFolder() {
        let embedded = Knowledge(files: EmbeddedKnowledge.files)
        #expect(embedded.entries.count == testKnowledge.entries.count)
        #expect(embedded.entries.count > 10_000)
        // Every country pycountry knows is there.
        #expect(embedded.entries.filter { $0.type == .place && $0.actor == nil }.count > 240)
    }

    @Test func tokenizerKeepsDomainsAndInnerApostrophes() {
        let b = Array("Aze.az Xi’an Russia’s Ter-Petrosyan".utf8)
        let toks = NameTokenizer.tokenize(b).map { String(decoding: b[$0.range], as: UTF8.self) }
        #expect(toks == ["Aze.az", "Xi’an", "Russia", "Ter", "Petrosyan"])
    }
}

@Suite("Entity grouping: aliases in parentheses and known people")
struct EntityAliasTests {
    @Test func translationInParenthesesJoinsTheName() {
        let es = entities(article("The Milli Shura Council (National Consultative Council) met; the National Consultative Council voted."))
        let e = entity(es, containing: "Milli Shura Council")
        #expect(e?.mentions.count == 3)
    }

    @Test func surnameBeforeTheFullNameStillJoinsIt() {
        let es = entities("Tokayev Tightens Grip\n\nPresident Kassym-Jomart Tokayev spoke. Then Tokayev left.\n")
        let e = entity(es, containing: "Kassym-Jomart Tokayev")
        #expect(e?.mentions.count == 3)
    }

    @Test func chineseSurnameFirstJoinsByKnowledge() {
        let es = entities(article("Xi Jinping hosted the summit, and Xi spoke first."))
        #expect(entity(es, containing: "Xi")?.mentions.count == 2)
    }
}

@Suite("Entity grouping: companies")
struct EntityCompanyTests {
    @Test func shortCompanyNameJoinsTheFullName() {
        let es = entities(article("Shares of Velmora Group PLC fell in London. Analysts said Velmora would recover."))
        let e = entity(es, containing: "Velmora")
        #expect(e?.type == .org)
        #expect(e?.name == "Velmora Group PLC")
        #expect(e?.mentions.count == 2)
    }
}

@Suite("Entity grouping: a surname with its particle")
struct EntityGroupingParticleTests {
    @Test func particleSurnameAtASentenceStartJoinsTheFullName() {
        let buf = TextBuffer("Officials met Tomas de Varrend on Monday. De Varrend said the talks went well.\n")
        let full = EntityRecognizer.Found(bytes: 14..<30, type: .person, entry: nil, tokens: 3)
        let short = EntityRecognizer.Found(bytes: 42..<52, type: .person, entry: nil, tokens: 2)
        #expect(buf.string(full.bytes) == "Tomas de Varrend" && buf.string(short.bytes) == "De Varrend")
        let es = EntityGrouper(knowledge: Knowledge()).group([full, short], text: buf)
        #expect(es.count == 1)
        // "Paul Smith" is not "John Paul Smith": only a lowercase particle starts a tail.
        let buf2 = TextBuffer("John Paul Smith met Paul Smith.\n")
        let a = EntityRecognizer.Found(bytes: 0..<15, type: .person, entry: nil, tokens: 3)
        let c = EntityRecognizer.Found(bytes: 20..<30, type: .person, entry: nil, tokens: 2)
        #expect(buf2.string(c.bytes) == "Paul Smith")
        #expect(EntityGrouper(knowledge: Knowledge()).group([a, c], text: buf2).count == 2)
    }
}
