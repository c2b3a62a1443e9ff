/// What was run, filled in by the command line so that a stored report says where its figures
/// came from; the scorer leaves every field empty.
public struct EvalRun: Sendable, Hashable, Codable {
    /// The rule set's name (`default`, a file).
    public var rules: String?
    /// A digest of the rule set, to tell two reports of different rules apart.
    public var rulesDigest: String?
    /// The stand-in scheme the run chose stand-ins by (``Redact/StandInScheme``), as its version.
    public var standInScheme: Int?
    /// The command line that produced the report.
    public var command: String?
    /// The gold file or folder.
    public var gold: String?
    /// The predictions file, when another tool's predictions were scored.
    public var predictions: String?
    /// The redact version or commit that ran.
    public var version: String?

    /// Run metadata; every field optional.
    public init(rules: String? = nil, rulesDigest: String? = nil, standInScheme: Int? = nil, command: String? = nil,
                gold: String? = nil, predictions: String? = nil, version: String? = nil)
    {
        self.rules = rules
        self.rulesDigest = rulesDigest
        self.standInScheme = standInScheme
        self.command = command
        self.gold = gold
        self.predictions = predictions
        self.version = version
    }

    enum CodingKeys: String, CodingKey {
        case rules, command, gold, predictions, version
        case rulesDigest = "rules_digest"
        case standInScheme = "stand_in_scheme"
    }
}
