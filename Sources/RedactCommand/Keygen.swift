import ArgumentParser
import Foundation
import Redact

/// `redact keygen FILE`: a new random key, readable by its owner only.
struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new random key (64 hex digits, mode 600) for --key-file.",
        discussion: "Refuses to overwrite an existing file: losing a key makes earlier stand-ins impossible to reproduce."
    )

    @Argument(help: ArgumentHelp("Where to write the key.", valueName: "FILE"))
    var file: String

    func run() throws {
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else {
            complain("cannot create key file \(file): \(String(cString: strerror(errno)))")
            throw Exit.cannotCreate
        }
        defer { close(fd) }
        let text = Array((RedactionKey.random().hex + "\n").utf8)
        let ok = text.withUnsafeBytes { writeAll(fd, $0) }
        guard ok, fsync(fd) == 0 else {
            complain("cannot write key file \(file): \(String(cString: strerror(errno)))")
            throw Exit.ioError
        }
    }
}
