import Foundation
import Testing

/// The filter on structured files and legacy charsets, as a pipeline would run it.
@Suite struct FormatCommandTests {
    @Test func formatsComeFromTheExtensionAndUntouchedFilesStayByteIdentical() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let files = [
            "a.jsonl": "{\"id\": 1, \"text\": \"The rain came early.\", \"score\": 0.50}\n{\"text\":\"\\u00e7ay\"}\n",
            "b.csv": "id,note\r\n1,\"the rain, \"\"mostly\"\"\nin spring\"\r\n",
            "c.srt": "1\n00:00:01,000 --> 00:00:04,000\n<i>The rain</i> came.\n",
            "d.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:04.000 align:start\n<c.x>The rain</c> came.\n",
        ]
        for (name, content) in files {
            try content.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let result = try RedactBinary.run([name], directory: dir)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.text == content, "\(name)")
        }
    }

    @Test func jsonlFieldsAndBrokenLines() throws {
        let input = """
            {"id": "a", "text": "Elçin Hüseynov called +994 50 123 45 67.", "note": {"by": "Elçin Hüseynov"}}
            {"id": "b", "text": "Elchin Huseynov is in Ganja."

            """
        let result = try RedactBinary.run(["--format", "jsonl", "--field", "text", "--field", "note.by"], input: input)
        #expect(result.status == 65)
        #expect(result.stderr.contains("standard input: line 2 (byte offset "))
        #expect(result.stderr.contains("',' or '}' was expected"))
        // The good first line is written, redacted; nothing of the broken one.
        let lines = result.text.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("{\"id\": \"a\", \"text\": \"") && !result.text.contains("Hüseynov") && !result.text.contains("123 45 67"))
        #expect(!result.text.contains("Ganja"))
        let usage = try RedactBinary.run(["--format", "csv", "--field", "text"], input: "x")
        #expect(usage.status == 64)
    }

    @Test func csvColumnsAndSpeakerNamesInSubtitles() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let csv = try RedactBinary.run(["--key-file", key, "--format", "csv", "--column", "who"],
                                       input: "when,who\n2024,Elçin Hüseynov\n2025,\"Hüseynov, Elçin\"\n")
        #expect(csv.status == 0)
        let rows = csv.text.split(separator: "\n")
        #expect(rows[0] == "when,who" && rows[1].hasPrefix("2024,") && rows[2].hasPrefix("2025,\""))
        #expect(!csv.text.contains("Hüseynov"))
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Elçin Hüseynov>Salam.\n\n00:00:03.000 --> 00:00:04.000\nElçin Hüseynov gəldi.\n"
        let result = try RedactBinary.run(["--key-file", key, "--format", "vtt"], input: vtt)
        #expect(result.status == 0)
        let voice = try #require(result.text.split(separator: "\n").first { $0.hasPrefix("<v ") })
        let name = voice.dropFirst(3).prefix { $0 != ">" }
        #expect(name != "Elçin Hüseynov")
        #expect(result.text.contains("\n\(name) gəldi.\n"))
    }

    @Test func legacyCharsetsInAndOut() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let text = "Эльчин Гусейнов живёт в Гяндже, тел. +994 50 123 45 67.\nElçin Hüseynov Gəncədə yaşayır.\n"
        let cp1251 = try #require(text.replacingOccurrences(of: "Elçin Hüseynov Gəncədə yaşayır.", with: "Elchin Huseynov lives in Ganja.")
            .data(using: .windowsCP1251))
        let result = try RedactBinary.run(["--key-file", key, "--encoding", "windows-1251"], input: cp1251)
        #expect(result.status == 0, "\(result.stderr)")
        let decoded = try #require(String(data: result.stdout, encoding: .windowsCP1251))
        #expect(!decoded.contains("Гусейнов") && !decoded.contains("Huseynov") && decoded.contains(" живёт в "))
        // UTF-8 in, windows-1251 out: the stand-ins for Azerbaijani names are written in letters
        // the charset has; the `ş` and `ı` of the ordinary words cannot be, and stop the output.
        let out = try RedactBinary.run(["--key-file", key, "--output-encoding", "windows-1251"], input: text)
        #expect(out.status == 65)
        #expect(out.stderr.contains("cannot be written in"))
        let written = try #require(String(data: out.stdout, encoding: .windowsCP1251))
        #expect(written.hasSuffix(" живёт в ") == false && written.contains(" живёт в ") && !written.contains("Hüseynov"))
        // Bad bytes: fail with the offset, or replace.
        let bad = Data("ok\n".utf8) + Data([0xFF]) + Data(" x\n".utf8)
        let failed = try RedactBinary.run([], input: bad)
        #expect(failed.status == 65 && failed.text == "ok\n" && failed.stderr.contains("byte offset 3"))
        let replaced = try RedactBinary.run(["--on-invalid", "replace"], input: bad)
        #expect(replaced.status == 0 && replaced.text == "ok\n\u{FFFD} x\n")
        let unknown = try RedactBinary.run(["--encoding", "no-such-charset"], input: "x")
        #expect(unknown.status == 64 && unknown.stderr.contains("no charset called 'no-such-charset'"))
    }

    /// `redact … | head` ends quietly: no message when the reader goes away.
    @Test func aClosedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let binary = RedactBinary.url.path
        process.arguments = ["-c", "yes 'Call +994 50 123 45 67 or mail elcin@example.az.' | head -n 200000 | '\(binary)' | head -n 1"]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: out, as: UTF8.self).split(separator: "\n").count == 1)
        #expect(!String(decoding: out, as: UTF8.self).contains("123 45 67"))
        #expect(err.isEmpty, "\(String(decoding: err, as: UTF8.self))")
    }

    /// Every document alone, or all together with --scope document: the same bytes per line.
    @Test func documentScopeGivesEachLineTheSameBytesHoweverTheLinesAreGrouped() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let lines = (0..<40).map { i in
            "{\"id\": \(i), \"text\": \"\(["Elçin Hüseynov", "Mr. Huseynov", "Günel Məmmədova", "Анна Петрова"][i % 4]) met Elchin in Ganja, +994 50 123 45 \(10 + i).\"}\n"
        }
        let arguments = ["--key-file", key, "--format", "jsonl", "--scope", "document"]
        let all = try RedactBinary.run(arguments, input: lines.joined())
        #expect(all.status == 0)
        let halves = try RedactBinary.run(arguments, input: lines[20...].joined()).text + RedactBinary.run(arguments, input: lines[..<20].joined()).text
        let split = halves.split(separator: "\n")
        #expect(Array(split[20...] + split[..<20]) == all.text.split(separator: "\n"))
        #expect(!all.text.contains("Hüseynov") && !all.text.contains("Elchin"))
    }
}
