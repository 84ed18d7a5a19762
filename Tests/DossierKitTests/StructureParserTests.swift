import Testing
@testable import DossierKit

/// The texts of a parse result's blocks, with their kinds.
private func blocks(_ s: String) -> [(Block.Kind, String)] {
    let t = TextBuffer(s)
    return StructureParser.parse(t).blocks.map { ($0.kind, t.string($0.span)) }
}

@Suite struct StructureParserTests {
    static let article = """
        Tbilisi Weighs Its Options After the Vote

        Publication: Eurasia Daily Monitor Volume: 21 Issue: 57

        The prime minister (center) meets farmers near Gori, April 2 (Source: gov.ge)

        The first paragraph opens here. It has two sentences.

        A second paragraph
        wraps over two lines.
        """

    @Test func referenceLayoutGivesKindsAndMetadata() {
        let t = TextBuffer(Self.article)
        let r = StructureParser.parse(t)
        #expect(r.blocks.map(\.kind) == [.title, .meta, .caption, .paragraph, .paragraph])
        #expect(r.metadata.title == "Tbilisi Weighs Its Options After the Vote")
        #expect(r.metadata.publication == "Eurasia Daily Monitor")
        #expect(r.metadata.volume == 21)
        #expect(r.metadata.issue == 57)
        #expect(r.metadata.caption == "The prime minister (center) meets farmers near Gori, April 2 (Source: gov.ge)")
        #expect(t.string(r.blocks[4].span) == "A second paragraph\nwraps over two lines.")
    }

    @Test func publicationWithoutVolume() {
        let r = StructureParser.parse(TextBuffer("A Title\n\nPublication: Eurasianet\n\nBody text here."))
        #expect(r.metadata.publication == "Eurasianet")
        #expect(r.metadata.volume == nil)
        #expect(r.metadata.issue == nil)
        #expect(r.blocks.map(\.kind) == [.title, .meta, .paragraph])
        #expect(r.metadata.caption == nil)
    }

    @Test(arguments: [
        "Publication: Eurasia Daily Monitor, Volume: 7, Issue: 12",
        "Publication: Eurasia Daily Monitor Volume 7 Issue 12",
        "Publication: Eurasia Daily Monitor Vol. 7 No. 12",
    ])
    func publicationVariants(_ line: String) {
        let r = StructureParser.parse(TextBuffer("Title\n\n" + line + "\n\nBody."))
        #expect(r.metadata.publication == "Eurasia Daily Monitor")
        #expect(r.metadata.volume == 7)
        #expect(r.metadata.issue == 12)
    }

    @Test func paragraphWithoutCreditIsNotACaption() {
        let b = blocks("Title\n\nPublication: Eurasianet\n\nOfficials met (left) in Baku on Monday.\n\nMore.")
        #expect(b.map(\.0) == [.title, .meta, .paragraph, .paragraph])
    }

    @Test func crlfKeepsScalarOffsetsOfTheTextAsRead() {
        let s = "Head Line\r\n\r\nPublication: Eurasianet\r\n\r\nFirst line\r\nsecond line.\r\n\r\nLast one.\r\n"
        let t = TextBuffer(s)
        let r = StructureParser.parse(t)
        #expect(r.blocks.map(\.kind) == [.title, .meta, .paragraph, .paragraph])
        #expect(r.blocks[0].span == Span(0, 9))
        #expect(t.string(r.blocks[2].span) == "First line\r\nsecond line.")
        #expect(t.string(r.blocks[3].span) == "Last one.")
        #expect(r.metadata.publication == "Eurasianet")
        // Offsets count the \r scalars: "Last one." starts after four CRLF pairs and three lines.
        let scalars = Array(s.unicodeScalars)
        let start = r.blocks[3].span.start
        #expect(String(String.UnicodeScalarView(scalars[start..<(start + 4)])) == "Last")
    }

    @Test func wrappedTitleMetadataIsOneLine() {
        let r = StructureParser.parse(TextBuffer("A Long Title\r\nOver Two Lines\r\n\r\nPublication: Eurasianet\r\n\r\nText."))
        #expect(r.metadata.title == "A Long Title Over Two Lines")
        #expect(r.blocks.first?.span == Span(0, 28))
    }

