import Foundation
import Testing
@testable import DossierKit

/// Blocks of a formatted text as (kind, text) pairs.
func formattedBlocks(_ f: FormattedText) -> [(Block.Kind, String)] {
    let t = TextBuffer(f.text)
    return f.blocks.map { ($0.kind, t.string($0.span)) }
}

@Suite struct HTMLReaderTests {
    static let prose = """
        The delegation from Vardenia arrived in Port Kessel on Tuesday, after weeks of quiet talks \
        between the two ministries, officials said.
        """

    static func page(body: String, head: String = "") -> [UInt8] {
        Array("""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour Talks Resume in Port Kessel | The Kessel Ledger</title>\(head)</head>
            <body>\(body)</body></html>
            """.utf8)
    }

    static let article = """
        <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
        <article class="story-body">
          <h1>Harbour Talks Resume in Port Kessel</h1>
          <p class="byline">By Mira Osk</p>
          <p>\(prose) The envoy, Tamsin Vorel, called the meeting &ldquo;useful&rdquo; &amp; promised more.</p>
          <h2>What comes next</h2>
          <p>Negotiators will meet again in <em>Lindqvist</em>, according to <strong>two</strong> people briefed on the plan, \
        who spoke on condition of anonymity (<a href="https://example.org/ledger/1">Kessel Ledger</a>, May 3).</p>
          <ul><li>Fishing quotas, the first item</li><li>Port fees, the second</li></ul>
          <blockquote><p>We are closer than we were, said the envoy, and we will keep talking.</p></blockquote>
          <table><tr><th>Year</th><th>Tonnes</th></tr><tr><td>2019</td><td>12,000</td></tr></table>
          <figure><img src="x.jpg"><figcaption>The harbour at dawn.</figcaption></figure>
          <script>var tracking = "do not show";</script>
          <div style="display:none">Hidden promotional text that must not appear.</div>
        </article>
        <aside class="related"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>
        <div id="comments"><p>First! This comment section should be dropped entirely, it is not the article.</p></div>
        <footer>Copyright The Kessel Ledger</footer>
        """

    @Test func extractsTheArticleAndDropsBoilerplate() {
        let f = HTMLReader.read(Self.page(body: Self.article))
        let blocks = formattedBlocks(f)
        let text = blocks.map(\.1).joined(separator: "\n")
        #expect(blocks.first?.0 == .title)
        #expect(f.metadata.title == "Harbour Talks Resume in Port Kessel")
        #expect(text.contains("The envoy, Tamsin Vorel, called the meeting “useful” & promised more."))
        for gone in ["Home", "Share", "Tweet", "do not show", "Hidden promotional", "Other story", "First!", "Copyright"] {
            #expect(!text.contains(gone), "\(gone) should be dropped")
        }
        #expect(!f.text.contains("<") && !f.text.contains("&amp;"))
        #expect(blocks.contains { $0 == (.heading, "What comes next") })
        #expect(blocks.contains { $0 == (.listItem, "Fishing quotas, the first item") })
        #expect(blocks.contains { $0 == (.quote, "We are closer than we were, said the envoy, and we will keep talking.") })
        #expect(blocks.contains { $0 == (.tableRow, "Year\tTonnes") })
        #expect(blocks.contains { $0 == (.tableRow, "2019\t12,000") })
        #expect(blocks.contains { $0 == (.caption, "The harbour at dawn.") })
        #expect(f.metadata.byline == "By Mira Osk")
        // The heading that repeats the title is not repeated in the body.
        #expect(blocks.filter { $0.1 == "Harbour Talks Resume in Port Kessel" }.count == 1)
    }

    @Test func softHyphensAndZeroWidthCharactersAreDropped() {
        let body = "<article><h1>Talks</h1><p>\(Self.prose) Prime Minister Tam&shy;sin Vo\u{AD}rel met Ilkka Nor\u{200B}dqvist&#8203; in Port Kessel.</p></article>"
        let f = HTMLReader.read(Self.page(body: body))
        #expect(f.text.contains("Prime Minister Tamsin Vorel met Ilkka Nordqvist in Port Kessel."))
        #expect(!f.text.unicodeScalars.contains { $0.value == 0xAD || $0.value == 0x200B })
        let doc = testAnnotator.annotate(f)
        #expect(doc.allMentions().contains { $0.mention.text == "Tamsin Vorel" && $0.mention.type == .person })
    }

    @Test func inlineStylesAndLinksAreSpansWithTargets() {
        let f = HTMLReader.read(Self.page(body: Self.article))
        let t = TextBuffer(f.text)
        let styled = f.styles.map { ($0.kind, t.string($0.span), $0.target) }
        #expect(styled.contains { $0.0 == .emphasis && $0.1 == "Lindqvist" })
        #expect(styled.contains { $0.0 == .strong && $0.1 == "two" })
        #expect(styled.contains { $0.0 == .link && $0.1 == "Kessel Ledger" && $0.2 == "https://example.org/ledger/1" })
    }

    @Test func citationKeepsItsLinks() {
        let f = HTMLReader.read(Self.page(body: Self.article))
        let doc = testAnnotator.annotate(f)
        let c = doc.citations.first { $0.text.contains("Kessel Ledger") }
        #expect(c?.links == ["https://example.org/ledger/1"])
        #expect(doc.source.format == "html")
    }

