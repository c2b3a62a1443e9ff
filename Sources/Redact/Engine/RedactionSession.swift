/// One run of redaction: consistent replacements across every text it is given.
///
/// Made by ``RedactionEngine/makeSession()``. Tag numbers are shared by every text the
/// session redacts, including streams written through it with ``StreamingRedactor``.
///
/// Not thread-safe: a session holds ICU matchers and the run's numbering. Use one per thread
/// (they are cheap) or one per run fed in order.
public final class RedactionSession {
    let engine: RedactionEngine
    private let scanner: Scanner
    var scannerForChecks: Scanner { scanner }
    private let pseudonymizer: Pseudonymizer

    /// How many spans of each label this session has replaced so far (counts only, never values).
    public private(set) var replacedCounts: [String: Int] = [:]

    init(engine: RedactionEngine) {
        self.engine = engine
        scanner = Scanner(rules: engine.compiled)
        pseudonymizer = Pseudonymizer(key: engine.configuration.key, operators: engine.configuration.operators,
                                      monthLists: engine.compiled.monthLists)
    }

    /// The number of days this run moves dates by (30 to 365, either way), derived from the key.
    public var dateShiftDays: Int { pseudonymizer.dateShiftDays }

    /// Redacts a whole text, numbering tags on from the session's earlier texts.
    public func redact(_ text: String) -> RedactionResult {
        var input = Array(text.utf8)
        var output: [UInt8] = []
        var spans: [DetectedSpan] = []
        // A Swift String is always valid UTF-8, so this cannot throw.
        try? input.withUnsafeMutableBufferPointer { buffer in
            try process(UnsafeBufferPointer(buffer), base: TextPosition(), into: &output, spans: &spans)
        }
        return RedactionResult(output: String(decoding: output, as: UTF8.self), spans: spans)
    }

    /// Redacts `bytes`, a text that ends where a line ends (or at the end of the input),
    /// appending the result to `output` and, when `collect` is set, the replaced spans to `spans`.
    /// `base` is the offset of `bytes` in the whole stream, for span offsets and error messages.
    /// - Throws: `InvalidUTF8` before anything is appended.
    func process(_ bytes: UnsafeBufferPointer<UInt8>, base: TextPosition, into output: inout [UInt8],
                 spans: inout [DetectedSpan], collect: Bool = true) throws(InvalidUTF8) {
        let winners = try resolvedSpans(bytes, base: base.utf8)
        apply(winners, to: bytes, base: base, into: &output, spans: &spans, collect: collect)
    }

    /// Writes `bytes` with the resolved spans `winners` replaced. Replacement is the part of a
    /// run that must follow input order (tag numbers are given in order of appearance), so it
    /// stays here while detection may run on other threads (`StreamingRedactor.jobs`).
    func apply(_ winners: [Candidate], to bytes: UnsafeBufferPointer<UInt8>, base: TextPosition, into output: inout [UInt8],
               spans: inout [DetectedSpan], collect: Bool) {
        var copied = 0
        var position = base  // at `copied`, in all units; advanced only when collecting
        for span in winners {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<span.start]))
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
            let rule = engine.compiled.rules[span.rule]
            let replacement = pseudonymizer.replacement(for: value, rule: rule)
            replacedCounts[rule.label, default: 0] += 1
            output.append(contentsOf: replacement.utf8)
            if collect {
                let start = position.advanced(over: UnsafeBufferPointer(rebasing: bytes[copied..<span.start]))
                let end = start.advanced(over: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]))
                spans.append(DetectedSpan(label: rule.label, ruleID: rule.id, utf8Range: start.utf8..<end.utf8,
                                          utf16Range: start.utf16..<end.utf16, codePointRange: start.codePoints..<end.codePoints,
                                          text: value, replacement: replacement))
                position = end
            }
            copied = span.end
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }

    /// The resolved spans of `bytes`, offsets relative to `bytes`.
    func resolvedSpans(_ bytes: UnsafeBufferPointer<UInt8>, base: Int) throws(InvalidUTF8) -> [Candidate] {
        try Self.resolvedSpans(bytes, base: base, scanner: scanner)
    }

    /// The resolved spans of `bytes` found with `scanner` (one per thread).
    static func resolvedSpans(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, scanner: Scanner) throws(InvalidUTF8) -> [Candidate] {
        let candidates: [Candidate]
        do {
            candidates = try scanner.scan(bytes)
        } catch {
            throw InvalidUTF8(offset: base + error.offset)
        }
        return Resolver.resolve(candidates, in: bytes)
    }
}
