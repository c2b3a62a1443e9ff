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

    /// A document of about `kib` KiB in lines of news, transcript and numbers, in which a few
    /// invented people are named in full now and then and by one word in between, so that the
    /// names found in one block are linked in blocks far after it.
    static func document(kib: Int, seed: UInt8 = 3) -> [UInt8] {
        var random = KeyedRandom(seed: [seed])
        let source = transcript.split(separator: "\n").map(String.init)
        let lines: [(Int) -> String] = [
            { _ in "Elçin Hüseynov dünən Gəncədə idi, Hüseynov bəy dedi." },
            { i in "Sonra Elçin gəldi və Qubaya getdi \(i)." },
            { _ in "Günel Məmmədova və Rəşad Quliyev gəldilər." },
            { i in "Quliyev bəy \(i % 28 + 1) mart tarixində zəng etdi: +994 50 \(100 + i % 900) \(10 + i % 90) \(10 + (i / 7) % 90)." },
            { _ in "Суд передал дело Гусейнову, Эльчин Гусейнов не пришёл." },
            { i in source[i % source.count] },
            { i in "Write to desk\(i % 500)@example.org or call 050 \(200 + i % 700) \(10 + i % 90) \(10 + (i / 3) % 90) after \(i % 12 + 1) pm." },
        ]
        var out: [UInt8] = []
        var i = 0
        while out.count < kib * 1024 {
            out.append(contentsOf: lines[random.next(below: lines.count)](i).utf8)
            out.append(0x0A)
            i += 1
        }
        return out
    }

    /// Redacts `bytes` fed in reads of `piece` bytes, the way `redact` reads (64 KiB).
    static func stream(_ bytes: [UInt8], engine: RedactionEngine, jobs: Int, piece: Int = 1 << 16,
                       configure: (StreamingRedactor) -> Void = { _ in }) throws -> (output: [UInt8], parallel: Int) {
        let redactor = StreamingRedactor(session: engine.makeSession())
        redactor.jobs = jobs
        configure(redactor)
        var out: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: piece) {
            try redactor.feed(bytes[start..<min(start + piece, bytes.count)], into: &out)
        }
        try redactor.finish(into: &out)
        return (out, redactor.blocksDetectedInParallel)
    }

    /// The case that never ran in parallel before: 64 KiB reads, 64 KiB blocks, several hundred
    /// KiB of text. The batch must form, and the output must not change.
    @Test(arguments: [RedactionOperator.tag, .pseudonym])
    func readsOfOneBlockFormABatchAndGiveTheSameBytes(op: RedactionOperator) throws {
        let engine = try RedactionEngine(configuration: RedactionConfiguration(
            operators: OperatorTable(defaultOperator: op), key: try RedactionKey(bytes: Array(repeating: 5, count: 32))))
        let bytes = Self.document(kib: 700)
        let one = try Self.stream(bytes, engine: engine, jobs: 1)
        let text = String(decoding: one.output, as: UTF8.self)
        #expect(!text.contains("Hüseynov") && !text.contains("Гусейнов") && !text.contains("desk7@"))
        #expect(one.parallel == 0)
        for jobs in [2, 3] {
            let many = try Self.stream(bytes, engine: engine, jobs: jobs)
            #expect(many.output == one.output, "jobs \(jobs)")
            // 700 KiB are about 11 blocks: all of them detected in the one batch at the end.
            #expect(many.parallel >= 10, "jobs \(jobs): \(many.parallel) blocks in parallel")
        }
    }

    /// Many batches, reads smaller and larger than a block, and the first reading of a
    /// document (names only) done in parallel as well.
    @Test func manyBatchesInBothReadingsGiveTheSameBytes() throws {
        let engine = try RedactionEngine(configuration: RedactionConfiguration(
            operators: OperatorTable(defaultOperator: .pseudonym), key: try RedactionKey(bytes: Array(repeating: 6, count: 32))))
        let bytes = Self.document(kib: 400, seed: 4)
        func twoReadings(jobs: Int, piece: Int) throws -> (output: [UInt8], parallel: Int) {
            let session = engine.makeSession()
            var parallel = 0
            for learnsOnly in [true, false] {
                let redactor = StreamingRedactor(session: session)
                redactor.jobs = jobs
                redactor.chunkBytes = 4096
                redactor.batchBlocksPerJob = 3
                redactor.learnsOnly = learnsOnly
                var out: [UInt8] = []
                for start in stride(from: 0, to: bytes.count, by: piece) {
                    try redactor.feed(bytes[start..<min(start + piece, bytes.count)], into: &out)
                }
                try redactor.finish(into: &out)
                parallel += redactor.blocksDetectedInParallel
                if !learnsOnly { return (out, parallel) }
                #expect(out.isEmpty)
            }
            return ([], parallel)
        }
        let one = try twoReadings(jobs: 1, piece: 1 << 16)
        #expect(!one.output.isEmpty)
        for (jobs, piece) in [(2, 1 << 16), (2, 1000), (3, 5000), (2, 1 << 20)] {
            let many = try twoReadings(jobs: jobs, piece: piece)
            #expect(many.output == one.output, "jobs \(jobs), reads of \(piece)")
            // About 100 blocks of 4 KiB in each reading.
            #expect(many.parallel > 150, "jobs \(jobs), reads of \(piece): \(many.parallel)")
        }
    }

    /// An overlong line (no line end for more than ``StreamingRedactor/maxLineBytes``) is cut
    /// where one job cuts it, also while blocks wait for their batch.
    @Test func anOverlongLineIsCutWhereOneJobCutsIt() throws {
        let engine = try RedactionEngine(configuration: RedactionConfiguration(operators: OperatorTable(defaultOperator: .tag)))
        var bytes = Self.document(kib: 60, seed: 5)
        let long = Self.document(kib: 40, seed: 6).map { $0 == 0x0A ? 0x20 : $0 }
        bytes += long + [0x0A] + Self.document(kib: 60, seed: 7)
        let configure = { (r: StreamingRedactor) in
            r.chunkBytes = 2048
            r.maxLineBytes = 16 * 1024
            r.lookahead = 512
            r.batchBlocksPerJob = 8
        }
        let one = try Self.stream(bytes, engine: engine, jobs: 1, piece: 3000, configure: configure)
        for jobs in [2, 4] {
            let many = try Self.stream(bytes, engine: engine, jobs: jobs, piece: 3000, configure: configure)
            #expect(many.output == one.output, "jobs \(jobs)")
            #expect(many.parallel > 0)
        }
    }
}
