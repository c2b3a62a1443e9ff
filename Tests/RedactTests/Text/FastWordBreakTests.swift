import Foundation
import PropertyBased
import Testing
@testable import Redact

/// `WordSegmenter.segment` (the fast path, with ICU for what it leaves) must give exactly the
/// tokens of ICU's break iterator alone (`segmentWithICU`): the same offsets and rule statuses.
@Suite struct FastWordBreakTests {
    /// The repository's root (this file is Tests/RedactTests/Text/FastWordBreakTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The shared corpora beside the clone (`../shared/corpora`), as CI lays them out.
    static let corpora = root.deletingLastPathComponent().appendingPathComponent("shared/corpora")
    static let corporaFiles: [URL] = ((try? FileManager.default.contentsOfDirectory(at: corpora, includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.pathExtension == "jsonl" }.sorted { $0.path < $1.path }

    /// Both segmentations of `text`, and where they first differ (nil when they agree).
    static func difference(_ text: [UInt16], segmenter: WordSegmenter = WordSegmenter()) -> String? {
        var fast: [WordToken] = [], icu: [WordToken] = []
        text.withUnsafeBufferPointer { units in
            segmenter.segment(units, into: &fast)
            segmenter.segmentWithICU(units, into: &icu)
        }
        guard fast != icu else { return nil }
        let i = (0..<min(fast.count, icu.count)).first { fast[$0] != icu[$0] } ?? min(fast.count, icu.count)
        func show(_ tokens: [WordToken]) -> String {
            guard i < tokens.count else { return "(none)" }
            let t = tokens[i]
            return "\(String(decoding: text[Int(t.start)..<Int(t.end)], as: UTF16.self).debugDescription) \(t.start)..<\(t.end) status \(t.status)"
        }
        let from = max(0, Int(i < icu.count ? icu[i].start : i < fast.count ? fast[i].start : 0) - 20)
        let context = String(decoding: text[from..<min(text.count, from + 60)], as: UTF16.self)
        return "token \(i): fast \(show(fast)), ICU \(show(icu)) in \(context.debugDescription)"
    }

    static func expectSame(_ text: String, _ what: @autoclosure () -> String = "", segmenter: WordSegmenter = WordSegmenter(),
                           sourceLocation: SourceLocation = #_sourceLocation) {
        if let difference = difference(Array(text.utf16), segmenter: segmenter) {
            Issue.record("\(what()) \(difference)", sourceLocation: sourceLocation)
        }
    }

    /// The tokens of `text` as (text, status) pairs, from the fast path.
    static func tokens(_ text: String) -> [String] {
        let units = Array(text.utf16)
        var tokens: [WordToken] = []
        units.withUnsafeBufferPointer { WordSegmenter().segment($0, into: &tokens) }
        return tokens.map { "\(String(decoding: units[Int($0.start)..<Int($0.end)], as: UTF16.self)):\($0.status)" }
    }

    // MARK: Corpora and fixtures

    @Test(.enabled(if: !corporaFiles.isEmpty, "../shared/corpora is not beside the clone"))
    func sameAsICUOnTheSharedCorpora() throws {
        let documentSegmenter = WordSegmenter(), chunkSegmenter = WordSegmenter()
        var documents = 0
        for file in Self.corporaFiles {
            let data = try Data(contentsOf: file)
            var chunk = ""
            for line in data.split(separator: UInt8(ascii: "\n")) {
                let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
                guard let text = object?["text"] as? String else { continue }
                documents += 1
                Self.expectSame(text, "\(file.lastPathComponent) document \(documents):", segmenter: documentSegmenter)
                // Also as the scanner sees them: many documents' lines in one chunk of about 64 KiB.
                chunk += text + "\n"
                if chunk.utf8.count > 1 << 16 {
                    Self.expectSame(chunk, "\(file.lastPathComponent) chunk:", segmenter: chunkSegmenter)
                    chunk = ""
                }
            }
            Self.expectSame(chunk, "\(file.lastPathComponent) last chunk:", segmenter: chunkSegmenter)
        }
        #expect(documents > 0)
        // How much went to ICU (the figures Benchmarks/README.md quotes).
        for (what, s) in [("documents", documentSegmenter.statistics), ("chunks", chunkSegmenter.statistics)] {
            print("FastWordBreak on \(Self.corporaFiles.count) corpora: \(s.textsWithFallback) of \(s.texts) \(what) had a stretch "
                  + "segmented by ICU (\(s.fallbackRegions) stretches, \(s.fallbackUnits) of \(s.units) UTF-16 units)")
        }
    }

    /// The repository's own texts: the example transcript, the fuzzing seeds, the rule files
    /// (every language's words), the held-out benchmark texts and the documentation.
    @Test func sameAsICUOnTheFixtures() throws {
        let folders = ["Examples", "Tests/Fuzz/Corpus", "Rules", "Benchmarks/heldout", "docs"]
        var files = 0
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: Self.root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            else { continue }
            for case let url as URL in walker where ["txt", "yaml", "md", "tsv"].contains(url.pathExtension) {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                files += 1
                Self.expectSame(text, url.lastPathComponent)
                for line in text.split(separator: "\n") { Self.expectSame(String(line), url.lastPathComponent) }
            }
        }
        #expect(files > 20)
    }

    // MARK: Hand-written cases

    @Test func apostrophesAndMiddleCharactersJoinLettersAsICUDoes() {
        #expect(Self.tokens("l'amour d’Artagnan O‘Neil") == ["l'amour:200", "d’Artagnan:200", "O‘Neil:200"])
        #expect(Self.tokens("İzmir'de Bakı’da") == ["İzmir'de:200", "Bakı’da:200"])
        #expect(Self.tokens("e.g. U.S.A. a·b") == ["e.g:200", "U.S.A:200", "a·b:200"])
        #expect(Self.tokens("a:b a,b a;b a..b 'ab' x-y") == ["a:200", "b:200", "a:200", "b:200", "a:200", "b:200", "a:200", "b:200",
                                                             "ab:200", "x:200", "y:200"])
        for text in ["l'amour d’Artagnan", "e.g. U.S.A.", "a:b a,b a;b a..b 'ab' x-y", "Qaradağ’ın", "rock'n'roll", "ab'", "'ab"] {
            Self.expectSame(text)
        }
    }

    @Test func numbersWithSeparatorsAreOneTokenAsInICU() {
        #expect(Self.tokens("1,234.56 1'000 1’000 1;2 12:30 3-4 +994") == ["1,234.56:100", "1'000:100", "1’000:100", "1;2:100", "12:100", "30:100",
                                                                         "3:100", "4:100", "994:100"])
        #expect(Self.tokens("1.2.3. 1..2 ,1, 1,a a.1") == ["1.2.3:100", "1:100", "2:100", "1:100", "1:100", "a:200", "a:200", "1:100"])
        #expect(Self.tokens("10\u{202F}000") == ["10\u{202F}000:100"])
        for text in ["1,234.56 1'000", "12:30", "1..2 ,1, 1,a a.1", "3-4 +994 50 123 45 67", "10\u{202F}000", "2013-cü", "50%", "№5"] {
            Self.expectSame(text)
        }
    }

    @Test func digitsNextToLettersAndUnderscoresTakeTheStatusOfTheirLastCharacter() {
        #expect(Self.tokens("a1 1a 2013cü 5ZK7R2B") == ["a1:100", "1a:200", "2013cü:200", "5ZK7R2B:200"])
        #expect(Self.tokens("_ __ a_ _a 1_ _1 1__ a_1 1_a _1_ snake_case") == [
            "__:200", "a_:200", "_a:200", "1_:100", "_1:100", "1__:200", "a_1:100", "1_a:200", "_1_:100", "snake_case:200",
        ])
        for text in ["_ __ a_ _a 1_ _1 1__ a_1 1_a _1_", "a_.b", "_._", "1._", "__a", "x__1__y"] { Self.expectSame(text) }
    }

    @Test func mixedScriptsAreOneWordAsInICU() {
        #expect(Self.tokens("Əliyevа Москва-2 Ivanovич") == ["Əliyevа:200", "Москва:200", "2:100", "Ivanovич:200"])
        for text in ["Əliyevа Москва-2 Ivanovич", "ĞğİıŞşÇçÖöÜüƏə", "Ἀθῆναι Αθήνα", "Nguyễn Văn", "µm ªº ÿ", "Ʉ ǅ ǈ ȸ ɐ ʼa aʼb"] {
            Self.expectSame(text)
        }
    }

    /// Characters the fast path leaves to ICU, alone, at the edges and between handled text;
    /// ICU's result must come out whole, and the statistics count the stretches.
    @Test func unhandledCharactersAreSegmentedByICU() {
        let cases = [
            "Mu\u{0308}ller said",           // a combining mark inside a word: one word for ICU (WB4)
            "soft\u{00AD}hyphen and zero\u{200D}width",
            "Elç\u{200B}in",                  // zero-width space: in the table (Other)
            "東京 and Москва, 日本語のテキスト",
            "ภาษาไทย mixed with English",
            "שלום \"צה\"ל\" d'Artagnan",       // Hebrew quotes (WB7a–c)
            "カタカナ_abc",
            "emoji 👍🏽 and 🇦🇿 flags",
            "\u{0301}leading mark",
            "trailing mark\u{0301}",
            "a\u{0301}.b 1\u{0301},2",
            "Ǆ\u{0300}\u{0300}\u{0300}",
        ]
        let segmenter = WordSegmenter()
        for text in cases { Self.expectSame(text, segmenter: segmenter) }
        // Lone surrogates (which no String holds) and a pair cut by the end of the text.
        for units: [UInt16] in [[0xD800, 0x61, 0x62], [0x61, 0xDC00, 0x62], [0x61, 0x2E, 0xD83D], [0xDE00, 0x31, 0x2C, 0x32]] {
            if let difference = Self.difference(units, segmenter: segmenter) { Issue.record(Comment(rawValue: difference)) }
        }
        #expect(segmenter.statistics.fallbackRegions >= cases.count - 1)
        #expect(Self.tokens("Mu\u{0308}ller said") == ["Mu\u{0308}ller:200", "said:200"])

        let plain = WordSegmenter()
        Self.expectSame("Elçin Hüseynov, +994 50 123 45 67; l'amour.", segmenter: plain)
        #expect(plain.statistics.fallbackRegions == 0)
    }

    // MARK: Every short string, every code point, random strings

    /// One character of each class the fast path handles, and of the classes it leaves to ICU.
    static let alphabet: [String] = [
        "a", "Z", "ə", "İ", "ж", "Ω", "1", "0", "_", "\u{202F}", ".", ",", ";", ":", "'", "’", "‘", "·", "\u{2024}", " ", "\u{2003}",
        "\n", "\r", "-", "\"", "(", "\u{0301}", "\u{200D}", "\u{00AD}", "\u{200B}", "中", "א", "ア", "ก", "😀", "\u{1F1E6}",
    ]

    @Test func sameAsICUOnEveryShortString() {
        let segmenter = WordSegmenter()
        let units = Self.alphabet.map { Array($0.utf16) }
        var failures = 0
        func check(_ text: [UInt16]) {
            guard failures < 20, let difference = Self.difference(text, segmenter: segmenter) else { return }
            failures += 1
            Issue.record(Comment(rawValue: difference))
        }
        for a in units {
            check(a)
            for b in units {
                check(a + b)
                for c in units { check(a + b + c) }
            }
        }
        // Four characters over the handled classes, where the middle-character rules look furthest.
        let handled = ["a", "1", "_", ".", ",", ":", "'", "·", " ", "\r", "\n", "\u{0301}"].map { Array($0.utf16) }
        for a in handled { for b in handled { for c in handled { for d in handled { check(a + b + c + d) } } } }
    }

    /// Every code point of the blocks the table covers, between and beside letters, digits and
    /// underscores, doubled and alone: its class in the table is the class ICU's rules give it.
    @Test func sameAsICUForEveryCoveredCodePoint() {
        let segmenter = WordSegmenter()
        var failures = 0
        for block in FastWordBreak.coveredBlocks {
            for value in block {
                guard failures < 20, let scalar = Unicode.Scalar(value) else { continue }
                let c = String(scalar)
                for text in ["a\(c)b", "1\(c)2", "a\(c)1", "_\(c)_", "\(c)", "\(c)\(c)", "x\(c)", "\(c)x", "\(c)\u{0301}x", "ab\(c)\(c)cd", "\u{200D}\(c)x", "x\u{200D}\(c)"] {
                    if let difference = Self.difference(Array(text.utf16), segmenter: segmenter) {
                        failures += 1
                        Issue.record("U+\(String(value, radix: 16, uppercase: true)): \(difference)")
                        break
                    }
                }
            }
        }
    }

    /// Random strings over handled and unhandled characters and longer pieces (words, numbers,
    /// scripts ICU segments with dictionaries), compared with ICU; a failure prints its seed.
    @Test func sameAsICUOnRandomStrings() async {
        let pieces = Self.alphabet + [
            "Elçin", "Hüseynov", "Москва", "l'amour", "1,234.56", "2013-cü", "e.g.", "O’Neil", "東京都", "ภาษา", "שָׁלוֹם", "👍🏽", "\r\n",
            "Mu\u{0308}ller", "snake_case", "12:30", "№5", "€10", "−5", "→", "❤️", "☺", "@user_1", "\u{200D}❤",
        ]
        let text = Gen.element(of: pieces).map { $0! }.array(of: 0...40).map { $0.joined() }
        await propertyCheck(count: 3000, input: text) { text in
            Self.expectSame(text)
        }
    }
}
