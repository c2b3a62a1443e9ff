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
    /// Where the text not yet redacted starts in `pending`. Blocks redacted one after another
    /// (a line each, when line-buffered) move it on, and `pending` is shifted once per call of
    /// `feed` or `finish` instead of once per block (a memmove of the rest of a 64 KiB read per
    /// line). Every other use of `pending` sees it shifted, with `head` at 0.
    private var head = 0
    /// Stream offset of `pending[head]` in bytes.
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
    /// gathers a batch of ``batchBlocksPerJob`` × `jobs` complete blocks (or what there is at the
    /// end, or before an overlong line has to be cut), detects them on `jobs` threads, and links
    /// and replaces them block by block in input order on the caller's thread while the other
    /// blocks are still being detected, so the output, stand-ins and tag numbers are
    /// byte-identical to `jobs = 1`. Line-buffered streams always work line by line on the
    /// caller's thread.
    ///
    /// The blocks are found exactly as one job finds them, read by read (a block's end is
    /// fixed with the bytes there are when it is found), so waiting for a batch changes when
    /// text is redacted, never how.
    public var jobs = 1 {
        didSet { jobs = max(1, jobs) }
    }
    /// Read only to learn the names of the text, writing nothing: the first of the two readings
    /// that give a whole file one set of names (see <doc:Streaming>).
    public var learnsOnly = false
    /// The findings of a document's first reading, kept for its second (give both readings the
    /// same instance): with ``learnsOnly`` set the redactor fills it, else it takes each block's
    /// findings from it instead of detecting them again, when it holds that very block.
    public var keptDetections: KeptDetections?
    /// Complete blocks gathered per job before a batch is detected in parallel. A batch ends
    /// with one thread finishing the last block while the other waits, so the batch must hold
    /// many blocks per thread for that wait to be small: 16 blocks (1 MiB at 64 KiB) per job.
    public var batchBlocksPerJob = 16
    /// One scanner per detecting thread, made on first use.
    private var scanners: [Scanner] = []
    /// How many blocks were detected in parallel batches so far (for tests: the batch forms).
    private(set) var blocksDetectedInParallel = 0
    /// Ends of the complete blocks at the start of `pending` gathered for the next batch
    /// (`jobs` > 1), each fixed when it was found, as one job would have found it.
    private var gatheredEnds: [Int] = []

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
        if !lineBuffered && jobs > 1 {
            try drainInBatches(into: &output, final: final)
            return
        }
        defer { shift() }
        while head < pending.count {
            if let end = nextBlockEnd(from: head, limit: pending.count) {
                try redactPrefix(end - head, into: &output)
                continue
            }
            shift()
            guard let cut = try tailCut(final: final) else { return }
            try redactPrefix(cut, into: &output)
        }
    }

    /// Where to cut `pending` when no complete block is left in it: everything at the end of the
    /// input; a block that grew past ``maxLineBytes`` at its last line end, or inside an overlong
    /// line; otherwise nowhere yet (nil: wait for more input).
    private func tailCut(final: Bool) throws(InvalidUTF8) -> Int? {
        if final { return pending.count }
        guard pending.count > maxLineBytes else { return nil }
        if let newline = lastBreakingLineEnd() { return newline + 1 }
        return try safeCut()
    }

    /// Drops the redacted text before `head` from `pending`.
    private func shift() {
        guard head > 0 else { return }
        pending.removeFirst(head)
        head = 0
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

    /// `drain` with `jobs` > 1: gathers complete blocks until a batch is full, then detects
    /// them in parallel. It redacts the same blocks, cut at the same places, as the one-job loop
    /// of `drain`: that loop redacts every complete block at once and cuts an overlong line when
    /// what is left after the complete blocks exceeds ``maxLineBytes``; here the complete blocks
    /// wait (their ends already fixed), and a batch is run early whenever the one-job loop would
    /// cut, so the cut sees the same bytes.
    private func drainInBatches(into output: inout [UInt8], final: Bool) throws(InvalidUTF8) {
        while !pending.isEmpty {
            var start = gatheredEnds.last ?? 0
            while let end = nextBlockEnd(from: start, limit: pending.count) {
                gatheredEnds.append(end)
                start = end
            }
            let rest = pending.count - start
            if !gatheredEnds.isEmpty {
                guard final || gatheredEnds.count >= batchBlocksPerJob * jobs || rest > maxLineBytes else { return }
                let ends = gatheredEnds
                gatheredEnds.removeAll(keepingCapacity: true)
                try redactBlocks(ends, into: &output)
                continue
            }
            guard let cut = try tailCut(final: final) else { return }
            try redactPrefix(cut, into: &output)
            shift()
        }
    }

    /// Redacts the blocks of `pending` ending at `ends`: on one block, on this thread; on more,
    /// detected in parallel.
    private func redactBlocks(_ ends: [Int], into output: inout [UInt8]) throws(InvalidUTF8) {
        if ends.count == 1 {
            try redactPrefix(ends[0], into: &output)
            shift()
        } else {
            try redactInParallel(ends, into: &output)
        }
    }

    /// Detects the blocks of `pending` ending at `ends` on `jobs` threads, and links and
    /// replaces them block by block in order on this thread as soon as each is detected. This
    /// thread is one of the `jobs`: while the next block in order is not ready, it detects the
    /// next block nobody has taken. Blocks whose findings were kept by the first reading are not
    /// detected again. A block with a bad byte is redone on this thread, which keeps the
    /// complete lines before the bad one and throws.
    private func redactInParallel(_ ends: [Int], into output: inout [UInt8]) throws(InvalidUTF8) {
        while scanners.count < jobs { scanners.append(Scanner(rules: session.engine.compiled)) }
        let starts = [0] + ends.dropLast()
        let board = DetectionBoard<BlockDetection>(count: ends.count)
        let base = consumed
        let learnsOnly = self.learnsOnly
        let keeps = learnsOnly && keptDetections?.isKeeping == true
        let collect = collectsSpans
        var done = 0  // bytes of `pending` written
        var failed = false
        pending.withUnsafeBufferPointer { buffer in
            var toDetect = ends.count
            if !learnsOnly, let kept = keptDetections {
                for i in 0..<ends.count {
                    guard let detected = kept.take(start: base + starts[i], bytes: UnsafeBufferPointer(rebasing: buffer[starts[i]..<ends[i]]))
                    else { continue }
                    board.deliver(i, .success(BlockDetection(all: detected)))
                    toDetect -= 1
                }
            }
            blocksDetectedInParallel += toDetect
            nonisolated(unsafe) let input = buffer
            let detect = { @Sendable (block: Int, scanner: Scanner) -> Result<BlockDetection, InvalidUTF8> in
                let bytes = UnsafeBufferPointer(rebasing: input[starts[block]..<ends[block]])
                do throws(InvalidUTF8) {
                    if keeps {
                        let found = try RedactionSession.detectForKeeping(bytes, base: base + starts[block], scanner: scanner)
                        return .success(BlockDetection(all: found.all, learned: found.learned))
                    }
                    return .success(BlockDetection(all: try RedactionSession.detect(bytes, base: base + starts[block], scanner: scanner,
                                                                                    namesOnly: learnsOnly)))
                } catch {
                    return .failure(error)
                }
            }
            // The other threads each hold their own scanner and only ever touch the board.
            let helpers = DispatchGroup()
            for worker in 1..<max(1, min(jobs, toDetect)) {
                nonisolated(unsafe) let scanner = scanners[worker]
                DispatchQueue.global().async(group: helpers) {
                    while let block = board.take() { board.deliver(block, detect(block, scanner)) }
                }
            }
            for i in 0..<ends.count {
                var result = board.result(i)
                while result == nil {
                    if let block = board.take() {
                        board.deliver(block, detect(block, scanners[0]))
                    } else {
                        board.waitFor(i)
                    }
                    result = board.result(i)
                }
                guard case .success(let found) = result else {
                    failed = true
                    board.stop()
                    break
                }
                let bytes = UnsafeBufferPointer(rebasing: buffer[starts[i]..<ends[i]])
                if learnsOnly {
                    _ = session.link(found.learned ?? found.all, in: bytes)
                    if found.learned != nil { keptDetections?.keep(found.all, start: consumed, bytes: bytes) }
                } else {
                    var position = consumedPosition
                    position.utf8 = consumed
                    var spansFound: [DetectedSpan] = []
                    session.apply(found.all, to: bytes, base: position, into: &output, spans: &spansFound, collect: collect)
                    spans.append(contentsOf: spansFound)
                    if collect { consumedPosition = position.advanced(over: bytes) }
                }
                consumed += ends[i] - starts[i]
                done = ends[i]
            }
            // `input` must outlive every helper.
            helpers.wait()
        }
        pending.removeFirst(done)
        if failed {
            // Redo the bad block on this thread: it keeps the lines before the bad byte, then throws.
            let bad = ends.first { $0 > done }!
            try redactPrefix(bad - done, into: &output)
        }
    }

    private func redactPrefix(_ count: Int, into output: inout [UInt8]) throws(InvalidUTF8) {
        do {
            try redactWhole(count, into: &output)
        } catch {
            // Keep the complete lines before the bad one: they are valid and can be redacted.
            let bad = head + error.offset - consumed
            if let lineEnd = pending[head..<bad].lastIndex(of: 0x0A) {
                try redactWhole(lineEnd + 1 - head, into: &output)
            }
            throw error
        }
    }

    private func redactWhole(_ count: Int, into output: inout [UInt8]) throws(InvalidUTF8) {
        var chunk: [UInt8] = []
        var found: [DetectedSpan] = []
        try pending.withUnsafeBufferPointer { buffer throws(InvalidUTF8) in
            let chunkBytes = UnsafeBufferPointer(rebasing: buffer[head..<(head + count)])
            var base = consumedPosition
            base.utf8 = consumed
            if learnsOnly {
                try session.learn(chunkBytes, base: consumed, keepingIn: keptDetections)
            } else if let detected = keptDetections?.take(start: consumed, bytes: chunkBytes) {
                session.apply(detected, to: chunkBytes, base: base, into: &chunk, spans: &found, collect: collectsSpans)
            } else {
                try session.process(chunkBytes, base: base, into: &chunk, spans: &found, collect: collectsSpans)
            }
            if collectsSpans { consumedPosition = base.advanced(over: chunkBytes) }
        }
        // Only now, with the whole chunk redacted, does any of it leave.
        output.append(contentsOf: chunk)
        spans.append(contentsOf: found)
        head += count
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

/// What detection found in one block of a parallel batch: everything (or, in a first reading
/// that keeps nothing, the names), and in a first reading that keeps its findings, the
/// names-only view it learns from.
struct BlockDetection: Sendable {
    var all: DetectedText
    var learned: DetectedText? = nil
}
