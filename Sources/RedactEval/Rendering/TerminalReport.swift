/// Renders reports and comparisons as plain text for a terminal: one aligned table per view,
/// then the worst misses and false alarms in context.
public enum TerminalReport {
    /// The report: per-label rows and the overall row, per-language rows, consistency, per-rule
    /// counts, unscored predictions, worst misses and false alarms.
    public static func render(_ report: EvalReport) -> String {
        var out = "\(FigureFormat.count(report.documents)) documents, \(FigureFormat.count(report.characters)) code points"
        out += "; labels: " + (report.labels.isEmpty ? "none" : report.labels.joined(separator: ", ")) + "\n"
        if let rules = report.run.rules {
            out += "rules: \(rules)" + (report.run.rulesDigest.map { " (\($0))" } ?? "")
                + (report.run.standInScheme.map { ", stand-in scheme \($0)" } ?? "") + "\n"
        }
        out += "\n"

        var table = TextTable(metricColumns(leading: [("label", .left)]))
        for label in report.labels {
            table.add([label] + cells(report.perLabel[label]))
        }
        table.add(["all"] + cells(report.overall, withOver: true))
        out += table.render()

        if !report.perLanguage.isEmpty {
            out += "\n"
            var languages = TextTable(metricColumns(leading: [("lang", .left), ("label", .left)]))
            for language in report.perLanguage.keys.sorted() {
                guard let figures = report.perLanguage[language] else { continue }
                for label in figures.perLabel.keys.sorted() {
                    languages.add([language, label] + cells(figures.perLabel[label]))
                }
                languages.add([language, "all"] + cells(figures.overall, withOver: true))
            }
            out += languages.render()
            out += targetTable(report)
        }

        if let consistency = report.consistency {
            out += "\nconsistency: \(consistency.consistentEntities) of \(consistency.entitiesChecked) entities kept one stand-in"
            out += " (\(FigureFormat.percent(consistency.consistencyRate)))"
            out += "; \(consistency.collidingPairs) of \(consistency.entityPairs) entity pairs share a stand-in"
            out += " (distinct \(FigureFormat.percent(consistency.distinctRate)))\n"
        }

        if !report.perRule.isEmpty {
            out += "\n"
            var rules = TextTable([("rule", .left), ("labels", .left), ("TP", .right), ("FP", .right)])
            for rule in report.perRule.keys.sorted() {
                guard let counts = report.perRule[rule] else { continue }
                rules.add([rule, counts.labels.joined(separator: ","), String(counts.truePositives), String(counts.falsePositives)])
            }
            out += rules.render()
        }

        if !report.unscoredPredictions.isEmpty {
            out += "\nunscored predictions (no gold label): "
            out += report.unscoredPredictions.keys.sorted().map { "\($0) \(report.unscoredPredictions[$0] ?? 0)" }.joined(separator: ", ")
            out += "\n"
        }

        if !report.worstMisses.isEmpty {
            out += "\nworst misses:\n"
            for miss in report.worstMisses {
                let mention = miss.mention
                out += "  \(mention.document) \(mention.codePointStart)..<\(mention.codePointEnd) \(mention.label)"
                out += " \(mention.leakedCharacters) leaked: …\(miss.contextBefore)[\(oneLine(mention.text))]\(miss.contextAfter)…\n"
            }
        }
        if !report.falseAlarms.isEmpty {
            out += "\nfalse alarms:\n"
            for alarm in report.falseAlarms {
                out += "  \(alarm.document) \(alarm.codePointStart)..<\(alarm.codePointEnd) \(alarm.label)"
                out += alarm.rule.map { " (\($0))" } ?? ""
                out += ": …\(alarm.contextBefore)[\(oneLine(alarm.text))]\(alarm.contextAfter)…\n"
            }
        }
        return out
    }

