/// A table of sorted `KEY<TAB>PAYLOAD` lines searched where it lies, in the binary's constant
/// data: nothing is parsed or copied when the engine starts.
///
/// - Complexity: a lookup of one key is a probe of the table's hash index (``LexiconIndex``,
///   built with the table at compile time): one hash and, on average, about two key
///   comparisons. Without an index, and for prefix searches, a binary search: O(log n) line
///   comparisons.
struct SortedLines: @unchecked Sendable {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    /// The slots of the hash index (after its width byte), or nil for no index.
    private let index: UnsafePointer<UInt8>?
    private let slotWidth: Int
    private let slotCount: Int

    init(_ text: StaticString, index: StaticString = "") {
        base = text.utf8Start
        count = text.utf8CodeUnitCount
        let indexBytes = index.utf8CodeUnitCount
        if indexBytes > 1, case let width = Int(index.utf8Start[0]) - 0x30, width > 0, (indexBytes - 1) % width == 0 {
            self.index = index.utf8Start + 1
            slotWidth = width
            slotCount = (indexBytes - 1) / width
        } else {
            self.index = nil
            slotWidth = 0
            slotCount = 0
        }
    }

    var isEmpty: Bool { count == 0 }

    /// The payload of the line whose key is `key`, if there is one.
    func payload(for key: String) -> Substring? {
        var key = key
        return key.withUTF8 { k in
            guard let range = find(k) else { return nil }
            return Substring(String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self))
        }
    }

    /// Every line whose key starts with `prefix`, as (key, payload), in order.
    func lines(withPrefix prefix: String) -> [(key: String, payload: String)] {
        var result: [(String, String)] = []
        var prefix = prefix
        prefix.withUTF8 { p in
            // Lower bound: the first line whose key is >= prefix.
            var lo = 0, hi = count
            while lo < hi {
                let mid = lineStart(at: (lo + hi) / 2)
                let end = lineEnd(from: mid)
                if compare(key: mid, p) < 0 { lo = end + 1 } else { hi = mid }
            }
            var line = lineStart(at: min(lo, count))
            while line < count {
                let end = lineEnd(from: line)
                var tab = line
                while tab < end && base[tab] != 9 { tab += 1 }
                let keyBytes = UnsafeBufferPointer(start: base + line, count: tab - line)
                guard keyBytes.starts(with: p) else { break }
                let key = String(decoding: keyBytes, as: UTF8.self)
                let payload = String(decoding: UnsafeBufferPointer(start: base + min(tab + 1, end), count: max(0, end - tab - 1)), as: UTF8.self)
                result.append((key, payload))
                line = end + 1
            }
        }
        return result
    }

    private func lineStart(at position: Int) -> Int {
        var p = min(position, count)
        while p > 0 && base[p - 1] != 10 { p -= 1 }
        return p
    }

    private func lineEnd(from start: Int) -> Int {
        var p = start
        while p < count && base[p] != 10 { p += 1 }
        return p
    }

    /// Compares the key of the line at `line` with `key`: <0, 0 or >0.
    private func compare(key line: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while true {
            let a: Int = line + i < count && base[line + i] != 9 && base[line + i] != 10 ? Int(base[line + i]) : -1
            let b: Int = i < key.count ? Int(key[i]) : -1
            if a != b { return a - b }
            if a == -1 { return 0 }
            i += 1
        }
    }

    /// The byte range of the payload of the line with key `key`.
    private func find(_ key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let index else { return search(key) }
        var s = LexiconIndex.slot(of: LexiconIndex.hash(key), slotCount: slotCount)
        while true {
            var value = 0
            let digits = index + s * slotWidth
            for i in 0..<slotWidth { value = value << 6 | Int(digits[i] &- 0x30) }
            if value == 0 { return nil }
            let line = value - 1
            if compare(key: line, key) == 0 {
                let end = lineEnd(from: line + key.count)
                let payload = line + key.count + 1
                return payload <= end ? payload..<end : end..<end
            }
            s = s + 1 == slotCount ? 0 : s + 1
        }
    }

    /// The byte range of the payload of the line with key `key`, by binary search.
    private func search(_ key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var lo = 0, hi = count
        while lo < hi {
            let start = lineStart(at: (lo + hi) / 2)
            let end = lineEnd(from: start)
            let order = compare(key: start, key)
            if order == 0 {
                let payload = start + key.count + 1
                return payload <= end ? payload..<end : end..<end
            }
            if order < 0 { lo = end + 1 } else { hi = start }
        }
        return nil
    }
}

