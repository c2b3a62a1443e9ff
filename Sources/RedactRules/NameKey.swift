/// The two keys by which names are compared: an exact one and a phonetic one.
///
/// Both are pure Swift over Unicode scalars, with no ICU, because the same code runs at build
/// time (RuleGen keys the word lists into the binary) and at run time (the engine keys each
/// distinct capitalized word once and caches it); the two must agree to the byte.
///
/// - ``fold(_:)``: lower case, `I ı İ i` merged, soft hyphens, zero-width characters and
///   combining marks dropped (after composing `ç ş` from their combining cedilla), and letters of
///   the minority script inside a word of one script mapped to their look-alikes in the other
///   (a Cyrillic `а` inside `Elçin` is a Latin `a`). Common-word and allow lists use it.
/// - ``phonetic(_:)``: ``fold(_:)``, then Latin and Cyrillic letters mapped onto one small
///   alphabet of sound classes covering the usual Azerbaijani, Russian, Turkish and English
///   correspondences (`ə a e э я е` → `a`; `o ö о ё` → `o`, so stand-ins, which must read `ё` as
///   `е`, use ``standInKey(_:)``; `ı i y и ы й` → `i`; `q g ğ k h x г к х` → `k`;
///   `c j dj dzh дж ж` → `j`; `ç ch ч` → `c`; `ş sh ш щ s` → `s`), glides before vowels and
///   soft and hard signs dropped, repeated classes collapsed. `Elçin`, `Elchin` and `Эльчин` all
///   give `alcin`; `Gəncə`, `Ganja`, `Gyandzha` and `Гянджа` all give `kanja`;
///   `Hüseynov`, `Huseynov`, `Guseynov` and `Гусейнов` all give `kusainov`.
///
/// The phonetic key deliberately merges more than it should for detection alone (`Kamal` and
/// `Gamal` meet): it links spellings of names already found, and finds names in the word lists
/// whatever the script, while ordinary words are kept apart by the exact key.
public enum NameKey {
    /// The exact matching key of `word`.
    public static func fold(_ word: some StringProtocol) -> String {
        String(scalars: foldScalars(word.unicodeScalars))
    }

