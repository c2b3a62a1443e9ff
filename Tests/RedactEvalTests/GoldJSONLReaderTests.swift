import Foundation
import Testing
@testable import RedactEval

@Suite struct GoldJSONLReaderTests {
    @Test func readsDocumentsWithDefaultsAndEntities() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("gold.jsonl", """
            {"id":"doc-1","lang":"az","text":"\(Sample.text)","spans":[{"start":2,"end":16,"label":"PERSON","entity":"p1"},{"start":17,"end":23,"label":"LOCATION","entity":7}]}

            {"text":"Heç nə yoxdur.","spans":[]}
            """)
        let documents = try GoldJSONLReader.readAll(path: path)
        #expect(documents.count == 2)
        #expect(documents[0] == GoldDocument(id: "doc-1", text: Sample.text, language: "az", spans: [
            GoldSpan(codePointRange: Sample.person, label: "PERSON", entity: "p1"),
            GoldSpan(codePointRange: Sample.city, label: "LOCATION", entity: "7"),
        ]))
        #expect(Sample.slice(documents[0].text, documents[0].spans[0].codePointRange) == "Elçin Hüseynov")
        // No id: the 1-based line number, counting the blank line.
        #expect(documents[1].id == "3" && documents[1].language == nil && documents[1].spans.isEmpty)
    }

    @Test func utf16OffsetsAreConverted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("gold.jsonl", """
            {"id":"a","text":"\(Sample.text)","spans":[{"start":3,"end":17,"label":"PERSON"},{"start":18,"end":24,"label":"LOCATION"}]}
            """)
        let documents = try GoldJSONLReader.readAll(path: path, options: GoldReadOptions(unit: .utf16))
        #expect(documents[0].spans.map(\.codePointRange) == [Sample.person, Sample.city])
        let utf8Path = try folder.write("gold8.jsonl", """
            {"id":"a","text":"\(Sample.text)","spans":[{"start":5,"end":21,"label":"PERSON"},{"start":22,"end":34,"label":"LOCATION"}]}
            """)
        let utf8 = try GoldJSONLReader.readAll(path: utf8Path, options: GoldReadOptions(unit: .utf8))
        #expect(utf8[0].spans.map(\.codePointRange) == [Sample.person, Sample.city])
    }

    @Test func malformedLinesNameFileLineAndWhatWasExpected() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("bad.jsonl", """
            {"id":"ok","text":"abc","spans":[]}
            {"id":"x","text":"abc","spans":[{"start":0,"label":"PERSON"}]}
            """)
        let reader = try GoldJSONLReader(path: path)
        #expect(try reader.next()?.id == "ok")
        let missing = try #require(EvalInputError.caught { _ = try reader.next() })
        #expect(missing.code == .schema)
        #expect(missing.place.line == 2 && missing.place.file == path && missing.place.spanIndex == 0)
        #expect(missing.message == "missing key 'end' in 'spans[0]'")

        let notJSON = try folder.write("notjson.jsonl", "{\"text\": \"abc\",\n")
        let syntax = try #require(EvalInputError.caught { _ = try GoldJSONLReader.readAll(path: notJSON) })
        #expect(syntax.code == .syntax && syntax.description == "\(notJSON):1: not valid JSON")

        let wrongType = try folder.write("type.jsonl", #"{"text":"abc","spans":[{"start":"0","end":1,"label":"L"}]}"#)
        let type = try #require(EvalInputError.caught { _ = try GoldJSONLReader.readAll(path: wrongType) })
        #expect(type.message == "'spans[0].start': expected an integer")

        let inside = try folder.write("inside.jsonl", #"{"id":"d9","text":"😀a","spans":[{"start":0,"end":1,"label":"L"},{"start":1,"end":3,"label":"L"}]}"#)
        let offset = try #require(EvalInputError.caught { _ = try GoldJSONLReader.readAll(path: inside, options: GoldReadOptions(unit: .utf16)) })
        #expect(offset.description == "\(inside):1: document 'd9': span 0: end 1 falls inside a code point (offsets are in utf16)")
    }

    @Test func lineReaderSplitsLinesAcrossChunksAndHandlesCRLFAndBOM() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var contents = "\u{FEFF}"
        for i in 0..<50 {
            contents += #"{"id":"d\#(i)","text":"Гянджа \#(i)","spans":[{"start":0,"end":6,"label":"LOCATION"}]}"# + "\r\n"
        }
        let path = try folder.write("many.jsonl", contents)
        // A 7-byte buffer cuts lines (and multi-byte letters) at every possible place.
        let reader = GoldJSONLReader(lines: try LineReader(path: path, chunkSize: 7), options: .init())
        var ids: [String] = []
        while let document = try reader.next() {
            #expect(Sample.slice(document.text, document.spans[0].codePointRange) == "Гянджа")
            ids.append(document.id)
        }
        #expect(ids == (0..<50).map { "d\($0)" })
    }

    @Test func readsFromAnOpenFileHandle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("g.jsonl", #"{"id":"h","text":"Анна","spans":[{"start":0,"end":4,"label":"PERSON"}]}"# + "\n")
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        let reader = GoldJSONLReader(fileHandle: handle, name: "standard input")
        #expect(try reader.next()?.spans == [GoldSpan(codePointRange: 0..<4, label: "PERSON")])
        #expect(try reader.next() == nil)
    }
}
