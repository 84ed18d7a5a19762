import DossierKit
import Foundation

/// Links kept from web pages and Markdown: Tab stops with the citations; Enter opens the
/// linked page (the loop fetches it, ``Effect/follow(_:)``) on the jump list; `A` adds the open
/// page to the library (``Effect/addToLibrary(_:)``).
extension ReaderState {
    /// The selected Tab stop, if any.
    var selectedStop: TabStop? {
        if let c = selectedCitation { return .citation(c) }
        if let l = selectedLink { return .link(l) }
        return nil
    }

    mutating func selectLink(_ i: Int) {
        guard i >= 0, i < document.styles.count else { return }
        selectedLink = i
        selectedCitation = nil
        highlight = nil
        reveal(document.styles[i].span)
    }

    /// The selected link's target as the status line shows it (no control characters).
    var selectedLinkText: String? {
        guard let l = selectedLink, l < document.styles.count, let t = document.styles[l].target else { return nil }
        return Sanitizer.visible(t)
    }

    /// Enter on link `l`: what it resolves to, refused with a message when it is not a page.
    mutating func followLink(_ l: Int) -> [Effect] {
        guard l < document.styles.count, let href = document.styles[l].target else { return [] }
        switch LinkTarget.resolve(href, from: document.source.path, pageURL: document.metadata.url) {
        case .success(let target):
            message = "Opening " + Sanitizer.visible(target) + "…"
            return [.follow(target)]
        case .failure(let why):
            message = why.message
            return []
        }
    }

    /// `A`: adds the open article to the library (by its file path or address).
    mutating func addToLibrary() -> [Effect] {
        if library != nil {
            message = "Already in the library"
            return []
        }
        guard let p = document.source.path, !p.isEmpty else {
            message = "Only a file or a web page can be added to the library (this came from standard input)"
            return []
        }
        return [.addToLibrary(p)]
    }

    /// Highlights `span` (a full-text hit's sentence) as a timeline row's sentence is, `label`
    /// on the status line; Esc lets it go.
    public mutating func highlight(_ span: Span, label: String) {
        guard span.start >= 0, span.end <= index.scalars.count else { return }
        highlight = span
        highlightLabel = label
    }

    /// The loop opened the page a link led to: the place left goes on the jump list.
    public mutating func showLinked(_ doc: Document, target: String) {
        jumps.record(place, reason: "link")
        show(doc, library: nil, offset: 0)
        message = "Opened " + Sanitizer.visible(target) + " · Backspace returns"
    }
}

/// Why a link is not followed, said on the status line.
public struct LinkFailure: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Where a link leads: an http(s) address, or an absolute file path.
public enum LinkTarget {
    /// Resolves `href` against the page it is on: its address when it came from the web
    /// (`source` an http(s) address, else `pageURL` for a page whose links were not made
    /// absolute), else the directory of its file. Fragments within the page, `mailto:`,
    /// `javascript:` and other schemes are refused.
    public static func resolve(_ href: String, from source: String?, pageURL: String? = nil) -> Result<String, LinkFailure> {
        let h = href.trimmingCharacters(in: .whitespacesAndNewlines)
        if h.isEmpty { return .failure(LinkFailure("The link has no target")) }
        if h.hasPrefix("#") { return .failure(LinkFailure("A link within this page (\(Sanitizer.visible(h))) is not followed")) }
        if let scheme = scheme(of: h) {
            switch scheme {
            case "http", "https": return .success(h)
            case "file":
                // As browsers do: a page from the web does not open files of this machine.
                if source.flatMap(webAddress) != nil || pageURL.flatMap(webAddress) != nil {
                    return .failure(LinkFailure("A web page's link to a local file is not opened"))
                }
                guard let u = URL(string: h), u.isFileURL, !u.path.isEmpty else { return .failure(LinkFailure("Not a file address: \(Sanitizer.visible(h))")) }
                return .success(u.standardizedFileURL.path)
            case "mailto": return .failure(LinkFailure("Mail links are not opened: \(Sanitizer.visible(h))"))
            case "javascript": return .failure(LinkFailure("Script links are not opened"))
            default: return .failure(LinkFailure("\(Sanitizer.visible(scheme)): links are not opened (only web pages and files)"))
            }
        }
        if let base = source.flatMap(webAddress) ?? pageURL.flatMap(webAddress) {
            guard let u = URL(string: h, relativeTo: base) else { return .failure(LinkFailure("Not an address: \(Sanitizer.visible(h))")) }
            return .success(u.absoluteString)
        }
        guard let source, !source.isEmpty else {
            return .failure(LinkFailure("A relative link needs the page's file or address"))
        }
        let dir = URL(fileURLWithPath: source).deletingLastPathComponent()
        guard let u = URL(string: h, relativeTo: dir), !u.path.isEmpty else {
            return .failure(LinkFailure("Not a file path: \(Sanitizer.visible(h))"))
        }
        return .success(u.standardizedFileURL.path)
    }

    /// The lowercased scheme of an absolute address (`https`, `mailto`), nil for a relative one.
    static func scheme(of s: String) -> String? {
        guard let colon = s.firstIndex(of: ":") else { return nil }
        let name = s[..<colon]
        guard let first = name.first, first.isASCII, first.isLetter,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        return name.lowercased()
    }

    private static func webAddress(_ s: String) -> URL? {
        let scheme = scheme(of: s)
        guard scheme == "http" || scheme == "https" else { return nil }
        return URL(string: s)
    }
}
