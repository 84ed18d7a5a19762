import DossierKit
import Foundation
@testable import DossierLibrary

/// Small invented articles and throwaway library folders for the library tests.
enum LibraryFixtures {
    /// A fresh folder under the temporary directory.
    static func folder() -> String {
        let p = NSTemporaryDirectory() + "dossier-lib-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
        return p
    }

    /// An article in the monitor genre: title, publication line, one paragraph.
    static func text(title: String, publication: String = "Eurasia Daily Monitor", body: String) -> String {
        "\(title)\n\nPublication: \(publication)\n\n\(body)\n"
    }

    /// Annotates `text` with a stated date (exact) or none (inferred from the text).
    static func doc(_ text: String, date: String? = nil) -> Document {
        testAnnotator.annotate(text, path: nil, date: date.flatMap(CalendarDate.init(iso:)))
    }

    /// Adds an article to `lib` as source `name`.
    @discardableResult
    static func add(_ lib: Library, _ name: String, _ text: String, date: String? = nil) throws -> Int64 {
        switch try lib.add(doc(text, date: date), source: name, format: "text", contentHash: String(text.hashValue)) {
        case .added(let id), .updated(let id), .unchanged(let id): return id
        }
    }

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
}
