/// A set of words (folds, phrase keys, endings) the name rules look words up in, hashed and
/// compared by their UTF-8 bytes.
///
/// `Set<String>` compares by canonical equivalence, so every probe of a non-ASCII word (every
/// Cyrillic and most Azerbaijani and Turkish words) checked its normalization, and a probe that
/// missed compared unequal bytes the slow way (normalization data lookups were about 5% of a run
/// on new text). Here a word whose bytes can only be in NFC is hashed and compared as bytes;
/// any other (a combining mark, a script beyond Cyrillic) is put in NFC first, and so are the
/// words stored. Two words are then members of one another exactly when `Set<String>` would
/// say so.
struct WordSet: Sequence, ExpressibleByArrayLiteral {
    /// The words, each in NFC (``composed(_:)``), compared by their bytes.
    private var keys: Set<UTF8Key> = []

    init() {}
    init(arrayLiteral words: String...) { self.init(words) }
    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    func contains(_ word: String) -> Bool {
        keys.contains(UTF8Key(Self.composed(word)))
    }

    @discardableResult
    mutating func insert(_ word: String) -> Bool {
        keys.insert(UTF8Key(Self.composed(word))).inserted
    }

    mutating func formUnion<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    func union<S: Sequence>(_ words: S) -> WordSet where S.Element == String {
        var out = self
        out.formUnion(words)
        return out
    }

    func makeIterator() -> AnyIterator<String> {
        var inner = keys.makeIterator()
        return AnyIterator { inner.next()?.string }
    }

    /// `word` itself when its bytes can only be NFC: every scalar below U+0300 (Latin with its
    /// extensions, IPA), or Cyrillic without its combining marks (U+0400–U+04FF but for
    /// U+0483–U+0489). These hold no combining mark and no character NFC replaces, so they are
    /// NFC as written. Anything else goes through ICU's NFC.
    static func composed(_ word: String) -> String {
        var safe = true
        var previous: UInt8 = 0
        for byte in word.utf8 {
            switch byte {
            case 0..<0x80, 0xC0..<0xCC, 0xD0, 0xD1, 0xD2, 0xD3: break
            case 0x80..<0xC0:
                // The continuation after a D2 lead: U+0483–U+0489 are combining marks.
                if previous == 0xD2 && (0x83...0x89).contains(byte) { safe = false }
            default: safe = false
            }
            if !safe { break }
            previous = byte
        }
        return safe ? word : Normalization.nfc(word)
    }
}
