/// The best `capacity` items seen so far under a total order, so that top-N lists merged from
/// several scorers equal the list one scorer would have kept.
struct RankedList<Element: Sendable & Hashable>: Sendable, Hashable {
    /// The items, best first.
    private(set) var items: [Element] = []
    let capacity: Int
    /// `true` when the first argument ranks before the second; must be a strict total order.
    private let ranksBefore: @Sendable (Element, Element) -> Bool

    init(capacity: Int, ranksBefore: @escaping @Sendable (Element, Element) -> Bool) {
        self.capacity = capacity
        self.ranksBefore = ranksBefore
    }

    /// Whether an item would be kept, so a caller can skip building one that would not.
    func accepts(_ probe: (Element) -> Bool) -> Bool {
        guard capacity > 0 else { return false }
        guard items.count == capacity, let last = items.last else { return true }
        return probe(last)
    }

    mutating func insert(_ element: Element) {
        guard capacity > 0 else { return }
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if ranksBefore(items[middle], element) { low = middle + 1 } else { high = middle }
        }
        guard low < capacity else { return }
        items.insert(element, at: low)
        if items.count > capacity { items.removeLast() }
    }

    static func == (lhs: RankedList, rhs: RankedList) -> Bool {
        lhs.items == rhs.items && lhs.capacity == rhs.capacity
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(items)
        hasher.combine(capacity)
    }
}
