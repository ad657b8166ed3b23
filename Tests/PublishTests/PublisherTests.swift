import Foundation
import Publish
import SiteModel
import TestSupport
import Testing

@Suite struct PublisherTests {
    @Test func firstPublishCreatesTheFolder() throws {
        let site = TemporarySite()
        let report = try Publisher.publish([OutputFile(path: "index.html", content: .text("<p>ก</p>")),
                                            OutputFile(path: "a/b/index.html", content: .text("ข"))], to: site.output)
        #expect(report == Publisher.Report(written: 2, unchanged: 0))
        #expect(site.read("a/b/index.html") == "ข")
    }

    @Test func onlyChangedFilesAreWrittenAndUnchangedKeepTheirInode() throws {
        let site = TemporarySite()
        site.write("files/doc.pdf", "%PDF-1.4 demo")
        let files = [OutputFile(path: "index.html", content: .text("หน้าแรก")),
                     OutputFile(path: "news/index.html", content: .text("ข่าว")),
                     OutputFile(path: "files/doc.pdf", content: .copy(site.content + "/files/doc.pdf"))]
        _ = try Publisher.publish(files, to: site.output)
        let inodeBefore = try inode(site.output + "/news/index.html")
        var changed = files
        changed[0] = OutputFile(path: "index.html", content: .text("หน้าแรกใหม่"))
        let report = try Publisher.publish(changed, to: site.output)
        #expect(report == Publisher.Report(written: 1, unchanged: 2))
        #expect(site.read("index.html") == "หน้าแรกใหม่")
        #expect(try inode(site.output + "/news/index.html") == inodeBefore)
    }

    @Test func removedPagesDisappearAndNoStagingFolderRemains() throws {
        let site = TemporarySite()
        _ = try Publisher.publish([OutputFile(path: "old/index.html", content: .text("เก่า")),
                                   OutputFile(path: "index.html", content: .text("ก"))], to: site.output)
        _ = try Publisher.publish([OutputFile(path: "index.html", content: .text("ก"))], to: site.output)
        #expect(site.read("old/index.html") == nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.contains("staging") }
        #expect(leftovers == [])
    }

    @Test func aFailedPublishLeavesThePreviousSiteByteIdentical() throws {
        let site = TemporarySite()
        _ = try Publisher.publish([OutputFile(path: "index.html", content: .text("ก")),
                                   OutputFile(path: "a/index.html", content: .text("ข"))], to: site.output)
        let before = TemporarySite.snapshot(site.output)
        #expect(throws: Publisher.Failure.self) {
            try Publisher.publish([OutputFile(path: "index.html", content: .text("ใหม่")),
                                   OutputFile(path: "x.pdf", content: .copy(site.root + "/does-not-exist.pdf"))],
                                  to: site.output)
        }
        #expect(TemporarySite.snapshot(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.contains("staging") }
        #expect(leftovers == [])
    }

    @Test func staleStagingFromAKilledBuildIsCleanedUp() throws {
        let site = TemporarySite()
        let stale = site.root + "/.public.staging-999999-1"
        try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
        _ = try Publisher.publish([OutputFile(path: "index.html", content: .text("ก"))], to: site.output)
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    @Test func refusesAFileWhereTheOutputFolderShouldBe() throws {
        let site = TemporarySite()
        _ = FileManager.default.createFile(atPath: site.output, contents: Data("x".utf8))
        #expect(throws: Publisher.Failure.self) {
            try Publisher.publish([OutputFile(path: "index.html", content: .text("ก"))], to: site.output)
        }
    }

    private func inode(_ path: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }
}
