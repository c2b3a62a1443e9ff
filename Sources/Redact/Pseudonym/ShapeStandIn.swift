/// Stand-ins that keep only the shape of a value: where its digits, letters and separators
/// are. Used for identifiers without a checksum (passports, vehicle plates, FIN codes).
public enum ShapeStandIn {
    /// A stand-in for `original` with every ASCII digit replaced by a random digit and every
    /// letter by a random letter of the same case and script; everything else is kept.
    ///
    /// Latin letters become random a-z/A-Z, Cyrillic letters random а-я/А-Я. Azerbaijani and
    /// Turkish letters (ə, ç, ğ, ı, İ, ö, ş, ü …) become random basic Latin letters: the
    /// accented ones are too few to draw from without leaking the original, and a plain
    /// letter still fits the layout. The result differs from `original` whenever it has any
    /// digit or letter.
    public static func make(like original: Substring, random: inout KeyedRandom) -> String {
        var result = attempt(original, random: &random)
        // A one-character value comes out unchanged one time in ten (or 26); draw again
        // rather than hand back the original.
        var tries = 0
        while result == original && tries < 16 {
            result = attempt(original, random: &random)
            tries += 1
        }
        return result
    }

    /// One replacement pass over `original`.
    private static func attempt(_ original: Substring, random: inout KeyedRandom) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in original.unicodeScalars {
            scalars.append(replacement(for: scalar, random: &random))
        }
        return String(scalars)
    }

    /// The random stand-in for one scalar, or the scalar itself when it is not replaced.
    static func replacement(for scalar: Unicode.Scalar, random: inout KeyedRandom)
        -> Unicode.Scalar
    {
        switch letterClass(of: scalar) {
        case .digit: return randomScalar(0x30, count: 10, &random)
        case .latinUpper: return randomScalar(0x41, count: 26, &random)
        case .latinLower: return randomScalar(0x61, count: 26, &random)
        case .cyrillicUpper: return randomScalar(0x410, count: 32, &random)
        case .cyrillicLower: return randomScalar(0x430, count: 32, &random)
        case nil: return scalar
        }
    }

    /// What a scalar is replaced with.
    enum LetterClass {
        case digit, latinUpper, latinLower, cyrillicUpper, cyrillicLower
    }

    /// The class of characters `scalar` is replaced from, or nil when it is kept.
    static func letterClass(of scalar: Unicode.Scalar) -> LetterClass? {
        let v = scalar.value
        switch v {
        case 0x30...0x39: return .digit
        case 0x41...0x5A: return .latinUpper
        case 0x61...0x7A: return .latinLower
        // Azerbaijani and Turkish letters outside ASCII: Â Ç Î Ö Û Ü, Ğ, İ, Ş, Ə …
        case 0xC2, 0xC7, 0xCE, 0xD6, 0xDB, 0xDC, 0x11E, 0x130, 0x15E, 0x18F: return .latinUpper
        // … and â ç î ö û ü, ğ, ı, ş, ə.
        case 0xE2, 0xE7, 0xEE, 0xF6, 0xFB, 0xFC, 0x11F, 0x131, 0x15F, 0x259: return .latinLower
        // Cyrillic: Ѐ-Џ and А-Я upper, а-я and ѐ-џ lower.
        case 0x400...0x42F: return .cyrillicUpper
        case 0x430...0x45F: return .cyrillicLower
        // Extended Cyrillic letters (Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ, Azerbaijani Ҹ Ҝ …) come in
        // upper/lower pairs, upper at the even code point; 0x482-0x489 are signs and
        // combining marks, and in 0x4C1-0x4CE the pairs start at the odd code point.
        case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x4FF:
            return v % 2 == 0 ? .cyrillicUpper : .cyrillicLower
        case 0x4C1...0x4CE:
            return v % 2 == 1 ? .cyrillicUpper : .cyrillicLower
        default: return nil
        }
    }

    /// A random scalar among `count` consecutive ones starting at `first`.
    private static func randomScalar(_ first: UInt32, count: Int, _ random: inout KeyedRandom)
        -> Unicode.Scalar
    {
        // Every value here lies in a block of assigned letters or digits, never in the
        // surrogate range, so the force unwrap cannot fail.
        Unicode.Scalar(first + UInt32(random.next(below: count)))!
    }

    /// `original` with its ASCII digits replaced, in order, by `digits` (values 0...9);
    /// every other scalar is kept. `digits` must have one entry per ASCII digit.
    static func replacingDigits(of original: Substring, with digits: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var next = digits.startIndex
        for scalar in original.unicodeScalars {
            if (0x30...0x39).contains(scalar.value), next < digits.endIndex {
                scalars.append(Unicode.Scalar(0x30 + digits[next]))
                next += 1
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
