import RedactRules
/// Stand-ins for identity and bank numbers whose issuer forbids some values or adds a check
/// digit: the stand-in is a number the format allows, in the original's layout.
///
/// Like ``ChecksumStandIn``, every function keeps separators, spaces and letter case where
/// they were; an original that does not fit the format (which a validated match never is)
/// gets a plain ``ShapeStandIn``.
public enum DocumentStandIn {
    /// A US Social Security number in the issued ranges: area 001-899 but not 666, group
    /// 01-99, serial 0001-9999.
    public static func ssn(like original: Substring, random: inout KeyedRandom) -> String {
        guard ChecksumStandIn.asciiDigits(of: original).count == 9 else {
            return ShapeStandIn.make(like: original, random: &random)
        }
        return ChecksumStandIn.distinct(from: original, random: &random) { random in
            var area = random.next(in: 1...898)
            if area >= 666 { area += 1 }  // skips 666, keeps the draw uniform
            let group = random.next(in: 1...99)
            let serial = random.next(in: 1...9999)
            let digits = decimalDigits(area, count: 3) + decimalDigits(group, count: 2) + decimalDigits(serial, count: 4)
            return ShapeStandIn.replacingDigits(of: original, with: digits)
        }
    }

    /// A UK National Insurance number with an allocatable prefix and a suffix A-D.
    public static func nino(like original: Substring, random: inout KeyedRandom) -> String {
        let scalars = Array(original.unicodeScalars)
        let positions = scalars.indices.filter { isASCIIAlphanumeric(scalars[$0]) }
        guard positions.count == 9 else { return ShapeStandIn.make(like: original, random: &random) }
        return ChecksumStandIn.distinct(from: original, random: &random) { random in
            var first: UInt8, second: UInt8
            repeat {
                first = UInt8(0x41 + random.next(below: 26))
                second = UInt8(0x41 + random.next(below: 26))
            } while !UKNationalInsuranceNumber.isAllocatablePrefix(first, second)
            var chars = [first, second]
            for _ in 0..<6 { chars.append(UInt8(0x30 + random.digit())) }
            chars.append(UInt8(0x41 + random.next(below: 4)))
            var out = scalars
            for (p, c) in zip(positions, chars) {
                let lower = (0x61...0x7A).contains(scalars[p].value)
                out[p] = Unicode.Scalar(lower && c >= 0x41 ? c + 0x20 : c)
            }
            return String(scalars: out)
        }
    }

    /// A Dutch BSN of the same digit count that passes the 11-proof.
    public static func bsn(like original: Substring, random: inout KeyedRandom) -> String {
        let count = ChecksumStandIn.asciiDigits(of: original).count
        guard count == 8 || count == 9 else { return ShapeStandIn.make(like: original, random: &random) }
        return ChecksumStandIn.distinct(from: original, random: &random) { random in
            while true {
                // An eight-digit BSN is a nine-digit one with a leading zero.
                var payload: [UInt8] = count == 8 ? [0] : [UInt8(random.next(in: 1...9))]
                for _ in 1..<8 { payload.append(UInt8(random.digit())) }
                guard let check = DutchBSN.checkDigit(for: payload) else { continue }
                let nine = payload + [check]
                return ShapeStandIn.replacingDigits(of: original, with: count == 8 ? Array(nine.dropFirst()) : nine)
            }
        }
    }

    /// A US routing number: a routing symbol of the same kind of institution (the first two
    /// digits' range is kept), random digits and a valid check digit.
    public static func aba(like original: Substring, random: inout KeyedRandom) -> String {
        let old = ChecksumStandIn.asciiDigits(of: original)
        guard old.count == 9 else { return ShapeStandIn.make(like: original, random: &random) }
        let prefix = Int(old[0]) * 10 + Int(old[1])
        let ranges = [0...12, 21...32, 61...72, 80...80]
        let range = ranges.first { $0.contains(prefix) } ?? 1...12
        return ChecksumStandIn.distinct(from: original, random: &random) { random in
            var new = decimalDigits(random.next(in: range), count: 2)
            for _ in 2..<8 { new.append(UInt8(random.digit())) }
            new.append(ABARoutingNumber.checkDigit(for: new))
            return ShapeStandIn.replacingDigits(of: original, with: new)
        }
    }

