import Testing
@testable import DossierKit

/// Citations found in a one-paragraph text.
private func cites(_ s: String) -> [Citation] {
    let t = TextBuffer(s)
    return CitationParser.parse(t, blocks: [Block(kind: .paragraph, span: Span(0, t.scalarCount))])
}

/// The single citation in `s`, or nil.
private func one(_ s: String) -> Citation? {
    let c = cites(s)
    return c.count == 1 ? c[0] : nil
}

private func md(_ m: Int, _ d: Int, _ y: Int? = nil) -> PartialDate { PartialDate(year: y, month: m, day: d) }

@Suite struct CitationParserTests {
    @Test func sourceWithDate() throws {
        let s = "The minister said so (Aze.az, September 16)."
        let c = try #require(one(s))
        #expect(c.kind == .source)
        #expect(!c.see)
        #expect(c.text == "(Aze.az, September 16)")
        #expect(c.span == Span(21, 43))
        #expect(c.refs.map(\.source) == ["Aze.az"])
        #expect(c.refs[0].sourceSpan == Span(22, 28))
        #expect(c.refs[0].rawDates == [md(9, 16)])
        #expect(c.refs[0].dates.isEmpty)
    }

    @Test func severalSourcesShareTheDates() throws {
        let c = try #require(one("x (TASS, RBC, July 14) y"))
        #expect(c.refs.map(\.source) == ["TASS", "RBC"])
        #expect(c.refs.map(\.rawDates) == [[md(7, 14)], [md(7, 14)]])
    }

    @Test func semicolonSeparatesGroups() throws {
        let c = try #require(one("x (Interfax, March 3; Kommersant, March 4) y"))
        #expect(c.refs.map(\.source) == ["Interfax", "Kommersant"])
        #expect(c.refs.map(\.rawDates) == [[md(3, 3)], [md(3, 4)]])
    }

    @Test func crossReferences() throws {
        let a = try #require(one("(see EDM October 13)"))
        #expect(a.kind == .crossref)
        #expect(a.see)
        #expect(a.refs.map(\.source) == ["EDM"])
        #expect(a.refs[0].rawDates == [md(10, 13)])

        let b = try #require(one("(see EDM, July 14, 16, 20 [1][2])"))
        #expect(b.refs[0].rawDates == [md(7, 14), md(7, 16), md(7, 20)])

        let c = try #require(one("(see EDM, September 17, 24, 25, 26, October 3)"))
        #expect(c.refs[0].rawDates == [md(9, 17), md(9, 24), md(9, 25), md(9, 26), md(10, 3)])

        let d = try #require(one("(see EDM, May 30, 2018 and June 5, 2019)"))
        #expect(d.refs[0].rawDates == [md(5, 30, 2018), md(6, 5, 2019)])

        let e = try #require(one("(see Eurasianet, March 14)"))
        #expect(e.kind == .crossref)
        #expect(e.refs.map(\.source) == ["Eurasianet"])
    }

    @Test func footnoteMarkersAreNotPartOfTheSource() throws {
        let s = "(Jerusalem Post [1] [2], November 3)"
        let c = try #require(one(s))
        #expect(c.refs.map(\.source) == ["Jerusalem Post"])
        #expect(c.refs[0].sourceSpan == Span(1, 15))
        let n = try #require(one("(Nikkei Asia [1], May 25)"))
        #expect(n.refs.map(\.source) == ["Nikkei Asia"])
        #expect(n.refs[0].rawDates == [md(5, 25)])
    }

    @Test func dateWithoutCommaAfterSource() throws {
        let c = try #require(one("(Civil.ge, Kommersant December 11, 2020)"))
        #expect(c.refs.map(\.source) == ["Civil.ge", "Kommersant"])
        #expect(c.refs.map(\.rawDates) == [[md(12, 11, 2020)], [md(12, 11, 2020)]])
    }

    @Test func creditHasNoDates() throws {
        let c = try #require(one("A photo (Source: kremlin.ru)"))
        #expect(c.kind == .credit)
        #expect(!c.see)
        #expect(c.refs.map(\.source) == ["kremlin.ru"])
        #expect(c.refs[0].rawDates.isEmpty)
        #expect(c.refs[0].sourceSpan == Span(17, 27))
    }

