import Foundation

/// Compiles the word lists under `Rules/lexicon/` into sorted tables that the engine searches
/// in place, so the binary carries them without any parsing at start-up.
///
/// Each table is one text of lines `KEY<TAB>PAYLOAD`, sorted by the UTF-8 bytes of `KEY`, with
/// one line per distinct key; the engine finds a key through the table's hash index
/// (``LexiconIndex``, written beside it) and reads it where it lies in the binary's constant data
/// (``LexiconCompiler/emitSwift(_:typeName:)`` writes each table and its index as one string
/// literal each: a 4 MB literal compiles in under a second, where an array literal of that size
/// would make the compiler crawl). The sort order serves prefix searches.
///
/// - `names`: by ``NameKey/phonetic(_:)``; payload `FLAGS;LANGS;PLACES` where FLAGS has `m`
///   `f` `u` (a given name: male, female, either), `W` (only `given-names-world-gfdl.tsv`, the
///   given names of the wider world, makes it one), `s` (a surname), `p` (a patronymic), `l` (a
///   place), `L` (a place of 100,000 people or more), `w` (only towns of the wider world and
///   subdivisions have the key: taken only as spelled); LANGS has `a` `r` `t` `e` (whose list it came from: az, ru, tr, en); PLACES is up
///   to four `CC<id>` GeoNames ids, comma-separated.
/// - `words`: by ``NameKey/fold(_:)``; payload FLAGS with `c` (an ordinary word; `E` `R` `T` `A`:
///   in which of en, ru, tr, az), `k` (a month
///   or weekday), `n` (a nationality or language word), `y` (a country name), `g` (a name list
///   spells a name so), `q` (a place list spells a place so). An ordinary word that only sounds
///   like a name (`Then` and `Tan`) is not taken for one.
/// - `places`: by `CC:id` (id zero-padded); payload the place's names, `|`-separated, its own
///   language's first, then a tab and each name's ``NameKey/phonetic(_:)``, `|`-separated; `~`
///   before the names marks a town of the wider world (`world` in `places.tsv`), which ranks
///   after the others that share its key. Subdivisions (`regions.tsv`) add names flagged `l` but no place here.
/// - `standins`: by `style:kind:n` (n zero-padded); payload the stand-in name (`MALE|FEMALE` or
///   one form), a tab and the phonetic key of each form (`|`-separated). A kind with a
///   tier (`given-m.2`) is a larger pool behind the kind's common names (`standins-extended.tsv`).
public struct LexiconCompiler {
    /// The compiled tables by name.
    public private(set) var tables: [String: String] = [:]
    /// Entries read, per source file, for the build log.
    public private(set) var counts: [String: Int] = [:]

    private var names: [String: (flags: Set<Character>, langs: Set<Character>, places: [String])] = [:]
    /// Per place id: whether its own first name gave the key, and its population, for ordering.
    private var placeRank: [String: Int] = [:]
    private var words: [String: Set<Character>] = [:]
    /// Keys some list other than the world's towns and subdivisions gave: never `w`.
    private var localKeys: Set<String> = []
    private var places: [String: String] = [:]
    private var standIns: [String: String] = [:]

    /// A compiler with no lists read yet.
    public init() {}