    /// A travel document number whose last digit is the ICAO 9303 check digit of the rest:
    /// digits stay digits, capitals are drawn from the letters German document numbers use
    /// (no vowels, no B, D, Q, S), so the stand-in is also a possible German number.
    public static func mrz(like original: Substring, random: inout KeyedRandom) -> String {
        var scalars = Array(original.unicodeScalars)
        guard let last = scalars.indices.last, DigitText.value(scalars[last]) != nil else {
            return ShapeStandIn.make(like: original, random: &random)
        }
        let letters = Array("CFGHJKLMNPRTVWXYZ".unicodeScalars)
        return ChecksumStandIn.distinct(from: original, random: &random) { random in
            for i in scalars.indices.dropLast() {
                if DigitText.value(scalars[i]) != nil {
                    scalars[i] = Unicode.Scalar(UInt8(0x30 + random.digit()))
                } else if (0x41...0x5A).contains(scalars[i].value) {
                    scalars[i] = random.element(of: letters)
                }
            }
            let body = scalars.dropLast().compactMap { s -> UInt8? in s.isASCII && s.value != 0x20 ? UInt8(s.value) : nil }
            guard let check = MachineReadableCheckDigit.checkDigit(for: body) else {
                return ShapeStandIn.make(like: original, random: &random)
            }
            scalars[last] = Unicode.Scalar(0x30 + check)
            return String(scalars: scalars)
        }
    }

    /// A case number of the same layout: its letters (case types such as `cv`, `М`, `EWHC`)
    /// and its years (four digits starting 19 or 20) kept, every other digit replaced, a
    /// group's first digit non-zero unless the original's was zero (`01234` stays zero-padded).
    /// A year says when, not whose; a made-up year (`0587`) would make the number impossible.
    public static func caseNumber(like original: Substring, random: inout KeyedRandom) -> String {
        let scalars = Array(original.unicodeScalars)
        var runs: [Range<Int>] = []
        for (i, s) in scalars.enumerated() where DigitText.value(s) != nil {
            if let last = runs.last, last.upperBound == i { runs[runs.count - 1] = last.lowerBound..<(i + 1) } else { runs.append(i..<(i + 1)) }
        }
        let replaced = runs.filter { run in
            !(run.count == 4 && (scalars[run.lowerBound] == "1" && scalars[run.lowerBound + 1] == "9"
                || scalars[run.lowerBound] == "2" && scalars[run.lowerBound + 1] == "0"))
        }
        guard !replaced.isEmpty else { return ShapeStandIn.make(like: original, random: &random) }
        return ChecksumStandIn.distinct(from: original, random: &random) { random in
            var out = scalars
            for run in replaced {
                for i in run {
                    let leading = i == run.lowerBound && run.count > 1 && scalars[i] != "0"
                    out[i] = Unicode.Scalar(UInt8(0x30 + (leading ? random.next(in: 1...9) : random.digit())))
                }
            }
            return String(scalars: out)
        }
    }

    /// A bank account number of the same layout. A Russian 20-digit account keeps its first
    /// eight digits (the balance account, which says what kind of account it is, and the
    /// currency): the rest, the bank's and the holder's part, is replaced. Other accounts get
    /// every digit replaced.
    public static func account(like original: Substring, random: inout KeyedRandom) -> String {
        let old = ChecksumStandIn.asciiDigits(of: original)
        guard old.count == 20 else { return ShapeStandIn.make(like: original, random: &random) }
        return ChecksumStandIn.distinct(from: original, random: &random) { random in
            var new = Array(old.prefix(8))
            for _ in 8..<20 { new.append(UInt8(random.digit())) }
            return ShapeStandIn.replacingDigits(of: original, with: new)
        }
    }

    /// The `count` decimal digits of `value`, zero-padded on the left.
    static func decimalDigits(_ value: Int, count: Int) -> [UInt8] {
        var digits = [UInt8](repeating: 0, count: count)
        var rest = value
        for i in stride(from: count - 1, through: 0, by: -1) {
            digits[i] = UInt8(rest % 10)
            rest /= 10
        }
        return digits
    }

    private static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }
}