    /// The comparison: per-label movements, the gate's verdict, and the mentions newly leaked and
    /// newly caught.
    public static func render(_ comparison: EvalComparison) -> String {
        var table = TextTable([
            ("label", .left), ("gold", .right), ("P exact", .right), ("ΔP", .right), ("R exact", .right), ("ΔR", .right),
            ("F1 exact", .right), ("ΔF1", .right), ("leak", .right), ("Δleak", .right),
        ])
        for delta in comparison.labels + [comparison.overall] {
            table.add([
                delta.label, "\(delta.currentGold)/\(delta.baselineGold)",
                FigureFormat.percent(delta.precisionExact.current), FigureFormat.points(delta.precisionExact.change),
                FigureFormat.percent(delta.recallExact.current), FigureFormat.points(delta.recallExact.change),
                FigureFormat.percent(delta.f1Exact.current), FigureFormat.points(delta.f1Exact.change),
                FigureFormat.percent(delta.leakRate.current, digits: 2), FigureFormat.points(delta.leakRate.change, digits: 2),
            ])
        }
        var out = table.render()
        let now = comparison.currentLeak
        let before = comparison.baselineLeak
        out += "\nleak rose: \(comparison.leakRose ? "yes" : "no")"
        out += " (\(now.leakedCharacters) of \(now.goldCharacters) characters now, \(before.leakedCharacters) of \(before.goldCharacters) in the baseline)\n"
        for (title, mentions) in [("newly leaked", comparison.newlyLeaked), ("newly caught", comparison.newlyCaught)] where !mentions.isEmpty {
            out += "\n\(title) (\(mentions.count)):\n"
            for mention in mentions {
                out += "  \(mention.document) \(mention.codePointStart)..<\(mention.codePointEnd) \(mention.label) \"\(oneLine(mention.text))\"\n"
            }
        }
        return out
    }

    /// The five target figures per language, each marked `ok` or `MISS` against its goal, as
    /// the corpora's `measure` script prints them.
    private static func targetTable(_ report: EvalReport) -> String {
        let rows = report.perLanguage.keys.sorted().compactMap { language in
            report.perLanguage[language]?.targets.map { (language, $0) }
        }
        guard !rows.isEmpty else { return "" }
        let kinds = EvalTargetFigure.Kind.allCases
        var table = TextTable([("targets", .left)] + kinds.map { kind in
            ("\(kind.title) \(kind.goalIsMaximum ? "<=" : ">=")\(FigureFormat.fixed(kind.goal * 100, digits: 0))%", .right)
        })
        for (language, targets) in rows {
            table.add([language + (targets.leakFromFound ? "*" : "")] + kinds.map { kind in
                guard let figure = targets.figure(kind), let value = figure.value else { return "-" }
                return FigureFormat.percent(value) + (figure.met == true ? " ok" : " MISS")
            })
        }
        var out = "\n" + table.render()
        let fromFound = rows.filter { $0.1.leakFromFound }.map(\.0)
        if !fromFound.isEmpty {
            out += "* \(fromFound.joined(separator: ", ")): every leak figure is 1 - found (spans hold case suffixes and titles)\n"
        }
        if rows.contains(where: { $0.1.otherPlaces == nil }) {
            out += "LOC non-country leak: no country classifier, LOCATION not split\n"
        }
        return out
    }

    private static func metricColumns(leading: [(String, TextTable.Alignment)]) -> [(String, TextTable.Alignment)] {
        leading + [
            ("gold", .right), ("pred", .right), ("P exact", .right), ("R exact", .right), ("F1 exact", .right),
            ("P overlap", .right), ("R overlap", .right), ("leak", .right), ("entity R", .right), ("over", .right),
        ]
    }

    private static func cells(_ metrics: EvalMetrics?, withOver: Bool = false) -> [String] {
        guard let metrics else { return [] }
        return [
            String(metrics.gold), String(metrics.predicted),
            FigureFormat.percent(metrics.precisionExact), FigureFormat.percent(metrics.recallExact),
            FigureFormat.percent(metrics.f1Exact), FigureFormat.percent(metrics.precisionOverlap),
            FigureFormat.percent(metrics.recallOverlap), FigureFormat.percent(metrics.leakRate, digits: 2),
            FigureFormat.percent(metrics.entityRecall), withOver ? FigureFormat.percent(metrics.overRedactionRate, digits: 2) : "",
        ]
    }

    static func oneLine(_ text: String) -> String {
        ContextExcerpt.oneLine(ArraySlice(text.unicodeScalars))
    }
}
