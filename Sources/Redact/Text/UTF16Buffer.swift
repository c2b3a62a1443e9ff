/// UTF-8 input decoded to UTF-16 for ICU, with the map from each UTF-16 unit back to its
/// UTF-8 byte offset.
///
/// The engine holds every offset in UTF-8 bytes, but ICU's segmenter and regex engine run
/// fastest on UTF-16 (see ICU-NOTES: UText over UTF-8 is a third slower). Decoding by hand
/// also validates the input in the same pass, which is where a bad byte must be reported.
/// The buffers are reused from chunk to chunk, so steady-state decoding allocates nothing.
///
/// Characters that show nothing are left out of the UTF-16 view (their bytes stay in the
/// output): format characters (zero-width space and joiners, word joiner, soft hyphen, bidi
/// marks and controls, byte-order mark), NUL and other C0 controls but tab and line ends, and
/// combining marks after an ASCII character (`1\u{0301}`, `a\u{0301}`). Hidden inside a phone number, an e-mail
/// address or a card number they would split it for every rule, and part of it would pass; left
/// out, the rules see the identifier whole, and its span, mapped back to bytes, covers them.
struct UTF16Buffer {
    /// The decoded text.
    private(set) var units: [UInt16] = []
    /// `utf8Offsets[i]` is the byte offset (relative to the decoded range) where unit `i`
    /// starts; one extra entry at the end holds the byte length.
    private(set) var utf8Offsets: [Int32] = []

    /// The number of UTF-16 units.
    var count: Int { units.count }

