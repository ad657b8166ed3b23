import Foundation
import Hummingbird
import Logging
import NIOCore
import SiteModel
import SitegenKit
import ThaiText

/// Settings of `sitegen serve`.
public struct PreviewOptions: Sendable {
    public var source: String
    /// Where the preview site is written: never the production `public/` unless asked.
    public var output: String
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    public var includeDrafts: Bool
    public var themesFolder: String?
    /// How often the folders are checked for changes.
    public var pollInterval: Duration

    public static let defaultOutput = ".sitegen-serve"

    public init(source: String = "content", output: String = PreviewOptions.defaultOutput, host: String = "127.0.0.1",
                port: Int = 8080, includeDrafts: Bool = true, themesFolder: String? = nil,
                pollInterval: Duration = .milliseconds(250)) {
        self.source = source
        self.output = output
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.themesFolder = themesFolder
        self.pollInterval = pollInterval
    }
}

/// A local web server for the site being edited: builds it, serves the output folder, rebuilds
/// when a file changes and tells open pages to reload (Server-Sent Events). A failed build keeps
/// the last good site served and shows the error over the page.
public final class PreviewServer: Sendable {
    public let options: PreviewOptions
    let status = BuildStatus()
    /// Called with each build's diagnostics (the CLI prints them).
    let report: @Sendable (BuildResult) -> Void

    public init(options: PreviewOptions, report: @escaping @Sendable (BuildResult) -> Void = { _ in }) {
        self.options = options
        self.report = report
    }

    /// Builds once (so the first page is there before the first request), then serves until
    /// cancelled or interrupted (Ctrl-C). `onReady` receives the address actually bound.
    public func run(onReady: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        await rebuild(port: options.port)
        let app = makeApplication(onReady: onReady)
        let watcher = FolderWatcher(folders: watchedFolders())
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            group.addTask { try await self.watch(watcher) }
            // When the server stops (signal or cancellation), stop watching too.
            try await group.next()
            group.cancelAll()
            await self.status.finishAll()
        }
    }

    func watchedFolders() -> [String] {
        var folders = [options.source]
        let parent = (URL(fileURLWithPath: options.source).standardizedFileURL.deletingLastPathComponent().path)
        for candidate in [options.themesFolder, options.source + "/themes", parent + "/themes"].compactMap({ $0 })
        where FileManager.default.fileExists(atPath: candidate) {
            folders.append(candidate)
        }
        return folders
    }

    private func watch(_ watcher: FolderWatcher) async throws {
        var last = watcher.fingerprint()
        while !Task.isCancelled {
            try await Task.sleep(for: options.pollInterval)
            let now = watcher.fingerprint()
            if now != last {
                last = now
                await rebuild(port: boundPort.value ?? options.port)
            }
        }
    }

    let boundPort = PortBox()

    func rebuild(port: Int) async {
        let result = SiteBuilder.build(BuildOptions(
            source: options.source, output: options.output, baseURL: "http://\(options.host):\(port)/",
            includeDrafts: options.includeDrafts, themesFolder: options.themesFolder,
            bodyEndHTML: LiveReload.script))
        report(result)
        await status.record(succeeded: result.succeeded, diagnostics: result.diagnostics)
    }

    func makeApplication(onReady: @escaping @Sendable (String) -> Void) -> some ApplicationProtocol {
        let router = Router()
        let status = self.status
        router.add(middleware: NotFoundPage(output: options.output))
        router.add(middleware: NoCache())
        router.add(middleware: FileMiddleware(options.output, searchForIndexHtml: true, logger: Self.quietLogger)
            .withAdditionalMediaTypes(forFileExtensions: Self.mediaTypes))
        router.get("/__sitegen/status") { _, _ -> Response in
            let json = await status.statusJSON()
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: json)))
        }
        router.get("/__sitegen/events") { _, _ -> Response in
            let (id, stream) = await status.subscribe()
            let body = ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await event in stream {
                    switch event {
                    case .reload(let version):
                        try await writer.write(ByteBuffer(string: "event: reload\ndata: \(version)\n\n"))
                    case .failed(_, let json):
                        try await writer.write(ByteBuffer(string: "event: failed\ndata: \(json)\n\n"))
                    }
                }
                await status.unsubscribe(id)
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
        }
        let host = options.host
        let box = boundPort
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: options.port), serverName: "sitegen"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                box.set(port)
                onReady("http://\(host):\(port)/")
            },
            logger: Self.quietLogger)
    }

    static let quietLogger: Logger = {
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .warning
        return logger
    }()

    static let mediaTypes: [String: MediaType] = [
        "html": MediaType(type: .text, subType: "html", parameter: ("charset", "utf-8")),
        "css": MediaType(type: .text, subType: "css", parameter: ("charset", "utf-8")),
        "js": MediaType(type: .text, subType: "javascript", parameter: ("charset", "utf-8")),
        "txt": MediaType(type: .text, subType: "plain", parameter: ("charset", "utf-8")),
        "xml": MediaType(type: .application, subType: "xml", parameter: ("charset", "utf-8")),
        "svg": MediaType(type: .image, subType: "svg+xml"),
        "csv": MediaType(type: .text, subType: "csv", parameter: ("charset", "utf-8")),
    ]
}

/// The port the server bound, once known.
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int?
    var value: Int? { lock.lock(); defer { lock.unlock() }; return port }
    func set(_ p: Int) { lock.lock(); port = p; lock.unlock() }
}

/// Answers a missing page with the site's own 404.html and status 404.
struct NotFoundPage<Context: RequestContext>: RouterMiddleware {
    let output: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            return response.status == .notFound ? notFound(request) : response
        } catch let error as any HTTPResponseError where error.status == .notFound {
            return notFound(request)
        }
    }

    func notFound(_ request: Request) -> Response {
        let page = FileManager.default.contents(atPath: output + "/404.html") ?? Data("<!DOCTYPE html><title>404</title>".utf8)
        let body: ResponseBody = request.method == .head ? .init() : .init(byteBuffer: ByteBuffer(bytes: page))
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8", .contentLength: "\(page.count)"],
                        body: body)
    }
}

/// Pages change while the clerk edits: browsers must always revalidate.
struct NoCache<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-cache" }
        return response
    }
}
