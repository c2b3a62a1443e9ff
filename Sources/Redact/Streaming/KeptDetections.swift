/// What the first reading of a document found, block by block, kept so that the second reading
/// only links and writes instead of detecting again (`redact FILE` reads a file twice: first to
/// learn its names, then to replace).
///
/// Give the same instance to both readings' ``StreamingRedactor/keptDetections``: the first
/// (``StreamingRedactor/learnsOnly``) fills it, the second takes each block's findings back and
/// releases them. A block is taken back only when it starts at the same offset, has the same
/// length and the same digest of its bytes as when it was kept; any other block (a file that
/// changed between the readings, reads that cut an overlong line elsewhere) is detected again,
/// so what is kept can make the second reading faster, never different.
///
/// # Design
/// Kept in memory, not spilled to a file: a temporary file would hold what was found in the
/// text (the keys of names are spellings of them), which a tool whose point is that text does
/// not leak must not leave on disk after a hard kill. Memory stays bounded by ``memoryCap``
/// instead: past it nothing more is kept, and the second reading detects the rest of the
/// document again, as before this existed. The findings are mostly the phonetic keys of every
/// capitalized word (the second reading links them to names learned anywhere): by the estimate,
/// 7.6 times the text on the name-dense test document (`KeptDetectionsTests`), so the default
/// 64 MiB keeps whole files of about 8 MB and more on ordinary text (Benchmarks/README.md has
/// the figures for the 9 and 10 MB benchmark files), and the first 64 MiB worth of any larger
/// one. Storing the keys interned, as ids, would shrink this several times; not done yet.
public final class KeptDetections {
    /// The default cap on the estimated memory held, 64 MiB (see the design note above).
    public static let defaultMemoryCap = 64 << 20
    /// The most memory (estimated) the kept findings may hold; past it no more are kept.
    public let memoryCap: Int

    struct Block {
        let start: Int
        let length: Int
        let digest: Int
        let detected: DetectedText
    }
    private var blocks: [Block?] = []
    private var next = 0
    /// Estimated bytes held by the kept findings.
    private(set) var bytesHeld = 0
    /// Set once the cap was reached: the blocks after it are not kept.
    private(set) var isFull = false
    /// How many blocks the second reading took back (for tests).
    private(set) var blocksTaken = 0

    /// An empty store holding at most `memoryCap` bytes (estimated) of findings.
    public init(memoryCap: Int = KeptDetections.defaultMemoryCap) {
        self.memoryCap = memoryCap
    }

    /// Whether a block offered now would be kept.
    var isKeeping: Bool { !isFull }

    /// Keeps what detection found in `bytes`, the block at stream offset `start`.
    func keep(_ detected: DetectedText, start: Int, bytes: UnsafeBufferPointer<UInt8>) {
        guard !isFull else { return }
        let size = Self.estimatedSize(detected)
        guard bytesHeld + size <= memoryCap else {
            isFull = true
            return
        }
        bytesHeld += size
        blocks.append(Block(start: start, length: bytes.count, digest: Self.digest(bytes), detected: detected))
    }

    /// What the first reading found in `bytes`, the block at stream offset `start`, if it kept
    /// that very block; released once taken.
    func take(start: Int, bytes: UnsafeBufferPointer<UInt8>) -> DetectedText? {
        // Blocks come in order: those that start before this one can no longer be used.
        while next < blocks.count, let block = blocks[next], block.start < start { release(next) }
        guard next < blocks.count, let block = blocks[next], block.start == start, block.length == bytes.count,
              block.digest == Self.digest(bytes) else { return nil }
        release(next)
        blocksTaken += 1
        return block.detected
    }

    private func release(_ index: Int) {
        if let block = blocks[index] { bytesHeld -= Self.estimatedSize(block.detected) }
        blocks[index] = nil
        next = index + 1
        if next == blocks.count {
            blocks.removeAll()
            next = 0
        }
    }

    /// A digest of a block's bytes, to tell that the second reading sees the same text.
    /// (Swift's seeded hash: both readings run in one process.)
    static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }

    /// The memory a block's findings hold, roughly: the arrays' elements, and each key that is
    /// too long to be stored inside its `String`.
    static func estimatedSize(_ detected: DetectedText) -> Int {
        func size(of mentions: [NameMention]) -> Int {
            var size = 32
            for mention in mentions {
                size += MemoryLayout<NameMention>.stride + 32 + mention.keys.count * MemoryLayout<String>.stride
                for key in mention.keys where key.utf8.count > 15 { size += 32 + key.utf8.count }
            }
            return size
        }
        return 32 + detected.winners.count * MemoryLayout<Candidate>.stride + size(of: detected.mentions) + size(of: detected.nameTokens)
    }
}
