import Foundation

/// Remembers the reading position of each file: one small file per article in
/// `$XDG_STATE_HOME/dossier/positions/`, named by a hash of the article's absolute path.
///
/// Failures never stop the reader: a corrupt entry is ignored (and replaced on the next save),
/// an unwritable folder gives a warning.
public struct PositionStore: Sendable {
    public let directory: URL

    public init(directory: URL = ConfigPaths.stateDirectory().appendingPathComponent("positions")) {
        self.directory = directory
    }

    /// A saved position, or a warning why it was unusable.
    public enum Lookup: Equatable, Sendable {
        case none
        case found(Int)
        case corrupt(String)
    }

    /// FNV-1a over the path's UTF-8: stable across runs (Swift's `Hasher` is seeded per process).
    static func key(for path: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in path.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public func file(for path: String) -> URL { directory.appendingPathComponent(Self.key(for: path) + ".pos") }

    /// The saved scalar offset for `path` (absolute), if it is there and well-formed.
    public func load(path: String) -> Lookup {
        let url = file(for: path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return .none }
        guard let text = String(data: data, encoding: .utf8) else {
            return .corrupt("\(url.path): the saved reading position is not text; ignored")
        }
        var fields: [String: String] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "dossier-position 1" else {
            return .corrupt("\(url.path): the saved reading position is not in a known format; ignored")
        }
        for l in lines.dropFirst() where !l.isEmpty {
            guard let eq = l.firstIndex(of: "=") else {
                return .corrupt("\(url.path): the saved reading position has a malformed line; ignored")
            }
            fields[String(l[..<eq])] = String(l[l.index(after: eq)...])
        }
        // The hash can collide; the stored path settles it.
        guard let p = fields["path"], let o = fields["offset"].flatMap({ Int($0) }), o >= 0 else {
            return .corrupt("\(url.path): the saved reading position is incomplete; ignored")
        }
        return p == path ? .found(o) : .none
    }

    /// Saves `offset` for `path`: written to a temporary file in the same folder, flushed, then
    /// renamed over the old one, so a crash leaves either the old or the new position.
    /// Returns a warning on failure.
    @discardableResult
    public func save(path: String, offset: Int) -> String? {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            return "cannot create \(directory.path) to remember the reading position: \(error.localizedDescription)"
        }
        let target = file(for: path)
        let temp = directory.appendingPathComponent(".\(Self.key(for: path)).\(getpid()).tmp")
        // A newline in a path would break the line format; such paths are not remembered.
        guard !path.contains("\n") else { return nil }
        let body = "dossier-position 1\npath=\(path)\noffset=\(max(0, offset))\n"
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else {
            return "cannot write \(temp.path) to remember the reading position: \(String(cString: strerror(errno)))"
        }
        let bytes = Array(body.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == bytes.count, synced else {
            unlink(temp.path)
            return "cannot write \(temp.path) to remember the reading position"
        }
        guard rename(temp.path, target.path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temp.path)
            return "cannot replace \(target.path): \(why)"
        }
        return nil
    }
}
