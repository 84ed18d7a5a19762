/// An open-addressing map from 64-bit hashes to small integers.
///
/// The keys are already well-mixed FNV hashes of names, so they need no second hashing: this
/// avoids the cost of `Hasher` on the recognizer's hot path (several lookups per token).
public struct HashMap64: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        keys = Array(repeating: 0, count: n)
        values = Array(repeating: 0, count: n)
        mask = n - 1
    }

    /// Key 0 is reserved as "empty"; it is remapped to 1 (a collision is harmless for lookups).
    @inline(__always) private static func fix(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }

    @inline(__always)
    public func get(_ key: UInt64) -> Int32? {
        let k = Self.fix(key)
        var i = Int(truncatingIfNeeded: (k ^ (k >> 29))) & mask
        while true {
            let c = keys[i]
            if c == k { return values[i] }
            if c == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { get(key) != nil }

    /// Sets `key` to `value`, replacing any previous value.
    public mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.fix(key)
        var i = Int(truncatingIfNeeded: (k ^ (k >> 29))) & mask
        while true {
            let c = keys[i]
            if c == k { values[i] = value; return }
            if c == 0 { keys[i] = k; values[i] = value; count += 1; return }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldK = keys
        let oldV = values
        let n = keys.count * 2
        keys = Array(repeating: 0, count: n)
        values = Array(repeating: 0, count: n)
        mask = n - 1
        count = 0
        for (i, k) in oldK.enumerated() where k != 0 { set(k, oldV[i]) }
    }
}
