import Foundation
import FuzzSupport
import Redact
import RedactRules

/// The rule-file reader and compiler: any bytes as a rule file. Properties: no crash; a file
/// that reads and composes either compiles or fails with a `RuleFileError` naming the file;
/// an engine that compiles redacts a fixed text, and its rules' examples and backtracking
/// probes run, without hanging (every search has a step limit).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let yaml = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let spec: RuleSetSpec
    do {
        // Includes are not followed: the fuzzer must not read the machine's files.
        let file = try RuleFileReader.parse(yaml, path: "fuzz.yaml")
        var composer = RuleSetComposer()
        try composer.apply(file)
        spec = try composer.build(name: "fuzz")
    } catch {
        if error.file != "fuzz.yaml" && !error.file.hasPrefix("<") { Fuzz.fail("error names another file: \(error)") }
        return 0
    }
    guard let engine = try? RedactionEngine(configuration: RedactionConfiguration(rules: spec)) else { return 0 }
    _ = engine.redact("Call +994 50 123 45 67 or mail elcin@example.az, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")
    _ = RuleExampleChecker(engine: engine).check()
    return 0
}

exit(Fuzz.runDriver { data, size in fuzzRules(data, size) })
