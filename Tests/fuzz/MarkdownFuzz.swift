import DossierKit
import Foundation

/// libFuzzer entry: any bytes go through the Markdown reader (front matter, cmark-gfm, block
/// and style writing), the annotation pipeline and both exports.
@_cdecl("LLVMFuzzerTestOneInput")
public func markdownFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let doc = try? DocumentLoader.load(data: bytes, origin: .init(path: "fuzz.md"), format: .markdown, annotator: fuzzAnnotator) else { return 0 }
    FuzzChecks.check(doc)
    return 0
}