    @Test func metadataOrderOfTrust() {
        let head = """
            <meta property="og:site_name" content="The Kessel Ledger">
            <meta name="author" content="Mira Osk">
            <meta property="article:published_time" content="2021-06-05T08:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01","headline":"Harbour Talks Resume"}</script>
            """
        let f = HTMLReader.read(Self.page(body: Self.article, head: head))
        #expect(f.metadata.site == "The Kessel Ledger")
        #expect(f.metadata.byline == "Mira Osk")
        #expect(f.metadata.date?.value.description == "2021-06-05")
        #expect(f.metadata.date?.basis == "the page's article:published_time")
        let ld = HTMLReader.read(Self.page(body: Self.article, head: """
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-01-01T00:00:00Z","author":{"name":"Ansel Brook"},"publisher":{"name":"Ledger Group"}}]}</script>
            """))
        #expect(ld.metadata.date?.value.description == "2020-01-01")
        #expect(ld.metadata.date?.basis == "the page's JSON-LD datePublished")
        #expect(ld.metadata.byline == "Ansel Brook")
        #expect(ld.metadata.site == "Ledger Group")
        let timed = HTMLReader.read(Self.page(body: "<time datetime=\"2018-02-03\">Feb 3</time>" + Self.article))
        #expect(timed.metadata.date?.basis == "the page's <time datetime>")
        let viaURL = HTMLReader.read(Self.page(body: Self.article, head: "<link rel=\"canonical\" href=\"https://example.org/2017/09/14/harbour-talks\">"))
        #expect(viaURL.metadata.date?.value.description == "2017-09-14")
    }

    @Test func pageDateBecomesTheDocumentDateButDateOptionWins() {
        let head = "<meta property=\"article:published_time\" content=\"2021-06-05\">"
        let f = HTMLReader.read(Self.page(body: Self.article, head: head))
        let doc = testAnnotator.annotate(f)
        #expect(doc.metadata.date?.value.description == "2021-06-05")
        #expect(doc.metadata.date?.inferred == false)
        #expect(doc.metadata.date?.basis == "the page's article:published_time")
        // "(Kessel Ledger, May 3)" resolves against the page's year.
        #expect(doc.citations.first?.refs.first?.dates.first?.description == "2021-05-03")
        let given = testAnnotator.annotate(f, date: CalendarDate(iso: "2019-01-01"))
        #expect(given.metadata.date?.basis == "given with --date")
    }

    @Test func titleLosesTheSiteSuffix() {
        #expect(HTMLTitle.clean("Harbour Talks Resume In Port Kessel | The Kessel Ledger", headings: []) == "Harbour Talks Resume In Port Kessel")
        #expect(HTMLTitle.clean("The Kessel Ledger - Harbour Talks Resume In Port Kessel", headings: []) != "The Kessel Ledger")
        #expect(HTMLTitle.clean("Short | Site", headings: []) == "Short | Site")
    }

    @Test func declaredCharsetsAreHonoured() {
        // "Москва" in windows-1251 and in KOI8-R.
        let cp1251: [UInt8] = [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]
        let koi8: [UInt8] = [0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1]
        for (bytes, charset) in [(cp1251, "windows-1251"), (koi8, "koi8-r")] {
            let html = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(charset)\"><title>T</title></head><body><p>".utf8)
                + bytes + Array(" and Baku held talks again this week, the ministries in both capitals said in statements.</p></body></html>".utf8)
            let f = HTMLReader.read(html)
            #expect(f.text.contains("Москва and Baku"), "\(charset)")
        }
        // Valid UTF-8 wins over a stale legacy declaration.
        let utf8 = Array("<html><head><meta charset=\"gb2312\"></head><body><p>Москва, 北京 and Baku met.</p></body></html>".utf8)
        #expect(HTMLReader.read(utf8).text.contains("Москва, 北京"))
    }

    @Test func pageWithoutArticleOpensWithANotice() {
        let login = Self.page(body: "<form><label>User</label><input name=u><input type=password><button>Log in</button></form>")
        let f = HTMLReader.read(login)
        #expect(f.notices.contains { $0.contains("no article") })
        #expect(!f.text.contains("Log in"))
    }

    @Test func hostileInputNeverTraps() {
        let deep = Array(("<html><body>" + String(repeating: "<div>", count: 100_000) + "deep text" + String(repeating: "</div>", count: 100_000) + "</body></html>").utf8)
        let f = HTMLReader.read(deep)
        #expect(f.text.contains("deep text"))
        let invalid: [UInt8] = Array("<html><body><p>caf".utf8) + [0xFF, 0xFE, 0xC3] + Array(" in Baku \u{1B}[2J</p></body></html>".utf8)
        _ = HTMLReader.read(invalid)
        _ = HTMLReader.read(Array("<".utf8))
        _ = HTMLReader.read(Array("</p></div><td>".utf8))
    }

    @Test func formatDetection() {
        #expect(InputFormat.detect(path: "a/b.HTML", bytes: []) == .html)
        #expect(InputFormat.detect(path: "notes.md", bytes: []) == .markdown)
        #expect(InputFormat.detect(path: nil, bytes: Array("  <!doctype html><p>x".utf8)) == .html)
        #expect(InputFormat.detect(path: "x", bytes: Array("# Title\n\nSome **bold** text".utf8)) == .markdown)
        #expect(InputFormat.detect(path: "x.dat", bytes: Array("Just words.\n\nMore words.".utf8)) == .text)
        #expect(InputFormat.detect(path: "v1.2/readme", bytes: Array("plain".utf8)) == .text)
    }
}
