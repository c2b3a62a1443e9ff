import ArgumentParser
import Foundation
import Redact

/// `redact bench CORPUS`: times the filter on a corpus, on one core and on all of them, as a
/// user would run it (a child process each time, so every run's peak memory is its own).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput (MB/s, documents/s), peak memory and start-up time on a corpus.",
        discussion: """
            Runs `redact` on CORPUS (plain text, or JSON Lines with --format jsonl or a .jsonl \
            name) with output thrown away, --runs times with --jobs 1 and as many with every core, \
            alternating, and reports the best and median wall time, MB/s, documents (JSON lines, \
            or lines of text) per second and the peak resident memory of each run; and the median \
            start-up time of `echo hi | redact` over 10 runs. The corpus is streamed, so it may be \
            of any size. Rule and key options are passed on to every run. Figures on a shared \
            machine vary: compare builds as ratios within one bench run.
            """
    )

    @OptionGroup var engineOptions: EngineOptions

    @Argument(help: ArgumentHelp("The corpus to redact.", valueName: "CORPUS"))
    var corpus: String

    @Option(name: .customLong("format"), help: "text or jsonl (default: from the extension).")
    var format: InputFormat = .auto

    @Option(name: .customLong("field"), help: ArgumentHelp("JSON Lines fields to redact (repeatable; default: text).", valueName: "PATH"))
    var fields: [String] = []

    @Option(name: .customLong("runs"), help: "Runs of each configuration (default 3).")
    var runs = 3

    @Option(name: .customLong("jobs"), help: "The 'all cores' configuration's --jobs (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("single-pass"), help: "Pass --single-pass to the filter (one reading of the corpus).")
    var singlePass = false

    @Flag(name: .customLong("json"), help: "Print the figures as JSON.")
    var json = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// One configuration's runs.
    struct Timing: Codable {
        var jobs: Int
        var seconds: [Double]
        var peakRSSBytes: [Int]
        var best: Double { seconds.min() ?? 0 }
        var median: Double { seconds.sorted()[seconds.count / 2] }

        enum CodingKeys: String, CodingKey {
            case jobs, seconds
            case peakRSSBytes = "peak_rss_bytes"
        }
    }

    func run() throws {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        guard let size = Eval.size(of: corpus) else {
            complain("\(corpus): cannot be read")
            throw Exit.noInput
        }
        let chosen = format == .auto ? InputFormat.detect(path: corpus) : format
        let documents = try Self.countDocuments(corpus)
        var passOn = engineOptions.arguments
        if chosen != .text { passOn += ["--format", chosen.rawValue] }
        for field in fields { passOn += ["--field", field] }
        if singlePass { passOn.append("--single-pass") }

        // Start-up: `echo hi | redact`, ten times.
        let hi = FileManager.default.temporaryDirectory.appendingPathComponent("redact-bench-hi-\(getpid())")
        try Data("hi\n".utf8).write(to: hi)
        defer { try? FileManager.default.removeItem(at: hi) }
        var startups: [Double] = []
        for _ in 0..<10 { startups.append(try Self.spawn(executable, engineOptions.arguments, stdin: hi.path, progress: nil).seconds) }

        var one = Timing(jobs: 1, seconds: [], peakRSSBytes: [])
        var all = Timing(jobs: jobs, seconds: [], peakRSSBytes: [])
        let readings = singlePass ? 1 : 2
        for run in 0..<runs {
            // Alternating, so that a noisy spell of the machine hits both configurations alike.
            for j in jobs > 1 ? [1, jobs] : [1] {
                let progress = Progress(label: "bench run \(run + 1)/\(runs), --jobs \(j)", total: size * readings)
                let result = try Self.spawn(executable, passOn + ["--jobs", String(j), corpus], stdin: "/dev/null", progress: progress)
                progress.finish()
                guard result.status == 0 else {
                    complain("redact exited with \(result.status) on \(corpus): run it alone to see why")
                    throw Exit.dataError
                }
                if j == 1 {
                    one.seconds.append(result.seconds)
                    one.peakRSSBytes.append(result.peakRSS)
                } else {
                    all.seconds.append(result.seconds)
                    all.peakRSSBytes.append(result.peakRSS)
                }
            }
        }
        let startup = startups.sorted()[startups.count / 2]
        if json {
            struct Report: Codable {
                var corpus: String
                var bytes: Int
                var documents: Int
                var startupSeconds: Double
                var oneCore: Timing
                var allCores: Timing
                enum CodingKeys: String, CodingKey {
                    case corpus, bytes, documents
                    case startupSeconds = "startup_seconds"
                    case oneCore = "one_core"
                    case allCores = "all_cores"
                }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            let data = try encoder.encode(Report(corpus: corpus, bytes: size, documents: documents, startupSeconds: startup,
                                                 oneCore: one, allCores: all))
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let unit = chosen == .jsonl ? "documents" : "lines"
        print("corpus: \(corpus), \(String(format: "%.1f", Double(size) / 1_000_000)) MB, \(documents) \(unit)")
        print("start-up (echo hi | redact, median of 10): \(String(format: "%.0f", startup * 1000)) ms")
        for timing in [one, all] where !timing.seconds.isEmpty {
            let mbps = Double(size) / 1_000_000 / timing.median
            print(String(format: "--jobs %-2d  median %.2f s (best %.2f s)  %.2f MB/s  %.0f %@/s  peak RSS %.1f MiB",
                         timing.jobs, timing.median, timing.best, mbps, Double(documents) / timing.median, unit,
                         Double(timing.peakRSSBytes.max() ?? 0) / 1_048_576))
        }
        if !all.seconds.isEmpty && jobs > 1 {
            print(String(format: "speed-up with --jobs %d: ×%.2f (medians)", jobs, one.median / all.median))
        }
    }

    /// JSON lines or text lines, counted in one streaming pass.
    static func countDocuments(_ path: String) throws -> Int {
        let input: InputFile
        do { input = try InputFile(path: path) } catch {
            complain("\(error.path): \(error.reason)")
            throw Exit.noInput
        }
        defer { input.closeFile() }
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var lines = 0
        var last: UInt8 = 0x0A
        while true {
            let n = try block.withUnsafeMutableBytes { buffer throws(InputError) in try input.read(into: buffer) }
            if n == 0 { break }
            for b in block[..<n] where b == 0x0A { lines += 1 }
            last = block[n - 1]
        }
        return lines + (last == 0x0A ? 0 : 1)
    }

    /// Runs `executable arguments` with stdin from `stdin` and stdout to /dev/null; its wall
    /// time, peak RSS (from wait4) and exit status. With `progress`, shows how much of the input
    /// the child has read (from /proc/PID/io).
    static func spawn(_ executable: String, _ arguments: [String], stdin: String, progress: Progress?) throws -> (seconds: Double, peakRSS: Int, status: Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            complain("cannot run \(executable): \(String(cString: strerror(spawned)))")
            throw Exit.ioError
        }
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let done = wait4(pid, &status, progress == nil ? 0 : WNOHANG, &usage)
            if done == pid { break }
            if done < 0 && errno != EINTR {
                complain("waiting for \(executable): \(String(cString: strerror(errno)))")
                throw Exit.ioError
            }
            if let progress, let io = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8),
               let line = io.split(separator: "\n").first(where: { $0.hasPrefix("rchar:") }),
               let read = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) {
                progress.set(bytes: read)
            }
            usleep(100_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (seconds, Int(usage.ru_maxrss) * 1024, exitStatus)
    }
}
