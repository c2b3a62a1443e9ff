import Foundation
import Testing

/// Builds and runs every example under Examples/ the way its README says, against the products
/// of this build (the folder holding `redact` and libCRedact.so), and checks what they print.
@Suite(.serialized) struct ExamplesTests {
    static let examples = RedactBinary.root.appendingPathComponent("Examples")
    static let bin = RedactBinary.url.deletingLastPathComponent()
    static let library = bin.appendingPathComponent("libCRedact.so")

    /// The originals in the examples' synthetic texts that must never reach an output.
    static let originals = ["123 45 67", "345-67-89", "elcin@example.az", "ivan.petrov@example.ru", "info.desk@example.az"]

    /// The library, or nil after recording why it is missing.
    static func requireLibrary() -> URL? {
        guard FileManager.default.fileExists(atPath: library.path) else {
            Issue.record("\(library.path) does not exist: build the CRedact product (swift build) before the tests")
            return nil
        }
        return library
    }

    // MARK: Swift package

    @Test func swiftPackageExampleBuildsAndRedacts() throws {
        guard let swift = ExampleRun.tool("swift") else {
            Issue.record("swift is not on PATH: the Swift package example was not built")
            return
        }
        // Its own scratch folder inside the repository's .build: it builds Redact and its
        // dependencies once (minutes), then only what changed.
        let scratch = RedactBinary.root.appendingPathComponent(".build/examples-swift")
        // SwiftPM keeps the build plan of a path dependency until a manifest changes, so a
        // source file added to Redact since the last run would be missing from it (`cannot find
        // … in scope`). Without the plan it plans again; compiled objects are still reused.
        for plan in ["debug.yaml", "x86_64-unknown-linux-gnu/debug/description.json", "aarch64-unknown-linux-gnu/debug/description.json"] {
            try? FileManager.default.removeItem(at: scratch.appendingPathComponent(plan))
        }
        let build = try ExampleRun.run([swift, "build", "--package-path", Self.examples.appendingPathComponent("swift-package").path,
                                        "--scratch-path", scratch.path], timeout: 14 * 60)
        try #require(build.status == 0, "swift build of Examples/swift-package failed:\n\(build.stdout)\n\(build.stderr)")
        let executable = scratch.appendingPathComponent("debug/RedactExample").path
        let run = try ExampleRun.run([executable], timeout: 120)
        #expect(run.status == 0, "\(run.stderr)")
        let again = try ExampleRun.run([executable], timeout: 120)
        #expect(again.stdout == run.stdout, "a fixed key gives the same output in every run")

        let sections = ExampleRun.sections(run.stdout)
        let output = try #require(sections["output"])
        for tag in ["[PHONE-1]", "[PHONE-2]", "[PHONE-3]", "[EMAIL-1]", "[DATE]"] {
            #expect(output.contains(tag), "\(tag) missing from: \(output)")
        }
        let streamedSection = sections["streamed"] ?? ""
        for original in Self.originals + ["Elçin Qasımova", "500100732259", "5 March 2023"] {
            #expect(!output.contains(original) && !streamedSection.contains(original), "\(original) leaked")
        }

        // Every span line: the lengths in the three units agree with the span's own text, the
        // spans come in order without overlapping, and each replacement is in the output in order.
        let pattern = #/^(\w+) \[([\w.-]+)\] "(.*)" -> "(.*)" utf8 (\d+)\.\.<(\d+) utf16 (\d+)\.\.<(\d+) codepoints (\d+)\.\.<(\d+)$/#
        let lines = try #require(sections["spans"]).split(separator: "\n")
        var labels: Set<String> = []
        var lastEnd = (utf8: 0, utf16: 0, scalars: 0)
        var searchFrom = output.startIndex
        for line in lines {
            let match = try #require(try pattern.wholeMatch(in: String(line)), "unexpected span line: \(line)")
            let text = String(match.3), replacement = String(match.4)
            let utf8 = Int(match.5)!..<Int(match.6)!, utf16 = Int(match.7)!..<Int(match.8)!, scalars = Int(match.9)!..<Int(match.10)!
            labels.insert(String(match.1))
            #expect(utf8.count == text.utf8.count && utf16.count == text.utf16.count && scalars.count == text.unicodeScalars.count, "\(line)")
            #expect(utf8.lowerBound >= lastEnd.utf8 && utf16.lowerBound >= lastEnd.utf16 && scalars.lowerBound >= lastEnd.scalars)
            // Before a span there are at least as many bytes as UTF-16 units as code points.
            #expect(utf8.lowerBound >= utf16.lowerBound && utf16.lowerBound >= scalars.lowerBound)
            lastEnd = (utf8.upperBound, utf16.upperBound, scalars.upperBound)
            let found = try #require(output.range(of: replacement, range: searchFrom..<output.endIndex), "\(replacement) not in output")
            searchFrom = found.upperBound
        }
        #expect(labels.isSuperset(of: ["PERSON", "PHONE", "EMAIL", "DATE", "NATIONAL_ID"]), "\(labels)")
        // The text streamed in 7-byte chunks comes out as the whole text did, in one run.
        let streamed = try #require(sections["streamed"])
        #expect(streamed.hasPrefix(output))
        #expect(streamed.hasSuffix("A last line: write to [EMAIL-2]\n"))
    }

