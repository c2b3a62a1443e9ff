import Testing
@testable import RedactEval

@Suite struct GoldDocumentStreamTests {
    @Test func streamsAnyFormatWithOptions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let conll = try folder.write("g.conll", "Elçin B-PER\nHüseynov I-PER\nGəncə B-GPE\n")
        let options = GoldReadOptions(labelMap: LabelMap(renames: ["PER": "PERSON"], dropped: ["GPE"]), defaultLanguage: "az")
        let stream = try GoldDocumentStream(path: conll, options: options)
        #expect(stream.format == .conll)
        let documents = try stream.readAll()
        #expect(documents == [GoldDocument(id: "1", text: "Elçin Hüseynov Gəncə", language: "az",
                                           spans: [GoldSpan(codePointRange: 0..<14, label: "PERSON")])])
        let explicit = try GoldDocumentStream(path: try folder.write("l.json", "[]"), format: .labelStudio)
        #expect(try explicit.next() == nil)
    }

    @Test func rejectsADocumentIDSeenTwice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("g.jsonl", """
            {"id":"a","text":"x","spans":[]}
            {"id":"a","text":"y","spans":[]}
            """)
        let stream = try GoldDocumentStream(path: path)
        #expect(try stream.next()?.text == "x")
        let error = try #require(EvalInputError.caught { _ = try stream.next() })
        #expect(error.code == .duplicateDocument && error.place.document == "a")
    }
}
