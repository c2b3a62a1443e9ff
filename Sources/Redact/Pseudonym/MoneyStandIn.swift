/// Replaces a sum of money by one of similar size, keeping its currency, notation and wording.
///
/// A sum in digits (`$12,500`, `12.500 TL`, `1 500 000 руб.`, `2,5 млн рублей`, `£1.2m`) is
/// multiplied by a keyed factor between 0.7 and 1.4 and rounded to the original's precision:
/// its decimals when it has any, else its last non-zero digit, one place finer when that leaves
/// a single significant digit (`300` moves in tens, `12,500` in hundreds, `5` in ones). The new
/// figure is written with the original's group and decimal separators and number of decimals;
/// the currency, scale word and all else are kept: `5 min manat` → `7 min manat`,
/// `$12,500` → `$14,300`. The stand-in always differs from the original.
///
/// A sum in words (`five thousand dollars`, `beş min manat`, `пять тысяч рублей`) keeps its
/// words but one: its first number word of a positional list (``NumberWords``) becomes another
/// number word of the same language worth 0.6 to 1.5 times as much (`five` → `seven`, `beş` →
/// `altı`, `on` → `doqquz`; a tens word before a unit only another tens word: `twenty-five` →
/// `thirty-five`), so the sum stays in words of its language and in the same order of
/// magnitude. In Russian the
/// new word agrees as the old one did: 2–4 stay 2–4 (`две тысячи`), 5 and more stay 5 and more
/// (`пять тысяч`). Known limit: a sum with no replaceable word (`тысяча рублей`, `одна
/// тысяча`) comes back unchanged, since any other number word would change its grammar or its
/// size a thousandfold.
public enum MoneyStandIn {
    /// The stand-in for the sum `original`.
    public static func make(like original: Substring, words: NumberWords, random: inout KeyedRandom) -> String {
        if original.utf8.contains(where: { (0x30...0x39).contains($0) }) {
            guard var made = digits(like: original, random: &random) else { return String(original) }
            // The sum in words in brackets after the figure (`10 000 (десять тысяч) рублей`):
            // its number words are replaced too, or they would tell the figure.
            if let open = original.firstIndex(of: "("), let close = original[open...].firstIndex(of: ")"),
               case let inner = original[original.index(after: open)..<close], inner.contains(where: \.isLetter),
               let at = made.range(of: "(" + inner + ")") {
                made.replaceSubrange(at, with: "(" + spelt(like: inner, words: words, random: &random) + ")")
            }
            return made
        }
        return spelt(like: original, words: words, random: &random)
    }

    /// A figure read from a sum: where it is, its value in its smallest unit, how it is written.
    struct Figure: Equatable {
        /// Scalar offsets of the figure in the text.
        var range: Range<Int>
        /// The value × 10^decimals.
        var scaled: Int
        var decimals: Int
        var groupSeparator: Unicode.Scalar?
        var decimalSeparator: Unicode.Scalar?
    }

    /// Reads the first figure of `scalars`. A separator (`,` `.` or a space) followed by
    /// exactly three digits groups thousands; the last one followed by another number of
    /// digits is the decimal separator.
    static func figure(in scalars: [Unicode.Scalar]) -> Figure? {
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func isSeparator(_ s: Unicode.Scalar) -> Bool { s == "," || s == "." || s.properties.isWhitespace && s != "\n" }
        guard let start = scalars.firstIndex(where: isDigit) else { return nil }
        var end = start
        var runs: [[Unicode.Scalar]] = [[]]
        var separators: [Unicode.Scalar] = []
        while end < scalars.count {
            if isDigit(scalars[end]) {
                runs[runs.count - 1].append(scalars[end])
                end += 1
            } else if isSeparator(scalars[end]), end + 1 < scalars.count, isDigit(scalars[end + 1]) {
                separators.append(scalars[end])
                runs.append([])
                end += 1
            } else {
                break
            }
        }
        var decimals: [Unicode.Scalar] = []
        var decimalSeparator: Unicode.Scalar?
        if let last = runs.last, runs.count > 1, last.count != 3, separators.last != " " {
            decimals = runs.removeLast()
            decimalSeparator = separators.removeLast()
        }
        var scaled = 0
        for digit in runs.joined() + decimals {
            guard scaled < Int.max / 100 else { return nil }
            scaled = scaled * 10 + Int(digit.value - 0x30)
        }
        return Figure(range: start..<end, scaled: scaled, decimals: decimals.count,
                      groupSeparator: separators.first, decimalSeparator: decimalSeparator)
    }

