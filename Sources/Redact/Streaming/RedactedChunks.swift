/// An asynchronous sequence of redacted byte chunks, for callers that hold their own I/O
/// (a server reading a request body, a NIO channel, `FileHandle.bytes`).
///
/// It pulls chunks of any size from `base` and yields redacted text as soon as whole lines are
/// complete (or at every line end with `lineBuffered`), with the same guarantees as
/// `StreamingRedactor`: nothing is yielded before it is fully redacted, and invalid UTF-8 ends
/// the sequence with `InvalidUTF8` after the lines before the bad one.
public struct RedactedChunks<Base: AsyncSequence>: AsyncSequence where Base.Element == [UInt8] {
    public typealias Element = [UInt8]

    let base: Base
    let session: @Sendable () -> RedactionSession
    let lineBuffered: Bool

    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let redactor: StreamingRedactor
        var finished = false
        /// Output completed before an error, yielded before the error is thrown.
        var pendingError: (any Error)?

        public mutating func next() async throws -> [UInt8]? {
            if let error = pendingError {
                pendingError = nil
                finished = true
                throw error
            }
            while !finished {
                var out: [UInt8] = []
                do {
                    if let chunk = try await base.next() {
                        try redactor.feed(chunk, into: &out)
                    } else {
                        finished = true
                        try redactor.finish(into: &out)
                    }
                } catch {
                    if out.isEmpty {
                        finished = true
                        throw error
                    }
                    pendingError = error
                    return out
                }
                if !out.isEmpty { return out }
            }
            return nil
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), redactor: StreamingRedactor(session: session(), lineBuffered: lineBuffered))
    }
}

extension RedactionEngine {
    /// Redacts a sequence of byte chunks as they arrive, in a new session per iteration.
    public func redacting<Chunks: AsyncSequence>(_ chunks: Chunks, lineBuffered: Bool = false) -> RedactedChunks<Chunks>
    where Chunks.Element == [UInt8] {
        RedactedChunks(base: chunks, session: { self.makeSession() }, lineBuffered: lineBuffered)
    }
}
