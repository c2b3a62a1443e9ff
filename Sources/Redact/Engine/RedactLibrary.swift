/// Facts about this build of the Redact library.
public enum RedactLibrary {
    /// The semantic version, e.g. "0.1.0"; `redact --version` and `redact_version()` print it.
    public static let version = "0.1.0"
}

// The rule set model (`RuleSetSpec`, `RuleSpec`, `RuleSetComposer`, `RuleFileError`) is part
// of Redact's API: one `import Redact` gives both.
@_exported import RedactRules
