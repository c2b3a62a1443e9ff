import RedactRules

/// One annotated document for training the context model.
public struct ContextTrainingDocument: Sendable {
    /// A name in the document: UTF-16 offsets and its kind.
    public struct Span: Sendable {
        public var start: Int
        public var end: Int
        /// `PERSON`, `LOCATION` or `ORGANIZATION`; any other label (`MISC`) is read as no name.
        public var label: String

        public init(start: Int, end: Int, label: String) {
            self.start = start
            self.end = end
            self.label = label
        }
    }

    public var text: String
    public var spans: [Span]
    /// Held out of training: the threshold is chosen and the model scored on these.
    public var isHeldOut: Bool

    public init(text: String, spans: [Span], isHeldOut: Bool) {
        self.text = text
        self.spans = spans
        self.isHeldOut = isHeldOut
    }
}

/// Trains the context model: an averaged perceptron over the hashed features of
/// `ContextFeatures`, decoded by `ContextDecoder` over the same segments the name detector
/// reads, with the default rule set's lists and cues as evidence features.
///
/// Deterministic: the documents in the order given, a fixed seed for the order of segments in
/// each epoch, a fixed number of epochs, no threads.
public struct ContextModelTrainer {
    /// Hash buckets (a power of two); 7 weights each.
    public var buckets = 1 << 17
    public var epochs = 6
    public var seed: UInt64 = 16
    /// The most that the model's finds may add to over-redaction on the held-out documents
    /// (characters outside any annotated name that become covered, as a share of them).
    public var maxAddedOverRedaction = 0.008

    public init() {}

    /// What training produced: the weights file's text and a report to print.
    public struct Result: Sendable {
        public var file: String
        public var report: String
    }

    /// A segment of training text with its features and gold tags.
    private struct Segment {
        var featureStarts: [Int]  // per word, into `features`; one more at the end
        var gold: [Int]
    }

    public func train(_ documents: [ContextTrainingDocument]) throws -> Result {
        let rules = try CompiledRuleSet(spec: DefaultRules.spec)
        guard let indices = rules.nameRuleIndices else { return Result(file: "", report: "the default rules have no name detection\n") }
        let detector = NameDetector(rules: rules.nameRules, personRule: indices.person, locationRule: indices.location,
                                    organizationRule: indices.organization, addressRule: indices.address, contextModel: nil)
        let segmenter = WordSegmenter()
        var features: [UInt32] = []
        var segments: [Segment] = []
        var report = ""
        var candidateWords = 0, nameWordsOutside = 0, nameWords = 0
        var tokens: [WordToken] = []
        for document in documents where !document.isHeldOut {
            let units = Array(document.text.utf16)
            units.withUnsafeBufferPointer { units in
                segmenter.segment(units, into: &tokens)
                Scanner.joinZeroWidthSplits(&tokens, units: units)
                let inputs = detector.contextInputs(units, tokens: tokens)
                let gold = Self.goldTags(tokens, document.spans)
                let extractor = ContextFeatures(units: units, tokens: tokens, evidence: inputs.evidence)
                for t in tokens.indices where gold[t] != 0 {
                    nameWords += 1
                    if !inputs.isCandidate[t] { nameWordsOutside += 1 }
                }
                for range in ContextSegments.find(units: units, tokens: tokens, isCandidate: inputs.isCandidate) {
                    var segment = Segment(featureStarts: [], gold: [])
                    var previous = 0
                    for t in range {
                        segment.featureStarts.append(features.count)
                        extractor.features(of: t, into: &features)
                        // BIO within the segment: a name cut by a word outside starts again.
                        var tag = gold[t]
                        if let kind = ContextTag(rawValue: tag)?.kind, !ContextTag(rawValue: tag)!.isBegin,
                           ContextTag(rawValue: previous)?.kind != kind {
                            tag = ContextTag.begin(kind).rawValue
                        }
                        segment.gold.append(tag)
                        previous = tag
                    }
                    segment.featureStarts.append(features.count)
                    candidateWords += range.count
                    segments.append(segment)
                }
            }
        }
        report += "training: \(segments.count) segments, \(candidateWords) words read by the model, \(features.count) features;\n"
        report += "  name words outside any segment (no capital): \(nameWordsOutside) of \(nameWords)\n"

        // Averaged perceptron (Collins 2002) with the usual lazy sum: w − u/c.
        let n = ContextTag.count
        var weights = [Float](repeating: 0, count: buckets * n)
        var sums = [Float](repeating: 0, count: buckets * n)
        var transitions = [Float](repeating: 0, count: n * n)
        var transitionSums = [Float](repeating: 0, count: n * n)
        var c: Float = 1
        let mask = UInt32(buckets - 1)
        var order = Array(segments.indices)
        var random = SplitMix64(seed: seed)
        var emissions: [Float] = []
        for epoch in 1...epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            var mistakes = 0
            for s in order {
                let segment = segments[s]
                let count = segment.gold.count
                emissions.removeAll(keepingCapacity: true)
                emissions.append(contentsOf: repeatElement(0, count: count * n))
                for i in 0..<count {
                    for k in segment.featureStarts[i]..<segment.featureStarts[i + 1] {
                        let base = Int(features[k] & mask) * n
                        for tag in 0..<n { emissions[i * n + tag] += weights[base + tag] }
                    }
                }
                let path = ContextDecoder.viterbi(emissions: emissions, count: count, transitions: transitions).path
                if path != segment.gold {
                    mistakes += 1
                    var previousGold = 0, previousPath = 0
                    for i in 0...count {
                        let g = i < count ? segment.gold[i] : 0
                        let p = i < count ? path[i] : 0
                        if g != p || previousGold != previousPath {
                            transitions[previousGold * n + g] += 1; transitionSums[previousGold * n + g] += c
                            transitions[previousPath * n + p] -= 1; transitionSums[previousPath * n + p] -= c
                        }
                        if i < count && g != p {
                            for k in segment.featureStarts[i]..<segment.featureStarts[i + 1] {
                                let base = Int(features[k] & mask) * n
                                weights[base + g] += 1; sums[base + g] += c
                                weights[base + p] -= 1; sums[base + p] -= c
                            }
                        }
                        previousGold = g
                        previousPath = p
                    }
                }
                c += 1
            }
            report += "epoch \(epoch): \(mistakes) segments mis-tagged of \(segments.count)\n"
        }
        for i in weights.indices { weights[i] -= sums[i] / c }
        for i in transitions.indices { transitions[i] -= transitionSums[i] / c }

