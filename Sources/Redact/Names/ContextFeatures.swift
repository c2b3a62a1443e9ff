/// The features of the context model for one word of a segmented text, hashed into bucket
/// numbers; one implementation serves training (`ContextModelTrainer`) and inference
/// (`NameDetector`), so the two cannot drift apart.
///
/// A feature is a template id mixed with FNV-1a over UTF-16 units lower-cased on the fly
/// (``ContextFeatures/lower(_:)``): no `String` is built per feature. The word lists enter
/// as *evidence bits* (``ContextEvidence``) that the name detector computes for the word and
/// its neighbours; the model weighs them like any other feature.
struct ContextFeatures {
    let units: UnsafeBufferPointer<UInt16>
    let tokens: [WordToken]
    /// Evidence bits per token (0 for a word the detector did not analyse: no capital).
    let evidence: [UInt32]

    /// The templates; the raw value is mixed into each hash, so renumbering changes the model.
    enum Template: UInt32 {
        case bias = 1, word, stem, apostropheSuffix, prefix, suffix, shape, script, casing, position, lineStart
        case previousWord, nextWord, previousWord2, nextWord2, previousCasing, nextCasing, gapBefore, gapAfter
        case evidence, evidenceAtSentenceStart, neighbourEvidence, initial, length, previousWordNextWord
    }

    /// Appends the hashes of word `t`'s features to `out`.
    func features(of t: Int, into out: inout [UInt32]) {
        let token = tokens[t]
        let start = Int(token.start), end = Int(token.end)
        out.append(Self.mix(Template.bias.rawValue, 0))
        out.append(hashLower(Template.word.rawValue, start, end))
        // Apostrophe suffixes (`Ankara'da`, `Ayşe’nin`): the stem and the suffix on their own.
        var apostrophe = -1
        var p = start + 1
        while p < end - 1 {
            let u = units[p]
            if u == 0x27 || u == 0x2019 || u == 0x02BC { apostrophe = p; break }
            p += 1
        }
        if apostrophe > 0 {
            out.append(hashLower(Template.stem.rawValue, start, apostrophe))
            out.append(hashLower(Template.apostropheSuffix.rawValue, apostrophe + 1, end))
        }
        let length = end - start
        for n in 1...4 where n < length {
            out.append(hashLower(Template.prefix.rawValue &* 8 &+ UInt32(n), start, start + n))
            let stemEnd = apostrophe > 0 ? apostrophe : end
            if n < stemEnd - start {
                out.append(hashLower(Template.suffix.rawValue &* 8 &+ UInt32(n), stemEnd - n, stemEnd))
            }
        }
        out.append(shapeHash(start, end))
        let casing = Self.casing(units, start, end)
        out.append(Self.mix(Template.script.rawValue, UInt32(Self.script(units, start, end).rawValue)))
        out.append(Self.mix(Template.casing.rawValue, UInt32(casing.rawValue)))
        let sentenceStart = Self.isSentenceStart(units, before: start)
        let position: UInt32 = sentenceStart ? 0 : (t > 0 && Self.isSentenceStart(units, before: Int(tokens[t - 1].start)) ? 1 : 2)
        out.append(Self.mix(Template.position.rawValue, position))
        if Self.isLineStart(units, before: start) { out.append(Self.mix(Template.lineStart.rawValue, 1)) }
        out.append(neighbourWord(Template.previousWord.rawValue, t - 1))
        out.append(neighbourWord(Template.nextWord.rawValue, t + 1))
        out.append(neighbourWord(Template.previousWord2.rawValue, t - 2))
        out.append(neighbourWord(Template.nextWord2.rawValue, t + 2))
        out.append(Self.mix(neighbourWord(Template.previousWordNextWord.rawValue, t - 1), neighbourWord(0, t + 1)))
        let previousCasing = t > 0 ? Self.casing(units, Int(tokens[t - 1].start), Int(tokens[t - 1].end)).rawValue : 7
        let nextCasing = t + 1 < tokens.count ? Self.casing(units, Int(tokens[t + 1].start), Int(tokens[t + 1].end)).rawValue : 7
        out.append(Self.mix(Template.previousCasing.rawValue, UInt32(previousCasing)))
        out.append(Self.mix(Template.nextCasing.rawValue, UInt32(nextCasing)))
        let gapBefore = t > 0 ? Self.gapClass(units, Int(tokens[t - 1].end), start) : 9
        let gapAfter = t + 1 < tokens.count ? Self.gapClass(units, end, Int(tokens[t + 1].start)) : 9
        out.append(Self.mix(Template.gapBefore.rawValue, UInt32(gapBefore)))
        out.append(Self.mix(Template.gapAfter.rawValue, UInt32(gapAfter)))
        var bits = evidence[t]
        while bits != 0 {
            let bit = UInt32(bits.trailingZeroBitCount)
            bits &= bits - 1
            out.append(Self.mix(Template.evidence.rawValue, bit))
            if sentenceStart { out.append(Self.mix(Template.evidenceAtSentenceStart.rawValue, bit)) }
        }
        if t > 0 { appendNeighbourEvidence(of: t - 1, side: 0, into: &out) }
        if t + 1 < tokens.count { appendNeighbourEvidence(of: t + 1, side: 64, into: &out) }
        if length == 1, end < units.count, units[end] == 0x2E, casing == .capitalized || casing == .allCaps {
            out.append(Self.mix(Template.initial.rawValue, 1))
        }
        out.append(Self.mix(Template.length.rawValue, UInt32(min(length, 12))))
    }

