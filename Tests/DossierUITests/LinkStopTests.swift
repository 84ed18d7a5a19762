import DossierKit
import Testing
@testable import DossierUI

/// Links kept from web pages are Tab stops with the citations, in text order; Enter on one asks
/// the loop to open where it leads (resolved against the page), and `A` asks to add the page.
@Suite struct LinkStopTests {
    /// The fixture article with links on "Putin", "Aze.az" (inside a citation), "Pashinyan"
    /// (relative) and "Yerevan" (mail).
    static func linked(path: String? = "/tmp/desk/talks.html", yerevan: String = "mailto:desk@example.org") -> Document {
        var d = Fixtures.article
        d.source = Document.Source(path: path, format: "html")
        d.styles = [
            InlineStyle(kind: .emphasis, span: Fixtures.span("met", in: d.text)),
            InlineStyle(kind: .link, span: Fixtures.span("Putin", in: d.text), target: "https://example.org/putin"),
            InlineStyle(kind: .link, span: Fixtures.span("Aze.az", in: d.text), target: "https://aze.example/x"),
            InlineStyle(kind: .link, span: Fixtures.span("Pashinyan", in: d.text), target: "people/pashinyan.html#bio"),
            InlineStyle(kind: .link, span: Fixtures.span("Yerevan", in: d.text), target: yerevan),
        ]
        return d
    }

    @Test func tabVisitsLinksAndCitationsInTextOrderAndSkipsALinkInsideACitation() {
        var s = ReaderState(document: Self.linked(), width: 80, height: 20)
        var seen: [TabStop] = []
        for _ in 0..<5 {
            s.handle(.tab)
            seen.append(s.selectedStop!)
        }
        #expect(seen == [.link(1), .citation(0), .citation(1), .link(3), .link(4)])
        s.handle(.tab)
        #expect(s.selectedStop == .link(1), "around at the end")
        s.handle(.backTab)
        #expect(s.selectedStop == .link(4))
        s.handle(.escape)
        #expect(s.selectedStop == nil)
    }

    @Test func theStatusLineShowsTheTargetWithoutEscapeSequences() {
        var s = ReaderState(document: Self.linked(yerevan: "https://x.example/\u{1B}]52;c;AAAA\u{07}"), width: 80, height: 20)
        s.handle(.tab)
        #expect(s.selectionText.contains("https://example.org/putin"))
        for _ in 0..<4 { s.handle(.tab) }
        #expect(s.selectedLink == 4)
        #expect(!s.selectionText.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        let g = Fixtures.fullScreen(s)
        #expect(!g.lines.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func aSelectedLinkIsDrawnSelectedAndOnlyOverItsSpan() {
        var s = ReaderState(document: Self.linked(), width: 80, height: 20)
        for _ in 0..<4 { s.handle(.tab) }
        let g = Fixtures.screen(s)
        let selected = Fixtures.theme.style("citation.selected")
        let y = g.lines.firstIndex { $0.contains("Pashinyan") }!
        let x = g.lines[y].distance(from: g.lines[y].startIndex, to: g.lines[y].range(of: "Pashinyan")!.lowerBound)
        #expect(g[x, y].style.fg == selected.fg && g[x + 8, y].style.fg == selected.fg)
        #expect(g[x + 9, y].style.fg != selected.fg, "the space after is not selected")
        s.handle(.escape)
        #expect(Fixtures.screen(s)[x, y].style.fg != selected.fg)
    }

    @Test func enterOnALinkAsksToOpenItResolvedAgainstThePage() {
        var s = ReaderState(document: Self.linked(), width: 80, height: 20)
        for _ in 0..<4 { s.handle(.tab) }
        #expect(s.handle(.enter) == [.follow("/tmp/desk/people/pashinyan.html")])
        s.handle(.tab)
        #expect(s.handle(.enter) == [])
        #expect(s.message?.contains("Mail links are not opened") == true)
        #expect(s.focus == .article)
    }

    @Test func linkTargetsResolveAgainstAFileOrAnAddressAndRefuseTheRest() {
        let file = "/home/reader/pages/a.html"
        #expect(LinkTarget.resolve("b.html", from: file) == .success("/home/reader/pages/b.html"))
        #expect(LinkTarget.resolve("../c/d.html?x=1#top", from: file) == .success("/home/reader/c/d.html"))
        #expect(LinkTarget.resolve("file:///srv/e.html", from: file) == .success("/srv/e.html"))
        #expect(LinkTarget.resolve("HTTPS://example.org/a", from: file) == .success("HTTPS://example.org/a"))
        #expect(LinkTarget.resolve("/news/2.html", from: "https://example.org/news/1.html") == .success("https://example.org/news/2.html"))
        #expect(LinkTarget.resolve("2.html", from: "a.html", pageURL: "https://example.org/n/1") == .success("https://example.org/n/2.html"))
        for refused in ["#section", "mailto:a@b.example", "javascript:void(0)", "ftp://x.example/f", "  "] {
            guard case .failure = LinkTarget.resolve(refused, from: file) else {
                Issue.record("\(refused) was followed")
                continue
            }
        }
        // A page from the web does not open this machine's files.
        for (source, pageURL) in [("https://example.org/news/1.html", nil), ("/tmp/saved.html", "https://example.org/n/1")] as [(String, String?)] {
            guard case .failure = LinkTarget.resolve("file:///etc/passwd", from: source, pageURL: pageURL) else {
                Issue.record("a web page opened a local file")
                continue
            }
        }
        guard case .failure = LinkTarget.resolve("b.html", from: nil) else {
            Issue.record("a relative link from standard input has nothing to resolve against")
            return
        }
    }

    @Test func aFollowedLinkIsAJumpBackspaceReturnsToTheSamePlaceAndCtrlRGoesForward() {
        let first = Self.linked()
        var second = Fixtures.articleWithTail(3)
        second.source = Document.Source(path: "/tmp/desk/people/pashinyan.html", format: "html")
        var s = ReaderState(document: first, width: 80, height: 8)
        s.handle(.char("j"))
        let before = s.place
        for _ in 0..<4 { s.handle(.tab) }
        let top = s.place
        guard case .follow(let target)? = s.handle(.enter).first else {
            Issue.record("no follow effect")
            return
        }
        s.showLinked(second, target: target)
        #expect(s.articleID == "/tmp/desk/people/pashinyan.html")
        #expect(s.message?.contains("Backspace returns") == true)
        #expect(s.handle(.backspace) == [.open(article: first.source.path!, offset: top.offset)])
        s.show(first, library: nil, offset: top.offset)
        #expect(s.place == top && top.article == before.article)
        #expect(s.handle(.ctrl("r")) == [.open(article: "/tmp/desk/people/pashinyan.html", offset: 0)])
    }

    @Test func theAddKeyAsksToAddTheFileOrSaysWhyNot() {
        var s = ReaderState(document: Self.linked(), width: 80, height: 20)
        #expect(s.handle(.char("A")) == [.addToLibrary("/tmp/desk/talks.html")])
        var held = ReaderState(document: Self.linked(), width: 80, height: 20, library: LibraryContext(articleID: 4))
        #expect(held.handle(.char("A")) == [])
        #expect(held.message == "Already in the library")
        var piped = ReaderState(document: Self.linked(path: nil), width: 80, height: 20)
        #expect(piped.handle(.char("A")) == [])
        #expect(piped.message?.contains("standard input") == true)
        #expect(HelpText.lines(keymap: s.keymap).contains { $0.keys == "A" && $0.name == "add-to-library" })
    }
}
