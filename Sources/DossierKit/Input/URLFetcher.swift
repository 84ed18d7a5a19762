import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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
            case .http(let u, let code): return "\(u): the server answered HTTP \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
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
              url.host != nil else { throw .badURL(address) }
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.timeoutIntervalForResource = timeout * 3
        config.httpAdditionalHeaders = ["User-Agent": Self.userAgent, "Accept": "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.5"]
        let delegate = FetchDelegate(maxBytes: maxBytes)
        let session = URLSession(configuration: config, delegate: delegate, delegateQueue: nil)
        var request = URLRequest(url: url)
        request.timeoutInterval = timeout
        session.dataTask(with: request).resume()
        let finished = delegate.done.wait(timeout: .now() + timeout * 3 + 1) == .success
        session.invalidateAndCancel()
        let state = delegate.snapshot()
        if !finished { throw .timeout(address, timeout) }
        if state.tooLarge { throw .tooLarge(address, maxBytes) }
        if state.redirects > Self.maxRedirects { throw .redirectLoop(address) }
        if let e = state.error {
            switch e.code {
            case .cannotFindHost, .dnsLookupFailed: throw .dns(url.host ?? address)
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                 .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
                throw .tls(address, e.localizedDescription)
            case .timedOut: throw .timeout(address, timeout)
            case .httpTooManyRedirects: throw .redirectLoop(address)
            default: throw .connection(address, e.localizedDescription)
            }
        }
        guard let response = state.response as? HTTPURLResponse else { throw .connection(address, "no response") }
        if !(200..<300).contains(response.statusCode) {
            if (300..<400).contains(response.statusCode) { throw .redirectLoop(address) }
            throw .http(address, response.statusCode)
        }
        var charset: String?
        if let ct = response.value(forHTTPHeaderField: "Content-Type")?.lowercased(), let r = ct.range(of: "charset=") {
            charset = String(ct[r.upperBound...].prefix(while: { $0 != ";" && $0 != " " }))
        }
        return Page(data: state.data, url: response.url?.absoluteString ?? address, charset: charset)
    }
}

/// Collects the body as it streams, stops at the size cap, counts redirects.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct State {
        var data = Data()
        var response: URLResponse?
        var error: URLError?
        var redirects = 0
        var tooLarge = false
    }

    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var state = State()
    private let maxBytes: Int

    init(maxBytes: Int) { self.maxBytes = maxBytes }

    func snapshot() -> State { lock.withLock { state } }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let declared = response.expectedContentLength
        lock.withLock { state.response = response; if declared > maxBytes { state.tooLarge = true } }
        completionHandler(declared > maxBytes ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over: Bool = lock.withLock {
            state.data.append(data)
            if state.data.count > maxBytes { state.tooLarge = true; state.data = Data() }
            return state.tooLarge
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let n: Int = lock.withLock { state.redirects += 1; return state.redirects }
        completionHandler(n > URLFetcher.maxRedirects ? nil : request)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            if let error, !state.tooLarge {
                state.error = (error as? URLError) ?? URLError(.unknown)
            }
            if state.response == nil { state.response = task.response }
        }
        done.signal()
    }
}
