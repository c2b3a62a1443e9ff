import RedactRules

/// Everything that decides what a `RedactionEngine` finds and what it writes instead.
public struct RedactionConfiguration: Sendable {
    /// The composed rule set; the built-in default set unless told otherwise.
    public var rules: RuleSetSpec
    /// Which operator each label gets; `pseudonym` for all by default.
    public var operators: OperatorTable
    /// The key stand-ins are derived from. A fresh random key unless one is given, so two runs
    /// without a key file give different stand-ins.
    public var key: RedactionKey

    public init(rules: RuleSetSpec = DefaultRules.spec, operators: OperatorTable = OperatorTable(),
                key: RedactionKey = .random()) {
        self.rules = rules
        self.operators = operators
        self.key = key
    }
}

/// The rule set compiled into this build from the files under `Rules/`.
public enum DefaultRules {
    /// The default rule set: `Rules/default.yaml` and everything it includes, as it was when
    /// this binary was built.
    public static let spec: RuleSetSpec = GeneratedDefaultRules.makeSpec()
}
