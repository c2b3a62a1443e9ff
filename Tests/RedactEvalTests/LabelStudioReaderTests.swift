import Foundation
import Testing
@testable import RedactEval

@Suite struct LabelStudioReaderTests {
    static let export = """
        [
          {"id": 11, "data": {"text": "\(Sample.text)", "lang": "az"},
           "annotations": [
             {"was_cancelled": true, "result": [{"value": {"start": 0, "end": 1, "labels": ["EMOJI"]}}]},
             {"was_cancelled": false, "result": [
               {"from_name": "label", "to_name": "text", "type": "labels",
                "value": {"start": 2, "end": 16, "text": "Elçin Hüseynov", "labels": ["PERSON"]}},
               {"type": "choices", "value": {"choices": ["interview"]}},
               {"type": "labels", "value": {"start": 17, "end": 23, "labels": ["LOCATION", "CITY"]}}
             ]},
             {"result": [{"value": {"start": 0, "end": 1, "labels": ["LATER"]}}]}
           ]},
          {"id": "never", "data": {"text": "Not annotated."}, "annotations": []},
          {"data": {"text": "Гянджа"}, "completions": [{"result": [{"value": {"start": 0, "end": 6, "labels": ["LOCATION"]}}]}]}
        ]
        """

    @Test func takesTheFirstAnnotationThatIsNotCancelled() throws {
        let documents = try LabelStudioReader.parse(Data(Self.export.utf8), file: "export.json")
        #expect(documents.map(\.id) == ["11", "3"])
        #expect(documents[0].language == "az")
        #expect(documents[0].spans == [
            GoldSpan(codePointRange: Sample.person, label: "PERSON"),
            GoldSpan(codePointRange: Sample.city, label: "LOCATION"),
            GoldSpan(codePointRange: Sample.city, label: "CITY"),
        ])
        // Older exports: `completions`; a task without id is named by its position.
        #expect(documents[1].spans == [GoldSpan(codePointRange: 0..<6, label: "LOCATION")])
    }

    @Test func readsFromAFileWithUTF16OffsetsAndALabelMap() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("export.json", """
            [{"id": 1, "data": {"text": "\(Sample.text)"}, "annotations": [{"result": [
              {"value": {"start": 3, "end": 17, "labels": ["PER"]}}, {"value": {"start": 18, "end": 24, "labels": ["MISC"]}}]}]}]
            """)
        let options = GoldReadOptions(unit: .utf16, labelMap: LabelMap(renames: ["PER": "PERSON"], dropped: ["MISC"]), defaultLanguage: "az")
        let documents = try LabelStudioReader.readAll(path: path, options: options)
        #expect(documents == [GoldDocument(id: "1", text: Sample.text, language: "az",
                                           spans: [GoldSpan(codePointRange: Sample.person, label: "PERSON")])])
    }

    @Test func errorsSayWhichTaskAndKey() throws {
        let bad = #"[{"id": 1, "data": {"text": "abc"}, "annotations": [{"result": [{"value": {"start": "a", "end": 2, "labels": ["X"]}}]}]}]"#
        let error = try #require(EvalInputError.caught { _ = try LabelStudioReader.parse(Data(bad.utf8), file: "ls.json") })
        #expect(error.description == "ls.json: span 0: '[0].annotations[0].result[0].value.start': expected an integer")
        let outside = #"[{"id": 5, "data": {"text": "abc"}, "annotations": [{"result": [{"value": {"start": 1, "end": 9, "labels": ["X"]}}]}]}]"#
        let offset = try #require(EvalInputError.caught { _ = try LabelStudioReader.parse(Data(outside.utf8), file: "ls.json") })
        #expect(offset.description == "ls.json: document '5': span 0: end 9 is outside the text (0...3 codepoints)")
        let object = try #require(EvalInputError.caught { _ = try LabelStudioReader.parse(Data("{}".utf8), file: "ls.json") })
        #expect(object.message == "the top level: expected an array")
    }
}
