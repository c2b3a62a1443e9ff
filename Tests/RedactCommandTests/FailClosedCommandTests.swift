import Foundation
import Testing

/// The holes found by attacking the filter (issue "Fail closed, whatever the input"): each test
/// failed on the main branch before its fix. The filter either writes no unredacted text or
/// stops with a non-zero exit code.
@Suite struct FailClosedCommandTests {
    // MARK: 1. JSON Lines records without the selected field

    @Test func jsonlRecordWithoutTheSelectedFieldStopsTheFilter() throws {
        let secret = "Elçin Hüseynov +994 50 123 45 67"
        let cases: [(arguments: [String], input: String, says: String)] = [
            (["--format", "jsonl", "--field", "txt"], "{\"text\": \"\(secret)\"}\n", "('txt')"),
            (["--format", "jsonl"], "{\"content\": \"\(secret)\"}\n", "its keys: content"),
            (["--format", "jsonl"], "{\"messages\": [{\"content\": \"\(secret)\"}]}\n", "its keys: messages"),
            (["--format", "jsonl"], "[\"\(secret)\"]\n", "not an object"),
        ]
        for (arguments, input, says) in cases {
            let result = try RedactBinary.run(arguments, input: input)
            #expect(result.status == 65, "\(input): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(input)")
            #expect(result.stderr.contains("no selected field") && result.stderr.contains(says), "\(result.stderr)")
            #expect(!result.stderr.contains("Hüseynov") && !result.stderr.contains("123 45"))
        }
        // The records before the bad one are written, redacted; nothing of it or after it.
        let mixed = "{\"text\": \"call +994 50 123 45 67\"}\n{\"content\": \"\(secret)\"}\n{\"text\": \"ok\"}\n"
        let result = try RedactBinary.run(["--format", "jsonl", "--operator", "redact"], input: mixed)
        #expect(result.status == 65)
        #expect(result.text == "{\"text\": \"call [PHONE]\"}\n")
    }

    @Test func jsonlSelectedFieldHoldingANumberStopsTheFilter() throws {
        for value in ["994501234567", "true", "-1.5e3"] {
            let result = try RedactBinary.run(["--format", "jsonl"], input: "{\"text\": \(value)}\n")
            #expect(result.status == 65, "\(value)")
            #expect(result.stdout.isEmpty && result.stderr.contains("not a string"), "\(result.stderr)")
        }
    }

    @Test func jsonlRecordsWithNothingToLeakOrAnExistingFieldPass() throws {
        // No string at all, a null field, an empty selected array, one of two fields present.
        let input = "{\"id\": 5}\n{\"text\": null, \"n\": 1}\n{\"text\": \"\", \"who\": \"x\"}\n[]\n"
        let result = try RedactBinary.run(["--format", "jsonl"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text == input)
        let two = try RedactBinary.run(["--format", "jsonl", "--field", "text", "--field", "meta.author", "--operator", "redact"],
                                       input: "{\"text\": \"mail a@example.org\", \"meta\": {}}\n")
        #expect(two.status == 0 && two.text == "{\"text\": \"mail [EMAIL]\", \"meta\": {}}\n", "\(two.stderr)")
    }

    // MARK: 4. --in-place on links

    @Test func inPlaceFollowsASymbolicLinkAndRedactsItsTarget() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let target = dir.appendingPathComponent("target.txt"), link = dir.appendingPathComponent("link.txt")
        try "call +994 50 123 45 67\n".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "target.txt")
        let result = try RedactBinary.run(["--in-place", "--operator", "redact", link.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "call [PHONE]\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "target.txt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["link.txt", "target.txt"])
    }

    @Test func inPlaceRefusesAFileWithOtherHardLinks() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        let original = "call +994 50 123 45 67\n"
        try original.write(to: a, atomically: true, encoding: .utf8)
        try FileManager.default.linkItem(at: a, to: b)
        let result = try RedactBinary.run(["--in-place", a.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("2 hard links"), "\(result.stderr)")
        #expect(try String(contentsOf: a, encoding: .utf8) == original)
        #expect(try String(contentsOf: b, encoding: .utf8) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.txt", "b.txt"])
    }