    /// Reads every list of `folder` that exists (a missing file is an empty list).
    /// - Throws: ``RuleFileError`` naming the file and line of a malformed entry.
    public mutating func read(folder: String) throws(RuleFileError) {
        for (file, role) in [("given-names.tsv", "given"), ("given-names-gfdl.tsv", "given"),
                             ("given-names-hypocoristic.tsv", "given"),
                             ("given-names-world-gfdl.tsv", "world-given"), ("surnames.tsv", "surname"),
                             ("patronymics.tsv", "patronymic")] {
            for fields in try lines(folder, file, minimumFields: 2) {
                let gender = fields[1]
                let flag: Character
                switch role {
                case "given", "world-given": flag = gender == "m" ? "m" : gender == "f" ? "f" : "u"
                case "surname": flag = "s"
                default: flag = "p"
                }
                if role == "world-given" {
                    // `W`: only the wider world's list makes the key a given name (the engine
                    // takes it as one only where that list spells it so, or in Cyrillic
                    // letters). A key the four languages' lists make a given name keeps their
                    // gender: the world's spelling adds nothing to it.
                    let known = names[NameKey.phonetic(fields[0].precomposedStringWithCanonicalMapping)]?.flags
                    if known.map({ $0.isDisjoint(with: ["m", "f", "u"]) || $0.contains("W") }) ?? true {
                        addName(fields[0], flags: [flag, "W"], langs: fields.count > 2 ? fields[2] : "", place: nil)
                    }
                } else {
                    addName(fields[0], flags: [flag], langs: fields.count > 2 ? fields[2] : "", place: nil)
                }
                addWord(fields[0], flag: "g")
                // The gender of the spelling itself (`v` a man's, `x` a woman's): the names
                // table merges every spelling of one sound (`Anna` with men's names keyed `ana`).
                if flag == "m" { addWord(fields[0], flag: "v") } else if flag == "f" { addWord(fields[0], flag: "x") }
            }
        }
        for fields in try lines(folder, "places.tsv", minimumFields: 4) {
            let id = fields[1] + fields[0]
            let local = fields.count < 5 || fields[4] != "world"
            // The phonetic key of each name beside the names: a place's stand-in choice keys
            // every town of a country, which at run time was an eighth of a news run.
            let keys = fields[3].split(separator: "|").map { NameKey.standInKey(String($0)) }.joined(separator: "|")
            places[fields[1] + ":" + fields[0].leftPadded(to: 9)] = (local ? "" : "~") + fields[3] + "\t" + keys
            let population = Int(fields[2]) ?? 0
            // `L`: a place of 100,000 people or more, taken even where its name is also a word.
            let flags: Set<Character> = population >= 100_000 ? ["l", "L"] : ["l"]
            // A place of the countries the lists cover in detail outranks a town of the wider
            // world that sounds the same (`Şəki`, not Nigeria's `Saki`): the stand-in is then
            // another place of the same country.
            for (i, name) in fields[3].split(separator: "|").enumerated() {
                // A place's own first name outranks an alternate name; then the larger place.
                placeRank[id + "\t" + NameKey.phonetic(String(name).precomposedStringWithCanonicalMapping)] =
                    (local ? 1 << 41 : 0) + (i == 0 ? 1 << 40 : 0) + population
                addName(String(name), flags: local ? flags : flags.union(["w"]), langs: "", place: id)
                addWord(String(name), flag: "q")
            }
        }
        // Subdivisions of every country (ISO 3166-2): places without a GeoNames id, so never a
        // stand-in town, but found as places and linked by their spellings.
        for fields in try lines(folder, "regions.tsv", minimumFields: 3) {
            for name in fields[2].split(separator: "|") {
                addName(String(name), flags: ["l", "w"], langs: "", place: nil)
                addWord(String(name), flag: "q")
            }
        }
        for fields in try lines(folder, "countries.tsv", minimumFields: 2) {
            for name in fields[1].split(separator: "|") { addWord(String(name), flag: "y") }
        }
        // Continents and macro-regions (`Europe`, `Кавказ`, `Yaxın Şərq`): kept as countries are.
        for fields in try lines(folder, "kept-regions.tsv", minimumFields: 1) { addWord(fields[0], flag: "y") }
        for (file, flag) in [("nationalities.tsv", Character("n")), ("calendar.tsv", "k"), ("common-words.tsv", "c")] {
            for fields in try lines(folder, file, minimumFields: 1) {
                addWord(fields[0], flag: flag)
                guard file == "common-words.tsv", fields.count > 1 else { continue }
                // The languages the word is ordinary in: `E` `R` `T` `A` (en, ru, tr, az).
                for lang in fields[1].split(separator: ",") {
                    switch lang.trimmingCharacters(in: .whitespaces) {
                    case "en": addWord(fields[0], flag: "E")
                    case "ru": addWord(fields[0], flag: "R")
                    case "tr": addWord(fields[0], flag: "T")
                    case "az": addWord(fields[0], flag: "A")
                    default: break
                    }
                }
            }
        }
        // Azerbaijani words seen in lower case (`o`): a veto for unlisted capitalized words only.
        for fields in try lines(folder, "lowercase-words-az.tsv", minimumFields: 1) { addWord(fields[0], flag: "o") }
        var perKind: [String: Int] = [:]
        // The common names first (tier 1), then the larger pools a run turns to once they are
        // taken (`KIND.2` and on, standin_pool.py).
        for fields in try lines(folder, "standins.tsv", minimumFields: 3) + lines(folder, "standins-extended.tsv", minimumFields: 3) {
            let kind = fields[0] + ":" + fields[1]
            let n = perKind[kind, default: 0]
            perKind[kind] = n + 1
            // The phonetic key of each form, worked out here: a run that reaches the larger
            // pools would otherwise key thousands of entries at its first choice from them.
            let keys = fields[2].split(separator: "|").map { NameKey.standInKey(String($0)) }.joined(separator: "|")
            standIns[kind + ":" + String(n).leftPadded(to: 5)] = fields[2] + "\t" + keys
        }
        build()
    }

