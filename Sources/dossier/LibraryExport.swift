import DossierKit
import DossierLibrary
import Foundation

/// `dossier export` of a library article: a file the library holds, or `--id N`.
enum LibraryExport {
    static func document(article: ArticleOptions, library: String?, id: Int64?) throws -> (Document, LibraryExportContext?) {
        let path = LibraryLocation.path(library)
        if let id {
            let lib = LibraryLocation.openExisting(path)
            do {
                guard let a = try lib.article(id: id), let text = try lib.text(of: id) else {
                    CLI.fail(LibraryError.noSuchArticle(String(id)).description, status: 66)
                }
                let doc = CLI.annotator().annotate(text, path: a.source, date: try article.parsedDate())
                return (doc, try lib.exportContext(for: id, document: doc))
            } catch let e as LibraryError {
                CLI.fail(e.description, status: e.exitStatus)
            }
        }
        let doc = try article.document()
        // A file the library holds gets the library's fields; an explicit --library must be usable.
        guard let file = article.file, file != "-", library != nil || Library.exists(at: path) else { return (doc, nil) }
        let lib: Library
        do {
            lib = try Library.open(path: path, readOnly: true, knowledge: CLI.annotator().knowledge)
        } catch {
            if library != nil { CLI.fail(error.description, status: error.exitStatus) }
            return (doc, nil)
        }
        do {
            guard let id = try lib.articleID(source: SourceCollector.absolute(file)) else { return (doc, nil) }
            return (doc, try lib.exportContext(for: id, document: doc))
        } catch {
            CLI.fail(error.description, status: error.exitStatus)
        }
    }
}