    @Test(arguments: [
        ("(RFE/RL, February 23)", "RFE/RL", md(2, 23)),
        ("(Interfax-Kazakhstan, January 7)", "Interfax-Kazakhstan", md(1, 7)),
        ("(1tv.ge, March 13)", "1tv.ge", md(3, 13)),
        ("(Novaya Gazeta Europe, April 27)", "Novaya Gazeta Europe", md(4, 27)),
        ("(Voice of America, Sept. 8)", "Voice of America", md(9, 8)),
        ("(Reuters, Aug. 4, 2021)", "Reuters", md(8, 4, 2021)),
        ("(The Guardian, 16 September)", "The Guardian", md(9, 16)),
        ("(Gov.kz, Jan 12)", "Gov.kz", md(1, 12)),
        ("(Hürriyet, May 2)", "Hürriyet", md(5, 2)),
    ])
    func singleSourceForms(_ s: String, _ source: String, _ date: PartialDate) throws {
        let c = try #require(one(s))
        #expect(c.kind == .source)
        #expect(c.refs.map(\.source) == [source])
        #expect(c.refs[0].rawDates == [date])
    }

    @Test func dayRangesGiveBothDays() throws {
        let a = try #require(one("(Kommersant, March 3–4)"))
        #expect(a.refs[0].rawDates == [md(3, 3), md(3, 4)])
        let b = try #require(one("(TASS, September 30–October 3)"))
        #expect(b.refs[0].rawDates == [md(9, 30), md(10, 3)])
        let c = try #require(one("(Reuters, 16 September 2019)"))
        #expect(c.refs[0].rawDates == [md(9, 16, 2019)])
        let d = try #require(one("(RBC, May 22-23, 2021)"))
        #expect(d.refs[0].rawDates == [md(5, 22, 2021), md(5, 23, 2021)])
    }

    @Test func seeReferenceInALaterGroup() throws {
        let c = try #require(one("(Vedomosti, March 3; see EDM, March 5)"))
        #expect(c.kind == .source)
        #expect(c.refs.map(\.source) == ["Vedomosti", "EDM"])
        #expect(c.refs.map(\.rawDates) == [[md(3, 3)], [md(3, 5)]])
    }

    @Test func creditThatIsNotANameList() throws {
        let c = try #require(one("(Source: author’s photo)"))
        #expect(c.kind == .credit)
        #expect(c.refs.map(\.source) == ["author’s photo"])
    }

    @Test func camelCaseOutlet() throws {
        let c = try #require(one("(iStories, May 2)"))
        #expect(c.refs.map(\.source) == ["iStories"])
    }

    @Test func moreOutletShapes() throws {
        let a = try #require(one("(Rustavi 2, Imedi, March 3)"))
        #expect(a.refs.map(\.source) == ["Rustavi 2", "Imedi"])
        let b = try #require(one("(TASS, Monday, March 3)"))
        #expect(b.refs.map(\.source) == ["TASS"])
        #expect(b.refs[0].rawDates == [md(3, 3)])
        let c = try #require(one("(TASS, March 3, 2019, and Interfax, March 4)"))
        #expect(c.refs.map(\.source) == ["TASS", "Interfax"])
        #expect(c.refs.map(\.rawDates) == [[md(3, 3, 2019)], [md(3, 4)]])
        let d = try #require(one("(facebook.com/officialpage, May 5)"))
        #expect(d.refs.map(\.source) == ["facebook.com/officialpage"])
        let e = try #require(one("(Ernst & Young, May 5)"))
        #expect(e.refs.map(\.source) == ["Ernst & Young"])
        let f = try #require(one("(Regnum, October 3; October 5, 2019)"))
        #expect(f.refs.map(\.rawDates) == [[md(10, 3), md(10, 5, 2019)]])
    }

    @Test func domainWithoutDateIsASource() throws {
        let c = try #require(one("(Report.az)"))
        #expect(c.refs.map(\.source) == ["Report.az"])
        #expect(c.refs[0].rawDates.isEmpty)
    }

