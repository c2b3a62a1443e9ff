import RedactRules

/// Links the mentions of one person to one entity, for `tag` numbering: `Elçin Hüseynov`,
/// `Elchin Huseynov`, `Elçin`, `Mr. Hüseynov` and `Гусейнову` are all `[PERSON-1]`.
///
/// A mention is the set of phonetic keys of its name words (surnames by their masculine stem,
/// Russian case forms by their nominative). It joins the most recently mentioned entity whose keys it
/// contains or that contains all of its keys (`Hüseynov` joins `Elçin Hüseynov`; `Elçin
/// Hüseynov` joins an earlier `Hüseynov`), else it starts a new one. Memory grows with the
/// number of distinct entities, up to ``entityLimit``; past it, mentions that match no entity
/// get numbers of their own without being remembered.
struct EntityLinker {
    private var keysOfEntity: [Set<String>] = []
    /// When each entity was last mentioned: a mention joins the most recently mentioned fit.
    private var lastMention: [Int] = []
    private var mentions = 0
    private var entitiesOfKey: [String: [Int]] = [:]
    static let entityLimit = 196_608

    /// The entity number (0-based) of a mention with `keys`, and whether it is new.
    mutating func entity(for keys: Set<String>) -> (index: Int, isNew: Bool) {
        var best: Int? = nil
        mentions += 1
        for key in keys {
            for entity in entitiesOfKey[key] ?? [] where best.map({ lastMention[entity] > lastMention[$0] }) ?? true {
                let known = keysOfEntity[entity]
                if keys.isSubset(of: known) || known.isSubset(of: keys) { best = entity }
            }
        }
        if let best {
            lastMention[best] = mentions
            for key in keys where !keysOfEntity[best].contains(key) {
                keysOfEntity[best].insert(key)
                entitiesOfKey[key, default: []].append(best)
            }
            return (best, false)
        }
        let index = keysOfEntity.count
        guard index < Self.entityLimit else { return (index, true) }
        keysOfEntity.append(keys)
        lastMention.append(mentions)
        for key in keys { entitiesOfKey[key, default: []].append(index) }
        return (index, true)
    }

    /// The linking keys of a person's name as written.
    static func keys(ofPerson value: String, rules: NameRules) -> Set<String> {
        var keys: Set<String> = []
        for part in NameStandIn.split(value) where part.isWord {
            let a = WordAnalysis.analyze(part.text, rules: rules)
            guard a.letterCount >= 2, !rules.patronymicWords.contains(a.fold) else { continue }
            for key in a.keys { keys.insert(masculineKey(key)) }
        }
        if keys.isEmpty { keys.insert(MatchKey.of(value)) }
        return keys
    }

    /// `kusainova` → `kusainov`: a surname's female form links to its family stem.
    static func masculineKey(_ key: String) -> String {
        for (f, m) in [("ova", "ov"), ("ava", "av"), ("ina", "in"), ("skaia", "ski"), ("skaa", "ski")] where key.hasSuffix(f) && key.count > f.count + 2 {
            return String(key.dropLast(f.count)) + m
        }
        return key
    }
}
