import Testing
@testable import DossierKit

@Suite struct MarkdownReaderTests {
    static let note = """
        ---
        title: "Ferry Deal Signed in Port Kessel"
        date: 2022-04-09
        author: Mira Osk
        ---
        Envoy **Tamsin Vorel** met *Ansel Brook* in [Lindqvist](https://example.org/lindqvist) \
        (Kessel Ledger, April 8).

        ## Terms

        1. Two sailings a day
        2. Fares frozen, with `code` inside

        > The deal holds for five years.

        | Route | Sailings |
        |-------|----------|
        | Kessel–Lindqvist | 2 |

        ```
        let fares = frozen
        ```
        """

    @Test func blocksStylesAndNoMarkup() {
        let f = MarkdownReader.read(Self.note)
        let blocks = formattedBlocks(f)
        #expect(blocks.map(\.0) == [.title, .paragraph, .heading, .listItem, .listItem, .quote, .tableRow, .tableRow, .code])
        #expect(blocks[1].1 == "Envoy Tamsin Vorel met Ansel Brook in Lindqvist (Kessel Ledger, April 8).")
        #expect(blocks[6].1 == "Route\tSailings")
        #expect(blocks[8].1 == "let fares = frozen")
        for mark in ["**", "](", "|", "##", "```", "> "] { #expect(!f.text.contains(mark), "\(mark) left in the text") }
        let t = TextBuffer(f.text)
        let styles = f.styles.map { ($0.kind, t.string($0.span), $0.target) }
        #expect(styles.contains { $0.0 == .strong && $0.1 == "Tamsin Vorel" })
        #expect(styles.contains { $0.0 == .emphasis && $0.1 == "Ansel Brook" })
        #expect(styles.contains { $0.0 == .link && $0.1 == "Lindqvist" && $0.2 == "https://example.org/lindqvist" })
        #expect(styles.contains { $0.0 == .code && $0.1 == "code" })
    }

    @Test func frontMatterGivesTitleDateAndByline() {
        let f = MarkdownReader.read(Self.note)
        #expect(f.metadata.title == "Ferry Deal Signed in Port Kessel")
        #expect(f.metadata.byline == "Mira Osk")
        let doc = testAnnotator.annotate(f)
        #expect(doc.metadata.date?.value.description == "2022-04-09")
        #expect(doc.metadata.date?.basis == "the front matter's date")
        #expect(doc.citations.first?.refs.first?.dates.first?.description == "2022-04-08")
        #expect(doc.source.format == "markdown")
    }

    @Test func firstHeadingIsTheTitleWithoutFrontMatter() {
        let f = MarkdownReader.read("# Harbour Notes\n\nSome text about Kessel.\n\n# Second\n")
        #expect(f.metadata.title == "Harbour Notes")
        #expect(formattedBlocks(f).map(\.0) == [.title, .paragraph, .heading])
    }

    @Test func brokenMarkdownStillOpens() {
        for s in ["---\ntitle: x", "**unclosed *emph [link](", "| a |\n|--", "```\nno end", String(repeating: ">", count: 5000) + " deep"] {
            let f = MarkdownReader.read(s)
            #expect(f.text.unicodeScalars.count >= 0)
        }
    }
}
