import Dispatch

/// Redacts a structured stream (JSON Lines, CSV, SRT, WebVTT) fed in pieces of any size: the
/// text of each record is redacted, its structure kept byte for byte. No I/O of its own.
///
/// Like ``StreamingRedactor``: ``feed(_:into:)`` appends what is complete, ``finish(into:)`` the
/// rest, and nothing of a record is written before all of it is redacted. A record that breaks
/// the format, or bytes that are not UTF-8, stop the stream with a ``RecordError``: the records
/// before it are written (redacted), that record and everything after it are not.
///
/// A record is a document's worth of text: names found anywhere in it are replaced everywhere
/// in it (it is learned before it is replaced), and in every later record of the session. With
/// ``recordsAreDocuments`` each JSON line or CSV row is a document of its own
/// (``RedactionSession/startDocument()``): its output then depends on it alone.
public final class RecordRedactor {
    private let session: RedactionSession
    private let format: RecordFormat
    private var pending: [UInt8] = []
    /// Stream offset of `pending[0]` and the line it is on.
    private var consumed = 0
    private var line = 1
    private var sawStart = false
    private var sawFirstRecord = false
    /// CSV: the indices of the columns to redact, from the header (nil: every column).
    private var columns: Set<Int>?
    /// Each JSON line or CSV row is a document (see ``RedactionSession/startDocument()``).
    public var recordsAreDocuments = false
    /// JSON Lines: the field that holds each record's document id for its dates (a string or
    /// a number; ``RedactionSession/dateDocument``), nil to leave the session's as it is. A
    /// record without one stops the stream: its dates would move by another document's offset.
    public var dateIDField: FieldPath?
    /// Read only to learn names, writing nothing: the first reading of a file read twice.
    public var learnsOnly = false
    /// Threads that detect in parallel; linking and replacement stay in input order, so the
    /// output is byte-identical to `jobs = 1`.
    public var jobs = 1 {
        didSet { jobs = max(1, jobs) }
    }
    /// The longest record held; a longer one is an error (memory stays bounded). 64 MiB.
    public var maxRecordBytes = 64 << 20
    /// How much complete input to gather before redacting it in one go.
    public var batchBytes = 256 * 1024
    private var scanners: [Scanner] = []

    /// A redactor of `format` writing through `session`.
    public init(session: RedactionSession, format: RecordFormat) {
        self.session = session
        self.format = format
    }

    /// Takes in `bytes` and appends the redacted records that are complete so far to `output`.
    public func feed<Bytes: Sequence>(_ bytes: Bytes, into output: inout [UInt8]) throws(RecordError) where Bytes.Element == UInt8 {
        pending.append(contentsOf: bytes)
        try drain(into: &output, final: false)
    }

    /// Redacts the last record (one without a line end) and appends it to `output`.
    public func finish(into output: inout [UInt8]) throws(RecordError) {
        try drain(into: &output, final: true)
    }

    private func drain(into output: inout [UInt8], final: Bool) throws(RecordError) {
        if !sawStart {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            if pending.count < 3 && !final && pending.elementsEqual(bom.prefix(pending.count)) { return }
            sawStart = true
            if pending.starts(with: bom) {
                if !learnsOnly { output.append(contentsOf: bom) }
                pending.removeFirst(3)
                consumed += 3
            }
        }
        guard final || pending.count >= (jobs > 1 ? batchBytes * jobs : 1) else { return }
        // The complete records in `pending`.
        var ends: [Int] = []
        var start = 0
        pending.withUnsafeBufferPointer { buffer in
            while start < buffer.count, let end = recordEnd(in: buffer, from: start) {
                ends.append(end)
                start = end
            }
        }
        if final && start < pending.count { ends.append(pending.count) }
        if ends.isEmpty {
            if pending.count > maxRecordBytes {
                throw RecordError(.malformed, offset: consumed, line: line, "a record longer than \(maxRecordBytes) bytes")
            }
            return
        }
        try redact(records: ends, into: &output)
    }

