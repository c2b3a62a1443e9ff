import Testing
@testable import RedactEval

@Suite struct LabelMapTests {
    @Test func linesRenameAndDrop() throws {
        let map = try LabelMap(parsing: "# CoNLL to Redact\nPER = PERSON\r\nLOC=LOCATION\nMISC=\nDATE=-\n\n", file: "map.txt")
        #expect(map.renames == ["PER": "PERSON", "LOC": "LOCATION"])
        #expect(map.dropped == ["MISC", "DATE"])
        #expect(map.map("PER") == "PERSON" && map.map("MISC") == nil && map.map("EMAIL") == "EMAIL")
    }

    @Test func jsonObject() throws {
        let map = try LabelMap(parsing: #"{"PER": "PERSON", "MISC": null, "O": "-"}"#, file: "map.json")
        #expect(map == LabelMap(renames: ["PER": "PERSON"], dropped: ["MISC", "O"]))
    }

    @Test func appliesToGoldAndPredictions() throws {
        let map = LabelMap(renames: ["PER": "PERSON"], dropped: ["MISC"])
        let document = GoldDocument(id: "d", text: Sample.text, spans: [
            GoldSpan(codePointRange: Sample.person, label: "PER", entity: "p"), GoldSpan(codePointRange: Sample.city, label: "MISC"),
        ])
        #expect(map.apply(to: document).spans == [GoldSpan(codePointRange: Sample.person, label: "PERSON", entity: "p")])
        let predictions = [PredictedSpan(codePointRange: 0..<1, label: "MISC"), PredictedSpan(codePointRange: 2..<16, label: "PER", ruleID: "r")]
        #expect(map.apply(to: predictions) == [PredictedSpan(codePointRange: 2..<16, label: "PERSON", ruleID: "r")])
    }

    @Test func errorsNameTheLine() throws {
        let error = try #require(EvalInputError.caught { _ = try LabelMap(parsing: "PER=PERSON\nLOCATION\n", file: "map.txt") })
        #expect(error.description == "map.txt:2: expected FROM=TO (TO empty or '-' drops the label), found 'LOCATION'")
        let twice = try #require(EvalInputError.caught { _ = try LabelMap(parsing: "PER=PERSON\nPER=-\n", file: "map.txt") })
        #expect(twice.place.line == 2 && twice.message == "label 'PER' is mapped twice")
        let json = try #require(EvalInputError.caught { _ = try LabelMap(parsing: #"{"PER": 3}"#, file: "m.json") })
        #expect(json.message == "label 'PER': expected a string or null")
    }

    @Test func readsAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("labels.map", "PER=PERSON\n")
        #expect(try LabelMap.read(path: path).map("PER") == "PERSON")
        let missing = try #require(EvalInputError.caught { _ = try LabelMap.read(path: folder.path + "/none") })
        #expect(missing.code == .unreadable)
    }
}
