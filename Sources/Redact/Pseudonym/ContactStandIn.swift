/// Stand-ins for contact identifiers: e-mail addresses, URLs, profile links and handles.
///
/// Every stand-in points at a domain reserved for examples (RFC 2606: `example.com`,
/// `example.org`, `example.net`) so that no stand-in can reach a real mailbox or site. The
/// local parts and handles are made from a short list of common given names and neutral words,
/// so the text still reads naturally.
enum ContactStandIn {
    static let givenNames = [
        "alex", "sam", "nika", "mira", "lena", "omar", "ida", "ruslan", "selin", "emil", "dana", "kerem",
        "aylin", "tural", "nina", "arif", "leyla", "maks", "deniz", "vera", "orhan", "sona", "ilya", "mila",
    ]
    static let words = [
        "river", "stone", "maple", "north", "harbor", "cedar", "meadow", "silver", "amber", "falcon",
        "willow", "summit", "coral", "lumen", "orbit", "delta", "echo", "pine", "sable", "quartz",
    ]
    static let domains = ["example.com", "example.org", "example.net"]

    static let surnames = [
        "Arden", "Berrin", "Calloway", "Dorsey", "Ellery", "Farrow", "Garrick", "Hollis", "Ingram", "Jessop",
        "Kestrel", "Lanford", "Marlow", "Norcross", "Oakley", "Penrose", "Quill", "Radley", "Selwyn", "Thorne",
    ]

    /// A made-up name with as many words as `original` (given name first, then surnames), each
    /// in the case style of the word it replaces (`ELÇİN` → `MIRA`, `Hüseynov` → `Marlow`).
    static func person(like original: Substring, random: inout KeyedRandom) -> String {
        var out = ""
        var wordIndex = 0
        var word = ""
        func flush(_ random: inout KeyedRandom) {
            guard !word.isEmpty else { return }
            var name = wordIndex == 0 ? capitalizedName(random.element(of: givenNames)) : random.element(of: surnames)
            let letters = word.unicodeScalars.filter { ScalarTraits.isAlphabetic($0) }
            if letters.count > 1 && letters.allSatisfy({ ScalarTraits.isUppercase($0) }) { name = name.uppercased() }
            else if let first = letters.first, ScalarTraits.isLowercase(first) { name = name.lowercased() }
            out += name
            word = ""
            wordIndex += 1
        }
        for scalar in original.unicodeScalars {
            if ScalarTraits.isAlphabetic(scalar) || scalar.properties.isDefaultIgnorableCodePoint || scalar == "\u{00AD}" {
                word.unicodeScalars.append(scalar)
            } else {
                flush(&random)
                out.unicodeScalars.append(scalar)
            }
        }
        flush(&random)
        return out
    }

    static func capitalizedName(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }

    /// `name.word12@example.org`.
    static func email(like original: Substring, random: inout KeyedRandom) -> String {
        let local = random.element(of: givenNames) + "." + random.element(of: words) + String(random.next(in: 1...99))
        return local + "@" + random.element(of: domains)
    }

    /// A handle such as `@mira_cedar7`, with the original's leading `@` if it had one.
    static func handle(like original: Substring, random: inout KeyedRandom) -> String {
        let at = original.hasPrefix("@") ? "@" : ""
        return at + handleBody(random: &random)
    }

    static func handleBody(random: inout KeyedRandom) -> String {
        random.element(of: givenNames) + "_" + random.element(of: words) + String(random.next(in: 1...99))
    }

    /// The same scheme and `www.` as the original, on a reserved domain, with a keyed path.
    static func url(like original: Substring, random: inout KeyedRandom) -> String {
        var prefix = ""
        var rest = original
        for scheme in ["https://", "http://", "ftp://"] where rest.lowercased().hasPrefix(scheme) {
            prefix = String(rest.prefix(scheme.count))
            rest = rest.dropFirst(scheme.count)
        }
        if rest.lowercased().hasPrefix("www.") { prefix += rest.prefix(4) }
        let hasPath = rest.contains("/")
        let path = hasPath ? "/" + random.element(of: words) + "-" + String(random.next(in: 100...999)) : ""
        return prefix + random.element(of: domains) + path
    }

    /// A profile link on the same site with the account replaced: `t.me/mira_cedar7`.
    static func profile(like original: Substring, random: inout KeyedRandom) -> String {
        guard let slash = original.firstIndex(of: "/") else { return handle(like: original, random: &random) }
        var site = original[...slash]
        // Keep scheme and host; drop everything after the account name.
        if site.hasSuffix("://"), let next = original[original.index(after: slash)...].firstIndex(of: "/") {
            if let hostEnd = original[original.index(after: next)...].firstIndex(of: "/") {
                site = original[...hostEnd]
            } else {
                return url(like: original, random: &random)
            }
        }
        return String(site) + handleBody(random: &random)
    }
}
