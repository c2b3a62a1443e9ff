import ArgumentParser

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
