import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Kills the real `sitegen build` with SIGKILL at random moments while it writes the site, over
/// and over, and checks after each kill that the output folder holds the whole old site or the
/// whole new one — never a mix — and that the next build succeeds and cleans up after the
/// killed one.
///
/// Two versions of a site (A and B) differ in every page and in every one of 3,000 attachments,
/// so that the publisher has thousands of files to write whichever way it goes. The staging
/// folder (`.public.staging-PID-…`, created beside the output folder when writing starts) tells
/// the test when writing has begun; the kill falls at a random moment of the time a whole write
/// takes, so some kills land before the swap and some after it.
@Suite(.serialized) struct KillDuringPublishTests {
    static let kills = 20
    static let attachments = 3_000
    static let pagesPerSection = 25

    static var binary: String {
        let products = Bundle.main.bundleURL.deletingLastPathComponent().path
        for candidate in [products + "/sitegen", TemporarySite.repository + "/.build/debug/sitegen"]
        where FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return products + "/sitegen"
    }

    /// Writes version `v` (`A` or `B`) of the site into `folder`.
    static func makeSite(_ v: String, in folder: String) throws {
        let site = TemporaryFolder(folder)
        try site.write("site.yaml", "title: องค์การบริหารส่วนตำบลทดสอบ รุ่น \(v)\nbase_url: https://test.example/\n")
        try site.write("index.md", "---\ntitle: หน้าแรก \(v)\n---\nยินดีต้อนรับ รุ่น \(v)\n")
        for s in 0..<4 {
            try site.write("s\(s)/_index.md", "---\ntitle: หมวด \(s) \(v)\n---\n")
            for p in 0..<pagesPerSection {
                try site.write("s\(s)/p\(p).md", "---\ntitle: หน้า \(s)-\(p) รุ่น \(v)\n---\n"
                               + String(repeating: "ข้อความทดสอบรุ่น \(v) ", count: 200) + "\n")
            }
        }
        // Attachments: 3,000 files of 16 kB, each different in A and B.
        let filler = String(repeating: "0123456789abcdef", count: 1024)
        for i in 0..<attachments {
            try site.write("files/f\(i / 100)/doc-\(i).txt", "\(v) \(i)\n" + filler)
        }
    }

    struct TemporaryFolder {
        let root: String
        init(_ root: String) { self.root = root }
        func write(_ path: String, _ text: String) throws {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
    }

    /// Starts `sitegen build --source SOURCE --output OUT/public`.
    static func startBuild(source: String, outParent: String, themes: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["build", "--source", source, "--output", outParent + "/public", "--quiet"]
        process.currentDirectoryURL = URL(fileURLWithPath: themes)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func stagingFolders(_ parent: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0.hasPrefix(".public.staging-") }
    }

    /// Runs a build to its end; returns how long writing took (from the staging folder's
    /// appearance to the end of the process).
    static func completeBuild(source: String, outParent: String, themes: String) throws -> Duration {
        let clock = ContinuousClock()
        let process = try startBuild(source: source, outParent: outParent, themes: themes)
        var writingStarted: ContinuousClock.Instant?
        while process.isRunning {
            if writingStarted == nil, !stagingFolders(outParent).isEmpty { writingStarted = clock.now }
            usleep(500)
        }
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "a build that was not killed must succeed")
        return clock.now - (writingStarted ?? clock.now)
    }

    @Test func killedBuildLeavesOldOrNewSiteWhole() throws {
        let root = NSTemporaryDirectory() + "sitegen-kill-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        // The working folder holds themes/ (found beside the site folder), the two versions and
        // out/, the parent of the output folder, which holds nothing else.
        try fm.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: root + "/themes", withDestinationPath: TemporarySite.defaultThemes)
        try Self.makeSite("A", in: root + "/A")
        try Self.makeSite("B", in: root + "/B")
        let out = root + "/out"
        let output = out + "/public"

        // Reference snapshots: B built, then A built over it (the first state), and A built once
        // more to prove the build reproduces its output byte for byte.
        var writeTime = try Self.completeBuild(source: root + "/B", outParent: out, themes: root)
        let refB = TemporarySite.snapshot(output)
        writeTime = max(writeTime, try Self.completeBuild(source: root + "/A", outParent: out, themes: root))
        let refA = TemporarySite.snapshot(output)
        #expect(refA.count > Self.attachments && refB.count == refA.count && refA != refB)
        _ = try Self.completeBuild(source: root + "/A", outParent: out, themes: root)
        try #require(TemporarySite.snapshot(output) == refA, "a build must reproduce its output exactly")

        let refs = ["A": refA, "B": refB]
        var current = "A"
        var outcomes: [String: Int] = ["old": 0, "new": 0]
        // The write time measured runs to the end of the process, past the swap and the removal of
        // the old site; a window of 80 % of it puts kills both before and after the swap.
        let measured = Int(writeTime.components.seconds) * 1_000_000 + Int(writeTime.components.attoseconds / 1_000_000_000_000)
        let windowMicros = max(20_000, measured * 4 / 5)
        for round in 1...Self.kills {
            let target = current == "A" ? "B" : "A"
            let process = try Self.startBuild(source: root + "/" + target, outParent: out, themes: root)
            // Wait for writing to begin, then kill at a random moment of it.
            while process.isRunning, Self.stagingFolders(out).isEmpty { usleep(200) }
            let delay = Int.random(in: 0...windowMicros)
            usleep(UInt32(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let after = TemporarySite.snapshot(output)
            let whole = after == refs[current]! ? "old" : after == refs[target]! ? "new" : nil
            #expect(whole != nil, "round \(round): after a kill \(delay) µs into writing, \(output) is neither the whole old site nor the whole new one (\(after.count) files)")
            guard let whole else { return }
            outcomes[whole, default: 0] += 1
            if whole == "new" { current = target }

            // The next build succeeds, publishes its site whole and removes the killed build's
            // staging folder.
            let next = current == "A" ? "B" : "A"
            _ = try Self.completeBuild(source: root + "/" + next, outParent: out, themes: root)
            #expect(TemporarySite.snapshot(output) == refs[next]!, "round \(round): the build after a kill is not whole")
            #expect(Self.stagingFolders(out).isEmpty, "round \(round): a staging folder was left behind: \(Self.stagingFolders(out))")
            current = next
        }
        print("kill test: \(Self.kills) kills within \(windowMicros) µs of writing; old site kept \(outcomes["old"]!) times, new site whole \(outcomes["new"]!) times")
    }
}
