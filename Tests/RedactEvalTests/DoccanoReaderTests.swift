import Testing
@testable import RedactEval

@Suite struct DoccanoReaderTests {
    @Test func readsTheThreeShapes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("doccano.jsonl", """
            {"id": 4, "text": "\(Sample.text)", "label": [[2, 16, "PERSON"], [17, 23, "LOCATION"]]}
            {"text": "Гянджа", "labels": [[0, 6, "LOCATION"]]}
            {"id": "e", "text": "Elçin Hüseynov", "entities": [{"id": 1, "label": "PERSON", "start_offset": 0, "end_offset": 14}], "relations": []}
            {"id": "none", "text": "nothing"}
            """)
        let documents = try DoccanoReader.readAll(path: path)
        #expect(documents.map(\.id) == ["4", "2", "e", "none"])
        #expect(documents[0].spans == [GoldSpan(codePointRange: Sample.person, label: "PERSON"),
                                       GoldSpan(codePointRange: Sample.city, label: "LOCATION")])
        #expect(documents[1].spans == [GoldSpan(codePointRange: 0..<6, label: "LOCATION")])
        #expect(documents[2].spans == [GoldSpan(codePointRange: 0..<14, label: "PERSON")])
        #expect(documents[3].spans.isEmpty)
    }

    @Test func utf8OffsetsAndMalformedTriples() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let utf8 = try folder.write("u.jsonl", #"{"text": "\#(Sample.text)", "label": [[22, 34, "LOCATION"]]}"#)
        #expect(try DoccanoReader.readAll(path: utf8, options: GoldReadOptions(unit: .utf8))[0].spans[0].codePointRange == Sample.city)
        let classification = try folder.write("c.jsonl", "{\"text\": \"ok\", \"label\": []}\n{\"text\": \"good film\", \"label\": [[0, \"POSITIVE\"]]}\n")
        let error = try #require(EvalInputError.caught { _ = try DoccanoReader.readAll(path: classification) })
        #expect(error.description == "\(classification):2: span 0: 'label[0]': expected [start, end, \"LABEL\"]")
    }
}
