/// How a reader turns a gold file into ``GoldDocument``s: the unit of its offsets, the label
/// vocabulary, and a language for formats that carry none.
public struct GoldReadOptions: Sendable, Hashable {
    /// The unit the file's offsets count; ignored by CoNLL, which has no offsets.
    public var unit: OffsetUnit
    /// Applied to every span read; `nil` keeps the file's labels.
    public var labelMap: LabelMap?
    /// The language of documents whose record does not say one.
    public var defaultLanguage: String?

    /// Options for a file with offsets in `unit`, relabelled by `labelMap`, in `defaultLanguage`.
    public init(unit: OffsetUnit = .codePoints, labelMap: LabelMap? = nil, defaultLanguage: String? = nil) {
        self.unit = unit
        self.labelMap = labelMap
        self.defaultLanguage = defaultLanguage
    }
}