    /// The key stand-ins are chosen and told apart by: ``phonetic(_:)`` of `text` with `ё`
    /// written `е`, as Russian writes it as often as not. `Алёна` is then no stand-in for
    /// `Алена`, and `Фёдоров` and `Федоров` get one stand-in. (The word lists keep their keys:
    /// read as `е` everywhere, `Танёр` would meet Turkish `Taner`.)
    public static func standInKey(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "ё" || $0 == "Ё" }) else { return phonetic(text) }
        return phonetic(String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "ё" ? "е" : $0 == "Ё" ? "Е" : $0 })))
    }

    /// The phonetic key of `text` (one or more words; words are kept apart by one space).
    public static func phonetic(_ text: some StringProtocol) -> String {
        let scalars = foldScalars(text.unicodeScalars)
        var classes: [UInt8] = []
        classes.reserveCapacity(scalars.count)
        var i = 0
        let n = scalars.count
        func at(_ k: Int) -> UInt32 { k < n ? scalars[k].value : 0 }
        func isVowelScalar(_ v: UInt32) -> Bool { vowelClass(v) != nil }
        func emit(_ c: UInt8) {
            if let last = classes.last, last == c { return }
            classes.append(c)
        }
        while i < n {
            let v = at(i)
            let next = at(i + 1)
            // Latin digraphs and trigraphs of English and German transliteration.
            switch v {
            case 0x63 where next == 0x68:  // ch
                emit(c_); i += 2; continue
            case 0x73 where next == 0x68:  // sh, shch
                emit(s_); i += at(i + 2) == 0x63 && at(i + 3) == 0x68 ? 4 : 2; continue
            case 0x7A where next == 0x68:  // zh
                emit(j_); i += 2; continue
            case 0x6B where next == 0x68:  // kh
                emit(k_); i += 2; continue
            case 0x64 where next == 0x7A && at(i + 2) == 0x68:  // dzh
                emit(j_); i += 3; continue
            case 0x64 where next == 0x6A:  // dj
                emit(j_); i += 2; continue
            case 0x74 where next == 0x73 && at(i + 2) == 0x63 && at(i + 3) == 0x68:  // tsch
                emit(c_); i += 4; continue
            case 0x74 where next == 0x68:  // th
                emit(t_); i += 2; continue
            case 0x70 where next == 0x68:  // ph
                emit(f_); i += 2; continue
            case 0x434 where next == 0x436:  // дж
                emit(j_); i += 2; continue
            default: break
            }
            // A glide before a vowel is dropped: Yelena, Елена and Elena meet; Ilya and Илья too.
            if v == 0x79 || v == 0x439 || v == 0x44C || v == 0x44A {  // y й ь ъ
                if isVowelScalar(next) || v == 0x44C || v == 0x44A { i += 1; continue }
                emit(i_); i += 1; continue
            }
            if let vowel = vowelClass(v) {
                emit(vowel)
                i += 1
                continue
            }
            if let consonant = consonantClass(v) {
                emit(consonant)
            } else if v == 0x20 {
                emit(space)
            } else if v == 0x2D {
                emit(space)
            } else if Unicode.Scalar(v).map({ $0.properties.isAlphabetic }) == true {
                // A letter of another script: kept as itself, so such names still link exactly.
                classes.append(contentsOf: Array(String(Unicode.Scalar(v)!).utf8))
            }
            i += 1
        }
        return String(decoding: classes, as: UTF8.self)
    }

    // Sound classes, as the ASCII letters the key is written in.
    private static let a_: UInt8 = 0x61, i_: UInt8 = 0x69, o_: UInt8 = 0x6F, u_: UInt8 = 0x75
    private static let k_: UInt8 = 0x6B, j_: UInt8 = 0x6A, c_: UInt8 = 0x63, s_: UInt8 = 0x73
    private static let t_: UInt8 = 0x74, f_: UInt8 = 0x66, space: UInt8 = 0x20

    private static func vowelClass(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x61, 0x259, 0xE4, 0x65, 0xE9, 0xE8, 0xEA, 0xEB, 0xE6, 0xE1, 0xE0, 0xE2, 0xE3, 0xE5,
             0x430, 0x44F, 0x44D, 0x435, 0x454:
            return a_
        case 0x69, 0x131, 0xEE, 0xEF, 0xED, 0xEC, 0x438, 0x44B, 0x456, 0x457:
            return i_
        case 0x6F, 0xF6, 0xF4, 0xF3, 0xF2, 0xF8, 0xF5, 0x43E, 0x451, 0x153:
            return o_
        case 0x75, 0xFC, 0xFB, 0xFA, 0xF9, 0x443, 0x44E, 0x45E:
            return u_
        default:
            return nil
        }
    }

    private static func consonantClass(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x62, 0x431: return 0x62                                   // b б
        case 0x70, 0x43F: return 0x70                                   // p п
        case 0x76, 0x77, 0x432: return 0x76                             // v w в
        case 0x66, 0x444: return f_                                     // f ф
        case 0x64, 0x434: return 0x64                                   // d д
        case 0x74, 0x442: return t_                                     // t т
        case 0x6B, 0x71, 0x67, 0x11F, 0x68, 0x78, 0x43A, 0x433, 0x445, 0x4B3, 0x491: return k_  // k q g ğ h x к г х
        case 0x63, 0x6A, 0x436, 0x458: return j_                        // c j ж ј
        case 0xE7, 0x447, 0x10D: return c_                              // ç ч č
        case 0x73, 0x441, 0x15F, 0x448, 0x449, 0x161, 0x219, 0xDF: return s_   // s с ş ш щ š ș ß
        case 0x7A, 0x437, 0x17E: return 0x7A                            // z з ž
        case 0x446: return 0x7A                                         // ц (ts) as z: Tsvetkov / Zvetkov
        case 0x6C, 0x43B, 0x142: return 0x6C                            // l л ł
        case 0x6D, 0x43C: return 0x6D                                   // m м
        case 0x6E, 0x43D, 0xF1, 0x148: return 0x6E                      // n н ñ ň
        case 0x72, 0x440, 0x159: return 0x72                            // r р ř
        default: return nil
        }
    }

    /// The scalars of ``fold(_:)``: lower-cased, ignorable characters dropped, look-alikes of the word's
    /// minority script mapped into its majority script.
    public static func foldScalars<S: Sequence>(_ input: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.underestimatedCount)
        var latin = 0
        var cyrillic = 0
        for scalar in input {
            let v = scalar.value
            switch v {
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E:
                continue  // soft hyphen, zero-width space/joiners, word joiner, BOM
            case 0x327:  // combining cedilla: ç ş as written decomposed
                if let last = out.last {
                    if last == "c" { out[out.count - 1] = "ç" } else if last == "s" { out[out.count - 1] = "ş" }
                }
                continue
            case 0x306:  // combining breve: ğ
                if out.last == "g" { out[out.count - 1] = "ğ" }
                continue
            case 0x308:  // combining diaeresis: ö ü
                if out.last == "o" { out[out.count - 1] = "ö" } else if out.last == "u" { out[out.count - 1] = "ü" }
                continue
            case 0x300...0x36F:
                continue  // other combining marks (the dot of İ among them)
            case 0x49, 0x130, 0x131:
                out.append("i")  // I İ ı merge with i
                latin += 1
                continue
            default:
                break
            }
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 0x20)!) } else { out.append(scalar) }
                if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { latin += 1 }
                continue
            }
            if v == 0x18F { out.append("ə"); latin += 1; continue }  // Ə
            if v >= 0x400 && v <= 0x4FF { cyrillic += 1 } else if v < 0x250 || v == 0x259 { latin += 1 }
            if v < UInt32(lowerCaseBelow0x500.count) {
                out.append(Unicode.Scalar(lowerCaseBelow0x500[Int(v)])!)
                continue
            }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1 { out.append(lower.first!) } else { out.append(scalar) }
        }
        if latin > 0 && cyrillic > 0 {
            let toLatin = latin >= cyrillic
            for k in out.indices {
                if toLatin, let mapped = cyrillicToLatinLookAlike[out[k].value] { out[k] = Unicode.Scalar(mapped)! }
                if !toLatin, let mapped = latinToCyrillicLookAlike[out[k].value] { out[k] = Unicode.Scalar(mapped)! }
            }
        }
        return out
    }

    /// The lower case of each scalar below U+0500 (Latin, Greek, Cyrillic) where it is one
    /// scalar, else the scalar itself: what the loop above would read from the Unicode
    /// properties, which cost a lookup and a `String` for every letter.
    private static let lowerCaseBelow0x500: [UInt32] = (0..<UInt32(0x500)).map { v in
        guard let scalar = Unicode.Scalar(v) else { return v }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : v
    }

    /// Lower-case Cyrillic letters that look like Latin ones, and the reverse.
    private static let cyrillicToLatinLookAlike: [UInt32: UInt32] = [
        0x430: 0x61, 0x435: 0x65, 0x43E: 0x6F, 0x440: 0x70, 0x441: 0x63, 0x443: 0x79, 0x445: 0x78,
        0x456: 0x69, 0x458: 0x6A, 0x455: 0x73, 0x4BB: 0x68, 0x501: 0x64, 0x51B: 0x71, 0x51D: 0x77,
        0x4D9: 0x259,  // ә (Cyrillic schwa) → ə
    ]
    private static let latinToCyrillicLookAlike: [UInt32: UInt32] = [
        0x61: 0x430, 0x65: 0x435, 0x6F: 0x43E, 0x70: 0x440, 0x63: 0x441, 0x79: 0x443, 0x78: 0x445,
        0x69: 0x456, 0x6A: 0x458, 0x73: 0x455, 0x68: 0x4BB,
    ]
}
