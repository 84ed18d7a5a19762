import Foundation

/// The reference article that `dossier` opens with no file.
public enum BuiltinArticle {
    /// The path shown for the built-in article.
    public static let displayName = "reference-article.txt"

    /// The reference article's text, from `Data/` when found, else the copy compiled in.
    public static var text: String {
        if let url = DataLocator.file("reference-article.txt"),
           let s = try? String(contentsOf: url, encoding: .utf8) {
            return s
        }
        return EmbeddedReferenceArticle.text
    }
}

/// Finds the project's `Data/` folder from wherever the binary runs.
public enum DataLocator {
    /// Candidate `Data/` folders, most specific first: `$DOSSIER_DATA`, next to the binary
    /// (`bin/../share/dossier`, `Data/` beside it or above it, as in `.build/release`), and the
    /// source tree this library was compiled from.
    public static var directories: [URL] {
        var out: [URL] = []
        if let env = ProcessInfo.processInfo.environment["DOSSIER_DATA"], !env.isEmpty {
            out.append(URL(fileURLWithPath: env))
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        out.append(dir.deletingLastPathComponent().appendingPathComponent("share/dossier"))
        for _ in 0..<5 {
            out.append(dir.appendingPathComponent("Data"))
            dir = dir.deletingLastPathComponent()
        }
        // Sources/DossierKit/Input/BuiltinArticle.swift → package root.
        let src = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        out.append(src.appendingPathComponent("Data"))
        return out
    }

    /// The first existing `Data/<name>`.
    public static func file(_ name: String) -> URL? {
        for d in directories {
            let u = d.appendingPathComponent(name)
            if FileManager.default.isReadableFile(atPath: u.path) { return u }
        }
        return nil
    }
}
