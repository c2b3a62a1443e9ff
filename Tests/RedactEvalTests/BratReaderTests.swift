import Testing
@testable import RedactEval

@Suite struct BratReaderTests {
    @Test func readsPairsDiscontinuousFragmentsAndIgnoresOtherLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b.txt", Sample.text)
        // "Elçin … Гянджа" as one discontinuous annotation: fragments 2..<7 and 17..<23.
        try folder.write("b.ann", """
            T1\tPERSON 2 16\tElçin Hüseynov
            T2\tLOCATION 17 23\tГянджа
            R1\tLives_in Arg1:T1 Arg2:T2
            A1\tVerified T1
            #1\tAnnotatorNotes T1\tsynthetic
            T3\tODD 2 7;17 23\tElçin Гянджа

            """)
        try folder.write("a.txt", "Гянджа\r\nAnna")
        try folder.write("a.ann", "T1\tLOCATION 0 6\tГянджа\r\nT2\tPERSON 8 12\tAnna\r\n")
        try folder.write("README.txt", "not a document")
        let documents = try BratReader.readAll(directory: folder.path, options: GoldReadOptions(defaultLanguage: "az"))
        #expect(documents.map(\.id) == ["a", "b"])
        #expect(documents[0].spans == [GoldSpan(codePointRange: 0..<6, label: "LOCATION", entity: "T1"),
                                       GoldSpan(codePointRange: 8..<12, label: "PERSON", entity: "T2")])
        #expect(documents[1].language == "az")
        #expect(documents[1].spans == [
            GoldSpan(codePointRange: Sample.person, label: "PERSON", entity: "T1"),
            GoldSpan(codePointRange: Sample.city, label: "LOCATION", entity: "T2"),
            GoldSpan(codePointRange: 2..<7, label: "ODD", entity: "T3"),
            GoldSpan(codePointRange: 17..<23, label: "ODD", entity: "T3"),
        ])
    }

    @Test func annotatedTextMustMatchTheSlice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("x.txt", Sample.text)
        // UTF-16 offsets read as code points: the slice is one character off.
        let ann = try folder.write("x.ann", "T1\tPERSON 2 16\tElçin Hüseynov\nT2\tLOCATION 18 24\tГянджа\n")
        let error = try #require(EvalInputError.caught { _ = try BratReader.readAll(directory: folder.path) })
        #expect(error.code == .textMismatch)
        #expect(error.description == "\(ann):2: document 'x': span 1: annotation T2 says 'Гянджа' but the text at 18..<24 is 'янджа '")
        // The same file read with the right unit passes.
        try folder.write("x.ann", "T1\tPERSON 3 17\tElçin Hüseynov\nT2\tLOCATION 18 24\tГянджа\n")
        #expect(try BratReader.readAll(directory: folder.path, options: GoldReadOptions(unit: .utf16))[0].spans.map(\.codePointRange)
                == [Sample.person, Sample.city])
    }

    @Test func malformedLinesAndMissingText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("y.txt", "abc")
        let ann = try folder.write("y.ann", "T1\tPERSON zero 2\tab\n")
        let error = try #require(EvalInputError.caught { _ = try BratReader.readAll(directory: folder.path) })
        #expect(error.code == .schema && error.place.file == ann && error.place.line == 1)
        try folder.write("y.ann", "")
        try folder.write("z.ann", "T1\tPERSON 0 1\ta\n")
        let missing = try #require(EvalInputError.caught { _ = try BratReader.readAll(directory: folder.path) })
        #expect(missing.code == .unreadable && missing.place.file?.hasSuffix("z.txt") == true)
    }
}
