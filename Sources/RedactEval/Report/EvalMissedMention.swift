/// A gold mention with characters left visible, kept for every miss so that two reports can be
/// compared mention by mention.
public struct EvalMissedMention: Sendable, Hashable, Codable {
    /// The document's id.
    public var document: String
    /// Start of the mention, in code points.
    public var codePointStart: Int
    /// End of the mention (exclusive), in code points.
    public var codePointEnd: Int
    /// The gold label.
    public var label: String
    /// The mention's text.
    public var text: String
    /// Non-whitespace code points of the mention that no prediction covers (at least 1).
    public var leakedCharacters: Int

    /// The mention's range in code points.
    public var codePointRange: Range<Int> { codePointStart..<codePointEnd }

    /// What identifies the mention across two runs over the same gold data.
    public var key: EvalMentionKey {
        EvalMentionKey(document: document, codePointStart: codePointStart, codePointEnd: codePointEnd, label: label)
    }

    enum CodingKeys: String, CodingKey {
        case document, label, text
        case codePointStart = "start"
        case codePointEnd = "end"
        case leakedCharacters = "leaked_characters"
    }
}

/// Identifies a gold mention: its document, code-point range and label.
public struct EvalMentionKey: Sendable, Hashable {
    /// The document's id.
    public var document: String
    /// Start in code points.
    public var codePointStart: Int
    /// End (exclusive) in code points.
    public var codePointEnd: Int
    /// The gold label.
    public var label: String
}
