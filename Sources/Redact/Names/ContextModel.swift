/// The tags of the context model: BIO over three kinds of name.
enum ContextTag: Int, CaseIterable, Sendable {
    case outside = 0, beginPerson, insidePerson, beginLocation, insideLocation, beginOrganization, insideOrganization

    static let count = 7

    /// The kind of name the tag is part of, if any.
    var kind: ContextKind? {
        switch self {
        case .outside: return nil
        case .beginPerson, .insidePerson: return .person
        case .beginLocation, .insideLocation: return .location
        case .beginOrganization, .insideOrganization: return .organization
        }
    }

    var isBegin: Bool { self == .beginPerson || self == .beginLocation || self == .beginOrganization }

    static func begin(_ kind: ContextKind) -> ContextTag {
        switch kind {
        case .person: return .beginPerson
        case .location: return .beginLocation
        case .organization: return .beginOrganization
        }
    }

    static func inside(_ kind: ContextKind) -> ContextTag {
        switch kind {
        case .person: return .insidePerson
        case .location: return .insideLocation
        case .organization: return .insideOrganization
        }
    }

    /// BIO: an inside tag only continues a name of its kind.
    static func allowed(from previous: Int, to tag: Int) -> Bool {
        guard let t = ContextTag(rawValue: tag), !t.isBegin, let kind = t.kind else { return true }
        return ContextTag(rawValue: previous)?.kind == kind
    }
}

/// The kinds of name the context model tells apart.
enum ContextKind: Int, Sendable { case person = 0, location, organization }

/// A name the context model reads in a segment: tokens `start..<end`, its kind, and the margin
/// by which the best tagging beats the best one that leaves these tokens outside any name.
struct ContextSpan: Equatable, Sendable {
    var start: Int
    var end: Int
    var kind: ContextKind
    var margin: Float
}

/// The trained context model: quantized weights of hashed features, read where they lie.
///
/// Weights are one byte each, `buckets × 7` of them (bucket-major), each byte `0x20 + level`
/// with `level` in 0…94 decoded through `levels` (a square-root quantization: small weights
/// keep their sign and rough size); so the bytes are printable ASCII and live in the binary as
/// a `StaticString` literal (``GeneratedContextModel``), used with no parsing at start-up.
struct ContextModel: @unchecked Sendable {
    let buckets: Int
    let levels: [Float]
    /// `7 × 7` tag transition weights, previous tag major; a segment starts and ends after and
    /// before an outside word.
    let transitions: [Float]
    /// The least margin at which the model's reading makes a find (chosen on held-out
    /// training data by `redact train`).
    let threshold: Float
    private let bytes: UnsafePointer<UInt8>
    /// Keeps in-memory weights (a model just trained) alive.
    private let owner: [UInt8]?

    /// The model compiled into the binary, or nil when the build has none.
    static let embedded: ContextModel? = {
        let weights = GeneratedContextModel.weights
        guard GeneratedContextModel.buckets > 0, weights.utf8CodeUnitCount == GeneratedContextModel.buckets * ContextTag.count else {
            return nil
        }
        return ContextModel(buckets: GeneratedContextModel.buckets, levels: GeneratedContextModel.levels,
                            transitions: GeneratedContextModel.transitions, threshold: GeneratedContextModel.threshold,
                            bytes: weights.utf8Start, owner: nil)
    }()

    private init(buckets: Int, levels: [Float], transitions: [Float], threshold: Float, bytes: UnsafePointer<UInt8>, owner: [UInt8]?) {
        self.buckets = buckets
        self.levels = levels
        self.transitions = transitions
        self.threshold = threshold
        self.bytes = bytes
        self.owner = owner
    }

    /// A model over packed weight bytes held in memory (as ``ContextModelFile`` writes them).
    init(buckets: Int, levels: [Float], transitions: [Float], threshold: Float, packed: [UInt8]) {
        precondition(packed.count == buckets * ContextTag.count && buckets.nonzeroBitCount == 1)
        let pointer = packed.withUnsafeBufferPointer { $0.baseAddress! }
        self.init(buckets: buckets, levels: levels, transitions: transitions, threshold: threshold, bytes: pointer, owner: packed)
    }

    /// A copy with another threshold.
    func with(threshold: Float) -> ContextModel {
        ContextModel(buckets: buckets, levels: levels, transitions: transitions, threshold: threshold, bytes: bytes, owner: owner)
    }

    /// Adds the scores of `features` for each tag to `scores[offset..<offset+7]`.
    @inline(__always)
    func addEmissions(_ features: [UInt32], into scores: inout [Float], at offset: Int) {
        precondition(offset >= 0 && offset + ContextTag.count <= scores.count)
        let mask = UInt32(buckets - 1)
        let bytes = self.bytes
        levels.withUnsafeBufferPointer { levels in
            scores.withUnsafeMutableBufferPointer { scores in
                // Every byte is 0x20…0x7E (checked when the file was compiled), so the level
                // index is in 0..<95 and every read is in bounds.
                let out = scores.baseAddress! + offset
                let level = levels.baseAddress!
                for f in features {
                    let weights = bytes + Int(f & mask) &* ContextTag.count
                    for tag in 0..<ContextTag.count {
                        out[tag] += level[Int(weights[tag]) &- 0x20]
                    }
                }
            }
        }
    }
}

