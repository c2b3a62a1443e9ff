import Crypto
import Foundation
import Dispatch
import Logging
import RedactRules

/// A compiled, reusable redaction engine; safe to share between threads and tasks.
///
/// Compiling the rule set (patterns, word tables) happens once here, so make one engine and
/// share it. Each run of text goes through a ``RedactionSession``, which holds what must stay
/// consistent within a run: the numbering of tags and the scanner's per-thread ICU state.
///
/// ```swift
/// let engine = try RedactionEngine()
/// let result = engine.redact("Call +994 50 123 45 67")
/// print(result.output)  // the number replaced by a stand-in
/// ```
public final class RedactionEngine: Sendable {
    /// The configuration the engine was compiled from.
    public let configuration: RedactionConfiguration
    let compiled: CompiledRuleSet

    /// Compiles `configuration`'s rule set.
    ///
    /// - Parameters:
    ///   - configuration: the rules, operators, key and protected names to use; by default the
    ///     built-in rules, `pseudonym` for every label and a fresh random key.
    ///   - logger: where to report compilation (rule counts, time) at debug level, and a rule
    ///     set that does not compile at error level. Redact never logs the text it processes,
    ///     nor anything found in it.
    /// - Throws: `RuleFileError` naming the file, line and rule of a pattern that does not
    ///   compile or a validator or stand-in that does not exist; `.emptyRuleSet` when the rule
    ///   set (protected names included) has no rule, since such an engine would find nothing
    ///   and pass every text through: a configuration mistake must not fail open.
    public convenience init(configuration: RedactionConfiguration = RedactionConfiguration(), logger: Logger? = nil) throws(RuleFileError) {
        try self.init(configuration: configuration, logger: logger, compileEagerly: false)
    }

    /// With `compileEagerly`, every pattern is compiled now, the built-in ones too (tests).
    init(configuration: RedactionConfiguration, logger: Logger? = nil, compileEagerly: Bool) throws(RuleFileError) {
        self.configuration = configuration
        let effective = configuration.effectiveRules
        guard !effective.rules.isEmpty else {
            let error = RuleFileError(.emptyRuleSet, file: effective.files.first ?? "<rule set '\(effective.name)'>", line: nil,
                                      "the rule set has no rules, so nothing would be redacted; add rules (--rules) or use the default set")
            logger?.error("rule set is empty", metadata: ["set": "\(effective.name)"])
            throw error
        }
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            compiled = try CompiledRuleSet(spec: effective, compileEagerly: compileEagerly)
        } catch {
            logger?.error("rule set did not compile", metadata: ["file": "\(error.file)", "line": "\(error.line ?? 0)",
                                                                 "rule": "\(error.ruleID ?? "-")"])
            throw error
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        logger?.debug("rule set compiled", metadata: [
            "rules": "\(compiled.rules.count)", "set": "\(configuration.rules.name)",
            "milliseconds": "\(String(format: "%.1f", elapsed))",
        ])
    }

    /// A new run: tags numbered from 1, dates moved by the key's offset.
    ///
    /// Use one session for texts that must share tag numbers (the files of one job); a
    /// session is not thread-safe, so make one per thread.
    public func makeSession() -> RedactionSession { RedactionSession(engine: self) }

    /// Redacts a whole text in a session of its own, so tag numbers start at 1 for every call.
    public func redact(_ text: String) -> RedactionResult {
        makeSession().redact(text)
    }

    /// The spans the rules find in `text`, with the replacements a fresh session would write.
    public func detect(_ text: String) -> [DetectedSpan] { redact(text).spans }

    /// SHA-256 over a canonical form of the active rule set, in hex: two binaries or
    /// configurations with the same digest find the same things.
    ///
    /// The protected names are part of the digest; rule examples and the key are not.
    public var ruleSetDigest: String { Self.digest(of: configuration.effectiveRules) }

