import Foundation
import Testing
@testable import RedactEval

@Suite struct EvalReportTests {
    @Test func jsonRoundTripsWithSortedKeysAndTheSchema() throws {
        var report = try ScoringFixture.report()
        report.run = EvalRun(rules: "default", rulesDigest: "sha256:00ff", command: "redact eval gold.jsonl", gold: "gold.jsonl")
        let data = try report.jsonData()
        let decoded = try EvalReport.decode(data, file: "report.json")
        #expect(decoded == report)
        #expect(try decoded.jsonData() == data)

        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? String == "redact-eval/1")
        #expect(Array(object.keys).sorted() == [
            "characters", "consistency", "documents", "false_alarms", "labels", "missed_mentions", "options", "overall",
            "per_label", "per_language", "per_rule", "run", "schema", "unscored_predictions", "worst_misses",
        ])
        let overall = try #require(object["overall"] as? [String: Any])
        #expect(overall["leaked_characters"] as? Int == 7 && overall["gold_characters"] as? Int == 33)
        #expect(overall["over_redaction_rate"] as? Double == 4.0 / 7)
        let run = try #require(object["run"] as? [String: Any])
        #expect(run["rules_digest"] as? String == "sha256:00ff" && run["predictions"] == nil)
        let miss = try #require((object["missed_mentions"] as? [[String: Any]])?.first)
        #expect(miss["start"] as? Int == 19 && miss["end"] as? Int == 24 && miss["text"] as? String == "Elçin")

        // Sorted keys: "characters" comes before "consistency" before "documents" in the bytes.
        let text = String(decoding: data, as: UTF8.self)
        let characters = try #require(text.range(of: "\"characters\""))
        let documents = try #require(text.range(of: "\"documents\""))
        #expect(characters.lowerBound < documents.lowerBound)
    }

    @Test func undefinedRatesAreLeftOut() throws {
        let data = try EvalScorer().finish().jsonData(prettyPrinted: false)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("leak_rate") && text.contains("\"leaked_characters\":0"))
        #expect(try EvalReport.decode(data, file: nil).overall.leakRate == nil)
    }

    @Test func anotherSchemaIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("old.json", #"{"schema": "redact-eval/0", "rows": []}"#)
        let error = try #require(EvalInputError.caught { _ = try EvalReport.read(path: path) })
        #expect(error.description == "\(path): expected a report of schema 'redact-eval/1', found 'redact-eval/0'")
        let good = try folder.write("good.json", String(decoding: try ScoringFixture.report().jsonData(), as: UTF8.self))
        #expect(try EvalReport.read(path: good) == ScoringFixture.report())
    }
}
