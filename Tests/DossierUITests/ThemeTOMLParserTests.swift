import Testing
@testable import DossierUI

@Suite struct ThemeTOMLParserTests {
    @Test func parsesTablesDottedQuotedKeysAndValues() throws {
        let t = try TOMLParser.parse("""
            # comment
            name = "a \\"q\\" \\u00e9\\t" # trailing
            lit = 'C:\\path'
            n = -1_000
            hex = 0xff
            yes = true
            list = [1, 2,
              3, ]   # multi-line array
            "entity.person" = { fg = "yellow", modifiers = ["bold"] }
            a.b.c = 1

            [palette]
            red = "#ff0000"
            [x.y]
            z = false
            """)
        #expect(t["name"]?.value == .string("a \"q\" é\t"))
        #expect(t["lit"]?.value == .string("C:\\path"))
        #expect(t["n"]?.value == .integer(-1000))
        #expect(t["hex"]?.value == .integer(255))
        #expect(t["yes"]?.value == .boolean(true))
        guard case .array(let items) = t["list"]?.value else { Issue.record("no array"); return }
        #expect(items.map(\.value) == [.integer(1), .integer(2), .integer(3)])
        #expect(items[2].position == TOMLPosition(line: 8, column: 3))
        guard case .table(let ep) = t["entity.person"]?.value else { Issue.record("no inline table"); return }
        #expect(ep["fg"]?.value == .string("yellow"))
        guard case .table(let a) = t["a"]?.value, case .table(let b) = a["b"]?.value else { Issue.record("no dotted"); return }
        #expect(b["c"]?.value == .integer(1))
        guard case .table(let pal) = t["palette"]?.value else { Issue.record("no palette"); return }
        #expect(pal["red"]?.position == TOMLPosition(line: 13, column: 7))
        guard case .table(let x) = t["x"]?.value, case .table(let y) = x["y"]?.value else { Issue.record("no [x.y]"); return }
        #expect(y["z"]?.value == .boolean(false))
    }

    /// Each malformed input fails at the line and column of the problem.
    @Test(arguments: [
        ("a = 1\nb = \"open\n", 2, 5, "unterminated string"),
        ("a = 1\na = 2\n", 2, 1, "duplicate key"),
        ("x = 1.5\n", 1, 5, "floating-point"),
        ("d = 2016-07-19\n", 1, 5, "dates"),
        ("[t]\n[t]\n", 2, 1, "defined twice"),
        ("[[t]]\n", 1, 1, "arrays of tables"),
        ("a = \"\"\"x\"\"\"\n", 1, 5, "multi-line"),
        ("a = bare\n", 1, 5, "strings need quotes"),
        ("a = 1 b = 2\n", 1, 7, "end of the line"),
        ("\n\n  = 3\n", 3, 3, "expected a key"),
        ("t = { a = 1,\n b = 2 }\n", 1, 13, "same line"),
        ("s = \"\\q\"\n", 1, 6, "unknown escape"),
        ("a = [1, 2\n", 2, 1, "unterminated array"),
        ("t = {a = 1}\nt.b = 2\n", 2, 1, "cannot take dotted keys"),
        ("n = 007\n", 1, 5, "leading zeros"),
        ("\"é漢\" = \"ok\" junk\n", 1, 13, "end of the line"),  // columns count characters
    ])
    func reportsErrorsWithPositions(_ input: String, _ line: Int, _ column: Int, _ fragment: String) {
        do {
            _ = try TOMLParser.parse(input)
            Issue.record("parsed without error: \(input)")
        } catch {
            #expect(error.position == TOMLPosition(line: line, column: column), "\(error)")
            #expect(error.message.contains(fragment), "\(error)")
        }
    }

    @Test func emptyAndCommentOnlyDocumentsAreEmptyTables() throws {
        #expect(try TOMLParser.parse("").entries.isEmpty)
        #expect(try TOMLParser.parse("# only\n\n   # comments\r\n").entries.isEmpty)
    }
}
