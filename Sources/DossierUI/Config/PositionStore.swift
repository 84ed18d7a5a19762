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

    /// What is remembered of one file: the reading position, the marks and a document date
    /// the user set.
    public struct Saved: Equatable, Sendable {
        public var offset: Int
        public var marks: [Character: Int]
        /// `YYYY-MM-DD` set in the reader (re-annotates the file with it, as `--date` does).
        public var date: String?
        public init(offset: Int = 0, marks: [Character: Int] = [:], date: String? = nil) {
            self.offset = offset
            self.marks = marks
            self.date = date
        }
    }

    /// The saved scalar offset for `path` (absolute), if it is there and well-formed.
    public func load(path: String) -> Lookup {
        switch loadSaved(path: path) {
        case .success(let s?): return .found(s.offset)
        case .success(nil): return .none
        case .failure(let why): return .corrupt(why.message)
        }
    }

    /// Why a saved file was ignored.
    public struct Corrupt: Error, Equatable {
        public var message: String
    }

    /// Everything saved for `path`: nil when nothing is, a failure when the file is unusable.
    public func loadSaved(path: String) -> Result<Saved?, Corrupt> {
        let url = file(for: path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return .success(nil) }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(Corrupt(message: "\(url.path): the saved reading position is not text; ignored"))
        }
        var fields: [String: String] = [:]
        var saved = Saved()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "dossier-position 1" else {
            return .failure(Corrupt(message: "\(url.path): the saved reading position is not in a known format; ignored"))
        }
        for l in lines.dropFirst() where !l.isEmpty {
            guard let eq = l.firstIndex(of: "=") else {
                return .failure(Corrupt(message: "\(url.path): the saved reading position has a malformed line; ignored"))
            }
            let key = String(l[..<eq]), value = String(l[l.index(after: eq)...])
            fields[key] = value
            // `mark.a=123`: marks that do not parse are dropped, the rest kept.
            if key.hasPrefix("mark."), key.count == 6, let c = key.last, c.isASCII, c.isLowercase,
               let o = Int(value), o >= 0 {
                saved.marks[c] = o
            }
        }
        // The hash can collide; the stored path settles it.
        guard let p = fields["path"], let o = fields["offset"].flatMap({ Int($0) }), o >= 0 else {
            return .failure(Corrupt(message: "\(url.path): the saved reading position is incomplete; ignored"))
        }
        guard p == path else { return .success(nil) }
        saved.offset = o
        if let d = fields["date"], !d.isEmpty { saved.date = d }
        return .success(saved)
    }

    /// Saves `offset` for `path`: written to a temporary file in the same folder, flushed, then
    /// renamed over the old one, so a crash leaves either the old or the new position.
    /// Returns a warning on failure.
    @discardableResult
    public func save(path: String, offset: Int) -> String? {
        save(path: path, Saved(offset: offset))
    }

    /// Saves the position, the marks and the date for `path` (see `save(path:offset:)`).
    @discardableResult
    public func save(path: String, _ saved: Saved) -> String? {
        let offset = saved.offset
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            return "cannot create \(directory.path) to remember the reading position: \(error.localizedDescription)"
        }
        let target = file(for: path)
        let temp = directory.appendingPathComponent(".\(Self.key(for: path)).\(getpid()).tmp")
        // A newline in a path would break the line format; such paths are not remembered.
        guard !path.contains("\n") else { return nil }
        var body = "dossier-position 1\npath=\(path)\noffset=\(max(0, offset))\n"
        for (c, o) in saved.marks.sorted(by: { $0.key < $1.key }) where Self.isMarkName(c) { body += "mark.\(c)=\(max(0, o))\n" }
        if let d = saved.date, !d.contains("\n") { body += "date=\(d)\n" }
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

    static func isMarkName(_ c: Character) -> Bool { c.isASCII && c.isLetter && c.isLowercase }
}
