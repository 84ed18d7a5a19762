import DossierKit
import Foundation

/// libFuzzer entry: any bytes go through the HTML reader (charset choice, libxml2, main-content
/// extraction, block writing), the annotation pipeline and both exports.
@_cdecl("LLVMFuzzerTestOneInput")
public func htmlFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let doc = try? DocumentLoader.load(data: bytes, origin: .init(path: "fuzz.html"), format: .html, annotator: fuzzAnnotator) else { return 0 }
    FuzzChecks.check(doc)
    return 0
}
