import Foundation
import DossierKit

/// Loads themes from TOML: `[palette]`, `inherits = "name"`, and dotted scopes whose values are
/// styles (`"entity.person" = { fg = "yellow", modifiers = ["bold"] }` or just `"citation" = "cyan"`),
/// as in helix's runtime/themes. Every problem is a ``ThemeError`` naming the file, line and column.
public struct ThemeLoader: Sendable {
    /// Folders searched for `NAME.toml`, in order.
    public var directories: [URL]
    /// Theme sources compiled in, by name; used when no file of that name is found.
    public var builtins: [String: String]

    public init(directories: [URL] = ThemeLocator.directories, builtins: [String: String] = BuiltinThemes.sources) {
        self.directories = directories
        self.builtins = builtins
    }

    /// The first root component of every scope a theme may style; a scope under an unknown
    /// root is reported as an unknown key, which catches typos such as `inherit` or `entiy.person`.
    public static let scopeRoots: Set<String> = [
        "text", "title", "header", "byline", "caption", "entity", "citation", "search", "selection",
        "status", "pane", "finder", "help", "notice", "warning", "error", "timeline", "date", "cursor",
        "overlay", "border", "link", "heading", "paragraph", "quote",
    ]

    /// Loads a theme by name (looked up in ``directories``, then the built-ins) or by path
    /// (anything with a `/` or ending in `.toml`).
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        let src = try locate(nameOrPath, from: nil, at: nil, requester: nil)
        return try resolve(src, name: Self.displayName(nameOrPath))
    }

    /// Loads a theme from source text, as though it were the file `file` (tests, built-ins).
    public func load(source: String, file: String, name: String) throws(ThemeError) -> Theme {
        try resolve(Source(text: source, file: file, directory: nil, identity: file), name: name)
    }

    static func displayName(_ nameOrPath: String) -> String {
        var n = nameOrPath
        if let slash = n.lastIndex(of: "/") { n = String(n[n.index(after: slash)...]) }
        if n.hasSuffix(".toml") { n.removeLast(5) }
        return n
    }

    // MARK: Finding files

    struct Source {
        var text: String
        /// Shown in messages.
        var file: String
        /// Where `inherits` looks first.
        var directory: URL?
        /// What cycle detection compares.
        var identity: String
    }

    private static func isPath(_ s: String) -> Bool { s.contains("/") || s.hasSuffix(".toml") }

    private static func isValidName(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// Finds a theme's text. `requester`/`at` locate the `inherits` line that asked for it.
    func locate(_ ref: String, from dir: URL?, at pos: TOMLPosition?, requester: String?) throws(ThemeError) -> Source {
        if Self.isPath(ref) {
            let url = ref.hasPrefix("/") || dir == nil
                ? URL(fileURLWithPath: ref) : URL(fileURLWithPath: ref, relativeTo: dir)
            return try read(url, display: ref, at: pos, requester: requester)
        }
        guard Self.isValidName(ref) else {
            throw ThemeError(file: requester, position: pos, "“\(ref)” is not a theme name (letters, digits, - and _) or a path")
        }
        var candidates: [URL] = []
        if let dir { candidates.append(dir) }
        candidates += directories
        for d in candidates {
            let u = d.appendingPathComponent(ref + ".toml")
            if FileManager.default.fileExists(atPath: u.path) {
                return try read(u, display: u.path, at: pos, requester: requester)
            }
        }
        if let text = builtins[ref] {
            return Source(text: text, file: "<built-in \(ref)>", directory: nil, identity: "builtin:" + ref)
        }
        let known = (Set(builtins.keys).union(availableNames())).sorted().joined(separator: ", ")
        throw ThemeError(file: requester, position: pos, "no theme named “\(ref)” (available: \(known))")
    }

    private func read(_ url: URL, display: String, at pos: TOMLPosition?, requester: String?) throws(ThemeError) -> Source {
        let path = url.standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw ThemeError(file: requester ?? display, position: pos, requester == nil ? "no such theme file" : "inherits “\(display)”: no such file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: display, "cannot read the theme file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: display, "the theme file is not UTF-8 text")
        }
        return Source(text: text, file: display, directory: url.standardizedFileURL.deletingLastPathComponent(), identity: path)
    }

    /// Theme names found in ``directories`` (for messages and `--theme` help).
    public func availableNames() -> [String] {
        var names = Set<String>()
        for d in directories {
            for f in (try? FileManager.default.contentsOfDirectory(atPath: d.path)) ?? [] where f.hasSuffix(".toml") {
                names.insert(String(f.dropLast(5)))
            }
        }
        return names.sorted()
    }

    // MARK: Parsing and resolving

    /// One parsed file, before palette names are resolved (a child's palette recolours its parent).
    struct Raw {
        var source: Source
        var inherits: (name: String, position: TOMLPosition)?
        var palette: [(name: String, node: TOMLNode)] = []
        var styles: [(scope: String, node: TOMLNode)] = []
    }

    func parse(_ src: Source) throws(ThemeError) -> Raw {
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(src.text)
        } catch {
            throw ThemeError(file: src.file, position: error.position, error.message)
        }
        var raw = Raw(source: src)
        for e in root.entries {
            switch e.key {
            case "inherits":
                guard case .string(let s) = e.node.value else {
                    throw ThemeError(file: src.file, position: e.node.position, "inherits must be a theme name in quotes, not \(e.node.typeName)")
                }
                raw.inherits = (s, e.node.position)
            case "palette":
                guard case .table(let t) = e.node.value else {
                    throw ThemeError(file: src.file, position: e.node.position, "palette must be a table of colours")
                }
                for p in t.entries { raw.palette.append((p.key, p.node)) }
            default:
                try collectStyles(e.key, e.keyPosition, e.node, file: src.file, into: &raw.styles)
            }
        }
        return raw
    }

    private static let styleKeys: Set<String> = ["fg", "bg", "modifiers"]

    /// Adds the style at `scope`, or (for a plain table of tables) the styles nested in it.
    private func collectStyles(_ scope: String, _ keyPos: TOMLPosition, _ node: TOMLNode, file: String,
                               into out: inout [(scope: String, node: TOMLNode)]) throws(ThemeError) {
        let root = String(scope.prefix { $0 != "." })
        guard Self.scopeRoots.contains(root) else {
            throw ThemeError(file: file, position: keyPos, "unknown key “\(scope)”: not inherits, palette or a scope (scopes start with \(Self.scopeRoots.sorted().joined(separator: ", ")))")
        }
        if case .table(let t) = node.value, !t.entries.isEmpty, !t.entries.contains(where: { Self.styleKeys.contains($0.key) }) {
            for e in t.entries { try collectStyles(scope + "." + e.key, e.keyPosition, e.node, file: file, into: &out) }
            return
        }
        out.append((scope, node))
    }

    /// Loads the inheritance chain of `src` (root first), parses it and resolves every style.
    func resolve(_ src: Source, name: String) throws(ThemeError) -> Theme {
        var chain: [Raw] = []
        var seen: [String] = []
        var current = src
        while true {
            let raw = try parse(current)
            seen.append(current.identity)
            chain.insert(raw, at: 0)
            guard let parent = raw.inherits else { break }
            let next = try locate(parent.name, from: current.directory, at: parent.position, requester: current.file)
            if seen.contains(next.identity) {
                let names = chain.reversed().map { Self.displayName($0.source.file) } + [Self.displayName(next.file)]
                throw ThemeError(file: current.file, position: parent.position,
                                 "inherits cycle: \(names.joined(separator: " → "))")
            }
            if chain.count > 32 { throw ThemeError(file: current.file, position: parent.position, "inherits chain is too long") }
            current = next
        }
        // Palette: parents first, children override.
        var palette: [String: Color] = [:]
        for raw in chain {
            for p in raw.palette {
                palette[p.name] = try color(p.node, palette: [:], file: raw.source.file, what: "palette colour “\(p.name)”")
            }
        }
        var scopes: [String: Style] = [:]
        for raw in chain {
            for s in raw.styles {
                scopes[s.scope] = try style(s.node, palette: palette, file: raw.source.file, scope: s.scope)
            }
        }
        return Theme(name: name, scopes: scopes)
    }

    private func style(_ node: TOMLNode, palette: [String: Color], file: String, scope: String) throws(ThemeError) -> Style {
        switch node.value {
        case .string, .integer:
            return Style(fg: try color(node, palette: palette, file: file, what: "“\(scope)”"))
        case .table(let t):
            var st = Style()
            for e in t.entries {
                switch e.key {
                case "fg": st.fg = try color(e.node, palette: palette, file: file, what: "fg of “\(scope)”")
                case "bg": st.bg = try color(e.node, palette: palette, file: file, what: "bg of “\(scope)”")
                case "modifiers":
                    guard case .array(let items) = e.node.value else {
                        throw ThemeError(file: file, position: e.node.position, "modifiers must be an array of names, like [\"bold\"]")
                    }
                    for item in items {
                        guard case .string(let m) = item.value, let a = Self.modifiers[m.lowercased()] else {
                            throw ThemeError(file: file, position: item.position,
                                             "unknown modifier \(Self.show(item)) (known: bold, dim, italic, underlined, reversed)")
                        }
                        st.attributes.insert(a)
                    }
                default:
                    throw ThemeError(file: file, position: e.keyPosition, "unknown key “\(e.key)” in the style of “\(scope)” (known: fg, bg, modifiers)")
                }
            }
            return st
        default:
            throw ThemeError(file: file, position: node.position, "the style of “\(scope)” must be a colour or a table like { fg = \"red\" }, not \(node.typeName)")
        }
    }

    static let modifiers: [String: Attributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "underlined": .underline,
        "reverse": .reverse, "reversed": .reverse,
    ]

    private static func show(_ node: TOMLNode) -> String {
        switch node.value {
        case .string(let s): return "“\(s)”"
        case .integer(let n): return String(n)
        default: return node.typeName
        }
    }

    private func color(_ node: TOMLNode, palette: [String: Color], file: String, what: String) throws(ThemeError) -> Color {
        switch node.value {
        case .string(let s):
            if let c = palette[s] ?? ColorName.parse(s) { return c }
            throw ThemeError(file: file, position: node.position,
                             "unknown colour “\(s)” for \(what): not a palette name, an ANSI name, #rrggbb or 0-255")
        case .integer(let n):
            guard (0...255).contains(n) else {
                throw ThemeError(file: file, position: node.position, "colour \(n) for \(what) is out of range 0-255")
            }
            return .indexed(UInt8(n))
        default:
            throw ThemeError(file: file, position: node.position, "\(what) must be a colour name, #rrggbb or 0-255, not \(node.typeName)")
        }
    }
}

/// Finds the `Themes/` folders: `$DOSSIER_THEMES`, the user's `$XDG_CONFIG_HOME/dossier/themes`,
/// then a `Themes` sibling of every folder ``DataLocator`` searches for `Data/`.
public enum ThemeLocator {
    public static var directories: [URL] {
        let env = ProcessInfo.processInfo.environment
        var out: [URL] = []
        if let d = env["DOSSIER_THEMES"], !d.isEmpty { out.append(URL(fileURLWithPath: d)) }
        out.append(ConfigPaths.configDirectory(env).appendingPathComponent("themes"))
        for d in DataLocator.directories {
            if d.lastPathComponent == "Data" {
                out.append(d.deletingLastPathComponent().appendingPathComponent("Themes"))
            } else {
                out.append(d.appendingPathComponent("Themes"))
            }
        }
        return out
    }
}
