import RedactRules

extension NameStandIn {
    /// Ending class of a phonetic key: its last vowel class and whether it ends in a vowel.
    struct Ending: Hashable {
        /// The last vowel class (`a`, `i`, `o` or `u`, as its ASCII byte); 0 when there is none.
        var lastVowel: UInt8
        /// `V` when the key ends in a vowel, `C` in anything else, 0 when it is empty.
        var final: UInt8

        /// The ending class of `phonetic`. Its bytes suffice: the vowel classes are ASCII, and
        /// a scalar that is not ASCII (kept from another script) ends in a byte that is none of them.
        init(ofPhonetic phonetic: String) {
            lastVowel = 0
            final = 0
            for byte in phonetic.utf8 {
                let isVowel = byte == 0x61 || byte == 0x69 || byte == 0x6F || byte == 0x75  // a i o u
                if isVowel { lastVowel = byte }
                final = isVowel ? 0x56 : 0x43  // V C
            }
        }
    }

    /// What a stand-in should be like: the original's gender and ending class, and for a
    /// surname whether it has gendered forms (nil: either).
    struct Fit: Hashable {
        var female: Bool
        var ending: Ending
        var hasForms: Bool?
    }

    /// Which entries of a list a choice may take.
    enum Filter: Hashable {
        case any
        case fit(Fit)
        /// A place whose Cyrillic name declines so (``RussianDeclension/Paradigm``); a paradigm
        /// without a letter takes any letter before the ending.
        case paradigm(RussianDeclension.Paradigm)
    }

    /// What `choose` needs of each entry of one stand-in list, worked out once per list: it is
    /// consulted for every new original, and keying thousands of entries each time was most of
    /// the cost of a stand-in.
    final class ListTraits: @unchecked Sendable {
        let entries: [String]
        /// Phonetic keys of each entry's forms (`MALE|FEMALE`, or a place's names).
        let forms: [[String]]
        /// The keys under which each entry must not be a name found in the run: its forms'
        /// phonetic keys and their family stems (``EntityLinker/masculineKey(_:)``) where
        /// those differ. Worked out here, not for each candidate a choice passes over.
        let foundNameKeys: [[String]]
        /// The key an entry is owned by in a domain: its first form's (empty when it has none).
        let ownerKeys: [String]
        /// Ending class of each entry as a male (0) and as a female (1) stand-in.
        let endings: [[Ending]]
        let hasForms: [Bool]
        /// How each entry's Cyrillic name declines, for places chosen for a Cyrillic original;
        /// empty for other lists.
        let paradigms: [RussianDeclension.Paradigm]
        /// Every `Fit` some entry satisfies, with `hasForms` nil (either) as well.
        let present: Set<Fit>
        /// Every paradigm of `paradigms`, with and without its letter.
        let presentParadigms: Set<RussianDeclension.Paradigm>

        init(entries: [String], forms: [[String]], endings: [[Ending]], hasForms: [Bool],
             paradigms: [RussianDeclension.Paradigm] = []) {
            self.entries = entries
            self.forms = forms
            self.endings = endings
            self.hasForms = hasForms
            self.paradigms = paradigms
            presentParadigms = Set(paradigms + paradigms.map(\.anyLetter))
            foundNameKeys = forms.map { keys in
                keys + keys.map(EntityLinker.masculineKey).filter { !keys.contains($0) }
            }
            ownerKeys = forms.map { $0.first ?? "" }
            var present = Set<Fit>()
            for i in entries.indices where hasForms.count == entries.count {
                for g in 0..<2 {
                    for flag in [hasForms[i], nil] { present.insert(Fit(female: g == 1, ending: endings[g][i], hasForms: flag)) }
                }
            }
            self.present = present
        }

        func fits(_ i: Int, _ fit: Fit) -> Bool {
            endings[fit.female ? 1 : 0][i] == fit.ending && (fit.hasForms == nil || hasForms[i] == fit.hasForms)
        }

        /// Whether some entry passes `filter`.
        func hasAny(_ filter: Filter) -> Bool {
            switch filter {
            case .any: return !entries.isEmpty
            case .fit(let fit): return present.contains(fit)
            case .paradigm(let paradigm): return presentParadigms.contains(paradigm)
            }
        }

        /// Whether some entry passes `filter` with none of its forms' keys in `excluded`: a
        /// list whose only such place is the original has none for it.
        func hasAny(_ filter: Filter, besides excluded: Set<String>) -> Bool {
            hasAny(filter) && entries.indices.contains { passes($0, filter) && !forms[$0].contains(where: excluded.contains) }
        }

        func passes(_ i: Int, _ filter: Filter) -> Bool {
            switch filter {
            case .any: return true
            case .fit(let fit): return fits(i, fit)
            case .paradigm(let paradigm): return (paradigm.letter == nil ? paradigms[i].anyLetter : paradigms[i]) == paradigm
            }
        }
    }
}
