import RedactRules
/// Stand-ins for identifiers with check digits: the stand-in is a valid identifier of the
/// same kind, written in the same layout, so downstream checks and parsers still accept it.
///
/// Every function keeps each separator, space and letter case where it was and changes only
/// the identifying characters. An original whose digit count does not fit the kind (which a
/// validated match never has) gets a plain `ShapeStandIn` instead.
public enum ChecksumStandIn {
    /// A payment card number of the same length and first digit (the card network) with a
    /// valid Luhn check digit.
    public static func card(like original: Substring, random: inout KeyedRandom) -> String {
        let old = asciiDigits(of: original)
        guard old.count >= 2 else { return ShapeStandIn.make(like: original, random: &random) }
        return distinct(from: original, random: &random) { random in
            var new = old
            for i in 1..<(new.count - 1) { new[i] = UInt8(random.digit()) }
            new[new.count - 1] = Luhn.checkDigit(for: new.dropLast())
            return ShapeStandIn.replacingDigits(of: original, with: new)
        }
    }

    /// An IBAN of the same country and length with a random account part (digits stay
    /// digits, letters stay letters of the same case) and valid check digits.
    ///
    /// National check digits inside the account part (France, Italy, Spain …) are not
    /// recomputed: only the IBAN's own mod-97 check is guaranteed.
    public static func iban(like original: Substring, random: inout KeyedRandom) -> String {
        let scalars = Array(original.unicodeScalars)
        let positions = scalars.indices.filter { isASCIIAlphanumeric(scalars[$0]) }
        guard positions.count >= 5,
            positions.prefix(2).allSatisfy({ isASCIILetter(scalars[$0]) }),
            positions[2...3].allSatisfy({ DigitText.value(scalars[$0]) != nil })
        else { return ShapeStandIn.make(like: original, random: &random) }
        let country = positions.prefix(2).map { uppercased(scalars[$0]) }
        return distinct(from: original, random: &random) { random in
            var out = scalars
            var bban: [UInt8] = []
            for p in positions.dropFirst(4) {
                out[p] = ShapeStandIn.replacement(for: scalars[p], random: &random)
                bban.append(uppercased(out[p]))
            }
            let (high, low) = IBAN.checkDigits(country: country, bban: bban)
            out[positions[2]] = Unicode.Scalar(0x30 + high)
            out[positions[3]] = Unicode.Scalar(0x30 + low)
            return String(scalars: out)
        }
    }

    /// A Turkish identity number: first digit 1-9, valid 10th and 11th digits.
    public static func tckn(like original: Substring, random: inout KeyedRandom) -> String {
        guard asciiDigits(of: original).count == 11 else {
            return ShapeStandIn.make(like: original, random: &random)
        }
        return distinct(from: original, random: &random) { random in
            var new = [UInt8(random.next(in: 1...9))]
            for _ in 1..<9 { new.append(UInt8(random.digit())) }
            let (tenth, eleventh) = TurkishIdentityNumber.checkDigits(for: new)
            return ShapeStandIn.replacingDigits(of: original, with: new + [tenth, eleventh])
        }
    }

    /// A Russian INN of the same length (10 for organisations, 12 for individuals) with
    /// valid check digits and a non-zero region code.
    public static func inn(like original: Substring, random: inout KeyedRandom) -> String {
        let count = asciiDigits(of: original).count
        guard count == 10 || count == 12 else {
            return ShapeStandIn.make(like: original, random: &random)
        }
        return distinct(from: original, random: &random) { random in
            // Region codes run 01-99: draw the pair as one number so "00" never appears.
            let region = random.next(in: 1...99)
            var new = [UInt8(region / 10), UInt8(region % 10)]
            for _ in 2..<(count == 10 ? 9 : 10) { new.append(UInt8(random.digit())) }
            if count == 10 {
                new.append(RussianINN.checkDigit(new, weights: RussianINN.weights10))
            } else {
                new.append(RussianINN.checkDigit(new, weights: RussianINN.weights11))
                new.append(RussianINN.checkDigit(new, weights: RussianINN.weights12))
            }
            return ShapeStandIn.replacingDigits(of: original, with: new)
        }
    }

    /// A Russian SNILS with a valid check number, above the unchecked range so the check
    /// number is meaningful.
    public static func snils(like original: Substring, random: inout KeyedRandom) -> String {
        guard asciiDigits(of: original).count == 11 else {
            return ShapeStandIn.make(like: original, random: &random)
        }
        return distinct(from: original, random: &random) { random in
            let number = random.next(in: (RussianSNILS.lastUncheckedNumber + 1)...999_999_999)
            var new: [UInt8] = []
            var rest = number
            for _ in 0..<9 {
                new.insert(UInt8(rest % 10), at: 0)
                rest /= 10
            }
            let check = RussianSNILS.checkNumber(for: new)
            new += [UInt8(check / 10), UInt8(check % 10)]
            return ShapeStandIn.replacingDigits(of: original, with: new)
        }
    }

    // MARK: - Helpers

    /// Calls `make` until it returns something other than `original`.
    ///
    /// A collision needs the random part to repeat the original exactly (one in 10^7 or
    /// less for these lengths), so the bound is only a guard against a degenerate input.
    static func distinct(
        from original: Substring, random: inout KeyedRandom,
        _ make: (inout KeyedRandom) -> String
    ) -> String {
        var result = make(&random)
        var tries = 0
        while result == original && tries < 32 {
            result = make(&random)
            tries += 1
        }
        return result
    }

    /// The values (0...9) of the ASCII digits in `text`, in order.
    static func asciiDigits(of text: Substring) -> [UInt8] {
        text.unicodeScalars.compactMap(DigitText.value)
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }

    private static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        isASCIILetter(s) || DigitText.value(s) != nil
    }

    /// The uppercase ASCII byte of an ASCII letter or digit.
    private static func uppercased(_ s: Unicode.Scalar) -> UInt8 {
        let byte = UInt8(s.value)
        return (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
    }
}
