import Foundation
import Testing
@testable import Redact

/// Structured formats: what is not text stays byte for byte, the text is redacted, broken
/// records stop the stream with nothing of them written.
@Suite struct RecordRedactorTests {
    static let key = try! RedactionKey(bytes: Array(repeating: 9, count: 32))
    static let engine = try! RedactionEngine(configuration: RedactionConfiguration(key: key))

    /// Redacts `input` fed in one piece (or split at `splits`), with a new session.
    static func run(_ input: String, _ format: RecordFormat, splits: [Int] = [], jobs: Int = 1, documents: Bool = false,
                    session: RedactionSession? = nil) throws(RecordError) -> String {
        let redactor = RecordRedactor(session: session ?? engine.makeSession(), format: format)
        redactor.jobs = jobs
        redactor.batchBytes = 64
        redactor.recordsAreDocuments = documents
        let bytes = Array(input.utf8)
        var out: [UInt8] = []
        var start = 0
        for cut in splits + [bytes.count] where cut >= start {
            try redactor.feed(bytes[start..<cut], into: &out)
            start = cut
        }
        try redactor.finish(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static let jsonl = RecordFormat.jsonLines(fields: [])

    // MARK: Untouched input stays byte-identical

    @Test(arguments: [
        (jsonl, "{\"id\": 1, \"text\": \"The report was filed on time.\", \"n\": 1.50e+3, \"x\": [true, false, null]}\n\n  \n{\"text\":\"\\u00e7ay \\\"i\\\" \\/ \\t ok\"}\r\n{\"id\":3}"),
        (RecordFormat.csv(columns: [], delimiter: 44), "\u{FEFF}id,note\r\n1,\"the rain, \"\"mostly\"\"\nin spring\"\r\n2,,plain\n"),
        (RecordFormat.srt, "1\n00:00:01,000 --> 00:00:04,000\n<i>The rain</i> came {\\an8}early.\n\n\n2\r\n00:00:05,000 --> 00:00:06,500\r\nIt stopped.\r\n"),
        (RecordFormat.webVTT, "WEBVTT\n\nSTYLE\n::cue { color: red }\n\nNOTE the weather\n\nintro\n00:00:01.000 --> 00:00:04.000 line:0 align:start\n<c.yellow>The rain</c> <00:00:02.000>came.\n"),
    ])
    func untouchedInputIsByteIdentical(format: RecordFormat, input: String) throws {
        #expect(try Self.run(input, format) == input)
    }

    // MARK: JSON Lines

    @Test func jsonFieldsAreRedactedAndEverythingElseKept() throws {
        let input = #"{"id": 7, "text": "Call Elçin Hüseynov on +994 50 123 45 67.", "meta": {"author": "Elçin Hüseynov", "n": 1.0}, "other": "Elçin Hüseynov"}"# + "\n"
        let out = try Self.run(input, .jsonLines(fields: [FieldPath("text")!, FieldPath("meta")!]))
        #expect(out.hasPrefix(#"{"id": 7, "text": ""#))
        #expect(out.hasSuffix(#"", "n": 1.0}, "other": "Elçin Hüseynov"}"# + "\n"))  // a field not named stays
        #expect(!out.contains("+994 50 123 45 67"))
        #expect(out.components(separatedBy: "Elçin Hüseynov").count == 2)  // only in "other"
        // The same person has the same stand-in in both fields.
        let object = try #require(out.data(using: .utf8).flatMap { try JSONSerialization.jsonObject(with: $0) as? [String: Any] })
        let author = try #require((object["meta"] as? [String: Any])?["author"] as? String)
        #expect((object["text"] as? String)?.contains(author) == true)
    }

    @Test func arraysAndWildcardsAndEscapesFollowTheWriterStyle() throws {
        let input = #"{"messages": [{"from": "x", "text": "Elchin Huseynov lives in Ganja"}, {"text": "\u042d\u043b\u044c\u0447\u0438\u043d \u0413\u0443\u0441\u0435\u0439\u043d\u043e\u0432 \"sent\" it"}]}"#
        let out = try Self.run(input, .jsonLines(fields: [FieldPath("messages.text")!]))
        #expect(!out.contains("Huseynov") && !out.contains("Ganja"))
        #expect(out.contains(#""from": "x""#))
        // The second string had only \u escapes: its redacted form is written the same way.
        let second = try #require(out.range(of: #"{"text": ""#))
        let rest = out[second.upperBound...]
        #expect(rest.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(rest.contains(#"\"sent\" it"#))
        #expect(!rest.contains(#"\u042d\u043b\u044c\u0447\u0438\u043d"#))
        let any = try Self.run(#"{"a": {"b": "Elçin Hüseynov"}, "c": ["Elçin Hüseynov"]}"#, .jsonLines(fields: [FieldPath("*")!]))
        #expect(!any.contains("Hüseynov"))
    }

    @Test(arguments: [
        ("{\"text\": \"ok\"}\n{\"text\": \"Elçin Hüseynov\n", 2, "a string is not closed"),
        ("{\"text\": \"ok\"}\n[1, 2,]\n", 2, "a value was expected"),
        ("{\"text\": \"ok\"}\n{\"text\": \"a\"} x\n", 2, "text after the JSON value"),
        ("{\"text\": \"ok\"}\n{\"n\": 01}\n", 2, "',' or '}' was expected"),
        // A selected field holding a number is refused (it could be a phone number).
        ("{\"text\": \"ok\"}\n{\"text\": 994501234567}\n", 2, "holds a number, not a string"),
    ])
    func brokenLinesStopBeforeThemselves(input: String, line: Int, message: String) throws {
        let redactor = RecordRedactor(session: Self.engine.makeSession(), format: Self.jsonl)
        var out: [UInt8] = []
        let error = #expect(throws: RecordError.self) {
            try redactor.feed(Array(input.utf8), into: &out)
            try redactor.finish(into: &out)
        }
        #expect(error?.code == .malformed)
        #expect(error?.line == line)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        // Only the good first line was written.
        #expect(String(decoding: out, as: UTF8.self) == "{\"text\": \"ok\"}\n")
    }

    @Test func invalidUTF8IsReportedWithItsOffset() throws {
        let redactor = RecordRedactor(session: Self.engine.makeSession(), format: Self.jsonl)
        var out: [UInt8] = []
        let bytes = Array("{\"text\": \"ok\"}\n{\"text\": \"Elçin ".utf8) + [0xFF] + Array("\"}\n".utf8)
        let error = #expect(throws: RecordError.self) {
            try redactor.feed(bytes, into: &out)
            try redactor.finish(into: &out)
        }
        #expect(error == RecordError(.invalidUTF8, offset: bytes.firstIndex(of: 0xFF)!, line: 2, "invalid UTF-8"))
        #expect(out == Array("{\"text\": \"ok\"}\n".utf8))
    }

    // MARK: Reads, jobs and scope

    static let mixed: String = {
        var lines: [String] = []
        let people = ["Elçin Hüseynov", "Elchin Huseynov", "Günel Məmmədova", "Анна Петрова", "Mr. Huseynov", "Mehmet Yılmaz"]
        for i in 0..<60 {
            lines.append(#"{"id": \#(i), "text": "\#(people[i % people.count]) met \#(people[(i * 7 + 3) % people.count]) in Ganja on 12.03.2024, tel +994 50 123 45 \#(10 + i % 90)."}"#)
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func outputDoesNotDependOnReadsOrJobs() throws {
        let whole = try Self.run(Self.mixed, Self.jsonl)
        #expect(!whole.contains("Hüseynov") && !whole.contains("Петрова"))
        var random = KeyedRandom(seed: [1, 2, 3])
        for _ in 0..<5 {
            let count = Self.mixed.utf8.count
            let splits = (0..<6).map { _ in random.next(in: 0...count) }.sorted()
            #expect(try Self.run(Self.mixed, Self.jsonl, splits: splits) == whole)
            #expect(try Self.run(Self.mixed, Self.jsonl, splits: splits, jobs: 3) == whole)
        }
    }

    @Test func documentScopeMakesEachLineDependOnItAlone() throws {
        let lines = Self.mixed.split(separator: "\n").map { String($0) + "\n" }
        let together = try Self.run(Self.mixed, Self.jsonl, jobs: 2, documents: true)
        let alone = try lines.map { try Self.run($0, Self.jsonl, documents: true) }.joined()
        #expect(together == alone)
        // A later line's linking does not reach back: with the run scope a name learned in line
        // 1 is known in line 2, with the document scope it is not (both still replace it here,
        // since the detector finds it alone).
        let shuffled = (lines[30...] + lines[..<30]).joined()
        let shuffledOut = try Self.run(shuffled, Self.jsonl, documents: true).split(separator: "\n")
        let togetherLines = together.split(separator: "\n")
        #expect(Array(shuffledOut[30...] + shuffledOut[..<30]) == togetherLines)
    }

    // MARK: CSV

    /// A record's document id, a string or a number at its path, keys its dates; the same id
    /// under the same key moves them alike, on any thread count; a record without one stops
    /// the stream before it is written.
    @Test func eachRecordsIDKeysItsDates() throws {
        let lines = [#"{"id": "a", "text": "Signed on 12.03.2021."}"#, #"{"meta": {"doc": 7}, "id": "b", "text": "Signed on 12.03.2021."}"#,
                     #"{"id": "a", "text": "Signed on 12.03.2021."}"#]
        for jobs in [1, 2] {
            let session = Self.engine.makeSession()
            let redactor = RecordRedactor(session: session, format: .jsonLines(fields: []))
            redactor.jobs = jobs
            redactor.batchBytes = 16
            redactor.dateIDField = FieldPath("id")
            var out: [UInt8] = []
            try redactor.feed(Array((lines.joined(separator: "\n") + "\n").utf8), into: &out)
            try redactor.finish(into: &out)
            let written = String(decoding: out, as: UTF8.self).split(separator: "\n")
            try #require(written.count == 3)
            // Records `a` and `a` are the same line; `b` moves the same date elsewhere.
            let dates = written.map { $0.firstMatch(of: /\d\d\.\d\d\.\d{4}/).map { String($0.output) } }
            #expect(written[0] == written[2] && dates[0] != nil && dates[1] != nil && dates[0] != dates[1], "\(written)")
            #expect(!written.contains { $0.contains("12.03.2021") })
            // The same ids through the session directly: the offsets are the session's.
            session.dateDocument = "b"
            #expect(written[1].contains(session.redact("Signed on 12.03.2021.").output))
        }
        let nested = RecordRedactor(session: Self.engine.makeSession(), format: .jsonLines(fields: []))
        nested.dateIDField = FieldPath("meta.doc")
        var out: [UInt8] = []
        try nested.feed(Array((lines[1] + "\n").utf8), into: &out)
        let direct = Self.engine.makeSession()
        direct.dateDocument = "7"
        #expect(String(decoding: out, as: UTF8.self).contains(direct.redact("Signed on 12.03.2021.").output))
        // No id: nothing of the record is written.
        let missing = RecordRedactor(session: Self.engine.makeSession(), format: .jsonLines(fields: []))
        missing.dateIDField = FieldPath("id")
        var partial: [UInt8] = []
        #expect(throws: RecordError.self) {
            try missing.feed(Array((lines[0] + "\n" + #"{"text": "Signed on 12.03.2021."}"# + "\n").utf8), into: &partial)
            try missing.finish(into: &partial)
        }
        #expect(String(decoding: partial, as: UTF8.self).split(separator: "\n").count <= 1)
        #expect(!String(decoding: partial, as: UTF8.self).contains("12.03.2021"))
    }

    @Test func csvColumnsQuotesAndHeader() throws {
        let input = "name,city,note\nElçin Hüseynov,Ganja,\"met \"\"Anna\"\", then left\nfor Gəncə\"\n\"Hüseynov, Elçin\",x,plain\n"
        let out = try Self.run(input, .csv(columns: ["name", "3"], delimiter: 44))
        let rows = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[0] == "name,city,note")
        #expect(!out.contains("Hüseynov") && !out.contains("Gəncə"))
        #expect(rows[1].contains(",Ganja,\"met \"\""))  // city not named: kept; the quotes of the note too
        #expect(!rows[1].contains("Anna") && rows[1].hasSuffix("\"\", then left"))
        #expect(rows[3].hasPrefix("\"") && rows[3].hasSuffix("\",x,plain"))  // quoted stays quoted
        let error = #expect(throws: RecordError.self) { try Self.run("a,b\n\"x\"y,z\n", .csv(columns: [], delimiter: 44)) }
        #expect(error?.line == 2)
        let missing = #expect(throws: RecordError.self) { try Self.run("a,b\n1,2\n", .csv(columns: ["c"], delimiter: 44)) }
        #expect(missing?.message.contains("no column 'c'") == true)
    }

    // MARK: Subtitles

    @Test func vttVoicesGetTheStandInOfTheSamePersonInTheText() throws {
        let input = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Elçin Hüseynov>Salam.</v>\n\n00:00:05.000 --> 00:00:08.000\n<v.loud Anna>Elçin Hüseynov, <i>Gəncədə</i> idin?\n"
        let out = try Self.run(input, .webVTT)
        #expect(!out.contains("Hüseynov") && !out.contains("Gəncə"))
        let voice = try #require(out.split(separator: "\n").first { $0.hasPrefix("<v ") })
        let name = voice.dropFirst(3).prefix { $0 != ">" }
        #expect(out.contains("<v.loud "))
        #expect(out.contains("\(name), <i>"))
        #expect(out.contains("00:00:05.000 --> 00:00:08.000\n"))
    }

    @Test func srtCueTextIsRedactedAndNumbersAndTimingsKept() throws {
        let input = "1\r\n00:00:01,000 --> 00:00:04,000\r\nELÇİN: Mən Gəncədə yaşayıram.\r\n\r\n2\r\n00:00:05,000 --> 00:00:08,000\r\n<i>Elçin Hüseynov</i> danışır, a < b > c.\r\n"
        let out = try Self.run(input, .srt)
        #expect(!out.contains("ELÇİN") && !out.contains("Hüseynov") && !out.contains("Gəncə"))
        #expect(out.hasPrefix("1\r\n00:00:01,000 --> 00:00:04,000\r\n"))
        #expect(out.contains("\r\n\r\n2\r\n00:00:05,000 --> 00:00:08,000\r\n<i>"))
        #expect(out.hasSuffix("</i> danışır, a < b > c.\r\n"))
        let broken = #expect(throws: RecordError.self) { try Self.run("1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\nElçin Hüseynov\n", .srt) }
        #expect(broken?.line == 6)
    }

    /// Text in angle brackets that is not markup is text, and is redacted.
    @Test func bracketsThatAreNotTagsAreRedacted() throws {
        let out = try Self.run("1\n00:00:01,000 --> 00:00:02,000\n<Elçin Hüseynov> said it\n", .srt)
        #expect(!out.contains("Hüseynov"))
    }
}
