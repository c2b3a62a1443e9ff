import RedactRules

/// Lines written in capitals, read as a reader reads them.
///
/// Court papers, letterheads, bank statements and police forms write their headings in
/// capitals: `UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF OHIO`, `ANKARA 7. AĞIR
/// CEZA MAHKEMESİ`, `BGC TARWICK CARE LTD SALARY`. In capitals every word looks like a name's
/// or an acronym's: `OF` and `FOR` join the run of capitalized words instead of linking a
/// designator to its name, `OF` is read as a Turkish town, `COURT` as an acronym, and the
/// organization whose name the same words would make in ordinary writing is missed.
///
/// The name detector therefore reads such a stretch through a view of the text in which it is
/// written as in a title: each word capitalized, the words a title writes in lower case
/// (`names.caps-lower-words`: `of`, `for`, `по`, `üzrə`, `ve`) in lower case, and short words
/// that no list knows (`BGC`, `ГИБДД`, `CID`) and codes written in capitals in any text
/// (`org.not-acronyms`: `SWIFT`, `VIN`) left in capitals. Ordinary words of the line's languages
/// are read as a sentence's first word is: their capital is no evidence of a name. The
/// view has the same length in UTF-16 units as the text (a letter whose other case takes
/// another number of units is left as written), so every find's offsets are the text's, and
/// the output is cut from the text itself.
///
/// A stretch is a line's words written in capitals, two letters or more each, two such words
/// or more, with nothing between them but spaces, numbers, punctuation and single letters
/// (`R.` in `DORVENA R. HALLOWICK`); a word in lower or mixed case, or a line's end, ends it.
/// It is written as a title only when two of its words are words a title capitalizes: a
/// stretch of acronyms (`СО ОМВД`, `УК РФ`) stays as written, and so does a label of up to three
/// words at a line's start before a colon (`ELÇİN HÜSEYNOV:`, `ARA KARAR:`), which the speaker
/// labels' rules judge. One word in capitals among lower-case ones (`the FBI said`) is left as
/// written. Cyrillic words stay as written but for the words a title writes in lower case
/// (`ГУФССП РОССИИ по г. МОСКВЕ`): Russian capitalizes a name's first word only, and its rules
/// read heads and case forms from the words' folds.
extension NameDetector {
    /// Words of at most this many letters that no list knows stay in capitals in the view:
    /// acronyms (`BGC`, `HMRC`, `ГИБДД`, `ЦАФАП`). Longer unknown words are more often
    /// surnames and place names written in capitals (`HALLOWICK`, `HALVERBROOK`).
    static let capitalsAcronymLetters = 5

    /// The text with its stretches in capitals written as in a title, or nil when it has none;
    /// with it, ``capitalsTokens`` marks the words of those stretches.
    func capitalsView(_ units: UnsafeBufferPointer<UInt16>, tokens: [WordToken]) -> [UInt16]? {
        var view: [UInt16]? = nil
        capitalsTokens.removeAll(keepingCapacity: true)
        var stretch: [Int] = []  // words of the current stretch to write as a title does, by token
        var capitals = 0  // words in capitals among them
        func close() {
            defer {
                stretch.removeAll(keepingCapacity: true)
                capitals = 0
            }
            guard capitals >= 2, !Self.isLabel(stretch, tokens: tokens, units: units) else { return }
            // The languages of the stretch's line, told as the reading tells them, only for a
            // line that has a stretch.
            var lineStart = Int(tokens[stretch[0]].start), lineEnd = lineStart
            while lineStart > 0 && units[lineStart - 1] != 10 { lineStart -= 1 }
            while lineEnd < units.count && units[lineEnd] != 10 { lineEnd += 1 }
            let languages = TextLanguages.of(UnsafeBufferPointer(rebasing: units[lineStart..<lineEnd]))
            // Words of a title: two or more, or the stretch is acronyms and codes alone
            // (`СО ОМВД`, `УК РФ`, `ACH PPD`), which stay as written.
            let writings = stretch.map { writing(of: tokens[$0], units: units, languages: languages) }
            guard writings.count(where: {
                switch $0 {
                case .title, .russian: return true
                case .asWritten, .lower: return false
                }
            }) >= 2 else { return }
            if view == nil {
                view = Array(units)
                capitalsTokens = Array(repeating: false, count: tokens.count)
            }
            for (t, writing) in zip(stretch, writings) {
                switch writing {
                case .asWritten(let ordinary):
                    capitalsTokens[t] = ordinary
                case .russian:
                    break
                case .lower:
                    write(tokens[t], capital: false, units: units, languages: languages, into: &view!)
                    capitalsTokens[t] = true
                case .title(let ordinary):
                    write(tokens[t], capital: true, units: units, languages: languages, into: &view!)
                    capitalsTokens[t] = ordinary
                }
            }
        }
        var previousEnd = 0
        for t in tokens.indices {
            let token = tokens[t]
            let start = Int(token.start), end = Int(token.end)
            // A line's end between two words ends the stretch.
            if units[previousEnd..<start].contains(10) { close() }
            previousEnd = end
            if token.isNumber { continue }
            switch Self.letterCase(units[start..<end]) {
            case .capitals:
                stretch.append(t)
                capitals += 1
            case .single:
                // `В` of `ПРАВАМ ЧЕЛОВЕКА В СВЕРДЛОВСКОЙ`, a word a title writes in lower case;
                // not an initial (`И. ИВАНОВ`), except a town's abbreviation after a
                // preposition (`ПО Г. МОСКВЕ`).
                let fold = NameKey.fold(String(decoding: units[start..<end], as: UTF16.self))
                if end < units.count, units[end] == 0x2E {
                    guard rules.orgTownAbbreviations.contains(fold), let last = stretch.last, last == t - 1,
                          rules.capsLowerWords.contains(NameKey.fold(String(decoding: units[Int(tokens[last].start)..<Int(tokens[last].end)], as: UTF16.self)))
                    else { continue }
                    stretch.append(t)
                } else if rules.capsLowerWords.contains(fold) {
                    stretch.append(t)
                }
            case .none: continue
            case .other: close()
            }
        }
        close()
        return view
    }

