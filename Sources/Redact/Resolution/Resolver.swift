/// Turns overlapping candidates into at most one span per region of text.
///
/// The order, documented in Rules/README.md: a validated candidate beats an unvalidated one
/// (a Luhn-checked card number is stronger evidence than a digit shape); then the longer
/// beats the shorter (a whole `+994 50 123 45 67` beats the `50 123 45 67` inside it, so
/// nothing of an identifier is left visible); then the higher priority; then the earlier start
/// and the earlier rule, so the result never depends on the order rules happened to run in.
/// A protected name is never left partly visible: where a stronger candidate wins part of it,
/// the rest of it becomes spans of its own.
enum Resolver {
    /// The winning candidates, sorted by start, none overlapping.
    ///
    /// Spans are first cut at the first line break they contain, unless the break is inside
    /// an identifier's shape (``UTF16Buffer/join(_:breakAt:length:)``): an identifier crosses a
    /// line only there, and the streaming redactor relies on that to cut its input at the
    /// other line ends. A region a rule could not finish searching (``Candidate/exhausted``)
    /// is kept whole, as one span per line.
    /// - Complexity: O(n log n) for n candidates.
    static func resolve(_ candidates: [Candidate], in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var ranked: [Candidate] = []
        ranked.reserveCapacity(candidates.count)
        for var candidate in candidates {
            let end = candidate.end
            while candidate.start < end {
                var i = candidate.start
                var breakLength = 0
                while i < end {
                    let b = bytes[i]
                    if b == 0x0A || b == 0x0D {
                        let length = b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                        let join = UTF16Buffer.join(bytes, breakAt: i, length: length)
                        if join == .keep || join == .undecided {
                            breakLength = length
                            break
                        }
                        i += length
                        continue
                    }
                    i += 1
                }
                var piece = candidate
                piece.end = i
                if piece.end > piece.start { ranked.append(piece) }
                guard candidate.exhausted, breakLength > 0 else { break }
                candidate.start = i + breakLength
            }
        }
        ranked.sort { a, b in
            if a.validated != b.validated { return a.validated }
            if a.length != b.length { return a.length > b.length }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.start != b.start { return a.start < b.start }
            return a.rule < b.rule
        }
        var accepted: [Candidate] = []  // kept sorted by start
        var mustCover: [Candidate] = []
        for candidate in ranked {
            // First accepted span that ends after this candidate starts.
            var low = 0
            var high = accepted.count
            while low < high {
                let mid = (low + high) / 2
                if accepted[mid].end <= candidate.start { low = mid + 1 } else { high = mid }
            }
            if low < accepted.count && accepted[low].start < candidate.end {
                if candidate.mustCover { mustCover.append(candidate) }
                continue
            }
            accepted.insert(candidate, at: low)
        }
        guard !mustCover.isEmpty else { return accepted }
        for candidate in mustCover {
            for piece in uncovered(candidate, by: accepted, in: bytes) {
                if candidate.remainderNeedsDigit,
                   !(piece.start..<piece.end).contains(where: { (0x30...0x39).contains(bytes[$0]) || bytes[$0] == 0x40 }) { continue }
                var low = 0
                while low < accepted.count && accepted[low].end <= piece.start { low += 1 }
                accepted.insert(piece, at: low)
            }
        }
        return accepted
    }

    /// The parts of `candidate` that no span of `accepted` covers, without the spaces at their ends.
    private static func uncovered(_ candidate: Candidate, by accepted: [Candidate],
                                  in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var pieces: [Candidate] = []
        var start = candidate.start
        func emit(upTo end: Int) {
            var s = start, e = end
            while s < e && (bytes[s] == 0x20 || bytes[s] == 0x09) { s += 1 }
            while e > s && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
            if e > s {
                var piece = candidate
                piece.start = s
                piece.end = e
                pieces.append(piece)
            }
        }
        for span in accepted where span.end > candidate.start && span.start < candidate.end {
            if span.start > start { emit(upTo: span.start) }
            start = max(start, span.end)
        }
        if start < candidate.end { emit(upTo: candidate.end) }
        return pieces
    }
}
