import Foundation
import Testing

@Suite struct DetectCommandTests {
    @Test func jsonlDocumentsGetSpansInThreeUnitsAndOutput() throws {
        let input = #"{"id": "d1", "lang": "az", "text": "Ə😀 yazın: elcin@example.az"}"# + "\n\n" + #"{"id": 2, "text": "nothing here"}"# + "\n"
        let result = try RedactBinary.run(["detect", "--jsonl", "--operator", "tag"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.text.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == "d1")
        #expect(first["lang"] as? String == "az")
        #expect(first["output"] as? String == "Ə😀 yazın: [EMAIL-1]")
        let span = try #require((first["spans"] as? [[String: Any]])?.first)
        #expect(span["label"] as? String == "EMAIL")
        #expect(span["rule"] as? String == "email")
        #expect(span["text"] as? String == "elcin@example.az")
        #expect(span["replacement"] as? String == "[EMAIL-1]")
        // "Ə😀 yazın: " is 10 code points, 11 UTF-16 units, 15 UTF-8 bytes.
        #expect(span["start"] as? Int == 10 && span["end"] as? Int == 26)
        #expect(span["utf16_start"] as? Int == 11 && span["utf16_end"] as? Int == 27)
        #expect(span["utf8_start"] as? Int == 15 && span["utf8_end"] as? Int == 31)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect((second["spans"] as? [Any])?.isEmpty == true)
        #expect(second["output"] as? String == "nothing here")
    }

    @Test func brokenJSONLinesStopWithTheLineNumber() throws {
        let result = try RedactBinary.run(["detect", "--jsonl"], input: "{\"text\": \"ok\"}\n{\"text\": broken a@example.org\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains(":2:"))
        #expect(!result.stderr.contains("a@example.org"))
        #expect(!result.text.contains("a@example.org"))
    }
}

@Suite struct RulesCommandTests {
    @Test func checkPassesOnTheDefaultSet() throws {
        let result = try RedactBinary.run(["rules", "check"])
        #expect(result.status == 0, "\(result.text)")
        #expect(result.text.contains(" 0 failed"))
    }

    @Test func checkRejectsAMalformedFileWithFileLineAndRule() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("broken.yaml")
        try """
            format: redact-rules/1
            rules:
              - id: my.rule
                label: PHONE
                kind: pattern
                trigger: digits
                pattern: '(\\d+'
                examples:
                  match: ["[[123]]"]
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try RedactBinary.run(["rules", "check", file.path])
        #expect(result.status == 78)
        #expect(result.stderr.contains("\(file.path):3: rule 'my.rule': the pattern does not compile"))
    }

    @Test func checkReportsFailingExamples() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("wrong.yaml")
        try """
            format: redact-rules/1
            rules:
              - id: my.rule
                label: NUMBER
                kind: pattern
                trigger: digits
                pattern: '\\d{3}'
                examples:
                  match: ["[[1234]]"]
                  reject: ["no 555 here"]
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try RedactBinary.run(["rules", "check", "--no-default-rules", file.path])
        #expect(result.status == 1)
        #expect(result.text.contains("FAIL \(file.path):9: rule 'my.rule': expected [[1234]] but the rule found [[123]]"))
        #expect(result.text.contains("FAIL \(file.path):10: rule 'my.rule': must find nothing but found [[555]]"))
        #expect(result.text.contains("1 rules, 2 examples: 0 passed, 2 failed"))
    }
}
