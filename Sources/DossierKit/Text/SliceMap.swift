import Dispatch

/// Maps consecutive slices of an array on several threads and joins the results in order:
/// the same output as one `transform(items[...])` when the transform treats items on their own.
enum SliceMap {
    /// How many threads a big input's independent passes use (the annotator's `parallel`).
    static let ways = 2

    static func joined<T: Sendable, R>(_ items: [T], ways: Int, _ transform: (ArraySlice<T>) -> [R]) -> [R] {
        let n = min(ways, items.count)
        guard n > 1 else { return transform(items[...]) }
        let parts = UnsafeMutableBufferPointer<[R]>.allocate(capacity: n)
        parts.initialize(repeating: [])
        defer { parts.deinitialize(); parts.deallocate() }
        nonisolated(unsafe) let out = parts
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: n) { k in
                let lo = items.count * k / n, hi = items.count * (k + 1) / n
                out[k] = transform(items[lo..<hi])
            }
        }
        var all: [R] = []
        all.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for p in parts { all.append(contentsOf: p) }
        return all
    }

    /// `transform` of `count` consecutive pieces of `items`, on as many threads as the machine
    /// offers, each piece taken by the next free thread; the results in the pieces' order.
    static func pieces<T: Sendable, R>(_ items: [T], count: Int, _ transform: (ArraySlice<T>) -> R) -> [R] {
        let n = min(max(count, 1), items.count)
        guard n > 1 else { return [transform(items[...])] }
        let parts = UnsafeMutableBufferPointer<R?>.allocate(capacity: n)
        parts.initialize(repeating: nil)
        defer { parts.deinitialize(); parts.deallocate() }
        nonisolated(unsafe) let out = parts
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: n) { k in
                let lo = items.count * k / n, hi = items.count * (k + 1) / n
                out[k] = transform(items[lo..<hi])
            }
        }
        return parts.map { $0! }
    }
}