    private func recordEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        switch format {
        case .jsonLines: return bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 }
        case .csv: return CSVRecord.end(in: bytes, from: start)
        case .srt, .webVTT: return SubtitleBlock.end(in: bytes, from: start)
        }
    }

    /// One record, parsed: its pieces, or the error that stops the stream there.
    private struct Parsed {
        var range: Range<Int>
        var pieces: [RecordPiece] = []
        var isHeader = false
        var error: RecordError?
        /// The record's document id for its dates (``dateIDField``).
        var dateID: String?
    }

    /// Parses, detects (on `jobs` threads) and replaces the records of `pending` ending at
    /// `ends`, in order, appending each to `output` once it is done.
    private func redact(records ends: [Int], into output: inout [UInt8]) throws(RecordError) {
        var parsed: [Parsed] = []
        var start = 0
        var lineAt = line
        for end in ends {
            var record = Parsed(range: start..<end)
            pending.withUnsafeBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
                do throws(RecordError) {
                    (record.pieces, record.isHeader) = try pieces(of: bytes, offset: consumed + start, line: lineAt)
                    if let dateIDField, !record.pieces.isEmpty {
                        record.dateID = try dateID(of: bytes, field: dateIDField, offset: consumed + start, line: lineAt)
                    }
                } catch {
                    record.error = error
                }
                lineAt += bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            }
            parsed.append(record)
            if record.error != nil { break }
            start = end
        }
        // Detection, on several threads when there is enough of it.
        var slots: [(record: Int, piece: Int)] = []
        for (r, record) in parsed.enumerated() where record.error == nil {
            for (i, piece) in record.pieces.enumerated() where piece.kind == .text { slots.append((r, i)) }
        }
        var detected = [DetectedText?](repeating: nil, count: slots.count)
        let workers = min(jobs, max(1, slots.count / 8))
        while scanners.count < workers { scanners.append(Scanner(rules: session.engine.compiled)) }
        let namesOnly = learnsOnly
        detected.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            nonisolated(unsafe) let scanners = self.scanners
            let texts = slots.map { parsed[$0.record].pieces[$0.piece].text }
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for k in stride(from: worker * texts.count / workers, to: (worker + 1) * texts.count / workers, by: 1) {
                    // The record was checked to be UTF-8, so detection cannot fail.
                    results[k] = texts[k].withUnsafeBufferPointer { try? RedactionSession.detect($0, base: 0, scanner: scanners[worker], namesOnly: namesOnly) }
                }
            }
        }
        // Linking and replacement, in input order.
        var next = 0
        for (r, record) in parsed.enumerated() {
            var found: [DetectedText] = []
            var failure = record.error
            while failure == nil, next < slots.count, slots[next].record == r {
                // Checked to be UTF-8 above, so detection does not fail; if it ever did, the
                // record stops the stream rather than pass unredacted.
                guard let d = detected[next] else {
                    failure = RecordError(.invalidUTF8, offset: consumed + record.range.lowerBound, line: line, "invalid UTF-8")
                    break
                }
                found.append(d)
                next += 1
            }
            if let error = failure {
                pending.removeFirst(record.range.lowerBound)
                consumed += record.range.lowerBound
                line = error.line
                throw error
            }
            let redacted = process(record, detected: found, bytes: Array(pending[record.range]))
            if !learnsOnly { output.append(contentsOf: redacted) }
        }
        let done = parsed.last!.range.upperBound
        pending.removeFirst(done)
        consumed += done
        line = lineAt
    }

    /// The document id that `field` holds in one JSON line (`line` without its line end): a
    /// string decoded, a number as written (`7.0` stays `7.0`); nil when the field holds none
    /// or the line is no JSON value. ``dateIDField`` and `redact detect --jsonl --date-scope
    /// document` read ids alike through it, so the same line moves its dates alike in both.
    public static func documentID(ofJSONLine line: [UInt8], field: FieldPath) -> String? {
        line.withUnsafeBufferPointer { buffer in
            (try? JSONLine.identifier(in: buffer, path: field))?.flatMap { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The document id of one JSON Lines record at `field` (see ``dateIDField``).
    private func dateID(of bytes: UnsafeBufferPointer<UInt8>, field: FieldPath, offset: Int, line: Int) throws(RecordError) -> String {
        guard case .jsonLines = format else { return "" }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        let id: [UInt8]?
        do { id = try JSONLine.identifier(in: UnsafeBufferPointer(rebasing: bytes[..<end]), path: field) } catch {
            throw RecordError(.malformed, offset: offset + min(error.offset, end), line: line, error.message)
        }
        guard let id else {
            throw RecordError(.malformed, offset: offset, line: line,
                              "no document id at '\(field)' in this record (a string or a number): its dates cannot be keyed to it")
        }
        return String(decoding: id, as: UTF8.self)
    }

    /// The pieces of one record (offsets relative to it), and whether it is a CSV header.
    private func pieces(of bytes: UnsafeBufferPointer<UInt8>, offset: Int, line: Int) throws(RecordError) -> ([RecordPiece], Bool) {
        if let bad = InvalidUTF8.firstOffset(in: Array(bytes)) {
            let lineOfBad = line + bytes[..<bad].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            throw RecordError(.invalidUTF8, offset: offset + bad, line: lineOfBad, "invalid UTF-8")
        }
        func malformed(_ error: JSONLine.SyntaxError) -> RecordError {
            let at = min(error.offset, bytes.count)
            return RecordError(.malformed, offset: offset + at, line: line + bytes[..<at].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }, error.message)
        }
        let first = !sawFirstRecord
        sawFirstRecord = true
        switch format {
        case .jsonLines(let fields):
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            let body = UnsafeBufferPointer(rebasing: bytes[..<end])
            if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return ([], false) }
            let paths = fields.isEmpty ? [FieldPath("text")!] : fields
            let selection: JSONLine.Selection
            do { selection = try JSONLine.select(in: body, paths: paths) } catch { throw malformed(error) }
            switch selection {
            case .strings(let strings):
                return (strings.map { RecordPiece(source: $0.literal, text: $0.text, encoding: .json(asciiEscaped: $0.asciiEscaped)) }, false)
            case .noField(let keys):
                // Fail closed: a record none of whose selected fields exists would be copied
                // as it is, every string of it unredacted (like an unknown CSV column).
                let named = paths.map { "'\($0)'" }.joined(separator: ", ")
                let has = keys.isEmpty ? "it is not an object with keys" : "its keys: \(keys.joined(separator: ", "))"
                throw RecordError(.malformed, offset: offset, line: line,
                                  "no selected field (\(named)) in this record (\(has)); choose fields with --field")
            }
        case .csv(let names, let delimiter):
            let fields: [CSVRecord.Field]
            do { fields = try CSVRecord.fields(of: bytes, delimiter: delimiter) } catch { throw malformed(error) }
            if first {
                let header = fields.map { String(decoding: $0.text, as: UTF8.self).trimmingSpaces() }
                if !names.isEmpty {
                    var indices = Set<Int>()
                    for name in names {
                        guard let i = header.firstIndex(of: name) ?? Int(name).map({ $0 - 1 }).flatMap({ header.indices.contains($0) ? $0 : nil }) else {
                            throw RecordError(.malformed, offset: offset, line: line,
                                              "no column '\(name)' in the header (columns: \(header.joined(separator: ", ")))")
                        }
                        indices.insert(i)
                    }
                    columns = indices
                }
                return ([], true)
            }
            return (fields.enumerated().compactMap { i, field in
                guard columns?.contains(i) ?? true, !field.text.isEmpty else { return nil }
                return RecordPiece(source: field.source, text: field.text, encoding: .csv(quoted: field.quoted, delimiter: delimiter))
            }, false)
        case .srt, .webVTT:
            do {
                let isVTT = format == .webVTT
                return (try SubtitleBlock.pieces(of: bytes, vtt: isVTT, first: first), false)
            } catch {
                throw malformed(error)
            }
        }
    }

    /// Learns the names of one record's pieces, then (unless only learning) writes the record
    /// with each changed piece re-encoded in place.
    private func process(_ record: Parsed, detected: [DetectedText], bytes: [UInt8]) -> [UInt8] {
        if recordsAreDocuments && format.recordIsDocument && !record.isHeader { session.startDocument() }
        if let id = record.dateID { session.dateDocument = id }
        var texts: [Int: DetectedText] = [:]
        var k = 0
        for (i, piece) in record.pieces.enumerated() {
            if piece.kind == .speaker {
                session.learnSpeaker(String(decoding: piece.text, as: UTF8.self))
            } else {
                texts[i] = detected[k]
                piece.text.withUnsafeBufferPointer { _ = session.link(detected[k], in: $0) }
                k += 1
            }
        }
        if learnsOnly { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var copied = 0
        for (i, piece) in record.pieces.enumerated() {
            let redacted: [UInt8]
            if piece.kind == .speaker {
                redacted = Array(session.replaceSpeaker(String(decoding: piece.text, as: UTF8.self)).utf8)
            } else if let d = texts[i] {
                var chunk: [UInt8] = []
                var spans: [DetectedSpan] = []
                piece.text.withUnsafeBufferPointer { session.apply(d, to: $0, base: TextPosition(), into: &chunk, spans: &spans, collect: false) }
                redacted = chunk
            } else {
                redacted = piece.text
            }
            guard redacted != piece.text else { continue }
            out.append(contentsOf: bytes[copied..<piece.source.lowerBound])
            out.append(contentsOf: piece.encode(redacted))
            copied = piece.source.upperBound
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
