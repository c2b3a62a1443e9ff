import Foundation
import Testing
@testable import Redact

/// Detection on several threads must not change a byte of the output: stand-ins, tag numbers
/// (given in order of appearance) and the fail-closed behaviour are those of one thread.
@Suite struct ParallelDetectionTests {
    static let transcript: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/transcript.txt")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// A large mixed input: the example transcript's lines with varied numbers, in shuffled order.
    static func input(lines: Int) -> [UInt8] {
        var random = KeyedRandom(seed: [21])
        let source = transcript.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        for i in 0..<lines {
            out += source[random.next(below: source.count)]
            out += " tel: +994 50 \(100 + i % 900) \(10 + i % 90) \(10 + (i / 7) % 90)\n"
        }
        return Array(out.utf8)
    }

    func redact(_ bytes: [UInt8], engine: RedactionEngine, jobs: Int, piece: Int = 4096) throws -> [UInt8] {
        let redactor = StreamingRedactor(session: engine.makeSession())
        redactor.chunkBytes = 2048
        redactor.jobs = jobs
        var out: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: piece) {
            try redactor.feed(bytes[start..<min(start + piece, bytes.count)], into: &out)
        }
        try redactor.finish(into: &out)
        return out
    }

    @Test(arguments: [RedactionOperator.tag, .pseudonym])
    func outputIsByteIdenticalForEveryNumberOfJobs(op: RedactionOperator) throws {
        #expect(!Self.transcript.isEmpty)
        let engine = try RedactionEngine(configuration: RedactionConfiguration(
            operators: OperatorTable(defaultOperator: op), key: try RedactionKey(bytes: Array(repeating: 5, count: 32))))
        let bytes = Self.input(lines: 3000)
        let one = try redact(bytes, engine: engine, jobs: 1)
        #expect(!String(decoding: one, as: UTF8.self).contains("+994 50 123 45 67"))
        for jobs in [2, 3, 4] {
            #expect(try redact(bytes, engine: engine, jobs: jobs) == one, "jobs \(jobs)")
        }
    }

    @Test func aBadByteFailsClosedAsWithOneJob() throws {
        let engine = try RedactionEngine(configuration: RedactionConfiguration(operators: OperatorTable(defaultOperator: .tag)))
        var bytes = Self.input(lines: 3000)
        let bad = bytes.count * 2 / 3
        bytes[bad] = 0xFF
        var outputs: [[UInt8]] = []
        for jobs in [1, 2, 3] {
            let redactor = StreamingRedactor(session: engine.makeSession())
            redactor.chunkBytes = 2048
            redactor.jobs = jobs
            var out: [UInt8] = []
            #expect(throws: InvalidUTF8(offset: bad)) {
                for start in stride(from: 0, to: bytes.count, by: 4096) {
                    try redactor.feed(bytes[start..<min(start + 4096, bytes.count)], into: &out)
                }
                try redactor.finish(into: &out)
            }
            outputs.append(out)
        }
        #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0])
        // Everything before the bad line came out, nothing from it on.
        let lineStart = bytes[..<bad].lastIndex(of: 0x0A)! + 1
        let expected = try redact(Array(bytes[..<lineStart]), engine: engine, jobs: 1)
        #expect(outputs[0] == expected)
    }
}
