import Foundation
import Testing
@testable import RedactEval

@Suite struct EvalScorerTests {
    @Test func perLabelFiguresMatchTheHandCount() throws {
        let report = try ScoringFixture.report()
        #expect(report.documents == 2 && report.characters == 34 + 13)
        #expect(report.labels == ["LOCATION", "PERSON"])

        // PERSON: gold A 0..<14, A 19..<24, B 9..<13 = 3; predicted A 0..<14, 19..<22, 15..<18, B 9..<13 = 4.
        // Exact: A 0..<14 and B 9..<13 -> 2 gold, 2 predicted. Overlap: all 3 gold; 3 of 4
        // predictions (not "met"). Characters: 13 ("Elçin Hüseynov" less its space) + 5 + 4 = 22;
        // leaked: "in" of the second "Elçin" (22, 23) = 2. Entities: p1 (A, partly leaked) and
        // "Анна" (B, covered) -> 1 of 2 protected.
        let person = try #require(report.perLabel["PERSON"])
        #expect(person.gold == 3 && person.predicted == 4)
        #expect(person.exactGold == 2 && person.exactPredicted == 2 && person.overlapGold == 3 && person.overlapPredicted == 3)
        #expect(person.precisionExact == 0.5)
        #expect(person.recallExact == 2.0 / 3)
        #expect(abs(person.f1Exact! - 4.0 / 7) < 1e-12)          // 2 · ½ · ⅔ / (½ + ⅔) = 4/7
        #expect(person.precisionOverlap == 0.75 && person.recallOverlap == 1)
        #expect(abs(person.f1Overlap! - 6.0 / 7) < 1e-12)        // 2 · ¾ · 1 / (¾ + 1) = 6/7
        #expect(person.goldCharacters == 22 && person.leakedCharacters == 2 && person.leakRate == 2.0 / 22)
        #expect(person.entities == 2 && person.protectedEntities == 1 && person.entityRecall == 0.5)
        #expect(person.overRedactionRate == nil)

        // LOCATION: gold "Gəncə" (A, missed: 5 leaked) and "Гянджа" (B, exact) -> P 1/1, R 1/2,
        // F1 2/3; characters 5 + 6 = 11, leaked 5.
        let location = try #require(report.perLabel["LOCATION"])
        #expect(location.gold == 2 && location.predicted == 1 && location.exactGold == 1 && location.precisionExact == 1)
        #expect(location.recallExact == 0.5 && abs(location.f1Exact! - 2.0 / 3) < 1e-12)
        #expect(location.goldCharacters == 11 && location.leakedCharacters == 5 && location.leakRate == 5.0 / 11)
        #expect(location.entities == 2 && location.protectedEntities == 1)
    }

    @Test func overallAndPerLanguageFigures() throws {
        let report = try ScoringFixture.report()
        // Overall: gold 5, predicted 5 (DATE is unscored), exact 3/3, overlap 4/4;
        // leak (2 + 5) / (22 + 11) = 7/33.
        let overall = report.overall
        #expect(overall.gold == 5 && overall.predicted == 5 && overall.precisionExact == 0.6 && overall.recallExact == 0.6)
        #expect(overall.precisionOverlap == 0.8 && overall.recallOverlap == 0.8)
        #expect(overall.leakedCharacters == 7 && overall.goldCharacters == 33 && overall.leakRate == 7.0 / 33)
        #expect(overall.entities == 4 && overall.protectedEntities == 2)
        // Over-redaction: A has 29 non-space characters, 23 annotated, so 6 others ("met", "in",
        // ".") of which "met" is covered: 3. B has 11, 10 annotated, the emoji covered by DATE: 1.
        // Overall (3 + 1) / (6 + 1) = 4/7.
        #expect(overall.unannotatedCharacters == 7 && overall.overRedactedCharacters == 4 && overall.overRedactionRate == 4.0 / 7)
        #expect(report.unscoredPredictions == ["DATE": 1])

        let az = try #require(report.perLanguage["az"])
        #expect(az.documents == 1 && az.characters == 34)
        #expect(az.overall.overRedactionRate == 0.5)                    // 3 / 6
        #expect(az.overall.leakRate == 7.0 / 23)                          // (2 + 5) / (18 + 5)
        #expect(az.perLabel["PERSON"]?.leakRate == 2.0 / 18)              // (0 + 2) / (13 + 5)
        #expect(az.perLabel["LOCATION"]?.recallOverlap == 0)
        let ru = try #require(report.perLanguage["ru"])
        #expect(ru.overall.leakRate == 0 && ru.overall.overRedactionRate == 1 && ru.overall.recallExact == 1)
        #expect(ru.perLabel.keys.sorted() == ["LOCATION", "PERSON"])
    }

