import DossierKit
import Testing
@testable import DossierUI

/// Key sequences applied to the state, no terminal involved (helix-term style).
@Suite struct ReaderStateTests {
    /// The line indices on screen that contain `offset`.
    func isVisible(_ offset: Int, _ s: ReaderState) -> Bool {
        let line = s.layout.lineIndex(containing: offset)
        return line >= s.top && line < s.top + s.viewHeight
    }

    @Test func searchCountsHitsAndWalksThemWithWrapAround() {
        var s = ReaderState(document: Fixtures.article, width: 60, height: 12)
        s.handle(.char("/"))
        Fixtures.press(&s, "moscow")
        #expect(s.focus == .search)
        #expect(s.searchCounter == "1/2")
        s.handle(.enter)
        #expect(s.focus == .article)
        s.handle(.char("n"))
        #expect(s.searchCounter == "2/2")
        s.handle(.char("n"))
        #expect(s.searchCounter == "1/2")
        #expect(s.message == "Search wrapped to the top · /moscow 1/2")
        s.handle(.char("N"))
        #expect(s.searchCounter == "2/2")
        #expect(s.selectionText == "/moscow  2/2")
    }

    @Test func aHitInTheTitleScrollsToTheTop() {
        var d = Fixtures.article
        d.text += String(repeating: "\n\nMore words here to scroll past the first screen.", count: 30)
        d.blocks = Fixtures.blocks(d.text, title: true)
        var s = ReaderState(document: d, width: 60, height: 12)
        s.handle(.char("G"))
        s.handle(.char("/"))
        Fixtures.press(&s, "talks")
        s.handle(.enter)
        #expect(s.searchCounter == "1/1")
        #expect(s.top == 0)
    }

    @Test func smartCaseAndWhitespaceAcrossLines() {
        let text = "Moscow and moscow and MOSCOW.\nThe troops\n   stay; they “stay”."
        let hits = { (q: String) in TextSearch.find(q, in: Array(text.unicodeScalars)).count }
        #expect(hits("moscow") == 3)
        #expect(hits("Moscow") == 1)
        #expect(hits("MOSCOW") == 1)
        #expect(hits("troops stay") == 1, "a space matches a line break and indentation")
        #expect(hits("\"stay\"") == 1, "straight quotes find curly ones")
        #expect(hits("") == 0)
        let cyr = Array("Москва и МОСКВА".unicodeScalars)
        #expect(TextSearch.find("москва", in: cyr).count == 2)
    }

    @Test func searchHitSpanningAWrappedLineIsFoundAndShown() {
        var s = ReaderState(document: Fixtures.article, width: 40, height: 8)
        s.handle(.char("/"))
        Fixtures.press(&s, "edm, july")
        #expect(s.searchCounter == "1/1")
        // "(see EDM," ends one line and "July" starts the next at this width.
        let g = Fixtures.screen(s)
        #expect(g.lines[4].hasSuffix("(see EDM,") && g.lines[5].hasPrefix(" July"))
        #expect(g[1, 5].style.fg == Fixtures.fg("search.current"), "\(g)")
    }

    @Test func escapeCancelsTheSearchAndReturnsToWhereYouWere() {
        var s = ReaderState(document: Fixtures.long(paragraphs: 60), width: 60, height: 12)
        s.handle(.char("/"))
        Fixtures.press(&s, "plan for")
        s.handle(.enter)
        let kept = s.search
        for _ in 0..<5 { s.handle(.char("j")) }
        let (top, anchor) = (s.top, s.anchorOffset)
        s.handle(.char("/"))
        Fixtures.press(&s, "Paragraph 50 ")
        #expect(s.top > top + 20, "incremental search moved the view")
        #expect(s.searchCounter == "1/1")
        s.handle(.escape)
        #expect(s.top == top && s.anchorOffset == anchor)
        #expect(s.search == kept, "the previous search is back")
        s.handle(.char("/"))
        Fixtures.press(&s, "zzz")
        #expect(s.searchCounter == "no match")
        #expect(s.top == top)
        s.handle(.backspace)
        s.handle(.backspace)
        s.handle(.backspace)
        s.handle(.enter)
        #expect(s.search == kept, "an empty accepted query keeps the previous search")
    }

