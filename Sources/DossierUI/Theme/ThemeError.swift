/// Why a theme could not be loaded: the file, the line and column, and the problem.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (path, or `<built-in NAME>`), or nil when no file was found at all.
    public var file: String?
    public var position: TOMLPosition?
    public var message: String

    public init(file: String?, position: TOMLPosition? = nil, _ message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// `file:line:column: message`, the shape compilers use, so editors can jump to it.
    public var description: String {
        var s = ""
        if let file { s += file + ":" }
        if let position { s += "\(position.line):\(position.column):" }
        return s.isEmpty ? message : s + " " + message
    }
}
