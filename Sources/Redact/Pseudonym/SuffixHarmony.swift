/// Fits an Azerbaijani or Turkish case suffix to the stand-in that now stands before it.
///
/// A name's span ends where its suffix begins (`Şəki|də`, `İzmir|'de`), and the suffix is kept:
/// it carries the sentence's grammar. But its vowels follow the name's last vowel, its first
/// consonant the name's last sound and its buffer letter whether the name ends in a vowel, so
/// after `Şəki` → `Quba` the suffix `də` must become `da`, after `Elçin` → `Aida` the genitive
/// `in` becomes `nın`, and after `İzmir` → `Ayvalık` the locative `'de` becomes `'ta`. The
/// suffix's meaning is unchanged; only its vowel harmony, its `d`/`t` and its buffer `n`/`y`
/// are redone, by the regular rules of the two languages.
enum SuffixHarmony {
    private static let back: Set<Unicode.Scalar> = ["a", "ı", "o", "u", "A", "I", "O", "U"]
    private static let front: Set<Unicode.Scalar> = ["ə", "e", "i", "ö", "ü", "Ə", "E", "İ", "Ö", "Ü"]
    private static let rounded: Set<Unicode.Scalar> = ["o", "ö", "u", "ü", "O", "Ö", "U", "Ü"]
    private static let voiceless: Set<Unicode.Scalar> = ["ç", "f", "h", "k", "p", "s", "ş", "t", "x"]

    /// Whether `s` is one of the vowels of `back` or `front`, in either case.
    static func isVowel(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a", "ı", "o", "u", "A", "I", "O", "U", "ə", "e", "i", "ö", "ü", "Ə", "E", "İ", "Ö", "Ü": true
        default: false
        }
    }

    /// `suffix` (letters, possibly after an apostrophe) fitted to `stem`; `suffix` unchanged when
    /// either is not in Latin letters.
    static func fit(_ suffix: String, after stem: String, azerbaijani: Bool) -> String {
        var stemScalars = Array(stem.unicodeScalars)
        while let last = stemScalars.last, !ScalarTraits.isAlphabetic(last) { stemScalars.removeLast() }
        guard let lastStemLetter = stemScalars.last, lastStemLetter.value < 0x250 || lastStemLetter == "ə",
              var lastVowel = stemScalars.last(where: isVowel) else { return suffix }
        var scalars = Array(suffix.unicodeScalars)
        var prefix: [Unicode.Scalar] = []
        while let first = scalars.first, first == "'" || first == "\u{2019}" { prefix.append(scalars.removeFirst()) }
        guard !scalars.isEmpty, scalars.allSatisfy({ ScalarTraits.isLowercase($0) && ($0.value < 0x250 || $0 == "ə") }) else { return suffix }
        let stemEndsInVowel = isVowel(lastStemLetter)
        // The buffer letter: present after a vowel, absent after a consonant.
        if !stemEndsInVowel, scalars.count >= 2, scalars[0] == "n" || scalars[0] == "y", isVowel(scalars[1]),
           scalars.count == 2 || (scalars.count == 3 && scalars[2] == "n") {
            scalars.removeFirst()  // nın → ın, yı → ı, ya → a
        } else if !stemEndsInVowel, scalars.count >= 3, scalars[0] == "y", scalars[1] == "l" {
            scalars.removeFirst()  // yla → la
        } else if stemEndsInVowel, let first = scalars.first, isVowel(first) {
            let twoWay = first == "a" || first == "e" || first == "ə"
            if scalars.count == 2 && scalars[1] == "n" {
                scalars.insert("n", at: 0)  // genitive: ın → nın
            } else if scalars.count == 1 {
                scalars.insert(twoWay ? "y" : (azerbaijani ? "n" : "y"), at: 0)  // dative ya, accusative nı / yı
            } else if scalars.count >= 2 && scalars[1] == "l" {
                scalars.insert("y", at: 0)
            }
        }
        var out = prefix
        for (i, scalar) in scalars.enumerated() {
            var produced = scalar
            switch scalar {
            case "a", "e", "ə":
                produced = back.contains(lastVowel) ? "a" : (azerbaijani ? "ə" : "e")
            case "ı", "i", "u", "ü":
                let isBack = back.contains(lastVowel), isRound = rounded.contains(lastVowel)
                produced = isBack ? (isRound ? "u" : "ı") : (isRound ? "ü" : "i")
            case "d" where i == 0 && !azerbaijani, "t" where i == 0 && !azerbaijani:
                let previous = out.last(where: { ScalarTraits.isAlphabetic($0) }) ?? lastStemLetter
                produced = voiceless.contains(Unicode.Scalar(previous.properties.lowercaseMapping) ?? previous) ? "t" : "d"
            default:
                break
            }
            if isVowel(produced) { lastVowel = produced }
            out.append(produced)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: out)
        return String(result)
    }
}