    @Test func rulesMissesAndFalseAlarms() throws {
        let report = try ScoringFixture.report()
        // names: A 0..<14 TP, 19..<22 TP, 15..<18 FP; B 9..<13 TP. dates predicts DATE only (unscored).
        #expect(report.perRule == [
            "names": EvalRuleCounts(truePositives: 3, falsePositives: 1, labels: ["PERSON"]),
            "places": EvalRuleCounts(truePositives: 1, falsePositives: 0, labels: ["LOCATION"]),
        ])
        #expect(report.missedMentions.map(\.key) == [
            EvalMentionKey(document: "A", codePointStart: 19, codePointEnd: 24, label: "PERSON"),
            EvalMentionKey(document: "A", codePointStart: 28, codePointEnd: 33, label: "LOCATION"),
        ])
        #expect(report.missedMentions.map(\.text) == ["Elçin", "Gəncə"])
        // Worst first: "Gəncə" (5 leaked) before "Elçin" (2).
        #expect(report.worstMisses.map(\.mention.text) == ["Gəncə", "Elçin"])
        let worst = report.worstMisses[0]
        #expect(worst.contextBefore == "Elçin Hüseynov met Elçin in " && worst.contextAfter == ".")
        #expect(report.falseAlarms.count == 1)
        let alarm = try #require(report.falseAlarms.first)
        #expect(alarm.text == "met" && alarm.rule == "names" && alarm.characters == 3 && alarm.document == "A")
        #expect(alarm.contextBefore == "Elçin Hüseynov " && alarm.contextAfter == " Elçin in Gəncə.")
    }

    @Test func contextIsCutAtTheWidthAndKeptOnOneLine() throws {
        let text = String(repeating: "a", count: 50) + "\nElçin\t" + String(repeating: "b", count: 50)
        let document = GoldDocument(id: "c", text: text, spans: [GoldSpan(codePointRange: 51..<56, label: "PERSON")])
        var scorer = EvalScorer(options: EvalOptions(contextCodePoints: 5))
        try scorer.add(document: document, predictions: [])
        let miss = try #require(scorer.finish().worstMisses.first)
        #expect(miss.contextBefore == "aaaa " && miss.contextAfter == " bbbb")
    }

    @Test func explicitLabelsLimitWhatIsScored() throws {
        let report = try ScoringFixture.report(options: EvalOptions(labels: ["PERSON"]))
        #expect(report.labels == ["PERSON"] && report.perLabel.keys.sorted() == ["PERSON"])
        #expect(report.overall.gold == 3 && report.overall.leakRate == 2.0 / 22)
        #expect(report.missedMentions.map(\.label) == ["PERSON"])
        #expect(report.unscoredPredictions == ["DATE": 1, "LOCATION": 1])
        // Over-redaction still treats every gold span as annotated.
        #expect(report.overall.overRedactionRate == 4.0 / 7)
    }

    @Test func mergingTwoHalvesEqualsScoringEverything() throws {
        let documents = Self.corpus()
        let options = EvalOptions(worstCount: 3, contextCodePoints: 10)
        var whole = EvalScorer(options: options)
        for (document, predictions) in documents { try whole.add(document: document, predictions: predictions) }
        for split in [1, documents.count / 2, documents.count - 1] {
            var first = EvalScorer(options: options)
            var second = EvalScorer(options: options)
            for (document, predictions) in documents[..<split] { try first.add(document: document, predictions: predictions) }
            for (document, predictions) in documents[split...] { try second.add(document: document, predictions: predictions) }
            first.merge(second)
            let merged = first.finish()
            #expect(merged == whole.finish())
            #expect(try merged.jsonData() == whole.finish().jsonData())
        }
        // The worst-of lists break ties by input order: every document's worst miss is
        // "Həsənova" (8 leaked characters), so the first three documents' come first.
        #expect(whole.finish().worstMisses.map(\.mention.document) == ["doc-0", "doc-1", "doc-2"])
        #expect(whole.finish().worstMisses.map(\.mention.leakedCharacters) == [8, 8, 8])
    }

    @Test func slicesScoredConcurrentlyMergeToTheSerialReport() async throws {
        let documents = Self.corpus()
        let options = EvalOptions(worstCount: 4)
        var serial = EvalScorer(options: options)
        for (document, predictions) in documents { try serial.add(document: document, predictions: predictions) }
        let slices = stride(from: 0, to: documents.count, by: 3).map { Array(documents[$0..<min($0 + 3, documents.count)]) }
        let scorers = try await withThrowingTaskGroup(of: (Int, EvalScorer).self) { group in
            for (index, slice) in slices.enumerated() {
                group.addTask {
                    var scorer = EvalScorer(options: options)
                    for (document, predictions) in slice { try scorer.add(document: document, predictions: predictions) }
                    return (index, scorer)
                }
            }
            var results = [EvalScorer?](repeating: nil, count: slices.count)
            for try await (index, scorer) in group { results[index] = scorer }
            return results.compactMap { $0 }
        }
        var merged = EvalScorer(options: options)
        for scorer in scorers { merged.merge(scorer) }
        #expect(merged.finish() == serial.finish())
        #expect(merged.documentCount == documents.count)
    }

    @Test func spansOutsideTheTextAreRejectedWithTheirIndex() throws {
        var scorer = EvalScorer()
        let document = GoldDocument(id: "short", text: "Анна", spans: [GoldSpan(codePointRange: 0..<4, label: "PERSON")])
        let error = try #require(EvalInputError.caught {
            try scorer.add(document: document, predictions: [PredictedSpan(codePointRange: 0..<4, label: "PERSON"),
                                                              PredictedSpan(codePointRange: 2..<8, label: "PERSON")])
        })
        #expect(error.code == .offset && error.place.document == "short" && error.place.spanIndex == 1)
        #expect(error.message == "predicted span 2..<8 must be non-empty and within the text's 4 code points")
        #expect(scorer.documentCount == 0)
    }

    @Test func noDocumentsGiveUndefinedRatesNotZeroes() {
        let report = EvalScorer().finish()
        #expect(report.documents == 0 && report.labels.isEmpty)
        #expect(report.overall.leakRate == nil && report.overall.precisionExact == nil && report.consistency == nil)
    }

    @Test func whitespaceIsPythonsIsspace() {
        // [c for c in range(0x110000) if chr(c).isspace()] in CPython 3.11.
        let python: Set<UInt32> = [0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
                                   0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
                                   0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(EvalScorer.isWhitespace(scalar) == python.contains(value), "U+\(String(value, radix: 16))")
        }
    }

    @Test func explicitLabelsEncodeSorted() throws {
        let options = EvalOptions(labels: ["PERSON", "ADDRESS", "LOCATION", "ORGANIZATION"], worstCount: 5)
        let report = EvalScorer(options: options).finish()
        let text = String(decoding: try report.jsonData(prettyPrinted: false), as: UTF8.self)
        #expect(text.contains(#""options":{"context_code_points":40,"labels":["ADDRESS","LOCATION","ORGANIZATION","PERSON"],"worst_count":5}"#))
        #expect(try EvalReport.decode(Data(text.utf8), file: nil).options == options)
    }

    /// Ten documents in three languages; each leaks a five-letter name, some have false alarms.
    static func corpus() -> [(GoldDocument, [PredictedSpan])] {
        let languages = ["az", "ru", nil]
        return (0..<10).map { i in
            let text = "Leyla Həsənova və Анна \(i) 😀 Bakı"
            let document = GoldDocument(id: "doc-\(i)", text: text, language: languages[i % 3], spans: [
                GoldSpan(codePointRange: 0..<14, label: "PERSON", entity: "p"),
                GoldSpan(codePointRange: 18..<22, label: "PERSON"),
                GoldSpan(codePointRange: text.unicodeScalars.count - 4..<text.unicodeScalars.count, label: "LOCATION"),
            ])
            var predictions = [PredictedSpan(codePointRange: 0..<5, label: "PERSON", ruleID: "given", replacement: "Aysel")]
            if i % 2 == 0 { predictions.append(PredictedSpan(codePointRange: 15..<17, label: "PERSON", ruleID: "noise")) }
            if i % 3 == 1 { predictions.append(PredictedSpan(codePointRange: 18..<22, label: "PERSON", ruleID: "names")) }
            return (document, predictions)
        }
    }
}
