import RedactRules

/// How Russian place names decline, as far as the rule set's case endings (`names.case-endings`)
/// and adjective endings (`names.adjective-endings`) tell: a place's stand-in is a town that
/// declines like the original, so that it can take the original's case ending
/// (`в Москве` → `в Самаре`, `в Казани` → `в Рязани`, `в Омске` → `в Томске`).
///
/// Nothing here knows Russian letters: a nominative ending is one the case endings replace, and
/// a name with none of them is declined with the endings that add letters when its phonetic key
/// ends in a consonant (`Омск`), and indeclinable when it ends in a vowel (`Тбилиси`, `Баку`).
struct RussianDeclension: Sendable {
    /// How one name declines.
    struct Paradigm: Hashable, Sendable {
        enum Kind: UInt8, Sendable {
            /// Takes the case endings of its nominative ending (`Москва`, `Казань`, `Омск`).
            case declined
            /// Ends in a vowel that no case ending replaces: the same in every case (`Тбилиси`).
            case indeclinable
            /// Ends in an adjective ending the case endings do not cover (`Заречный`,
            /// `Миасское`): it neither gives a case ending to a stand-in nor takes one.
            case unknown
        }

        var kind: Kind
        /// The nominative ending the case endings replace (`а` of `Москва`, `ь` of `Казань`);
        /// empty for `Омск` and for an indeclinable name.
        var ending: String
        /// The letter before `ending` (an indeclinable name's last letter), nil for any: some case
        /// endings are spelled after it (`Волги` but `Самары`), so a stand-in with the same
        /// letter spells them as the original does.
        var letter: Unicode.Scalar?

        /// The paradigms a stand-in for a name of this one may have, best first: the same; for
        /// a declined name, then one that does not decline (no ending to get wrong), then the
        /// same with another letter before the ending; none for an unknown one.
        var standIns: [Paradigm] {
            switch kind {
            case .declined: return [self, .indeclinable, anyLetter]
            case .indeclinable: return [self, .indeclinable]
            case .unknown: return []
            }
        }

        /// The same paradigm whatever the letter before the ending.
        var anyLetter: Paradigm { Paradigm(kind: kind, ending: ending, letter: nil) }
        static let indeclinable = Paradigm(kind: .indeclinable, ending: "", letter: nil)
        static let unknown = Paradigm(kind: .unknown, ending: "", letter: nil)
    }

    /// A word read as a case form of a name (both folded): `казани` as `казань` with `и` for `ь`.
    struct Reading: Equatable, Sendable {
        var nominative: String
        /// The case ending and the nominative ending it replaces; both empty for the nominative.
        var ending: String
        var nominativeEnding: String
    }

    /// `names.case-endings` as (ending, nominative ending) scalars, longest ending first.
    private let caseEndings: [(ending: [Unicode.Scalar], nominative: [Unicode.Scalar])]
    /// The non-empty nominative endings, longest first.
    private let nominativeEndings: [[Unicode.Scalar]]
    /// Whether some case ending only adds letters (`Омск|е`): consonant-final names decline.
    private let addsToConsonants: Bool
    private let adjectiveEndings: [[Unicode.Scalar]]
    /// The lists this was made from, to tell apart what is worked out for other rule sets.
    let signature: String

    init(rules: NameRules) {
        caseEndings = rules.caseEndings.map { ($0.ending, Array($0.nominative.unicodeScalars)) }
        var nominatives = Set(rules.caseEndings.map(\.nominative))
        addsToConsonants = nominatives.remove("") != nil
        nominativeEndings = nominatives.sorted { $0.unicodeScalars.count != $1.unicodeScalars.count
            ? $0.unicodeScalars.count > $1.unicodeScalars.count : $0 < $1 }.map { Array($0.unicodeScalars) }
        adjectiveEndings = rules.adjectiveEndings.map { Array($0.unicodeScalars) }
        signature = rules.caseEndings.map { String(scalars: $0.ending) + ">" + $0.nominative }.joined(separator: ",")
            + ";" + rules.adjectiveEndings.joined(separator: ",")
    }

    /// Whether the rule set has Russian case endings at all.
    var isEmpty: Bool { caseEndings.isEmpty }

