import DossierKit
import Testing
@testable import DossierUI

/// A full-text hit opens its article at the sentence of the match, found from the snippet.
@Suite struct HitLocatorTests {
    static let text = """
    Quillmere Notes

    The council met at dawn. Fishers asked for the lanterns to burn all winter. \
    The merchants said the lantern oil costs too much. A vote will follow in spring.
    """

    static func doc() -> Document {
        let t = text
        var d = testAnnotator.annotate(t, path: "q.txt", date: nil)
        d.sentences = ["The council", "Fishers asked", "The merchants", "A vote"].map { start in
            let s = Fixtures.span(start, in: t).start
            let rest = Array(t.unicodeScalars)[s...]
            let end = rest.firstIndex(of: ".")! + 1
            return Span(s, end)
        }
        return d
    }

    static func hit(_ snippet: String, match: String, _ k: Int = 0) -> LibraryHit {
        let m = Fixtures.span(match, in: snippet, k)
        return LibraryHit(article: LibraryArticle(id: 1, title: "Quillmere Notes", publication: nil, date: nil, dateInferred: false),
                          snippet: snippet, matches: [m.start..<m.end])
    }

    @Test func theSnippetsPieceFindsTheSentenceOfTheMatchNotTheFirstUseOfTheWord() {
        let d = Self.doc()
        // "lantern" is first used in the second sentence; the snippet's match is in the third.
        let h = Self.hit("…Fishers asked for the lanterns to burn all winter. The merchants said the lantern oil costs…", match: "lantern", 1)
        let s = HitLocator.sentence(of: h, in: d)
        #expect(s == d.sentences[2])
        var r = ReaderState(document: d, width: 60, height: 6, anchor: s!.start)
        r.highlight(s!, label: "search hit")
        #expect(r.anchorOffset == s!.start)
        #expect(r.selectionText == "search hit")
        #expect(Fixtures.screen(r).lines.joined().contains("merchants"))
    }

    @Test func aSnippetNotInTheTextFallsBackToTheWordAndThenToNothing() {
        let d = Self.doc()
        let h = Self.hit("…old text that changed VOTE here…", match: "VOTE")
        #expect(HitLocator.sentence(of: h, in: d) == d.sentences[3])
        #expect(HitLocator.sentence(of: Self.hit("nothing of the kind", match: "kind"), in: d) == nil)
    }
}