    /// `figure` written with a new value `scaled`, in its notation.
    static func write(_ scaled: Int, like figure: Figure) -> String {
        var divisor = 1
        for _ in 0..<figure.decimals { divisor *= 10 }
        let integer = String(scaled / divisor)
        var out = ""
        if let group = figure.groupSeparator {
            for (i, c) in integer.enumerated() {
                if i > 0 && (integer.count - i) % 3 == 0 { out.unicodeScalars.append(group) }
                out.append(c)
            }
        } else {
            out = integer
        }
        if figure.decimals > 0, let separator = figure.decimalSeparator {
            var fraction = String(scaled % divisor)
            while fraction.count < figure.decimals { fraction = "0" + fraction }
            out.unicodeScalars.append(separator)
            out += fraction
        }
        return out
    }

    private static func digits(like original: Substring, random: inout KeyedRandom) -> String? {
        let scalars = Array(original.unicodeScalars)
        guard let figure = figure(in: scalars), figure.scaled > 0 else { return nil }
        // The step the sum moves in: its precision.
        var unit = 1
        if figure.decimals == 0 {
            while figure.scaled % (unit * 10) == 0 { unit *= 10 }
            if unit > 1 && figure.scaled / unit < 10 { unit /= 10 }
        }
        let factor = 0.7 + 0.7 * Double(random.next(below: 1_000_001)) / 1_000_000
        var steps = Int((Double(figure.scaled) * factor / Double(unit)).rounded())
        if steps * unit == figure.scaled { steps += random.next(below: 2) == 0 || steps == 1 ? 1 : -1 }
        let new = max(1, steps) * unit
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[..<figure.range.lowerBound])
        out.append(contentsOf: write(new, like: figure).unicodeScalars)
        out.append(contentsOf: scalars[figure.range.upperBound...])
        return String(out)
    }

    private static func spelt(like original: Substring, words: NumberWords, random: inout KeyedRandom) -> String {
        let replaceable: (String) -> Bool = { ["units", "units-feminine", "teens", "tens", "hundreds"].contains($0) }
        var spans: [Range<Substring.Index>] = []
        var index = original.startIndex
        while index < original.endIndex {
            guard original[index].isLetter else { index = original.index(after: index); continue }
            let end = original[index...].firstIndex { !$0.isLetter } ?? original.endIndex
            spans.append(index..<end)
            index = end
        }
        // The language most of the sum's words are listed in, for words two languages share.
        var score: [String: Int] = [:]
        for span in spans {
            for language in Set(words.places(of: String(original[span]), kinds: { _ in true }).map({ words.tables[$0.table].language })) {
                score[language, default: 0] += 1
            }
        }
        for (w, span) in spans.enumerated() {
            let word = original[span]
            // A tens word before a unit (twenty-five, iyirmi beş) is replaced only by another
            // tens word: a unit or teen in its place would not read as a number.
            let beforeUnit = w + 1 < spans.count && !words.places(of: String(original[spans[w + 1]]), kinds: { $0.hasPrefix("units") }).isEmpty
            let places = words.places(of: String(word), kinds: replaceable).enumerated().sorted {
                (score[words.tables[$0.element.table].language] ?? 0, -$0.offset) > (score[words.tables[$1.element.table].language] ?? 0, -$1.offset)
            }.map(\.element)
            for place in places {
                let table = words.tables[place.table]
                let value = table.values[place.position]
                var choices: [(table: Int, position: Int)] = []
                for (t, other) in words.tables.enumerated() where other.language == table.language && replaceable(other.kind) {
                    if beforeUnit && t != place.table { continue }
                    // Russian gender: a feminine unit (две тысячи) stays feminine, a masculine one masculine.
                    if table.language == "ru", table.kind.hasPrefix("units"), other.kind.hasPrefix("units"), other.kind != table.kind { continue }
                    for (p, v) in other.values.enumerated() where v != value && Double(v) >= 0.6 * Double(value) && Double(v) <= 1.5 * Double(value) {
                        if table.language == "ru" && russianAgreement(v) != russianAgreement(value) { continue }
                        if !choices.contains(where: { words.tables[$0.table].values[$0.position] == v }) { choices.append((t, p)) }
                    }
                }
                guard !choices.isEmpty else { continue }
                let chosen = choices[random.next(below: choices.count)]
                let text = words.tables[chosen.table].words[chosen.position]
                return String(original[..<span.lowerBound]) + NumberWords.styled(text, like: word, language: table.language)
                    + String(original[span.upperBound...])
            }
        }
        return String(original)
    }

    /// The form a Russian noun takes after the number: 1 (рубль), 2–4 (рубля), 5 and more (рублей).
    private static func russianAgreement(_ value: Int) -> Int { value == 1 ? 0 : value <= 4 ? 1 : 2 }
}
