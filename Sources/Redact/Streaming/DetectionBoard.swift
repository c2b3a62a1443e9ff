import Foundation

/// The blocks of one parallel batch of ``StreamingRedactor``: which are taken for detection and
/// what the detection of each found. Threads take blocks in input order, so the block the
/// caller's thread writes next is always among the first ones detected.
///
/// One lock for all of it: a block is 64 KiB of text, milliseconds of detection, so a lock taken
/// a few times per block costs nothing measurable, and one lock keeps the hand-over obvious.
final class DetectionBoard<Found: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Result<Found, InvalidUTF8>?]
    private var next = 0
    private var stopped = false

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    /// The first block nobody has taken, now taken by the caller; nil when all are taken or the
    /// batch was stopped.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        // A block delivered before the batch started (kept by a first reading) is skipped.
        while next < results.count && results[next] != nil { next += 1 }
        guard !stopped, next < results.count else { return nil }
        next += 1
        return next - 1
    }

    /// Hands in what the detection of `block` found and wakes whoever waits for it; before any
    /// block is taken, a block handed in is one nobody needs to detect.
    func deliver(_ block: Int, _ result: Result<Found, InvalidUTF8>) {
        condition.lock()
        results[block] = result
        condition.broadcast()
        condition.unlock()
    }

    /// What the detection of `block` found, nil while it is not done.
    func result(_ block: Int) -> Result<Found, InvalidUTF8>? {
        condition.lock()
        defer { condition.unlock() }
        return results[block]
    }

    /// Waits until `block` is delivered. Only for a block already taken: a taken block is
    /// always being detected by some thread, which delivers it.
    func waitFor(_ block: Int) {
        condition.lock()
        while results[block] == nil { condition.wait() }
        condition.unlock()
    }

    /// No more blocks are handed out (after a bad byte, the rest of the batch is not needed).
    func stop() {
        condition.lock()
        stopped = true
        condition.unlock()
    }
}
