import Foundation

/// Turns the paths given to `dossier add` into the list of article sources: files as given,
/// folders walked recursively for `.txt`, `.md` and `.html` files, in a stable order.
public enum SourceCollector {
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// One source to add (an absolute file path, or a URL as given) or a problem with an input.
    public enum Item: Sendable, Equatable {
        case source(String)
        case problem(String, String)
    }

    public static func isURL(_ s: String) -> Bool { s.hasPrefix("http://") || s.hasPrefix("https://") }

    /// The absolute, standardized form of a path (the key a source is stored under).
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    public static func collect(_ inputs: [String]) -> [Item] {
        var out: [Item] = []
        var seen = Set<String>()
        func add(_ s: String) { if seen.insert(s).inserted { out.append(.source(s)) } }
        for input in inputs {
            if isURL(input) { add(input); continue }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
                out.append(.problem(input, "no such file or folder"))
                continue
            }
            if !isDir.boolValue { add(absolute(input)); continue }
            guard let walker = FileManager.default.enumerator(atPath: input) else {
                out.append(.problem(input, "cannot read the folder"))
                continue
            }
            var files: [String] = []
            while let rel = walker.nextObject() as? String {
                let ext = (rel as NSString).pathExtension.lowercased()
                guard extensions.contains(ext) else { continue }
                let full = (input as NSString).appendingPathComponent(rel)
                var d: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &d), !d.boolValue { files.append(absolute(full)) }
            }
            for f in files.sorted() { add(f) }
        }
        return out
    }
}

/// A 64-bit FNV-1a hash of the text with its length, as hex: enough to tell a changed file from
/// an unchanged one (it is not a security checksum).
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var n = 0
        for b in text.utf8 {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
            n += 1
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + "-" + String(n)
    }
}
