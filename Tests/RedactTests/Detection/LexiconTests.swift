import Testing
@testable import Redact

/// The compiled word lists are found through their hash index exactly as by binary search.
@Suite struct LexiconTests {
    @Test(arguments: ["names", "words", "places", "standins"])
    func theIndexFindsEveryKeyTheTableHolds(table: String) {
        let (text, index): (StaticString, StaticString) = switch table {
        case "names": (GeneratedLexicon.names, GeneratedLexicon.namesIndex)
        case "words": (GeneratedLexicon.words, GeneratedLexicon.wordsIndex)
        case "places": (GeneratedLexicon.places, GeneratedLexicon.placesIndex)
        default: (GeneratedLexicon.standins, GeneratedLexicon.standinsIndex)
        }
        let indexed = SortedLines(text, index: index)
        let searched = SortedLines(text)
        let lines = searched.lines(withPrefix: "")
        #expect(lines.count > 1000)
        var checked = 0
        for (n, line) in lines.enumerated() where n % 13 == 0 {
            #expect(indexed.payload(for: line.key).map(String.init) == line.payload, "\(line.key)")
            // A key one letter longer or shorter is another key, or none.
            for other in [line.key + "q", String(line.key.dropLast())] {
                #expect(indexed.payload(for: other) == searched.payload(for: other), "\(other)")
            }
            checked += 1
        }
        #expect(checked * 13 >= lines.count)
    }
}
