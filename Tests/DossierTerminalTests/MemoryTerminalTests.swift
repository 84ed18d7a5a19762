import DossierKit
import Testing
import DossierUI
@testable import DossierTerminal

@Suite struct MemoryTerminalTests {
    @Test func firstFrameWritesEverythingThenOnlyChanges() {
        let t = MemoryTerminal(width: 10, height: 3)
        var g = CellGrid(width: 10, height: 3)
        g.put("hello", x: 0, y: 0)
        t.draw(g)
        #expect(t.lastWriteCount == 30)
        t.draw(g)
        #expect(t.lastWriteCount == 0)
        g.put("J", x: 0, y: 0)
        g.put("!", x: 9, y: 2, style: Style(attributes: .bold))
        t.draw(g)
        #expect(t.lastWriteCount == 2)
        #expect(t.screen.lines == ["Jello", "", "         !"])
        #expect(t.screen[9, 2].style.attributes.contains(.bold))
    }

    @Test func styleOnlyChangesAreWritten() {
        let t = MemoryTerminal(width: 6, height: 1)
        var g = CellGrid(width: 6, height: 1)
        g.put("abcdef", x: 0, y: 0)
        t.draw(g)
        g.patchStyle(x: 2, y: 0, width: 2, style: Style(fg: .ansi(3)))
        t.draw(g)
        #expect(t.lastWriteCount == 2)
        #expect(t.screen == g)
    }

    @Test func wideCharactersAreRewrittenWhole() {
        var a = CellGrid(width: 8, height: 1)
        a.put("a漢b", x: 0, y: 0)
        var b = a
        b.put("字", x: 1, y: 0)
        // Only the lead cell differs, but both halves are sent.
        #expect(FrameDiff.changes(from: a, to: b) == [FrameDiff.Run(y: 0, x: 1, count: 2)])
        var c = a
        c.put("xy", x: 1, y: 0)  // overwrite the wide char by two narrow ones
        #expect(FrameDiff.changes(from: a, to: c) == [FrameDiff.Run(y: 0, x: 1, count: 2)])
        var d = a
        d.put("z", x: 2, y: 0)  // only the right half changes: the lead is included
        #expect(FrameDiff.changes(from: a, to: d).first?.x == 1)
    }

    @Test func newSizeRedrawsEverything() {
        let a = CellGrid(width: 4, height: 2)
        let b = CellGrid(width: 5, height: 2)
        #expect(FrameDiff.changes(from: a, to: b) == [FrameDiff.Run(y: 0, x: 0, count: 5), FrameDiff.Run(y: 1, x: 0, count: 5)])
        #expect(FrameDiff.changes(from: nil, to: a).count == 2)
        #expect(FrameDiff.changes(from: nil, to: CellGrid(width: 0, height: 0)).isEmpty)
    }

    @Test func adjacentChangesMergeIntoOneRun() {
        var a = CellGrid(width: 10, height: 1)
        a.put("0123456789", x: 0, y: 0)
        var b = a
        b.put("AB", x: 2, y: 0)
        b.put("C", x: 7, y: 0)
        #expect(FrameDiff.changes(from: a, to: b) == [FrameDiff.Run(y: 0, x: 2, count: 2), FrameDiff.Run(y: 0, x: 7, count: 1)])
    }

    /// A big file's first part is drawn before the whole document is asked for; then it replaces it.
    @Test func theLoopDrawsTheFirstPartBeforeTakingTheWholeDocument() {
        let first = testAnnotator.annotate("A Small Title\n\nSome text about Moscow.\n", path: "t.txt", date: nil)
        let whole = testAnnotator.annotate("A Small Title\n\nSome text about Moscow.\n\nMore about Baku and Yerevan.\n", path: "t.txt", date: nil)
        let t = MemoryTerminal(width: 60, height: 12)
        var state = ReaderState(document: first, width: 60, height: 12)
        state.incompleteNote = "reading the rest of the file…"
        var asked = 0
        var framesWhenAsked: [Int] = []
        t.type([.char("j"), .char("q")])
        _ = ReaderLoop.run(state: &state, theme: BuiltinThemes.fallback, terminal: t, pendingSignal: { 0 }, update: {
            asked += 1
            framesWhenAsked.append(t.frames)
            return asked == 2 ? whole : nil
        })
        #expect(framesWhenAsked.first == 1, "the first frame is on screen before the rest is asked for")
        #expect(state.incompleteNote == nil)
        #expect(state.document.text == whole.text)
        #expect(t.screen.lines.contains { $0.contains("More about Baku") })
    }

