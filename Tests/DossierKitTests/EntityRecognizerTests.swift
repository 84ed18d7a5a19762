import Testing
@testable import DossierKit

/// Mentions of `text` as (text, type) in text order.
func mentions(_ text: String) -> [(String, EntityType)] {
    let doc = testAnnotator.annotate(text)
    return doc.allMentions().map { ($0.mention.text, $0.mention.type) }
}

/// True when `text` yields a mention `name` of `type`.
func has(_ text: String, _ name: String, _ type: EntityType) -> Bool {
    mentions(text).contains { $0.0 == name && $0.1 == type }
}

/// The mention texts only.
func names(_ text: String) -> [String] { mentions(text).map(\.0) }

/// Wraps a sentence as the body of a small article (title, blank line, paragraph).
func article(_ body: String) -> String { "A Short Note\n\n" + body + "\n" }

@Suite("Entity spans")
struct EntitySpanTests {
    @Test func possessiveIsDropped() {
        let m = mentions(article("The talks went in Azerbaijan’s favor, and Georgia's role grew."))
        #expect(m.contains { $0.0 == "Azerbaijan" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Georgia" && $0.1 == .place })
        #expect(!m.contains { $0.0.contains("’s") || $0.0.contains("'s") })
    }

    @Test func leadingTheIsDropped() {
        #expect(names(article("Officials in the Kremlin were silent.")) == ["Kremlin"])
        #expect(has(article("Europe looked to the West for help."), "West", .place))
    }

    @Test func hyphenatedCompoundsMarkTheNamePart() {
        let m = names(article("A Baku-based analyst praised the Moscow-Baku talks in Russian-occupied areas."))
        #expect(m == ["Baku", "Moscow", "Baku", "Russian"])
    }

    @Test func hyphenInsideANameKeepsItWhole() {
        let m = mentions(article("He met Levon Ter-Petrosyan in Nur-Sultan during Kavkaz-2020."))
        #expect(m.map(\.0) == ["Levon Ter-Petrosyan", "Nur-Sultan", "Kavkaz-2020"])
        #expect(m.map(\.1) == [.person, .place, .event])
    }

    @Test func enDashJoinedNamesAreSeparate() {
        #expect(names(article("Trade between Central Asia–China partners grew.")) == ["Central Asia", "China"])
    }

    @Test func longestNameWinsWithoutNesting() {
        let m = mentions(article("The Georgian Dream party and the Black Sea Fleet met, Interfax-Kazakhstan said."))
        #expect(m.map(\.0) == ["Georgian Dream", "Black Sea Fleet", "Interfax-Kazakhstan"])
        #expect(m.map(\.1) == [.org, .org, .media])
    }

    @Test func rolesAreNotPartOfNames() {
        let m = mentions(article("It was confirmed by Deputy Foreign Minister Artem Kovalenko on arrival."))
        #expect(m.map(\.0) == ["Artem Kovalenko"])
        #expect(m.first?.1 == .person)
    }

    @Test func nationalityBeforeARoleIsNorp() {
        let m = mentions(article("The Armenian president met Moldovan officials."))
        #expect(m.map(\.0) == ["Armenian", "Moldovan"])
        #expect(m.allSatisfy { $0.1 == .norp })
    }

    @Test func unknownPersonFromReportingVerb() {
        let m = mentions(article("As commentator Ruslan Tebuev notes, the plan failed. Later Tebuev said it again."))
        #expect(m.contains { $0.0 == "Ruslan Tebuev" && $0.1 == .person })
        #expect(m.contains { $0.0 == "Tebuev" && $0.1 == .person })
    }

    @Test func unknownOrganizationFromItsHead() {
        let t = article("The move angered the Tavush Farmers Union and the Ministry of Regional Development.")
        #expect(has(t, "Tavush Farmers Union", .org))
        #expect(has(t, "Ministry of Regional Development", .org))
    }

    @Test func unknownEventFromItsHead() {
        #expect(has(article("Delegates gathered at the Yerevan Dialogue Forum last spring."), "Yerevan Dialogue Forum", .event))
        #expect(has(article("Troops drilled in the Steppe Shield exercise near the border."), "Steppe Shield", .event))
    }

    @Test func webDomainsAreMedia() {
        let m = mentions(article("The decree appeared on gov.kz and was quoted by Orda.kz (see Zakon.kz, May 3)."))
        #expect(m.map(\.0) == ["gov.kz", "Orda.kz", "Zakon.kz"])
        #expect(m.allSatisfy { $0.1 == .media })
    }

