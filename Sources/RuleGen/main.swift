// RuleGen: composes the default rule set from Rules/ and writes it as Swift source.
//
// Usage: RuleGen <Rules/default.yaml> <package root> <rules.swift> <lexicon.swift> <context-model.swift>
// Run by DefaultRulesPlugin at build time; a malformed rule file fails the build with the
// file, line and rule id. The word lists of Rules/lexicon/ become sorted tables (see
// LexiconCompiler) in the second output; the context model's weights in Rules/model/ (see
// ContextModelCompiler), when there are any, the third.
import Foundation
import RedactRules

let arguments = CommandLine.arguments
guard arguments.count == 6 else {
    FileHandle.standardError.write(Data("usage: RuleGen <Rules/default.yaml> <package root> <rules.swift> <lexicon.swift> <context-model.swift>\n".utf8))
    exit(64)
}
do {
    var composer = RuleSetComposer()
    try composer.add(path: arguments[1])
    let spec = try composer.build(name: "default")
    let source = SwiftSourceEmitter.emit(spec, typeName: "GeneratedDefaultRules", root: arguments[2])
    // Rewrite only when the text changes, so an unchanged rule set does not recompile the engine.
    func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        if (try? String(contentsOf: url, encoding: .utf8)) != text {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }
    try write(source, to: arguments[3])
    var lexicon = LexiconCompiler()
    let folder = ((arguments[1] as NSString).deletingLastPathComponent as NSString).appendingPathComponent("lexicon")
    try lexicon.read(folder: folder)
    try write(LexiconCompiler.emitSwift(lexicon.tables, typeName: "GeneratedLexicon"), to: arguments[4])
    let rulesFolder = (arguments[1] as NSString).deletingLastPathComponent
    let weightsPath = ((rulesFolder as NSString).appendingPathComponent("model") as NSString).appendingPathComponent("names-context.weights")
    var model: ContextModelCompiler.Model? = nil
    if FileManager.default.fileExists(atPath: weightsPath) {
        guard let text = try? String(contentsOfFile: weightsPath, encoding: .utf8) else {
            throw RuleFileError(.unreadable, file: weightsPath, line: nil, "cannot be read as UTF-8")
        }
        model = try ContextModelCompiler.decode(text, path: weightsPath)
    }
    try write(ContextModelCompiler.emitSwift(model, typeName: "GeneratedContextModel"), to: arguments[5])
} catch let error as RuleFileError {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(78)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
