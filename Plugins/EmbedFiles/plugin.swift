import Foundation
import PackagePlugin

/// Embeds every file of a folder in a target's code, so that the binary works when copied
/// alone:
/// - `Render`: the default theme, `themes/default/` of the package (templates, CSS, fonts) as
///   `builtInThemeFiles`;
/// - `Starter`: the files of a new site, the target's `Files/` folder, as `starterFiles`.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (root, variable): (URL, String)
        switch target.name {
        case "Render": (root, variable) = (context.package.directoryURL.appending(path: "themes/default"), "builtInThemeFiles")
        case "Starter": (root, variable) = (target.directoryURL.appending(path: "Files"), "starterFiles")
        default: throw EmbedFilesError(message: "EmbedFiles does not know what to embed in the target '\(target.name)'.")
        }
        let inputs = files(below: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded-\(variable).swift")
        return [.buildCommand(displayName: "Embedding \(inputs.count) file(s) of \(root.lastPathComponent)/ in \(target.name)",
                              executable: try context.tool(named: "file-embedder").url,
                              arguments: [output.path, variable, root.path] + inputs.map(\.path),
                              inputFiles: inputs, outputFiles: [output])]
    }

    /// Regular files below a folder, hidden ones (and those in hidden folders) left out.
    private func files(below root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var out: [URL] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            out.append(url)
        }
        return out.sorted { $0.path < $1.path }
    }
}

struct EmbedFilesError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
