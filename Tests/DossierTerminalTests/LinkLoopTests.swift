import DossierKit
import DossierUI
import Testing
@testable import DossierTerminal

/// The loop performs a followed link, an add, and a fetch error, and comes back from a linked
/// page to the page it left without reading it again.
@Suite struct LinkLoopTests {
    static func page(_ path: String, _ body: String, link: String? = nil) -> Document {
        var d = testAnnotator.annotate(body, path: path, date: nil)
        d.source.format = "html"
        if let link, let r = body.range(of: link) {
            let a = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: r.lowerBound)
            d.styles = [InlineStyle(kind: .link, span: Span(a, a + link.unicodeScalars.count), target: "second.html")]
        }
        return d
    }

    @Test func enterFollowsTheLinkAndBackspaceReturnsToTheSameTopLine() {
        let tail = String(repeating: "Filler lines for scrolling past the first screen.\n\n", count: 30)
        let first = Self.page("/tmp/quill/first.html", "Quill Notes\n\n" + tail + "See the second page for more.\n\n" + tail, link: "second page")
        let second = Self.page("/tmp/quill/second.html", "Second Page\n\nOther words about the lake town.\n")
        let t = MemoryTerminal(width: 60, height: 12)
        var state = ReaderState(document: first, width: 60, height: 12)
        var asked: [String] = []
        var added: [String] = []
        // G, then Tab selects the link on screen (w3m's rule); Enter follows it; Backspace
        // comes back; A adds the page.
        t.type([.char("G"), .tab, .enter])
        var seen: [String] = []
        t.type([.backspace, .char("A")])
        _ = ReaderLoop.run(state: &state, theme: BuiltinThemes.fallback, terminal: t, pendingSignal: { t.exhausted ? 15 : 0 },
                           follow: { target in
                               asked.append(target)
                               return target.hasSuffix("second.html") ? .success(second) : .failure(LinkFailure("no such file"))
                           },
                           addToLibrary: { added.append($0); seen = t.screen.lines; return "Added to the library (1 articles)" })
        #expect(asked == ["/tmp/quill/second.html"], "the page left is not read again")
        let left = state.jumps.entries.first { $0.reason == "link" }!.place
        #expect(left.article == "/tmp/quill/first.html" && left.offset > 0)
        #expect(seen.last?.contains("Adding to the library") == true)
        #expect(state.articleID == "/tmp/quill/first.html")
        #expect(state.anchorOffset == left.offset, "back at the same top line")
        #expect(added == ["/tmp/quill/first.html"])
        #expect(state.message == "Added to the library (1 articles)")
    }

    @Test func aFetchErrorIsAStatusLine() {
        let first = Self.page("/tmp/quill/first.html", "Quill Notes\n\nSee the second page for more.\n", link: "second page")
        let t = MemoryTerminal(width: 60, height: 12)
        var state = ReaderState(document: first, width: 60, height: 12)
        t.type([.tab, .enter])
        _ = ReaderLoop.run(state: &state, theme: BuiltinThemes.fallback, terminal: t, pendingSignal: { t.exhausted ? 15 : 0 },
                           follow: { _ in .failure(LinkFailure("could not connect to host")) })
        #expect(state.articleID == "/tmp/quill/first.html")
        #expect(state.message == "could not connect to host")
        #expect(t.screen.lines.last?.contains("could not connect to host") == true)
    }
}
