import Foundation
import Logging
import Redact
import Testing

/// The documented Swift surface, used as an embedder would (no @testable import): if this file
/// stops compiling, the public API changed.
@Suite struct EmbeddingAPITests {
    static let text = """
        Elçin called +994 50 123 45 67 on 5 March 2023 and wrote to elcin@example.az.
        Позвоните по телефону 8 (912) 345-67-89. TC Kimlik No: 10000000146.
        """

    static func engine(_ op: RedactionOperator = .tag) throws -> RedactionEngine {
        try RedactionEngine(configuration: RedactionConfiguration(
            rules: DefaultRules.spec, operators: OperatorTable(defaultOperator: op),
            key: try RedactionKey(bytes: Array(repeating: 9, count: 32)), protectedNames: []))
    }

    @Test func manyTasksSharingOneEngineMatchASerialRun() async throws {
        let engine = try Self.engine(.pseudonym)
        let documents = (0..<64).map { i in Self.text + "\nDocument \(i): call +994 55 \(100 + i) 45 67.\n" }
        let serial = documents.map { engine.redact($0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, RedactionResult).self) { group in
            for (i, document) in documents.enumerated() {
                group.addTask { (i, engine.redact(document)) }
            }
            var results = [RedactionResult?](repeating: nil, count: documents.count)
            for try await (i, result) in group { results[i] = result }
            return results.map { $0! }
        }
        #expect(parallel == serial)
        #expect(serial.allSatisfy { !$0.output.contains("123 45 67") })
    }

    @Test func resultsCarryOffsetsInThreeUnits() throws {
        let text = "Ə😀 mail elcin@example.az"
        let result = try Self.engine().redact(text)
        let span = try #require(result.spans.first)
        #expect(span.label == "EMAIL" && span.ruleID == "email" && span.text == "elcin@example.az" && span.replacement == "[EMAIL-1]")
        #expect(span.utf8Range == 12..<28)
        #expect(span.utf16Range == 9..<25)
        #expect(span.codePointRange == 8..<24)
        let utf8 = Array(text.utf8)
        #expect(String(decoding: utf8[span.utf8Range], as: UTF8.self) == span.text)
        let utf16 = Array(text.utf16)
        #expect(String(decoding: utf16[span.utf16Range], as: UTF16.self) == span.text)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.codePointRange])) == span.text)
        #expect(try Self.engine().detect(text) == result.spans)
    }

    @Test func streamingSpansCountFromTheStartOfTheStream() throws {
        let engine = try Self.engine()
        let redactor = StreamingRedactor(session: engine.makeSession(), lineBuffered: true)
        redactor.collectsSpans = true
        var out: [UInt8] = []
        try redactor.feed(Array("\u{FEFF}Ə line one\n".utf8), into: &out)
        try redactor.feed(Array("😀 mail elcin@example.az\n".utf8), into: &out)
        try redactor.finish(into: &out)
        let span = try #require(redactor.takeSpans().first)
        // BOM (3 bytes, 1 unit) + "Ə line one\n" (12 bytes, 11 units) + "😀 mail " (10 bytes, 8 units, 7 scalars)
        #expect(span.utf8Range.lowerBound == 3 + 12 + 10)
        #expect(span.utf16Range.lowerBound == 1 + 11 + 8)
        #expect(span.codePointRange.lowerBound == 1 + 11 + 7)
        #expect(String(decoding: out, as: UTF8.self) == "\u{FEFF}Ə line one\n😀 mail [EMAIL-1]\n")
    }

    @Test func asyncChunksRedactAsTheyArrive() async throws {
        let engine = try Self.engine()
        let bytes = Array(Self.text.utf8)
        let chunks = AsyncStream<[UInt8]> { continuation in
            for start in stride(from: 0, to: bytes.count, by: 7) {
                continuation.yield(Array(bytes[start..<min(start + 7, bytes.count)]))
            }
            continuation.finish()
        }
        var out: [UInt8] = []
        for try await piece in engine.redacting(chunks) { out += piece }
        #expect(String(decoding: out, as: UTF8.self) == engine.redact(Self.text).output)
    }

