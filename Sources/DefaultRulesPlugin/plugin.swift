import Foundation
import PackagePlugin

/// Compiles the default rule set (Rules/default.yaml and what it includes) into Swift source
/// for the `Redact` target, so the `redact` binary carries its rules and parses no YAML at start;
/// the word lists of Rules/lexicon/ into sorted tables it searches in place; and the context
/// model's weights of Rules/model/ into a literal it reads in place.
@main
struct DefaultRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let rules = root.appending(path: "Rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedDefaultRules.swift")
        let lexicon = context.pluginWorkDirectoryURL.appending(path: "GeneratedLexicon.swift")
        let contextModel = context.pluginWorkDirectoryURL.appending(path: "GeneratedContextModel.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where ["yaml", "yml", "tsv", "weights"].contains(url.pathExtension) {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Compiling the default rule set from Rules/",
                executable: try context.tool(named: "RuleGen").url,
                arguments: [rules.appending(path: "default.yaml").path, root.path, output.path, lexicon.path, contextModel.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output, lexicon, contextModel]
            )
        ]
    }
}
