import Foundation
import PackagePlugin

/// Embeds every OIT catalogue file of a target's `Catalogues/` folder in its code, so that adding
/// an ITA year is adding one data file: no Swift code lists the years.
@main
struct EmbedCatalogues: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Catalogues")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let inputs = names.filter { $0.hasPrefix("oit-") && $0.hasSuffix(".yaml") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInCatalogues.swift")
        return [.buildCommand(displayName: "Embedding \(inputs.count) OIT catalogue(s)",
                              executable: try context.tool(named: "catalogue-embedder").url,
                              arguments: [output.path] + inputs.map(\.path),
                              inputFiles: inputs, outputFiles: [output])]
    }
}
