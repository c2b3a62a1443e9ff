/// Renders a report, and optionally its comparison with a baseline, as one self-contained HTML
/// page: inline CSS, no script, no font or file from elsewhere.
///
/// Every figure sits in an element with a stable id whose text is the figure as shown and whose
/// `data-value` is the exact rate, for tests that read the page in a browser:
/// `precision-exact-L`, `recall-exact-L`, `f1-exact-L`, `precision-overlap-L`,
/// `recall-overlap-L`, `leak-L`, `entity-recall-L` for each label `L` (its id token: ASCII
/// letters, digits, `-`, `_`, the rest as `_`) and `…-overall` for all labels;
/// `over-redaction-overall`; `leak-lang-X` and `over-redaction-lang-X` per language; the target
/// figures `target-F-lang-X` per language (`F` a figure's JSON name, `person_found` …, class
/// `better` when the goal is met and `worse` when not); the bars
/// `bar-recall-L` and `bar-leak-L`; and with a comparison `delta-leak-L`, `delta-recall-exact-L`,
/// `delta-f1-exact-L`, `leak-rose`, and the lists `newly-leaked` and `newly-caught`.
public enum HTMLReport {
    /// The page for `report`, with a comparison section when `comparison` is given.
    public static func render(_ report: EvalReport, comparison: EvalComparison? = nil) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Redact evaluation</title>
            <style>\(style)</style>
            </head>
            <body>
            <h1>Redact evaluation</h1>

            """
        html += "<p class=\"summary\"><span id=\"documents\">\(report.documents)</span> documents, "
        html += "<span id=\"characters\">\(report.characters)</span> code points; labels: "
        html += escape(report.labels.joined(separator: ", ")) + "</p>\n"
        html += runSection(report.run)
        html += labelSection(report)
        html += barSection(report)
        html += languageSection(report)
        html += targetSection(report)
        if let comparison { html += comparisonSection(comparison) }
        html += consistencySection(report)
        html += missSection(report)
        html += falseAlarmSection(report)
        html += "</body>\n</html>\n"
        return html
    }

    private static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1d1d1f;max-width:72rem}
        table{border-collapse:collapse;margin:0.5rem 0 1.5rem}
        th,td{padding:0.25rem 0.6rem;border-bottom:1px solid #ddd;text-align:right;font-variant-numeric:tabular-nums}
        th:first-child,td:first-child{text-align:left}
        tr.overall{font-weight:600}
        .bars{display:grid;grid-template-columns:10rem 1fr 1fr;gap:0.3rem 1rem;align-items:center;margin-bottom:1.5rem}
        .bar{position:relative;background:#eee;height:1.2rem;border-radius:3px}
        .bar .fill{height:100%;border-radius:3px}
        .bar.recall .fill{background:#3a7d44}
        .bar.leak .fill{background:#c0392b}
        .bar .value{position:absolute;left:0.4rem;top:0;font-size:0.8rem;line-height:1.2rem}
        mark{background:#ffd54f;padding:0 0.1rem}
        mark.false-alarm{background:#b3d4fc}
        li{margin:0.3rem 0}
        .context{font-family:ui-monospace,monospace;white-space:pre-wrap}
        .meta{color:#555}
        .worse{color:#c0392b;font-weight:600}
        .better{color:#3a7d44;font-weight:600}
        """

    private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A table cell holding a rate, with id `name-token`.
    private static func rateCell(_ name: String, _ token: String, _ value: Double?, digits: Int = 1) -> String {
        let data = value.map { " data-value=\"\($0)\"" } ?? ""
        return "<td id=\"\(name)-\(token)\"\(data)>\(FigureFormat.percent(value, digits: digits))</td>"
    }

    private static func metricRow(_ title: String, token: String, _ metrics: EvalMetrics, overall: Bool) -> String {
        var row = "<tr class=\"\(overall ? "overall" : "label")\" data-label=\"\(escape(title))\"><td>\(escape(title))</td>"
        row += "<td id=\"gold-\(token)\">\(metrics.gold)</td><td id=\"predicted-\(token)\">\(metrics.predicted)</td>"
        row += rateCell("precision-exact", token, metrics.precisionExact)
        row += rateCell("recall-exact", token, metrics.recallExact)
        row += rateCell("f1-exact", token, metrics.f1Exact)
        row += rateCell("precision-overlap", token, metrics.precisionOverlap)
        row += rateCell("recall-overlap", token, metrics.recallOverlap)
        row += rateCell("leak", token, metrics.leakRate, digits: 2)
        row += rateCell("entity-recall", token, metrics.entityRecall)
        row += overall ? rateCell("over-redaction", token, metrics.overRedactionRate, digits: 2) : "<td></td>"
        return row + "</tr>\n"
    }

    private static let metricHeader = """
        <thead><tr><th>label</th><th>gold</th><th>pred</th><th>P exact</th><th>R exact</th><th>F1 exact</th>\
        <th>P overlap</th><th>R overlap</th><th>leak</th><th>entity R</th><th>over-redaction</th></tr></thead>

        """