    @Test func citationSourceIsMedia() {
        let m = mentions(article("The minister resigned (Novy Vestnik, May 3; Radio Azattyk, May 4)."))
        #expect(m.contains { $0.0 == "Novy Vestnik" && $0.1 == .media })
        #expect(m.contains { $0.0 == "Radio Azattyk" && $0.1 == .media })
    }

    @Test func monthsWeekdaysAndTitlesAreNotMentions() {
        #expect(names(article("On Monday, March 3, the Deputy Prime Minister said nothing.")).isEmpty)
    }

    @Test func weaponDesignationsAreNotMentions() {
        #expect(names(article("Ankara bought the S-400 and B-52 crews watched.")) == ["Ankara"])
    }

    @Test func sentenceInitialWordsNeedEvidence() {
        // "Critics" starts a sentence and is never a name; "Dzhabarov" is one because it is
        // seen mid-sentence elsewhere.
        let m = names(article("Critics disagree. Dzhabarov disagrees too. Analyst Timur Dzhabarov left."))
        #expect(!m.contains("Critics"))
        #expect(m.contains("Dzhabarov"))
        #expect(m.contains("Timur Dzhabarov"))
    }

    @Test func placeFromContext() {
        let t = article("Fighting moved to the Kuzyk bridge and spread to Lower Zorya and Belovo.")
        #expect(has(t, "Kuzyk", .place))
    }

    @Test func eponymsBeforeAHyphenatedTailArePeople() {
        let t = article("Some floated a Kozlovsky-type deal, and a Brezhnev-era plan returned.")
        #expect(has(t, "Kozlovsky", .person))
        #expect(has(t, "Brezhnev", .person))
    }

    @Test func outletNamedBeforeItIsCitedIsMedia() {
        let t = article("The minister told Vecherny Listok that talks failed (Vecherny Listok, May 4). He also told Zvonar so (Zvonar, May 5).")
        #expect(mentions(t).filter { $0.0 == "Zvonar" }.allSatisfy { $0.1 == .media })
        #expect(mentions(t).filter { $0.0 == "Zvonar" }.count == 2)
    }

    @Test func initialsBelongToTheName() {
        let m = mentions(article("The bowler W. Athey scored while George W. Bush watched. Pipelines such as Line D. Moscow objected."))
        #expect(m.contains { $0.0 == "W. Athey" && $0.1 == .person })
        #expect(m.contains { $0.0 == "George W. Bush" && $0.1 == .person })
        #expect(m.contains { $0.0 == "Moscow" && $0.1 == .place })
        #expect(!m.contains { $0.0.contains("D.") })
    }

    @Test func treatiesAreNotEntities() {
        let m = names(article("Kyiv signed the Association Agreement in Brussels."))
        #expect(m == ["Kyiv", "Brussels"])
    }

    @Test func dottedAbbreviationKeepsItsDot() {
        #expect(names(article("The U.S. envoy arrived.")) == ["U.S."])
    }
}

