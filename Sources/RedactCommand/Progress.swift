import Foundation

/// A progress line on standard error (documents, megabytes, rate, time left), redrawn at most
/// a few times a second, and only when standard error is a terminal: pipes and log files get
/// nothing. Never shows input text.
final class Progress {
    private let label: String
    private let total: Int?
    private let enabled = isatty(2) == 1
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var documents = 0
    private var bytes = 0
    private var drawn = false

    /// `total`: the input's size in bytes, when known, for the share done and the time left.
    init(label: String, total: Int?) {
        self.label = label
        self.total = total
    }

    func advance(documents: Int, bytes: Int) {
        self.documents += documents
        self.bytes += bytes
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.2 else { return }
        draw()
    }

    /// Sets the absolute amount done (for a child process whose reads are watched).
    func set(bytes: Int) {
        self.bytes = bytes
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.2 else { return }
        draw()
    }

    private func draw() {
        lastDraw = Date()
        let elapsed = max(0.001, lastDraw.timeIntervalSince(start))
        let rate = Double(bytes) / elapsed / 1_000_000
        var line = "\(label): "
        if let total, total > 0 {
            let share = min(1, Double(bytes) / Double(total))
            let width = 24
            let filled = Int(share * Double(width))
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += String(format: "%3.0f%% ", share * 100)
            if share > 0.01 && share < 1 {
                let left = Int(elapsed / share * (1 - share))
                line += String(format: "%d:%02d left ", left / 60, left % 60)
            }
        }
        if documents > 0 { line += "\(documents) docs " }
        line += String(format: "%.1f MB %.2f MB/s", Double(bytes) / 1_000_000, rate)
        var out = Array(("\r\u{1B}[K" + line).utf8)
        _ = out.withUnsafeMutableBytes { writeAll(2, UnsafeRawBufferPointer($0)) }
        drawn = true
    }

    /// Clears the line.
    func finish() {
        guard enabled, drawn else { return }
        var out = Array("\r\u{1B}[K".utf8)
        _ = out.withUnsafeMutableBytes { writeAll(2, UnsafeRawBufferPointer($0)) }
        drawn = false
    }
}