    private func appendNeighbourEvidence(of n: Int, side: UInt32, into out: inout [UInt32]) {
        var bits = evidence[n] & ContextEvidence.neighbourMask
        while bits != 0 {
            let bit = UInt32(bits.trailingZeroBitCount)
            bits &= bits - 1
            out.append(Self.mix(Template.neighbourEvidence.rawValue, side &+ bit))
        }
    }

    // MARK: Hashing

    /// FNV-1a over the lower-cased units `start..<end`, seeded by `template`.
    private func hashLower(_ template: UInt32, _ start: Int, _ end: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261 ^ template &* 0x9E37_79B1
        for p in start..<end {
            h = (h ^ UInt32(Self.lower(units[p]))) &* 16_777_619
        }
        return h
    }

    private func neighbourWord(_ template: UInt32, _ n: Int) -> UInt32 {
        guard n >= 0 else { return Self.mix(template, 0xFFFF_0001) }
        guard n < tokens.count else { return Self.mix(template, 0xFFFF_0002) }
        if tokens[n].isNumber { return Self.mix(template, 0xFFFF_0003) }
        return hashLower(template, Int(tokens[n].start), Int(tokens[n].end))
    }

    /// The word's shape with runs collapsed: `Xx`, `X`, `Xx'x`, `X.X`, `xXx`, `Xd`.
    private func shapeHash(_ start: Int, _ end: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261 ^ Template.shape.rawValue &* 0x9E37_79B1
        var last: UInt32 = 0
        for p in start..<end {
            let u = units[p]
            let c: UInt32
            if Self.isUpper(u) { c = 1 } else if Self.lower(u) != u || Self.isLowerLetter(u) { c = 2 } else if u >= 0x30 && u <= 0x39 { c = 3 } else { c = 4 &+ UInt32(u & 0xFF) }
            if c != last { h = (h ^ c) &* 16_777_619; last = c }
        }
        return h
    }

    /// Mixes two values into one well-spread hash (a 32-bit finalizer).
    @inline(__always)
    static func mix(_ a: UInt32, _ b: UInt32) -> UInt32 {
        var h = a &* 0x9E37_79B1 ^ (b &+ 0x7F4A_7C15) &* 0x85EB_CA6B
        h ^= h >> 16
        h = h &* 0x7FEB_352D
        h ^= h >> 15
        return h
    }

    // MARK: Units

    /// A UTF-16 unit lower-cased for the scripts Redact reads (Latin with Turkish and
    /// Azerbaijani letters, Cyrillic, Greek); `I ı İ i` are one letter, as in ``NameKey``.
    @inline(__always)
    static func lower(_ u: UInt16) -> UInt16 {
        if u < 0x80 { return u >= 0x41 && u <= 0x5A ? u | 0x20 : u }
        switch u {
        case 0xC0...0xDE where u != 0xD7: return u + 0x20
        case 0x130, 0x131: return 0x69
        case 0x100...0x137 where u & 1 == 0: return u + 1
        case 0x139...0x148 where u & 1 == 1: return u + 1
        case 0x14A...0x177 where u & 1 == 0: return u + 1
        case 0x178: return 0xFF
        case 0x179...0x17E where u & 1 == 1: return u + 1
        // Azerbaijani `ə` read as Turkish `e` (`Gəncə` ~ `Gence`): the Turkish data carries Azerbaijani.
        case 0x18F, 0x259: return 0x65
        case 0x391...0x3A9: return u + 0x20
        case 0x400...0x40F: return u + 0x50
        case 0x410...0x42F: return u + 0x20
        case 0x460...0x4FF where u & 1 == 0 && !(0x482...0x489).contains(u) && u != 0x4C0: return u + 1
        default: return u
        }
    }

    @inline(__always)
    static func isUpper(_ u: UInt16) -> Bool {
        if u < 0x80 { return u >= 0x41 && u <= 0x5A }
        if u == 0x131 || u == 0x259 { return false }
        return lower(u) != u
    }

    @inline(__always)
    static func isLowerLetter(_ u: UInt16) -> Bool {
        if u < 0x80 { return u >= 0x61 && u <= 0x7A }
        switch u {
        case 0xDF...0xFF where u != 0xF7: return true
        case 0x101...0x17F, 0x259, 0x3AC...0x3CE, 0x430...0x45F, 0x461...0x4FF: return true
        default: return false
        }
    }

