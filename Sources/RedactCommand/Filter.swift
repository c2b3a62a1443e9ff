import ArgumentParser
import Foundation
import Redact

/// `redact [FILE…]`: the streaming filter.
struct Filter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filter",
        abstract: "Redact files or standard input to standard output (the default command).",
        discussion: """
            Reads in blocks and writes each block of whole lines once it is redacted, so memory \
            stays bounded and an identifier is never cut by a read. On invalid UTF-8 the filter \
            stops with exit code 65 and the byte offset; what it wrote before is complete and \
            redacted, the line with the bad byte and everything after it are not written.
            """
    )

    @OptionGroup var engineOptions: EngineOptions

    @OptionGroup(title: "Formats") var formatOptions: FormatOptions

    @Flag(name: .customLong("line-buffered"), help: "Write each line as soon as it is complete (for interactive pipelines).")
    var lineBuffered = false

    @Option(name: .customLong("jobs"), help: ArgumentHelp(
        "Threads that detect in parallel (default: the number of cores). Output is byte-identical to --jobs 1; --line-buffered works on one thread.",
        valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("in-place"), help: "Rewrite each FILE with its redacted text (through a temporary file and a rename: a failure leaves the file as it was). A symbolic link's target is rewritten; a file with other hard links is refused.")
    var inPlace = false

    @Flag(name: .customLong("single-pass"), help: "Read each file once: names found late in a file are then replaced only from there on (see README, \"Names\").")
    var singlePass = false

    @Option(name: .customLong("date-scope"), help: ArgumentHelp(
        "What one date offset covers: key (every document redacted with the key; the default) or document (each input file, by its --document-id or else its path as given, so one true date reveals only its own document's).",
        valueName: "key|document"))
    var dateScope: DateScope = .key

    @Option(name: .customLong("document-id"), help: ArgumentHelp(
        "With --date-scope document: the id that keys the input's date offset (one input; required for standard input). The same id under the same key moves dates alike on every machine.",
        valueName: "ID"))
    var documentID: String?

    @Option(name: .customLong("date-id-field"), help: ArgumentHelp(
        "With --date-scope document and JSON Lines: the field (a path, as for --field) whose string or number is each record's document id, so that each record moves its dates by its own offset. A record without one stops the run.",
        valueName: "PATH"))
    var dateIDField: String?

    @Flag(name: .customLong("stats"), help: "At the end, print how many spans of each label were replaced to standard error (never the values).")
    var stats = false

    @Flag(name: .customLong("version"), help: "Print the version and the digest of the active rule set.")
    var version = false

    @Argument(help: ArgumentHelp("Files to redact, in order, like cat; '-' or none for standard input.", valueName: "FILE"))
    var files: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if inPlace && (files.isEmpty || files.contains("-")) {
            throw ValidationError("--in-place needs file arguments, not standard input")
        }
        if documentID != nil && dateScope != .document {
            throw ValidationError("--document-id keys a document's dates: give it with --date-scope document")
        }
        if let dateIDField {
            guard dateScope == .document else {
                throw ValidationError("--date-id-field keys each record's dates: give it with --date-scope document")
            }
            guard FieldPath(dateIDField) != nil else { throw ValidationError("--date-id-field: '\(dateIDField)' is no field path") }
        }
        if dateScope == .document {
            if documentID != nil && files.count > 1 {
                throw ValidationError("--document-id names one document: give one input, or leave it out to key each file by its path")
            }
            if documentID == nil && dateIDField == nil && (files.isEmpty || files.contains("-")) {
                throw ValidationError("--date-scope document on standard input needs --document-id: standard input has no name of its own")
            }
        }
    }

    func run() throws {
        let engine = try engineOptions.engine(outputRepertoire: formatOptions.outputRepertoire())
        if version {
            let rules = engine.configuration.rules
            print("redact \(redactVersion)")
            print("rules: \(rules.name), \(rules.rules.count) rules, sha256:\(engine.ruleSetDigest)")
            print("stand-ins: scheme \(engine.configuration.standInScheme) (this release reproduces \(StandInScheme.supported.lowerBound)–\(StandInScheme.supported.upperBound))")
            print("ICU \(TextServices.icuVersion)")
            return
        }
        let session = engine.makeSession()
        var output = Output()
        var block = [UInt8](repeating: 0, count: 1 << 16)
        for path in files.isEmpty ? ["-"] : files {
            if inPlace {
                try rewrite(path, session: session, block: &block)
                continue
            }
            let input: InputFile
            do { input = try InputFile(path: path) } catch {
                try? output.flush()
                complain("\(error.path): \(error.reason)")
                throw Exit.noInput
            }
            defer { input.closeFile() }
            let redactor = try start(input, session: session, block: &block)
            var redacted: [UInt8] = []
            do {
                try pump(input, through: redactor, to: &output, block: &block, pending: &redacted, flushEachWrite: lineBuffered)
            } catch let error as InvalidUTF8 {
                // What the redactor completed before the bad line is redacted and may go out.
                try? output.write(redacted, now: true)
                complain("\(input.name == "-" ? "standard input" : input.name): invalid UTF-8 at byte offset \(error.offset); output stops before the line that holds it")
                throw Exit.dataError
            } catch let error as RecordError {
                // The records before the bad one are complete and redacted.
                try? output.write(redacted, now: true)
                complain("\(input.name == "-" ? "standard input" : input.name): \(error); output stops before the record that holds it")
                throw Exit.dataError
            } catch let error as TranscodingError {
                try? output.write(redacted, now: true)
                let stop = error.code == .unmappable ? "output stops there" : "output stops before the line that holds it"
                complain("\(input.name == "-" ? "standard input" : input.name): \(error.message); \(stop)")
                throw Exit.dataError
            } catch let error as InputError {
                try? output.flush()
                complain("\(error.path): \(error.reason)")
                throw Exit.ioError
            } catch let error as OutputError {
                complain("cannot write standard output: \(error.reason)")
                throw Exit.ioError
            }
        }
        do { try output.flush() } catch {
            complain("cannot write standard output: \(error.reason)")
            throw Exit.ioError
        }
        warnAboutExhaustedRules(session)
        if stats {
            let counts = session.replacedCounts.sorted { $0.key < $1.key }
            let total = counts.reduce(0) { $0 + $1.value }
            // The figures were asked for: if they cannot be written, the run did not do its job.
            var line = Array("redact: replaced \(total): \(counts.isEmpty ? "nothing" : counts.map { "\($0.key) \($0.value)" }.joined(separator: ", "))\n".utf8)
            guard line.withUnsafeMutableBytes({ writeAll(2, UnsafeRawBufferPointer($0)) }) else { throw Exit.ioError }
        }
        // The process ends here: its session's tables (learned names, stand-ins, analyses, up
        // to hundreds of MB on a large run) are left to the exit, not freed one by one.
        _ = Unmanaged.passRetained(session)
    }

    /// Redacts `path` into a temporary file beside it and renames that over it only when all of
    /// it is redacted and on disk: an error or an interruption leaves the original untouched
    /// and no temporary file behind (except after a hard kill, as a hidden `.NAME.redact-*`).
    ///
    /// The raw text must not survive under another name: a symbolic link is followed and the
    /// file it points to is rewritten (the link stays); a file with other hard links is refused,
    /// since a rename would leave them holding the raw text; the owner, group and mode are kept,
    /// or the file is left as it was.
    func rewrite(_ path: String, session: RedactionSession, block: inout [UInt8]) throws {
        guard let resolved = realpath(path, nil) else {
            complain("\(path): \(String(cString: strerror(errno)))")
            throw Exit.noInput
        }
        let target = String(cString: resolved)
        free(resolved)
        let input: InputFile
        do { input = try InputFile(path: target) } catch {
            complain("\(path): \(error.reason)")
            throw Exit.noInput
        }
        defer { input.closeFile() }
        var info = stat()
        guard fstat(input.fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            complain("\(path): --in-place needs a regular file")
            throw Exit.noInput
        }
        guard info.st_nlink <= 1 else {
            complain("\(path): the file has \(info.st_nlink) hard links, and rewriting it would leave the others with the unredacted text; redact it to a new file instead (redact FILE > NEW), or remove the other links")
            throw Exit.cannotCreate
        }
        let url = URL(fileURLWithPath: target)
        var template = Array(url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).redact-XXXXXX").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            complain("\(path): cannot create a temporary file beside it: \(String(cString: strerror(errno)))")
            throw Exit.cannotCreate
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var renamed = false
        defer {
            close(fd)
            if !renamed { unlink(temporary) }
        }
        var output = Output()
        output.fd = fd
        let redactor = try start(input, session: session, block: &block)
        var redacted: [UInt8] = []
        do {
            try pump(input, through: redactor, to: &output, block: &block, pending: &redacted, flushEachWrite: false)
            try output.flush()
        } catch let error as InvalidUTF8 {
            complain("\(path): invalid UTF-8 at byte offset \(error.offset); the file is left as it was")
            throw Exit.dataError
        } catch let error as RecordError {
            complain("\(path): \(error); the file is left as it was")
            throw Exit.dataError
        } catch let error as TranscodingError {
            complain("\(path): \(error.message); the file is left as it was")
            throw Exit.dataError
        } catch let error as InputError {
            complain("\(error.path): \(error.reason); the file is left as it was")
            throw Exit.ioError
        } catch let error as OutputError {
            complain("\(path): cannot write the temporary file: \(error.reason); the file is left as it was")
            throw Exit.ioError
        }
        // Owner and group first: a new file gets ours, which could open it to other readers.
        guard fchown(fd, info.st_uid, info.st_gid) == 0 else {
            complain("\(path): cannot keep the file's owner and group (\(String(cString: strerror(errno)))); it is left as it was")
            throw Exit.ioError
        }
        guard fchmod(fd, info.st_mode & 0o7777) == 0, fsync(fd) == 0, rename(temporary, target) == 0 else {
            complain("\(path): cannot replace the file: \(String(cString: strerror(errno))); it is left as it was")
            throw Exit.ioError
        }
        renamed = true
    }

    /// Gets the session ready for `input` (a new document under `--scope document`, its names
    /// learned first when it is read twice) and returns the redactor for its format.
    func start(_ input: InputFile, session: RedactionSession, block: inout [UInt8]) throws -> InputPipeline {
        let format = formatOptions.recordFormat(formatOptions.format(of: input.name))
        if dateIDField != nil, !(format.map { if case .jsonLines = $0 { true } else { false } } ?? false) {
            complain("\(input.name): --date-id-field needs JSON Lines (--format jsonl, or a .jsonl name)")
            throw Exit.usage
        }
        let perRecord = formatOptions.scope == .document && (format?.recordIsDocument ?? false)
        if formatOptions.scope == .document { session.startDocument() }
        if dateScope == .document { session.dateDocument = documentID ?? input.name }
        // Records that are documents of their own are each learned before they are replaced.
        let readTwice = !lineBuffered && !singlePass && !perRecord
        // Plain text keeps what the first reading detected, so the second only links and writes.
        let kept = readTwice && format == nil ? KeptDetections() : nil
        if readTwice { try learnNames(of: input, format: format, session: session, block: &block, keepingIn: kept) }
        let redactor = InputRedactor(session: session, format: format, lineBuffered: lineBuffered, jobs: jobs, recordsAreDocuments: perRecord,
                                     dateIDField: dateIDField.flatMap(FieldPath.init))
        if case .text(let text) = redactor { text.keptDetections = kept }
        return InputPipeline(decoder: try formatOptions.makeDecoder(), redactor: redactor, encoder: try formatOptions.makeEncoder())
    }

    /// The first of the two readings of a regular file: learns its names, writes nothing, and
    /// rewinds it, so that a name first found late in the file is replaced where it came earlier
    /// too. Standard input and other streams cannot be read twice: there the window held back is
    /// a block (see `StreamingRedactor`). A read error or a bad byte stops the learning; the
    /// second reading then reports it. What it detects is kept in `kept`, when given, for the
    /// second reading.
    func learnNames(of input: InputFile, format: RecordFormat?, session: RedactionSession, block: inout [UInt8],
                    keepingIn kept: KeptDetections? = nil) throws {
        var info = stat()
        guard fstat(input.fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, lseek(input.fd, 0, SEEK_CUR) == 0 else { return }
        let redactor = InputRedactor(session: session, format: format, lineBuffered: false, jobs: jobs, recordsAreDocuments: false,
                                     learnsOnly: true)
        if case .text(let text) = redactor { text.keptDetections = kept }
        let learner = InputPipeline(decoder: try formatOptions.makeDecoder(), redactor: redactor, encoder: nil)
        var nothing: [UInt8] = []
        do {
            while true {
                let n = try block.withUnsafeMutableBytes { buffer throws(InputError) in try input.read(into: buffer) }
                if n == 0 { break }
                try learner.feed(block[..<n], into: &nothing)
            }
            try learner.finish(into: &nothing)
        } catch {
            // Reported by the second reading.
        }
        lseek(input.fd, 0, SEEK_SET)
    }

    /// Reads `input` to its end through `redactor` into `output`. On an error, `pending` holds
    /// what the redactor completed but was not yet written (the lines before a bad byte).
    func pump(_ input: InputFile, through redactor: InputPipeline, to output: inout Output, block: inout [UInt8],
              pending: inout [UInt8], flushEachWrite: Bool) throws {
        while true {
            let n = try block.withUnsafeMutableBytes { buffer throws(InputError) in try input.read(into: buffer) }
            if n == 0 { break }
            try redactor.feed(block[..<n], into: &pending)
            try output.write(pending, now: flushEachWrite)
            pending.removeAll(keepingCapacity: true)
        }
        try redactor.finish(into: &pending)
        try output.write(pending, now: flushEachWrite)
        pending.removeAll(keepingCapacity: true)
    }
}
