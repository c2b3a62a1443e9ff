/// The version of the rule file format this build reads and writes.
///
/// A rule file names it in its `format:` key. A later format that older builds cannot read
/// gets a new number; this build refuses files whose number it does not know.
public let ruleFormatVersion = "redact-rules/1"

/// What a rule looks for: the closed set of rule kinds.
public enum RuleKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// An ICU regular expression, run only around the rule's trigger characters.
    case pattern
    /// Whole words or phrases from a list, matched on word boundaries by their matching key.
    case wordlist
    /// A pattern that counts only right after a cue word (`tel`, `FİN`, `паспорт`), for
    /// identifiers whose shape alone would match ordinary text.
    case cue
}

/// Where a rule or a value came from, for error messages.
public struct RuleLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the user or the rule set named it.
    public var file: String
    /// 1-based line.
    public var line: Int

    /// A location in `file` at `line`.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`.
    public var description: String { "\(file):\(line)" }
}

/// A text a rule must match (with the expected span marked `[[…]]`) or must not match.
public struct RuleExample: Sendable, Hashable, Codable {
    /// The text with `[[` and `]]` around each span the rule must produce; for a negative
    /// example, the plain text.
    public var text: String
    /// Where the example is written.
    public var location: RuleLocation

    /// An example `text` written at `location`.
    public init(text: String, location: RuleLocation) {
        self.text = text
        self.location = location
    }
}

/// One rule as written in a rule file, before compilation.
public struct RuleSpec: Sendable, Hashable, Codable {
    /// Unique within a rule set, dotted by convention: `phone.az.national`.
    public var id: String
    /// What the rule finds, upper case: `PHONE`, `EMAIL`, `DATE`, `PERSON`.
    public var label: String
    /// ISO 639-1 codes of the languages the rule is written for; `["*"]` for any.
    ///
    /// Descriptive only: the engine runs every rule on every text, whatever its language. It
    /// is part of ``RuleSetSpec``'s digest.
    public var languages: [String]
    /// What the rule looks for: a pattern, a word list or a pattern after a cue.
    public var kind: RuleKind
    /// ICU regular expression (`pattern` and `cue` kinds), as written: `{{list}}` references
    /// are expanded when the rule is compiled (see ``RuleSetSpec/expandPattern(_:)``).
    public var pattern: String?
    /// A second ICU pattern, tried at the start of each match the pattern finds (`pattern`
    /// kind): where it matches there, the match is dropped and the search goes on from the
    /// next character, as if the pattern had failed at that start. It looks back before the
    /// match as a look-behind does, and its `\z` (or `$`) is the match's end. It says what a
    /// negative look-behind at the start of the pattern says (`(?<!…)`), but is tried once
    /// per match, not at every place the pattern is tried: a look-behind over a list of words
    /// costs ICU one attempt per length per list word at each of those places. The same flag
    /// (`caseInsensitive`) and `{{list}}` references as the pattern.
    public var dropIf: String?
    /// Strings one of which ends at most ``dropIfGap`` units before a match's start wherever
    /// ``dropIf`` can hold (the words its look-behind names), compared without case (ICU's full
    /// case folding). The `drop_if` pattern is then tried only after one of them, told by
    /// reading back from the match through a trie of the strings: a match with none that close
    /// stays without it. A string left out keeps matches the pattern would drop (a span too
    /// many, never one too few). Empty: `drop_if` is tried at every match.
    public var dropIfAfter: [String]
    /// How far before a match's start a ``dropIfAfter`` string may end, in UTF-16 units: room
    /// for the spaces and marks between a word and what follows it (`ИНН: № `, at most
    /// twelve in the built-in rules).
    public static let dropIfGap = 16
    /// Match ignoring case (ICU's full case folding).
    public var caseInsensitive: Bool
    /// The capture group that is the span (0: the whole match).
    public var group: Int
    /// ASCII characters every match contains at least one of (`pattern` kind). The pattern runs
    /// only in windows around them; `nil` runs it over the whole text.
    public var trigger: String?
    /// How many trigger characters every match contains at least (a phone has at least seven
    /// digits): windows open only where that many lie within `maxLength` of each other.
    public var minTriggers: Int
    /// Strings, compared as the pattern compares (exactly, or by ICU's full case folding for
    /// a `caseInsensitive` rule), one of which starts within `maxLength` units of every match
    /// (`pattern` kind with a trigger): the windows open only around trigger characters that have one that
    /// close, a byte-level test before any regular expression runs. An entry `{{list}}` stands
    /// for the words of that list (`{{months}}`: every `months.*` list). Empty: no such test.
    public var near: [String]
    /// Every match is one unbroken run of characters: no space, tab, line feed, form feed or
    /// carriage return inside it or in its capture group (`pattern` kind with a trigger; URLs,
    /// e-mail addresses, handles, IP addresses). Windows are then cut at those characters around
    /// each trigger, not `maxLength` either side of it, and the triggers `minTriggers` counts
    /// must lie in one run: a `/` at a sentence's end no longer makes a URL rule read the
    /// 400 characters before it.
    public var unbroken: Bool
    /// Longest match in UTF-16 units; bounds the windows around triggers and cues.
    public var maxLength: Int
    /// Words or phrases (`wordlist`) or cue words (`cue`); a trailing `*` matches a prefix. An
    /// entry `{{name}}` stands for a whole list (a rule file's `list` key).
    public var words: [String]
    /// Most characters between the end of a cue and the start of its target (`cue` kind).
    public var window: Int
    /// The span starts at the cue, not at its target (`cue` kind): for phrases whose first word
    /// is the only cheap evidence and part of the identifier, such as a sum in number words
    /// (`five thousand dollars`, whose cue `five` must be replaced with the rest).
    public var cueInSpan: Bool
    /// Name of the validator a match must pass (`luhn`, `iban`, `phone:AZ`, …).
    public var validator: String?
    /// Breaks ties between overlapping candidates of equal standing; higher wins.
    public var priority: Int
    /// Name of the stand-in generator for the `pseudonym` operator; by default chosen by label.
    public var pseudonym: String?
    /// Texts the rule must match, spans marked `[[…]]`.
    public var matchExamples: [RuleExample]
    /// Texts in which the rule must find nothing.
    public var rejectExamples: [RuleExample]
    /// Where the rule is written.
    public var location: RuleLocation

