import Foundation

/// The result of scoring a run over gold data: figures overall, per label and per language,
/// per-rule counts, consistency, the worst misses and false alarms, and every missed mention.
///
/// Its JSON form (``jsonData()``) is the stable schema `redact-eval/1` documented in
/// `docs/Eval.md`: keys sorted, counts next to every rate, rates left out when undefined.
public struct EvalReport: Sendable, Hashable, Codable {
    /// The schema this build writes and reads.
    public static let schemaIdentifier = "redact-eval/1"

    /// Always ``schemaIdentifier``.
    public var schema: String
    /// What was run; filled in by the command line.
    public var run: EvalRun
    /// The options the figures were computed with.
    public var options: EvalOptions
    /// Documents scored.
    public var documents: Int
    /// Code points of those documents.
    public var characters: Int
    /// The scored labels, sorted.
    public var labels: [String]
    /// All scored labels together, with over-redaction.
    public var overall: EvalMetrics
    /// One row per scored label.
    public var perLabel: [String: EvalMetrics]
    /// Figures per document language (`und` for documents without one).
    public var perLanguage: [String: EvalLanguageMetrics]
    /// True and false positives per rule id (`(none)` for predictions without one).
    public var perRule: [String: EvalRuleCounts]
    /// Predictions of labels that are not scored, per label: they count for leak and
    /// over-redaction only.
    public var unscoredPredictions: [String: Int]
    /// Stand-in consistency; `nil` when no prediction carried a replacement.
    public var consistency: EvalConsistency?
    /// The gold mentions with the most leaked characters, worst first.
    public var worstMisses: [EvalMiss]
    /// Predictions overlapping no gold span, largest first.
    public var falseAlarms: [EvalFalseAlarm]
    /// Every gold mention with a leaked character, in document order.
    public var missedMentions: [EvalMissedMention]

    /// The report as JSON: sorted keys, so two reports of the same run are byte-identical.
    public func jsonData(prettyPrinted: Bool = true) throws -> Data {
        try ReportJSON.encode(self, prettyPrinted: prettyPrinted)
    }

    /// A report read back from its JSON, such as a baseline kept from an earlier run; `file`
    /// names it in errors. A report of another schema is refused rather than misread.
    public static func decode(_ data: Data, file: String?) throws(EvalInputError) -> EvalReport {
        let place = EvalInputError.Place(file: file)
        let schema = try JSONInput().decode(SchemaProbe.self, from: data, at: place).schema
        guard schema == schemaIdentifier else {
            throw EvalInputError(.schema, at: place, "expected a report of schema '\(schemaIdentifier)', found '\(schema)'")
        }
        return try JSONInput().decode(EvalReport.self, from: data, at: place)
    }

    /// The report in the file at `path`.
    public static func read(path: String) throws(EvalInputError) -> EvalReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvalInputError(.unreadable, at: .init(file: path), "cannot read the report")
        }
        return try decode(data, file: path)
    }

    private struct SchemaProbe: Decodable {
        var schema: String
    }

    enum CodingKeys: String, CodingKey {
        case schema, run, options, documents, characters, labels, overall, consistency
        case perLabel = "per_label"
        case perLanguage = "per_language"
        case perRule = "per_rule"
        case unscoredPredictions = "unscored_predictions"
        case worstMisses = "worst_misses"
        case falseAlarms = "false_alarms"
        case missedMentions = "missed_mentions"
    }
}
