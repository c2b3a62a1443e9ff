import Foundation
import RedactRules

/// Everything that decides what a ``RedactionEngine`` finds and what it writes instead.
///
/// ```swift
/// let keyFile = try Data(contentsOf: URL(fileURLWithPath: "/etc/redact/redact.key"))
/// let configuration = RedactionConfiguration(
///     operators: OperatorTable(defaultOperator: .tag, byLabel: ["DATE": .redact]),
///     key: try RedactionKey(fileContents: Array(keyFile)),
///     protectedNames: ["Elçin Qasımova"])
/// ```
public struct RedactionConfiguration: Sendable {
    /// The composed rule set; the built-in default set unless told otherwise.
    public var rules: RuleSetSpec
    /// Which operator each label gets; `pseudonym` for all by default.
    public var operators: OperatorTable
    /// The key stand-ins are derived from. A fresh random key unless one is given, so two runs
    /// without a key file give different stand-ins.
    public var key: RedactionKey
    /// Names that must always be replaced, whatever the rules say: every spelling of each
    /// source's name an editor wants guaranteed gone.
    ///
    /// They become one extra `wordlist` rule, `protected-names`, labelled `PERSON` with
    /// priority 1000. Matched as whole words by matching key (case, `I ı İ i`, soft hyphens and
    /// zero-width characters do not matter); surrounding whitespace is trimmed and empty
    /// entries are ignored. Overlaps are resolved as for any rule: a validated find, or a
    /// longer one, that overlaps a protected name wins over it, and the part of the name it
    /// does not cover stays in the output (`Elcin qasimova@example.az` with the name
    /// `Elcin Qasimova` keeps `Elcin`).
    public var protectedNames: [String]

    /// A configuration; every argument defaults to what `redact` does without options: the
    /// built-in rules, `pseudonym` for every label, a fresh random key and no protected names.
    public init(rules: RuleSetSpec = DefaultRules.spec, operators: OperatorTable = OperatorTable(),
                key: RedactionKey = .random(), protectedNames: [String] = []) {
        self.rules = rules
        self.operators = operators
        self.key = key
        self.protectedNames = protectedNames
    }

    /// The rule set with the protected names added as a rule of their own.
    var effectiveRules: RuleSetSpec {
        let names = protectedNames.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return rules }
        var spec = rules
        spec.rules.append(RuleSpec(
            id: "protected-names", label: "PERSON", languages: ["*"], kind: .wordlist, words: names, priority: 1000,
            location: RuleLocation(file: "<protected names>", line: 0)))
        return spec
    }
}

/// The rule set compiled into this build from the files under `Rules/`, so no YAML is read
/// at run time.
public enum DefaultRules {
    /// The default rule set: `Rules/default.yaml` and everything it includes, as it was when
    /// this binary was built.
    public static let spec: RuleSetSpec = GeneratedDefaultRules.makeSpec()
}
