import Testing
@testable import Redact

/// The byte-level helpers by which a place found once is linked to its other mentions, and an
/// ordinary word is not (see `RedactionSession.linkNames`).
@Suite struct PlaceLinkingTests {
    private func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { body(UnsafeBufferPointer($0)) }
    }

    @Test func aWordWrittenInLowerCaseAtAWordsStartIsFound() {
        withBytes("Şimal dənizi. Külək şimaldan əsdi; İzmirdən gəldi, ilk dəfə.") { bytes in
            #expect(RedactionSession.containsLowerCase("Şimal", in: bytes))    // `şimaldan`
            #expect(!RedactionSession.containsLowerCase("Külək", in: bytes))   // only capitalized
            #expect(!RedactionSession.containsLowerCase("İzmir", in: bytes))   // `İ` is `i`: no `izmir`
            #expect(!RedactionSession.containsLowerCase("Ilk", in: bytes))     // `I` is `ı`, not `i`
            #expect(RedactionSession.containsLowerCase("Dəfə", in: bytes))     // `dəfə` at the end
            #expect(!RedactionSession.containsLowerCase("Malda", in: bytes))   // inside `şimaldan`, not at a start
        }
    }

    @Test func sentenceOpenersAreTold() {
        withBytes("Bakı. «Gəncə» and Şəki\nQuba") { bytes in
            let text = Array("Bakı. «Gəncə» and Şəki\nQuba".utf8)
            func start(of word: String) -> Int {
                let w = Array(word.utf8)
                return (0...(text.count - w.count)).first { Array(text[$0..<$0 + w.count]) == w }!
            }
            #expect(RedactionSession.opensSentence(start(of: "Bakı"), in: bytes))
            #expect(RedactionSession.opensSentence(start(of: "Gəncə"), in: bytes))   // after `. «`
            #expect(!RedactionSession.opensSentence(start(of: "Şəki"), in: bytes))
            #expect(RedactionSession.opensSentence(start(of: "Quba"), in: bytes))    // a new line
        }
    }
}