    // MARK: C

    @Test func cExampleBuildsAndRedacts() throws {
        guard let library = Self.requireLibrary() else { return }
        guard let make = ExampleRun.tool("make"), ExampleRun.tool("cc") != nil else {
            Issue.record("make or cc is not on PATH: the C example was not built")
            return
        }
        let dir = try RedactBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = dir.appendingPathComponent("redact_example").path
        let build = try ExampleRun.run([make, "-C", Self.examples.appendingPathComponent("c").path,
                                        "BIN=\(library.deletingLastPathComponent().path)", "OUT=\(program)",
                                        "CFLAGS=-std=c11 -Wall -Wextra -Werror -O2"], timeout: 120)
        try #require(build.status == 0, "make failed:\n\(build.stdout)\n\(build.stderr)")
        let run = try ExampleRun.run([program], timeout: 120)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Redact 0.1.0, C ABI 1 (header 1)"))
        let sections = ExampleRun.sections(run.stdout)
        let text = try #require(sections.first { $0.key.hasPrefix("redact_text") }?.value)
        #expect(text == "Call [PHONE-1] or write to [EMAIL-1] on [DATE].\nЗвоните [PHONE-2], пишите [EMAIL-2].\n")
        #expect(try #require(sections["session"]) == "First call: [PHONE-1].\nSecond call: a new number [PHONE-2], then [PHONE-1] again.\n")
        let stream = try #require(sections["stream, fed 5 bytes at a time"])
        #expect(stream == "SOURCE: Write to [EMAIL-1] or call [PHONE-1].\nKAYNAK: [PHONE-2] numarasından aradılar.\n"
                + "A last line without a line end: mail [EMAIL-2]\n")
        #expect(sections["invalid UTF-8"] == "REDACT_ERROR_INVALID_UTF8: invalid UTF-8 at byte offset 25\n")
        for original in Self.originals {
            #expect(!text.contains(original) && !stream.contains(original), "\(original) leaked")
        }

