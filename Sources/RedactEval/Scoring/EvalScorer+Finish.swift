extension EvalScorer {
    /// The report of every document added, with `run` as its metadata.
    ///
    /// The scored labels are ``EvalOptions/labels`` or, when that is `nil`, every label with a
    /// gold span in the run; only they enter the overall figures, the per-rule counts and the
    /// lists, while predictions of other labels are counted in
    /// ``EvalReport/unscoredPredictions``.
    public func finish(run: EvalRun = .init()) -> EvalReport {
        let scored: Set<String> = options.labels
            ?? Set(counts.filter { $0.value.gold > 0 }.map(\.key.label))
        let labels = scored.sorted()

        var perLabelCounts: [String: SpanCounts] = [:]
        var languageCounts: [String: SpanCounts] = [:]
        var languageLabelCounts: [String: [String: SpanCounts]] = [:]
        var overallCounts = SpanCounts()
        var unscored: [String: Int] = [:]
        for (key, value) in counts {
            guard scored.contains(key.label) else {
                if value.predicted > 0 { unscored[key.label, default: 0] += value.predicted }
                continue
            }
            perLabelCounts[key.label, default: .init()].add(value)
            languageCounts[key.language, default: .init()].add(value)
            languageLabelCounts[key.language, default: [:]][key.label, default: .init()].add(value)
            overallCounts.add(value)
        }
        var allCoverage = CoverageCounts()
        for value in coverage.values { allCoverage.add(value) }

        var perLabel: [String: EvalMetrics] = [:]
        for label in labels { perLabel[label] = EvalMetrics(perLabelCounts[label] ?? .init()) }

        var perLanguage: [String: EvalLanguageMetrics] = [:]
        for (language, languageCoverage) in coverage {
            perLanguage[language] = EvalLanguageMetrics(
                documents: languageCoverage.documents, characters: languageCoverage.characters,
                overall: EvalMetrics(languageCounts[language] ?? .init(), coverage: languageCoverage),
                perLabel: (languageLabelCounts[language] ?? [:]).mapValues { EvalMetrics($0) },
                targets: targets(language: language, coverage: languageCoverage))
        }

        var perRuleCounts: [String: (RuleCounts, Set<String>)] = [:]
        for (key, value) in rules where scored.contains(key.label) {
            var entry = perRuleCounts[key.rule] ?? (RuleCounts(), [])
            entry.0.add(value)
            entry.1.insert(key.label)
            perRuleCounts[key.rule] = entry
        }
        let perRule = perRuleCounts.mapValues {
            EvalRuleCounts(truePositives: $0.0.truePositives, falsePositives: $0.0.falsePositives, labels: $0.1.sorted())
        }

        var alarms = newFalseAlarmList()
        for (label, list) in falseAlarms where scored.contains(label) {
            for alarm in list.items { alarms.insert(alarm) }
        }

        let consistencyFigures: EvalConsistency? = consistency.predictionsWithReplacement == 0 ? nil : EvalConsistency(
            predictionsWithReplacement: consistency.predictionsWithReplacement,
            entitiesChecked: consistency.entitiesChecked,
            consistentEntities: consistency.consistentEntities,
            consistencyRate: EvalMetrics.ratio(consistency.consistentEntities, consistency.entitiesChecked),
            entitiesWithUnreplacedMentions: consistency.entitiesWithUnreplacedMentions,
            entityPairs: consistency.entityPairs,
            collidingPairs: consistency.collidingPairs,
            distinctRate: EvalMetrics.ratio(consistency.entityPairs - consistency.collidingPairs, consistency.entityPairs),
            inconsistentEntities: consistency.inconsistentEntities.filter { scored.contains($0.label) })

        return EvalReport(
            schema: EvalReport.schemaIdentifier, run: run, options: options,
            documents: documentCount, characters: characters, labels: labels,
            overall: EvalMetrics(overallCounts, coverage: allCoverage),
            perLabel: perLabel, perLanguage: perLanguage, perRule: perRule, unscoredPredictions: unscored,
            consistency: consistencyFigures,
            worstMisses: worstMisses.items.compactMap(\.item),
            falseAlarms: alarms.items.compactMap(\.item),
            missedMentions: missedMentions.filter { scored.contains($0.label) })
    }

    /// The target figures of `language`, from every gold label's counts whatever the scored
    /// labels: the targets are defined on PERSON, LOCATION and ORGANIZATION alone.
    private func targets(language: String, coverage: CoverageCounts) -> EvalTargets {
        func counts(_ label: String) -> SpanCounts { self.counts[LanguageLabel(language: language, label: label)] ?? .init() }
        func kind(_ label: String) -> SpanCounts? {
            countries == nil ? nil : locationKinds[LanguageLabel(language: language, label: label)] ?? .init()
        }
        return EvalTargets(language: language, person: counts(EvalTargets.personLabel), countries: kind(Self.countryLabel),
                           otherPlaces: kind(Self.otherPlaceLabel), organization: counts(EvalTargets.organizationLabel),
                           coverage: coverage)
    }
}
