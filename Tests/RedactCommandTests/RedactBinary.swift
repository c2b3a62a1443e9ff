import Foundation

/// Runs the built `redact` executable, as a user's shell would.
enum RedactBinary {
    /// The package root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `redact` executable next to the test bundle (SwiftPM puts all products in one folder).
    static let url: URL = {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.appendingPathComponent("redact"))
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("redact"))
        for argument in CommandLine.arguments.prefix(1) {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("redact"))
        }
        candidates.append(root.appendingPathComponent(".build/debug/redact"))
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        return candidates.last!
    }()

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs `redact arguments` with `input` on standard input, in `directory` if given.
    static func run(_ arguments: [String], input: Data = Data(), directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read concurrently so large inputs cannot deadlock on full pipes.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: out, stderr: String(decoding: errorData.get(), as: UTF8.self))
    }

    static func run(_ arguments: [String], input: String, directory: URL? = nil) throws -> Result {
        try run(arguments, input: Data(input.utf8), directory: directory)
    }

    /// A fresh empty folder, inside one folder of this test process that is removed when the
    /// process exits (so that test runs leave nothing behind in the temporary folder).
    static func temporaryDirectory() throws -> URL {
        let url = scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// This process's folder for `temporaryDirectory()`, removed at exit.
    private static let scratch: URL = {
        atexit { try? FileManager.default.removeItem(at: RedactBinary.scratchURL(pid: getpid())) }
        return scratchURL(pid: getpid())
    }()

    private static func scratchURL(pid: Int32) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("redact-tests-\(pid)")
    }

    /// A key file with mode 600.
    /// A private key file of 32 fixed bytes that look random (a repeated byte would be refused),
    /// different for each `byte`.
    static func keyFile(in directory: URL, byte: UInt8 = 7) throws -> String {
        let path = directory.appendingPathComponent("key-\(byte)").path
        let bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 73 + Int(byte) * 151 + 17) }
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return path
    }
}

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var done = false

    func set(_ value: Data) {
        lock.lock(); defer { lock.unlock() }
        data = value
        done = true
    }

    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return done }

    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
