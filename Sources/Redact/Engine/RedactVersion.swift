/// The version of this build of Redact.
public enum RedactVersion {
    /// Semantic version, e.g. "0.1.0".
    public static let string = "0.1.0"
}

// The rule set model (`RuleSetSpec`, `RuleSpec`, `RuleSetComposer`, `RuleFileError`) is part
// of Redact's API: one `import Redact` gives both.
@_exported import RedactRules
