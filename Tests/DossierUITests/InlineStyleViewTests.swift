import DossierKit
import Testing
@testable import DossierUI

/// Emphasis, strong and links from Markdown and HTML draw as italic, bold and underlined cells,
/// with no markup characters, and only over their own span.
@Suite struct InlineStyleViewTests {
    @Test func emphasisStrongAndLinksAreCellAttributes() {
        var d = Fixtures.article
        d.styles = [
            InlineStyle(kind: .emphasis, span: Fixtures.span("met", in: d.text)),
            InlineStyle(kind: .strong, span: Fixtures.span("said", in: d.text)),
            InlineStyle(kind: .link, span: Fixtures.span("Yerevan", in: d.text), target: "https://example.org/y"),
        ]
        let g = Fixtures.screen(ReaderState(document: d, width: 60, height: 10))
        func cell(_ word: String) -> (x: Int, y: Int)? {
            for y in 0..<g.height {
                let line = g.lines[y]
                if let r = line.range(of: word) { return (line.distance(from: line.startIndex, to: r.lowerBound), y) }
            }
            return nil
        }
        let met = cell(" met ")!, said = cell("said")!, yerevan = cell("Yerevan")!
        #expect(g[met.x + 1, met.y].style.attributes.contains(.italic))
        #expect(!g[met.x, met.y].style.attributes.contains(.italic), "the space before is not styled")
        #expect(g[said.x, said.y].style.attributes.contains(.bold))
        #expect(g[said.x + 3, said.y].style.attributes.contains(.bold))
        #expect(!g[said.x + 4, said.y].style.attributes.contains(.bold))
        #expect(g[yerevan.x, yerevan.y].style.attributes.contains(.underline))
        #expect(!g.lines.joined().contains("*"))
    }
}