    static func digest(of spec: RuleSetSpec) -> String {
        var canon = ""
        func field(_ s: String) { canon += "\(s.utf8.count):\(s)" }
        for rule in spec.rules {
            field(rule.id); field(rule.label); field(rule.kind.rawValue); field(rule.languages.joined(separator: ","))
            field(rule.pattern ?? ""); field(String(rule.caseInsensitive)); field(String(rule.group))
            field(rule.trigger ?? ""); field(String(rule.minTriggers)); field(String(rule.maxLength)); field(rule.words.joined(separator: "\n"))
            field(String(rule.window)); field(rule.validator ?? ""); field(String(rule.priority)); field(rule.pseudonym ?? "")
            // Only when set, so that the digests of sets written before the key existed stay.
            if rule.cueInSpan { field("cue_in_span") }
            // A `near` list only narrows where a rule is tried, but a wrong one loses finds.
            if !rule.near.isEmpty { field("near"); field(rule.near.joined(separator: "\n")) }
            // Likewise `unbroken`: a rule whose matches hold a space would lose them.
            if rule.unbroken { field("unbroken") }
            // A `drop_if` pattern decides which matches stay.
            if let dropIf = rule.dropIf { field("drop_if"); field(dropIf) }
            if !rule.dropIfAfter.isEmpty { field("drop_if_after"); field(rule.dropIfAfter.joined(separator: "\n")) }
        }
        for name in spec.lists.keys.sorted() {
            field(name); field(spec.lists[name]!.joined(separator: "\n"))
        }
        let hash = SHA256.hash(data: Array(canon.utf8))
        return hash.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}

/// A redacted text and what was replaced in it: what ``RedactionEngine/redact(_:)`` returns.
public struct RedactionResult: Sendable, Hashable {
    /// The text with every span replaced; all other characters exactly as they were.
    public var output: String
    /// The replaced spans in order, with offsets into the input.
    public var spans: [DetectedSpan]
}

/// One replaced span: its label, the rule that found it, where it is and what replaced it.
///
/// Offsets come in the three units callers use: UTF-8 bytes (how Redact holds text), UTF-16
/// code units (JavaScript, Java, ICU, `NSString`) and Unicode code points (Python's `str`).
/// For a stream they count from the start of the stream. See <doc:OffsetsAndUnicode>.
public struct DetectedSpan: Sendable, Hashable {
    /// What was found: `PHONE`, `EMAIL`, …
    public var label: String
    /// The id of the rule that found it.
    public var ruleID: String
    /// UTF-8 byte offsets into the input.
    public var utf8Range: Range<Int>
    /// UTF-16 code unit offsets into the input.
    public var utf16Range: Range<Int>
    /// Unicode code point offsets into the input.
    public var codePointRange: Range<Int>
    /// The original text of the span.
    public var text: String
    /// What the output has in its place.
    public var replacement: String
    /// What the span rests on: `validated` (a pattern and a validator), `pattern`, `cue`,
    /// `list`, `name-rules`, `context-model` (the trained model alone) or `linked` (another
    /// mention of a name or value found elsewhere in the run).
    public var evidence: String
    /// `high`, `medium` or `low`: how sure the engine is that the span is what its label says
    /// (a low person may be a place). Every span is replaced whatever its confidence.
    public var confidence: String
    /// With a `low` confidence from the name rules: the label the context model reads the same
    /// words as (`LOCATION` for a span labelled `PERSON`); nil otherwise.
    public var alternativeLabel: String? = nil

    /// A span from its parts; the engine makes these, adapters and tests may too.
    public init(label: String, ruleID: String, utf8Range: Range<Int>, utf16Range: Range<Int>, codePointRange: Range<Int>,
                text: String, replacement: String, evidence: String = "pattern", confidence: String = "medium") {
        self.evidence = evidence
        self.confidence = confidence
        self.label = label
        self.ruleID = ruleID
        self.utf8Range = utf8Range
        self.utf16Range = utf16Range
        self.codePointRange = codePointRange
        self.text = text
        self.replacement = replacement
    }
}

/// A position in a text or stream in all three units.
struct TextPosition: Sendable, Hashable {
    var utf8 = 0
    var utf16 = 0
    var codePoints = 0

    /// The position after `bytes` (valid UTF-8) more.
    func advanced(over bytes: UnsafeBufferPointer<UInt8>) -> TextPosition {
        var next = self
        next.utf8 += bytes.count
        for byte in bytes where byte & 0xC0 != 0x80 {
            next.codePoints += 1
            next.utf16 += byte >= 0xF0 ? 2 : 1
        }
        return next
    }
}