/// Viterbi decoding of one segment, shared by training and inference.
///
/// Why Viterbi over a segment and not the whole sentence: the model runs only on *segments*,
/// runs of words that could be part of a name (a capital; see `ContextSegments`), and every
/// word outside them is fixed to `O`. That is exact Viterbi over the sentence under the
/// constraint "no name without a capital", which holds for almost all names in the training
/// data; it lets the BIO transitions count (a name is one span, `I` follows `B`) at the cost of
/// only the candidate words, which keeps the filter's throughput.
enum ContextDecoder {
    /// The best tags of a segment of `count` words, with `emissions` 7 per word; words in
    /// `forcedOutside` (a range of word indices) may only be `O`. Returns the path and its score.
    static func viterbi(emissions: [Float], count: Int, transitions: [Float],
                        forcedOutside: Range<Int> = 0..<0) -> (path: [Int], score: Float) {
        let n = ContextTag.count
        var score = [Float](repeating: -.infinity, count: count * n)
        var back = [Int](repeating: 0, count: count * n)
        for tag in 0..<n where ContextTag.allowed(from: 0, to: tag) && (tag == 0 || !forcedOutside.contains(0)) {
            score[tag] = transitions[tag] + emissions[tag]
        }
        if count > 1 {
            for i in 1..<count {
                for tag in 0..<n where tag == 0 || !forcedOutside.contains(i) {
                    var best: Float = -.infinity
                    var arg = 0
                    for previous in 0..<n where ContextTag.allowed(from: previous, to: tag) {
                        let s = score[(i - 1) * n + previous] + transitions[previous * n + tag]
                        if s > best { best = s; arg = previous }
                    }
                    score[i * n + tag] = best + emissions[i * n + tag]
                    back[i * n + tag] = arg
                }
            }
        }
        var best: Float = -.infinity
        var arg = 0
        for tag in 0..<n {
            let s = score[(count - 1) * n + tag] + transitions[tag * n]
            if s > best { best = s; arg = tag }
        }
        var path = [Int](repeating: 0, count: count)
        path[count - 1] = arg
        if count > 1 {
            for i in stride(from: count - 1, to: 0, by: -1) { path[i - 1] = back[i * n + path[i]] }
        }
        return (path, best)
    }

    /// The kind whose first tag scores best for word `i` of emissions: where the model leans
    /// for a word its path leaves outside.
    static func leaning(emissions: [Float], at i: Int) -> ContextKind {
        let base = i * ContextTag.count
        let person = emissions[base + ContextTag.beginPerson.rawValue]
        let location = emissions[base + ContextTag.beginLocation.rawValue]
        let organization = emissions[base + ContextTag.beginOrganization.rawValue]
        if organization > person && organization > location { return .organization }
        return location > person ? .location : .person
    }

    /// The names of a decoded path, each with its margin: the best score less the best score
    /// of a path that leaves the name's words outside.
    static func spans(path: [Int], score: Float, emissions: [Float], transitions: [Float]) -> [ContextSpan] {
        var spans: [ContextSpan] = []
        var i = 0
        while i < path.count {
            guard let tag = ContextTag(rawValue: path[i]), let kind = tag.kind else { i += 1; continue }
            var end = i + 1
            while end < path.count, path[end] == ContextTag.inside(kind).rawValue { end += 1 }
            let without = viterbi(emissions: emissions, count: path.count, transitions: transitions, forcedOutside: i..<end).score
            spans.append(ContextSpan(start: i, end: end, kind: kind, margin: score - without))
            i = end
        }
        return spans
    }
}

/// Segments of a text that the context model reads: runs of candidate words (words the name
/// detector analyses: a capital) joined by a space or hyphen, an initial's dot, or one short
/// lower-case word between two of them (`Bank of Ganja`, `Universidad de Chile`).
enum ContextSegments {
    static func find(units: UnsafeBufferPointer<UInt16>, tokens: [WordToken], isCandidate: [Bool]) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var t = 0
        while t < tokens.count {
            guard isCandidate[t] else { t += 1; continue }
            var end = t + 1
            while end < tokens.count {
                guard joins(units, tokens, end - 1, end) else { break }
                if isCandidate[end] { end += 1; continue }
                // One short lower-case word between two candidates.
                let length = tokens[end].end - tokens[end].start
                if !tokens[end].isNumber, length <= 3, end + 1 < tokens.count, isCandidate[end + 1], joins(units, tokens, end, end + 1) {
                    end += 2
                    continue
                }
                break
            }
            segments.append(t..<end)
            t = end
        }
        return segments
    }

    private static func joins(_ units: UnsafeBufferPointer<UInt16>, _ tokens: [WordToken], _ a: Int, _ b: Int) -> Bool {
        let start = Int(tokens[a].end), end = Int(tokens[b].start)
        switch ContextFeatures.gapClass(units, start, end) {
        case 0: return end - start <= 2
        case 6: return end - start <= 3
        case 2:
            // `W. Sutton`: an initial's dot.
            return tokens[a].end - tokens[a].start == 1 && end - start <= 2 && units[start] == 0x2E
        default: return false
        }
    }
}