    @Test func tabCyclesCitationsAndTheStatusNamesSourcesAndDates() {
        var s = ReaderState(document: Fixtures.article, width: 60, height: 12)
        s.handle(.tab)
        #expect(s.selectedCitation == 0)
        #expect(s.selectionText == "see EDM 2016-07-19")
        s.handle(.tab)
        #expect(s.selectionText == "Aze.az 2019-09-16")
        s.handle(.tab)
        #expect(s.selectedCitation == 0, "wraps around")
        s.handle(.backTab)
        #expect(s.selectedCitation == 1)
        s.handle(.enter)
        #expect(s.focus == .detail)
        let box = CitationDetailView.lines(s, width: 40)
        #expect(box.title == "Citation")
        #expect(box.lines.contains("Aze.az: 2019-09-16"))
        s.handle(.escape)
        #expect(s.focus == .article && s.selectedCitation == 1)
        s.handle(.escape)
        #expect(s.selectedCitation == nil)
    }

    @Test func tabSkipsImageCreditsUnlessNothingElseIsCited() {
        let text = "Title\n\nA photo (Source: kremlin.ru)\n\nMoscow spoke (TASS, July 14)."
        let credit = Fixtures.citation("(Source: kremlin.ru)", in: text, kind: .credit, refs: [("kremlin.ru", [])])
        let tass = Fixtures.citation("(TASS, July 14)", in: text, refs: [("TASS", [CalendarDate(year: 2019, month: 7, day: 14)])])
        var s = ReaderState(document: Document(text: text, citations: [credit, tass]), width: 60, height: 12)
        s.handle(.tab)
        #expect(s.selectedCitation == 1)
        s.handle(.tab)
        #expect(s.selectedCitation == 1, "the credit is not a stop")
        var only = ReaderState(document: Document(text: text, citations: [credit]), width: 60, height: 12)
        only.handle(.tab)
        #expect(only.selectedCitation == 0, "an article with only a credit still has a stop")
    }

    @Test func tabScrollsTheCitationIntoView() {
        var s = ReaderState(document: Fixtures.long(paragraphs: 80), width: 60, height: 12)
        for _ in 0..<30 { s.handle(.tab) }
        let c = s.selectedCitation ?? -1
        #expect(c == 29)
        #expect(isVisible(s.document.citations[c].span.start, s))
        #expect(s.selectionText == "Wire 2019-05-02", "citation 29 cites May 2")
        s.handle(.escape)
        s.handle(.char("G"))
        s.handle(.backTab)
        #expect(s.selectedCitation == 79, "from the end, Shift-Tab takes the last visible citation")
    }

    @Test func finderQueryEnterJumpsToTheNextMentionAndNWalksThem() {
        var s = ReaderState(document: Fixtures.long(paragraphs: 80), width: 60, height: 12)
        for _ in 0..<3 { s.handle(.pageDown) }
        let anchor = s.anchorOffset
        s.handle(.char("f"))
        #expect(s.focus == .finder)
        Fixtures.press(&s, "msc")
        #expect(s.finder?.results.first.map { s.document.entities[$0.entity].id } == "moscow")
        s.handle(.enter)
        #expect(s.focus == .article)
        let hits = s.search?.hits ?? []
        let cur = s.search?.current ?? -1
        #expect(hits.count == 80)
        #expect(cur >= 0 && hits[cur].start >= anchor && (cur == 0 || hits[cur - 1].start < anchor))
        #expect(isVisible(hits[cur].start, s))
        #expect(s.selectionText == "Moscow  \(cur + 1)/80")
        s.handle(.char("n"))
        #expect(s.search?.current == cur + 1)
        #expect(isVisible(hits[cur + 1].start, s))
        s.handle(.char("N"))
        s.handle(.char("N"))
        #expect(s.search?.current == cur - 1)
    }

