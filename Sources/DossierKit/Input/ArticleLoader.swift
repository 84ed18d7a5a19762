import Foundation

/// Reads an article from a file or standard input and decides whether it is text at all.
public enum ArticleLoader {
    /// Why an input cannot be opened. Each case has its own exit status.
    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case isDirectory(String)
        case unreadable(String, String)
        case binary(String)
        case empty(String)
        case tooLarge(String, Int)

        public var description: String {
            switch self {
            case .notFound(let p): return "\(p): no such file"
            case .isDirectory(let p): return "\(p): is a directory, not an article"
            case .unreadable(let p, let why): return "\(p): cannot read (\(why))"
            case .binary(let p): return "\(p): looks like binary data (contains NUL bytes), not text"
            case .empty(let p): return "\(p): the file is empty"
            case .tooLarge(let p, let n): return "\(p): too large (\(n) bytes; the limit is \(ArticleLoader.maxBytes) bytes)"
            }
        }

        /// The process exit status for this error (documented in the README).
        public var exitStatus: Int32 {
            switch self {
            case .notFound: return 66  // EX_NOINPUT
            case .isDirectory: return 67
            case .unreadable: return 74  // EX_IOERR
            case .binary: return 65  // EX_DATAERR
            case .empty: return 68
            case .tooLarge: return 69
            }
        }
    }

    /// The text of an input and what the user should be told about it.
    public struct Loaded: Sendable {
        public var text: String
        /// The path shown to the user (nil for standard input and the built-in article).
        public var path: String?
        public var notices: [String]

        public init(text: String, path: String?, notices: [String]) {
            self.text = text
            self.path = path
            self.notices = notices
        }
    }

    /// Inputs above this size are refused rather than exhausting memory.
    public static let maxBytes = 512 * 1024 * 1024

    /// Loads `path`, or standard input when `path` is "-".
    public static func load(path: String) throws(LoadError) -> Loaded {
        let data = try readData(path: path)
        let name = path == "-" ? "standard input" : path
        var result = try decode(data, name: name)
        result.path = path == "-" ? nil : path
        return result
    }

    /// The bytes of `path`, or of standard input when `path` is "-", undecoded.
    public static func readData(path: String) throws(LoadError) -> Data {
        if path == "-" { return try readAll(fd: 0, name: "standard input") }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .notFound(path) }
        if isDir.boolValue { throw .isDirectory(path) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        return try readAll(fd: fd, name: path)
    }

    /// Reads a file descriptor to its end, refusing more than ``maxBytes``; errors carry the
    /// system's reason ("Permission denied", "Input/output error").
    static func readAll(fd: Int32, name: String) throws(LoadError) -> Data {
        var st = stat()
        if fstat(fd, &st) == 0, Int(st.st_size) > maxBytes { throw .tooLarge(name, Int(st.st_size)) }
        var data = Data()
        if Int(st.st_size) > 0 { data.reserveCapacity(Int(st.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(name, String(cString: strerror(errno)))
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
            if data.count > maxBytes { throw .tooLarge(name, data.count) }
        }
        return data
    }

    /// Decodes bytes as an article: refuses binary data and empty input, repairs invalid UTF-8.
    public static func decode(_ data: Data, name: String) throws(LoadError) -> Loaded {
        if data.isEmpty { throw .empty(name) }
        // memchr, not Data's byte iterator: this runs over every byte before the first frame.
        if data.withUnsafeBytes({ b in b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false }) { throw .binary(name) }
        var notices: [String] = []
        var bytes = data
        // A UTF-8 byte order mark is not part of the text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
            notices.append("removed a UTF-8 byte order mark")
        }
        if let s = String(validatingUTF8Data: bytes) {
            return Loaded(text: s, path: nil, notices: notices)
        }
        let s = String(decoding: bytes, as: UTF8.self)
        let replaced = s.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        notices.append("invalid UTF-8: \(replaced) replacement character\(replaced == 1 ? "" : "s") (U+FFFD) inserted")
        return Loaded(text: s, path: nil, notices: notices)
    }
}

extension String {
    /// Nil unless `data` is valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let s = String(data: data, encoding: .utf8) else { return nil }
        self = s
    }
}
