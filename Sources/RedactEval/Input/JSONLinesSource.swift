/// Drives a per-record parser over a JSON Lines file, one line at a time, skipping blank lines.
///
/// Shared by the readers whose files hold one JSON object per line (canonical gold, doccano,
/// predictions), so that each of them only says how one record becomes a value.
final class JSONLinesSource<Value> {
    /// Parses one line's bytes; gets the line's number and a place naming the file and line.
    typealias Parse = (ArraySlice<UInt8>, Int, EvalInputError.Place) throws(EvalInputError) -> Value

    private let lines: LineReader
    private let parse: Parse

    init(lines: LineReader, parse: @escaping Parse) {
        self.lines = lines
        self.parse = parse
    }

    /// The next record's value, or `nil` at the end of the file.
    func next() throws(EvalInputError) -> Value? {
        while let line = try lines.nextLine() {
            if line.isBlankLine { continue }
            let number = lines.lineNumber
            return try parse(line, number, .init(file: lines.name, line: number))
        }
        return nil
    }
}
