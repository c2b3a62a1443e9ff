import Foundation
import Testing
import Redact

@Suite struct FilterCommandTests {
    @Test func filterIsTheDefaultCommandAndReadsFilesLikeCat() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        try "mail elcin@example.az\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "again elcin@example.az, end".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let implicit = try RedactBinary.run(["--key-file", key, "a.txt", "b.txt"], directory: dir)
        let explicit = try RedactBinary.run(["filter", "--key-file", key, "a.txt", "-", "b.txt"], input: "stdin line\n", directory: dir)
        #expect(implicit.status == 0)
        let lines = implicit.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2)
        #expect(!implicit.text.contains("elcin@example.az"))
        // One run: the same address gets the same stand-in in both files.
        let standIn = lines[0].dropFirst("mail ".count)
        #expect(lines[1] == "again \(standIn), end")
        #expect(explicit.text == "mail \(standIn)\nstdin line\nagain \(standIn), end")
    }

    @Test func doubleDashRedactsAFileNamedLikeACommand() throws {
        let dir = try RedactBinary.temporaryDirectory()
        try "x@example.org\n".write(to: dir.appendingPathComponent("rules"), atomically: true, encoding: .utf8)
        let result = try RedactBinary.run(["--", "rules"], directory: dir)
        #expect(result.status == 0)
        #expect(result.text.hasSuffix("\n") && !result.text.contains("x@example.org") && result.text.contains("@example."))
    }

    @Test func invalidUTF8StopsBeforeTheBadLineAndNamesTheOffset() throws {
        var input = Data("first line a@example.org\nsecond ".utf8)
        input.append(0xFF)
        input.append(contentsOf: Array(" secret@example.org\nthird\n".utf8))
        let result = try RedactBinary.run(["--line-buffered"], input: input)
        #expect(result.status == 65)
        #expect(result.stderr.contains("byte offset 32"))
        #expect(!result.text.contains("secret") && !result.text.contains("second") && !result.text.contains("third"))
        #expect(result.text.hasPrefix("first line ") && !result.text.contains("a@example.org"))
        #expect(!result.stderr.contains("secret"))
    }

    @Test func missingFileExits66() throws {
        let result = try RedactBinary.run(["/nonexistent/file.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/file.txt"))
    }

    @Test func keysMakeRunsRepeatableAndRandomKeysDoNot() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let input = "write to someone@example.az\n"
        let a = try RedactBinary.run(["--key-file", key], input: input)
        let b = try RedactBinary.run(["--key-file", key], input: input)
        #expect(a.status == 0 && a.text == b.text && a.text != input)
        let c = try RedactBinary.run([], input: input)
        let d = try RedactBinary.run([], input: input)
        #expect(c.text != d.text)
    }

    @Test func keygenWritesAPrivateKeyAndNeverOverwrites() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let path = dir.appendingPathComponent("k").path
        #expect(try RedactBinary.run(["keygen", path]).status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        #expect(contents.count == 65 && contents.hasSuffix("\n"))
        let again = try RedactBinary.run(["keygen", path])
        #expect(again.status == 73)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == contents)
        #expect(try RedactBinary.run(["--key-file", path], input: "x\n").status == 0)
    }

    @Test func keyFilesReadableByOthersAreRefused() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let path = try RedactBinary.keyFile(in: dir)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let result = try RedactBinary.run(["--key-file", path], input: "a@example.org\n")
        #expect(result.status == 78)
        #expect(result.stderr.contains("chmod 600"))
        #expect(result.stdout.isEmpty)
    }

    @Test func versionPrintsTheRuleSetDigest() throws {
        let plain = try RedactBinary.run(["--version"])
        #expect(plain.status == 0)
        #expect(plain.text.hasPrefix("redact "))
        let digest = plain.text.split(separator: "\n").first { $0.hasPrefix("rules:") }
        #expect(digest?.contains("sha256:") == true)
        let dir = try RedactBinary.temporaryDirectory()
        let extra = dir.appendingPathComponent("extra.yaml")
        try """
            format: redact-rules/1
            disable: [email]
            """.write(to: extra, atomically: true, encoding: .utf8)
        let changed = try RedactBinary.run(["--version", "--rules", extra.path])
        #expect(changed.status == 0)
        #expect(changed.text.split(separator: "\n").first { $0.hasPrefix("rules:") } != digest)
    }

    /// The stand-in scheme is printed with the rules digest, can be pinned to an older version,
    /// and an unknown version is refused before any input is read.
    @Test func theStandInSchemeIsPrintedAndPinned() throws {
        func schemeLine(_ arguments: [String]) throws -> String? {
            let run = try RedactBinary.run(arguments + ["--version"])
            #expect(run.status == 0)
            return run.text.split(separator: "\n").first { $0.hasPrefix("stand-ins:") }.map(String.init)
        }
        #expect(try schemeLine([])?.hasPrefix("stand-ins: scheme \(StandInScheme.current) ") == true)
        #expect(try schemeLine(["--stand-in-scheme", "1"])?.hasPrefix("stand-ins: scheme 1 ") == true)
        let unknown = try RedactBinary.run(["--stand-in-scheme", "99"], input: "Elçin Hüseynov dedi.\n")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--stand-in-scheme 99"))
        #expect(unknown.stdout.isEmpty)
    }

    @Test func lineBufferedWritesEachLineBeforeTheNextArrives() throws {
        let process = Process()
        process.executableURL = RedactBinary.url
        process.arguments = ["--line-buffered", "--operator", "redact"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        defer { process.terminate() }
        let reader = stdout.fileHandleForReading
        for i in 0..<3 {
            stdin.fileHandleForWriting.write(Data("line \(i) a\(i)@example.org\n".utf8))
            // Read exactly one line back while stdin stays open.
            var line = Data()
            while !line.hasSuffix([0x0A]) {
                let byte = reader.readData(ofLength: 1)
                if byte.isEmpty { break }
                line.append(byte)
            }
            #expect(String(decoding: line, as: UTF8.self) == "line \(i) [EMAIL]\n")
        }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func protectedNamesAreReplacedWhereNoRuleFires() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let list = dir.appendingPathComponent("sources.txt")
        try "# our sources\nElçin Hüseynov\nElchin Huseynov\nЭльчин Гусейнов\n".write(to: list, atomically: true, encoding: .utf8)
        let input = "ELÇİN HÜSEYNOV said; Elchin Huseynov agreed; Эльчин Гусейнов too. Later Elçin alone, and Гусейнову.\n"
        let result = try RedactBinary.run(["--protect", list.path, "--operator", "redact"], input: input)
        #expect(result.status == 0)
        // The protected name's words are known names: alone and inflected they are replaced too.
        #expect(result.text == "[PERSON] said; [PERSON] agreed; [PERSON] too. Later [PERSON] alone, and [PERSON].\n")
        let missing = try RedactBinary.run(["--protect", dir.appendingPathComponent("nope").path], input: "x")
        #expect(missing.status == 66 && missing.stdout.isEmpty)
    }

    @Test func statsCountLabelsOnStandardErrorWithoutValues() throws {
        let result = try RedactBinary.run(["--stats"], input: "a@example.org b@example.org +994 50 123 45 67\n")
        #expect(result.status == 0)
        #expect(result.stderr == "redact: replaced 3: EMAIL 2, PHONE 1\n")
        #expect(!result.text.contains("example.org b"))
    }

    @Test func jobsGiveByteIdenticalOutput() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let transcript = try String(contentsOf: RedactBinary.root.appendingPathComponent("Examples/transcript.txt"), encoding: .utf8)
        // About 1.5 MB: enough for the parallel path (4 × 64 KiB per job) many times over.
        var input = ""
        for i in 0..<400 { input += transcript.replacingOccurrences(of: "123 45 67", with: "\(100 + i % 800) 45 67") }
        let one = try RedactBinary.run(["--key-file", key, "--jobs", "1", "--operator", "PHONE=tag"], input: input)
        let two = try RedactBinary.run(["--key-file", key, "--jobs", "2", "--operator", "PHONE=tag"], input: input)
        let three = try RedactBinary.run(["--key-file", key, "--jobs", "3", "--operator", "PHONE=tag"], input: input)
        #expect(one.status == 0 && !one.stdout.isEmpty)
        #expect(two.stdout == one.stdout && three.stdout == one.stdout)
        #expect(one.text.contains("[PHONE-800]"))  // 800 distinct numbers were numbered in order
        #expect(try RedactBinary.run(["--jobs", "0"], input: "x").status == 64)
    }

    @Test func inPlaceRewritesFilesAndKeepsTheirMode() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try "mail a@example.org\n".write(to: a, atomically: true, encoding: .utf8)
        try "call +994 50 123 45 67\n".write(to: b, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: a.path)
        let result = try RedactBinary.run(["--in-place", "--operator", "redact", a.path, b.path])
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(try String(contentsOf: a, encoding: .utf8) == "mail [EMAIL]\n")
        #expect(try String(contentsOf: b, encoding: .utf8) == "call [PHONE]\n")
        #expect((try FileManager.default.attributesOfItem(atPath: a.path)[.posixPermissions] as? Int) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.txt", "b.txt"])
        #expect(try RedactBinary.run(["--in-place"], input: "x").status == 64)
    }

    @Test func inPlaceLeavesABadFileAsItWas() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.txt")
        let original = Data("mail a@example.org\nbad \u{FF}".utf8) + Data([0xFF, 0x0A])
        try original.write(to: file)
        let result = try RedactBinary.run(["--in-place", file.path])
        #expect(result.status == 65)
        #expect(try Data(contentsOf: file) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bad.txt"])
    }

    @Test func inPlaceKilledMidWayLeavesTheOriginalWhole() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("big.txt")
        let transcript = try String(contentsOf: RedactBinary.root.appendingPathComponent("Examples/transcript.txt"), encoding: .utf8)
        let original = Data(String(repeating: transcript, count: 4000).utf8)  // about 6 MB
        try original.write(to: file)
        let process = Process()
        process.executableURL = RedactBinary.url
        process.arguments = ["--in-place", "--jobs", "1", file.path]
        try process.run()
        usleep(300_000)
        let killedWhileRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedWhileRunning, "the rewrite finished before it could be interrupted; make the file larger")
        // The original is intact byte for byte; only the hidden temporary file may remain.
        #expect(try Data(contentsOf: file) == original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "big.txt" }
        #expect(leftovers.allSatisfy { $0.hasPrefix(".big.txt.redact-") })
    }

    @Test func unknownOperatorIsAUsageError() throws {
        let result = try RedactBinary.run(["--operator", "PHONE=shred"], input: "x")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown operator 'shred'"))
    }
}

extension Data {
    func hasSuffix(_ bytes: [UInt8]) -> Bool { count >= bytes.count && Array(suffix(bytes.count)) == bytes }
}
