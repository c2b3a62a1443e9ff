import Testing
@testable import RedactEval

@Suite struct CoNLLReaderTests {
    @Test func rebuildsTextAndSpansAcrossSentencesAndDocuments() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("gold.conll", """
            -DOCSTART- -X- O O

            😀 O
            Elçin NNP B-PER
            Hüseynov NNP I-PER
            Гянджа\tI-LOC
            . O

            Elçin B-PER
            gəldi O

            -DOCSTART- -X- O O

            Leyla S-PER
            Əliyeva O
            Bakı B-LOC
            şəhəri E-LOC
            """)
        let documents = try CoNLLReader.readAll(path: path)
        #expect(documents.count == 2)
        #expect(documents[0].id == "1")
        #expect(documents[0].text == "😀 Elçin Hüseynov Гянджа .\nElçin gəldi")
        // IOB1: `I-LOC` after a PER span starts a LOCATION span.
        #expect(documents[0].spans == [
            GoldSpan(codePointRange: 2..<16, label: "PER"),
            GoldSpan(codePointRange: 17..<23, label: "LOC"),
            GoldSpan(codePointRange: 26..<31, label: "PER"),
        ])
        #expect(Sample.slice(documents[0].text, 26..<31) == "Elçin")
        #expect(documents[1].text == "Leyla Əliyeva Bakı şəhəri")
        #expect(documents[1].spans == [GoldSpan(codePointRange: 0..<5, label: "PER"), GoldSpan(codePointRange: 14..<25, label: "LOC")])
    }

    @Test func badTagsAndMissingColumnsNameTheLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("bad.iob", "Elçin B-PER\nHüseynov X-PER\n")
        let error = try #require(EvalInputError.caught { _ = try CoNLLReader.readAll(path: path) })
        #expect(error.description == "\(path):2: expected a tag O, B-LABEL or I-LABEL (or E-, S-, L-, U-), found 'X-PER'")
        let single = try folder.write("single.iob", "Elçin B-PER\nHüseynov\n")
        let column = try #require(EvalInputError.caught { _ = try CoNLLReader.readAll(path: single) })
        #expect(column.place.line == 2 && column.message.hasPrefix("expected a token and a tag"))
    }
}
