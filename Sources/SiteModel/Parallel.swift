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
    /// Runs two independent pieces of work at once and returns both results.
    ///
    /// `a` runs on the calling thread and `b` on another. Not through `concurrentPerform`:
    /// libdispatch runs an apply nested in another with the outer one's share of the threads,
    /// so a `Parallel.map` inside `a` or `b` would have run on one thread.
    public static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        if width == 1 { return (a(), b()) }
        let second = Slots<B>(count: 1)
        return withoutActuallyEscaping(b) { b in
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { second.set(0, b()) }
            let first = a()
            group.wait()
            return (first, second.finish()[0])
        }
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
