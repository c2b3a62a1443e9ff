/// A deterministic stream of pseudo-random numbers seeded from a keyed digest.
///
/// Stand-ins must be reproducible: the same key and the same original value give the same
/// stand-in on every machine. The seed is an HMAC of the value under the run's key, so the
/// stream is unpredictable without the key; the generator itself (xoshiro256**) only has to
/// spread those 256 bits over the choices a stand-in needs, not to be cryptographic.
public struct KeyedRandom: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a stream from at least 32 bytes of seed (shorter seeds are zero-padded).
    public init<Bytes: Sequence>(seed: Bytes) where Bytes.Element == UInt8 {
        var words: [UInt64] = [0, 0, 0, 0]
        for (i, byte) in seed.prefix(32).enumerated() {
            words[i / 8] |= UInt64(byte) << UInt64((i % 8) * 8)
        }
        if words.allSatisfy({ $0 == 0 }) { words[0] = 0x9E37_79B9_7F4A_7C15 }
        (s0, s1, s2, s3) = (words[0], words[1], words[2], words[3])
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    /// A uniformly distributed integer in `0..<bound` (`bound` > 0).
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        // Rejection sampling keeps the distribution uniform.
        let limit = UInt64.max - UInt64.max % b
        while true {
            let r = next()
            if r < limit { return Int(r % b) }
        }
    }

    /// A uniformly distributed integer in `range`.
    public mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + next(below: range.upperBound - range.lowerBound + 1)
    }

    /// A decimal digit 0...9.
    public mutating func digit() -> Int { next(below: 10) }

    /// One element of a non-empty collection.
    public mutating func element<C: Collection>(of collection: C) -> C.Element {
        let offset = next(below: collection.count)
        return collection[collection.index(collection.startIndex, offsetBy: offset)]
    }

    @inline(__always)
    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
