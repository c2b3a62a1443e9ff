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

    /// The wider world's given names (`given-names-world-gfdl.tsv`) are flagged `W`, except
    /// where the four languages' lists make the key a given name already: those keep their
    /// gender (`Andrea` a woman's in English lists stays one, though Italy's is a man's).
    @Test func worldGivenNamesAreFlaggedAndNeverChangeAListedKey() throws {
        var compiler = LexiconCompiler()
        try compiler.read(folder: try folder([
            "given-names.tsv": "# header\nAndrea\tf\ten\n",
            "given-names-world-gfdl.tsv": "# header\nAndrea\tm\tworld\nWolfgang\tm\tworld\n",
        ]))
        let lines = try #require(compiler.tables["names"]).split(separator: "\n").map(String.init)
        #expect(lines.contains("\(NameKey.phonetic("Wolfgang"))\tWm;;"), "\(lines)")
        #expect(lines.contains("\(NameKey.phonetic("Andrea"))\tf;e;"), "\(lines)")
        #expect(compiler.tables["words"]?.contains("wolfgang\tgv\n") == true)
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
