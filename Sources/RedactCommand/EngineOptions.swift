import ArgumentParser
import Foundation
import Redact
import RedactRules

/// The options every command that redacts shares: which rules, which key, which operators.
struct EngineOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A rule file or folder layered over the default rules (repeatable).", valueName: "PATH"))
    var rulePaths: [String] = []

    @Flag(name: .customLong("no-default-rules"), help: "Use only the --rules files, not the built-in default set.")
    var noDefaultRules = false

    @Option(name: .customLong("key-file"), help: ArgumentHelp(
        "A key (32 bytes, raw or 64 hex digits; mode 600) for stand-ins that are the same in every run. Without it each run draws a fresh random key.",
        valueName: "FILE"))
    var keyFile: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp(
        "pseudonym, tag, redact or mask, for every label, or LABEL=OPERATOR for one (repeatable). Default: pseudonym.",
        valueName: "[LABEL=]OP"))
    var operators: [String] = []

    @Option(name: .customLong("protect"), help: ArgumentHelp(
        "A file of names that must always be replaced, one spelling per line (repeatable); '#' starts a comment.",
        valueName: "FILE"))
    var protectFiles: [String] = []

    @Option(name: .customLong("allow"), help: ArgumentHelp(
        "A file of names that must stay, one per line (repeatable): public officials quoted on the record. Protected names win.",
        valueName: "FILE"))
    var allowFiles: [String] = []

    @Option(name: .customLong("stand-in-scheme"), help: ArgumentHelp(
        "The version of the stand-in choice to use (\(StandInScheme.supported.lowerBound)–\(StandInScheme.supported.upperBound); default \(StandInScheme.current)): pin the one an archive was redacted with, so that the same key gives the same stand-ins. `redact --version` prints the current one.",
        valueName: "N"))
    var standInScheme: Int?

    /// These options as command-line arguments, to pass on to another `redact` run.
    var arguments: [String] {
        var out: [String] = []
        for path in rulePaths { out += ["--rules", path] }
        if noDefaultRules { out.append("--no-default-rules") }
        if let keyFile { out += ["--key-file", keyFile] }
        for op in operators { out += ["--operator", op] }
        for file in protectFiles { out += ["--protect", file] }
        for file in allowFiles { out += ["--allow", file] }
        if let standInScheme { out += ["--stand-in-scheme", String(standInScheme)] }
        return out
    }

    /// The names from `--protect` files.
    func protectedNames() throws -> [String] { try names(in: protectFiles, kind: "protected-names") }

    /// The names from `--allow` files.
    func allowedNames() throws -> [String] { try names(in: allowFiles, kind: "allowed-names") }

    /// One name per line of each file; `#` starts a comment line.
    private func names(in files: [String], kind: String) throws -> [String] {
        var names: [String] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                complain("cannot read \(kind) file \(path)")
                throw Exit.noInput
            }
            guard let text = String(validating: Array(data), as: UTF8.self) else {
                complain("\(kind) file \(path) is not valid UTF-8")
                throw Exit.dataError
            }
            for line in text.split(whereSeparator: \.isNewline) {
                let name = line.trimmingCharacters(in: .whitespaces)
                if !name.isEmpty && !name.hasPrefix("#") { names.append(name) }
            }
        }
        return names
    }

    /// The composed rule set.
    func ruleSet() throws(RuleFileError) -> RuleSetSpec {
        if rulePaths.isEmpty && !noDefaultRules { return DefaultRules.spec }
        var composer = RuleSetComposer()
        if !noDefaultRules { composer.add(base: DefaultRules.spec) }
        for path in rulePaths { try composer.add(path: path) }
        return try composer.build(name: noDefaultRules ? "custom" : "default+custom")
    }

    /// The scheme from `--stand-in-scheme`, the current one without it.
    func scheme() throws -> StandInScheme {
        guard let standInScheme else { return .current }
        guard let scheme = StandInScheme(version: standInScheme) else {
            throw ValidationError("--stand-in-scheme \(standInScheme): this release reproduces schemes \(StandInScheme.supported.lowerBound) to \(StandInScheme.supported.upperBound)")
        }
        return scheme
    }

    /// The operator table from `--operator`.
    func operatorTable() throws -> OperatorTable {
        var table = OperatorTable()
        for entry in operators {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts.last!
            guard let op = RedactionOperator(rawValue: name) else {
                throw ValidationError("unknown operator '\(name)' in --operator \(entry); expected one of: \(RedactionOperator.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if parts.count == 2 { table.byLabel[parts[0].uppercased()] = op } else { table.defaultOperator = op }
        }
        return table
    }

    /// The key from `--key-file`, or a fresh random one.
    func key() throws -> RedactionKey {
        guard let keyFile else { return .random() }
        var info = stat()
        guard stat(keyFile, &info) == 0 else {
            complain("cannot read key file \(keyFile): \(String(cString: strerror(errno)))")
            throw Exit.config
        }
        if info.st_mode & 0o077 != 0 {
            complain("refusing key file \(keyFile): it is readable or writable by others (mode \(String(info.st_mode & 0o777, radix: 8))); run: chmod 600 \(keyFile)")
            throw Exit.config
        }
        guard let data = FileManager.default.contents(atPath: keyFile) else {
            complain("cannot read key file \(keyFile)")
            throw Exit.config
        }
        do {
            return try RedactionKey(fileContents: Array(data))
        } catch {
            complain("key file \(keyFile): \(error)")
            throw Exit.config
        }
    }

    /// The engine for these options; reports a bad rule file and exits with `Exit.config`.
    /// `outputRepertoire`: what the output charset can hold, so stand-ins fit it.
    func engine(outputRepertoire: CharacterRepertoire? = nil) throws -> RedactionEngine {
        let table = try operatorTable()
        let key = try key()
        let names = try protectedNames()
        let allowed = try allowedNames()
        let scheme = try scheme()
        do {
            let rules = try ruleSet()
            var configuration = RedactionConfiguration(rules: rules, operators: table, key: key, protectedNames: names, allowedNames: allowed)
            configuration.outputRepertoire = outputRepertoire
            configuration.standInScheme = scheme
            return try RedactionEngine(configuration: configuration)
        } catch {
            complain(error.description)
            throw Exit.config
        }
    }
}
