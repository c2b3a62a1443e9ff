import Testing
@testable import RedactEval

@Suite struct PredictionsReaderTests {
    @Test func readsTheCanonicalShape() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("pred.jsonl", """
            {"id":"doc-1","spans":[{"start":2,"end":16,"label":"PERSON","rule":"names.full","replacement":"Kamran Əliyev"},{"start":17,"end":23,"label":"LOCATION"}]}
            {"id":"doc-2","spans":[]}
            """)
        let predictions = try PredictionsReader.readAll(path: path)
        #expect(predictions["doc-1"] == [
            PredictedSpan(codePointRange: Sample.person, label: "PERSON", ruleID: "names.full", replacement: "Kamran Əliyev"),
            PredictedSpan(codePointRange: Sample.city, label: "LOCATION"),
        ])
        #expect(predictions["doc-2"] == [])
    }

    /// A line as `redact detect --jsonl` writes it (Detect.swift): the input's fields, then
    /// `spans` with offsets in three units, `text` and `replacement`, and `output`.
    @Test func readsWhatRedactDetectPrints() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let line = #"{"id":"doc-1","lang":"az","output":"😀 [PERSON-1] Гянджа şəhərində yaşayır.","spans":[{"end":16,"label":"PERSON","replacement":"[PERSON-1]","rule":"names","start":2,"text":"Elçin Hüseynov","utf16_end":17,"utf16_start":3,"utf8_end":21,"utf8_start":5}],"text":"\#(Sample.text)"}"#
        let path = try folder.write("detect.jsonl", line + "\n")
        let predictions = try PredictionsReader.readAll(path: path)
        #expect(predictions == ["doc-1": [PredictedSpan(codePointRange: Sample.person, label: "PERSON", ruleID: "names", replacement: "[PERSON-1]")]])
    }

    @Test func utf8OffsetsNeedTheTextFromTheRecordOrTheGold() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let withText = try folder.write("a.jsonl", #"{"id":"a","text":"\#(Sample.text)","spans":[{"start":5,"end":21,"label":"PERSON"}]}"#)
        #expect(try PredictionsReader.readAll(path: withText, options: GoldReadOptions(unit: .utf8))["a"]?.first?.codePointRange == Sample.person)
        let withoutText = try folder.write("b.jsonl", #"{"id":"a","spans":[{"start":22,"end":34,"label":"LOCATION"}]}"#)
        let fromGold = try PredictionsReader.readAll(path: withoutText, options: GoldReadOptions(unit: .utf8), texts: ["a": Sample.text])
        #expect(fromGold["a"]?.first?.codePointRange == Sample.city)
        let error = try #require(EvalInputError.caught { _ = try PredictionsReader.readAll(path: withoutText, options: GoldReadOptions(unit: .utf8)) })
        #expect(error.place.document == "a" && error.place.line == 1 && error.message.contains("need the document's text"))
    }

    @Test func rejectsDuplicateIDsAndBadSpans() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let duplicate = try folder.write("dup.jsonl", "{\"id\":\"a\",\"spans\":[]}\n{\"id\":\"a\",\"spans\":[]}\n")
        let error = try #require(EvalInputError.caught { _ = try PredictionsReader.readAll(path: duplicate) })
        #expect(error.code == .duplicateDocument && error.place.document == "a")
        let reversed = try folder.write("rev.jsonl", #"{"id":"a","spans":[{"start":5,"end":5,"label":"X"}]}"#)
        let offset = try #require(EvalInputError.caught { _ = try PredictionsReader.readAll(path: reversed) })
        #expect(offset.code == .offset && offset.place.spanIndex == 0)
    }
}
