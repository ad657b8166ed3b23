import Foundation

/// Phase timings on standard error when SITEGEN_PROFILE is set (for benchmarking):
/// `profile: <phase> <duration>`, one line per phase, each timed from the previous mark.
public final class ProfileClock {
    private var last = ContinuousClock.now
    private let enabled: Bool

    public init() {
        enabled = ProcessInfo.processInfo.environment["SITEGEN_PROFILE"] != nil
    }

    public func mark(_ phase: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("profile: \(phase) \(now - last)\n".utf8))
        last = now
    }
}
