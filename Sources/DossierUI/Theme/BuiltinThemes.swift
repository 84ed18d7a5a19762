/// The themes compiled in, so the reader works with no Themes/ folder around it: `default`, and
/// `mono` for NO_COLOR. The texts are copies of Themes/default.toml and Themes/mono.toml (a test
/// checks they match); they go through the same loader as the files.
public enum BuiltinThemes {
    /// Theme sources by name.
    public static let sources: [String: String] = ["default": defaultSource, "mono": monoSource]

    /// The default theme, resolved; a minimal hard-coded theme if the compiled-in text were broken.
    public static let fallback: Theme = {
        (try? ThemeLoader(directories: [], builtins: sources).load(source: defaultSource, file: "<built-in default>", name: "default"))
            ?? Theme(name: "default", scopes: ["text": Style(), "title": Style(attributes: .bold),
                                               "entity": Style(attributes: .bold), "status": Style(attributes: .reverse)])
    }()

    /// The `mono` theme, resolved.
    public static let mono: Theme = {
        (try? ThemeLoader(directories: [], builtins: sources).load(source: monoSource, file: "<built-in mono>", name: "mono"))
            ?? Theme(name: "mono", scopes: ["text": Style(), "entity": Style(attributes: .bold), "status": Style(attributes: .reverse)])
    }()

    static let defaultSource = #"""
# Dossier's default theme: the terminal's own background and foreground, ANSI colours for
# entity types (so it follows the user's terminal palette), reverse video for selections.
# Scopes fall back along their dots: "entity.person" → "entity" → "text".

"text" = "default"
"title" = { fg = "title", modifiers = ["bold"] }
"header" = { fg = "muted" }
"caption" = { fg = "muted", modifiers = ["italic"] }
"heading" = { modifiers = ["bold"] }
"quote" = { modifiers = ["italic"] }

"entity" = { fg = "cyan" }
"entity.person" = { fg = "person", modifiers = ["bold"] }
"entity.place" = { fg = "place" }
"entity.org" = { fg = "org" }
"entity.media" = { fg = "media", modifiers = ["italic"] }
"entity.event" = { fg = "event" }
"entity.norp" = { fg = "norp" }

"citation" = { fg = "citation", modifiers = ["underlined"] }
"citation.selected" = { fg = "citation", modifiers = ["underlined", "reversed"] }
"search.match" = { fg = "black", bg = "yellow" }
"search.current" = { fg = "black", bg = "light-yellow", modifiers = ["bold"] }
"selection" = { modifiers = ["reversed"] }

"status" = { fg = "black", bg = "cyan" }
"status.key" = { fg = "black", bg = "cyan", modifiers = ["bold"] }
"status.position" = { fg = "black", bg = "cyan" }

"pane.border" = { fg = "muted" }
"pane.title" = { modifiers = ["bold"] }
"pane.tab" = { fg = "muted" }
"pane.tab.active" = { modifiers = ["bold", "underlined"] }
"pane.row" = "default"
"pane.row.selected" = { modifiers = ["reversed"] }
"pane.date" = { fg = "event" }
"pane.count" = { fg = "muted" }

# Overlays keep the terminal's own colours, so they read on dark and light terminals alike.
"finder" = { fg = "overlay-fg", bg = "overlay" }
"finder.match" = { fg = "person", modifiers = ["bold", "underlined"] }
"finder.selected" = { modifiers = ["reversed"] }
"help" = { fg = "overlay-fg", bg = "overlay" }
"help.key" = { fg = "person", modifiers = ["bold"] }
"notice" = { fg = "light-red", modifiers = ["bold"] }

[palette]
title = "default"
muted = "gray"
person = "yellow"
place = "green"
org = "cyan"
media = "magenta"
event = "blue"
norp = "red"
citation = "light-blue"
overlay = "default"
overlay-fg = "default"

"""#

    static let monoSource = #"""
# No colour at all (chosen when NO_COLOR is set): only bold, underline and reverse video.
# Entity types differ by attribute so the kinds stay distinguishable.

"text" = "default"
"title" = { modifiers = ["bold", "underlined"] }
"header" = "default"
"caption" = { modifiers = ["italic"] }
"heading" = { modifiers = ["bold"] }
"quote" = { modifiers = ["italic"] }
"entity" = { modifiers = ["bold"] }
"entity.person" = { modifiers = ["bold"] }
"entity.place" = { modifiers = ["underlined"] }
"entity.org" = { modifiers = ["bold", "underlined"] }
"entity.media" = { modifiers = ["italic"] }
"entity.event" = { modifiers = ["underlined"] }
"entity.norp" = { modifiers = ["bold"] }
"citation" = { modifiers = ["underlined"] }
"citation.selected" = { modifiers = ["underlined", "reversed"] }
"search.match" = { modifiers = ["reversed"] }
"search.current" = { modifiers = ["reversed", "bold"] }
"selection" = { modifiers = ["reversed"] }
"status" = { modifiers = ["reversed"] }
"status.key" = { modifiers = ["reversed", "bold"] }
"status.position" = { modifiers = ["reversed"] }
"pane.border" = "default"
"pane.title" = { modifiers = ["bold"] }
"pane.tab" = "default"
"pane.tab.active" = { modifiers = ["bold", "underlined"] }
"pane.row" = "default"
"pane.row.selected" = { modifiers = ["reversed"] }
"pane.date" = { modifiers = ["bold"] }
"pane.count" = "default"
"finder" = "default"
"finder.match" = { modifiers = ["bold", "underlined"] }
"finder.selected" = { modifiers = ["reversed"] }
"help" = "default"
"help.key" = { modifiers = ["bold"] }
"notice" = { modifiers = ["bold", "reversed"] }

"""#
}
