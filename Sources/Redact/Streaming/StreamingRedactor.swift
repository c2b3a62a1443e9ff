import Dispatch

/// Redacts a stream fed in pieces of any size, with bounded memory and no I/O of its own.
///
/// Modelled on swift-nio's decoders: the caller reads, ``feed(_:)`` returns what may be
/// written now, ``finish()`` returns the rest. Input is redacted only in whole lines, so an
/// identifier is never cut in two by a read boundary (no rule matches across a line break),
/// and nothing is returned before the text it comes from has been fully scanned: when the
/// input turns out to be malformed, the output stops short, it never carries unredacted text.
///
/// - A leading UTF-8 byte-order mark is passed through untouched and not scanned.
/// - CRLF line ends pass through as they are; spans never include the CR.
/// - A line longer than `maxLineBytes` is cut at a space that no detected span covers, at
///   least `lookahead` bytes before the end of what is buffered, so every identifier shorter
///   than that is still seen whole. Cue words more than a cut away from their number are
///   then not seen together; real text has line breaks long before this matters.
///
/// - Text is redacted in blocks: up to the first line end at or after ``chunkBytes`` (a line,
///   when line-buffered). A name found in a block is replaced in all of that block and in
///   everything after it (``RedactionSession`` links later mentions); blocks depend only on the
///   text, so the output does not depend on how the input was split into reads, nor on ``jobs``.
///
/// After an ``InvalidUTF8`` error, stop using the redactor: the bad bytes stay in its buffer,
/// so every later call throws again.
/// See <doc:Streaming>.
public final class StreamingRedactor {
    private let session: RedactionSession
    private var pending: [UInt8] = []
    /// Stream offset of `pending[0]` in bytes.
    private var consumed = 0
    /// The same offset in all units, kept only while collecting spans.
    private var consumedPosition = TextPosition()
    private var sawStart = false
    private var spans: [DetectedSpan] = []
    /// Collect spans for ``takeSpans()`` (the `detect` view); off for the filter. Set it before
    /// the first `feed`: UTF-16 and code point offsets are counted only while it is on.
    public var collectsSpans = false
    /// Redact and release each complete line at once instead of gathering ``chunkBytes``.
    public var lineBuffered: Bool
    /// How much complete text to gather before redacting it in one go; 64 KiB by default.
    public var chunkBytes = 64 * 1024
    /// The longest line held whole before it is cut at a safe space; 1 MiB by default.
    public var maxLineBytes = 1 << 20
    /// How far beyond a cut of an overlong line the text must already be known; 4096 bytes by
    /// default, so identifiers shorter than that are never cut.
    public var lookahead = 4096
    /// Threads that detect in parallel (1: all on the caller's thread). With more, the stream
    /// gathers `chunkBytes × 4 × jobs` of text, detects its blocks on `jobs` threads, and links
    /// and replaces block by block in input order on the caller's thread, so the output,
    /// stand-ins and tag numbers are byte-identical to `jobs = 1`. Line-buffered
    /// streams always work line by line on the caller's thread.
    public var jobs = 1 {
        didSet { jobs = max(1, jobs) }
    }
    /// Read only to learn the names of the text, writing nothing: the first of the two readings
    /// that give a whole file one set of names (see <doc:Streaming>).
    public var learnsOnly = false
    /// One scanner per detecting thread, made on first use.
    private var scanners: [Scanner] = []

    /// A redactor writing through `session`, so that several streams (files) of one run share
    /// their stand-ins and tag numbers.
    public init(session: RedactionSession, lineBuffered: Bool = false) {
        self.session = session
        self.lineBuffered = lineBuffered
    }

    /// The stream offset, in bytes, up to which input has been redacted and returned.
    public var bytesProcessed: Int { consumed }

    /// Takes in `bytes` and returns the redacted text that is complete so far.
    /// - Throws: ``InvalidUTF8`` with the offset from the start of the stream. Use
    ///   ``feed(_:into:)`` to keep the redacted lines that came before the bad one.
    public func feed<Bytes: Sequence>(_ bytes: Bytes) throws(InvalidUTF8) -> [UInt8] where Bytes.Element == UInt8 {
        var output: [UInt8] = []
        try feed(bytes, into: &output)
        return output
    }

    /// Takes in `bytes` and appends the redacted text that is complete so far to `output`.
    /// - Throws: ``InvalidUTF8`` with the offset from the start of the stream. `output` then holds
    ///   every complete line before the one with the bad byte, redacted; nothing from that line on.
    public func feed<Bytes: Sequence>(_ bytes: Bytes, into output: inout [UInt8]) throws(InvalidUTF8) where Bytes.Element == UInt8 {
        pending.append(contentsOf: bytes)
        try drain(into: &output, final: false)
    }

