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
