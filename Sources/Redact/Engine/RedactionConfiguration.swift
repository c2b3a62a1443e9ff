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
    /// entries are ignored. A protected name is never left partly visible: where a stronger
    /// find (a validated one, or a longer one) wins part of it, the rest of the name is replaced
    /// as a span of its own (`https://example.org/Elcin Qasimova` with the name `Elcin Qasimova`
    /// becomes `[URL] [PERSON]`). Names are found as whole words as ICU segments them, so a name
    /// fused into another token (`qasimova@…`) is found only by the rule for that token. Under
    /// `pseudonym` they get a made-up name of as many words.
    public var protectedNames: [String]
    /// Names that must stay as written, such as public officials quoted on the record: name
    /// detection leaves them (in every spelling that has the same exact or phonetic key) and does
    /// not learn them. A protected name wins over an allowed one. They join the rule set's own
    /// `names.allow` lists (see Rules/README.md) and so its digest.
    public var allowedNames: [String]
    /// The characters the output can hold, when it is written in a charset other than UTF-8
    /// (``Transcoder/repertoire(of:)``): stand-ins are then chosen from them. A stand-in with a
    /// character outside it is spelled again (`ə` as `e`, then in ASCII: `Rəşid` → `Reşid` for
    /// ISO-8859-9, `Rashid` for windows-1251), and failing that becomes `[LABEL]`. nil (the
    /// default) for UTF-8 output: any character.
    public var outputRepertoire: CharacterRepertoire?
    /// How stand-ins are chosen: ``StandInScheme/current`` unless an archive made with an older
    /// scheme must be matched. Pin it with the key: the same key, rules and scheme give the same
    /// stand-ins on every machine.
    public var standInScheme: StandInScheme = .current

    /// A configuration; every argument defaults to what `redact` does without options: the
    /// built-in rules, `pseudonym` for every label, a fresh random key and no protected names.
    public init(rules: RuleSetSpec = DefaultRules.spec, operators: OperatorTable = OperatorTable(),
                key: RedactionKey = .random(), protectedNames: [String] = [], allowedNames: [String] = []) {
        self.rules = rules
        self.operators = operators
        self.key = key
        self.protectedNames = protectedNames
        self.allowedNames = allowedNames
    }

    /// The id of the rule made from `protectedNames`.
    static let protectedNamesRuleID = "protected-names"

    /// The protected names of the configuration and of the rule set's `names.protect` lists.
    var allProtectedNames: [String] {
        let fromRules = rules.lists.filter { $0.key == "names.protect" || $0.key.hasPrefix("names.protect.") }
            .sorted { $0.key < $1.key }.flatMap(\.value)
        return (protectedNames + fromRules).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The rule set with the protected names (``protectedNames`` and the rule set's own
    /// `names.protect` lists) added as a rule of their own.
    var effectiveRules: RuleSetSpec {
        let names = allProtectedNames
        var spec = rules
        let allowed = allowedNames.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if !allowed.isEmpty { spec.lists["names.allow.configuration"] = allowed }
        guard !names.isEmpty else { return spec }
        spec.rules.append(RuleSpec(
            id: Self.protectedNamesRuleID, label: "PERSON", languages: ["*"], kind: .wordlist, words: names, priority: 1000,
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