    private static func runSection(_ run: EvalRun) -> String {
        let fields: [(String, String?)] = [
            ("rules", run.rules), ("rules digest", run.rulesDigest),
            ("stand-in scheme", run.standInScheme.map(String.init)), ("command", run.command),
            ("gold", run.gold), ("predictions", run.predictions), ("version", run.version),
        ]
        let known = fields.compactMap { name, value in value.map { (name, $0) } }
        guard !known.isEmpty else { return "" }
        return "<dl class=\"run\">" + known.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>\n"
    }

    private static func labelSection(_ report: EvalReport) -> String {
        var html = "<section id=\"labels\">\n<h2>Per label</h2>\n<table class=\"figures\">\n" + metricHeader + "<tbody>\n"
        for label in report.labels {
            guard let metrics = report.perLabel[label] else { continue }
            html += metricRow(label, token: HTMLEscaping.idToken(label), metrics, overall: false)
        }
        html += metricRow("all", token: "overall", report.overall, overall: true)
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private static func bar(_ kind: String, token: String, _ value: Double?, digits: Int) -> String {
        let width = FigureFormat.fixed(min(1, max(0, value ?? 0)) * 100, digits: 2)
        return "<div class=\"bar \(kind)\"><div class=\"fill\" style=\"width:\(width)%\"></div>"
            + "<span class=\"value\" id=\"bar-\(kind)-\(token)\">\(FigureFormat.percent(value, digits: digits))</span></div>"
    }

    private static func barSection(_ report: EvalReport) -> String {
        var html = "<section id=\"bars\">\n<h2>Recall (overlap) and leak rate</h2>\n<div class=\"bars\">\n"
        html += "<div></div><div class=\"meta\">recall</div><div class=\"meta\">leak</div>\n"
        for label in report.labels {
            guard let metrics = report.perLabel[label] else { continue }
            let token = HTMLEscaping.idToken(label)
            html += "<div>\(escape(label))</div>" + bar("recall", token: token, metrics.recallOverlap, digits: 1)
                + bar("leak", token: token, metrics.leakRate, digits: 2) + "\n"
        }
        return html + "</div>\n</section>\n"
    }

    private static func languageSection(_ report: EvalReport) -> String {
        guard !report.perLanguage.isEmpty else { return "" }
        var html = "<section id=\"languages\">\n<h2>Per language</h2>\n<table>\n<thead><tr><th>language</th><th>documents</th>"
        html += "<th>gold</th><th>R exact</th><th>R overlap</th><th>leak</th><th>over-redaction</th></tr></thead>\n<tbody>\n"
        for language in report.perLanguage.keys.sorted() {
            guard let figures = report.perLanguage[language] else { continue }
            let token = "lang-" + HTMLEscaping.idToken(language)
            html += "<tr><td>\(escape(language))</td><td>\(figures.documents)</td><td>\(figures.overall.gold)</td>"
            html += rateCell("recall-exact", token, figures.overall.recallExact)
            html += rateCell("recall-overlap", token, figures.overall.recallOverlap)
            html += rateCell("leak", token, figures.overall.leakRate, digits: 2)
            html += rateCell("over-redaction", token, figures.overall.overRedactionRate, digits: 2) + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private static func targetSection(_ report: EvalReport) -> String {
        let rows = report.perLanguage.keys.sorted().compactMap { language in
            report.perLanguage[language]?.targets.map { (language, $0) }
        }
        guard !rows.isEmpty else { return "" }
        let kinds = EvalTargetFigure.Kind.allCases
        var html = "<section id=\"targets\">\n<h2>Targets</h2>\n<table>\n<thead><tr><th>language</th>"
        for kind in kinds {
            html += "<th>\(escape(kind.title)) \(kind.goalIsMaximum ? "≤" : "≥") \(FigureFormat.fixed(kind.goal * 100, digits: 0))%</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (language, targets) in rows {
            let token = "lang-" + HTMLEscaping.idToken(language)
            html += "<tr><td>\(escape(language))\(targets.leakFromFound ? " (leak = 1 − found)" : "")</td>"
            for kind in kinds {
                let figure = targets.figure(kind)
                let verdict = figure?.met.map { $0 ? " class=\"better\"" : " class=\"worse\"" } ?? ""
                let data = figure?.value.map { " data-value=\"\($0)\"" } ?? ""
                html += "<td id=\"target-\(kind.rawValue)-\(token)\"\(verdict)\(data)>\(FigureFormat.percent(figure?.value))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private static func deltaCell(_ name: String, _ token: String, _ delta: EvalDelta, digits: Int = 1, higherIsWorse: Bool = false) -> String {
        var classes = ""
        if let change = delta.change, change != 0 {
            classes = " class=\"\((change > 0) == higherIsWorse ? "worse" : "better")\""
        }
        let data = delta.change.map { " data-value=\"\($0)\"" } ?? ""
        return "<td id=\"delta-\(name)-\(token)\"\(classes)\(data)>\(FigureFormat.points(delta.change, digits: digits))</td>"
    }

    private static func comparisonSection(_ comparison: EvalComparison) -> String {
        var html = "<section id=\"comparison\">\n<h2>Against the baseline</h2>\n"
        html += "<p>Leak rate rose: <strong id=\"leak-rose\" class=\"\(comparison.leakRose ? "worse" : "better")\">"
        html += comparison.leakRose ? "yes" : "no"
        html += "</strong> (\(comparison.currentLeak.leakedCharacters) of \(comparison.currentLeak.goldCharacters) characters now, "
        html += "\(comparison.baselineLeak.leakedCharacters) of \(comparison.baselineLeak.goldCharacters) in the baseline)</p>\n"
        html += "<table>\n<thead><tr><th>label</th><th>gold now/base</th><th>R exact</th><th>ΔR</th><th>F1 exact</th><th>ΔF1</th>"
        html += "<th>leak</th><th>Δleak</th></tr></thead>\n<tbody>\n"
        let rows = comparison.labels.map { ($0, HTMLEscaping.idToken($0.label)) } + [(comparison.overall, "overall")]
        for (delta, token) in rows {
            html += "<tr><td>\(escape(delta.label))</td><td>\(delta.currentGold)/\(delta.baselineGold)</td>"
            html += "<td>\(FigureFormat.percent(delta.recallExact.current))</td>" + deltaCell("recall-exact", token, delta.recallExact)
            html += "<td>\(FigureFormat.percent(delta.f1Exact.current))</td>" + deltaCell("f1-exact", token, delta.f1Exact)
            html += "<td>\(FigureFormat.percent(delta.leakRate.current, digits: 2))</td>"
            html += deltaCell("leak", token, delta.leakRate, digits: 2, higherIsWorse: true) + "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        for (id, title, mentions) in [("newly-leaked", "Newly leaked", comparison.newlyLeaked),
                                      ("newly-caught", "Newly caught", comparison.newlyCaught)] {
            html += "<h3>\(title) (\(mentions.count))</h3>\n<ul id=\"\(id)\">\n"
            for mention in mentions {
                html += "<li data-document=\"\(escape(mention.document))\"><span class=\"meta\">\(escape(mention.document)) "
                html += "\(mention.codePointStart)–\(mention.codePointEnd) \(escape(mention.label))</span> "
                html += "<mark>\(escape(mention.text))</mark></li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    private static func consistencySection(_ report: EvalReport) -> String {
        guard let consistency = report.consistency else { return "" }
        var html = "<section id=\"consistency\">\n<h2>Stand-in consistency</h2>\n<p>"
        html += "<span id=\"consistency-rate\"\(consistency.consistencyRate.map { " data-value=\"\($0)\"" } ?? "")>\(FigureFormat.percent(consistency.consistencyRate))</span> of "
        html += "\(consistency.entitiesChecked) entities kept one stand-in; "
        html += "<span id=\"colliding-pairs\">\(consistency.collidingPairs)</span> of \(consistency.entityPairs) entity pairs "
        html += "share a stand-in (<span id=\"distinct-rate\"\(consistency.distinctRate.map { " data-value=\"\($0)\"" } ?? "")>\(FigureFormat.percent(consistency.distinctRate))</span> distinct).</p>\n"
        return html + "</section>\n"
    }

    private static func missSection(_ report: EvalReport) -> String {
        let items = report.worstMisses.map { miss in
            listItem(class: "miss", document: miss.mention.document,
                     meta: "\(miss.mention.label), \(miss.mention.leakedCharacters) leaked",
                     before: miss.contextBefore, text: miss.mention.text, after: miss.contextAfter, markClass: nil)
        }
        return listSection(id: "worst-misses", title: "Worst misses", items: items)
    }

    private static func falseAlarmSection(_ report: EvalReport) -> String {
        let items = report.falseAlarms.map { alarm in
            listItem(class: "false-alarm", document: alarm.document, meta: alarm.label + (alarm.rule.map { " (\($0))" } ?? ""),
                     before: alarm.contextBefore, text: alarm.text, after: alarm.contextAfter, markClass: "false-alarm")
        }
        return listSection(id: "false-alarms", title: "False alarms", items: items)
    }

    private static func listSection(id: String, title: String, items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "<section id=\"\(id)\">\n<h2>\(title)</h2>\n<ol>\n" + items.joined() + "</ol>\n</section>\n"
    }

    /// One span shown in its context on one line, the span in a `<mark>`.
    private static func listItem(class itemClass: String, document: String, meta: String, before: String, text: String,
                                 after: String, markClass: String?) -> String
    {
        let mark = markClass.map { "<mark class=\"\($0)\">" } ?? "<mark>"
        return "<li class=\"\(itemClass)\" data-document=\"\(escape(document))\"><span class=\"meta\">"
            + "\(escape(document)) \(escape(meta))</span> <span class=\"context\">…\(escape(before))"
            + "\(mark)\(escape(TerminalReport.oneLine(text)))</mark>\(escape(after))…</span></li>\n"
    }
}
