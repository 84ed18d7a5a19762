import DossierUI
import Foundation

/// libFuzzer entry: any bytes as a theme file (with `inherits` resolved against the built-in
/// themes only, so the fuzzer never reads the disk) and as a config file. Errors are expected;
/// traps are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func themeFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let loader = ThemeLoader(directories: [])
    if let theme = try? loader.load(source: text, file: "fuzz.toml", name: "fuzz") {
        _ = theme.style("entity.person")
    }
    _ = ConfigLoader.parse(text, file: "config.toml")
    return 0
}
