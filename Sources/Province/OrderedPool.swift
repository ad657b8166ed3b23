import Dispatch
import Foundation
import SiteModel

/// How far a run over many sites has got, for a progress line.
public struct SitesProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    /// Sites failing so far (`build`: not built; `check`: an item failing or content errors).
    public var failing: Int
    /// Seconds since the run started.
    public var elapsed: Double

    /// Seconds left at the pace so far; nil before the first site is done.
    public var remaining: Double? {
        guard done > 0 else { return nil }
        return elapsed / Double(done) * Double(total - done)
    }
}

/// Runs work over many items on all cores and hands the results on in the items' order,
/// holding a bounded number of finished results: memory stays the same whatever the count.
enum OrderedPool {
    /// `work` runs on `Parallel.width` threads at once (work inside it that uses `Parallel` is
    /// nested, and runs on its own thread); `emit` gets each result in order, one call at a time,
    /// on whichever thread finished the result it waited for. No thread starts an item more than
    /// `window` places ahead of the next one to emit.
    static func run<T: Sendable, R: Sendable>(_ items: [T], window: Int, _ work: @Sendable (T) -> R,
                                              emit: @Sendable (Int, R) -> Void) {
        guard !items.isEmpty else { return }
        let state = State<R>()
        let window = max(1, window)
        DispatchQueue.concurrentPerform(iterations: min(Parallel.width, items.count)) { _ in
            while true {
                state.condition.lock()
                while state.next < items.count && state.next >= state.emitted + window { state.condition.wait() }
                guard state.next < items.count else {
                    state.condition.unlock()
                    return
                }
                let index = state.next
                state.next += 1
                state.condition.unlock()
                let result = work(items[index])
                state.condition.lock()
                state.ready[index] = result
                while let next = state.ready.removeValue(forKey: state.emitted) {
                    emit(state.emitted, next)
                    state.emitted += 1
                }
                state.condition.broadcast()
                state.condition.unlock()
            }
        }
    }

    private final class State<R>: @unchecked Sendable {
        let condition = NSCondition()
        var next = 0
        var emitted = 0
        var ready: [Int: R] = [:]
    }
}

/// A value that closures run by `OrderedPool.run`'s `emit` may change: emit calls never overlap.
final class Serialized<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
