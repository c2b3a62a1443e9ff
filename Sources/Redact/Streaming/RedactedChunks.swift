/// An asynchronous sequence of redacted byte chunks, for callers that hold their own I/O
/// (a server reading a request body in buffers, a NIO channel's reads as `[UInt8]`). A sequence
/// of single bytes, such as `FileHandle.bytes`, must be gathered into chunks first.
///
/// Made by ``RedactionEngine/redacting(_:lineBuffered:)``. It pulls chunks of any size from
/// the base sequence and yields redacted text as soon as whole lines are complete (or at every
/// line end with `lineBuffered`), with the same guarantees as ``StreamingRedactor``: nothing is
/// yielded before it is fully redacted, and invalid UTF-8 ends the sequence with
/// ``InvalidUTF8`` after the lines before the bad one. An error of the base sequence ends it
/// the same way.
///
/// ```swift
/// for try await piece in engine.redacting(chunks, lineBuffered: true) {
///     output += piece
/// }
/// ```
public struct RedactedChunks<Base: AsyncSequence>: AsyncSequence where Base.Element == [UInt8] {
    /// A piece of redacted UTF-8 text, one or more whole lines (or the last line).
    public typealias Element = [UInt8]

    let base: Base
    let session: @Sendable () -> RedactionSession
    let lineBuffered: Bool

    /// The iterator of one pass: one session and one streaming redactor of its own.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let redactor: StreamingRedactor
        var finished = false
        /// Output completed before an error, yielded before the error is thrown.
        var pendingError: (any Error)?

        /// The next redacted piece, nil at the end; throws the error that ended the input
        /// after the redacted lines before it have been returned.
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

    /// Starts a pass over the base sequence in a new session.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), redactor: StreamingRedactor(session: session(), lineBuffered: lineBuffered))
    }
}

extension RedactionEngine {
    /// Redacts a sequence of byte chunks as they arrive, in a new session per iteration.
    ///
    /// - Parameters:
    ///   - chunks: UTF-8 bytes in pieces of any size, cut anywhere (even inside a character).
    ///   - lineBuffered: yield each line as soon as it is complete instead of gathering up to
    ///     ``StreamingRedactor/chunkBytes`` of text first.
    /// - Returns: a sequence of redacted pieces; see <doc:Streaming>.
    public func redacting<Chunks: AsyncSequence>(_ chunks: Chunks, lineBuffered: Bool = false) -> RedactedChunks<Chunks>
    where Chunks.Element == [UInt8] {
        RedactedChunks(base: chunks, session: { self.makeSession() }, lineBuffered: lineBuffered)
    }
}
