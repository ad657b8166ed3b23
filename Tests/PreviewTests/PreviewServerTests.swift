import Foundation
import Preview
import SitegenKit
import TestSupport
import Testing

/// Starts `serve` on an ephemeral port against a throw-away site and talks to it.
@Suite(.serialized) struct PreviewServerTests {
    final class Running: @unchecked Sendable {
        let site: TemporarySite
        let task: Task<Void, any Error>
        let port: Int
        var output: String { site.root + "/serve" }
        init(site: TemporarySite, task: Task<Void, any Error>, port: Int) {
            self.site = site
            self.task = task
            self.port = port
        }
        func get(_ target: String, method: String = "GET") throws -> RawHTTP.Response {
            try RawHTTP.request(port: port, method: method, target: target)
        }
        deinit { task.cancel() }
    }

    static func start() async throws -> Running {
        let site = TemporarySite()
        site.page("index.md", title: "หน้าแรก", body: "ยินดีต้อนรับ")
        site.page("about/_index.md", title: "เกี่ยวกับ")
        site.page("about/history.md", title: "ประวัติ", body: "ฉบับแรก")
        site.write("data/executives.yaml", "kind: executives\nexecutives:\n  - name: นายก\n    position: นายก อบต.\n")
        // A secret beside the output folder that no request may reach.
        _ = FileManager.default.createFile(atPath: site.root + "/secret.txt", contents: Data("SECRET-ROOT".utf8))
        let server = PreviewServer(options: PreviewOptions(source: site.content, output: site.root + "/serve", port: 0,
                                                           themesFolder: TemporarySite.defaultThemes,
                                                           pollInterval: .milliseconds(100)))
        let ready = AsyncStream<String>.makeStream()
        let task = Task { try await server.run(onReady: { ready.continuation.yield($0) }) }
        var iterator = ready.stream.makeAsyncIterator()
        guard let url = await iterator.next(), let port = URLComponents(string: url)?.port else {
            throw RawHTTP.Failure.connect
        }
        return Running(site: site, task: task, port: port)
    }

    /// Polls until `condition` holds or `seconds` pass.
    static func eventually(_ seconds: Double, _ condition: () throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return try condition()
    }

    @Test func servesPagesWithTypesHeadAnd404() async throws {
        let s = try await Self.start()
        let home = try s.get("/")
        #expect(home.status == 200)
        #expect(home.header("content-type") == "text/html; charset=utf-8")
        #expect(home.body.contains("ยินดีต้อนรับ"))
        #expect(home.body.contains("/__sitegen/events"))
        #expect(home.header("etag") != nil)

        let nested = try s.get("/about/history/")
        #expect(nested.status == 200 && nested.body.contains("ฉบับแรก"))
        let redirect = try s.get("/about/history")
        #expect([301, 308].contains(redirect.status))
        #expect(redirect.header("location") == "/about/history/")
        let css = try s.get("/assets/style.css")
        #expect(css.header("content-type") == "text/css; charset=utf-8")

        let head = try s.get("/about/history/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.header("content-length") == nested.header("content-length"))

        let missing = try s.get("/no/such/page/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("ไม่พบหน้าที่ต้องการ"))
        #expect(missing.header("content-type") == "text/html; charset=utf-8")
    }

    @Test func pathTraversalNeverLeavesTheOutputFolder() async throws {
        let s = try await Self.start()
        let attacks = [
            "/../secret.txt", "/../../etc/passwd", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/..%2fsecret.txt",
            "/..%5csecret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "//etc/passwd",
            "/%2fetc%2fpasswd", "/about/../../secret.txt", "/.%2e/secret.txt", "/%2e./%2e./secret.txt",
            "/secret.txt%00.html", "/%00/../secret.txt", "/..;/secret.txt", "/....//secret.txt", "/\\..\\secret.txt",
            "/%c0%ae%c0%ae/secret.txt", "/file:///etc/passwd",
        ]
        #expect(attacks.count >= 10)
        for target in attacks {
            let r = try s.get(target)
            #expect(!r.body.contains("SECRET-"), "\(target) leaked a file")
            #expect(!r.body.contains("root:x:0:0"), "\(target) leaked /etc/passwd")
            #expect(r.status >= 300, "\(target) answered \(r.status)")
        }
    }

    @Test func editsRebuildAndBrokenDataKeepsTheLastGoodSite() async throws {
        let s = try await Self.start()
        #expect(try s.get("/about/history/").body.contains("ฉบับแรก"))

        s.site.page("about/history.md", title: "ประวัติ", body: "ฉบับแก้ไข")
        let started = Date()
        #expect(try await Self.eventually(2) { try s.get("/about/history/").body.contains("ฉบับแก้ไข") })
        #expect(Date().timeIntervalSince(started) < 2)

        // Break a YAML data file: the old page stays, the error is exposed.
        s.site.write("data/executives.yaml", "kind: executives\nexecutives:\n  - name: [นายก\n")
        #expect(try await Self.eventually(2) { try s.get("/__sitegen/status").body.contains("\"ok\":false") })
        let status = try s.get("/__sitegen/status")
        #expect(status.header("content-type") == "application/json; charset=utf-8")
        #expect(status.body.contains("data\\/executives.yaml") || status.body.contains("data/executives.yaml"))
        #expect(try s.get("/about/history/").status == 200)
        #expect(try s.get("/about/history/").body.contains("ฉบับแก้ไข"))

        // Repair it: the status recovers.
        s.site.write("data/executives.yaml", "kind: executives\nexecutives:\n  - name: นายก\n    position: นายก อบต.\n")
        #expect(try await Self.eventually(2) { try s.get("/__sitegen/status").body.contains("\"ok\":true") })
    }

    @Test func serveWritesIntoItsOwnFolderByDefault() {
        #expect(PreviewOptions().output == ".sitegen-serve")
        #expect(PreviewOptions().host == "127.0.0.1")
        #expect(PreviewOptions().includeDrafts)
    }
}
