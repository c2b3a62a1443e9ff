import Testing
@testable import Redact

@Suite struct StreamingRedactorTests {
    static let sample = """
        \u{FEFF}Call 555-0199 or write to a.b@example.org today.\r
        FİN: 5ZK7R2B — in Gəncə and New York, not Gəncəli.
        Second call: 555-0123; ünïcödé 😀 stays.
        last line without newline 555-0100
        """

    func redact(_ pieces: [[UInt8]], engine: RedactionEngine, lineBuffered: Bool = false) throws -> [UInt8] {
        let redactor = StreamingRedactor(session: engine.makeSession(), lineBuffered: lineBuffered)
        var out: [UInt8] = []
        for piece in pieces { out += try redactor.feed(piece) }
        return out + (try redactor.finish())
    }

    @Test func sameOutputForEverySplitPoint() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .tag))
        let bytes = Array(Self.sample.utf8)
        let whole = try redact([bytes], engine: engine)
        let text = String(decoding: whole, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}Call [NUMBER-1] or write to [EMAIL-1] today.\r\n"))
        #expect(text.contains("FİN: [NATIONAL_ID-1] — in [LOCATION-1] and [LOCATION-2], not Gəncəli."))
        #expect(text.hasSuffix("last line without newline [NUMBER-3]"))
        for split in 0...bytes.count {
            #expect(try redact([Array(bytes[..<split]), Array(bytes[split...])], engine: engine) == whole, "split at \(split)")
        }
        for lineBuffered in [false, true] {
            let single = try redact(bytes.map { [$0] }, engine: engine, lineBuffered: lineBuffered)
            #expect(single == whole)
        }
    }

    @Test func smallChunksGiveTheSameOutput() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .tag))
        let bytes = Array(String(repeating: Self.sample + "\n", count: 50).utf8)
        let whole = try redact([bytes], engine: engine)
        let redactor = StreamingRedactor(session: engine.makeSession())
        redactor.chunkBytes = 100
        var out: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: 37) {
            out += try redactor.feed(bytes[start..<min(start + 37, bytes.count)])
        }
        out += try redactor.finish()
        #expect(out == whole)
    }

    @Test func lineBufferedReleasesEachCompleteLine() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact))
        let redactor = StreamingRedactor(session: engine.makeSession(), lineBuffered: true)
        #expect(try redactor.feed(Array("call 555-01".utf8)).isEmpty)
        #expect(String(decoding: try redactor.feed(Array("99\nnext".utf8)), as: UTF8.self) == "call [NUMBER]\n")
        #expect(String(decoding: try redactor.finish(), as: UTF8.self) == "next")
    }

    @Test func invalidUTF8FailsClosedWithTheStreamOffset() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact))
        let redactor = StreamingRedactor(session: engine.makeSession(), lineBuffered: true)
        let first = try redactor.feed(Array("call 555-0199\n".utf8))
        #expect(String(decoding: first, as: UTF8.self) == "call [NUMBER]\n")
        // The bad line holds a number: none of it may come out.
        #expect(throws: InvalidUTF8(offset: 14 + 14)) {
            _ = try redactor.feed(Array("call 555-0100 ".utf8) + [0xFF] + Array(" x\n".utf8))
        }
    }

    @Test func linesBeforeABadLineInTheSameChunkAreKept() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact))
        for lineBuffered in [false, true] {
            let redactor = StreamingRedactor(session: engine.makeSession(), lineBuffered: lineBuffered)
            var out: [UInt8] = []
            let input = Array("one 555-0199\ntwo 555-0100\nbad ".utf8) + [0xC3] + Array(" 555-0111\nafter\n".utf8)
            #expect(throws: InvalidUTF8(offset: 30)) {
                try redactor.feed(input, into: &out)
                try redactor.finish(into: &out)
            }
            #expect(String(decoding: out, as: UTF8.self) == "one [NUMBER]\ntwo [NUMBER]\n")
        }
    }

    @Test func overlongLinesAreCutOutsideIdentifiers() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact))
        var line = ""
        var random = KeyedRandom(seed: [9])
        while line.utf8.count < 40_000 {
            line += random.next(below: 5) == 0 ? "555-0199 " : "word "
        }
        let bytes = Array(line.utf8)
        let expected = String(decoding: try redact([bytes], engine: engine), as: UTF8.self)
        #expect(!expected.contains("555"))
        let redactor = StreamingRedactor(session: engine.makeSession())
        redactor.maxLineBytes = 2000
        redactor.lookahead = 100
        var out: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: 512) {
            out += try redactor.feed(bytes[start..<min(start + 512, bytes.count)])
            #expect(redactor.bytesProcessed > 0 || start < 2000)
        }
        out += try redactor.finish()
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test func overlongLinesWithoutSpacesAreCutOutsideIdentifiers() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact))
        var line = ""
        var random = KeyedRandom(seed: [11])
        while line.utf8.count < 30_000 {
            line += random.next(below: 4) == 0 ? "555-0199|" : (random.next(below: 2) == 0 ? "şəki|" : "word|")
        }
        let bytes = Array(line.utf8)
        let expected = String(decoding: try redact([bytes], engine: engine), as: UTF8.self)
        let redactor = StreamingRedactor(session: engine.makeSession())
        redactor.maxLineBytes = 1500
        redactor.lookahead = 64
        var out: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: 700) {
            try redactor.feed(bytes[start..<min(start + 700, bytes.count)], into: &out)
        }
        try redactor.finish(into: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
        #expect(!expected.contains("555"))
    }

    @Test func byteOrderMarkAloneIsKept() throws {
        let engine = try TestRules.engine()
        #expect(try redact([[0xEF, 0xBB], [0xBF]], engine: engine) == [0xEF, 0xBB, 0xBF])
        #expect(throws: InvalidUTF8(offset: 0)) { try redact([[0xEF, 0xBB]], engine: engine) }
    }
}
