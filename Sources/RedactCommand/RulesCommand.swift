import ArgumentParser
import Redact

/// `redact rules …`: inspect and check rule sets.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check or list rule sets.",
        subcommands: [Check.self, List.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile a rule set and run every rule's examples.",
            discussion: """
                With no PATH, checks the built-in default set. Each PATH (a rule file or a folder) is \
                layered over the default set as --rules would be, unless --no-default-rules. Exits 0 \
                when every example passes, 1 when some fail, 78 when a file is malformed (the message \
                names the file, line and rule).
                """
        )

        @OptionGroup var engineOptions: EngineOptions

        @Argument(help: ArgumentHelp("Rule files or folders.", valueName: "PATH"))
        var paths: [String] = []

        func run() throws {
            var options = engineOptions
            options.rulePaths += paths
            let engine = try options.engine()
            let report = RuleExampleChecker(engine: engine).check()
            for failure in report.failures { print("FAIL \(failure)") }
            print("\(report.rulesChecked) rules, \(report.examplesChecked) examples: \(report.examplesChecked - report.failures.count) passed, \(report.failures.count) failed")
            if !report.failures.isEmpty { throw Exit.checkFailed }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules of the active set.")

        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            let engine = try engineOptions.engine()
            for rule in engine.configuration.rules.rules {
                print("\(rule.id)\t\(rule.label)\t\(rule.kind.rawValue)\t\(rule.languages.joined(separator: ","))\t\(rule.location)")
            }
        }
    }
}