    /// Whether words `stretch` are a label at a line's start, up to three words right before a
    /// colon (`ELÇİN HÜSEYNOV:`, `ARA KARAR:`): a speaker's or a field's, which the speaker
    /// labels' rules judge as written (`SpeakerLabels.swift`).
    static func isLabel(_ stretch: [Int], tokens: [WordToken], units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let first = stretch.first, let last = stretch.last, last - first < 3,
              ContextFeatures.isLineStart(units, before: Int(tokens[first].start)) else { return false }
        var p = Int(tokens[last].end)
        while p < units.count && units[p] == 0x20 && p - Int(tokens[last].end) < 2 { p += 1 }
        return p < units.count && units[p] == 0x3A
    }

    enum LetterCase { case capitals, single, other, none }

    /// Whether a word is written in capitals (two letters or more, none in lower case), is a
    /// single capital (`R`, `Г`), has a lower-case letter, or has no letter.
    static func letterCase(_ word: Slice<UnsafeBufferPointer<UInt16>>) -> LetterCase {
        var letters = 0
        for u in word {
            if u < 0x80 {
                if u >= 0x61 && u <= 0x7A { return .other }
                if u >= 0x41 && u <= 0x5A { letters += 1 }
            } else if let scalar = Unicode.Scalar(u) {  // a surrogate is no letter of these scripts
                if ScalarTraits.isLowercase(scalar) { return .other }
                if ScalarTraits.isUppercase(scalar) { letters += 1 }
            }
        }
        return letters >= 2 ? .capitals : letters == 1 ? .single : .none
    }

    /// How a word in capitals is written in the view. `ordinary`: an ordinary word of the
    /// line's languages, whose capital is then no evidence of a name (a word no list knows
    /// keeps that evidence: `AT HALVERBROOK`).
    enum Writing {
        /// An acronym or a code (`BGC`, `ГИБДД`, `SWIFT`).
        case asWritten(ordinary: Bool)
        /// A word a title writes in lower case (`OF`, `ПО`).
        case lower
        /// A word a title capitalizes.
        case title(ordinary: Bool)
        /// A Cyrillic word a title would capitalize, left as written.
        case russian
    }

    func writing(of token: WordToken, units: UnsafeBufferPointer<UInt16>, languages: TextLanguages) -> Writing {
        let word = String(decoding: units[Int(token.start)..<Int(token.end)], as: UTF16.self)
        let fold = NameKey.fold(word)
        // Codes and units written in capitals in any text (`SWIFT`, `VIN`, `IBAN`, `USD`) stay so.
        if rules.capsCodes.contains(fold) { return .asWritten(ordinary: true) }
        if rules.capsLowerWords.contains(fold) || rules.orgTownAbbreviations.contains(fold) { return .lower }
        let flags = Lexicon.word(fold: fold, in: languages)
        let known = flags.isCommon || flags.isNameSpelling || flags.isPlaceSpelling || flags.isCountry
            || flags.isNationality || flags.isCalendar
        if !known && word.unicodeScalars.count <= Self.capitalsAcronymLetters { return .asWritten(ordinary: false) }
        // Russian capitalizes a name's first word only (`Верховный суд Российской Федерации`),
        // so a title's capitals would mislead as much as a heading's: its words in capitals
        // are read as written, which the Russian rules' lists of heads and case forms expect.
        if let first = word.unicodeScalars.first, (0x400...0x4FF).contains(first.value) { return .russian }
        return .title(ordinary: flags.isCommon)
    }

    /// Writes word `token`, in capitals, into `view` in lower case, its first letter a capital
    /// when `capital`.
    func write(_ token: WordToken, capital: Bool, units: UnsafeBufferPointer<UInt16>, languages: TextLanguages, into view: inout [UInt16]) {
        let start = Int(token.start), end = Int(token.end)
        let word = String(decoding: units[start..<end], as: UTF16.self)
        // Turkish and Azerbaijani write the capital of `ı` as `I` and of `i` as `İ`.
        let turkic = !languages.contains(.english) || word.unicodeScalars.contains { "İŞĞƏÇÖÜ".unicodeScalars.contains($0) }
        var offset = start
        var first = capital
        for scalar in word.unicodeScalars {
            let width = scalar.utf16.count
            defer { offset += width }
            if first, ScalarTraits.isAlphabetic(scalar) || ScalarTraits.isUppercase(scalar) {
                first = false
                continue
            }
            guard ScalarTraits.isUppercase(scalar) else { continue }
            let lower: Unicode.Scalar
            switch scalar {
            case "I": lower = turkic ? "ı" : "i"
            case "İ": lower = "i"
            default:
                let mapped = scalar.properties.lowercaseMapping.unicodeScalars
                guard mapped.count == 1, let only = mapped.first else { continue }
                lower = only
            }
            guard lower.utf16.count == width else { continue }
            for (k, unit) in lower.utf16.enumerated() { view[offset + k] = unit }
        }
    }
}
