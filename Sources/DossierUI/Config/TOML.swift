/// A line and column (both 1-based) in a TOML file, for error messages.
public struct TOMLPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// A parse error with where it happened.
public struct TOMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public var position: TOMLPosition
    public var message: String
    public init(_ message: String, at position: TOMLPosition) {
        self.message = message
        self.position = position
    }
    public var description: String { "\(position): \(message)" }
}

/// A TOML value with the position where it starts.
public struct TOMLNode: Equatable, Sendable {
    public indirect enum Value: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case array([TOMLNode])
        case table(TOMLTable)
    }
    public var value: Value
    public var position: TOMLPosition

    /// The TOML type name, for "expected X, found Y" messages.
    public var typeName: String {
        switch value {
        case .string: return "a string"
        case .integer: return "an integer"
        case .boolean: return "a boolean"
        case .array: return "an array"
        case .table: return "a table"
        }
    }
}

/// A table: keys in file order, each with the position of its key.
public struct TOMLTable: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var key: String
        public var keyPosition: TOMLPosition
        public var node: TOMLNode
    }
    public var entries: [Entry] = []
    /// Tables made by a `[header]` or by a dotted key may be extended later; inline tables may not.
    var sealed = false

    public init() {}

    public subscript(key: String) -> TOMLNode? {
        entries.first { $0.key == key }?.node
    }

    func index(of key: String) -> Int? { entries.firstIndex { $0.key == key } }
}