@Suite("Entity robustness")
struct EntityRobustnessTests {
    /// A small deterministic generator (no global state).
    struct LCG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
    }

    @Test func randomInputNeverTraps() {
        let pieces = ["(", ")", "-", "–", "’s", "'", ".", ",", ";", ":", " ", "\n", "\n\n", "Moscow", "Baku",
                      "the", "of", "Ministry", "President", "(see EDM, May 3)", "Ş", "ț", "é", "日本", "🙂",
                      "U.S.", "Aze.az", "X", "a", "Kavkaz-2020", "\"", "“", "”", "[1]", "Source:", "\u{0}", "\r\n"]
        var g = LCG(state: 42)
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<Int(g.next() % 80) { s += pieces[Int(g.next() % UInt64(pieces.count))] }
            let doc = testAnnotator.annotate(s)
            for e in doc.entities {
                for m in e.mentions {
                    #expect(m.span.start >= 0 && m.span.end <= s.unicodeScalars.count && m.span.start < m.span.end)
                }
            }
        }
    }

    @Test func truncatedInputNeverTraps() {
        let text = article("Since Nikol Pashinyan’s visit (see EDM, July 19, 2016), the Collective Security Treaty Organization (CSTO) and Moscow-Baku ties (Aze.az, Sept. 16) changed; Şuşa and Chișinău.")
        let scalars = Array(text.unicodeScalars)
        let full = testAnnotator.annotate(text)
        for cut in stride(from: 0, through: scalars.count, by: 3) {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[0..<cut])
            let doc = testAnnotator.annotate(String(v))
            // Every span stays inside the truncated text and carries its own text.
            for (m, _) in doc.allMentions() {
                #expect(m.span.start >= 0 && m.span.start < m.span.end && m.span.end <= cut)
                guard m.span.end <= cut, m.span.start < m.span.end else { continue }
                #expect(String(String.UnicodeScalarView(scalars[m.span.start..<m.span.end])) == m.text)
            }
            for c in doc.citations { #expect(c.span.start >= 0 && c.span.end <= cut) }
            for t in doc.timexes { #expect(t.span.start >= 0 && t.span.end <= cut) }
        }
        // Cut nowhere, the names are all there.
        let names = full.allMentions().map(\.mention.text)
        for n in ["Nikol Pashinyan", "Collective Security Treaty Organization", "CSTO", "Moscow", "Baku", "Aze.az", "Şuşa", "Chișinău"] {
            #expect(names.contains(n), "\(n)")
        }
    }

    @Test func mentionTextsMatchTheirSpans() {
        let text = article("In Şuşa, Erdoğan met Aliyev’s team and officials from Constanța (Report.az, May 2).")
        let doc = testAnnotator.annotate(text)
        let scalars = Array(text.unicodeScalars)
        for (m, _) in doc.allMentions() {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[m.span.start..<m.span.end])
            #expect(String(v) == m.text)
        }
        #expect(doc.allMentions().map(\.mention.text) == ["Şuşa", "Erdoğan", "Aliyev", "Constanța", "Report.az"])
    }
}

@Suite("Entity recognizer with the learned tagger")
struct EntityModelTests {
    @Test func modelOnlyFillsGapsAndNeverTraps() throws {
        let model = try #require(testModel, "Data/ner/model.bin ships with the project")
        let text = article("The deal, analysts say, favored Provigo. Ministers met in Kaunas and Vilnius (LRT, May 3).")
        let buf = TextBuffer(text)
        let st = StructureParser.parse(buf)
        let rules = EntityRecognizer(knowledge: testKnowledge, model: nil).mentions(buf, blocks: st.blocks, citations: [])
        let both = EntityRecognizer(knowledge: testKnowledge, model: model).mentions(buf, blocks: st.blocks, citations: [])
        // Everything the rules found stays, with the same type; the model may only add.
        for f in rules { #expect(both.contains(f)) }
        #expect(both.count >= rules.count)
        // Random text with the model on never traps.
        _ = EntityRecognizer(knowledge: testKnowledge, model: model).mentions(TextBuffer("Ş (X. Y–Z “Ab Cd"), blocks: [], citations: [])
    }
}

@Suite("Entity spans in wire news")
struct EntityWireTests {
    @Test func shoutedDatelineMatchesInTitleCase() {
        let m = mentions("NEW YORK (AP) _ Police arrested two men in Brooklyn.\n")
        #expect(m.contains { $0.0 == "NEW YORK" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Brooklyn" && $0.1 == .place })
        #expect(!m.contains { $0.0 == "YORK" })
    }

    @Test func companySuffixesMakeOrganizations() {
        let m = mentions(article("Shares of Kestrel Holdings Inc. and Arvato N.V. rose."))
        // An abbreviated legal form keeps its period, as "U.S." does.
        #expect(m.contains { $0.0 == "Kestrel Holdings Inc." && $0.1 == .org })
        #expect(m.contains { $0.0 == "Arvato N.V" && $0.1 == .org })
    }

    @Test func listsJoinedByAndStaySeparate() {
        let m = names(article("It sold stakes in Innopac and Mobil Corp last year."))
        #expect(!m.contains("Innopac and Mobil Corp"))
        #expect(m.contains("Mobil Corp"))
    }

    @Test func minorPlaceThatIsAGivenNameIsAPerson() {
        let m = mentions(article("Revenue rose.\n\nMartin Fabi, the company’s president, said so."))
        #expect(m.contains { $0.0 == "Martin Fabi" && $0.1 == .person })
    }
}

@Suite("The tagger's last look at what the rules left untyped")
struct EntityModelFillTests {
    /// Invented towns as the long city list would give them.
    static let towns = Knowledge(files: [("cities.tsv", """
        PLACE\tbrackwell\t\tBrackwell
        PLACE\tostermoor\t\tOstermoor
        PLACE\tfeldhaven\t\tFeldhaven
        PLACE\tquillton\t\tQuillton
        PLACE\tmarrowby\t\tMarrowby
        PLACE\ttessingham\t\tTessingham
        """)])