    @Test func asyncChunksEndWithTheErrorAfterTheGoodLines() async throws {
        let engine = try Self.engine(.redact)
        let chunks = AsyncStream<[UInt8]> { continuation in
            continuation.yield(Array("mail a@example.org\nbad ".utf8) + [0xFF] + Array(" b@example.org\n".utf8))
            continuation.finish()
        }
        var out: [UInt8] = []
        await #expect(throws: InvalidUTF8(offset: 23)) {
            for try await piece in engine.redacting(chunks) { out += piece }
        }
        #expect(String(decoding: out, as: UTF8.self) == "mail [EMAIL]\n")
    }

    @Test func protectedNamesAreAlwaysReplaced() throws {
        let configuration = RedactionConfiguration(
            operators: OperatorTable(defaultOperator: .tag), protectedNames: ["Elçin Hüseynov", "Эльчин", "Elchin"])
        let engine = try RedactionEngine(configuration: configuration)
        let result = engine.redact("ELÇİN HÜSEYNOV met Эльчин; elchin and Elç\u{00AD}in Hüseynov too. Elçinə said so.")
        // One person, one tag, in every spelling and script; a soft hyphen does not make another
        // person; and once known, the name is found with a case suffix too (the suffix stays).
        #expect(result.output == "[PERSON-1] met [PERSON-1]; [PERSON-1] and [PERSON-1] too. [PERSON-1]ə said so.")
        #expect(engine.ruleSetDigest != (try RedactionEngine()).ruleSetDigest)
    }

    @Test func noPartOfAProtectedNameStaysWhenAStrongerFindWinsPartOfIt() throws {
        let engine = try RedactionEngine(configuration: RedactionConfiguration(
            operators: OperatorTable(defaultOperator: .redact), protectedNames: ["Elcin Qasimova"]))
        // The longer URL wins "Elcin"; "Qasimova" must not stay visible.
        #expect(engine.redact("see https://example.org/Elcin Qasimova today").output == "see [URL] [PERSON] today")
        #expect(engine.redact("Elcin Qasimova, qasimova@example.az").output == "[PERSON], [EMAIL]")
    }

    @Test func protectedNamesGetMadeUpNamesAsPseudonyms() throws {
        let engine = try RedactionEngine(configuration: RedactionConfiguration(
            key: try RedactionKey(bytes: Array(repeating: 3, count: 32)), protectedNames: ["Elçin Hüseynov"]))
        let result = engine.redact("Elçin Hüseynov and ELÇİN HÜSEYNOV")
        let names = result.spans.map(\.replacement)
        #expect(names.count == 2)
        let words = names[0].split(separator: " ")
        #expect(words.count == 2 && words.allSatisfy { $0.first!.isUppercase && $0.dropFirst().allSatisfy(\.isLowercase) })
        // The capitals of the original, with the Turkic dotted İ for an Azerbaijani name.
        #expect(MatchKey.of(names[1]) == MatchKey.of(names[0]))
        #expect(names[1].unicodeScalars.allSatisfy { !$0.properties.isLowercase })
        #expect(!result.output.contains("Elçin") && !result.output.contains("ELÇİN"))
    }

    @Test func errorsAreTypedAndSayWhere() throws {
        var spec = DefaultRules.spec
        spec.rules[0].pattern = "[unclosed"
        do {
            _ = try RedactionEngine(configuration: RedactionConfiguration(rules: spec))
            Issue.record("a broken pattern must not compile")
        } catch {
            #expect(error.code == .invalidPattern)
            #expect(error.ruleID == spec.rules[0].id)
            #expect(error.file == spec.rules[0].location.file && error.line == spec.rules[0].location.line)
        }
        #expect(throws: KeyError.wrongLength(3)) { try RedactionKey(bytes: [1, 2, 3]) }
    }

    @Test func theLoggerHearsAboutCompilationButNeverTheText() throws {
        let sink = LogSink()
        var logger = Logger(label: "test") { _ in sink }
        logger.logLevel = .trace
        let engine = try RedactionEngine(configuration: RedactionConfiguration(), logger: logger)
        _ = engine.redact("secret-marker +994 50 123 45 67")
        let lines = sink.lines
        #expect(lines.contains { $0.contains("rule set compiled") })
        #expect(!lines.contains { $0.contains("secret-marker") || $0.contains("123 45 67") })
    }

    @Test func versionIsSemantic() {
        #expect(RedactLibrary.version.split(separator: ".").count == 3)
    }
}

/// Collects log lines with their metadata.
final class LogSink: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var lines: [String] { lock.lock(); defer { lock.unlock() }; return collected }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
             function: String, line: UInt) {
        lock.lock(); defer { lock.unlock() }
        collected.append("\(message) \(metadata ?? [:])")
    }
}