    @Test func tabsAndSpaceOnlyLinesSeparateParagraphs() {
        let b = blocks("\tTitle here\t\n \t \nOne para.\n   \nTwo para.  ")
        #expect(b.map(\.1) == ["Title here", "One para.", "Two para."])
        #expect(b.map(\.0) == [.title, .paragraph, .paragraph])
    }

    @Test func fileWithoutHeaderLines() {
        let b = blocks("Short opening line\n\nA paragraph of text. Another sentence.\n\nThird.")
        #expect(b.map(\.0) == [.title, .paragraph, .paragraph])
    }

    @Test func leadSentenceOfAWireStoryIsNotATitle() {
        let r = StructureParser.parse(TextBuffer("\nThe bank raised its rates on Monday.\n\nMarkets fell."))
        #expect(r.blocks.map(\.kind) == [.paragraph, .paragraph])
        #expect(r.metadata.title == nil)
        let q = StructureParser.parse(TextBuffer("Officials said today they will look again at whether the old records were ever checked?\n\nMore."))
        #expect(q.metadata.title == nil)
        let w = StructureParser.parse(TextBuffer("The firm said its chief resigned, a move it termed an \"amicable separation.\"\n\nMore."))
        #expect(w.metadata.title == nil)
        let t = StructureParser.parse(TextBuffer("Peace Treaty in Sight? Armenia, Azerbaijan and the Squeeze on the Lachin Corridor\n\nText."))
        #expect(t.metadata.title == "Peace Treaty in Sight? Armenia, Azerbaijan and the Squeeze on the Lachin Corridor")
        let h = StructureParser.parse(TextBuffer("A Headline Ending With a Period.\n\nPublication: Eurasianet\n\nText."))
        #expect(h.blocks.map(\.kind) == [.title, .meta, .paragraph])
    }

    @Test func longSingleParagraphIsNotATitle() {
        let para = String(repeating: "The talks went on for many hours without a result. ", count: 20)
        let r = StructureParser.parse(TextBuffer(para))
        #expect(r.blocks.map(\.kind) == [.paragraph])
        #expect(r.metadata.title == nil)
        #expect(r.sentences.count == 20)
    }

    @Test func headingLineOverAWrappedParagraphBecomesTitle() {
        let body = String(repeating: "Words run on in this paragraph of prose.\n", count: 10)
        let b = blocks("Gas Deals in the Caspian\n" + body)
        #expect(b.first?.0 == .title)
        #expect(b.first?.1 == "Gas Deals in the Caspian")
        #expect(b.count == 2)
        #expect(b[1].0 == .paragraph)
    }

    @Test func emptyAndBlankInputs() {
        #expect(blocks("").isEmpty)
        #expect(blocks(" \n\r\n\t\n").isEmpty)
        let r = StructureParser.parse(TextBuffer("Only one line"))
        #expect(r.blocks.map(\.kind) == [.title])
        #expect(r.sentences == [Span(0, 13)])
    }

    @Test func markdownKinds() {
        let b = blocks("# The Title\n\nIntro text.\n\n## A Section\nBody under it.\n\n> A quoted line.\n\n- one\n- two")
        #expect(b.map(\.0) == [.title, .paragraph, .heading, .paragraph, .quote, .list])
        let r = StructureParser.parse(TextBuffer("# The Title\n\nIntro."))
        #expect(r.metadata.title == "The Title")
    }

    @Test func fiveMegabyteSingleLine() {
        let line = String(repeating: "Abc def ghi. ", count: 5_000_000 / 13)
        let t = TextBuffer(line)
        let r = StructureParser.parse(t)
        #expect(r.blocks.count == 1)
        #expect(r.sentences.count == 5_000_000 / 13)
        #expect(r.sentences.last?.end == r.blocks[0].span.end)
    }

    @Test func sentencesAreSortedAndInsideBlocks() {
        let t = TextBuffer(Self.article)
        let r = StructureParser.parse(t)
        for (a, b) in zip(r.sentences, r.sentences.dropFirst()) { #expect(a.end <= b.start) }
        for s in r.sentences { #expect(r.blocks.contains { $0.span.contains(s) }) }
        #expect(r.sentences.map { t.string($0) }.contains("The first paragraph opens here."))
    }
}