    /// Redacts whatever is left (a last line without a line end) and returns it.
    public func finish() throws(InvalidUTF8) -> [UInt8] {
        var output: [UInt8] = []
        try finish(into: &output)
        return output
    }

    /// Redacts whatever is left and appends it to `output`; on failure as ``feed(_:into:)``.
    public func finish(into output: inout [UInt8]) throws(InvalidUTF8) {
        try drain(into: &output, final: true)
    }

    /// The spans found since the last call, when ``collectsSpans`` is on; offsets count from the
    /// start of the stream.
    public func takeSpans() -> [DetectedSpan] {
        defer { spans.removeAll() }
        return spans
    }

    private func drain(into output: inout [UInt8], final: Bool) throws(InvalidUTF8) {
        if !sawStart {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            if pending.count < 3 && !final && pending.elementsEqual(bom.prefix(pending.count)) { return }
            sawStart = true
            if pending.starts(with: bom) {
                output.append(contentsOf: bom)
                pending.removeFirst(3)
                consumed += 3
                consumedPosition = TextPosition(utf8: 3, utf16: 1, codePoints: 1)
            }
        }
        while !pending.isEmpty {
            let cut: Int
            if !lineBuffered && jobs > 1 && pending.count >= chunkBytes * 4 * jobs {
                let blocks = blockEnds(in: pending.count)
                if blocks.count >= 2 {
                    try redactInParallel(blocks, into: &output)
                    continue
                }
            }
            if let end = nextBlockEnd(from: 0, limit: pending.count) {
                cut = end
            } else if final {
                cut = pending.count
            } else if pending.count > maxLineBytes {
                // A block that grows past the limit: cut at its last line end, or inside an overlong line.
                if let newline = lastBreakingLineEnd() { cut = newline + 1 } else { cut = try safeCut() }
            } else {
                return
            }
            try redactPrefix(cut, into: &output)
        }
    }

    /// The end of the block of whole lines that starts at `start` of `pending`, if the block is
    /// complete within `limit`: a line when line-buffered, else the lines up to the first line end
    /// at or after ``chunkBytes``. Blocks depend only on the text, never on how it was read, so
    /// the names learned in a block (and so the output) are the same however the input arrives
    /// and however many jobs detect.
    ///
    /// Outside line-buffered mode a block never ends at a line break inside an identifier's
    /// shape (`name@⏎example.az`, `+994 50 123 45⏎67`, see ``UTF16Buffer/join(_:breakAt:length:)``):
    /// the identifier stays in one block, where the rules see it whole. Line-buffered mode
    /// writes each line as it comes, so there each line is redacted alone.
    private func nextBlockEnd(from start: Int, limit: Int) -> Int? {
        var from = lineBuffered ? start : start + chunkBytes - 1
        while from < limit, let newline = pending[from..<limit].firstIndex(of: 0x0A) {
            if lineBuffered { return newline + 1 }
            let join = pending.withUnsafeBufferPointer { UTF16Buffer.joinLineEnd(UnsafeBufferPointer(rebasing: $0[..<limit]), newlineAt: newline) }
            if join == .keep { return newline + 1 }
            from = newline + 1
        }
        return nil
    }

    /// The last line end in `pending` that is not inside an identifier's shape.
    private func lastBreakingLineEnd() -> Int? {
        var limit = pending.count
        while let newline = pending[..<limit].lastIndex(of: 0x0A) {
            let join = pending.withUnsafeBufferPointer { UTF16Buffer.joinLineEnd($0, newlineAt: newline) }
            if join == .keep { return newline }
            limit = newline
        }
        return nil
    }

    /// The ends of the complete blocks in `pending[..<limit]`.
    private func blockEnds(in limit: Int) -> [Int] {
        var ends: [Int] = []
        var start = 0
        while let end = nextBlockEnd(from: start, limit: limit) {
            ends.append(end)
            start = end
        }
        return ends
    }

