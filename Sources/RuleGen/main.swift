// RuleGen: composes the default rule set from Rules/ and writes it as Swift source.
//
// Usage: RuleGen <Rules/default.yaml> <package root> <output.swift>
// Run by DefaultRulesPlugin at build time; a malformed rule file fails the build with the
// file, line and rule id.
import Foundation
import RedactRules

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: RuleGen <Rules/default.yaml> <package root> <output.swift>\n".utf8))
    exit(64)
}
do {
    var composer = RuleSetComposer()
    try composer.add(path: arguments[1])
    let spec = try composer.build(name: "default")
    let source = SwiftSourceEmitter.emit(spec, typeName: "GeneratedDefaultRules", root: arguments[2])
    let url = URL(fileURLWithPath: arguments[3])
    // Rewrite only when the text changes, so an unchanged rule set does not recompile the engine.
    if (try? String(contentsOf: url, encoding: .utf8)) != source {
        try source.write(to: url, atomically: true, encoding: .utf8)
    }
} catch let error as RuleFileError {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(78)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