/// What the word lists say about one word.
struct LexiconEntry: Sendable, Hashable {
    var isMaleGiven = false
    var isFemaleGiven = false
    var isGiven = false
    var isSurname = false
    var isPatronymic = false
    var isPlace = false
    /// A place of 100,000 people or more.
    var isLargePlace = false
    /// Every place behind the key is a town of the wider world or a subdivision (`w`), and no
    /// name list has it: taken only where a list spells it so.
    var isWorldOnly = false
    /// Only the given names of the wider world (`W`, `given-names-world-gfdl.tsv`) make the key
    /// a given name: taken as one only where that list spells the word so, or in Cyrillic
    /// letters (``WordAnalysis``), since its keys would also match words by sound alone
    /// (`Magna` sounds like `Magne`, `U.N.` like `Unn`).
    var isWorldGiven = false
    /// The lists the key came from (`a` `r` `t` `e`: az, ru, tr, en), a bit each in that order.
    private var listBits: UInt8 = 0
    /// The GeoNames ids, comma-separated, split only when asked for (``places``).
    private var placeField = ""
    /// GeoNames ids with their country, `AZ587084`.
    var places: [String] { placeField.isEmpty ? [] : placeField.split(separator: ",").map(String.init) }

    init() {}

    init(payload: Substring) {
        let parts = payload.split(separator: ";", omittingEmptySubsequences: false)
        for flag in parts.first ?? "" {
            switch flag {
            case "m": isMaleGiven = true; isGiven = true
            case "f": isFemaleGiven = true; isGiven = true
            case "u": isGiven = true
            case "s": isSurname = true
            case "p": isPatronymic = true
            case "l": isPlace = true
            case "L": isLargePlace = true
            case "w": isWorldOnly = true
            case "W": isWorldGiven = true
            default: break
            }
        }
        if parts.count > 1 {
            for letter in parts[1].utf8 {
                switch letter {
                case UInt8(ascii: "a"): listBits |= 1
                case UInt8(ascii: "r"): listBits |= 2
                case UInt8(ascii: "t"): listBits |= 4
                case UInt8(ascii: "e"): listBits |= 8
                default: break
                }
            }
        }
        if parts.count > 2 { placeField = String(parts[2]) }
    }

    var isName: Bool { isGiven || isSurname || isPatronymic }

    /// Whether the payload names no list language (an entry of no particular language).
    var hasNoListLanguage: Bool { listBits == 0 }
    /// Whether a list of one of `languages` holds the key.
    func isListed(inAnyOf languages: TextLanguages) -> Bool {
        (languages.contains(.english) && isListed(in: "e")) || (languages.contains(.russian) && isListed(in: "r"))
            || (languages.contains(.turkish) && isListed(in: "t")) || (languages.contains(.azerbaijani) && isListed(in: "a"))
    }

    /// Whether a list of language `letter` (`a` `r` `t` `e`) holds the key.
    func isListed(in letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "a": listBits & 1 != 0
        case "r": listBits & 2 != 0
        case "t": listBits & 4 != 0
        case "e": listBits & 8 != 0
        default: false
        }
    }
}

/// What the word lists say about an ordinary word (by exact key).
struct WordFlags: Sendable, Hashable {
    var isCommon = false
    var isCalendar = false
    var isNationality = false
    var isCountry = false
    /// The name lists spell a name exactly so (`will`, `umut`, `роман`).
    var isNameSpelling = false
    /// The place lists spell a place exactly so (`van`, `ordu`, `ganja`).
    var isPlaceSpelling = false
    /// The languages the word is ordinary in (``TextLanguages`` bits); empty for old tables.
    var commonLanguages = TextLanguages()
    /// Azerbaijani web text writes the word in lower case (`lowercase-words-az.tsv`): names
    /// typed so are among them, so this vetoes only a name no list holds, and makes no word
    /// ordinary.
    var isSeenInLowerCaseAz = false
    /// The given-name lists hold this exact spelling as a man's or a woman's name (both when
    /// they hold it as both): the gender of a spelling whose sound is both (`Anna`).
    var isMaleSpelling = false
    var isFemaleSpelling = false

    init() {}
    init(payload: Substring) {
        for flag in payload {
            switch flag {
            case "c": isCommon = true
            case "k": isCalendar = true
            case "n": isNationality = true
            case "y": isCountry = true
            case "g": isNameSpelling = true
            case "q": isPlaceSpelling = true
            case "o": isSeenInLowerCaseAz = true
            case "v": isMaleSpelling = true
            case "x": isFemaleSpelling = true
            case "E": commonLanguages.insert(.english)
            case "R": commonLanguages.insert(.russian)
            case "T": commonLanguages.insert(.turkish)
            case "A": commonLanguages.insert(.azerbaijani)
            default: break
            }
        }
    }

