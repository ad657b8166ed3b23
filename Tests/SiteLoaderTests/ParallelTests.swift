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
    /// Other tests run at the same time and may hold every worker thread of the pool for the
    /// whole of one map (seen once in CI on two cores): the map is tried up to eight times, and
    /// one that gets a second thread is enough. A nested apply never gets one, on any try.
    @Test(.enabled(if: Parallel.width > 1)) func aMapInsideBothUsesTheThreadsTheOtherSideFrees() {
        var threads: [Int] = []
        for _ in 0..<8 {
            let inA = Threads()
            let (x, y) = Parallel.both({
                Parallel.map(Array(0..<64)) { i -> Int in inA.note(); usleep(3000); return i * 2 }
            }, {
                "quick"
            })
            #expect(x == (0..<64).map { $0 * 2 })
            #expect(y == "quick")
            threads.append(inA.count)
            if inA.count > 1 { break }
        }
        #expect(threads.last! > 1, "threads the map ran on, try by try: \(threads)")
    }
}