    /// Detects the blocks of `pending` ending at `ends` on `jobs` threads, then links and
    /// replaces them block by block in order. A block with a bad byte is redone on this thread,
    /// which keeps the complete lines before the bad one and throws.
    private func redactInParallel(_ ends: [Int], into output: inout [UInt8]) throws(InvalidUTF8) {
        while scanners.count < jobs { scanners.append(Scanner(rules: session.engine.compiled)) }
        let starts = [0] + ends.dropLast()
        let blockCount = ends.count
        var results = [Result<DetectedText, InvalidUTF8>](repeating: .success(DetectedText(winners: [], mentions: [], nameTokens: [])),
                                                          count: blockCount)
        let base = consumed
        let workers = min(jobs, blockCount)
        let learnsOnly = self.learnsOnly
        pending.withUnsafeBufferPointer { buffer in
            results.withUnsafeMutableBufferPointer { slots in
                // Each thread reads its own blocks, uses its own scanner and writes its own slots.
                nonisolated(unsafe) let input = buffer
                nonisolated(unsafe) let output = slots
                nonisolated(unsafe) let scanners = self.scanners
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var block = worker * blockCount / workers
                    let last = (worker + 1) * blockCount / workers
                    while block < last {
                        let bytes = UnsafeBufferPointer(rebasing: input[starts[block]..<ends[block]])
                        do throws(InvalidUTF8) {
                            output[block] = .success(try RedactionSession.detect(bytes, base: base + starts[block], scanner: scanners[worker],
                                                                                 namesOnly: learnsOnly))
                        } catch {
                            output[block] = .failure(error)
                        }
                        block += 1
                    }
                }
            }
        }
        var done = 0
        defer { pending.removeFirst(done) }
        for i in 0..<blockCount {
            guard case .success(let detected) = results[i] else {
                pending.removeFirst(done)
                done = 0
                // Redo the bad block on this thread: it keeps the lines before the bad byte, then throws.
                try redactPrefix(ends[i] - starts[i], into: &output)
                return
            }
            var chunk: [UInt8] = []
            var found: [DetectedSpan] = []
            pending.withUnsafeBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(rebasing: buffer[starts[i]..<ends[i]])
                var position = consumedPosition
                position.utf8 = consumed
                if learnsOnly {
                    _ = session.link(detected, in: bytes)
                } else {
                    session.apply(detected, to: bytes, base: position, into: &chunk, spans: &found, collect: collectsSpans)
                }
                if collectsSpans { consumedPosition = position.advanced(over: bytes) }
            }
            output.append(contentsOf: chunk)
            spans.append(contentsOf: found)
            consumed += ends[i] - starts[i]
            done = ends[i]
        }
    }

    private func redactPrefix(_ count: Int, into output: inout [UInt8]) throws(InvalidUTF8) {
        do {
            try redactWhole(count, into: &output)
        } catch {
            // Keep the complete lines before the bad one: they are valid and can be redacted.
            let relative = error.offset - consumed
            if let lineEnd = pending[..<relative].lastIndex(of: 0x0A) {
                try redactWhole(lineEnd + 1, into: &output)
            }
            throw error
        }
    }

    private func redactWhole(_ count: Int, into output: inout [UInt8]) throws(InvalidUTF8) {
        var chunk: [UInt8] = []
        var found: [DetectedSpan] = []
        try pending.withUnsafeBufferPointer { buffer throws(InvalidUTF8) in
            let chunkBytes = UnsafeBufferPointer(rebasing: buffer[..<count])
            var base = consumedPosition
            base.utf8 = consumed
            if learnsOnly {
                try session.learn(chunkBytes, base: consumed)
            } else {
                try session.process(chunkBytes, base: base, into: &chunk, spans: &found, collect: collectsSpans)
            }
            if collectsSpans { consumedPosition = base.advanced(over: chunkBytes) }
        }
        // Only now, with the whole chunk redacted, does any of it leave.
        output.append(contentsOf: chunk)
        spans.append(contentsOf: found)
        pending.removeFirst(count)
        consumed += count
    }

    /// Where to cut an overlong line: the last space or tab at least `lookahead` bytes before
    /// the end that no detected span covers; failing that, the last character boundary there
    /// that no span covers; failing that (one span over the whole stretch), the end of that span.
    private func safeCut() throws(InvalidUTF8) -> Int {
        let limit = pending.count - lookahead
        // A read may have ended inside a character: scan only the complete ones.
        var complete = pending.count
        var back = complete - 1
        while back > 0 && back > complete - 4 && pending[back] & 0xC0 == 0x80 { back -= 1 }
        let lead = pending[back]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        if back + length > complete { complete = back }
        let spans = try pending.withUnsafeBufferPointer { buffer throws(InvalidUTF8) in
            try session.resolvedSpans(UnsafeBufferPointer(rebasing: buffer[..<complete]), base: consumed)
        }
        // Spans are sorted and disjoint: walk them backwards alongside the candidate position.
        var next = spans.count - 1
        func covered(_ p: Int) -> Bool {
            while next >= 0 && spans[next].start >= p { next -= 1 }
            return next >= 0 && spans[next].end > p
        }
        var p = limit
        while p > 0 {
            if (pending[p - 1] == 0x20 || pending[p - 1] == 0x09) && !covered(p) { return p }
            p -= 1
        }
        next = spans.count - 1
        p = limit
        while p > 0 && (pending[p] & 0xC0 == 0x80 || covered(p)) { p -= 1 }
        if p > 0 { return p }
        // Everything up to the limit is inside one span starting at 0: cut after it.
        if let first = spans.first, first.start == 0 { return first.end }
        p = 1
        while p < pending.count && pending[p] & 0xC0 == 0x80 { p += 1 }
        return p
    }
}
