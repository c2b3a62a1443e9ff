import RedactRules
/// Stand-ins for vehicle registration plates: another plate of the same country and layout.
///
/// A plate's digits and letters are replaced, but the groups that name a region rather than a
/// vehicle are kept, so the stand-in is still a plate its country issues: the Russian region
/// code at the end (`А123ВС 77`), the two-digit province or region at the start (Turkish `34 ABC
/// 123`, Azerbaijani `10-AB-123`), the German district letters before the separator
/// (`B-AB 1234`) and the British age identifier (`AB12 CDE`) or year letter (`A123 BCD`,
/// `ABC 123D`). A region narrows nobody down; a
/// made-up region code would make the stand-in an impossible plate.
///
/// Letters come from what the country's plates use: a Russian plate's from the twelve letters
/// with Latin look-alikes (АВЕКМНОРСТУХ, or ABEKMHOPCTYX when it was written in Latin), every
/// other plate's from consonants that Dutch, British, German and Turkish plates all issue. A
/// digit group never starts with 0 (no country here issues `000` or `0123`).
public enum PlateStandIn {
    /// The twelve Cyrillic letters of Russian plates, in the order of their Latin look-alikes.
    static let russianLetters = Array("АВЕКМНОРСТУХ".unicodeScalars)
    /// The Latin letters that look like `russianLetters`.
    static let russianLookAlikes = Array("ABEKMHOPCTYX".unicodeScalars)
    /// Consonants issued on Dutch, British, German and Turkish plates alike.
    static let commonLetters = Array("BDFGHJKLMNPRSTVZ".unicodeScalars)

    /// A plate like `original`, with its region groups kept.
    public static func make(like original: Substring, random: inout KeyedRandom) -> String {
        var scalars = Array(original.unicodeScalars)
        var runs = Self.runs(of: scalars)
        // The engine reads a Latin O before digits as a zero, so a Latin-typed Russian plate
        // (O123AX 199) arrives as 0123AX 199: read its first character as the letter again.
        if runs.count == 3, runs[0].isDigits, runs[0].range.count == 4, scalars[0] == "0" {
            scalars[0] = "O"
            let fixed = Self.runs(of: scalars)
            if isRussianLayout(fixed) && isRussian(fixed, scalars: scalars) { runs = fixed } else { scalars[0] = "0" }
        }
        guard !runs.isEmpty else { return ShapeStandIn.make(like: original, random: &random) }
        let kept = keptRuns(runs, scalars: scalars)
        let isRussian = Self.isRussian(runs, scalars: scalars)
        return ChecksumStandIn.distinct(from: original, random: &random) { random in
            var out = scalars
            for (r, run) in runs.enumerated() where !kept.contains(r) {
                for (offset, i) in run.range.enumerated() {
                    let s = scalars[i]
                    if run.isDigits {
                        out[i] = Unicode.Scalar(UInt8(0x30 + (offset == 0 && run.range.count > 1 ? random.next(in: 1...9) : random.digit())))
                    } else {
                        let lower = ScalarTraits.isLowercase(s)
                        var letter: Unicode.Scalar
                        if isRussian {
                            let cyrillic = (0x400...0x4FF).contains(s.value)
                            letter = random.element(of: cyrillic ? russianLetters : russianLookAlikes)
                        } else {
                            letter = random.element(of: commonLetters)
                        }
                        if lower { letter = Unicode.Scalar(letter.properties.lowercaseMapping.unicodeScalars.first!.value)! }
                        out[i] = letter
                    }
                }
            }
            return String(scalars: out)
        }
    }

    /// A run of digits or of letters, by scalar indices.
    struct Run {
        var range: Range<Int>
        var isDigits: Bool
        /// Whether a separator (anything neither digit nor letter) comes right after the run.
        var separatedAfter = false
    }

    static func runs(of scalars: [Unicode.Scalar]) -> [Run] {
        var runs: [Run] = []
        for (i, s) in scalars.enumerated() {
            let digit = DigitText.value(s) != nil
            guard digit || ScalarTraits.isAlphabetic(s) else {
                if !runs.isEmpty { runs[runs.count - 1].separatedAfter = true }
                continue
            }
            if let last = runs.last, last.isDigits == digit, last.range.upperBound == i {
                runs[runs.count - 1].range = last.range.lowerBound..<(i + 1)
            } else {
                runs.append(Run(range: i..<(i + 1), isDigits: digit))
            }
        }
        return runs
    }

    /// Letter, three digits, two letters, two or three digits: the Russian layout.
    static func isRussianLayout(_ runs: [Run]) -> Bool {
        runs.count == 4 && !runs[0].isDigits && runs[0].range.count == 1 && runs[1].isDigits && runs[1].range.count == 3
            && !runs[2].isDigits && runs[2].range.count == 2 && runs[3].isDigits && (2...3).contains(runs[3].range.count)
    }

    /// True when the plate's letters are all among the Russian plate letters and it is laid
    /// out as a Russian plate, or written in Cyrillic at all.
    static func isRussian(_ runs: [Run], scalars: [Unicode.Scalar]) -> Bool {
        let letters = runs.filter { !$0.isDigits }.flatMap { $0.range.map { scalars[$0] } }
        let upper = letters.map { Unicode.Scalar($0.properties.uppercaseMapping.unicodeScalars.first!.value)! }
        if upper.contains(where: { (0x400...0x4FF).contains($0.value) }) {
            return upper.allSatisfy { russianLetters.contains($0) || russianLookAlikes.contains($0) }
        }
        return isRussianLayout(runs) && upper.allSatisfy { russianLookAlikes.contains($0) }
    }

    /// Indices of the runs that name a region and stay as they are.
    static func keptRuns(_ runs: [Run], scalars: [Unicode.Scalar]) -> Set<Int> {
        if isRussianLayout(runs) { return [3] }
        var kept: Set<Int> = []
        if runs.count >= 3, runs[0].isDigits, runs[0].range.count == 2, !runs[1].isDigits {
            kept.insert(0)  // Turkish province, Azerbaijani region
        }
        if runs.count >= 3, !runs[0].isDigits, runs[0].range.count <= 3, runs[0].separatedAfter, !runs[1].isDigits,
           runs[2].isDigits {
            kept.insert(0)  // German district
            // The German suffix for electric (E) or historic (H) cars is a type, not a vehicle.
            if runs.count == 4, !runs[3].isDigits, runs[3].range.count == 1 { kept.insert(3) }
        }
        if runs.count == 3, !runs[0].isDigits, runs[0].range.count == 2, runs[1].isDigits, runs[1].range.count == 2,
           !runs[2].isDigits, runs[2].range.count == 3 {
            kept.insert(1)  // British age identifier
        }
        // The British formats before 2001 carry the year letter first (A123 BCD, K1 ABC) or last
        // (ABC 123D): kept as the age identifier is, since a stand-in letter could be one never
        // issued (I, O, Q, U, Z).
        if runs.count == 3, !runs[0].isDigits, runs[1].isDigits, runs[1].range.count <= 3, !runs[2].isDigits {
            if runs[0].range.count == 1, runs[2].range.count == 3 { kept.insert(0) }
            if runs[0].range.count == 3, runs[2].range.count == 1 { kept.insert(2) }
        }
        return kept
    }
}
