import CCurl
import Foundation

/// Fetches a web page for the reader: follows up to ``maxRedirects`` redirects, gives up after a
/// timeout, refuses bodies above ``maxBytes`` while they stream in, sends a `User-Agent`, and
/// turns every failure into one line with its own exit status.
public struct URLFetcher: Sendable {
    public enum FetchError: Error, Equatable, CustomStringConvertible {
        case badURL(String)
        case dns(String)
        case tls(String, String)
        case http(String, Int)
        case redirectLoop(String)
        case timeout(String, Double)
        case connection(String, String)
        case tooLarge(String, Int)

        public var description: String {
            switch self {
            case .badURL(let u): return "\(u): not a web address Dossier can fetch (http or https)"
            case .dns(let h): return "\(h): the host name cannot be resolved (DNS)"
            case .tls(let u, let why): return "\(u): the secure connection failed (TLS: \(why))"
            case .http(let u, let code): return "\(u): the server answered HTTP \(code)"
            case .redirectLoop(let u): return "\(u): too many redirects (more than \(URLFetcher.maxRedirects); a redirect loop?)"
            case .timeout(let u, let s): return "\(u): no answer within \(Int(s)) seconds (timed out)"
            case .connection(let u, let why): return "\(u): cannot connect (\(why))"
            case .tooLarge(let u, let n): return "\(u): the page is larger than \(n / (1 << 20)) MiB; not fetched"
            }
        }

        /// Exit statuses (README): 71 DNS, 72 TLS, 73 HTTP error or redirect loop, 75 timeout or
        /// refused connection, 69 too large (as for files), 64 a malformed address.
        public var exitStatus: Int32 {
            switch self {
            case .badURL: return 64
            case .dns: return 71
            case .tls: return 72
            case .http, .redirectLoop: return 73
            case .timeout, .connection: return 75
            case .tooLarge: return 69
            }
        }
    }

    /// A fetched page: its bytes, final address and declared charset.
    public struct Page: Sendable {
        public var data: Data
        public var url: String
        public var charset: String?
    }

    public static let maxRedirects = 10
    public static let maxBytes = 64 << 20
    public static let userAgent = "Dossier/1.0 (terminal article reader; +https://github.com/dossier-reader)"

    public var timeout: Double
    public var maxBytes: Int

    public init(timeout: Double = 20, maxBytes: Int = URLFetcher.maxBytes) {
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    /// True for arguments that name a web page rather than a file.
    public static func isURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.hasPrefix("http://") || l.hasPrefix("https://")
    }

    public func fetch(_ address: String) throws(FetchError) -> Page {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host else { throw .badURL(address) }
        var api = cc_api()
        guard cc_load(&api) == 0, let handle = api.easy_init() else {
            throw .connection(address, "libcurl (Debian libcurl4) is not installed")
        }
        defer { api.easy_cleanup(handle) }
        let body = Body(limit: maxBytes)
        let box = Unmanaged.passRetained(body)
        defer { box.release() }
        var status = 0
        let write: cc_write_fn = { ptr, size, count, user in
            let body = Unmanaged<Body>.fromOpaque(user!).takeUnretainedValue()
            let n = size * count
            if body.data.count + n > body.limit { body.tooLarge = true; return 0 }
            if let ptr { body.data.append(UnsafeRawPointer(ptr).assumingMemoryBound(to: UInt8.self), count: n) }
            return n
        }
        let rc = cc_fetch(&api, handle, address, Self.userAgent, Int(timeout * 1000), Self.maxRedirects, write, box.toOpaque(), &status)
        if body.tooLarge { throw .tooLarge(address, maxBytes) }
        switch rc {
        case CURLE_OK: break
        case CURLE_COULDNT_RESOLVE_HOST: throw .dns(host)
        case CURLE_OPERATION_TIMEDOUT: throw .timeout(address, timeout)
        case CURLE_TOO_MANY_REDIRECTS: throw .redirectLoop(address)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS:
            throw .tls(address, api.easy_strerror(rc).map { String(cString: $0) } ?? "error \(rc.rawValue)")
        default:
            throw .connection(address, (api.easy_strerror(rc).map { String(cString: $0) } ?? "error \(rc.rawValue)").lowercased())
        }
        if !(200..<300).contains(status) {
            if (300..<400).contains(status) { throw .redirectLoop(address) }
            throw .http(address, status)
        }
        var charset: String?
        if let ct = cc_info_string(&api, handle, cc_content_type()).map({ String(cString: $0).lowercased() }), let r = ct.range(of: "charset=") {
            charset = String(ct[r.upperBound...].prefix(while: { $0 != ";" && $0 != " " }))
        }
        let final = cc_info_string(&api, handle, cc_effective_url()).map { String(cString: $0) } ?? address
        return Page(data: body.data, url: final, charset: charset)
    }
}

/// The body as it streams in, refused past `limit`.
private final class Body {
    var data = Data()
    let limit: Int
    var tooLarge = false
    init(limit: Int) { self.limit = limit }
}
