import Foundation
import Testing
import Redact

/// `redact eval` and `redact bench` as a newsroom's CI would run them.
@Suite struct EvalCommandTests {
    /// Three synthetic documents; offsets in code points (the emoji makes the units differ).
    static let gold = """
        {"id": "a", "lang": "az", "text": "Elçin Hüseynov zəng etdi: +994 50 123 45 67.", "spans": [{"start": 0, "end": 14, "label": "PERSON", "entity": "p1"}, {"start": 26, "end": 43, "label": "PHONE"}]}
        {"id": "b", "lang": "en", "text": "😀 Mr. Huseynov wrote to elcin@example.az from Ganja.", "spans": [{"start": 6, "end": 14, "label": "PERSON", "entity": "p1"}, {"start": 24, "end": 40, "label": "EMAIL"}, {"start": 46, "end": 51, "label": "LOCATION"}]}
        {"id": "c", "lang": "ru", "text": "Эльчин Гусейнов живёт в Гяндже.", "spans": [{"start": 0, "end": 15, "label": "PERSON"}, {"start": 24, "end": 30, "label": "LOCATION"}]}

        """

    static func files() throws -> (dir: URL, key: String, gold: String) {
        let dir = try RedactBinary.temporaryDirectory()
        let gold = dir.appendingPathComponent("gold.jsonl")
        try Self.gold.write(to: gold, atomically: true, encoding: .utf8)
        return (dir, try RedactBinary.keyFile(in: dir), gold.path)
    }

