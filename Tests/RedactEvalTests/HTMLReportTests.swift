import Testing
@testable import RedactEval

@Suite struct HTMLReportTests {
    @Test func figuresSitInElementsWithStableIDs() throws {
        let report = try ScoringFixture.report()
        let html = HTMLReport.render(report)
        // PERSON leak 2/22 = 9.09%, LOCATION 5/11 = 45.45%, overall 7/33 = 21.21%; over 4/7 = 57.14%.
        #expect(html.contains(#"<td id="leak-PERSON" data-value="\#(2.0 / 22)">9.09%</td>"#))
        #expect(html.contains(#"<td id="leak-LOCATION" data-value="\#(5.0 / 11)">45.45%</td>"#))
        #expect(html.contains(#"id="leak-overall" data-value="\#(7.0 / 33)">21.21%</td>"#))
        #expect(html.contains(#"id="over-redaction-overall" data-value="\#(4.0 / 7)">57.14%</td>"#))
        #expect(html.contains(#"<td id="recall-exact-PERSON" data-value="\#(2.0 / 3)">66.7%</td>"#))
        #expect(html.contains(#"<td id="precision-exact-PERSON" data-value="0.5">50.0%</td>"#))
        #expect(html.contains(#"<td id="entity-recall-LOCATION" data-value="0.5">50.0%</td>"#))
        #expect(html.contains(#"id="leak-lang-az" data-value="\#(7.0 / 23)">30.43%</td>"#))
        // Bars: PERSON overlap recall 100%, LOCATION leak 45.45%.
        #expect(html.contains(#"<div class="fill" style="width:100.00%"></div><span class="value" id="bar-recall-PERSON">100.0%</span>"#))
        #expect(html.contains(#"<div class="fill" style="width:45.45%"></div><span class="value" id="bar-leak-LOCATION">45.45%</span>"#))
        // Misses in their sentence, the mention marked.
        #expect(html.contains("…Elçin Hüseynov met Elçin in <mark>Gəncə</mark>.…"))
        #expect(html.contains("<mark class=\"false-alarm\">met</mark>"))
        #expect(!html.contains("id=\"comparison\""))
    }

    @Test func everythingFromTheDataIsEscapedAndNothingIsLoaded() throws {
        let text = "<script>alert('x')</script> Elçin & \"Гянджа\""
        let document = GoldDocument(id: "<doc id=\"1\">", text: text, language: "az", spans: [
            GoldSpan(codePointRange: 0..<8, label: "PERSON"),
            GoldSpan(codePointRange: 28..<33, label: "<b>LABEL</b>"),
        ])
        var scorer = EvalScorer()
        try scorer.add(document: document, predictions: [PredictedSpan(codePointRange: 37..<43, label: "PERSON", ruleID: "r<1>")])
        let report = scorer.finish(run: EvalRun(command: "redact eval '<x>'"))
        let comparison = EvalComparison(current: report, baseline: EvalScorer().finish())
        let html = HTMLReport.render(report, comparison: comparison)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>LABEL</b>") && html.contains("&lt;b&gt;LABEL&lt;/b&gt;"))
        #expect(html.contains("<mark>&lt;script&gt;</mark>alert(&#39;x&#39;)&lt;/script&gt; Elçin &amp; &quot;Гянджа&quot;"))
        #expect(html.contains("data-document=\"&lt;doc id=&quot;1&quot;&gt;\""))
        #expect(html.contains("redact eval &#39;&lt;x&gt;&#39;") && html.contains("PERSON (r&lt;1&gt;)"))
        // An id token never carries markup: `<b>LABEL</b>` becomes `_b_LABEL__b_`.
        #expect(html.contains("id=\"leak-_b_LABEL__b_\""))
        // Self-contained: no script, no link, no remote resource.
        for forbidden in ["<script", "<link", "src=", "http://", "https://", "@import", "url("] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test func theComparisonSectionCarriesTheGate() throws {
        let (current, baseline) = try EvalComparisonTests.reports()
        let html = HTMLReport.render(current, comparison: EvalComparison(current: current, baseline: baseline))
        #expect(html.contains(#"<strong id="leak-rose" class="better">no</strong>"#))
        // PERSON leak 2/22 -> 6/22: +18.18 pp, worse; LOCATION recall 1/2 -> 1: +50.0 pp, better.
        #expect(html.contains(#"<td id="delta-leak-PERSON" class="worse" data-value="\#(6.0 / 22 - 2.0 / 22)">+18.18 pp</td>"#))
        #expect(html.contains(#"<td id="delta-recall-exact-LOCATION" class="better" data-value="0.5">+50.0 pp</td>"#))
        #expect(html.contains("<ul id=\"newly-leaked\">\n<li data-document=\"B\"><span class=\"meta\">B 9–13 PERSON</span> <mark>Анна</mark></li>"))
        #expect(html.contains("<ul id=\"newly-caught\">\n<li data-document=\"A\"><span class=\"meta\">A 28–33 LOCATION</span> <mark>Gəncə</mark></li>"))
        // Every id is used once.
        var ids: [Substring] = []
        var rest = html[...]
        while let start = rest.range(of: " id=\"") {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            ids.append(tail[..<end])
            rest = tail[end...]
        }
        #expect(ids.count > 50 && Set(ids).count == ids.count)
        let rose = HTMLReport.render(baseline, comparison: EvalComparison(current: baseline, baseline: current))
        #expect(rose.contains(#"<strong id="leak-rose" class="worse">yes</strong>"#))
    }
}
