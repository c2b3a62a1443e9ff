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

    /// Whether `candidate` would be kept, so a caller can skip building what it would carry.
    func accepts(_ candidate: Element) -> Bool {
        guard capacity > 0 else { return false }
        guard items.count == capacity, let last = items.last else { return true }
        return ranksBefore(candidate, last)
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

/// An entry of a worst-of list with the keys that order it: the largest weight first (leaked
/// characters of a miss, characters of a false alarm), then the earlier document, then the
/// earlier span, which makes the order total and the same however documents were split.
struct Ranked<Item: Sendable & Hashable>: Sendable, Hashable {
    var weight: Int
    /// The document's position in the input (offset when scorers merge).
    var ordinal: Int
    var spanIndex: Int
    /// What the list shows; `nil` in a probe built only to ask ``RankedList/accepts(_:)``.
    var item: Item?

    @Sendable static func ranksBefore(_ a: Ranked, _ b: Ranked) -> Bool {
        (-a.weight, a.ordinal, a.spanIndex) < (-b.weight, b.ordinal, b.spanIndex)
    }
}
