import Foundation
import RedactRules
import Testing

@Suite struct LexiconCompilerTests {
    func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir.path
    }

    @Test func namesAreKeyedPhoneticallyAndSorted() throws {
        var compiler = LexiconCompiler()
        try compiler.read(folder: try folder([
            "given-names.tsv": "# header\nElçin\tm\taz\nAnna\tf\tru\n",
            "surnames.tsv": "Hüseynov\tm\taz\n",
            "places.tsv": "586523\tAZ\t330663\tGəncə|Ganja|Гянджа\n",
            "common-words.tsv": "will\ten\n",
        ]))
        let names = try #require(compiler.tables["names"])
        let lines = names.split(separator: "\n").map(String.init)
        #expect(lines == lines.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(lines.contains("\(NameKey.phonetic("Elçin"))\tm;a;"))
        #expect(lines.contains("\(NameKey.phonetic("Hüseynov"))\ts;a;"))
        // Every spelling of the place is one key with the place's id, the large place flagged.
        #expect(lines.contains("\(NameKey.phonetic("Ganja"))\tLl;;AZ586523"))
        #expect(compiler.tables["words"]?.contains("will\tEc\n") == true)  // ordinary, in English
        #expect(compiler.counts["given-names.tsv"] == 2)
    }

    @Test func aMalformedLineNamesItsFileAndLine() throws {
        var compiler = LexiconCompiler()
        let path = try folder(["places.tsv": "586523\tAZ\t330663\tGəncə\n586524\tAZ\n"])
        #expect {
            try compiler.read(folder: path)
        } throws: { error in
            guard let error = error as? RuleFileError else { return false }
            return error.file.hasSuffix("places.tsv") && error.line == 2
        }
    }
}
