import Testing
@testable import RedactEval

@Suite struct TerminalReportTests {
    @Test func labelRowsThenOverallThenLanguagesThenLists() throws {
        let text = TerminalReport.render(try ScoringFixture.report())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "2 documents, 47 code points; labels: LOCATION, PERSON")
        let header = try #require(lines.firstIndex { $0.hasPrefix("label ") })
        #expect(lines[header] == "label     gold  pred  P exact  R exact  F1 exact  P overlap  R overlap    leak  entity R    over")
        #expect(lines[header + 1] == "LOCATION     2     1   100.0%    50.0%     66.7%     100.0%      50.0%  45.45%     50.0%")
        #expect(lines[header + 2] == "PERSON       3     4    50.0%    66.7%     57.1%      75.0%     100.0%   9.09%     50.0%")
        #expect(lines[header + 3] == "all          5     5    60.0%    60.0%     60.0%      80.0%      80.0%  21.21%     50.0%  57.14%")
        // The columns line up: label rows (no "over" cell) end together, and the overall row ends
        // under the header's last column.
        #expect(lines[header + 1].count == lines[header + 2].count)
        #expect(lines[header].count == lines[header + 3].count)
        #expect(lines.contains { $0.hasPrefix("az    all ") && $0.hasSuffix("50.00%") })
        #expect(lines.contains("names   PERSON     3   1"))
        #expect(lines.contains("unscored predictions (no gold label): DATE 1"))
        #expect(lines.contains("  A 28..<33 LOCATION 5 leaked: …Elçin Hüseynov met Elçin in [Gəncə].…"))
        #expect(lines.contains("  A 15..<18 PERSON (names): …Elçin Hüseynov [met] Elçin in Gəncə.…"))
        #expect(text.contains("consistency: 1 of 1 entities kept one stand-in (100.0%); 0 of 1 entity pairs share a stand-in (distinct 100.0%)"))
    }

    @Test func comparisonTable() throws {
        let (current, baseline) = try EvalComparisonTests.reports()
        let text = TerminalReport.render(EvalComparison(current: current, baseline: baseline))
        #expect(text.contains("LOCATION   2/2   100.0%   +0.0 pp   100.0%  +50.0 pp    100.0%  +33.3 pp   0.00%  -45.45 pp"))
        #expect(text.contains("leak rose: no (6 of 33 characters now, 7 of 33 in the baseline)"))
        #expect(text.contains("newly leaked (1):\n  B 9..<13 PERSON \"Анна\"\n"))
        #expect(text.contains("newly caught (1):\n  A 28..<33 LOCATION \"Gəncə\"\n"))
    }

    @Test func figureFormatting() {
        #expect(FigureFormat.percent(2.0 / 3) == "66.7%" && FigureFormat.percent(nil) == "-")
        #expect(FigureFormat.percent(0.0005, digits: 2) == "0.05%" && FigureFormat.percent(1) == "100.0%")
        #expect(FigureFormat.points(-5.0 / 11, digits: 2) == "-45.45 pp" && FigureFormat.points(0) == "+0.0 pp")
        #expect(FigureFormat.points(-0.00001) == "+0.0 pp")
        #expect(FigureFormat.fixed(2.675, digits: 0) == "3" && FigureFormat.count(1_234_567) == "1,234,567")
    }
}
