import ArgumentParser
import DossierKit
import Foundation

/// Opens the reader (plain text output until the terminal reader lands).
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open an article in the reader (the default command).")

    @OptionGroup var article: ArticleOptions

    func run() throws {
        let doc = try article.document()
        for n in doc.notices { CLI.warn(n) }
        CLI.write(doc.text + "\n")
    }
}
