import DossierKit
import DossierLibrary
import DossierUI
import Foundation

/// What the reader's loop does outside the state for links and the add key: reads the page a
/// link leads to as `dossier FILE|URL` does, and adds the open page to the library as
/// `dossier add` does — reporting failures as one status line, never exiting.
enum LinkFollower {
    /// Reads `target` (an absolute path or an http(s) address) and annotates it.
    static func load(_ target: String, timeout: Double) -> Result<Document, LinkFailure> {
        let data: Data
        let origin: DocumentLoader.Origin
        if URLFetcher.isURL(target) {
            do {
                let page = try URLFetcher(timeout: timeout).fetch(target)
                data = page.data
                origin = DocumentLoader.Origin(url: page.url, charset: page.charset)
            } catch {
                return .failure(LinkFailure(Sanitizer.visible(error.description)))
            }
        } else {
            do { data = try ArticleLoader.readData(path: target) } catch {
                return .failure(LinkFailure(Sanitizer.visible(error.description)))
            }
            origin = DocumentLoader.Origin(path: target)
        }
        do {
            let f = try DocumentLoader.read(data: data, origin: origin, format: nil)
            // A page is known by the address it was asked for (its place on the jump list).
            var doc = CLI.annotator().annotate(f, path: origin.path ?? target)
            doc.notices = f.notices + doc.notices
            return .success(doc)
        } catch {
            return .failure(LinkFailure(Sanitizer.visible(error.description)))
        }
    }

    /// Adds `source` (a file path as opened, or an address) to `library`, else to the user's
    /// library (created as `dossier add` creates it); returns the status line.
    static func add(_ source: String, to library: Library? = nil) -> String {
        let lib: Library
        if let library {
            lib = library
        } else {
            let path = LibraryLocation.path(nil)
            do { lib = try Library.open(path: path, readOnly: false, knowledge: CLI.annotator().knowledge) } catch {
                return "Not added: " + Sanitizer.visible(error.description)
            }
        }
        let errors = Errors()
        let report = LibraryAdder(library: lib, quiet: true, errors: errors.append).add(SourceCollector.collect([source]))
        if report.added > 0 { return "Added to the library (\(report.total) articles)" }
        if report.updated > 0 { return "Updated in the library (it had changed)" }
        if report.unchanged > 0 { return "Already in the library" }
        return "Not added: " + Sanitizer.visible(errors.lines.first ?? "the library refused it")
    }

    /// The status line for the add key on the read-only sample library.
    static let sampleIsReadOnly = "The sample library is read-only: `dossier add FILE` starts your own"

    /// Collects the adder's error lines (which would otherwise go to stderr under the screen).
    final class Errors: @unchecked Sendable {
        var lines: [String] = []
        func append(_ s: String) { lines.append(s) }
    }
}