    /// A small file's first frame is its outline (no names yet); keys wait for the annotated
    /// document, so the finder typed at once finds names.
    @Test func keysTypedOnTheOutlineActOnTheAnnotatedDocument() {
        let text = "A Small Title\n\nPresident Ilham Aliyev met Vladimir Putin in Moscow.\n"
        let outline = Outline.document(FormattedText(text: text, blocks: [], format: .text), path: "t.txt")
        let whole = testAnnotator.annotate(text, path: "t.txt", date: nil)
        #expect(outline.entities.isEmpty && !whole.entities.isEmpty)
        let t = MemoryTerminal(width: 60, height: 12)
        var state = ReaderState(document: outline, width: 60, height: 12)
        state.incompleteNote = "finding names and dates…"
        state.holdsKeys = true
        var asked = 0
        var framesWhenAsked: [Int] = []
        t.type([.char("f"), .char("P"), .char("u"), .char("t")])
        // Once every key is read, a signal ends the loop (after the frame the last key drew).
        _ = ReaderLoop.run(state: &state, theme: BuiltinThemes.fallback, terminal: t, pendingSignal: { t.exhausted ? 15 : 0 }, update: {
            asked += 1
            framesWhenAsked.append(t.frames)
            return asked == 2 ? whole : nil
        })
        #expect(framesWhenAsked.first == 1, "the outline is on screen before the annotation is asked for")
        #expect(asked >= 2 && framesWhenAsked[1] == 1, "no key was handled before the annotated document arrived")
        #expect(!state.holdsKeys && state.incompleteNote == nil)
        #expect(t.screen.lines.contains { $0.contains("Vladimir Putin") && $0.contains("PERSON") })
    }

    /// The real loop, driven through the in-memory terminal.
    @Test func readerLoopDrawsHandlesResizeAndQuits() {
        let doc = testAnnotator.annotate("A Small Title\n\nSome text about a town.\n", path: "t.txt", date: nil)
        let t = MemoryTerminal(width: 40, height: 8)
        var state = ReaderState(document: doc, width: 1, height: 1)
        // The smallest size the reader draws (below it: the too-small notice).
        t.resize(width: 40, height: 10)
        t.type([.char("q")])
        let outcome = ReaderLoop.run(state: &state, theme: BuiltinThemes.fallback, terminal: t, pendingSignal: { 0 })
        #expect(outcome == .quit)
        #expect(state.width == 40 && state.height == 10)
        #expect(t.screen.width == 40)
        #expect(t.frames >= 2)
        #expect(t.screen.lines.contains { $0.contains("A Small Title") })
    }

    /// Effect.open performed by the loop: the loader's article is shown, the jump list kept.
    @Test func readerLoopOpensAnotherArticleThroughItsLoader() {
        let one = testAnnotator.annotate("First Title\n\nSome text here.\n", path: "1.txt", date: nil)
        let two = testAnnotator.annotate("Second Title\n\nOther words entirely.\n", path: "2.txt", date: nil)
        var state = ReaderState(document: two, width: 60, height: 12, library: LibraryContext(articleID: 2))
        state.recordJump(reason: "test")
        state.show(one, library: LibraryContext(articleID: 1), offset: 0)
        var asked: [String] = []
        func run(_ keys: [Key], loads: Bool = true) -> CellGrid {
            let t = MemoryTerminal(width: 60, height: 12)
            t.type(keys)
            _ = ReaderLoop.run(state: &state, theme: BuiltinThemes.fallback, terminal: t, pendingSignal: { t.exhausted ? 15 : 0 },
                               open: { article in
                                   asked.append(article)
                                   guard loads, let id = LibraryContext.id(in: article) else { return nil }
                                   return (id == 2 ? two : one, LibraryContext(articleID: id))
                               })
            return t.screen
        }
        var screen = run([.backspace])
        #expect(asked == ["library:2"])
        #expect(state.articleID == "library:2")
        #expect(screen.lines.contains { $0.contains("Second Title") })
        screen = run([.ctrl("r")])
        #expect(asked == ["library:2", "library:1"])
        #expect(screen.lines.contains { $0.contains("First Title") })
        _ = run([.backspace], loads: false)
        #expect(state.articleID == "library:1", "an article the loader cannot give stays where it was")
        #expect(state.message == "That article is no longer in the library")
    }

    /// D re-annotates the article the reader was opened on; after a jump to another article it
    /// says so instead of replacing that article with the first one's text.
    @Test func settingTheDateAfterAJumpDoesNotReannotateTheWrongArticle() {
        let one = testAnnotator.annotate("First Title\n\nSome text here.\n", path: "1.txt", date: nil)
        let two = testAnnotator.annotate("Second Title\n\nOther words entirely.\n", path: "2.txt", date: nil)
        // Opened on article 1, with article 2 behind it on the jump list.
        var state = ReaderState(document: two, width: 60, height: 12, library: LibraryContext(articleID: 2))
        state.recordJump(reason: "test")
        state.show(one, library: LibraryContext(articleID: 1), offset: 0)
        var reannotated: [CalendarDate] = []
        let dateKeys: [Key] = [.char("D")] + "2015-02-20".map { Key.char($0) } + [.enter]
        let t = MemoryTerminal(width: 60, height: 12)
        t.type(dateKeys + [.backspace] + dateKeys)
        _ = ReaderLoop.run(
            state: &state, theme: BuiltinThemes.fallback, terminal: t, pendingSignal: { t.exhausted ? 15 : 0 },
            reannotate: { d in reannotated.append(d); return testAnnotator.annotate(one.text, path: "1.txt", date: d) },
            open: { article in LibraryContext.id(in: article) == 2 ? (two, LibraryContext(articleID: 2)) : nil })
        #expect(reannotated == [CalendarDate(year: 2015, month: 2, day: 20)], "asked once, for the article opened on")
        #expect(state.articleID == "library:2")
        #expect(state.document.text == two.text)
        #expect(state.message == "The document date can be set on the article the reader was opened on")
    }