        // Quantize: 95 levels, square-root spaced, symmetric about 0.
        let largest = max(weights.lazy.map { abs($0) }.max() ?? 1, 1e-6)
        let levels: [Float] = (0..<95).map { i in
            let q = Float(i - 47) / 47
            return (q < 0 ? -1 : 1) * q * q * largest
        }
        var packed = [UInt8](repeating: 0x20 + 47, count: weights.count)
        for i in weights.indices {
            let w = weights[i]
            let q = (w < 0 ? -1 : 1) * (abs(w) / largest).squareRoot() * 47
            packed[i] = UInt8(0x20 + 47 + Int(q.rounded()))
        }
        let nonzero = packed.lazy.filter { $0 != 0x20 + 47 }.count
        report += "weights: \(buckets) buckets × 7, \(nonzero) not zero after quantization (largest |w| \(largest))\n"

        // The threshold, on the held-out documents, with the quantized model as shipped.
        let model = ContextModel(buckets: buckets, levels: levels, transitions: transitions, threshold: .infinity, packed: packed)
        let (threshold, table) = chooseThreshold(documents.filter(\.isHeldOut), model: model, rules: rules, indices: indices)
        report += table
        let file = ContextModelCompiler.encode(ContextModelCompiler.Model(
            buckets: buckets, threshold: threshold, levels: levels, transitions: transitions,
            weights: String(decoding: packed, as: UTF8.self)))
        return Result(file: file, report: report)
    }

    /// The gold tag of each token: B or I of the kind of the span it overlaps.
    static func goldTags(_ tokens: [WordToken], _ spans: [ContextTrainingDocument.Span]) -> [Int] {
        var tags = [Int](repeating: 0, count: tokens.count)
        for span in spans {
            let kind: ContextKind
            switch span.label {
            case "PERSON": kind = .person
            case "LOCATION": kind = .location
            case "ORGANIZATION": kind = .organization
            default: continue
            }
            var first = true
            for t in tokens.indices where Int(tokens[t].start) < span.end && Int(tokens[t].end) > span.start {
                tags[t] = (first ? ContextTag.begin(kind) : ContextTag.inside(kind)).rawValue
                first = false
            }
        }
        return tags
    }

    /// Runs the rules on the held-out documents, collects the names the model reads beyond them
    /// with their margins, and picks the least margin at which the model's finds add at most
    /// `maxAddedOverRedaction` to over-redaction. Returns it and a table of the trade-off.
    private func chooseThreshold(_ documents: [ContextTrainingDocument], model: ContextModel, rules: CompiledRuleSet,
                                 indices: (person: Int, location: Int, organization: Int, address: Int)) -> (Float, String) {
        let detector = NameDetector(rules: rules.nameRules, personRule: indices.person, locationRule: indices.location,
                                    organizationRule: indices.organization, addressRule: indices.address, contextModel: model)
        let segmenter = WordSegmenter()
        var tokens: [WordToken] = []
        // Per proposal: margin, name characters it newly covers, other characters it newly covers.
        var goldTotal = 0, otherTotal = 0, goldCovered = 0, otherCovered = 0
        var proposals: [(margin: Float, document: Int, start: Int, end: Int)] = []
        var masks: [[UInt8]] = []  // per unit: 0 space, 1 name, 2 other, 3 MISC (neither)
        var covered: [[Bool]] = []
        for (d, document) in documents.enumerated() {
            let units = Array(document.text.utf16)
            var mask = units.map { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 ? UInt8(0) : 2 }
            for span in document.spans {
                let value: UInt8 = ["PERSON", "LOCATION", "ORGANIZATION"].contains(span.label) ? 1 : 3
                for p in span.start..<min(span.end, units.count) where mask[p] != 0 { mask[p] = value }
            }
            var cover = [Bool](repeating: false, count: units.count)
            units.withUnsafeBufferPointer { units in
                segmenter.segment(units, into: &tokens)
                Scanner.joinZeroWidthSplits(&tokens, units: units)
                var finds: [NameDetector.Find] = []
                var nameTokens: [NameDetector.NameToken] = []
                detector.contextProposals = []
                detector.detect(units, tokens: tokens, finds: &finds, nameTokens: &nameTokens)
                for find in finds { for p in find.start..<find.end { cover[p] = true } }
                for proposal in detector.contextProposals ?? [] {
                    proposals.append((proposal.margin, d, proposal.start, proposal.end))
                }
            }
            for p in mask.indices {
                if mask[p] == 1 { goldTotal += 1; if cover[p] { goldCovered += 1 } }
                if mask[p] == 2 { otherTotal += 1; if cover[p] { otherCovered += 1 } }
            }
            masks.append(mask)
            covered.append(cover)
        }
        detector.contextProposals = nil
        proposals.sort { $0.margin != $1.margin ? $0.margin > $1.margin : ($0.document, $0.start) < ($1.document, $1.start) }
        func share(_ a: Int, _ b: Int) -> String {
            guard b > 0 else { return "–" }
            let hundredths = (10_000 * a + b / 2) / b
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)%"
        }
        func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        var table = "held out: \(documents.count) documents; rules alone leave \(share(goldTotal - goldCovered, goldTotal)) of name characters visible, over-redact \(share(otherCovered, otherTotal))\n"
        table += "  margin ≥   names leaked   over-redaction   model finds\n"
        var threshold = Float.infinity
        var addedOther = 0
        var chosenRow = ""
        for (i, proposal) in proposals.enumerated() {
            for p in proposal.start..<proposal.end where !covered[proposal.document][p] {
                covered[proposal.document][p] = true
                switch masks[proposal.document][p] {
                case 1: goldCovered += 1
                case 2: otherCovered += 1; addedOther += 1
                default: break
                }
            }
            let margin = (proposal.margin * 100).rounded() / 100
            let row = pad("\(margin)", 10) + pad(share(goldTotal - goldCovered, goldTotal), 15)
                + pad(share(otherCovered, otherTotal), 17) + pad("\(i + 1)", 14) + "\n"
            if i % max(1, proposals.count / 12) == 0 { table += row }
            if Double(addedOther) <= maxAddedOverRedaction * Double(otherTotal) {
                threshold = proposal.margin
                chosenRow = row
            }
        }
        table += "chosen threshold \(threshold) (at most \(maxAddedOverRedaction * 100)% added over-redaction):\n" + chosenRow
        return (threshold, table)
    }
}

/// A small, fast, seeded generator (Steele, Lea and Flood's SplitMix64), so training orders
/// its segments the same way on every machine.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