    /// How the name `name` (in the nominative) declines.
    func paradigm(of name: some StringProtocol) -> Paradigm {
        let scalars = NameKey.foldScalars(name.unicodeScalars)
        guard !isEmpty, scalars.count >= 2 else { return .unknown }
        func ends(with ending: [Unicode.Scalar]) -> Bool {
            scalars.count > ending.count && scalars[(scalars.count - ending.count)...].elementsEqual(ending)
        }
        let ending = nominativeEndings.first(where: ends(with:))
        // An adjective ending longer than the nominative ending found (`Заречн|ый`, not `й`)
        // is one the case endings do not decline.
        if adjectiveEndings.contains(where: { $0.count > (ending?.count ?? 0) && ends(with: $0) }) { return .unknown }
        if let ending {
            return Paradigm(kind: .declined, ending: String(scalars: ending), letter: scalars[scalars.count - ending.count - 1])
        }
        let final = NameStandIn.Ending(ofPhonetic: NameKey.phonetic(name)).final
        if final == UInt8(ascii: "C") {
            return addsToConsonants ? Paradigm(kind: .declined, ending: "", letter: scalars.last) : .unknown
        }
        return Paradigm(kind: .indeclinable, ending: "", letter: scalars.last)
    }

    /// `word` read as one of `names` (a place's names, its own first) in a case the case endings
    /// know: as the first name it is or is a case form of (`Самаре` as `Самара`, though
    /// `Самаре` is also one of its names); nil when it is none of them.
    func reading(of word: String, among names: [Substring]) -> Reading? {
        let scalars = NameKey.foldScalars(word.unicodeScalars)
        for name in names.map({ NameKey.foldScalars($0.unicodeScalars) }) {
            if name == scalars { return Reading(nominative: Self.string(name), ending: "", nominativeEnding: "") }
            for (ending, nominative) in caseEndings where scalars.count - ending.count >= 2 && name.count > nominative.count {
                guard scalars.count - ending.count == name.count - nominative.count,
                      scalars[(scalars.count - ending.count)...].elementsEqual(ending),
                      name[(name.count - nominative.count)...].elementsEqual(nominative),
                      scalars.prefix(scalars.count - ending.count).elementsEqual(name.prefix(name.count - nominative.count)) else { continue }
                return Reading(nominative: Self.string(name), ending: Self.string(ending), nominativeEnding: Self.string(nominative))
            }
        }
        return nil
    }

    /// `word` (folded) without the longest case ending or nominative ending that leaves three
    /// letters or more: the stem every case form of a word shares (`волг` of `Волга`, `Волги`,
    /// `Волгу`), to key a place no list holds by.
    func stem(of word: String) -> String {
        let scalars = NameKey.foldScalars(word.unicodeScalars)
        var longest = 0
        for (ending, nominative) in caseEndings {
            for e in [ending, nominative] where e.count > longest && scalars.count - e.count >= 3
                && scalars[(scalars.count - e.count)...].elementsEqual(e) {
                longest = e.count
            }
        }
        return Self.string(scalars.dropLast(longest))
    }

    /// The nominatives `word` may be a case form of, by the case endings (folded, in their order):
    /// where to look for the place a word names when the analysis found another.
    func nominatives(of word: String) -> [String] {
        let scalars = NameKey.foldScalars(word.unicodeScalars)
        return caseEndings.compactMap { ending, nominative in
            guard scalars.count - ending.count >= 2, scalars[(scalars.count - ending.count)...].elementsEqual(ending) else { return nil }
            return Self.string(scalars.dropLast(ending.count) + nominative)
        }
    }

    /// `name` with the case ending of `reading` in place of its nominative ending, when it
    /// declines with that nominative ending; else `name` as it is.
    func inflect(_ name: String, like reading: Reading) -> String {
        guard !reading.ending.isEmpty || !reading.nominativeEnding.isEmpty else { return name }
        let paradigm = paradigm(of: name)
        guard paradigm.kind == .declined, paradigm.ending == reading.nominativeEnding else { return name }
        var scalars = Array(name.unicodeScalars)
        scalars.removeLast(reading.nominativeEnding.unicodeScalars.count)
        scalars.append(contentsOf: reading.ending.unicodeScalars)
        return Self.string(scalars)
    }

    private static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
