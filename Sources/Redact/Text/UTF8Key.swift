/// A string as a hash key compared by its UTF-8 bytes, not by canonical equivalence.
///
/// `String`'s own hashing and `==` check the normalization of every non-ASCII string, and a
/// comparison of unequal bytes takes the slow, normalizing way: in tables probed for every word
/// (the name rules' word sets, the memos of analyses and phonetic keys) that was about 5% of a
/// run on new text. Use it where both sides are in one normal form (``WordSet`` puts them in
/// NFC), or where two spellings of one text in two forms may safely be told apart (a memo of a
/// pure result, which then works the other form out on its own).
struct UTF8Key: Hashable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    func hash(into hasher: inout Hasher) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            for byte in string.utf8 { hasher.combine(byte) }
        }
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.string.utf8.count == b.string.utf8.count && a.string.utf8.elementsEqual(b.string.utf8)
    }
}