    /// Decodes `bytes`, replacing the previous contents.
    /// - Throws: `InvalidUTF8` with the offset of the first byte that is not well-formed UTF-8
    ///   (relative to `bytes`).
    mutating func load(_ bytes: UnsafeBufferPointer<UInt8>) throws(InvalidUTF8) {
        units.removeAll(keepingCapacity: true)
        utf8Offsets.removeAll(keepingCapacity: true)
        units.reserveCapacity(bytes.count)
        utf8Offsets.reserveCapacity(bytes.count + 1)
        let n = bytes.count
        var i = 0
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                if Self.isHiddenControl(UInt32(b0)) {
                    i += 1  // NUL and other controls: invisible
                    continue
                }
                if b0 == 0x0A || b0 == 0x0D, joinsBreak(bytes, at: &i, length: b0 == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1) {
                    continue
                }
                if b0 | 0x20 == 0x6F, Self.isDigitLetterO(previous: units.last, next: i + 1 < n ? bytes[i + 1] : nil) {
                    units.append(0x30)
                    utf8Offsets.append(Int32(i))
                    i += 1
                    continue
                }
                units.append(UInt16(b0))
                utf8Offsets.append(Int32(i))
                i += 1
                continue
            }
            let scalar: UInt32
            let length: Int
            if b0 >= 0xC2 && b0 <= 0xDF {
                guard i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 else { throw InvalidUTF8(offset: i) }
                scalar = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                length = 2
            } else if b0 >= 0xE0 && b0 <= 0xEF {
                guard i + 2 < n else { throw InvalidUTF8(offset: i) }
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                // Reject overlong forms (E0 80..9F) and UTF-16 surrogates (ED A0..BF).
                let lower: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
                let upper: UInt8 = b0 == 0xED ? 0x9F : 0xBF
                guard b1 >= lower && b1 <= upper, b2 & 0xC0 == 0x80 else { throw InvalidUTF8(offset: i) }
                scalar = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                length = 3
            } else if b0 >= 0xF0 && b0 <= 0xF4 {
                guard i + 3 < n else { throw InvalidUTF8(offset: i) }
                let b1 = bytes[i + 1], b2 = bytes[i + 2], b3 = bytes[i + 3]
                let lower: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
                let upper: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
                guard b1 >= lower && b1 <= upper, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else {
                    throw InvalidUTF8(offset: i)
                }
                scalar = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                length = 4
            } else {
                throw InvalidUTF8(offset: i)
            }
            if Self.isInvisible(scalar, after: units.last) {
                i += length
                continue
            }
            if scalar == 0x2028 || scalar == 0x2029, joinsBreak(bytes, at: &i, length: length) {
                continue
            }
            if scalar >= 0x10000 {
                let v = scalar - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
                utf8Offsets.append(Int32(i))
                utf8Offsets.append(Int32(i))
            } else {
                units.append(UInt16(scalar))
                utf8Offsets.append(Int32(i))
            }
            i += length
        }
        utf8Offsets.append(Int32(n))
    }

    /// Whether a letter O (either case) between `previous` and `next` stands for a zero in a
    /// digit group (`+994 5O 123 45 67`): a digit on one side and no letter on the other.
    /// The rules then see a `0`; words (`CO2`, `Oslo`, `5 o'clock`) keep their O.
    @inline(__always)
    static func isDigitLetterO(previous: UInt16?, next: UInt8?) -> Bool {
        @inline(__always) func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
        @inline(__always) func isLetterOrMark(_ u: UInt16) -> Bool {
            (u | 0x20 >= 0x61 && u | 0x20 <= 0x7A) || u >= 0x80 || u == 0x27
        }
        let before = previous ?? 0x20
        let after = UInt16(next ?? 0x20)
        if isDigit(before) { return !isLetterOrMark(after) }
        if isDigit(after) { return !isLetterOrMark(before) }
        return false
    }

    /// How a line break inside an identifier's shape is seen by the rules.
    enum BreakJoin {
        /// A line break like any other.
        case keep
        /// Seen as a space: between two digit groups (`+994 50 123 45⏎67`).
        case space
        /// Left out: after a hyphen inside a word or number, next to a space between digit
        /// groups (`+994-50-⏎123-45-67`, `45 ⏎67`).
        case drop
        /// Left out with the spaces next to it: after or before `@` (`name@ ⏎example.az`, as
        /// format=flowed mail wraps it with a trailing space).
        case dropWithSpaces
        /// Cannot tell yet: the break ends the bytes at hand and what follows decides.
        case undecided
    }

    /// Whether the line break of `length` bytes at `start` (`\n`, `\r\n`, `\r`, U+2028,
    /// U+2029) continues an identifier: hard-wrapped mail and PDF text break phone numbers,
    /// addresses and account numbers inside their shape, and each half alone would pass.
    /// Only ASCII shapes join, so prose lines (letters on both sides) stay lines.
    static func join(_ bytes: UnsafeBufferPointer<UInt8>, breakAt start: Int, length: Int) -> BreakJoin {
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        @inline(__always) func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        guard start > 0 else { return .keep }
        var p = start - 1
        let before = bytes[p]
        var spaceBefore = false
        if before == 0x20 || before == 0x09 {
            guard p > 0 else { return .keep }
            p -= 1
            spaceBefore = true
        }
        let last = bytes[p]
        guard last == UInt8(ascii: "@") || last == UInt8(ascii: "-") || isDigit(last) else {
            // Only `@` can open the next line's part.
            let q = start + length
            if q >= bytes.count { return .keep }
            // (`last` is never a space: one space was stepped over above.)
            return bytes[q] == UInt8(ascii: "@") && isAlnum(last) ? .dropWithSpaces : .keep
        }
        var q = start + length
        if q >= bytes.count { return .undecided }
        var spaceAfter = false
        if bytes[q] == 0x20 || bytes[q] == 0x09 {
            q += 1
            spaceAfter = true
            if q >= bytes.count { return .undecided }
        }
        let next = bytes[q]
        switch last {
        case UInt8(ascii: "@"):
            return isAlnum(next) ? .dropWithSpaces : .keep
        case UInt8(ascii: "-"):
            // `345-⏎67`, also with a space the wrap left on either side (the rules allow one).
            guard isAlnum(next), p > 0, isAlnum(bytes[p - 1]) else { return .keep }
            return .drop
        default:  // a digit
            if next == UInt8(ascii: "@") { return .dropWithSpaces }
            guard isDigit(next) else { return .keep }
            return spaceBefore || spaceAfter ? .drop : .space
        }
    }

    /// Applies ``join(_:breakAt:length:)`` to the break at `i`: appends a space for it or
    /// nothing, advances `i` and returns true; false when the break stays a break.
    @inline(__always)
    private mutating func joinsBreak(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int, length: Int) -> Bool {
        switch Self.join(bytes, breakAt: i, length: length) {
        case .keep, .undecided:
            return false
        case .space:
            units.append(0x20)
            utf8Offsets.append(Int32(i))
            i += length
            return true
        case .drop:
            i += length
            return true
        case .dropWithSpaces:
            if let last = units.last, last == 0x20 || last == 0x09 {
                units.removeLast()
                utf8Offsets.removeLast()
            }
            i += length
            if i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            return true
        }
    }

    /// A C0 control other than tab and the line and page breaks (NUL, BEL, ESC, …): it shows
    /// nothing, so it is left out of the view.
    @inline(__always)
    static func isHiddenControl(_ v: UInt32) -> Bool {
        v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0B && v != 0x0C && v != 0x0D
    }

    /// Whether the line end whose `\n` is at `newline` (after a `\r` or alone) continues an
    /// identifier (``join(_:breakAt:length:)``), looking no further than `bytes`.
    static func joinLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, newlineAt newline: Int) -> BreakJoin {
        let crlf = newline > 0 && bytes[newline - 1] == 0x0D
        return join(bytes, breakAt: crlf ? newline - 1 : newline, length: crlf ? 2 : 1)
    }

    /// Whether `scalar` shows nothing and so is left out of the view: a format character, or
    /// a combining mark after a character that is not a letter (after a letter it is part of
    /// the letter: `и\u{0306}` is `й`).
    @inline(__always)
    static func isInvisible(_ scalar: UInt32, after previous: UInt16?) -> Bool {
        switch scalar {
        case 0xAD, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF:
            return true
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            // After ASCII (or nothing) a mark is left out: on digits and punctuation it is a
            // disguise, and on an ASCII letter (NFD text, or `a\u{0301}` hidden in an address)
            // the rules then see the plain letter, which every identifier rule and the name
            // lists' ASCII spellings know. After other letters it is part of them (`и\u{0306}`).
            guard let previous else { return true }
            return previous < 0x80
        default:
            return false
        }
    }

    /// `bytes` (valid UTF-8) as a string without the characters the view leaves out, so a
    /// stand-in is made from what the rules saw (`+994 50 1\u{200B}23…` → `+994 50 123…`).
    static func visibleText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(where: { $0 < 0x20 || $0 >= 0xC2 || $0 | 0x20 == 0x6F }) else { return text }
        var out = String.UnicodeScalarView()
        var previous: UInt16?
        let scalars = Array(text.unicodeScalars)
        for (k, scalar) in scalars.enumerated() {
            let v = scalar.value
            if isHiddenControl(v) || isInvisible(v, after: previous) { continue }
            if v | 0x20 == 0x6F, isDigitLetterO(previous: previous, next: k + 1 < scalars.count ? UInt8(truncatingIfNeeded: min(scalars[k + 1].value, 0x80)) : nil) {
                out.append("0")
                previous = 0x30
                continue
            }
            out.append(scalar)
            previous = v < 0x10000 ? UInt16(v) : 0xDC00
        }
        return String(out)
    }

    /// The UTF-8 byte offset of UTF-16 offset `index` (`0...count`).
    @inline(__always)
    func utf8Offset(_ index: Int) -> Int { Int(utf8Offsets[index]) }
}

/// Input that is not well-formed UTF-8: the error of streams and of the C interface.
///
/// Overlong forms, UTF-16 surrogates and truncated sequences all count as bad. The error
/// carries only an offset, never the input's text.
public struct InvalidUTF8: Error, Sendable, Hashable, CustomStringConvertible {
    /// Offset of the first bad byte, in bytes from the start of the input.
    public var offset: Int

    /// An error for the bad byte at `offset`.
    public init(offset: Int) { self.offset = offset }

    /// `invalid UTF-8 at byte offset N`.
    public var description: String { "invalid UTF-8 at byte offset \(offset)" }
}

extension InvalidUTF8 {
    /// The offset of the first byte of `bytes` that is not well-formed UTF-8, or nil when all are;
    /// a check to run before turning bytes into a `String`, which would replace bad bytes.
    public static func firstOffset(in bytes: [UInt8]) -> Int? {
        var buffer = UTF16Buffer()
        do {
            try bytes.withUnsafeBufferPointer { pointer throws(InvalidUTF8) in try buffer.load(pointer) }
            return nil
        } catch {
            return error.offset
        }
    }
}
