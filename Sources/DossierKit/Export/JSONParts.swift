import Foundation

/// One JSON document as a sequence of parts: bytes already written, and slices to render later
/// (on worker threads) from a known ``JSONWriter/Position``. ``write(workers:window:to:)`` hands
/// the parts to a sink in document order, so the output is byte for byte what one writer would
/// have written; at most `window` parts wait rendered at a time, which bounds the memory.
struct JSONParts {
    enum Part {
        case bytes([UInt8])
        case render(@Sendable () -> [UInt8])
    }

    private(set) var parts: [Part] = []
    /// The skeleton: keys, brackets and small values, written in order on the caller's thread.
    var w: JSONWriter

    init(pretty: Bool) {
        w = JSONWriter(pretty: pretty)
    }

    private mutating func cut() {
        let b = w.take()
        if !b.isEmpty { parts.append(.bytes(b)) }
    }

    /// The elements `0..<count` of the array just begun, rendered by `render(writer, slice)` for
    /// consecutive slices that end at `ends` (ascending, the last one `count`).
    mutating func elements(
        count: Int, sliceEnds ends: [Int],
        _ render: @escaping @Sendable (inout JSONWriter, Range<Int>) -> Void
    ) {
        guard count > 0 else { return }
        cut()
        let pretty = w.isPretty
        var start = 0
        var at = w.at
        for end in ends where end > start {
            let slice = start..<end
            let from = at
            parts.append(.render {
                var sub = JSONWriter(pretty: pretty, continuing: from, reserve: 1 << 20)
                render(&sub, slice)
                return sub.output
            })
            // Every later slice starts after a value at this level (a comma comes first).
            at.filled |= 1 << UInt64(at.depth)
            start = end
        }
        w.markFilled()
    }

    /// A string value whose UTF-8 is `text`, escaped in slices of about `slice` bytes (escaping
    /// touches ASCII bytes only, so any byte range escapes on its own).
    mutating func string(_ text: String, slice: Int = 1 << 20) {
        w.valuePrefix()
        w.appendQuote()
        cut()
        var text = text
        text.makeContiguousUTF8()  // free when it already is: each slice then reads it in place
        let n = text.utf8.count
        var lo = 0
        while lo < n {
            let range = lo..<min(n, lo + slice)
            parts.append(.render { [text] in
                var t = text
                return t.withUTF8 { all in JSONWriter.escaped(UnsafeBufferPointer(rebasing: all[range])) }
            })
            lo = range.upperBound
        }
        w.appendQuote()
    }

    /// Slice ends for `count` elements whose sizes are `weight(i)`: each slice about `target`.
    static func sliceEnds(count: Int, target: Int, weight: (Int) -> Int) -> [Int] {
        var ends: [Int] = []
        var sum = 0
        for i in 0..<count {
            sum += max(1, weight(i))
            if sum >= target { ends.append(i + 1); sum = 0 }
        }
        if ends.last != count { ends.append(count) }
        return ends
    }

    /// Renders the parts (on `workers` threads besides this one when there are any) and hands
    /// them to `sink` in order.
    mutating func write(workers: Int, window: Int = 8, to sink: ([UInt8]) -> Void) {
        cut()
        let all = parts
        parts = []
        guard workers > 0, all.contains(where: { if case .render = $0 { true } else { false } }) else {
            for p in all {
                switch p {
                case .bytes(let b): sink(b)
                case .render(let r): sink(r())
                }
            }
            return
        }
        let queue = RenderQueue(parts: all, window: max(1, window))
        for _ in 0..<workers {
            let t = Thread { queue.work() }
            t.stackSize = 4 << 20
            t.start()
        }
        for i in all.indices { sink(queue.take(i)) }
        queue.waitForWorkers(workers)
    }
}

/// The shared state of one ``JSONParts/write(workers:window:to:)``: which part a worker renders
/// next, the rendered parts not yet taken, and how far the taker is.
private final class RenderQueue: @unchecked Sendable {
    private let cond = NSCondition()
    private let parts: [JSONParts.Part]
    private var results: [[UInt8]?]
    private var next = 0
    private var taken = 0
    private var finished = 0
    private let window: Int

    init(parts: [JSONParts.Part], window: Int) {
        self.parts = parts
        self.results = Array(repeating: nil, count: parts.count)
        self.window = window
    }

    /// A worker's loop: render the next part not yet claimed, no further than `window` ahead.
    func work() {
        while true {
            cond.lock()
            while next < parts.count && next >= taken + window { cond.wait() }
            guard next < parts.count else {
                finished += 1
                cond.broadcast()
                cond.unlock()
                return
            }
            let i = next
            next += 1
            cond.unlock()
            let bytes: [UInt8]
            switch parts[i] {
            case .bytes(let b): bytes = b
            case .render(let r): bytes = r()
            }
            cond.lock()
            results[i] = bytes
            cond.broadcast()
            cond.unlock()
        }
    }

    /// Part `i`'s bytes once rendered (parts are taken in order).
    func take(_ i: Int) -> [UInt8] {
        cond.lock()
        defer { cond.unlock() }
        while results[i] == nil { cond.wait() }
        let b = results[i]!
        results[i] = nil
        taken = i + 1
        cond.broadcast()
        return b
    }

    func waitForWorkers(_ n: Int) {
        cond.lock()
        while finished < n { cond.wait() }
        cond.unlock()
    }
}