    @Test func inPlaceKeepsOwnerAndGroup() throws {
        // Runs where the test may give a file away (as root, as CI does); elsewhere the
        // ownership a rename would change is our own, and there is nothing to observe.
        guard getuid() == 0 else { return }
        let dir = try RedactBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("owned.txt")
        try "call +994 50 123 45 67\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(chown(file.path, 4242, 4343) == 0)
        let result = try RedactBinary.run(["--in-place", "--operator", "redact", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat(file.path, &info) == 0)
        #expect(info.st_uid == 4242 && info.st_gid == 4343)
        #expect(try String(contentsOf: file, encoding: .utf8) == "call [PHONE]\n")
    }

    // MARK: 5. Catastrophic backtracking in a user rule

    static let backtrackingRules = """
        format: redact-rules/1
        name: backtracking
        rules:
          - id: test.nested
            label: SECRET
            kind: pattern
            pattern: '(a+)+$'
            examples:
              match: ["x [[aaa]]"]
          - id: test.alternation
            label: SECRET
            kind: pattern
            pattern: '(a|aa)+b'
            examples:
              match: ["x [[aab]]"]

        """

    @Test func rulesCheckRefusesPatternsThatBacktrackWithoutEnd() throws {
        let dir = try RedactBinary.temporaryDirectory()
        try Self.backtrackingRules.write(to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try RedactBinary.run(["rules", "check", "bad.yaml"], directory: dir)
        #expect(result.status == 1)
        for id in ["test.nested", "test.alternation"] {
            #expect(result.text.contains("rule '\(id)': the pattern backtracks without end"), "\(result.text)")
        }
        // The default rules pass the same probes.
        let defaults = try RedactBinary.run(["rules", "check"])
        #expect(defaults.status == 0, "\(defaults.text)")
    }

    @Test func aRuleThatHitsTheStepLimitFailsClosedAndIsNamed() throws {
        let dir = try RedactBinary.temporaryDirectory()
        try Self.backtrackingRules.write(to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        // 31 bytes of the line hung the filter before the limit.
        let input = String(repeating: "a", count: 30) + "!\ncall +994 50 123 45 67\n"
        let result = try RedactBinary.run(["--rules", "bad.yaml", "--operator", "PHONE=redact"], input: input, directory: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // The rule has no trigger, so it was searching the whole text: every line of it is
        // replaced, line ends kept; nothing it could have matched is left.
        #expect(result.text == "[SECRET]\n[SECRET]\n")
        #expect(result.stderr.contains("rule 'test.nested' hit the regex step limit"), "\(result.stderr)")
    }

    // MARK: 9. Keys that are not random, figures that cannot be written

    @Test func keyFilesThatDoNotLookRandomAreRefused() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let contents: [String: Data] = [
            "zeros": Data(repeating: 0, count: 32),
            "passphrase": Data("my very secret newsroom phrase!!".utf8),
            "hex-zeros": Data((String(repeating: "0", count: 64) + "\n").utf8),
        ]
        for (name, data) in contents {
            let path = dir.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]))
            let result = try RedactBinary.run(["--key-file", path], input: "call +994 50 123 45 67\n")
            #expect(result.status == 78, "\(name)")
            #expect(result.stdout.isEmpty && result.stderr.contains("does not look random"), "\(name): \(result.stderr)")
        }
    }

    @Test func phoneShapesThatPassedGetTheSameStandIn() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let input = "a +994 50 123 45 67 .\nb 994501234567 .\nc +994 5O 123 45 67 .\nd (+994) 50 123 45 67 .\ne (+994) 50 1234567 .\n"
        let result = try RedactBinary.run(["--key-file", key], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.text.split(separator: "\n").map { String($0.dropFirst(2).dropLast(2)) }
        #expect(!result.text.contains("123 45 67") && !result.text.contains("1234567"), "\(result.text)")
        // One number, one stand-in: the same digits in each layout, in Azerbaijan (+994).
        let digits = lines.map { $0.filter(\.isNumber) }
        #expect(Set(digits).count == 1, "\(lines)")
        #expect(digits[0].hasPrefix("994") && digits[0].count == 12)
        #expect(lines[0].hasPrefix("+994 ") && lines[3].hasPrefix("(+994) ") && lines[4].hasPrefix("(+994) "), "\(lines)")
    }

    @Test func statsThatCannotBeWrittenFailTheRun() throws {
        let process = Process()
        process.executableURL = RedactBinary.url
        process.arguments = ["--stats"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
            Issue.record("/dev/full cannot be opened")
            return
        }
        process.standardError = full
        try process.run()
        input.fileHandleForWriting.write(Data("mail a@example.org\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
    }

    // MARK: 6. An engine with no rules

    @Test func noRulesAtAllIsRefused() throws {
        let result = try RedactBinary.run(["--no-default-rules"], input: "call +994 50 123 45 67\n")
        #expect(result.status == 78)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no rules"), "\(result.stderr)")
        let detect = try RedactBinary.run(["detect", "--no-default-rules"], input: "x\n")
        #expect(detect.status == 78)
    }
}