    @Test func finderTogglesMetonymsOfAState() {
        var s = ReaderState(document: Fixtures.article, width: 60, height: 12)
        s.handle(.char("f"))
        Fixtures.press(&s, "russia")
        #expect(s.finder?.results.first.map { s.document.entities[$0.entity].id } == "russia")
        s.handle(.tab)
        #expect(s.includeMetonyms)
        #expect(s.finder?.query == "russia", "tab toggles, it is not typed")
        s.handle(.enter)
        // Moscow ×2, Kremlin, Russian.
        #expect(s.search?.hits.count == 4)
        #expect(s.selectionText.hasPrefix("Russia +metonyms  1/4"))
        s.handle(.char("f"))
        Fixtures.press(&s, "russia")
        s.handle(.ctrl("a"))
        s.handle(.enter)
        #expect(s.search?.hits.count == 0)
        #expect(s.message == "Russia has no mentions")
    }

    @Test func fuzzyScoringPrefersWordStartsAndRuns() {
        let score = { (p: String, c: String) in FuzzyMatcher.match(p, in: c)?.score ?? -1 }
        #expect(score("mos", "Moscow") > score("mos", "Mikhail Osipov"))
        #expect(score("ia", "Ilham Aliyev") > score("ia", "Russia"), "word starts beat a run inside a word")
        #expect(score("vp", "Vladimir Putin") > score("vp", "Vasily Kuprin"))
        #expect(FuzzyMatcher.match("xyz", in: "Moscow") == nil)
        #expect(FuzzyMatcher.match("Mos", in: "moscow") == nil, "smart case")
        #expect(FuzzyMatcher.match("mos", in: "Moscow")?.positions == [0, 1, 2])
        #expect(FuzzyMatcher.match("ia", in: "Ilham Aliyev")?.positions == [0, 6])
        #expect(FuzzyMatcher.match("漢", in: "漢字 Press")?.positions == [0])
    }

    @Test func timelineEnterJumpsToTheSentenceAndHighlightsIt() {
        var s = ReaderState(document: Fixtures.article, width: 120, height: 12)
        #expect(s.geometry.showsSide, "shown by default when wide")
        s.handle(.char("t"))
        #expect(s.focus == .sidePane && s.sideTab == .timeline)
        s.handle(.char("j"))
        s.handle(.enter)
        let entry = s.document.timeline[2]  // 2018 spring is the second row in date order
        #expect(s.highlight == entry.sentence)
        #expect(s.selectionText == "timeline 2018 spring · the spring of 2018", "the date, then what the text says")
        let g = Fixtures.screen(s)
        let y = (0..<11).first { g.lines[$0].hasPrefix(" In the spring") } ?? -1
        #expect(g[1, y].style.fg == Fixtures.fg("selection"), "\(g)")
        s.handle(.escape)
        #expect(s.focus == .article)
        s.handle(.char("\\"))
        #expect(!s.geometry.showsSide)
        s.handle(.char("\\"))
        #expect(s.geometry.showsSide)
    }

    @Test func entityAndCitationListsActLikeTheFinderAndTab() {
        var s = ReaderState(document: Fixtures.article, width: 120, height: 12)
        s.handle(.char("e"))
        // PERSON heading is skipped: the cursor starts on Ilham Aliyev.
        s.handle(.enter)
        #expect(s.search?.label == "Ilham Aliyev")
        s.handle(.char("c"))
        #expect(s.sideTab == .citations)
        s.handle(.char("j"))  // Aze.az → its citation row
        s.handle(.enter)
        #expect(s.selectedCitation == 1)
        s.handle(.char("k"))
        s.handle(.enter)  // the source row: next citation of Aze.az (the same one)
        #expect(s.selectedCitation == 1)
        s.handle(.char("l"))
        #expect(s.sideTab == .timeline)
    }