    /// A word that is never a person's name on its own.
    var excludes: Bool { isCalendar || isNationality || isCountry }
}

/// The word lists compiled into the binary from `Rules/lexicon/` (see `LexiconCompiler`).
enum Lexicon {
    static let names = SortedLines(GeneratedLexicon.names, index: GeneratedLexicon.namesIndex)
    static let words = SortedLines(GeneratedLexicon.words, index: GeneratedLexicon.wordsIndex)
    static let places = SortedLines(GeneratedLexicon.places, index: GeneratedLexicon.placesIndex)
    static let standIns = SortedLines(GeneratedLexicon.standins, index: GeneratedLexicon.standinsIndex)

    /// The entry for the phonetic key `key`, if the lists have it.
    static func name(phonetic key: String) -> LexiconEntry? {
        names.payload(for: key).map(LexiconEntry.init(payload:))
    }

    /// The flags of the word with exact key `key`.
    static func word(fold key: String) -> WordFlags {
        words.payload(for: key).map(WordFlags.init(payload:)) ?? WordFlags()
    }

    /// The flags of `key` in a text of `languages`: a word ordinary only in other languages is
    /// not ordinary there (English `fan`, `pier` in Azerbaijani text, where they are names).
    static func word(fold key: String, in languages: TextLanguages) -> WordFlags {
        var flags = word(fold: key)
        if flags.isCommon, !flags.commonLanguages.isEmpty, flags.commonLanguages.isDisjoint(with: languages) {
            flags.isCommon = false
        }
        return flags
    }
}

/// The languages a text may be in, told from its letters (see `TextLanguages.of(_:)`), for
/// deciding which languages' ordinary words are ordinary in it.
struct TextLanguages: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let english = TextLanguages(rawValue: 1)
    static let russian = TextLanguages(rawValue: 2)
    static let turkish = TextLanguages(rawValue: 4)
    static let azerbaijani = TextLanguages(rawValue: 8)
    /// No language but a sign of one: the line writes `ə`, so it is Azerbaijani, not Turkish,
    /// though the two share most words. Azerbaijani writes a name's case suffix with no
    /// apostrophe (`Romanın`), Turkish with one (`Roma'nın`).
    static let schwa = TextLanguages(rawValue: 16)
    static let all: TextLanguages = [.english, .russian, .turkish, .azerbaijani]

    /// From the letters of `units`: more Cyrillic than Latin letters is Russian; in Latin
    /// text, `th` and `w` making 2% of the letters are English, and in 20 letters or more `ə`
    /// making 1.5% Azerbaijani (and Turkish, which shares most words) or other Turkish and
    /// Azerbaijani letters (`ğ ı ş İ`) making 2% Turkish and Azerbaijani, so an English line
    /// that names `Gəncə` or `Elçin` stays English. Latin text with none of these signs may be
    /// any of the three; a text with no letters: all.
    static func of(_ units: UnsafeBufferPointer<UInt16>) -> TextLanguages {
        var latin = 0, cyrillic = 0, schwa = 0, turkic = 0, english = 0
        var previous: UInt16 = 0
        for u in units {
            switch u {
            case 0x41...0x5A, 0x61...0x7A:
                latin += 1
                let lower = u | 0x20
                if lower == 0x77 || (lower == 0x68 && previous == 0x74) { english += 1 }  // w, th
                previous = lower
                continue
            case 0x410...0x44F, 0x401, 0x451: cyrillic += 1
            case 0x259, 0x18F: schwa += 1; latin += 1
            case 0x11E, 0x11F, 0x130, 0x131, 0x15E, 0x15F: turkic += 1; latin += 1
            default: break
            }
            previous = 0
        }
        if latin == 0 && cyrillic == 0 { return .all }
        if cyrillic > latin { return [.russian] }
        var result: TextLanguages = []
        if english * 50 >= latin { result.insert(.english) }
        if latin >= 20 && (schwa * 66 >= latin || turkic * 50 >= latin) {
            result.formUnion([.azerbaijani, .turkish])
            if schwa * 66 >= latin { result.insert(.schwa) }
        }
        return result.isEmpty ? [.english, .turkish, .azerbaijani] : result
    }
}
