#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import DossierKit
import Testing
@testable import DossierUI

@Suite struct BenchmarkTests {
    /// The benchmark runs end to end on a small document (the speed is measured in release builds).
    @Test func benchmarkRunsOnASmallDocument() {
        let d = UIBenchmark.document(megabytes: 0.05)
        #expect(d.text.utf8.count >= 50_000)
        let r = UIBenchmark.run(document: d, width: 120, height: 40)
        #expect(r.measurements.count == 12)
        #expect(r.lines > 100)
        #expect(r.description.contains("first frame"))
    }
}

/// The full-size run, only when asked for (`DOSSIER_UI_BENCH=5 swift test -c release -Xswiftc -enable-testing`).
@Suite struct BenchmarkReport {
    static let megabytes = Double(Environment.value("DOSSIER_UI_BENCH") ?? "") ?? 0

    @Test(.enabled(if: megabytes > 0)) func printReport() {
        let d = UIBenchmark.document(megabytes: Self.megabytes)
        let r = UIBenchmark.run(document: d)
        print(r)
        #expect(r.withinBudget)
    }
}

enum Environment {
    static func value(_ name: String) -> String? {
        guard let p = getenv(name) else { return nil }
        return String(cString: p)
    }
}
