import Foundation

/// Chooses the character encoding of an HTML page before it is parsed.
///
/// Order: a byte order mark; the HTTP `Content-Type` charset of a fetched page; UTF-8 when the
/// bytes are valid UTF-8 (pages saved or re-served as UTF-8 often keep a stale legacy
/// declaration); the `<meta charset>` or `http-equiv` declaration in the first 4 KB (Russian
/// and Caucasus sites still declare windows-1251 and KOI8-R); else windows-1252, the web's
/// default for undeclared pages.
enum HTMLCharset {
    static func choose(_ bytes: [UInt8], declaredByServer: String? = nil) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let s = declaredByServer.flatMap(normalized) { return s }
        if isValidUTF8(bytes) { return "UTF-8" }
        if let m = declaredInMeta(bytes).flatMap(normalized), m != "UTF-8" { return m }
        return "windows-1252"
    }

    /// Names libxml2 (iconv) knows, with the aliases browsers treat as equal.
    static func normalized(_ raw: String) -> String? {
        let n = raw.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
        switch n {
        case "": return nil
        case "utf8", "utf-8": return "UTF-8"
        case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252": return "windows-1252"
        case "gb2312", "gbk", "x-gbk": return "GBK"
        case "cp1251", "win-1251", "windows-1251": return "windows-1251"
        case "koi8r", "koi8-r": return "KOI8-R"
        case "koi8-u": return "KOI8-U"
        default:
            return n.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) ? n : nil
        }
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// The charset a `<meta>` declares in the first 4 KB, if any.
    static func declaredInMeta(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        let key = Array("charset=".utf8)
        guard head.count > key.count, let at = (0...(head.count - key.count)).first(where: { head[$0..<$0 + key.count].elementsEqual(key) }) else { return nil }
        var i = at + key.count
        while i < head.count, head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'") || head[i] == 0x20 { i += 1 }
        var name: [UInt8] = []
        while i < head.count, (head[i] >= 0x30 && head[i] <= 0x39) || (head[i] >= 0x61 && head[i] <= 0x7A) || head[i] == 0x2D || head[i] == 0x5F {
            name.append(head[i]); i += 1
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }
}
