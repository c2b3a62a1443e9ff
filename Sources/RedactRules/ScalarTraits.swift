/// Letter, lower-case and upper-case tests of a scalar, from a table below U+0500 (Latin,
/// IPA, Greek and Cyrillic: nearly every letter the engine meets) and from the Unicode
/// properties above it.
///
/// The same answers as `Unicode.Scalar.Properties`, whose lookups (a trie walk per call)
/// were about 3% of a run's time in word analysis and stand-in choice.
public enum ScalarTraits {
    @usableFromInline static let alphabeticBit: UInt8 = 1
    @usableFromInline static let lowercaseBit: UInt8 = 2
    @usableFromInline static let uppercaseBit: UInt8 = 4

    @usableFromInline static let below0x500: [UInt8] = (0..<0x500).map { v -> UInt8 in
        let properties = Unicode.Scalar(UInt32(v))!.properties
        return (properties.isAlphabetic ? alphabeticBit : 0) | (properties.isLowercase ? lowercaseBit : 0)
            | (properties.isUppercase ? uppercaseBit : 0)
    }

    @inlinable public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x500 ? below0x500[Int(scalar.value)] & alphabeticBit != 0 : scalar.properties.isAlphabetic
    }

    @inlinable public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x500 ? below0x500[Int(scalar.value)] & lowercaseBit != 0 : scalar.properties.isLowercase
    }

    @inlinable public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x500 ? below0x500[Int(scalar.value)] & uppercaseBit != 0 : scalar.properties.isUppercase
    }
}
