import Testing

@testable import Redact

/// Helpers shared by the stand-in tests.
enum StandInCheck {
    /// A reproducible stream for test seed `n`, from a well-mixed 32-byte seed (splitmix64)
    /// as the HMAC seeds of real runs are.
    static func random(_ n: Int) -> KeyedRandom {
        var x = UInt64(truncatingIfNeeded: n)
        var bytes: [UInt8] = []
        for _ in 0..<4 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: z >> UInt64(i * 8))) }
        }
        return KeyedRandom(seed: bytes)
    }

    /// True for ASCII digits and for letters of any script.
    static func isIdentifying(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || (0x30...0x39).contains(s.value)
    }

    /// Whether `standIn` has the layout of `original`: the same number of scalars and the
    /// same non-alphanumeric scalars at the same positions.
    static func sameLayout(_ original: String, _ standIn: String) -> Bool {
        let a = Array(original.unicodeScalars)
        let b = Array(standIn.unicodeScalars)
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            if isIdentifying(x) != isIdentifying(y) { return false }
            if !isIdentifying(x) && x != y { return false }
        }
        return true
    }

    /// Runs `make` for 200 seeds and checks the properties every stand-in must have:
    /// `isValid`, the same layout, a different text, and the same text again for the same
    /// seed.
    static func check(
        _ original: String, sameLayout layoutMatters: Bool = true,
        _ make: (Substring, inout KeyedRandom) -> String, isValid: (String) -> Bool,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var distinct = Set<String>()
        for seed in 0..<200 {
            var random = StandInCheck.random(seed)
            let standIn = make(original[...], &random)
            var again = StandInCheck.random(seed)
            let repeated = make(original[...], &again)
            #expect(standIn == repeated, "seed \(seed)", sourceLocation: sourceLocation)
            #expect(standIn != original, "seed \(seed)", sourceLocation: sourceLocation)
            #expect(isValid(standIn), "\(standIn) (seed \(seed))", sourceLocation: sourceLocation)
            if layoutMatters {
                #expect(
                    sameLayout(original, standIn), "\(original) → \(standIn)",
                    sourceLocation: sourceLocation)
            }
            distinct.insert(standIn)
        }
        // Different seeds must actually spread: a constant stand-in would pass the rest.
        #expect(distinct.count > 20, sourceLocation: sourceLocation)
    }
}

@Suite("ShapeStandIn")
struct ShapeStandInTests {
    @Test(arguments: [
        "AZE 12345678", "10-AB-123", "90 AZ 001", "5ZRK2PQ", "AA1234567", "А123ВС 77",
        "Ə12-Ş3ç", "ab-CD_12", "ҚҰ 123 Ә", "№ 45 12 345678",
    ])
    func keepsShapeAndChangesContent(_ original: String) {
        StandInCheck.check(original, ShapeStandIn.make) { standIn in
            // Same class scalar by scalar: digit for digit, case and script for letters.
            zip(original.unicodeScalars, standIn.unicodeScalars).allSatisfy { a, b in
                ShapeStandIn.letterClass(of: a) == ShapeStandIn.letterClass(of: b)
                    && (ShapeStandIn.letterClass(of: a) != nil || a == b)
            }
        }
    }

    @Test func replacesTurkicLettersWithPlainLatin() {
        for seed in 0..<50 {
            var random = StandInCheck.random(seed)
            let standIn = ShapeStandIn.make(like: "ƏÇĞİÖŞÜəçğıöşü", random: &random)
            let scalars = Array(standIn.unicodeScalars)
            #expect(scalars.prefix(7).allSatisfy { (0x41...0x5A).contains($0.value) })
            #expect(scalars.suffix(7).allSatisfy { (0x61...0x7A).contains($0.value) })
        }
    }

    @Test func keepsCyrillicInCyrillic() {
        for seed in 0..<50 {
            var random = StandInCheck.random(seed)
            let standIn = ShapeStandIn.make(like: "АБВ где", random: &random)
            let scalars = Array(standIn.unicodeScalars)
            #expect(scalars.prefix(3).allSatisfy { (0x410...0x42F).contains($0.value) })
            #expect(scalars[3] == " ")
            #expect(scalars.suffix(3).allSatisfy { (0x430...0x44F).contains($0.value) })
        }
    }

    @Test func keepsEverythingElse() {
        var random = StandInCheck.random(1)
        let original = "#(1) · αβ — ✓ 中"
        let standIn = ShapeStandIn.make(like: original[...], random: &random)
        #expect(standIn.unicodeScalars.count == original.unicodeScalars.count)
        #expect(standIn.hasPrefix("#("))
        #expect(standIn.hasSuffix(") · αβ — ✓ 中"))
    }

    @Test func singleCharacterStillChanges() {
        for seed in 0..<200 {
            var random = StandInCheck.random(seed)
            #expect(ShapeStandIn.make(like: "7", random: &random) != "7")
        }
    }

    @Test(arguments: [
        ("12-34", [9, 8, 7, 6] as [UInt8], "98-76"), ("+7 (9)", [1, 2], "+1 (2)"),
        ("a1b", [0], "a0b"),
    ])
    func replacingDigitsKeepsEverythingElse(
        _ original: String, _ digits: [UInt8], _ expected: String
    ) {
        #expect(ShapeStandIn.replacingDigits(of: original[...], with: digits) == expected)
    }
}