    private mutating func addName(_ name: String, flags: Set<Character>, langs: String, place: String?) {
        let key = NameKey.phonetic(name.precomposedStringWithCanonicalMapping)
        guard key.unicodeScalars.count >= 2 else { return }
        var entry = names[key] ?? (flags: [], langs: [], places: [])
        entry.flags.formUnion(flags)
        // A given name of the wider world (`W`) leaves a town of the wider world that sounds
        // the same as it was (`w`): it is no list of the four languages' places or people.
        if !flags.contains("w") && !flags.contains("W") { localKeys.insert(key) }
        for lang in langs.split(separator: ",") {
            switch lang.trimmingCharacters(in: .whitespaces) {
            case "az": entry.langs.insert("a")
            case "ru": entry.langs.insert("r")
            case "tr": entry.langs.insert("t")
            case "en": entry.langs.insert("e")
            default: break
            }
        }
        if let place, !entry.places.contains(place) { entry.places.append(place) }
        names[key] = entry
    }

    private mutating func addWord(_ word: String, flag: Character) {
        let key = NameKey.fold(word.precomposedStringWithCanonicalMapping)
        guard !key.isEmpty else { return }
        words[key, default: []].insert(flag)
    }

    private mutating func build() {
        func sortedText(_ lines: [(String, String)]) -> String {
            var out = ""
            for (key, payload) in lines.sorted(by: { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }) {
                out += key + "\t" + payload + "\n"
            }
            return out
        }
        // The places a key names, best first: a place whose own name it is, then the larger
        // (GeoNames lists `Gəncə` among Yevlakh's alternate names too); at most four.
        tables["names"] = sortedText(names.map { key, entry in
            let places = entry.places.sorted { a, b in
                let ra = placeRank[a + "\t" + key] ?? 0, rb = placeRank[b + "\t" + key] ?? 0
                return ra != rb ? ra > rb : a < b
            }.prefix(4)
            let flags = localKeys.contains(key) ? entry.flags.subtracting(["w"]) : entry.flags
            return (key, String(flags.sorted()) + ";" + String(entry.langs.sorted()) + ";" + places.joined(separator: ","))
        })
        tables["words"] = sortedText(words.map { ($0.key, String($0.value.sorted())) })
        tables["places"] = sortedText(places.map { ($0.key, $0.value) })
        tables["standins"] = sortedText(standIns.map { ($0.key, $0.value) })
    }

    private mutating func lines(_ folder: String, _ file: String, minimumFields: Int) throws(RuleFileError) -> [[String]] {
        let path = (folder as NSString).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw RuleFileError(.unreadable, file: path, line: nil, "cannot read the word list: \(error.localizedDescription)")
        }
        var result: [[String]] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count >= minimumFields, !fields[0].isEmpty else {
                throw RuleFileError(.schema, file: path, line: number,
                                    "expected at least \(minimumFields) tab-separated fields, found \(fields.count)")
            }
            result.append(fields)
        }
        counts[file] = result.count
        return result
    }

    /// Swift source declaring `enum <typeName>` with one `StaticString` per table.
    public static func emitSwift(_ tables: [String: String], typeName: String) -> String {
        var out = "// Generated by RuleGen from Rules/lexicon/. Do not edit: run Rules/lexicon/build.py.\n"
        out += "enum \(typeName) {\n"
        for name in tables.keys.sorted() {
            out += "    static let \(name): StaticString = " + SwiftSourceEmitter.literal(tables[name]!, keepingText: true) + "\n"
            out += "    static let \(name)Index: StaticString = "
                + SwiftSourceEmitter.literal(LexiconIndex.build(table: tables[name]!)) + "\n"
        }
        for name in ["names", "words", "places", "standins"] where tables[name] == nil {
            out += "    static let \(name): StaticString = \"\"\n"
            out += "    static let \(name)Index: StaticString = \"\"\n"
        }
        return out + "}\n"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
