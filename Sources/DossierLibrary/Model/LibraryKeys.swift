import DossierKit
import Foundation

/// How the library decides that two names mean the same thing across articles.
///
/// An entity is the same in every article when it has the same knowledge id, or else the same
/// normalized name and type. A publication ("EDM", "Eurasia Daily Monitor") is keyed by the
/// knowledge id of the outlet when the knowledge lists know it, else by its normalized name, so
/// every alias of an outlet reaches the same articles.
public struct LibraryKeys: Sendable {
    public var knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// Lower case, diacritics and punctuation folded away, runs of spaces collapsed:
    /// "Nikol  Pashinyan’s" and "nikol pashinyans" agree.
    public static func normalize(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var space = false
        for s in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(s) {
                if space, !out.isEmpty { out.append(" ") }
                space = false
                out.unicodeScalars.append(s)
            } else if CharacterSet.whitespacesAndNewlines.contains(s) || s == "-" || s == "." {
                space = true
            }
        }
        return out
    }

    /// The library-wide key of an entity of one article.
    public func entityKey(_ e: Entity) -> String {
        if let k = knowledge.lookup(e.name), k.id == e.id || k.type == e.type {
            return "kb:" + k.id
        }
        return e.type.rawValue.lowercased() + ":" + Self.normalize(e.name)
    }

    /// The key of a publication or cited source name.
    public func publicationKey(_ name: String) -> String {
        if let k = knowledge.lookup(name), k.type == .media || k.type == .org { return "kb:" + k.id }
        return Self.normalize(name)
    }

    /// Days either side of an article's date within which it may have appeared, or nil when the
    /// date is unknown. A date given by the user or stated in the header (DocumentDateInference
    /// says "… gives the date …") is exact; any other inferred date is an estimate (from the
    /// volume and issue, or the day after the latest citation) good to a few days.
    public static func uncertainty(of date: DocumentDate) -> Int? {
        if date.assumed { return nil }
        if !date.inferred || date.basis.contains("gives the date ") { return 0 }
        return inferredDateUncertainty
    }

    /// The window of an inferred date, in days.
    public static let inferredDateUncertainty = 5
}
