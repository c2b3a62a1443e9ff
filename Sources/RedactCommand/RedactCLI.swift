import ArgumentParser
import Redact

/// The version of this build of Redact.
let redactVersion = RedactLibrary.version

@main
struct RedactCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Find names, phone numbers and other identifying details in text and replace them with consistent stand-ins.",
        discussion: """
            With no command, redact is a filter: it reads the files (or standard input) and writes \
            the redacted text to standard output. 'redact -- NAME' redacts a file called NAME even \
            when NAME is also a command.

            Exit codes: 0 success; 1 rule examples failed (rules check) or the leak rate rose (eval); 64 usage; 65 input is not \
            valid UTF-8 or JSON Lines; 66 an input cannot be opened; 73 an output cannot be created; \
            74 a read or write failed; 78 a rule file or key file cannot be used.
            """,
        subcommands: [Filter.self, Detect.self, Eval.self, Bench.self, RulesCommand.self, Keygen.self, Train.self],
        defaultSubcommand: Filter.self
    )

    static func main() {
        returnFreedMemoryEarly()
        var arguments = Array(CommandLine.arguments.dropFirst())
        // `redact -- rules` must redact a file named `rules`, not run the subcommand.
        if arguments.first == "--" { arguments.insert("filter", at: 0) }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