        // The JSON of redact_detect_json: offsets in each unit slice the input to the span's text.
        let json = try #require(sections["redact_detect_json"]).trimmingCharacters(in: .newlines)
        try ExampleRun.expectSpans(json: Data(json.utf8), input: "Ə😀 mail elcin@example.az", count: 1)
    }

    // MARK: Python

    @Test func pythonExampleRedactsThroughCtypes() throws {
        guard let library = Self.requireLibrary() else { return }
        guard let python = ExampleRun.tool("python3") else {
            Issue.record("python3 is not on PATH: the Python example was not run")
            return
        }
        let script = Self.examples.appendingPathComponent("python/redact_ctypes.py").path
        let run = try ExampleRun.run([python, script], environment: ["REDACT_LIB": library.path], timeout: 120)
        #expect(run.status == 0, "\(run.stderr)")
        let sections = ExampleRun.sections(run.stdout)
        let redacted = "[PERSON-1]: call [PHONE-1] or write to [EMAIL].\n[PERSON-2]: звоните [PHONE-2]. 😀 [PERSON-3]: [PHONE-3].\n"
        #expect(sections["redact"] == redacted)
        #expect(sections["a stream fed 4 bytes at a time"] == redacted)
        let spans = try #require(sections["detect: spans with code point offsets, which index Python strings"])
        #expect(spans.split(separator: "\n").count == 7)  // three speakers, three phones, an e-mail
        #expect(spans.contains("'+994 50 123 45 67'      -> [PHONE-1]  code points 12..29, utf-8 13..30, utf-16 12..29"))
        #expect(sections["errors"] == "REDACT_ERROR_INVALID_UTF8: invalid UTF-8 at byte offset 3\nREDACT_ERROR_KEY\n")
        for original in Self.originals {
            #expect(!(sections["redact"] ?? "").contains(original) && !(sections["a stream fed 4 bytes at a time"] ?? "").contains(original))
        }

        // The wrapper as a user imports it: path as an argument, sessions, streams, errors.
        let check = """
            import sys
            sys.path.insert(0, sys.argv[1])
            from redact_ctypes import Redactor, RedactError, load
            lib = load(sys.argv[2])
            with Redactor(key=bytes(range(32)), operators={None: "tag", "email": "mask"}, lib=lib) as r:
                text = "Ə😀 mail elcin@example.az, tel +994 50 123 45 67"
                found = r.detect(text)
                assert [text[s["start"]:s["end"]] for s in found["spans"]] == ["elcin@example.az", "+994 50 123 45 67"], found
                assert found["output"] == "Ə😀 mail ****************, tel [PHONE-1]", found["output"]
                assert len(r.rules_digest) == 64
                session = r.session()
                assert session.redact("a +994 50 123 45 67") == "a [PHONE-1]"
                assert session.redact("b +994 55 765 43 21, +994 50 123 45 67") == "b [PHONE-2], [PHONE-1]"
                stream = session.stream(line_buffered=True)
                assert stream.feed("c +994 50 123") == b""
                assert stream.feed(" 45 67\\nd +994 55") == b"c [PHONE-1]\\n"
                assert stream.finish() == b"d +994 55"
                stream.close()
                stream = session.stream()
                try:
                    stream.feed(b"one +994 50 123 45 67\\ntwo \\xff three\\n")
                    stream.finish()
                    raise SystemExit("no error")
                except RedactError as error:
                    assert error.status == 4 and error.partial == b"one [PHONE-1]\\n", (error.status, error.partial)
                    assert "byte offset 26" in str(error) and "three" not in str(error), str(error)
                stream.close()
                session.close()
            for bad in [dict(operators={None: "scramble"}), dict(key=b"short"), dict(rules=["/nonexistent/rules.yaml"])]:
                try:
                    Redactor(lib=lib, **bad)
                    raise SystemExit(f"no error for {bad}")
                except RedactError as error:
                    print(error.name)
            print("api ok")
            """
        let api = try ExampleRun.run([python, "-c", check, Self.examples.appendingPathComponent("python").path, library.path], timeout: 120)
        #expect(api.status == 0, "\(api.stderr)")
        #expect(api.stdout == "REDACT_ERROR_INVALID_ARGUMENT\nREDACT_ERROR_KEY\nREDACT_ERROR_RULES\napi ok\n", "\(api.stderr)")
    }

    // MARK: Shell

    @Test func shellExampleCleansTheTranscript() throws {
        guard ExampleRun.tool("bash") != nil, ExampleRun.tool("python3") != nil else {
            Issue.record("bash or python3 is not on PATH: the shell example was not run")
            return
        }
        let dir = try RedactBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = Self.examples.appendingPathComponent("shell/clean-transcript.sh").path
        let transcript = Self.examples.appendingPathComponent("transcript.txt")
        let environment = ["REDACT": RedactBinary.url.path]
        let run = try ExampleRun.run(["bash", script, transcript.path, dir.path], environment: environment, timeout: 120)
        #expect(run.status == 0, "\(run.stderr)")

        let key = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("key").path)
        #expect((key[.posixPermissions] as? Int) == 0o600)
        let clean = try String(contentsOf: dir.appendingPathComponent("transcript.clean"), encoding: .utf8)
        let original = try String(contentsOf: transcript, encoding: .utf8)
        #expect(clean.split(separator: "\n", omittingEmptySubsequences: false).count
                == original.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(clean.contains("\nQ: Thank you for meeting us.") && clean.contains("\nA: "))
        #expect(!clean.contains("\r") && !clean.contains("SOURCE:") && !clean.contains("KAYNAK:"))
        for leaked in Self.originals + ["4111 1111 1111 1111", "AZ21 NABZ", "10000000146", "500100732259", "5ZK7R2B", "192.168.10.24"] {
            #expect(!clean.contains(leaked), "\(leaked) leaked into transcript.clean")
        }
        // Text that is not identifying passes through.
        #expect(clean.contains("the emergency number is 102."))

        // spans.json: one document per line; offsets slice the line; with the same key file the
        // detect run chose the same stand-ins as the filter run.
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("spans.json"))) as? [[String: Any]])
        #expect(documents.count == original.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
        var total = 0
        for document in documents {
            let text = try #require(document["text"] as? String)
            let spans = try ExampleRun.expectSpans(object: document, input: text)
            total += spans.count
            for span in spans where ["PHONE", "EMAIL", "IBAN", "CARD"].contains(span["label"] as? String) {
                #expect(clean.contains(span["replacement"] as! String), "\(span)")
            }
        }
        #expect(total >= 25, "only \(total) spans")
        let labels = try String(contentsOf: dir.appendingPathComponent("labels.txt"), encoding: .utf8)
        #expect(labels.contains(" PHONE\n") && labels.contains(" EMAIL\n"))

        // A second run reuses the key and gives the same transcript.
        let again = try ExampleRun.run(["bash", script, transcript.path, dir.path], environment: environment, timeout: 120)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("transcript.clean"), encoding: .utf8) == clean)
    }
}

