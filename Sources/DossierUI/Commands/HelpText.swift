/// The help screen's text, generated from the command table and the key map in force: every
/// bound key of every context, each command's one-line summary and its config name.
enum HelpText {
    struct Line: Equatable {
        var keys: String
        var text: String
        var isHeading: Bool
        /// The command's config name, drawn dimmed on the right when the box has room.
        var name: String = ""
        /// A theme scope to draw the keys column in (the colour key's samples).
        var scope: String = ""
    }

    /// The colour key: what each highlight stands for, drawn in its own style.
    static let colourKey: [Line] = [
        Line(keys: "Person", text: "People", isHeading: false, scope: "entity.person"),
        Line(keys: "Place", text: "Places, and capitals standing for their states (Moscow)", isHeading: false, scope: "entity.place"),
        Line(keys: "Organization", text: "Organizations, institutions, parties", isHeading: false, scope: "entity.org"),
        Line(keys: "Media", text: "News outlets and agencies", isHeading: false, scope: "entity.media"),
        Line(keys: "Event", text: "Named events (wars, summits, operations); timeline dates", isHeading: false, scope: "entity.event"),
        Line(keys: "Nationality", text: "Nationalities and groups (Russian, Armenians)", isHeading: false, scope: "entity.norp"),
        Line(keys: "(Source, May 1)", text: "Citations: Tab selects, Enter shows their sources and dates", isHeading: false, scope: "citation"),
        Line(keys: "(see EDM, …)", text: "In a library article: a citation of library articles; Enter, Enter opens one", isHeading: false, scope: "citation.resolved"),
        Line(keys: "match", text: "Search hits; the current one brighter", isHeading: false, scope: "search.match"),
    ]

    static let sections: [(String, KeyContext)] = [
        ("Reading", .generic), ("Side pane (t e c)", .sidePane), ("Search prompt (/)", .search),
        ("Entity finder (f)", .finder), ("Citation details (Enter)", .detail), ("Help", .help),
    ]

    /// The help text, one entry per screen line.
    static func lines(keymap: Keymap) -> [Line] {
        var out: [Line] = []
        for (title, ctx) in sections {
            var body: [Line] = []
            for c in Command.allCases {
                let keys = keymap.keys(for: c, in: ctx)
                if keys.isEmpty { continue }
                body.append(Line(keys: keys.map(KeySpec.name).joined(separator: " "), text: c.summary, isHeading: false, name: c.rawValue))
            }
            guard !body.isEmpty else { continue }
            if !out.isEmpty { out.append(Line(keys: "", text: "", isHeading: false)) }
            out.append(Line(keys: "", text: title, isHeading: true))
            out += body
        }
        let unbound = Command.allCases.filter { c in sections.allSatisfy { keymap.keys(for: c, in: $0.1).isEmpty } }
        if !unbound.isEmpty {
            out.append(Line(keys: "", text: "", isHeading: false))
            out.append(Line(keys: "", text: "Unbound commands", isHeading: true))
            for c in unbound { out.append(Line(keys: "—", text: c.summary, isHeading: false, name: c.rawValue)) }
        }
        func section(_ title: String, _ lines: [Line]) {
            out.append(Line(keys: "", text: "", isHeading: false))
            out.append(Line(keys: "", text: title, isHeading: true))
            out += lines
        }
        section("Mouse", [
            Line(keys: "wheel", text: "Scroll the article or the side pane", isHeading: false),
            Line(keys: "click", text: "On a name: search it; on a citation: select it; on a row: open it", isHeading: false),
        ])
        section("Colours (H: all types, one type, none)", colourKey)
        section("Side pane counts", [
            Line(keys: "14+21", text: "Own mentions + those of the names gathered under it (← Moscow)", isHeading: false),
            Line(keys: "×3", text: "Citations of a source; its rows list their dates", isHeading: false),
        ])
        out.append(Line(keys: "", text: "", isHeading: false))
        out.append(Line(keys: "", text: "Rebind keys in config.toml under [keys]: \"J\" = \"page-down\", \"finder.ctrl-j\" = \"select-next\"", isHeading: false))
        return out
    }

}
