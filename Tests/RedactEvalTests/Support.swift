import Foundation
@testable import RedactEval

/// A fresh folder under the system's temporary directory for one test's input files.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("redact-eval-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `contents` as UTF-8 to `name` in the folder and returns the file's path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Synthetic text shared by the reader tests: an emoji first, so that code points (2..<16),
/// UTF-16 units (3..<17) and UTF-8 bytes (5..<21) of `Elçin Hüseynov` all differ; `Гянджа` is
/// 17..<23 in code points, 18..<24 in UTF-16, 22..<34 in UTF-8.
enum Sample {
    static let text = "😀 Elçin Hüseynov Гянджа şəhərində yaşayır."
    static let person = 2..<16
    static let city = 17..<23

    /// The code-point slice of `text` at `range`.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
    }
}

extension EvalInputError {
    /// Runs `body` and returns the ``EvalInputError`` it throws, or `nil` when it throws none
    /// (or another kind of error).
    static func caught(_ body: () throws -> Void) -> EvalInputError? {
        do {
            try body()
            return nil
        } catch let error as EvalInputError {
            return error
        } catch {
            return nil
        }
    }
}