    @Test func ctrlLRepaintsEveryCell() {
        let doc = testAnnotator.annotate("A Small Title\n\nSome text about a town.\n", path: "t.txt", date: nil)
        func lastWrite(_ keys: [Key]) -> Int {
            let t = MemoryTerminal(width: 40, height: 10)
            var state = ReaderState(document: doc, width: 40, height: 10)
            t.type(keys)
            _ = ReaderLoop.run(state: &state, theme: BuiltinThemes.fallback, terminal: t, pendingSignal: { t.exhausted ? 15 : 0 })
            return t.lastWriteCount
        }
        #expect(lastWrite([.char("x")]) == 0, "an unbound key changes nothing on screen")
        #expect(lastWrite([.ctrl("l")]) == 40 * 10, "Ctrl-L: the next frame writes every cell")
    }

    @Test func readerLoopStopsOnASignal() {
        let doc = testAnnotator.annotate("Title\n\nText.\n", path: nil, date: nil)
        let t = MemoryTerminal(width: 20, height: 5)
        var state = ReaderState(document: doc, width: 20, height: 5)
        t.type([.down, .down])
        let outcome = ReaderLoop.run(state: &state, theme: BuiltinThemes.fallback, terminal: t,
                                     pendingSignal: { t.exhausted ? 15 : 0 })
        #expect(outcome == .signal(15))
        #expect(t.frames >= 1)
    }
}

/// The whole chain without a terminal: keys → state → view with a theme → diffed frames.
@Suite struct MemoryTerminalReaderTests {
    static let text = """
        Harbour Notes

        The ferry left the northern harbour at dawn. Fishermen watched the gulls.

        \(String(repeating: "Filler sentence about nothing in particular. ", count: 40))

        At noon the lighthouse keeper wrote a letter about the storm.
        """

    @Test func searchScrollsToTheMatchAndDrawsItInTheThemesStyle() throws {
        let doc = testAnnotator.annotate(Self.text, path: "notes.txt", date: nil)
        let t = MemoryTerminal(width: 50, height: 10)
        var state = ReaderState(document: doc, width: 50, height: 10)
        let theme = try ThemeLoader(directories: []).load(source: """
            "text" = "default"
            "search.match" = { fg = "black", bg = "yellow" }
            "search.current" = { fg = "black", bg = "#ff8700", modifiers = ["bold"] }
            """, file: "t.toml", name: "t")
        t.type([.char("/")] + "lighthouse".map { Key.char($0) } + [.enter])
        let outcome = ReaderLoop.run(state: &state, theme: theme, terminal: t, pendingSignal: { t.exhausted ? 15 : 0 })
        #expect(outcome == .signal(15))
        let rows = t.screen.lines
        guard let y = rows.firstIndex(where: { $0.contains("lighthouse") }) else {
            Issue.record("the match is not on screen:\n\(t.screen)")
            return
        }
        let x = rows[y].distance(from: rows[y].startIndex, to: rows[y].range(of: "lighthouse")!.lowerBound)
        let cell = t.screen[x, y].style
        #expect(cell.bg == .rgb(0xff, 0x87, 0x00) && cell.attributes.contains(.bold), "\(cell)")
        // The title is scrolled away: the view moved to the match.
        #expect(!rows.contains { $0.contains("Harbour Notes") })
        // Nothing moved after the last key, so the last frame wrote less than a full screen.
        #expect(t.lastWriteCount < 50 * 10)
    }

    @Test func resizingRedrawsWithinTheNewSize() {
        let doc = testAnnotator.annotate(Self.text, path: "notes.txt", date: nil)
        let t = MemoryTerminal(width: 60, height: 10)
        var state = ReaderState(document: doc, width: 60, height: 10)
        t.resize(width: 30, height: 6)
        t.type([.char("j")])
        t.resize(width: 44, height: 9)
        t.type([.char("q")])
        #expect(ReaderLoop.run(state: &state, theme: BuiltinThemes.fallback, terminal: t, pendingSignal: { 0 }) == .quit)
        #expect(t.screen.width == 44 && t.screen.height == 9)
        #expect(state.width == 44 && state.height == 9)
        #expect(t.screen.lines.allSatisfy { DisplayWidth.of($0) <= 44 })
    }
}
