import Foundation
import Testing
@testable import RedactEval

/// Writes the fixture's renderings to $REDACT_EVAL_PREVIEW (when set) for a person to look at.
@Suite struct RenderingPreviewTests {
    @Test func writePreviews() throws {
        guard let folder = ProcessInfo.processInfo.environment["REDACT_EVAL_PREVIEW"] else { return }
        let (current, baseline) = try EvalComparisonTests.reports()
        let comparison = EvalComparison(current: current, baseline: baseline)
        try Data(TerminalReport.render(current).utf8).write(to: URL(fileURLWithPath: folder + "/report.txt"))
        try Data(TerminalReport.render(comparison).utf8).write(to: URL(fileURLWithPath: folder + "/comparison.txt"))
        try Data(HTMLReport.render(current, comparison: comparison).utf8).write(to: URL(fileURLWithPath: folder + "/report.html"))
        try current.jsonData().write(to: URL(fileURLWithPath: folder + "/report.json"))
    }
}
