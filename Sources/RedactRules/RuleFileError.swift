/// A rule file that cannot be read, parsed or composed.
///
/// The message names the file, the line, the rule id when there is one, and what was expected,
/// so an editor can fix the file without reading the loader's code.
public struct RuleFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of failure, for callers that react to some differently.
    public enum Code: String, Sendable, Hashable {
        /// A file or folder cannot be read, or an included one does not exist.
        case unreadable
        /// The file is not valid YAML.
        case syntax
        /// Valid YAML that is not a valid rule file: an unknown or missing key, a wrong type, an
        /// unknown `pseudonym`.
        case schema
        /// A rule id that already exists, without `override: true`.
        case duplicateRule
        /// `disable` or `override: true` names an id that no earlier rule has.
        case unknownRule
        /// A `{{list}}` reference to a list that no file defines.
        case unknownList
        /// A file includes itself, directly or through others.
        case includeCycle
        /// A `format` other than the one this build reads (`ruleFormatVersion`).
        case unsupportedFormat
        /// A pattern ICU cannot compile, or a `group` the pattern does not have.
        case invalidPattern
        /// A `validator` name that does not exist.
        case invalidValidator
        /// A rule set with no rule at all: an engine built from it would pass every text
        /// through unchanged, so it is refused rather than fail open.
        case emptyRuleSet
    }

    /// What kind of failure this is.
    public var code: Code
    /// The file, as named when it was loaded.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// The rule the problem is in, when known.
    public var ruleID: String?
    /// What was wrong and what was expected.
    public var message: String

    /// An error of kind `code` at `file`, `line` and `ruleID`, saying `message`.
    public init(_ code: Code, file: String, line: Int?, ruleID: String? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.ruleID = ruleID
        self.message = message
    }

    /// `file:line: rule 'id': message`, leaving out what is not known.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let ruleID { place += ": rule '\(ruleID)'" }
        return "\(place): \(message)"
    }
}