    static func json(_ result: RedactBinary.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], "\(result.stderr)")
    }

    @Test func scoresTheEngineOnGoldDataAndIsTheSameOnEveryCore() throws {
        let (dir, key, gold) = try Self.files()
        let one = try RedactBinary.run(["eval", "--key-file", key, "--json", "--jobs", "1", gold])
        let two = try RedactBinary.run(["eval", "--key-file", key, "--json", "--jobs", "2", gold])
        #expect(one.status == 0, "\(one.stderr)")
        // Identical but for the command line, which the report records.
        func withoutRun(_ r: RedactBinary.Result) throws -> Data {
            var object = try Self.json(r)
            object["run"] = nil
            return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        }
        #expect(try withoutRun(one) == withoutRun(two))
        let report = try Self.json(one)
        #expect(report["schema"] as? String == "redact-eval/1")
        // The run records the rules digest and the stand-in scheme that made the stand-ins.
        let run = try #require(report["run"] as? [String: Any])
        #expect((run["rules_digest"] as? String)?.count == 64)
        #expect(run["stand_in_scheme"] as? Int == StandInScheme.current.version)
        #expect(report["documents"] as? Int == 3)
        let overall = try #require(report["overall"] as? [String: Any])
        #expect(overall["gold"] as? Int == 7)
        // Every annotated character is covered: these are the shapes the default rules know.
        #expect(overall["leaked_characters"] as? Int == 0)
        #expect(overall["leak_rate"] as? Double == 0)
        let table = try RedactBinary.run(["eval", "--key-file", key, gold])
        #expect(table.text.contains("PERSON") && table.text.contains("leak"))
        // The HTML report carries the figures with stable ids.
        let html = dir.appendingPathComponent("report.html")
        #expect(try RedactBinary.run(["eval", "--key-file", key, "--html", html.path, gold]).status == 0)
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("id=\"leak-PERSON\"") && page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("http://") && !page.contains("https://"))
    }

    @Test func predictionsOfAnotherToolAndTheLeakGate() throws {
        let (dir, _, gold) = try Self.files()
        // A tool that finds everything, and one that misses the Russian name.
        let all = """
            {"id": "a", "spans": [{"start": 0, "end": 14, "label": "PERSON"}, {"start": 26, "end": 43, "label": "PHONE"}]}
            {"id": "b", "spans": [{"start": 6, "end": 14, "label": "PERSON"}, {"start": 24, "end": 40, "label": "EMAIL"}, {"start": 46, "end": 51, "label": "LOCATION"}]}
            {"id": "c", "spans": [{"start": 0, "end": 15, "label": "PERSON"}, {"start": 24, "end": 30, "label": "LOCATION"}]}

            """
        let weaker = all.replacingOccurrences(of: #"{"start": 0, "end": 15, "label": "PERSON"}, "#, with: "")
        let good = dir.appendingPathComponent("good.jsonl"), bad = dir.appendingPathComponent("bad.jsonl")
        try all.write(to: good, atomically: true, encoding: .utf8)
        try weaker.write(to: bad, atomically: true, encoding: .utf8)
        let baseline = try RedactBinary.run(["eval", "--predictions", good.path, "--json", gold])
        #expect(baseline.status == 0)
        let saved = dir.appendingPathComponent("baseline.json")
        try baseline.stdout.write(to: saved)
        let report = try Self.json(baseline)
        #expect((report["overall"] as? [String: Any])?["recall_exact"] as? Double == 1)

        let comparison = dir.appendingPathComponent("comparison.json")
        let gate = try RedactBinary.run(["eval", "--predictions", bad.path, "--baseline", saved.path, "--comparison-json", comparison.path, gold])
        #expect(gate.status == 1)
        #expect(gate.stderr.contains("the leak rate rose"))
        let compared = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: comparison)) as? [String: Any])
        #expect(compared["leak_rose"] as? Bool == true)
        let newly = try #require(compared["newly_leaked"] as? [[String: Any]])
        #expect(newly.count == 1 && newly.first?["document"] as? String == "c")
        // The other way round the leak falls: the gate passes.
        let better = try RedactBinary.run(["eval", "--predictions", good.path, "--baseline", saved.path, gold])
        #expect(better.status == 0)
    }

    @Test func labelMapsAndBadGold() throws {
        let (dir, key, gold) = try Self.files()
        let map = dir.appendingPathComponent("labels.map")
        try "LOCATION=PLACE\nEMAIL=-\n".write(to: map, atomically: true, encoding: .utf8)
        let result = try RedactBinary.run(["eval", "--key-file", key, "--label-map", map.path, "--json", gold])
        let labels = try #require(Self.json(result)["labels"] as? [String])
        #expect(labels.contains("PLACE") && !labels.contains("LOCATION") && !labels.contains("EMAIL"))
        let broken = dir.appendingPathComponent("broken.jsonl")
        try "{\"text\": \"abc\", \"spans\": [{\"start\": 2, \"end\": 9, \"label\": \"X\"}]}\n".write(to: broken, atomically: true, encoding: .utf8)
        let bad = try RedactBinary.run(["eval", "--key-file", key, broken.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("broken.jsonl:1"))
        #expect(try RedactBinary.run(["eval", dir.appendingPathComponent("missing.jsonl").path]).status == 66)
    }

    @Test func benchReportsThroughputMemoryAndStartUp() throws {
        let (dir, key, _) = try Self.files()
        let corpus = dir.appendingPathComponent("corpus.txt")
        try String(repeating: "Elçin Hüseynov zəng etdi: +994 50 123 45 67. The rain came.\n", count: 200)
            .write(to: corpus, atomically: true, encoding: .utf8)
        let result = try RedactBinary.run(["bench", "--key-file", key, "--runs", "1", "--jobs", "2", "--json", corpus.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(result)
        #expect(report["documents"] as? Int == 200)
        #expect((report["startup_seconds"] as? Double ?? 0) > 0)
        for key in ["one_core", "all_cores"] {
            let timing = try #require(report[key] as? [String: Any])
            #expect((timing["seconds"] as? [Double])?.count == 1)
            #expect(((timing["peak_rss_bytes"] as? [Int])?.first ?? 0) > 1_000_000)
        }
        // Not a terminal: no progress line on standard error.
        #expect(result.stderr.isEmpty)
    }
}
