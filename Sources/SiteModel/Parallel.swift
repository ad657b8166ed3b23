import Dispatch
import Foundation

/// Data-parallel helpers used by the loader, the renderer and the publisher.
public enum Parallel {
    /// Number of worker threads (all cores).
    public static var width: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Maps `items` in parallel, keeping order. `transform` must be safe to call concurrently.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], serial: Bool = false,
                                                   _ transform: @Sendable (T) -> R) -> [R] {
        let count = items.count
        if serial || count < 2 || width == 1 { return items.map(transform) }
        let slots = Slots<R>(count: count)
        // A few chunks per core balances uneven pages without much scheduling overhead.
        let chunks = min(count, width * 8)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = chunk * count / chunks
            let upper = (chunk + 1) * count / chunks
            for i in lower..<upper { slots.set(i, transform(items[i])) }
        }
        return slots.finish()
    }
}

extension Parallel {
    /// Runs two independent pieces of work at once and returns both results: `a` on the calling
    /// thread, `b` on a serial queue of its own. Either may use `map` on all cores: a `map` inside
    /// `concurrentPerform` would be nested, and dispatch runs nested work on a share of the
    /// cores (one each on two cores), so neither side could use a core the other leaves idle.
    public static func both<A: Sendable, B: Sendable>(_ a: () -> A, _ b: @escaping @Sendable () -> B) -> (A, B) {
        if width == 1 { return (a(), b()) }
        let second = Slots<B>(count: 1)
        let done = DispatchSemaphore(value: 0)
        // A queue of its own gets a thread even when the shared pool is busy.
        DispatchQueue(label: "sitegen.parallel.both").async {
            second.set(0, b())
            done.signal()
        }
        let first = a()
        done.wait()
        return (first, second.finish()[0])
    }
}

/// Write-once result slots, one per index; each index is written by exactly one thread.
private final class Slots<R>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<R>
    private let count: Int
    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<R>.allocate(capacity: count)
    }
    func set(_ i: Int, _ value: R) { (base + i).initialize(to: value) }
    func finish() -> [R] {
        let array = Array(UnsafeBufferPointer(start: base, count: count))
        base.deinitialize(count: count)
        base.deallocate()
        return array
    }
}
