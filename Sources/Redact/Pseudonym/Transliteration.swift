/// Spells a stand-in name in the script of the name it replaces.
///
/// Stand-in lists are kept in one script per family (Azerbaijani names in Azerbaijani Latin,
/// Russian names in Cyrillic); the other spellings are made from it here by fixed tables, so that
/// entry `i` of every spelling is the same name. That is what gives `Elçin Hüseynov`,
/// `Elchin Huseynov` and `Эльчин Гусейнов` one stand-in in three spellings.
enum Transliteration {
    /// How a name is written.
    enum Script: Sendable, Hashable {
        /// Latin letters with the Azerbaijani or Turkish ones (`ə ı ş ç ğ ö ü`).
        case latin
        /// ASCII letters only, as English-language text writes these names.
        case ascii
        case cyrillic
    }

    /// The script `word` is written in.
    static func script(of word: some StringProtocol) -> Script {
        var ascii = true
        for scalar in word.unicodeScalars {
            if scalar.value >= 0x400 && scalar.value <= 0x4FF { return .cyrillic }
            if scalar.value >= 0x80 && ScalarTraits.isAlphabetic(scalar) { ascii = false }
        }
        return ascii ? .ascii : .latin
    }

    /// An Azerbaijani Latin name in the Russian Cyrillic customary for it (`Hüseynov` →
    /// `Гусейнов`, `Elçin` → `Эльчин`, `Günel` → `Гюнель`).
    static func azerbaijaniToCyrillic(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        var out = ""
        var carriedCapital = false
        for (i, scalar) in scalars.enumerated() {
            let upper = ScalarTraits.isUppercase(scalar)
            let lower = String(scalar).lowercased()
            let previous = i > 0 ? String(scalars[i - 1]).lowercased() : ""
            let afterConsonant = i > 0 && !"aeəiıoöuü".contains(previous)
            let next = i + 1 < scalars.count ? String(scalars[i + 1]).lowercased() : ""
            var piece: String
            switch lower {
            case "a": piece = "а"
            case "b": piece = "б"
            case "c": piece = "дж"
            case "ç": piece = "ч"
            case "d": piece = "д"
            case "e": piece = i == 0 ? "э" : "е"
            case "ə": piece = i == 0 ? "а" : (afterConsonant && "gkqxl".contains(previous) ? "я" : "а")
            case "f": piece = "ф"
            case "g": piece = "г"
            case "ğ": piece = "г"
            case "h": piece = "г"
            case "x": piece = "х"
            case "ı": piece = "ы"
            case "i", "i̇": piece = "и"
            case "j": piece = "ж"
            case "k": piece = "к"
            case "q": piece = "г"
            case "l": piece = (next.isEmpty || !"aeəiıoöuü".contains(next)) && i > 0 ? "ль" : "л"
            case "m": piece = "м"
            case "n": piece = "н"
            case "o": piece = "о"
            case "ö": piece = "ё"
            case "p": piece = "п"
            case "r": piece = "р"
            case "s": piece = "с"
            case "ş": piece = "ш"
            case "t": piece = "т"
            case "u": piece = "у"
            case "ü": piece = afterConsonant || i == 0 ? "ю" : "у"
            case "v": piece = "в"
            case "y": piece = "й"
            case "z": piece = "з"
            default: piece = lower
            }
            // `ye`/`yə` as `е`, `yu` as `ю`, `ya` as `я`.
            if lower == "y", ["a", "ə", "e", "u"].contains(next) {
                piece = ""
            }
            if previous == "y" && i > 0 {
                switch lower {
                case "a": piece = "я"
                case "ə", "e": piece = "е"
                case "u", "ü": piece = "ю"
                default: break
                }
            }
            if previous == "l" && out.hasSuffix("ль") && !"aeəiıoöuü".contains(lower) {
                // soft sign already written
            } else if previous == "l" && out.hasSuffix("ль") {
                out.removeLast()
            }
            // A capital `Y` folded into the next letter (`Yaqub` → `Ягуб`) gives it its capital.
            let capital = upper || carriedCapital
            carriedCapital = piece.isEmpty && upper
            out += capital ? piece.prefix(1).uppercased() + piece.dropFirst() : piece
        }
        // The soft sign stays only before a consonant or at the end, as in `Эльчин`, `Гюнель`.
        return out
    }

    /// An Azerbaijani or Turkish Latin name in English spelling (`Hüseynov` → `Huseynov`,
    /// `Elçin` → `Elchin`, `Qasımova` → `Gasimova`).
    static func azerbaijaniToASCII(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            let upper = ScalarTraits.isUppercase(scalar)
            let piece: String
            switch String(scalar).lowercased() {
            case "ə": piece = "a"
            case "ı": piece = "i"
            case "i̇": piece = "i"
            case "ş": piece = "sh"
            case "ç": piece = "ch"
            case "ğ": piece = "gh"
            case "ö": piece = "o"
            case "ü": piece = "u"
            case "q": piece = "g"
            case "x": piece = "kh"
            case "c": piece = "j"
            default: piece = String(scalar).lowercased()
            }
            out += upper ? piece.prefix(1).uppercased() + piece.dropFirst() : piece
        }
        return out
    }

    /// A Turkish name with its letters reduced to ASCII (`Yılmaz` → `Yilmaz`, `Şahin` → `Sahin`).
    static func turkishToASCII(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "ı": out += "i"
            case "İ": out += "I"
            case "ş": out += "s"
            case "Ş": out += "S"
            case "ç": out += "c"
            case "Ç": out += "C"
            case "ğ": out += "g"
            case "Ğ": out += "G"
            case "ö": out += "o"
            case "Ö": out += "O"
            case "ü": out += "u"
            case "Ü": out += "U"
            case "â": out += "a"
            case "î": out += "i"
            case "û": out += "u"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A Russian Cyrillic name in English spelling (`Кузнецова` → `Kuznetsova`).
    static func russianToASCII(_ name: String) -> String {
        let table: [Character: String] = [
            "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
            "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
            "э": "e", "ю": "yu", "я": "ya",
        ]
        var out = ""
        for (i, character) in name.enumerated() {
            let lower = Character(character.lowercased())
            var piece = table[lower] ?? String(lower)
            if lower == "е" && i == 0 { piece = "ye" }
            out += character.isUppercase ? piece.prefix(1).uppercased() + piece.dropFirst() : piece
        }
        return out
    }

    /// The ASCII letters of a Latin name: Azerbaijani conventions for `ə q x c`, else the
    /// letters without their marks.
    static func latinToASCII(_ name: String) -> String {
        name.unicodeScalars.contains { ["ə", "Ə", "q", "Q", "x", "X"].contains($0) }
            ? azerbaijaniToASCII(name) : turkishToASCII(name)
    }
}
