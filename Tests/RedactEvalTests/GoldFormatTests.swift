import Testing
@testable import RedactEval

@Suite struct GoldFormatTests {
    @Test func detectsEachFormat() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let canonical = try folder.write("g.jsonl", "\n" + #"{"id":"a","text":"x","spans":[]}"# + "\n")
        let doccano = try folder.write("d.jsonl", #"{"text":"x","label":[]}"# + "\n")
        let entities = try folder.write("e.json", #"{"text":"x","entities":[]}"# + "\n")
        let labelStudio = try folder.write("ls.json", "  [\n {\"data\": {\"text\": \"x\"}}]\n")
        let conllByName = try folder.write("x.iob2", "whatever\n")
        let conllByContents = try folder.write("train.txt", "-DOCSTART- -X- O O\n")
        let bioLine = try folder.write("t.tsv", "Elçin\tB-PER\n")
        let brat = try TemporaryFolder()
        defer { brat.remove() }
        try brat.write("a.ann", "")
        #expect(try GoldFormat.detect(path: canonical) == .jsonl)
        #expect(try GoldFormat.detect(path: doccano) == .doccano)
        #expect(try GoldFormat.detect(path: entities) == .doccano)
        #expect(try GoldFormat.detect(path: labelStudio) == .labelStudio)
        #expect(try GoldFormat.detect(path: conllByName) == .conll)
        #expect(try GoldFormat.detect(path: conllByContents) == .conll)
        #expect(try GoldFormat.detect(path: bioLine) == .conll)
        #expect(try GoldFormat.detect(path: brat.path) == .brat)
        #expect(try GoldFormat.detect(path: "-") == .jsonl)
        #expect(GoldFormat(rawValue: "label-studio") == .labelStudio)
    }

    @Test func unknownContentsAreAnErrorListingTheFormats() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = try folder.write("notes.txt", "Just some prose here.\n")
        let error = try #require(EvalInputError.caught { _ = try GoldFormat.detect(path: text) })
        #expect(error.code == .unknownFormat && error.message.hasSuffix("jsonl, label-studio, doccano, brat, conll"))
        let plain = try folder.write("plain.jsonl", #"{"id":"a","text":"no spans key"}"#)
        #expect(EvalInputError.caught { _ = try GoldFormat.detect(path: plain) }?.code == .unknownFormat)
        #expect(EvalInputError.caught { _ = try GoldFormat.detect(path: folder.path) }?.code == .unknownFormat)
        #expect(EvalInputError.caught { _ = try GoldFormat.detect(path: folder.path + "/missing") }?.code == .unreadable)
    }
}
