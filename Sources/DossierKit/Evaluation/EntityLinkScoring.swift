/// Scores of the entity layer: which correctly found mentions are put in the same entity
/// (grouping), and which entity each entity stands for (`actor`).
public enum EntityLinkScoring {
    /// One mention: its span and type, and the id of the entity it belongs to.
    public struct Mention: Hashable, Sendable {
        public let start: Int, end: Int, type: String
        public let entity: String
        public init(start: Int, end: Int, type: String, entity: String) {
            self.start = start; self.end = end; self.type = type; self.entity = entity
        }
        var key: SpanKey { SpanKey(start: start, end: end, type: type) }
    }
    struct SpanKey: Hashable { let start: Int, end: Int, type: String }

    public struct Result: Sendable, Equatable {
        /// Pairs of correctly found mentions in the same entity: gold pairs, system pairs, both.
        public var grouping = Evaluator.Score()
        /// Actor links of gold entities found by the system: gold links, system links, same target.
        public var actors = Evaluator.Score()
        /// Entities (found by the system) where gold or system has a link, and those that agree.
        public var linkedEntities = 0, agreeing = 0
        /// Disagreements, for `--verbose`.
        public var errors: [String] = []
    }

    /// Grouping and actor scores of one document. Only mentions the system found with the gold
    /// span and type count. A gold entity is represented by the system entity holding most of its
    /// found mentions; an actor link agrees when the system entity's actor is the system entity
    /// that represents the gold actor (or both have none).
    public static func score(gold: [Mention], goldActors: [String: String],
                             system: [Mention], systemActors: [String: String]) -> Result {
        var result = Result()
        var systemEntityOf: [SpanKey: String] = [:]
        for m in system { systemEntityOf[m.key] = m.entity }
        // Contingency of gold entity × system entity over correctly found mentions.
        var cells: [String: [String: Int]] = [:]
        var seen = Set<SpanKey>()
        for m in gold where seen.insert(m.key).inserted {
            guard let s = systemEntityOf[m.key] else { continue }
            cells[m.entity, default: [:]][s, default: 0] += 1
        }
        func pairs(_ n: Int) -> Int { n * (n - 1) / 2 }
        var systemTotals: [String: Int] = [:]
        for (_, row) in cells {
            result.grouping.gold += pairs(row.values.reduce(0, +))
            for (s, n) in row {
                result.grouping.truePositives += pairs(n)
                systemTotals[s, default: 0] += n
            }
        }
        result.grouping.predicted = systemTotals.values.map(pairs).reduce(0, +)
        for (g, row) in cells.sorted(by: { $0.key < $1.key }) where row.count > 1 {
            let parts = row.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: ", ")
            result.errors.append("gold entity \(g) split into \(parts)")
        }
        // The system entity that represents each gold entity (most mentions; ties by id).
        var representative: [String: String] = [:]
        for (g, row) in cells {
            representative[g] = row.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        for (g, s) in representative.sorted(by: { $0.key < $1.key }) {
            let goldTarget = goldActors[g]
            let systemTarget = systemActors[s]
            if goldTarget == nil && systemTarget == nil { continue }
            result.linkedEntities += 1
            if goldTarget != nil { result.actors.gold += 1 }
            if systemTarget != nil { result.actors.predicted += 1 }
            let expected = goldTarget.flatMap { representative[$0] }
            if let systemTarget, let expected, systemTarget == expected {
                result.actors.truePositives += 1
                result.agreeing += 1
            } else {
                result.errors.append("actor of \(g) (system \(s)): \(systemTarget ?? "none") ≠ gold \(goldTarget ?? "none")"
                                     + (goldTarget != nil && expected == nil ? " (gold actor not found)" : ""))
            }
        }
        return result
    }
}
