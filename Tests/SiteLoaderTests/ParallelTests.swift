import Foundation
import SiteModel
import Testing

@Suite struct ParallelTests {
    final class Threads: @unchecked Sendable {
        private let lock = NSLock()
        private var seen = Set<String>()
        func note() { lock.withLock { _ = seen.insert("\(pthread_self())") } }
        var count: Int { lock.withLock { seen.count } }
    }

    @Test func bothReturnsBothResultsInOrder() {
        let (a, b) = Parallel.both({ (1...1000).reduce(0, +) }, { "b" })
        #expect(a == 500_500)
        #expect(b == "b")
    }

    /// A map inside `both` gets the other threads once they are free (an apply nested in another
    /// gets only its share of the threads, for good: `both` must not be one). The page loader
    /// reads pages with a map beside the data folder's load, which ends much sooner.
    ///
    /// Other tests run at the same time and may hold every worker thread of the pool for a while
    /// (seen in CI on two cores, for longer than eight maps of 200 ms): so the map's first item
    /// waits, up to a minute, for its second item to start on another thread. Once a worker is
    /// free it takes the second item; a nested apply never hands it to another thread, and the
    /// first item gives up after the minute.
    @Test(.enabled(if: Parallel.width > 1)) func aMapInsideBothUsesTheThreadsTheOtherSideFrees() {
        let inA = Threads()
        let deadline = Date().addingTimeInterval(60)
        let (x, y) = Parallel.both({
            Parallel.map([0, 1]) { i -> Int in
                inA.note()
                while inA.count < 2 && Date() < deadline { usleep(1000) }
                return i * 2
            }
        }, {
            "quick"
        })
        #expect(x == [0, 2])
        #expect(y == "quick")
        #expect(inA.count > 1, "the map's two items ran on one thread")
    }
}
