import Foundation

/// Where the config and the state live (XDG base directories).
public enum ConfigPaths {
    /// `$XDG_CONFIG_HOME/dossier`, or `~/.config/dossier`.
    public static func configDirectory(_ env: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        base(env, "XDG_CONFIG_HOME", ".config").appendingPathComponent("dossier")
    }

    /// `$XDG_STATE_HOME/dossier`, or `~/.local/state/dossier`.
    public static func stateDirectory(_ env: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        base(env, "XDG_STATE_HOME", ".local/state").appendingPathComponent("dossier")
    }

    /// The XDG spec says a relative value is invalid and must be ignored.
    private static func base(_ env: [String: String], _ key: String, _ fallback: String) -> URL {
        if let v = env[key], v.hasPrefix("/") { return URL(fileURLWithPath: v) }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(fallback)
    }
}

/// Reads `config.toml` into a ``ReaderConfig``. A broken file never stops the reader: the
/// settings that could be read are kept, the rest are defaults, and each problem is a warning.
///
/// ```toml
/// theme = "light"          # a name from Themes/ or a path
/// measure = 80             # widest text column
/// side-pane-width = 40
/// side-pane = true         # show the side pane at start
/// clipboard = true         # y copies through the terminal (OSC 52)
/// highlight = "all"        # entity colours: all, none, or one type (H cycles and remembers)
/// [keys]
/// "ctrl-f" = "page-down"   # key spec → command name
/// ```
public enum ConfigLoader {
    public struct Result: Sendable {
        public var config: ReaderConfig
        /// `file:line:column: problem` lines to show on stderr.
        public var warnings: [String]
        /// True when the file set `theme` (it then overrides NO_COLOR, as no-color.org asks).
        public var themeIsExplicit: Bool
        /// True when the file set `measure`.
        public var measureIsExplicit: Bool
    }

    /// The config file path for an environment.
    public static func defaultPath(_ env: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        ConfigPaths.configDirectory(env).appendingPathComponent("config.toml")
    }

    /// Loads the file; a missing file is the defaults with no warning.
    public static func load(path: URL) -> Result {
        let display = path.path
        guard FileManager.default.fileExists(atPath: display) else {
            return Result(config: ReaderConfig(), warnings: [], themeIsExplicit: false, measureIsExplicit: false)
        }
        guard let data = FileManager.default.contents(atPath: display), let text = String(data: data, encoding: .utf8) else {
            return Result(config: ReaderConfig(), warnings: ["\(display): cannot read the config as UTF-8 text; using defaults"],
                          themeIsExplicit: false, measureIsExplicit: false)
        }
        return parse(text, file: display)
    }

    /// Parses config text; `file` names it in warnings.
    public static func parse(_ text: String, file: String) -> Result {
        var config = ReaderConfig()
        var warnings: [String] = []
        var themeSet = false, measureSet = false
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(text)
        } catch {
            return Result(config: config, warnings: ["\(file):\(error.position): \(error.message); using the default settings"],
                          themeIsExplicit: false, measureIsExplicit: false)
        }
        func warn(_ p: TOMLPosition, _ m: String) { warnings.append("\(file):\(p): \(m)") }
        func int(_ e: TOMLTable.Entry, _ range: ClosedRange<Int>) -> Int? {
            guard case .integer(let n) = e.node.value else {
                warn(e.node.position, "\(e.key) must be an integer, not \(e.node.typeName); ignored"); return nil
            }
            guard range.contains(n) else {
                warn(e.node.position, "\(e.key) = \(n) is outside \(range.lowerBound)-\(range.upperBound); ignored"); return nil
            }
            return n
        }
        for e in root.entries {
            switch e.key {
            case "theme":
                if case .string(let s) = e.node.value, !s.isEmpty { config.theme = s; themeSet = true }
                else { warn(e.node.position, "theme must be a theme name or path in quotes; ignored") }
            case "measure":
                if let n = int(e, 20...400) { config.measure = n; measureSet = true }
            case "side-pane-width", "side_pane_width":
                if let n = int(e, 10...200) { config.sidePaneWidth = n }
            case "side-pane", "show-side-pane", "show_side_pane":
                if case .boolean(let b) = e.node.value { config.showSidePane = b }
                else { warn(e.node.position, "\(e.key) must be true or false; ignored") }
            case "clipboard":
                if case .boolean(let b) = e.node.value { config.clipboard = b }
                else { warn(e.node.position, "clipboard must be true or false; ignored") }
            case "highlight":
                if case .string(let v) = e.node.value, let m = HighlightMode(name: v) { config.highlight = m }
                else { warn(e.node.position, "highlight must be \"all\", \"none\" or an entity type (person, place, org, media, event, norp); ignored") }
            case "keys":
                guard case .table(let t) = e.node.value else {
                    warn(e.node.position, "keys must be a table of \"key\" = \"command\"; ignored"); continue
                }
                for k in t.entries {
                    if case .string(let cmd) = k.node.value { config.keys[k.key] = cmd }
                    else { warn(k.node.position, "the binding for “\(k.key)” must be a command name in quotes; ignored") }
                }
            default:
                warn(e.keyPosition, "unknown setting “\(e.key)” (known: theme, measure, side-pane-width, side-pane, clipboard, highlight, [keys]); ignored")
            }
        }
        return Result(config: config, warnings: warnings, themeIsExplicit: themeSet, measureIsExplicit: measureSet)
    }

    /// `text` with the top-level setting `key = "value"` set: the line replaced where it is, else
    /// added before the first table (so it does not land inside `[keys]`). Comments stay.
    public static func updating(_ text: String, key: String, to value: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = "\(key) = \"\(value)\""
        var firstTable: Int?
        for (i, l) in lines.enumerated() {
            let t = l.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("[") { firstTable = i; break }
            if t.hasPrefix(key), t.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                lines[i] = line
                return lines.joined(separator: "\n")
            }
        }
        if let i = firstTable {
            lines.insert(line, at: i)
        } else {
            if lines.last == "" { lines.removeLast() }
            lines.append(line)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Writes `key = "value"` into the config file at `path` (created if missing), atomically.
    /// Returns a warning on failure.
    public static func remember(_ key: String, _ value: String, path: URL) -> String? {
        let old = FileManager.default.contents(atPath: path.path).flatMap { String(data: $0, encoding: .utf8) } ?? ""
        do {
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(updating(old, key: key, to: value).utf8).write(to: path, options: .atomic)
            return nil
        } catch {
            return "cannot remember \(key) in \(path.path): \(error.localizedDescription)"
        }
    }
}
