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
# Dossier's default theme: a dark page of its own, so it reads the same on dark and light
# terminals (the contrast test checks every scope against xterm's and Tango's palettes).
# 256-colour indices; 16- and 8-colour terminals get the nearest colour they have.
# Scopes fall back along their dots: "entity.person" → "entity" → "text".

"text" = { fg = "fg", bg = "bg" }
"title" = { fg = "title", bg = "bg", modifiers = ["bold"] }
"header" = { fg = "muted" }
"caption" = { fg = "muted", modifiers = ["italic"] }
"heading" = { modifiers = ["bold"] }
"quote" = { modifiers = ["italic"] }

"entity" = { fg = "org" }
"entity.person" = { fg = "person", modifiers = ["bold"] }
"entity.place" = { fg = "place" }
"entity.org" = { fg = "org" }
"entity.media" = { fg = "media", modifiers = ["italic"] }
"entity.event" = { fg = "event" }
"entity.norp" = { fg = "norp" }

"citation" = { fg = "citation", modifiers = ["underlined"] }
"citation.resolved" = { fg = "resolved", modifiers = ["bold", "underlined"] }
"citation.selected" = { fg = "citation", modifiers = ["underlined", "reversed"] }
"search.match" = { fg = "on-mark", bg = "mark" }
"search.current" = { fg = "on-mark", bg = "mark-current", modifiers = ["bold"] }
"selection" = { modifiers = ["reversed"] }

"status" = { fg = "on-status", bg = "status" }
"status.key" = { fg = "on-status", bg = "status", modifiers = ["bold"] }
"status.position" = { fg = "on-status", bg = "status" }

"pane.border" = { fg = "dim", bg = "bg" }
"pane.title" = { modifiers = ["bold"] }
"pane.tab" = { fg = "muted" }
"pane.tab.active" = { modifiers = ["bold", "underlined"] }
"pane.row" = { fg = "fg", bg = "bg" }
"pane.row.selected" = { modifiers = ["reversed"] }
"pane.date" = { fg = "event" }
"pane.date.cited" = { fg = "citation" }
"pane.count" = { fg = "dim" }

"finder" = { fg = "overlay-fg", bg = "overlay" }
"finder.match" = { fg = "person", modifiers = ["bold", "underlined"] }
"finder.selected" = { modifiers = ["reversed"] }
"help" = { fg = "overlay-fg", bg = "overlay" }
"help.key" = { fg = "person", modifiers = ["bold"] }
"notice" = { fg = "on-notice", bg = "notice", modifiers = ["bold"] }

[palette]
fg = "252"
bg = "235"
title = "255"
muted = "247"
dim = "245"
person = "220"
place = "114"
org = "80"
media = "213"
event = "147"
norp = "209"
citation = "75"
resolved = "117"
mark = "220"
mark-current = "214"
on-mark = "16"
status = "110"
on-status = "16"
notice = "88"
on-notice = "231"
overlay = "237"
overlay-fg = "252"

"""#

    static let monoSource = #"""
# No colour at all (chosen when NO_COLOR is set): only bold, underline and reverse video.
# Each entity type and citations have their own combination of attributes (person bold,
# place underlined, org bold underlined, media italic, event bold italic, nationality italic
# underlined, citation bold italic underlined), so the kinds stay distinguishable.

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
"entity.event" = { modifiers = ["bold", "italic"] }
"entity.norp" = { modifiers = ["italic", "underlined"] }
"citation" = { modifiers = ["bold", "italic", "underlined"] }
"citation.resolved" = { modifiers = ["bold", "italic", "underlined", "dim"] }
"citation.selected" = { modifiers = ["bold", "italic", "underlined", "reversed"] }
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
"pane.date.cited" = { modifiers = ["underlined"] }
"pane.count" = "default"
"finder" = "default"
"finder.match" = { modifiers = ["bold", "underlined"] }
"finder.selected" = { modifiers = ["reversed"] }
"help" = "default"
"help.key" = { modifiers = ["bold"] }
"notice" = { modifiers = ["bold", "reversed"] }

"""#
}
