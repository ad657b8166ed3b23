import Foundation
import SiteModel

/// The outcome of the latest preview build, and the browsers listening for changes.
actor BuildStatus {
    enum Event: Sendable {
        case reload(version: Int)
        case failed(version: Int, json: String)
    }

    private(set) var version = 0
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var failed = false
    private var listeners: [UUID: AsyncStream<Event>.Continuation] = [:]

    func record(succeeded: Bool, diagnostics: [Diagnostic]) {
        version += 1
        failed = !succeeded
        self.diagnostics = diagnostics
        let event: Event = succeeded ? .reload(version: version) : .failed(version: version, json: statusJSON())
        for continuation in listeners.values { continuation.yield(event) }
    }

    func subscribe() -> (UUID, AsyncStream<Event>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(8))
        listeners[id] = continuation
        return (id, stream)
    }

    func unsubscribe(_ id: UUID) {
        listeners.removeValue(forKey: id)?.finish()
    }

    func finishAll() {
        for c in listeners.values { c.finish() }
        listeners.removeAll()
    }

    /// `{"version":3,"ok":false,"errors":[{"file":…,"line":…,"message":…}]}`
    func statusJSON() -> String {
        struct Item: Encodable {
            let severity, location, message: String; let file: String?; let line: Int?; let field, hint, messageThai, hintThai: String?
            enum CodingKeys: String, CodingKey {
                case severity, location, message, file, line, field, hint, messageThai = "message_th", hintThai = "hint_th"
            }
        }
        struct Status: Encodable { let version: Int; let ok: Bool; let diagnostics: [Item] }
        let items = diagnostics.map {
            Item(severity: $0.severity.rawValue, location: $0.location, message: $0.message, file: $0.file, line: $0.line,
                 field: $0.field, hint: $0.hint, messageThai: $0.messageThai, hintThai: $0.hintThai)
        }
        let data = (try? JSONEncoder().encode(Status(version: version, ok: !failed, diagnostics: items))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