    @Test(arguments: [
        "(left)", "(right)", "(CSTO)", "(UNM)", "(bcm)", "(see below)", "(September 30–October 3)",
        "(1994–2020)", "(“Old man, go!”)", "(People’s Council)", "(Kommersant)",
        "(albeit in ways that underline the manner in which Baku has been far more supportive)",
        "(power is shifting)", "(its ceremony was held in September 2014, with Xi in attendance)",
        "(January 5)", "(2019)", "(see Table 3)", "(Russia, 2019)", "()", "( )", "(, March 3)",
        "(TASS, 1994–2020)", "(in March 2019)", "(March 3; TASS)", "(Source:)", "(Monday)", "(2 March)",
        "(and)", "(Article 4)",
    ])
    func notCitations(_ s: String) {
        #expect(cites("Text " + s + " more.").isEmpty)
    }

    @Test func severalCitationsInOrderWithScalarSpans() {
        let s = "Erdoğan’s “view” (TASS, May 2) differs (CSTO) from Baku’s (see EDM, May 3)."
        let t = TextBuffer(s)
        let c = cites(s)
        #expect(c.map(\.text) == ["(TASS, May 2)", "(see EDM, May 3)"])
        #expect(c.map { t.string($0.span) } == ["(TASS, May 2)", "(see EDM, May 3)"])
        #expect(c.map { t.string($0.refs[0].sourceSpan) } == ["TASS", "EDM"])
        let scalars = Array(s.unicodeScalars)
        #expect(scalars[c[0].span.start] == "(")
    }

    @Test func innermostParenthesesOnly() throws {
        let c = try #require(one("(as the paper wrote (Kommersant, March 4), nothing changed)"))
        #expect(c.text == "(Kommersant, March 4)")
    }

    @Test func crlfInputKeepsScalarOffsets() throws {
        let s = "Title\r\n\r\nPublication: Eurasianet\r\n\r\nOne line\r\nwraps here (Kun.uz, May 22).\r\n"
        let t = TextBuffer(s)
        let r = StructureParser.parse(t)
        let c = try #require(CitationParser.parse(t, blocks: r.blocks).first)
        let scalars = Array(s.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[c.span.start..<c.span.end])) == "(Kun.uz, May 22)")
        let src = c.refs[0].sourceSpan
        #expect(String(String.UnicodeScalarView(scalars[src.start..<src.end])) == "Kun.uz")
    }

    @Test func citationsDoNotCrossBlocks() {
        let s = "First (TASS,\n\nMarch 3) second"
        let t = TextBuffer(s)
        let r = StructureParser.parse(t)
        #expect(CitationParser.parse(t, blocks: r.blocks).isEmpty)
    }

    @Test func captionCreditThroughThePipelineStages() {
        let s = "Title\n\nPublication: Eurasianet\n\nLeaders meet (right) in Baku (Source: President.az)\n\nText (Aze.az, June 2)."
        let t = TextBuffer(s)
        let r = StructureParser.parse(t)
        let c = CitationParser.parse(t, blocks: r.blocks)
        #expect(c.map(\.kind) == [.credit, .source])
        #expect(r.blocks.map(\.kind) == [.title, .meta, .caption, .paragraph])
    }
}

/// Photo and wire credits without a date.
@Suite struct AgencyCreditTests {
    @Test func anAgencyAloneOrAfterNamesIsACredit() throws {
        for (s, source) in [("The crowd gathered at the gate. (AP)", "AP"),
                            ("Rescuers searched the hills. (Mira Vell / AP)", "Mira Vell / AP"),
                            ("The envoy arrived. (Tam Orsk/AFP/Getty Images)", "Tam Orsk/AFP/Getty Images"),
                            ("The rocket lifted off. (Velm Press Service photo via AP)", "Velm Press Service photo via AP")] {
            let c = try #require(one(s))
            #expect(c.kind == .credit)
            #expect(c.refs.map(\.source) == [source])
        }
    }

    @Test func otherShortParentheticalsAreNot() {
        #expect(cites("The alliance (NATO) met.").isEmpty)
        #expect(cites("Both bodies (EU/NATO) met.").isEmpty)
        #expect(cites("He joined the agency (AP, 2019).").isEmpty)
    }
}