    @Test func mouseWheelClicksOnMentionsAndRows() {
        var s = ReaderState(document: Fixtures.article, width: 120, height: 12)
        // Row 3 is "Putin met Aliyev …" at the text's left edge.
        let g = Fixtures.screen(s)
        #expect(g.lines[3].hasPrefix(" Putin met Aliyev"))
        s.handle(.mouse(MouseEvent(kind: .click, x: 12, y: 3)))
        #expect(s.search?.label == "Ilham Aliyev")
        #expect(s.searchCounter == "1/1")
        s.handle(.mouse(MouseEvent(kind: .click, x: 30, y: 3)))
        #expect(s.selectedCitation == 0)
        // A click on the side pane's third timeline row acts like Enter on it.
        s.handle(.mouse(MouseEvent(kind: .click, x: 100, y: 3)))
        #expect(s.focus == .sidePane)
        #expect(s.highlight == s.document.timeline[0].sentence)
        var l = ReaderState(document: Fixtures.long(paragraphs: 50), width: 60, height: 10)
        l.handle(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
        #expect(l.top == 3)
        l.handle(.mouse(MouseEvent(kind: .wheelUp, x: 5, y: 5)))
        #expect(l.top == 0)
    }

    @Test func resizeKeepsTheReadingPosition() {
        var c = ReaderConfig()
        c.showSidePane = false
        var s = ReaderState(document: Fixtures.long(paragraphs: 100), config: c, width: 100, height: 30)
        for _ in 0..<57 { s.handle(.char("j")) }
        let anchor = s.anchorOffset
        #expect(anchor > 0)
        for (w, h) in [(50, 20), (200, 60), (33, 7), (10, 3), (0, 0), (100, 30), (70, 25)] {
            s.resize(width: w, height: h)
            #expect(s.anchorOffset == anchor, "at \(w)×\(h)")
            if w >= 30 && h >= 6 {
                let line = s.layout.lines[s.top]
                #expect(line.start <= anchor && anchor < max(line.end, line.start + 1) + 1, "at \(w)×\(h)")
            }
        }
        let restored = ReaderState(document: Fixtures.long(paragraphs: 100), config: c, width: 70, height: 25, anchor: anchor)
        #expect(restored.top == s.top && restored.anchorOffset == anchor)
        let bogus = ReaderState(document: Fixtures.long(paragraphs: 3), width: 70, height: 25, anchor: 1 << 40)
        #expect(bogus.top == 0 || bogus.top < bogus.layout.lines.count)
    }

    @Test func scrollingCommandsClampAtTheEnds() {
        var s = ReaderState(document: Fixtures.long(paragraphs: 40), width: 60, height: 12)
        let page = s.viewHeight - 2
        s.handle(.char(" "))
        #expect(s.top == page)
        s.handle(.char("b"))
        #expect(s.top == 0)
        s.handle(.char("d"))
        #expect(s.top == s.viewHeight / 2)
        s.handle(.ctrl("u"))
        #expect(s.top == 0)
        s.handle(.char("k"))
        #expect(s.top == 0)
        s.handle(.end)
        #expect(s.top == s.layout.lines.count - s.viewHeight)
        #expect(s.positionText == "Bot")
        s.handle(.char("j"))
        #expect(s.top == s.layout.lines.count - s.viewHeight)
        s.handle(.home)
        #expect(s.positionText == "Top")
    }

    @Test func configRebindsKeysAndReportsUnknownNames() {
        var c = ReaderConfig()
        c.keys = ["J": "page-down", "x": "no-such-command", "hyper-q": "quit", "finder.ctrl-t": "select-next"]
        var s = ReaderState(document: Fixtures.long(paragraphs: 40), config: c, width: 60, height: 12)
        #expect(s.configErrors.count == 2)
        #expect(s.configErrors.contains { $0.contains("no-such-command") })
        #expect(s.configErrors.contains { $0.contains("hyper-q") })
        #expect(s.message?.contains("no-such-command") == true, "shown on the status line")
        s.handle(.char("J"))
        #expect(s.top == s.viewHeight - 2)
        #expect(s.keymap.command(for: .ctrl("t"), in: .finder) == .selectNext)
        #expect(s.keymap.command(for: .char("q"), in: .finder) == nil, "prompts type letters")
        #expect(s.keymap.command(for: .char("j"), in: .help) == .lineDown, "generic fallback")
    }

    @Test func keySpecsParseAndName() {
        let specs: [(String, Key)] = [
            ("j", .char("j")), ("J", .char("J")), ("ctrl-f", .ctrl("f")), ("pgdn", .pageDown), ("space", .char(" ")),
            ("tab", .tab), ("shift-tab", .backTab), ("enter", .enter), ("esc", .escape), ("up", .up), ("f1", .function(1)),
        ]
        for (spec, key) in specs {
            #expect(KeySpec.parse(spec) == key, "\(spec)")
            #expect(KeySpec.parse(KeySpec.name(key)) == key)
        }
        #expect(KeySpec.parse("ctrl-") == nil && KeySpec.parse("") == nil && KeySpec.parse("nope") == nil)
    }

    @Test func noticesAndQuit() {
        var d = Fixtures.article
        d.notices = ["Replaced 3 invalid UTF-8 sequences"]
        var s = ReaderState(document: d, width: 60, height: 12)
        #expect(s.message == "Replaced 3 invalid UTF-8 sequences")
        let g = Fixtures.screen(s)
        #expect(g.lines[11].contains("Replaced 3 invalid"))
        s.handle(.char("j"))
        #expect(s.message == nil, "cleared by the next key")
        let h = Fixtures.screen(s)
        #expect(h.lines[11].contains("Replaced 3 invalid"), "document notices stay while nothing is selected")
        #expect(h[h.lines[11].firstRange(of: "Replaced").map { h.lines[11].distance(from: h.lines[11].startIndex, to: $0.lowerBound) } ?? 0, 11].style.fg == Fixtures.fg("notice"))
        s.handle(.tab)
        #expect(!Fixtures.screen(s).lines[11].contains("Replaced"))
        #expect(s.handle(.char("q")) == [.quit])
    }

    @Test func emptyAndUnstructuredDocumentsDegrade() {
        var e = ReaderState(document: Document(text: ""), width: 60, height: 12)
        for k: Key in [.char("j"), .char("G"), .tab, .char("n"), .char("f"), .enter, .char("t"), .enter, .char("/")] { e.handle(k) }
        _ = Fixtures.screen(e)
        let raw = "First para\nstill first.\n\n\n  Second\u{0}para.\n"
        let s = ReaderState(document: Document(text: raw), width: 40, height: 8)
        #expect(Array(Fixtures.screen(s).lines.prefix(3)) == [" First para still first.", "", " Second␀para."])
        // Spans outside the text are ignored, not trapped on.
        var bad = Fixtures.article
        bad.entities[0].mentions.append(Mention(span: Span(5000, 5010), text: "x", type: .person))
        bad.citations.append(Citation(span: Span(-4, 2), text: "", kind: .source, see: false, refs: []))
        bad.timeline.append(TimelineEntry(start: Fixtures.dct, end: Fixtures.dct, label: "x", origin: .timex, at: Span(9000, 9001), sentence: nil))
        var b = ReaderState(document: bad, width: 120, height: 12)
        for k: Key in [.tab, .tab, .tab, .enter, .escape, .char("t"), .char("G"), .enter, .char("e"), .enter] { b.handle(k) }
        _ = Fixtures.screen(b)
    }
}

@Suite struct OverlayTests {
    @Test func finderMovesBetweenResultsAndEditsItsQuery() {
        var s = ReaderState(document: Fixtures.article, width: 60, height: 12)
        s.handle(.char("f"))
        #expect(s.finder?.results.count == 8, "an empty query lists every entity")
        #expect(s.finder.map { s.document.entities[$0.results[0].entity].id } == "moscow", "most mentioned first")
        Fixtures.press(&s, "yx")
        #expect(s.finder?.results.isEmpty == true)
        s.handle(.backspace)
        #expect(s.finder?.query == "y")
        s.handle(.ctrl("u"))
        #expect(s.finder?.query == "")
        s.handle(.down)
        s.handle(.ctrl("n"))
        s.handle(.up)
        #expect(s.finder?.selected == 1)
        s.handle(.up)
        s.handle(.up)
        #expect(s.finder?.selected == 7, "wraps to the last result")
        let e = s.finder?.results[7].entity ?? -1
        s.handle(.enter)
        #expect(s.focus == .article)
        if case .entity(let got, _)? = s.search?.kind { #expect(got == e) } else { Issue.record("no entity search") }
        s.handle(.char("f"))
        s.handle(.escape)
        #expect(s.focus == .article && s.finder == nil)
    }

    @Test func helpScrollsAndClosesWithEscape() {
        var s = ReaderState(document: Fixtures.article, width: 60, height: 12)
        s.handle(.char("?"))
        #expect(s.focus == .help)
        s.handle(.char("j"))
        s.handle(.char("j"))
        #expect(s.helpTop == 2)
        s.handle(.char("G"))
        let total = HelpText.lines(keymap: s.keymap).count
        // The box shows height - 4 lines (border above and below, a free row, the status line).
        #expect(s.helpTop == total - 8)
        let end = Fixtures.screen(s)
        let last = HelpText.lines(keymap: s.keymap).last?.text.prefix(20) ?? "?"
        #expect(end.lines.contains { $0.contains(last) }, "the last help line is on screen: \(end)")
        #expect(end.lines.contains { $0.contains("\(total)/\(total)") }, "\(end)")
        s.handle(.char("g"))
        #expect(s.helpTop == 0)
        s.handle(.escape)
        #expect(s.focus == .article)
    }

    @Test func crossReferenceDetailListsTheEarlierArticlesDates() {
        let text = "A plan was floated (see EDM, September 17, 24, October 3)."
        let c = Fixtures.citation("(see EDM, September 17, 24, October 3)", in: text, kind: .crossref, see: true, refs: [
            ("EDM", [CalendarDate(year: 2019, month: 9, day: 17), CalendarDate(year: 2019, month: 9, day: 24),
                     CalendarDate(year: 2019, month: 10, day: 3)]),
        ])
        let d = Document(text: text, blocks: [Block(kind: .paragraph, span: Span(0, text.unicodeScalars.count))], citations: [c])
        var s = ReaderState(document: d, width: 60, height: 12)
        s.handle(.tab)
        #expect(s.selectionText == "see EDM 2019-09-17 2019-09-24 2019-10-03")
        s.handle(.enter)
        let box = CitationDetailView.lines(s, width: 40)
        #expect(box.title == "Cross-reference")
        #expect(box.lines.suffix(2) == ["EDM articles of: 2019-09-17, 2019-09-24,", "2019-10-03"])
        let g = Fixtures.screen(s)
        #expect(g.lines.contains { $0.contains("EDM articles of: 2019-09-17, 2019-09-24,") }, "\(g)")
    }

    @Test func aFullScreenPaneGivesWayToTheArticleOnEnter() {
        var s = ReaderState(document: Fixtures.long(paragraphs: 60), width: 60, height: 12)
        s.handle(.char("c"))
        #expect(s.geometry.showsSide && !s.geometry.showsArticle)
        s.handle(.char("G"))
        s.handle(.enter)
        #expect(s.focus == .article && s.geometry.showsArticle)
        let c = s.selectedCitation ?? -1
        #expect(c >= 0)
        let line = s.layout.lineIndex(containing: s.document.citations[c].span.start)
        #expect(line >= s.top && line < s.top + s.viewHeight)
    }

    @Test func resizingUnderAFullScreenPaneRewrapsWhenTheArticleComesBack() {
        var s = ReaderState(document: Fixtures.long(paragraphs: 60), width: 60, height: 12)
        for _ in 0..<20 { s.handle(.char("j")) }
        let anchor = s.anchorOffset
        s.handle(.char("t"))
        s.resize(width: 45, height: 12)
        s.handle(.char("/"))
        #expect(s.geometry.showsArticle)
        #expect(s.layout.width == s.geometry.textWidth)
        #expect(s.anchorOffset == anchor)
        s.handle(.escape)
        #expect(s.anchorOffset == anchor)
    }

    @Test func theSidePaneFollowsTheWidthUnlessAskedFor() {
        var s = ReaderState(document: Fixtures.article, width: 130, height: 20)
        #expect(s.geometry.showsSide)
        s.resize(width: 80, height: 20)
        #expect(!s.geometry.showsSide && s.geometry.articleWidth == 80)
        s.resize(width: 100, height: 20)
        #expect(s.geometry.showsSide)
        s.resize(width: 80, height: 20)
        s.handle(.char("\\"))
        #expect(s.geometry.showsSide && s.geometry.articleWidth >= 40, "asked for: shown beside a narrower article")
        s.handle(.char("\\"))
        #expect(!s.geometry.showsSide)
        s.resize(width: 130, height: 20)
        #expect(!s.geometry.showsSide, "hidden by the user stays hidden")
        s.handle(.char("t"))
        #expect(s.geometry.showsSide && s.focus == .sidePane)
        var narrow = ReaderState(document: Fixtures.article, width: 60, height: 20)
        narrow.handle(.char("\\"))
        #expect(!narrow.geometry.showsSide, "no room beside a 40-column article")
        #expect(narrow.message?.contains("No room") == true, "the key says why nothing happened")
    }

    @Test func thePromptRecallsEarlierQueries() {
        var s = ReaderState(document: Fixtures.article, width: 60, height: 12)
        for q in ["moscow", "kremlin"] {
            s.handle(.char("/"))
            Fixtures.press(&s, q)
            s.handle(.enter)
        }
        s.handle(.char("/"))
        s.handle(.up)
        #expect(s.prompt?.query == "kremlin")
        s.handle(.up)
        s.handle(.up)
        #expect(s.prompt?.query == "moscow")
        #expect(s.searchCounter == "1/2")
        s.handle(.down)
        s.handle(.down)
        #expect(s.prompt?.query == "")
    }

    @Test func aClickOnAFinderResultChoosesIt() {
        // The smallest reader that takes clicks (below it the too-small notice ignores them).
        var s = ReaderState(document: Fixtures.article, width: 40, height: 10)
        s.handle(.char("f"))
        Fixtures.press(&s, "y")
        let g = Fixtures.screen(s)
        // Rows: 3 = first result, 4 = second.
        let second = s.finder?.results[1].entity ?? -1
        #expect(g.lines[4].contains(s.document.entities[second].name), "\(g)")
        s.handle(.mouse(MouseEvent(kind: .click, x: 10, y: 4)))
        #expect(s.focus == .article)
        if case .entity(let e, _)? = s.search?.kind { #expect(e == second) } else { Issue.record("no entity search") }
        s.handle(.char("f"))
        s.handle(.mouse(MouseEvent(kind: .click, x: 0, y: 9)))
        #expect(s.focus == .article && s.finder == nil, "a click outside closes it")
    }

    @Test func sidePaneShowsWhereTheCursorIs() {
        var s = ReaderState(document: Fixtures.article, width: 120, height: 12)
        s.handle(.char("e"))
        s.handle(.char("j"))
        let g = Fixtures.screen(s)
        #expect(g.lines[0].hasSuffix("3/10"), "\(g)")
    }
}
