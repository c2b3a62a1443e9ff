import Foundation
import RedactRules

/// Tells whether a place's name, as it stands in running text, names a country, by the
/// country names compiled into the binary (`Rules/lexicon/countries.tsv`) and the case forms
/// the name detector reads.
///
/// The project keeps countries by design (a country says little about who someone is), so a
/// measure of how many places leak must set them apart: `redact eval` splits the gold LOCATION
/// mentions with this. It asks the engine's own lists rather than a list of its own, so that
/// what the figures count as a country is what the engine knows as one.
///
/// A word is read as written, without its dots (`U.K.`), with `ё` written `е`, and in every
/// form the name detector reads it in: before an apostrophe suffix (`Türkiye’de`), without an
/// Azerbaijani or Turkish case suffix its stem's vowels allow (`Azərbaycanda`, `Almaniyanın`,
/// `ABŞ-da`), and with a Russian case ending turned back into the nominative (`России`,
/// `Франции`, `Китае`). A suffix or ending is tried even where the stem is not a name the
/// detector knows, since country names are kept in the word lists, not the name lists.
///
/// A name of several words is a country when
/// - the whole phrase is a country name of the lists, with each word in any of the forms above
///   (`Birləşmiş Ərəb Əmirliklərində`, `Азербайджанской Республики`), or
/// - each of its words is a country name by itself, leaving out joining words (`the`, `of`,
///   `and`, `&` and `и`, `ve`, `və`): `Britain and France`.
///
/// What the lists do not hold is not a country: continents and regions (`Europe`, `Middle
/// East`, `Qafqaz`), states that no longer exist (`USSR`, `Yugoslavia`) and abbreviations the
/// lists do not spell (`U.S.`, which is not `US`, `USA` or `U.S.A.`).
///
/// ```swift
/// let countries = CountryNames(engine: try RedactionEngine())
/// countries.contains("Azərbaycanda")   // true
/// countries.contains("Gəncədə")        // false: a town
/// ```
public struct CountryNames: Sendable {
    private let rules: NameRules

    /// Above this many phrases to try (the product of each word's forms), only the last word's
    /// forms are tried: a long name whose every word is inflected is not worth the lookups.
    private static let phraseLimit = 256

    /// Country names as `engine`'s rule set reads them: its case suffixes and endings.
    public init(engine: RedactionEngine) {
        self.init(rules: engine.compiled.nameRules)
    }

    init(rules: NameRules) {
        self.rules = rules
    }

    /// Whether `surface` (one or more words, as written in a text) names a country.
    public func contains(_ surface: String) -> Bool {
        let words = surface.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return false }
        let forms = words.map { self.forms(of: $0) }
        if phrases(of: forms).contains(where: Self.isCountryKey) { return true }
        let content = zip(words, forms).filter { !rules.countryJoiningWords.contains(NameKey.fold($0.0)) }.map(\.1)
        return !content.isEmpty && content.allSatisfy { $0.contains(where: Self.isCountryKey) }
    }

    private static func isCountryKey(_ key: String) -> Bool {
        Lexicon.word(fold: key).isCountry
    }

    /// The phrases made of one form of each word, the words' forms as written first; only the
    /// last word's forms when there would be more than `phraseLimit`.
    private func phrases(of forms: [[String]]) -> [String] {
        var count = 1
        for wordForms in forms where count <= Self.phraseLimit { count *= wordForms.count }  // stops before it can overflow
        guard count <= Self.phraseLimit else {
            let head = forms.dropLast().map { $0[0] }.joined(separator: " ")
            return forms[forms.count - 1].map { head + " " + $0 }
        }
        var phrases = forms[0]
        for wordForms in forms.dropFirst() {
            phrases = phrases.flatMap { phrase in wordForms.map { phrase + " " + $0 } }
        }
        return phrases
    }

    /// The exact keys of the forms `word` may be read in, as written first, without repeats.
    private func forms(of word: Substring) -> [String] {
        let text = String(word)
        var forms: [String] = []
        func add(_ form: String) {
            guard !form.isEmpty, !forms.contains(form) else { return }
            forms.append(form)
            if form.unicodeScalars.contains("ё") { add(form.replacingOccurrences(of: "ё", with: "е")) }
        }
        let fold = NameKey.fold(text)
        add(fold)
        if fold.unicodeScalars.contains(".") { add(fold.replacingOccurrences(of: ".", with: "")) }

        // What the name detector reads: the stem before an apostrophe or a case suffix whose stem
        // it knows, a Russian nominative.
        let analysis = WordAnalysis.analyze(text, rules: rules)
        if analysis.spanLength < text.utf16.count {
            add(NameKey.fold(String(decoding: Array(text.utf16.prefix(analysis.spanLength)), as: UTF16.self)))
        }
        let folded = NameKey.foldScalars(text.unicodeScalars)
        if let inflection = analysis.inflection {
            let ending = inflection.ending.unicodeScalars.count
            add(String(scalars: folded.dropLast(ending)) + inflection.nominative)
        }

        // The suffixes and endings the detector tries only on stems its name lists know, under
        // the same condition: a suffix the stem's vowels and last sound allow (`Almaniya|nın`,
        // not `Bahrain|i`); it may follow a hyphen (`ABŞ-da`).
        let scalars = Array(text.unicodeScalars)
        for suffix in rules.suffixes
        where folded.count == scalars.count && folded.count - suffix.count >= 3 && folded.suffix(suffix.count).elementsEqual(suffix) {
            let ending = WordAnalysis.turkicLowercased(scalars.suffix(suffix.count))
            let written = WordAnalysis.turkicLowercased(scalars.dropLast(suffix.count))
            guard SuffixHarmony.fit(ending, after: written, azerbaijani: true) == ending
                    || SuffixHarmony.fit(ending, after: written, azerbaijani: false) == ending else { continue }
            var stem = folded.dropLast(suffix.count)
            if stem.last == "-" { stem = stem.dropLast() }
            add(String(scalars: stem))
        }
        for (ending, nominative) in rules.caseEndings
        where folded.count - ending.count >= 2 && folded.suffix(ending.count).elementsEqual(ending) {
            add(String(scalars: folded.dropLast(ending.count)) + nominative)
        }
        return forms
    }
}
