import Crypto

/// The secret that makes stand-ins consistent: the same key gives the same stand-in for the
/// same value in every run and on every machine.
///
/// There is deliberately no built-in key: with a public key anyone could recompute the stand-in
/// of every phone number and reverse them all. Without a key file each run draws a fresh one.
/// See <doc:ConsistentPseudonyms>.
public struct RedactionKey: Sendable, Hashable {
    /// The 32 secret bytes.
    public let bytes: [UInt8]
    /// HMAC-SHA256 keyed with ``bytes`` and fed nothing yet: each ``digest(domain:_:)``
    /// continues a copy of it. Keying an HMAC hashes the key's inner and outer pads, which
    /// was half the cost of a digest, made for every stand-in.
    private let keyed: KeyedHMAC

    private final class KeyedHMAC: @unchecked Sendable {
        /// Never mutated: copied (it is a value) before each use.
        let state: HMAC<SHA256>
        init(_ bytes: [UInt8]) { state = HMAC<SHA256>(key: SymmetricKey(data: bytes)) }
    }

    /// A key from exactly 32 bytes.
    /// - Throws: ``KeyError/wrongLength(_:)`` for any other length.
    public init(bytes: [UInt8]) throws(KeyError) {
        guard bytes.count == 32 else { throw KeyError.wrongLength(bytes.count) }
        self.bytes = bytes
        keyed = KeyedHMAC(bytes)
    }

    public static func == (a: RedactionKey, b: RedactionKey) -> Bool { a.bytes == b.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

    /// A fresh random key from the system's secure generator.
    public static func random() -> RedactionKey {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return try! RedactionKey(bytes: bytes)
    }

    /// A key from a key file's contents: 32 raw bytes, or 64 hexadecimal digits (either case)
    /// with spaces, tabs and line ends ignored, as `redact keygen` writes it.
    /// - Throws: ``KeyError/wrongLength(_:)`` or ``KeyError/notHex``.
    ///
    /// A key file is where a person's choice meets the secret, so it is also checked for what
    /// random bytes never look like: 32 printable ASCII characters (a passphrase typed into the
    /// file: random bytes are all printable once in 10^14 draws) or fewer than 12 distinct byte
    /// values (32 zero bytes, a repeated pattern: random bytes have about 30). Such a key is
    /// refused with ``KeyError/lowEntropy``, since stand-ins under a guessable key can be
    /// recomputed and reversed.
    public init(fileContents: [UInt8]) throws(KeyError) {
        if fileContents.count == 32 {
            if fileContents.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { throw KeyError.lowEntropy }
            try self.init(checking: fileContents)
            return
        }
        let trimmed = fileContents.filter { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        guard trimmed.count == 64 else { throw KeyError.wrongLength(fileContents.count) }
        var bytes: [UInt8] = []
        for i in stride(from: 0, to: 64, by: 2) {
            guard let hi = Self.hexValue(trimmed[i]), let lo = Self.hexValue(trimmed[i + 1]) else {
                throw KeyError.notHex
            }
            bytes.append(hi << 4 | lo)
        }
        try self.init(checking: bytes)
    }

    /// A key from 32 bytes that look random: at least 12 distinct byte values.
    /// - Throws: ``KeyError/wrongLength(_:)`` or ``KeyError/lowEntropy``.
    public init(checking bytes: [UInt8]) throws(KeyError) {
        guard Set(bytes).count >= 12 else { throw KeyError.lowEntropy }
        try self.init(bytes: bytes)
    }

    /// The key as 64 lower-case hexadecimal digits, as `redact keygen` writes it.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// HMAC-SHA256 of `message` under this key, separated by `domain` so that the digests used
    /// for different purposes never coincide.
    func digest(domain: String, _ message: String) -> [UInt8] {
        var data = Array(domain.utf8)
        data.append(0)
        data.append(contentsOf: message.utf8)
        var mac = keyed.state
        mac.update(data: data)
        return Array(mac.finalize())
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }
}

/// Why a key cannot be used; the description never repeats the key's bytes.
public enum KeyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not 32 raw bytes nor 64 hex digits; the length found.
    case wrongLength(Int)
    /// 64 characters that are not all hexadecimal digits.
    case notHex
    /// Bytes that are not random: a passphrase, zeros, a repeated pattern.
    case lowEntropy

    /// A message for people, saying what a key must be.
    public var description: String {
        switch self {
        case .wrongLength(let n): return "a key must be 32 raw bytes or 64 hexadecimal digits (found \(n) bytes)"
        case .notHex: return "a 64-character key must be hexadecimal digits only"
        case .lowEntropy: return "the key does not look random (a passphrase, zeros or a repeated pattern); make one with: redact keygen FILE"
        }
    }
}
