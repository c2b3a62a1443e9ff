/// A plain-text table with aligned columns, for terminal output.
struct TextTable {
    enum Alignment { case left, right }

    private let alignments: [Alignment]
    private var rows: [[String]] = []

    /// A table with a header row of `columns`, each `(title, alignment)`.
    init(_ columns: [(String, Alignment)]) {
        alignments = columns.map(\.1)
        rows.append(columns.map(\.0))
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The rows padded to each column's widest cell, columns two spaces apart, trailing spaces
    /// removed.
    func render() -> String {
        var widths = [Int](repeating: 0, count: alignments.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        var lines: [String] = []
        for row in rows {
            var cells: [String] = []
            for (column, cell) in row.enumerated() where column < widths.count {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                cells.append(alignments[column] == .left ? cell + padding : padding + cell)
            }
            var line = cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
