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

    @Test func costTimesEachRuleOfAUserSetOnTextAndJSONLines() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let rules = dir.appendingPathComponent("mine.yaml")
        try """
            format: redact-rules/1
            rules:
              - id: my.code
                label: REFERENCE
                kind: pattern
                trigger: digits
                pattern: '\\bQ-\\d{4}\\b'
                examples:
                  match: ["code [[Q-1234]]"]
            """.write(to: rules, atomically: true, encoding: .utf8)
        let text = dir.appendingPathComponent("corpus.txt")
        try "Q-1234 and Q-5678\nno code 12 here\n".write(to: text, atomically: true, encoding: .utf8)
        let lines = dir.appendingPathComponent("corpus.jsonl")
        try #"{"id": 1, "text": "Q-1111"}"# .appending("\n" + #"{"id": 2, "note": "Q-2222"}"# + "\n").write(to: lines, atomically: true, encoding: .utf8)
        let result = try RedactBinary.run(["rules", "cost", "--no-default-rules", "--rules", rules.path, "--json", text.path, lines.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(report["schema"] as? String == "redact-rule-cost/1")
        // The text file's 34 bytes and the one record with a "text" field (6 bytes).
        #expect(report["bytes"] as? Int == 40)
        let rule = try #require((report["rules"] as? [[String: Any]])?.first)
        #expect(rule["id"] as? String == "my.code")
        #expect(rule["finds"] as? Int == 3)
        #expect(rule["set_up_seconds"] is Double)
        #expect(rule["location"] as? String == "\(rules.path):3")
        let stages = try #require(report["stages"] as? [[String: Any]])
        #expect(stages.compactMap { $0["stage"] as? String } == ["load", "windows", "patterns", "segmentation", "words", "names"])

        let table = try RedactBinary.run(["rules", "cost", "--top", "3", text.path])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.text.contains("scanned in"))
        #expect(table.text.contains("\nnames "))
        #expect(table.text.contains("more rules"))
    }

    @Test func costStopsOnUnreadableOrInvalidInput() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let missing = try RedactBinary.run(["rules", "cost", dir.appendingPathComponent("absent.txt").path])
        #expect(missing.status == 66)
        let bad = dir.appendingPathComponent("bad.txt")
        try Data([0x61, 0x0A, 0xFF, 0x62]).write(to: bad)
        let invalid = try RedactBinary.run(["rules", "cost", bad.path])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("invalid UTF-8 at byte offset 2"))
    }
}
