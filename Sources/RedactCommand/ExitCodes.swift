import ArgumentParser
import Redact

/// Exit codes, from BSD's sysexits.h so scripts can tell failures apart (documented in README).
enum Exit {
    /// Rule examples failed (`rules check`).
    static let checkFailed = ExitCode(1)
    /// A gate failed: `eval` found the leak rate higher than the baseline's.
    static let failed = ExitCode(1)
    /// Bad command line (ArgumentParser uses the same).
    static let usage = ExitCode(64)
    /// Input that is not valid UTF-8 or not valid JSON Lines.
    static let dataError = ExitCode(65)
    /// An input file that does not exist or cannot be opened.
    static let noInput = ExitCode(66)
    /// An output file that cannot be created (`keygen` onto an existing file).
    static let cannotCreate = ExitCode(73)
    /// Reading or writing failed.
    static let ioError = ExitCode(74)
    /// A rule file or key file that cannot be used.
    static let config = ExitCode(78)
}

/// Writes `message` to standard error as `redact: message`. Never pass input text here.
func complain(_ message: String) {
    var line = Array("redact: \(message)\n".utf8)
    _ = line.withUnsafeMutableBytes { writeAll(2, UnsafeRawBufferPointer($0)) }
}

/// Names each rule whose search hit the regex step limit in `session`: the engine replaced the
/// text that rule was searching whole (fail closed), and the rule's author must fix it.
func warnAboutExhaustedRules(_ session: RedactionSession) {
    for (rule, count) in session.exhaustedRules.sorted(by: { $0.key < $1.key }) {
        complain("warning: rule '\(rule)' hit the regex step limit \(count) time\(count == 1 ? "" : "s"): the text it was searching was replaced whole by its [LABEL]; fix the pattern (`redact rules check` names patterns that backtrack)")
    }
}
