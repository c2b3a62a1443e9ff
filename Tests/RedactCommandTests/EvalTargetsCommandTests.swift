import Foundation
import Redact
import Testing

/// The target figures of `redact eval`: the country split by the engine's own country names,
/// and `--scope run`, under which the engine's figures are those of scoring `redact detect
/// --jsonl` output, as the corpora's measure script does.
@Suite struct EvalTargetsCommandTests {
    /// Two synthetic English documents: a person named with a title in the first and by surname
    /// alone in the second, a country (`Norway`) and an invented town (`Dunmore`).
    static let gold = """
        {"id": "1", "lang": "en", "text": "Mr. Tobias Quenneville spoke to the council in Norway.", "spans": [{"start": 4, "end": 22, "label": "PERSON"}, {"start": 47, "end": 53, "label": "LOCATION"}]}
        {"id": "2", "lang": "en", "text": "Later Quenneville left for Dunmore.", "spans": [{"start": 6, "end": 17, "label": "PERSON"}, {"start": 27, "end": 34, "label": "LOCATION"}]}

        """

    @Test func countryNamesReadCaseFormsAndPhrases() throws {
        let countries = CountryNames(engine: try RedactionEngine())
        let countriesInText = [
            "Norway", "Azərbaycanda", "Almaniyanın", "Kanadanın", "Rusiyaya", "Türkiye’de", "ABŞ-da", "России", "Франции",
            "Китае", "Азербайджанской Республики", "Соединённые Штаты", "United Arab Emirates", "the Netherlands",
            "Republic of Azerbaijan", "Birləşmiş Ərəb Əmirliklərində", "U.K.", "U.S.A.", "Britain and France",
            // Continents and macro-regions are kept as countries are (`kept-regions.tsv`).
            "Europe", "Avropada", "Кавказе", "Orta Asya",
        ]
        for surface in countriesInText { #expect(countries.contains(surface), "\(surface)") }
        // Towns, a street named after a country, a joining word alone.
        let otherPlaces = ["Dunmore", "Gəncədə", "Bakıda", "İzmir'de", "Parisdə", "New York", "Bahrain Street", "the", ""]
        for surface in otherPlaces { #expect(!countries.contains(surface), "\(surface)") }
    }

    @Test func theTargetsSplitLocationByTheEnginesCountries() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let gold = dir.appendingPathComponent("gold.jsonl")
        try Self.gold.write(to: gold, atomically: true, encoding: .utf8)
        let key = try RedactBinary.keyFile(in: dir)

        func targets(_ arguments: [String]) throws -> [String: Any] {
            let result = try RedactBinary.run(["eval", "--key-file", key, "--json"] + arguments + [gold.path])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try EvalCommandTests.json(result)
            let english = try #require((report["per_language"] as? [String: Any])?["en"] as? [String: Any])
            return try #require(english["targets"] as? [String: Any])
        }
        func mentions(_ targets: [String: Any], _ key: String) -> Int? { (targets[key] as? [String: Any])?["mentions"] as? Int }
        func values(_ targets: [String: Any]) -> [Double?] {
            (targets["figures"] as? [[String: Any]] ?? []).map { $0["value"] as? Double }
        }

        // Each document alone: the bare surname of the second is not known there.
        let document = try targets([])
        #expect(mentions(document, "location_country") == 1 && mentions(document, "location_other") == 1)
        let person = try #require(document["person"] as? [String: Any])
        #expect(person["mentions"] as? Int == 2 && person["found"] as? Int == 1)
        // One run: the name found in the first document is found in the second.
        let run = try targets(["--scope", "run"])
        #expect((run["person"] as? [String: Any])?["found"] as? Int == 2)
        #expect(values(run)[0] == 1 && values(run)[1] == 0)

        // Scoring what `redact detect --jsonl` wrote gives the figures of --scope run.
        let detected = try RedactBinary.run(["detect", "--jsonl", "--key-file", key], input: Self.gold)
        #expect(detected.status == 0, "\(detected.stderr)")
        let predictions = dir.appendingPathComponent("predictions.jsonl")
        try detected.stdout.write(to: predictions)
        let scored = try targets(["--predictions", predictions.path])
        #expect(values(scored) == values(run))

        // The terminal report's table, and the scope that needs the engine.
        let table = try RedactBinary.run(["eval", "--key-file", key, "--scope", "run", gold.path])
        #expect(table.text.contains("targets  PER found >=97%  PER leak <=3%  LOC non-country leak <=10%  ORG leak <=15%  over-red. <=3%\n"))
        // The person row as --scope run found it; the town's and the over-redaction's cells follow.
        #expect(table.text.contains("\nen             100.0% ok        0.0% ok   "))
        let refused = try RedactBinary.run(["eval", "--scope", "run", "--predictions", predictions.path, gold.path])
        #expect(refused.status == 64 && refused.stderr.contains("--scope run needs the engine"))
    }
}
