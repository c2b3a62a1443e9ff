extension EvalScorer {
    /// Scores one document's `predictions` against its gold spans.
    ///
    /// Throws when a gold or predicted span is empty or reaches past the text, naming the
    /// document and the span's index; nothing is added then.
    public mutating func add(document: GoldDocument, predictions: [PredictedSpan]) throws(EvalInputError) {
        let scalars = Array(document.text.unicodeScalars)
        let length = scalars.count
        let place = EvalInputError.Place(file: nil, document: document.id)
        try Self.check(document.spans.map(\.codePointRange), kind: "gold", length: length, at: place)
        try Self.check(predictions.map(\.codePointRange), kind: "predicted", length: length, at: place)

        let gold = document.spans
        let language = document.language.flatMap { $0.isEmpty ? nil : $0 } ?? Self.undeterminedLanguage
        let ordinal = documentCount
        documentCount += 1
        characters += length

        var isWhitespace = [Bool](repeating: false, count: length)
        for index in 0..<length { isWhitespace[index] = Self.isWhitespace(scalars[index]) }
        var covered = [Bool](repeating: false, count: length)
        for span in predictions { for index in span.codePointRange { covered[index] = true } }
        var coveredByName = [Bool](repeating: false, count: length)
        for span in predictions where EvalTargets.nameLabels.contains(span.label) {
            for index in span.codePointRange { coveredByName[index] = true }
        }
        var annotated = [Bool](repeating: false, count: length)
        for span in gold { for index in span.codePointRange { annotated[index] = true } }

        var documentCoverage = CoverageCounts(documents: 1, characters: length)
        for index in 0..<length where !isWhitespace[index] && !annotated[index] {
            documentCoverage.unannotatedCharacters += 1
            if covered[index] { documentCoverage.overRedactedCharacters += 1 }
            if coveredByName[index] { documentCoverage.nameOverRedactedCharacters += 1 }
        }
        coverage[language, default: .init()].add(documentCoverage)

        let goldIndex = IntervalIndex(gold.map(\.codePointRange))
        let predictionIndex = IntervalIndex(predictions.map(\.codePointRange))
        let predictedKeys = Set(predictions.map { ExactKey(range: $0.codePointRange, label: $0.label) })
        let goldKeys = Set(gold.map { ExactKey(range: $0.codePointRange, label: $0.label) })

        // Gold spans: recall, leak, misses.
        var leakedBySpan = [Int](repeating: 0, count: gold.count)
        for (spanIndex, span) in gold.enumerated() {
            var characters = 0
            var leaked = 0
            for index in span.codePointRange where !isWhitespace[index] {
                characters += 1
                if !covered[index] { leaked += 1 }
            }
            leakedBySpan[spanIndex] = leaked
            var row = SpanCounts(gold: 1, goldCharacters: characters, leakedCharacters: leaked,
                                 foundGold: leaked < characters ? 1 : 0)
            if span.label == EvalTargets.locationLabel, let countries {
                let surface = String(String.UnicodeScalarView(scalars[span.codePointRange]))
                let kind = countries.isCountry(surface, language: document.language) ? Self.countryLabel : Self.otherPlaceLabel
                locationKinds[LanguageLabel(language: language, label: kind), default: .init()].add(row)
            }
            if predictedKeys.contains(ExactKey(range: span.codePointRange, label: span.label)) { row.exactGold = 1 }
            if predictionIndex.overlapping(span.codePointRange).contains(where: { predictions[$0].label == span.label }) {
                row.overlapGold = 1
            }
            counts[LanguageLabel(language: language, label: span.label), default: .init()].add(row)
            guard leaked > 0, mayBeScored(span.label) else { continue }
            let mention = EvalMissedMention(
                document: document.id, codePointStart: span.codePointRange.lowerBound,
                codePointEnd: span.codePointRange.upperBound, label: span.label,
                text: String(String.UnicodeScalarView(scalars[span.codePointRange])), leakedCharacters: leaked)
            missedMentions.append(mention)
            var ranked = Ranked<EvalMiss>(weight: leaked, ordinal: ordinal, spanIndex: spanIndex)
            if worstMisses.accepts(ranked) {
                let context = ContextExcerpt(scalars: scalars, range: span.codePointRange, width: options.contextCodePoints)
                ranked.item = EvalMiss(mention: mention, contextBefore: context.before, contextAfter: context.after)
                worstMisses.insert(ranked)
            }
        }

        // Predictions: precision, per-rule counts, false alarms.
        for (spanIndex, span) in predictions.enumerated() {
            let overlapping = goldIndex.overlapping(span.codePointRange)
            let truePositive = overlapping.contains(where: { gold[$0].label == span.label })
            var row = SpanCounts(predicted: 1)
            if goldKeys.contains(ExactKey(range: span.codePointRange, label: span.label)) { row.exactPredicted = 1 }
            if truePositive { row.overlapPredicted = 1 }
            counts[LanguageLabel(language: language, label: span.label), default: .init()].add(row)
            rules[RuleLabel(rule: span.ruleID ?? Self.noRule, label: span.label), default: .init()]
                .add(truePositive ? RuleCounts(truePositives: 1) : RuleCounts(falsePositives: 1))
            guard overlapping.isEmpty, mayBeScored(span.label) else { continue }
            let characters = span.codePointRange.reduce(0) { $0 + (isWhitespace[$1] ? 0 : 1) }
            var ranked = Ranked<EvalFalseAlarm>(weight: characters, ordinal: ordinal, spanIndex: spanIndex)
            var list = falseAlarms[span.label] ?? newFalseAlarmList()
            if list.accepts(ranked) {
                let context = ContextExcerpt(scalars: scalars, range: span.codePointRange, width: options.contextCodePoints)
                ranked.item = EvalFalseAlarm(
                    document: document.id, codePointStart: span.codePointRange.lowerBound,
                    codePointEnd: span.codePointRange.upperBound, label: span.label, rule: span.ruleID,
                    text: context.text, characters: characters,
                    contextBefore: context.before, contextAfter: context.after)
                list.insert(ranked)
                falseAlarms[span.label] = list
            }
        }

        // Entities: protected only when every mention is fully covered.
        let entities = Self.entities(of: gold)
        for mentions in entities {
            let label = gold[mentions[0]].label
            var row = SpanCounts(entities: 1)
            if mentions.allSatisfy({ leakedBySpan[$0] == 0 }) { row.protectedEntities = 1 }
            counts[LanguageLabel(language: language, label: label), default: .init()].add(row)
        }

        addConsistency(document: document.id, scalars: scalars, gold: gold, entities: entities,
                       predictions: predictions, predictionIndex: predictionIndex)
    }

    /// Stand-in consistency of one document's entities (see ``EvalConsistency``).
    private mutating func addConsistency(document: String, scalars: [Unicode.Scalar], gold: [GoldSpan],
                                         entities: [[Int]], predictions: [PredictedSpan],
                                         predictionIndex: IntervalIndex)
    {
        let withReplacement = predictions.reduce(0) { $0 + ($1.replacement == nil ? 0 : 1) }
        guard withReplacement > 0 else { return }
        var counts = ConsistencyCounts(predictionsWithReplacement: withReplacement)
        // A mention's stand-in: the replacements of the predictions overlapping it, in the
        // text's order, whatever their labels: what a reader sees in its place. A mention two
        // predictions cover (`Оливеру` and `Кану` of `Оливеру Кану`) reads `Керему Чынару`.
        // (Before the eighth session of 2026-12-06 only the prediction overlapping it most counted.)
        // Words a replacement copies unchanged from its prediction's text outside the mention
        // (`улицы` of `улицы Ливерпуля` → `улицы Йеовиля` for the mention `Ливерпуля`, a kept
        // designator) are the text's own, not the mention's stand-in, and are left out of it.
        func words(_ range: Range<Int>) -> [String] {
            guard !range.isEmpty else { return [] }
            return String(String.UnicodeScalarView(scalars[range])).split(whereSeparator: \.isWhitespace).map(String.init)
        }
        func own(_ position: Int, in mention: Range<Int>) -> String? {
            guard let replacement = predictions[position].replacement else { return nil }
            let predicted = predictions[position].codePointRange.clamped(to: 0..<scalars.count)
            let outside = Set(words(predicted.lowerBound..<max(predicted.lowerBound, min(mention.lowerBound, predicted.upperBound)))
                              + words(min(predicted.upperBound, max(mention.upperBound, predicted.lowerBound))..<predicted.upperBound))
            guard !outside.isEmpty else { return replacement }
            let kept = replacement.split(whereSeparator: \.isWhitespace).filter { !outside.contains(String($0)) }
            return kept.isEmpty ? replacement : kept.joined(separator: " ")
        }
        let standIns: [String?] = gold.map { span in
            let covering = predictionIndex.overlapping(span.codePointRange)
                .filter { predictions[$0].replacement != nil && !predictions[$0].codePointRange.clamped(to: span.codePointRange).isEmpty }
                .sorted { (predictions[$0].codePointRange.lowerBound, $0) < (predictions[$1].codePointRange.lowerBound, $1) }
            let parts = covering.compactMap { own($0, in: span.codePointRange) }
            return parts.isEmpty ? nil : parts.joined(separator: " ")
        }
        var entityStandIns: [String] = []
        for mentions in entities where mayBeScored(gold[mentions[0]].label) {
            let replaced = mentions.filter { standIns[$0] != nil }
            // The entity's stand-in is that of its longest replaced mention (the first on a tie).
            let longest = replaced.max(by: { gold[$0].codePointRange.count < gold[$1].codePointRange.count })
            let full = longest.flatMap { standIns[$0] }
            if let full { entityStandIns.append(full) }
            guard mentions.count >= 2 else { continue }
            guard let full, replaced.count == mentions.count else {
                counts.entitiesWithUnreplacedMentions += 1
                continue
            }
            counts.entitiesChecked += 1
            if replaced.allSatisfy({ StandInConsistency.isShortForm(standIns[$0] ?? "", of: full) }) {
                counts.consistentEntities += 1
            } else {
                counts.inconsistentEntities.append(EvalInconsistentEntity(
                    document: document, label: gold[mentions[0]].label, entity: gold[mentions[0]].entity,
                    standIn: full,
                    mentions: mentions.map { position in
                        EvalInconsistentEntity.Mention(
                            text: String(String.UnicodeScalarView(scalars[gold[position].codePointRange])),
                            standIn: standIns[position] ?? "")
                    }))
            }
        }
        let k = entityStandIns.count
        counts.entityPairs = k * (k - 1) / 2
        var sharing: [String: Int] = [:]
        for standIn in entityStandIns { sharing[standIn, default: 0] += 1 }
        counts.collidingPairs = sharing.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        consistency.add(counts)
    }

    /// Whitespace as Python's `str.isspace` (which `Benchmarks/heldout/score.py` uses): the
    /// Unicode White_Space property plus the four information separators U+001C…U+001F.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// Gold span positions grouped by entity, in order of first mention: spans sharing an
    /// `entity` id form one group, a span without one is a group of its own.
    static func entities(of gold: [GoldSpan]) -> [[Int]] {
        var groups: [[Int]] = []
        var groupOfEntity: [String: Int] = [:]
        for (position, span) in gold.enumerated() {
            if let entity = span.entity {
                if let group = groupOfEntity[entity] {
                    groups[group].append(position)
                    continue
                }
                groupOfEntity[entity] = groups.count
            }
            groups.append([position])
        }
        return groups
    }

    private static func check(_ ranges: [Range<Int>], kind: String, length: Int, at place: EvalInputError.Place)
        throws(EvalInputError)
    {
        for (index, range) in ranges.enumerated() where range.lowerBound < 0 || range.upperBound > length || range.isEmpty {
            throw EvalInputError(.offset, at: place.span(index),
                "\(kind) span \(range.lowerBound)..<\(range.upperBound) must be non-empty and within the text's \(length) code points")
        }
    }
}

/// A span's range and label, for exact matching.
private struct ExactKey: Hashable {
    var range: Range<Int>
    var label: String
}
