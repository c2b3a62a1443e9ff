import CICU
import Foundation

/// A compiled ICU regular expression, shared read-only between threads.
///
/// ICU matchers hold their text and position, so each `Scanner` takes its own `RegexMatcher`
/// cloned from this prototype (cloning shares the compiled pattern and is cheap).
final class RegexPrototype: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    /// The capture groups the pattern has.
    let groupCount: Int

    /// A pattern that ICU could not compile: where and why.
    struct CompileError: Error {
        var line: Int
        var offset: Int
        var name: String
    }

    init(pattern: String, caseInsensitive: Bool) throws(CompileError) {
        let units = Array(pattern.utf16)
        var error: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let flags = UInt32(RX_UWORD) | (caseInsensitive ? UInt32(RX_CASE_INSENSITIVE) : 0)
        guard let handle = rx_regex_open(units, Int32(units.count), flags, &line, &offset, &error) else {
            throw CompileError(line: Int(line), offset: Int(offset), name: String(cString: rx_error_name(error)))
        }
        self.handle = handle
        var groupError: Int32 = 0
        groupCount = Int(rx_regex_group_count(handle, &groupError))
    }

    deinit { rx_regex_close(handle) }

    /// A matcher of its own for one thread.
    func makeMatcher() -> RegexMatcher {
        lock.lock()
        defer { lock.unlock() }
        var error: Int32 = 0
        guard let clone = rx_regex_clone(handle, &error) else {
            fatalError("ICU could not clone a compiled pattern: \(String(cString: rx_error_name(error)))")
        }
        return RegexMatcher(handle: clone)
    }
}

/// One thread's matcher over one text at a time.
final class RegexMatcher {
    private let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { rx_regex_close(handle) }

    /// Points the matcher at `text`, which must stay alive and unmoved while it is searched.
    func setText(_ text: UnsafeBufferPointer<UInt16>) {
        var error: Int32 = 0
        // ICU wants a non-null pointer even for an empty text.
        withUnsafePointer(to: UInt16(0)) { empty in
            rx_regex_set_text(handle, text.baseAddress ?? empty, Int32(text.count), &error)
        }
    }

    /// Calls `found` with the span of `group` for every match that starts in `region`
    /// (UTF-16 offsets); matches may look at text outside the region.
    ///
    /// - Returns: false when the search stopped before the end of the region: it hit its step
    ///   or stack limit (catastrophic backtracking) or ICU failed. The caller must then treat
    ///   the whole region as unsearched, never as holding no match.
    @discardableResult
    func forEachMatch(in region: Range<Int>, group: Int, _ found: (Int, Int) -> Void) -> Bool {
        forEachMatchWhile(in: region, group: group) { start, end in found(start, end); return true }
    }

    /// Like `forEachMatch(in:group:_:)`, but stops at the first match for which `found` returns
    /// false; a search stopped so is complete (returns true).
    @discardableResult
    func forEachMatchWhile(in region: Range<Int>, group: Int, _ found: (Int, Int) -> Bool) -> Bool {
        var error: Int32 = 0
        rx_regex_set_region(handle, Int32(region.lowerBound), Int32(region.upperBound), &error)
        if error > 0 { return false }
        var start: Int32 = 0
        var end: Int32 = 0
        while rx_regex_find_next(handle, Int32(group), &start, &end, &error) == 1 {
            if start >= 0 && end > start && !found(Int(start), Int(end)) { return true }
        }
        return error <= 0
    }
}