    func found(_ text: String, knowledge: Knowledge = testKnowledge, model: NERModel?) -> [(String, EntityType)] {
        let buf = TextBuffer(text)
        let st = StructureParser.parse(buf)
        return EntityRecognizer(knowledge: knowledge, model: model).mentions(buf, blocks: st.blocks, citations: [])
            .map { (buf.string($0.bytes), $0.type) }
    }

    @Test func untypedRunsTakeTheTaggersSureType() throws {
        let model = try #require(testModel, "Data/ner/model.bin ships with the project")
        // Names in a results table: no cue for any type, so the rules leave them untyped.
        let text = "Division two\nBrackwell 3 Ostermoor 1\nFeldhaven 2 Quillton 2\n"
        #expect(found(text, knowledge: Knowledge(), model: nil).isEmpty)
        let withModel = found(text, knowledge: Knowledge(), model: model)
        for n in ["Brackwell", "Ostermoor", "Feldhaven", "Quillton"] {
            #expect(withModel.contains { $0.0 == n && $0.1 == .org }, "\(n)")
        }
    }

    @Test func titleCaseTitlesAndDocumentNamesStayUntyped() throws {
        let model = try #require(testModel)
        let text = "Brackwell Gas Ambitions Grow\n\nThe Ostermoor Cooperation Agreement was signed on Friday by the two sides.\n"
        let names = found(text, knowledge: Knowledge(), model: model).map(\.0)
        #expect(!names.contains("Gas Ambitions"))
        #expect(!names.contains { $0.hasSuffix("Agreement") })
    }

    @Test func placesInSportsResultsAreTeams() throws {
        let model = try #require(testModel)
        let results = "Division two\nBrackwell 3 Ostermoor 1\nFeldhaven 2 Quillton 2\nMarrowby 0 Tessingham 4\n"
        let teams = found(results, knowledge: Self.towns, model: model)
        for n in ["Brackwell", "Ostermoor", "Feldhaven", "Quillton", "Marrowby", "Tessingham"] {
            #expect(teams.contains { $0.0 == n && $0.1 == .org }, "\(n)")
        }
        // Without the scores the same towns are places, and without the tagger too.
        let prose = "Officials from Brackwell and Ostermoor met in Feldhaven on Friday.\n"
        #expect(found(prose, knowledge: Self.towns, model: model).allSatisfy { $0.1 == .place })
        #expect(found(results, knowledge: Self.towns, model: nil).allSatisfy { $0.1 == .place })
    }

    @Test func aScoreIsOneToThreeDigitsAfterASpace() {
        func follows(_ s: String, after name: String) -> Bool {
            let scan = EntityScan(text: TextBuffer(s), knowledge: Knowledge(), blocks: [], citations: [])
            return scan.scoreFollows(name.utf8.count)
        }
        #expect(follows("Brackwell 3 Ostermoor 1", after: "Brackwell"))
        #expect(follows("Brackwell 102\n", after: "Brackwell"))
        #expect(!follows("Brackwell 2024 plans", after: "Brackwell"))
        #expect(!follows("Brackwell 3-1 win", after: "Brackwell"))
        #expect(!follows("Brackwell 3.5 percent", after: "Brackwell"))
        #expect(!follows("Brackwell, 3 times", after: "Brackwell"))
    }
}

@Suite("The tagger's reading of runs a known place begins")
struct EntityPlacePrefixTests {
    @Test func aPlaceBeginningAnOrganizationNameGivesWayToTheTagger() throws {
        let model = try #require(testModel)
        let text = "The Brackwell Rovers defeated the Ostermoor Mariners 5-3 on Friday .\n"
        let buf = TextBuffer(text)
        let st = StructureParser.parse(buf)
        let withModel = EntityRecognizer(knowledge: EntityModelFillTests.towns, model: model).mentions(buf, blocks: st.blocks, citations: [])
            .map { (buf.string($0.bytes), $0.type) }
        #expect(withModel.contains { $0.0 == "Brackwell Rovers" && $0.1 == .org })
        #expect(withModel.contains { $0.0 == "Ostermoor Mariners" && $0.1 == .org })
        let rules = EntityRecognizer(knowledge: EntityModelFillTests.towns, model: nil).mentions(buf, blocks: st.blocks, citations: [])
            .map { (buf.string($0.bytes), $0.type) }
        #expect(rules.contains { $0.0 == "Brackwell" && $0.1 == .place })
    }
}
