/// A span some rule proposes, before overlapping proposals are resolved.
struct Candidate: Sendable, Hashable {
    /// UTF-8 byte offsets relative to the scanned text.
    var start: Int
    var end: Int
    /// Index of the rule in the compiled set.
    var rule: Int
    /// The rule has a validator and the text passed it.
    var validated: Bool
    var priority: Int
    /// Every character of it must end up replaced, even where a stronger candidate wins part
    /// of it (protected names).
    var mustCover = false
    /// With `mustCover`: only a remainder that holds a digit or `@` is kept covered (a
    /// pattern's identifier material, not the word a date rule took along: `2021 году`).
    var remainderNeedsDigit = false
    /// What found it, for `detect`'s `evidence` and `confidence`.
    var evidence: Evidence = .pattern
    /// For ``Evidence/model``: by how much the model's reading beat its threshold (≥ 1).
    var modelMargin: Float = 0
    /// For ``Evidence/names``: what the label rests on besides the rule (0 the rule alone, 1
    /// the context model or the lists agree, 2 both agree), or -1 when the context model
    /// reads another kind, named by `alternativeRule`.
    var kindSupport: Int8 = 0
    /// With `kindSupport` -1: the rule of the kind the context model reads; else -1.
    var alternativeRule: Int = -1
    /// The rule's search hit its step limit here (catastrophic backtracking): the span is the
    /// whole region it was searching, replaced by `[LABEL]` so that nothing in it can leak.
    var exhausted = false

    var length: Int { end - start }
}

/// A name found in a text (or a capitalized word that may be one), with the phonetic keys of its
/// words: how later mentions in other spellings, scripts and inflections are linked to it.
struct NameMention: Sendable, Hashable {
    /// UTF-8 byte offsets relative to the scanned text.
    var start: Int
    var end: Int
    /// The rule (label) it was found by; -1 for a capitalized word not found by itself.
    var rule: Int
    var keys: [String]
}

/// What a span rests on: how much to trust it, as `redact detect` reports it.
enum Evidence: UInt8, Sendable, Hashable {
    /// A pattern whose match passed a validator (a checksum, a numbering plan).
    case validated
    /// A pattern alone.
    case pattern
    /// A pattern right after a cue word (`FİN:`, `паспорт`).
    case cue
    /// A word list (protected names, rule lists).
    case list
    /// The name rules: lists, titles, endings, designators, cues.
    case names
    /// The context model alone, where the rules found no name.
    case model
    /// Another mention of a name or value found elsewhere in the run.
    case linked

    /// The name `detect` writes.
    var name: String {
        switch self {
        case .validated: "validated"
        case .pattern: "pattern"
        case .cue: "cue"
        case .list: "list"
        case .names: "name-rules"
        case .model: "context-model"
        case .linked: "linked"
        }
    }
}

extension Candidate {
    /// `high`, `medium` or `low`: validated, cued and listed spans are high; the context model's
    /// are low unless its margin is at least twice its threshold. A name the rules found is
    /// high when both the context model and the lists read the same kind, low when the model
    /// reads another kind (`detect` then names it as `alternative_label`), else medium. It
    /// says how sure the engine is that this is what the label says, not whether to replace
    /// it: every span is replaced.
    var confidence: String {
        switch evidence {
        case .validated, .cue, .list: "high"
        case .pattern, .linked: "medium"
        case .names: kindSupport >= 2 ? "high" : kindSupport < 0 ? "low" : "medium"
        case .model: modelMargin >= 2 ? "medium" : "low"
        }
    }
}