/// A strict parser for the subset of TOML that themes and the config use: tables, dotted and
/// quoted keys, basic and literal strings with escapes, integers, booleans, arrays and inline
/// tables. Everything else (floats, dates, multi-line strings, arrays of tables) is reported as
/// unsupported, with its line and column, rather than misread.
///
/// Written here instead of using TOMLKit because TOMLKit builds a large C++ library (slow on a
/// two-core machine) and reports positions only for syntax errors, while theme errors such as
/// an unknown colour must also name the line of the value.
public struct TOMLParser {
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// Parses a whole document into its root table.
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        var p = TOMLParser(text)
        return try p.document()
    }

    /// The column counts characters (Unicode scalars), not bytes, as editors do.
    private var position: TOMLPosition {
        var col = 1
        var k = lineStart
        while k < i && k < bytes.count {
            if bytes[k] & 0xC0 != 0x80 { col += 1 }
            k += 1
        }
        return TOMLPosition(line: line, column: col)
    }
    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }
    private func fail(_ message: String, _ at: TOMLPosition? = nil) -> TOMLError {
        TOMLError(message, at: at ?? position)
    }

    // MARK: Document structure

    private mutating func document() throws(TOMLError) -> TOMLTable {
        var root = TOMLTable()
        var current: [String] = []
        // Paths declared with a [header], which may not be declared twice.
        var declared = Set<[String]>()
        while true {
            skipBlankAndComments()
            guard let c = peek else { break }
            if c == UInt8(ascii: "[") {
                let start = position
                i += 1
                if peek == UInt8(ascii: "[") { throw fail("arrays of tables ([[…]]) are not supported", start) }
                skipSpaces()
                let path = try keyPath()
                skipSpaces()
                guard peek == UInt8(ascii: "]") else { throw fail("expected ] to close the table header") }
                i += 1
                try endOfLine()
                let keys = path.map(\.0)
                if declared.contains(keys) { throw fail("table [\(keys.joined(separator: "."))] is defined twice", start) }
                declared.insert(keys)
                try Self.ensureTable(&root, path: path[...], at: start)
                current = keys
            } else {
                let (path, value) = try keyValue()
                try endOfLine()
                try Self.insert(&root, prefix: current[...], path: path, value: value)
            }
        }
        return root
    }

    /// Walks or creates the tables along `path`.
    private static func ensureTable(_ t: inout TOMLTable, path: ArraySlice<(String, TOMLPosition)>, at: TOMLPosition) throws(TOMLError) {
        guard let (key, pos) = path.first else { return }
        if let k = t.index(of: key) {
            guard case .table(var sub) = t.entries[k].node.value else {
                throw TOMLError("“\(key)” is already a value (line \(t.entries[k].keyPosition.line)), not a table", at: pos)
            }
            if sub.sealed { throw TOMLError("inline table “\(key)” cannot be extended", at: pos) }
            try ensureTable(&sub, path: path.dropFirst(), at: at)
            t.entries[k].node.value = .table(sub)
        } else {
            var sub = TOMLTable()
            try ensureTable(&sub, path: path.dropFirst(), at: at)
            t.entries.append(.init(key: key, keyPosition: pos, node: TOMLNode(value: .table(sub), position: pos)))
        }
    }

    /// Inserts `value` at prefix + path, creating intermediate tables for dotted keys.
    private static func insert(_ t: inout TOMLTable, prefix: ArraySlice<String>, path: [(String, TOMLPosition)], value: TOMLNode) throws(TOMLError) {
        if let head = prefix.first {
            guard let k = t.index(of: head), case .table(var sub) = t.entries[k].node.value else {
                throw TOMLError("internal: table [\(head)] missing", at: value.position)
            }
            try insert(&sub, prefix: prefix.dropFirst(), path: path, value: value)
            t.entries[k].node.value = .table(sub)
            return
        }
        guard let (key, pos) = path.first else { return }
        if path.count == 1 {
            if let k = t.index(of: key) {
                throw TOMLError("duplicate key “\(key)” (first defined on line \(t.entries[k].keyPosition.line))", at: pos)
            }
            t.entries.append(.init(key: key, keyPosition: pos, node: value))
            return
        }
        var sub = TOMLTable()
        var k = t.index(of: key)
        if let kk = k {
            guard case .table(let s) = t.entries[kk].node.value, !s.sealed else {
                throw TOMLError("“\(key)” is already defined (line \(t.entries[kk].keyPosition.line)) and cannot take dotted keys", at: pos)
            }
            sub = s
        } else {
            t.entries.append(.init(key: key, keyPosition: pos, node: TOMLNode(value: .table(sub), position: pos)))
            k = t.entries.count - 1
        }
        try insert(&sub, prefix: [], path: Array(path.dropFirst()), value: value)
        if let kk = k { t.entries[kk].node.value = .table(sub) }
    }

    private mutating func keyValue() throws(TOMLError) -> ([(String, TOMLPosition)], TOMLNode) {
        let path = try keyPath()
        skipSpaces()
        guard peek == UInt8(ascii: "=") else { throw fail("expected = after the key “\(path.map(\.0).joined(separator: "."))”") }
        i += 1
        skipSpaces()
        let v = try value()
        return (path, v)
    }

    private mutating func keyPath() throws(TOMLError) -> [(String, TOMLPosition)] {
        var out: [(String, TOMLPosition)] = []
        while true {
            let pos = position
            out.append((try simpleKey(), pos))
            skipSpaces()
            guard peek == UInt8(ascii: ".") else { return out }
            i += 1
            skipSpaces()
        }
    }

    private mutating func simpleKey() throws(TOMLError) -> String {
        guard let c = peek else { throw fail("expected a key, found the end of the file") }
        if c == UInt8(ascii: "\"") { return try basicString() }
        if c == UInt8(ascii: "'") { return try literalString() }
        let start = i
        while let b = peek, Self.isBareKey(b) { i += 1 }
        if i == start { throw fail("expected a key, found “\(Self.describe(c))”") }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private static func isBareKey(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D
    }

    // MARK: Values

    private mutating func value() throws(TOMLError) -> TOMLNode {
        let pos = position
        guard let c = peek else { throw fail("expected a value, found the end of the file") }
        switch c {
        case UInt8(ascii: "\""):
            if starts(with: "\"\"\"") { throw fail("multi-line strings are not supported") }
            return TOMLNode(value: .string(try basicString()), position: pos)
        case UInt8(ascii: "'"):
            if starts(with: "'''") { throw fail("multi-line strings are not supported") }
            return TOMLNode(value: .string(try literalString()), position: pos)
        case UInt8(ascii: "["):
            return TOMLNode(value: .array(try array()), position: pos)
        case UInt8(ascii: "{"):
            return TOMLNode(value: .table(try inlineTable()), position: pos)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            if starts(with: "true"), !isWordByte(at: i + 4) { i += 4; return TOMLNode(value: .boolean(true), position: pos) }
            if starts(with: "false"), !isWordByte(at: i + 5) { i += 5; return TOMLNode(value: .boolean(false), position: pos) }
            throw fail("expected a value; strings need quotes")
        default:
            if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) {
                return TOMLNode(value: .integer(try integer()), position: pos)
            }
            throw fail(c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") || c == UInt8(ascii: "#")
                ? "expected a value after =" : "expected a value, found “\(Self.describe(c))”; strings need quotes")
        }
    }

    private func isWordByte(at k: Int) -> Bool { k < bytes.count && Self.isBareKey(bytes[k]) }

    private mutating func integer() throws(TOMLError) -> Int {
        let pos = position
        let start = i
        if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
        while let b = peek, Self.isBareKey(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") { i += 1 }
        let raw = String(decoding: bytes[start..<i], as: UTF8.self)
        let digits = raw.replacingUnderscores()
        if raw.contains(".") || raw.contains("e") || raw.contains("E") || raw == "inf" || raw.hasSuffix("nan") {
            throw fail("floating-point numbers are not supported (“\(raw)”)", pos)
        }
        if raw.contains(":") || raw.dropFirst().contains("-") { throw fail("dates and times are not supported (“\(raw)”)", pos) }
        if raw.hasPrefix("0x") || raw.hasPrefix("0o") || raw.hasPrefix("0b") {
            let radix = raw.hasPrefix("0x") ? 16 : raw.hasPrefix("0o") ? 8 : 2
            if let v = Int(digits.dropFirst(2), radix: radix) { return v }
        } else if let v = Int(digits), !raw.hasSuffix("_"), !raw.hasPrefix("_"), !raw.contains("__") {
            let unsigned = raw.first == "+" || raw.first == "-" ? raw.dropFirst() : Substring(raw)
            if unsigned.count > 1 && unsigned.hasPrefix("0") { throw fail("leading zeros are not allowed (“\(raw)”)", pos) }
            return v
        }
        throw fail("“\(raw)” is not an integer", pos)
    }

    private mutating func array() throws(TOMLError) -> [TOMLNode] {
        i += 1  // [
        var out: [TOMLNode] = []
        while true {
            skipBlankAndComments()
            guard let c = peek else { throw fail("unterminated array: expected ]") }
            if c == UInt8(ascii: "]") { i += 1; return out }
            out.append(try value())
            skipBlankAndComments()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "]") { i += 1; return out }
            throw fail(peek == nil ? "unterminated array: expected ]" : "expected , or ] in the array")
        }
    }

    private mutating func inlineTable() throws(TOMLError) -> TOMLTable {
        let open = position
        i += 1  // {
        var t = TOMLTable()
        skipSpaces()
        if peek == UInt8(ascii: "}") { i += 1; t.sealed = true; return t }
        while true {
            skipSpaces()
            if peek == nil || peek == UInt8(ascii: "\n") {
                throw fail("inline table opened at \(open) must close with } on the same line")
            }
            let (path, v) = try keyValue()
            try Self.insert(&t, prefix: [], path: path, value: v)
            skipSpaces()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "}") { i += 1; t.sealed = true; return t }
            throw fail(peek == nil || peek == UInt8(ascii: "\n")
                ? "inline table opened at \(open) must close with } on the same line" : "expected , or } in the inline table")
        }
    }

    private mutating func literalString() throws(TOMLError) -> String {
        let open = position
        i += 1
        let start = i
        while let b = peek, b != UInt8(ascii: "'") {
            if b == UInt8(ascii: "\n") { break }
            i += 1
        }
        guard peek == UInt8(ascii: "'") else { throw fail("unterminated string: no closing quote on this line", open) }
        let s = String(decoding: bytes[start..<i], as: UTF8.self)
        i += 1
        return s
    }

    private mutating func basicString() throws(TOMLError) -> String {
        let open = position
        i += 1
        var out = [UInt8]()
        while true {
            guard let b = peek, b != UInt8(ascii: "\n") else { throw fail("unterminated string: no closing quote on this line", open) }
            if b == UInt8(ascii: "\"") { i += 1; break }
            if b == UInt8(ascii: "\\") {
                let escPos = position
                i += 1
                guard let e = peek else { throw fail("unterminated string: no closing quote on this line", open) }
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "e"): out.append(0x1B)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(e)
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let n = e == UInt8(ascii: "u") ? 4 : 8
                    guard i + n <= bytes.count,
                          let v = UInt32(String(decoding: bytes[i..<i + n], as: UTF8.self), radix: 16),
                          let sc = Unicode.Scalar(v)
                    else { throw fail("invalid Unicode escape", escPos) }
                    i += n
                    out.append(contentsOf: Array(String(sc).utf8))
                default:
                    throw fail("unknown escape \\\(Self.describe(e)) in a string", escPos)
                }
                continue
            }
            if b < 0x20 && b != 0x09 { throw fail("control character U+\(String(b, radix: 16)) in a string; use an escape") }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Whitespace

    private func starts(with s: String) -> Bool {
        var k = i
        for b in s.utf8 {
            guard k < bytes.count, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    private mutating func skipSpaces() {
        while let b = peek, b == 0x20 || b == 0x09 { i += 1 }
    }

    /// Skips spaces, comments and newlines (between statements and inside arrays).
    private mutating func skipBlankAndComments() {
        while let b = peek {
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1 }
            else if b == 0x0A { i += 1; line += 1; lineStart = i }
            else if b == UInt8(ascii: "#") { while let c = peek, c != 0x0A { i += 1 } }
            else { return }
        }
    }

    /// After a statement: only spaces and an optional comment may follow on the line.
    private mutating func endOfLine() throws(TOMLError) {
        skipSpaces()
        if peek == UInt8(ascii: "#") { while let c = peek, c != 0x0A { i += 1 } }
        if peek == 0x0D { i += 1 }
        guard let b = peek else { return }
        guard b == 0x0A else { throw fail("expected the end of the line, found “\(Self.describe(b))”") }
        i += 1
        line += 1
        lineStart = i
    }

    private static func describe(_ b: UInt8) -> String {
        b >= 0x21 && b < 0x7F ? String(UnicodeScalar(b)) : "U+" + String(b, radix: 16, uppercase: true)
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
