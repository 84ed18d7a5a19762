/// The theme compiled in, so the reader works with no Themes/ folder around it.
///
/// STUB: the `term` helper replaces it with the compiled-in `default` theme and the loader.
public enum BuiltinThemes {
    public static let fallback = Theme(name: "default", scopes: [
        "text": Style(),
        "title": Style(attributes: .bold),
        "entity.person": Style(fg: .ansi(3)),
        "entity.place": Style(fg: .ansi(2)),
        "entity.org": Style(fg: .ansi(6)),
        "entity.media": Style(fg: .ansi(5)),
        "entity.event": Style(fg: .ansi(4)),
        "entity.norp": Style(fg: .ansi(1)),
        "citation": Style(attributes: .underline),
        "status": Style(fg: .ansi(0), bg: .ansi(6)),
    ])
}
