import Foundation
import Testing

/// `--date-scope document`: each input's dates move by an offset keyed by its id, so that one
/// true date reveals only its own document's; intervals inside a document stay true.
@Suite struct DateScopeCommandTests {
    static let text = "The hearing was on 12 March 2021 and the appeal on 14.03.2021.\n"

    /// The two stand-in dates of one output line, as days since 1970.
    static func days(in line: Substring) throws -> (long: Int, numeric: Int) {
        let long = try #require(line.firstMatch(of: /on (\d{1,2}) ([A-Z][a-z]+) (\d{4})/))
        let numeric = try #require(line.firstMatch(of: /on (\d{2})\.(\d{2})\.(\d{4})/))
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        let month = try #require(months.firstIndex(of: String(long.2))) + 1
        func day(_ y: Int, _ m: Int, _ d: Int) throws -> Int {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let date = try #require(calendar.date(from: DateComponents(year: y, month: m, day: d)))
            return Int(date.timeIntervalSince1970 / 86_400)
        }
        return (try day(Int(long.3)!, month, Int(long.1)!), try day(Int(numeric.3)!, Int(numeric.2)!, Int(numeric.1)!))
    }

    @Test func eachFileMovesItsDatesByItsOwnOffset() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let names = ["a.txt", "b.txt", "c.txt"]
        for name in names { try Self.text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let byKey = try RedactBinary.run(["--key-file", key] + names, directory: dir)
        let byDocument = try RedactBinary.run(["--date-scope", "document", "--key-file", key] + names, directory: dir)
        #expect(byKey.status == 0 && byDocument.status == 0)
        let keyLines = byKey.text.split(separator: "\n"), documentLines = byDocument.text.split(separator: "\n")
        try #require(keyLines.count == 3 && documentLines.count == 3)
        // One offset per key: the same text, the same dates.
        #expect(Set(keyLines).count == 1)
        // One per document: these three ids move the same dates apart (fixed key).
        #expect(Set(documentLines).count == 3, "\(documentLines)")
        for line in documentLines {
            #expect(!line.contains("2021") || !line.contains("March"))
            let (long, numeric) = try Self.days(in: line)
            #expect(numeric - long == 2, "the interval inside a document stays: \(line)")
        }
        // The same id on standard input moves them as the file of that path did.
        let piped = try RedactBinary.run(["--date-scope", "document", "--document-id", "b.txt", "--key-file", key],
                                         input: Self.text, directory: dir)
        #expect(piped.status == 0 && piped.text.dropLast() == documentLines[1])
    }

    @Test func standardInputNeedsAnIDAndAnIDNeedsTheScope() throws {
        let noID = try RedactBinary.run(["--date-scope", "document"], input: Self.text)
        #expect(noID.status == 64 && noID.stderr.contains("--document-id") && noID.text.isEmpty)
        let noScope = try RedactBinary.run(["--document-id", "x"], input: Self.text)
        #expect(noScope.status == 64 && noScope.stderr.contains("--date-scope document"))
    }

    @Test func detectKeysEachJSONLineByItsID() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let line = #""text": "The hearing was on 12 March 2021 and the appeal on 14.03.2021.""#
        let input = "{\"id\": \"case-1\", \(line)}\n{\"id\": \"case-2\", \(line)}\n{\"id\": \"case-1\", \(line)}\n"
        let result = try RedactBinary.run(["detect", "--jsonl", "--date-scope", "document", "--key-file", key], input: input)
        #expect(result.status == 0)
        let outputs = try result.text.split(separator: "\n").map { record in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
            return try #require(object["output"] as? String)
        }
        try #require(outputs.count == 3)
        #expect(outputs[0] == outputs[2] && outputs[0] != outputs[1])
        let missing = try RedactBinary.run(["detect", "--jsonl", "--date-scope", "document", "--key-file", key],
                                           input: "{\(line)}\n")
        #expect(missing.status == 65 && missing.stderr.contains("\"id\""))
    }

    /// The filter keys each JSON line's dates by `--date-id-field`, as `detect --jsonl` keys
    /// them by `"id"`: the same offsets; a line without an id stops the run before it.
    @Test func theFilterKeysEachRecordByItsIDField() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let text = #""text": "Signed on 12.03.2021.""#
        // `42.0` is one id as written in both commands, not `42`.
        let input = "{\"id\": \"k-1\", \(text)}\n{\"id\": 42, \(text)}\n{\"id\": 42.0, \(text)}\n"
        let filtered = try RedactBinary.run(["--format", "jsonl", "--date-scope", "document", "--date-id-field", "id", "--key-file", key],
                                            input: input)
        let detected = try RedactBinary.run(["detect", "--jsonl", "--date-scope", "document", "--key-file", key], input: input)
        #expect(filtered.status == 0 && detected.status == 0)
        let outputs = try detected.text.split(separator: "\n").map { record in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
            return try #require(object["output"] as? String)
        }
        let lines = filtered.text.split(separator: "\n")
        try #require(lines.count == 3 && outputs.count == 3)
        for (line, output) in zip(lines, outputs) { #expect(line.contains(output), "\(line) and \(output)") }
        #expect(outputs[1] != outputs[2])
        let missing = try RedactBinary.run(["--format", "jsonl", "--date-scope", "document", "--date-id-field", "id", "--key-file", key],
                                           input: "{\"id\": \"k-1\", \(text)}\n{\(text)}\n")
        #expect(missing.status == 65 && missing.stderr.contains("no document id") && !missing.text.contains("12.03.2021"))
        #expect(missing.text.split(separator: "\n").count == 1)
        let noScope = try RedactBinary.run(["--format", "jsonl", "--date-id-field", "id"], input: input)
        #expect(noScope.status == 64)
    }
}
