import Foundation
import Testing
@testable import RedactEval

/// Writes the fixture's renderings to the folder $REDACT_EVAL_PREVIEW for a person to look at;
/// skipped when the variable is not set.
@Suite struct RenderingPreviewTests {
    static let folder = ProcessInfo.processInfo.environment["REDACT_EVAL_PREVIEW"]

    @Test(.enabled(if: folder != nil, "set REDACT_EVAL_PREVIEW to a folder to write previews"))
    func writePreviews() throws {
        let folder = try #require(Self.folder)
        let (current, baseline) = try EvalComparisonTests.reports()
        let comparison = EvalComparison(current: current, baseline: baseline)
        try Data(TerminalReport.render(current).utf8).write(to: URL(fileURLWithPath: folder + "/report.txt"))
        try Data(TerminalReport.render(comparison).utf8).write(to: URL(fileURLWithPath: folder + "/comparison.txt"))
        try Data(HTMLReport.render(current, comparison: comparison).utf8).write(to: URL(fileURLWithPath: folder + "/report.html"))
        try current.jsonData().write(to: URL(fileURLWithPath: folder + "/report.json"))
    }
}