/// Runs example tools (compilers, interpreters, the examples' programs) with a time limit.
enum ExampleRun {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable `name` on PATH, or nil.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `command` (an absolute path, or a name looked up on PATH) and waits for it, killing
    /// it after `timeout` seconds. `environment` is added to this process's environment.
    static func run(_ command: [String], environment: [String: String] = [:], directory: URL? = nil,
                    timeout: TimeInterval) throws -> Result {
        let process = Process()
        let executable = command[0].hasPrefix("/") ? command[0] : (tool(command[0]) ?? command[0])
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(command.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe(), stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let timedOut = LockedData()
        let killer = DispatchWorkItem {
            guard process.isRunning else { return }
            timedOut.set(Data([1]))
            process.terminate()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        while !errorData.isSet { usleep(1000) }
        var errorText = String(decoding: errorData.get(), as: UTF8.self)
        if timedOut.isSet {
            Issue.record("\(command.joined(separator: " ")) did not finish within \(Int(timeout)) seconds")
            errorText += "\n(killed after \(Int(timeout)) seconds)"
        }
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: errorText)
    }

    /// The examples print sections headed `-- NAME --`: their bodies by name.
    static func sections(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var name: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") {
                name = String(line.dropFirst(3).dropLast(3))
                result[name!] = ""
            } else if let current = name {
                result[current]! += line + "\n"
            }
        }
        // A blank line separates sections: it belongs to none.
        for (key, value) in result where value.hasSuffix("\n\n") { result[key] = String(value.dropLast()) }
        return result
    }

    /// Checks that each span's offsets, in code points, UTF-8 bytes and UTF-16 units, slice
    /// `input` to the span's text; returns the spans.
    @discardableResult
    static func expectSpans(object: [String: Any], input: String) throws -> [[String: Any]] {
        let spans = try #require(object["spans"] as? [[String: Any]])
        let utf8 = Array(input.utf8), utf16 = Array(input.utf16), scalars = Array(input.unicodeScalars)
        for span in spans {
            let text = try #require(span["text"] as? String)
            func range(_ start: String, _ end: String) throws -> Range<Int> {
                let lower = try #require(span[start] as? Int), upper = try #require(span[end] as? Int)
                try #require(0 <= lower && lower <= upper)
                return lower..<upper
            }
            let bytes = try range("utf8_start", "utf8_end"), units = try range("utf16_start", "utf16_end")
            let points = try range("start", "end")
            try #require(bytes.upperBound <= utf8.count && units.upperBound <= utf16.count && points.upperBound <= scalars.count)
            #expect(String(decoding: utf8[bytes], as: UTF8.self) == text)
            #expect(String(decoding: utf16[units], as: UTF16.self) == text)
            #expect(String(String.UnicodeScalarView(scalars[points])) == text)
            #expect((span["replacement"] as? String).map { !$0.isEmpty && $0 != text } == true)
        }
        if let output = object["output"] as? String {
            for span in spans { #expect(output.contains(span["replacement"] as! String)) }
        }
        return spans
    }

    static func expectSpans(json: Data, input: String, count: Int) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let spans = try expectSpans(object: object, input: input)
        #expect(spans.count == count)
    }
}
