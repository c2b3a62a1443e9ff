import Testing
@testable import Redact

/// A document read twice detects once: the second reading takes back what the first found and
/// writes the very bytes it wrote when it detected again, also when the text changed between
/// the readings or the store is full.
@Suite struct KeptDetectionsTests {
    static let engine = try! RedactionEngine(configuration: RedactionConfiguration(
        operators: OperatorTable(defaultOperator: .pseudonym), key: try! RedactionKey(bytes: Array(repeating: 8, count: 32))))

    /// Both readings of a document through one session: `first` is learned, `second` written.
    static func twoReadings(first: [UInt8], second: [UInt8], jobs: Int, kept: KeptDetections?,
                            chunkBytes: Int = 1 << 16) throws -> [UInt8] {
        let session = engine.makeSession()
        var out: [UInt8] = []
        for (learnsOnly, bytes) in [(true, first), (false, second)] {
            let redactor = StreamingRedactor(session: session)
            redactor.jobs = jobs
            redactor.chunkBytes = chunkBytes
            redactor.learnsOnly = learnsOnly
            redactor.keptDetections = kept
            out.removeAll()
            for start in stride(from: 0, to: bytes.count, by: 1 << 16) {
                try redactor.feed(bytes[start..<min(start + (1 << 16), bytes.count)], into: &out)
            }
            try redactor.finish(into: &out)
        }
        return out
    }

    @Test(arguments: [1, 2])
    func theSecondReadingTakesEveryBlockBackAndWritesTheSameBytes(jobs: Int) throws {
        let text = ParallelDetectionTests.document(kib: 500, seed: 9)
        let detectedTwice = try Self.twoReadings(first: text, second: text, jobs: jobs, kept: nil)
        let kept = KeptDetections()
        let detectedOnce = try Self.twoReadings(first: text, second: text, jobs: jobs, kept: kept)
        #expect(detectedOnce == detectedTwice)
        #expect(!String(decoding: detectedOnce, as: UTF8.self).contains("Hüseynov"))
        // 500 KiB in blocks of 64 KiB or a little more: 7 or 8 blocks, all taken back.
        #expect(kept.blocksTaken >= 7, "\(kept.blocksTaken)")
        #expect(kept.bytesHeld == 0)
    }

    /// A file that changed between the readings: a block whose bytes differ from the kept one is
    /// detected again (the new e-mail address in it is replaced), the others are taken back.
    @Test func aBlockThatChangedIsDetectedAgain() throws {
        let text = ParallelDetectionTests.document(kib: 300, seed: 10)
        let plain = Array("Sonra Elçin gəldi və Qubaya getdi".utf8)
        let mail = Array("write to leak.9@example.net tomorrow".utf8)
        #expect(plain.count == mail.count)
        var changed = text
        var at = 150 * 1024
        while !changed[at..<(at + plain.count)].elementsEqual(plain) { at += 1 }
        changed.replaceSubrange(at..<(at + plain.count), with: mail)
        let kept = KeptDetections()
        let once = try Self.twoReadings(first: text, second: changed, jobs: 1, kept: kept, chunkBytes: 8192)
        let twice = try Self.twoReadings(first: text, second: changed, jobs: 1, kept: nil, chunkBytes: 8192)
        #expect(once == twice)
        #expect(!String(decoding: once, as: UTF8.self).contains("leak.9@"))
        #expect(kept.blocksTaken > 20)
    }

    /// Past its cap the store keeps nothing more, and the rest is detected again.
    @Test(arguments: [1, 3])
    func pastTheCapTheRestIsDetectedAgain(jobs: Int) throws {
        let text = ParallelDetectionTests.document(kib: 300, seed: 11)
        let kept = KeptDetections(memoryCap: 400_000)
        let once = try Self.twoReadings(first: text, second: text, jobs: jobs, kept: kept, chunkBytes: 8192)
        let twice = try Self.twoReadings(first: text, second: text, jobs: jobs, kept: nil, chunkBytes: 8192)
        #expect(once == twice)
        #expect(kept.isFull)
        #expect(kept.blocksTaken > 0 && kept.blocksTaken < 30, "\(kept.blocksTaken)")
    }

    /// What is kept for a block, as estimated, next to the block's size: the figure the default
    /// cap is documented by (``KeptDetections/defaultMemoryCap``). This document is dense with
    /// capitalized words (7.6 times its size when written); the keys of each are most of it.
    @Test func whatIsKeptIsUnderTenTimesTheText() throws {
        let text = ParallelDetectionTests.document(kib: 500, seed: 13)
        let kept = KeptDetections()
        let session = Self.engine.makeSession()
        let redactor = StreamingRedactor(session: session)
        redactor.learnsOnly = true
        redactor.keptDetections = kept
        _ = try redactor.feed(text)
        _ = try redactor.finish()
        #expect(!kept.isFull)
        #expect(kept.bytesHeld > text.count && kept.bytesHeld < 10 * text.count, "\(kept.bytesHeld) for \(text.count)")
    }

    /// The first reading learns from the names-only view of a full detection: what a
    /// names-only detection finds.
    @Test func theLearnedViewIsWhatANamesOnlyDetectionFinds() throws {
        let text = ParallelDetectionTests.document(kib: 64, seed: 12)
        let scanner = Scanner(rules: Self.engine.compiled)
        try text.withUnsafeBufferPointer { bytes in
            let namesOnly = try RedactionSession.detect(bytes, base: 0, scanner: scanner, namesOnly: true)
            let all = try RedactionSession.detect(bytes, base: 0, scanner: scanner)
            let found = try RedactionSession.detectForKeeping(bytes, base: 0, scanner: scanner)
            #expect(found.learned.winners == namesOnly.winners)
            #expect(found.learned.mentions == namesOnly.mentions && found.learned.nameTokens == namesOnly.nameTokens)
            #expect(found.all.winners == all.winners && found.all.nameTokens == all.nameTokens)
            #expect(found.all.winners.count > found.learned.winners.count && !found.learned.winners.isEmpty)
        }
    }
}
