import DossierKit
import Testing
@testable import DossierUI

@Suite struct BenchmarkTests {
    /// The benchmark runs end to end on a small document (the speed is measured in release builds).
    @Test func benchmarkRunsOnASmallDocument() {
        let d = UIBenchmark.document(megabytes: 0.05)
        #expect(d.text.utf8.count >= 50_000)
        let r = UIBenchmark.run(document: d, width: 120, height: 40)
        #expect(r.measurements.count == 10)
        #expect(r.lines > 100)
        #expect(r.description.contains("first frame"))
    }
}