    enum Casing: UInt8 { case lower = 0, capitalized, allCaps, mixed, other }

    static func casing(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Casing {
        var upper = 0, lowerCount = 0
        for p in start..<end {
            let u = units[p]
            if isUpper(u) { upper += 1 } else if isLowerLetter(u) { lowerCount += 1 }
        }
        if upper == 0 { return lowerCount > 0 ? .lower : .other }
        if lowerCount == 0 { return .allCaps }
        return isUpper(units[start]) && upper == 1 ? .capitalized : .mixed
    }

    enum Script: UInt8 { case latin = 0, cyrillic, greek, other, mixed }

    static func script(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Script {
        var seen: Script? = nil
        for p in start..<end {
            let u = units[p]
            let s: Script
            if (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || (u >= 0xC0 && u <= 0x24F) || u == 0x259 { s = .latin }
            else if u >= 0x400 && u <= 0x4FF { s = .cyrillic }
            else if u >= 0x370 && u <= 0x3FF { s = .greek }
            else if u < 0x80 { continue }
            else { s = .other }
            if let known = seen, known != s { return .mixed }
            seen = s
        }
        return seen ?? .other
    }

    /// What lies between two words, spaces ignored (so `Ankara , 5` and `Ankara, 5` agree):
    /// 0 nothing, 1 comma, 2 sentence end, 3 colon or semicolon, 4 quote, 5 bracket, 6 hyphen
    /// or dash, 7 line break, 8 other.
    static func gapClass(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> UInt8 {
        var result: UInt8 = 0
        for p in start..<end {
            let u = units[p]
            switch u {
            case 0x20, 0x09, 0xA0: continue
            case 0x0A, 0x0D: return 7
            case 0x2C: result = max(result, 1)
            case 0x2E, 0x21, 0x3F, 0x2026: result = max(result, 2)
            case 0x3A, 0x3B: result = max(result, 3)
            case 0x22, 0x27, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2018, 0x2019: result = max(result, 4)
            case 0x28, 0x29, 0x5B, 0x5D: result = max(result, 5)
            case 0x2D, 0x2013, 0x2014: result = max(result, 6)
            default: result = 8
            }
        }
        return result
    }

    /// Whether a sentence starts at `start`: only spaces, quotes, brackets and dashes lie
    /// between it and the text's start, a line break, or a sentence's final punctuation.
    static func isSentenceStart(_ units: UnsafeBufferPointer<UInt16>, before start: Int) -> Bool {
        var p = start - 1
        while p >= 0 {
            switch units[p] {
            case 0x20, 0x09, 0xA0, 0x22, 0xAB, 0x201C, 0x201E, 0x28, 0x2D, 0x2014, 0x2013, 0x2018, 0x27, 0xFEFF, 0x2A, 0x2022:
                p -= 1
            case 0x0A, 0x0D, 0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B:
                return true
            default:
                return false
            }
        }
        return true
    }

    static func isLineStart(_ units: UnsafeBufferPointer<UInt16>, before start: Int) -> Bool {
        var p = start - 1
        while p >= 0 && (units[p] == 0x20 || units[p] == 0x09 || units[p] == 0xFEFF) { p -= 1 }
        return p < 0 || units[p] == 0x0A || units[p] == 0x0D
    }
}

/// What the word lists, morphology and cues say about one word, as bits the context model
/// reads as features (`NameDetector.contextEvidence`).
enum ContextEvidence {
    static let givenName: UInt32 = 1 << 0
    static let surname: UInt32 = 1 << 1
    static let patronymic: UInt32 = 1 << 2
    static let place: UInt32 = 1 << 3
    static let largePlace: UInt32 = 1 << 4
    static let commonWord: UInt32 = 1 << 5
    static let country: UInt32 = 1 << 6
    static let nationality: UInt32 = 1 << 7
    static let calendar: UInt32 = 1 << 8
    static let surnameShape: UInt32 = 1 << 9
    static let weakSurnameShape: UInt32 = 1 << 10
    static let patronymicShape: UInt32 = 1 << 11
    static let notName: UInt32 = 1 << 12
    static let titleBefore: UInt32 = 1 << 13
    static let cueAfter: UInt32 = 1 << 14
    static let placeCueAround: UInt32 = 1 << 15
    static let caseSuffix: UInt32 = 1 << 16
    static let orgDesignator: UInt32 = 1 << 17
    static let nameSpelling: UInt32 = 1 << 18
    static let placeSpelling: UInt32 = 1 << 19
    /// Every analysed word has this bit: "the detector looked at it".
    static let analysed: UInt32 = 1 << 20
    /// The bits a neighbour's features carry (its lists, not its cues).
    static let neighbourMask: UInt32 = givenName | surname | patronymic | place | commonWord | country | surnameShape | orgDesignator
}
