/// Finds which of a fixed set of ranges overlap a query range, without comparing every pair.
///
/// The ranges are sorted by start with a running maximum of their ends, so a query walks back
/// from the last range starting before the query's end and stops as soon as no earlier range
/// can reach the query's start.
struct IntervalIndex: Sendable {
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var maxEnds: [Int] = []
    private var indices: [Int] = []

    /// An index over `ranges`; queries answer with positions in `ranges`.
    init(_ ranges: [Range<Int>]) {
        let order = ranges.indices.sorted { (ranges[$0].lowerBound, $0) < (ranges[$1].lowerBound, $1) }
        var runningMax = Int.min
        for position in order {
            starts.append(ranges[position].lowerBound)
            ends.append(ranges[position].upperBound)
            runningMax = max(runningMax, ranges[position].upperBound)
            maxEnds.append(runningMax)
            indices.append(position)
        }
    }

    /// Positions (in the ranges given at creation) of the ranges that share a code point with
    /// `range`, in ascending order.
    func overlapping(_ range: Range<Int>) -> [Int] {
        var found: [Int] = []
        var cursor = firstStart(atOrAfter: range.upperBound) - 1
        while cursor >= 0, maxEnds[cursor] > range.lowerBound {
            if ends[cursor] > range.lowerBound { found.append(indices[cursor]) }
            cursor -= 1
        }
        return found.sorted()
    }

    /// Whether any range shares a code point with `range`.
    func overlapsAny(_ range: Range<Int>) -> Bool {
        var cursor = firstStart(atOrAfter: range.upperBound) - 1
        while cursor >= 0, maxEnds[cursor] > range.lowerBound {
            if ends[cursor] > range.lowerBound { return true }
            cursor -= 1
        }
        return false
    }

    private func firstStart(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