    /// A rule; the defaults are a rule file's: `group` 0, `minTriggers` 1, `maxLength` 64,
    /// `window` 24, `priority` 50.
    public init(
        id: String, label: String, languages: [String], kind: RuleKind, pattern: String? = nil, dropIf: String? = nil, dropIfAfter: [String] = [],
        caseInsensitive: Bool = false, group: Int = 0, trigger: String? = nil,
        minTriggers: Int = 1, near: [String] = [], unbroken: Bool = false, maxLength: Int = 64, words: [String] = [], window: Int = 24, cueInSpan: Bool = false,
        validator: String? = nil,
        priority: Int = 50, pseudonym: String? = nil, matchExamples: [RuleExample] = [],
        rejectExamples: [RuleExample] = [], location: RuleLocation
    ) {
        self.id = id
        self.label = label
        self.languages = languages
        self.kind = kind
        self.pattern = pattern
        self.dropIf = dropIf
        self.dropIfAfter = dropIfAfter
        self.caseInsensitive = caseInsensitive
        self.group = group
        self.trigger = trigger
        self.minTriggers = minTriggers
        self.near = near
        self.unbroken = unbroken
        self.maxLength = maxLength
        self.words = words
        self.window = window
        self.cueInSpan = cueInSpan
        self.validator = validator
        self.priority = priority
        self.pseudonym = pseudonym
        self.matchExamples = matchExamples
        self.rejectExamples = rejectExamples
        self.location = location
    }
}

/// A composed rule set: every rule and list after includes, overrides and disables; what an
/// engine is compiled from.
public struct RuleSetSpec: Sendable, Hashable, Codable {
    /// Name of the set, as given to ``RuleSetComposer/build(name:)``.
    public var name: String
    /// Rules in the order they were defined.
    public var rules: [RuleSpec]
    /// Named word lists, lower case, referred to from patterns as `{{name}}`.
    public var lists: [String: [String]]
    /// The files the set was composed from, in order.
    public var files: [String]

    /// A rule set from its parts; usually ``RuleSetComposer/build(name:)`` makes one.
    public init(name: String, rules: [RuleSpec], lists: [String: [String]], files: [String]) {
        self.name = name
        self.rules = rules
        self.lists = lists
        self.files = files
    }

    /// The rule with this id, if any.
    public func rule(id: String) -> RuleSpec? { rules.first { $0.id == id } }
}
