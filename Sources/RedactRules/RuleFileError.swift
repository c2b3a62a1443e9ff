/// A rule file that cannot be read, parsed or composed.
///
/// The message names the file, the line, the rule id when there is one, and what was expected,
/// so an editor can fix the file without reading the loader's code.
public struct RuleFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: String, Sendable, Hashable {
        case unreadable
        case syntax
        case schema
        case duplicateRule
        case unknownRule
        case unknownList
        case includeCycle
        case unsupportedFormat
        case invalidPattern
        case invalidValidator
    }

    public var code: Code
    /// The file, as named when it was loaded.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// The rule the problem is in, when known.
    public var ruleID: String?
    /// What was wrong and what was expected.
    public var message: String

    public init(_ code: Code, file: String, line: Int?, ruleID: String? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.ruleID = ruleID
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let ruleID { place += ": rule '\(ruleID)'" }
        return "\(place): \(message)"
    }
}
