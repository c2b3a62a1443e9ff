/// Replaces the number in an age expression (`27-year-old`, `27 yaşlı`, `27 лет`, `27 yaşında`, `aged 27`) with a nearby keyed age, keeping everything else.
///
/// The new age is 1 to 5 years off the original, either way, never below 0 and never below 18
/// when the original is 18 or more. Every number in the text moves by the same amount, so a
/// range (`25–30 лет`) stays a range. The word after the number agrees with the new one:
/// Russian `год`/`года`/`лет` (`21 год`, `22 года`, `25 лет`; after `в возрасте`, `от`, `до`,
/// `старше`… the genitive `21 года`, `22 лет`) and English `year`/`years`. A number written with a
/// leading zero keeps its width. Text without a number (or with one over 6 digits) comes back
/// unchanged.
public enum AgeStandIn {
    /// The amounts an age may move by: 1 to 5 years, either way.
    public static let deltas = [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]

    /// The age expression `original` with its numbers moved by one keyed amount (1 to 5 years,
    /// either way) and its unit word agreeing with the new number.
    public static func make(like original: Substring, random: inout KeyedRandom) -> String {
        move(original) { fitting in fitting[random.next(below: fitting.count)] }
    }

    /// The age expression `original` with its numbers moved by `delta` years (one of
    /// ``deltas``), the run's one amount: every age of a run then moves alike, so that the
    /// difference between two people's ages, or one person's at two dates, stays true, as
    /// intervals between dates do. Where `delta` would take a number below 0, or an adult
    /// below 18, the fitting amount nearest to it moves them instead (the one of `delta`'s
    /// sign on a tie).
    public static func make(like original: Substring, delta: Int) -> String {
        move(original) { fitting in
            fitting.min { a, b in
                let da = abs(a - delta), db = abs(b - delta)
                return da != db ? da < db : (a > 0) == (delta > 0)
            }!
        }
    }

    private static func move(_ original: Substring, choosing choose: ([Int]) -> Int) -> String {
        let s = Array(original.unicodeScalars)
        var numbers: [(start: Int, end: Int, value: Int)] = []
        var i = 0
        while i < s.count {
            guard isDigit(s[i]) else { i += 1; continue }
            var j = i, value = 0
            while j < s.count, isDigit(s[j]) {
                value = value &* 10 &+ Int(s[j].value - 0x30)
                j += 1
            }
            if j - i > 6 { return String(original) }
            numbers.append((i, j, value))
            i = j
        }
        guard !numbers.isEmpty else { return String(original) }

        var fitting: [Int] = []
        for delta in deltas {
            let fits = numbers.allSatisfy { n in
                let new = n.value + delta
                return new >= 0 && (n.value < 18 || new >= 18)
            }
            if fits { fitting.append(delta) }
        }
        // Never empty: moving up always fits.
        let delta = choose(fitting)

        var out = String.UnicodeScalarView()
        var copied = 0
        for n in numbers {
            out.append(contentsOf: s[copied..<n.start])
            let new = n.value + delta
            var digits = String(new).unicodeScalars
            if s[n.start] == "0" { while digits.count < n.end - n.start { digits.insert("0", at: digits.startIndex) } }
            out.append(contentsOf: digits)
            copied = n.end
            // The unit word after the number, separated by spaces only (`27-летний` needs nothing).
            var w = n.end
            while w < s.count, s[w].properties.isWhitespace { w += 1 }
            guard w > n.end, w < s.count, isLetter(s[w]) else { continue }
            var e = w
            while e < s.count, isLetter(s[e]) { e += 1 }
            guard let word = unit(for: s[w..<e], old: n.value, new: new, before: precedingWord(n.start, in: s)) else { continue }
            out.append(contentsOf: s[copied..<w])
            out.append(contentsOf: restyled(word, like: s[w..<e]))
            copied = e
        }
        out.append(contentsOf: s[copied...])
        return String(out)
    }

    /// Prepositions and words after which Russian counts years in the genitive (`старше 21 года`).
    private static let genitiveGovernors: Set<String> = [
        "возрасте", "возраста", "от", "до", "с", "со", "около", "после", "старше", "младше", "моложе",
        "более", "менее", "больше", "меньше", "свыше", "достижения", "исполнения",
    ]

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool { ScalarTraits.isAlphabetic(c) }

    private static func lower(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for c in scalars { out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars) }
        return String(out)
    }

    /// The word just before position `end`, past spaces, in lower case.
    private static func precedingWord(_ end: Int, in s: [Unicode.Scalar]) -> String {
        var e = end
        while e > 0, s[e - 1].properties.isWhitespace { e -= 1 }
        var b = e
        while b > 0, isLetter(s[b - 1]) { b -= 1 }
        return lower(s[b..<e])
    }

    /// 0: one (`1 год`, `21 год`), 1: few (`2–4 года`), 2: many (`5 лет`, `11 лет`).
    static func russianClass(_ n: Int) -> Int {
        if (11...14).contains(n % 100) { return 2 }
        switch n % 10 {
        case 1: return 0
        case 2, 3, 4: return 1
        default: return 2
        }
    }

    /// The unit word for `new` in place of `written` after `old`, or nil to keep it.
    private static func unit(for written: ArraySlice<Unicode.Scalar>, old: Int, new: Int, before: String) -> String? {
        let word = lower(written)
        switch word {
        case "year", "years":
            return new == 1 ? "year" : "years"
        case "год", "года", "лет":
            let nominative = ["год", "года", "лет"], genitive = ["года", "лет", "лет"]
            let oldClass = russianClass(old)
            let isGenitive: Bool
            if word == nominative[oldClass] && word == genitive[oldClass] {
                isGenitive = genitiveGovernors.contains(before)  // `25 лет`: the word before decides
            } else {
                isGenitive = word == genitive[oldClass]
            }
            return (isGenitive ? genitive : nominative)[russianClass(new)]
        default:
            return nil
        }
    }

    /// `word` in the capitalization of `model` (lower, Title or UPPER).
    private static func restyled(_ word: String, like model: ArraySlice<Unicode.Scalar>) -> String.UnicodeScalarView {
        let upper = model.filter { ScalarTraits.isUppercase($0) }.count
        var out = String.UnicodeScalarView()
        for (i, c) in word.unicodeScalars.enumerated() {
            if (upper == model.count && model.count > 1) || (i == 0 && upper > 0) {
                out.append(contentsOf: c.properties.uppercaseMapping.unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return out
    }
}
