/// The text around a span as one line: up to a number of code points on each side, with line
/// breaks, tabs and other control characters shown as spaces.
struct ContextExcerpt {
    var before: String
    var text: String
    var after: String

    init(scalars: [Unicode.Scalar], range: Range<Int>, width: Int) {
        let lower = max(0, range.lowerBound - width)
        let upper = min(scalars.count, range.upperBound + width)
        before = Self.oneLine(scalars[lower..<range.lowerBound])
        text = String(String.UnicodeScalarView(scalars[range]))
        after = Self.oneLine(scalars[range.upperBound..<upper])
    }

    static func oneLine(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            let isBreak = scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator
            view.append(isBreak ? " " : scalar)
        }
        return String(view)
    }
}
