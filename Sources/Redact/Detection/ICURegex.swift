import CICU
import Foundation

/// A compiled ICU regular expression, shared read-only between threads.
///
/// ICU matchers hold their text and position, so each `Scanner` takes its own `RegexMatcher`
/// cloned from this prototype (cloning shares the compiled pattern and is cheap).
///
/// # Compiled at first use
/// A prototype made with ``init(deferred:caseInsensitive:)`` compiles when its first matcher is
/// made, not when the rule set is built. Compiling the default set's patterns was over half of
/// the filter's start-up (about 30 of 62 ms for `echo hi | redact`, most of it ICU building its
/// Unicode sets), and a text meets only the rules whose trigger characters it holds. Only
/// patterns known to compile are deferred (``CompiledRuleSet``: the built-in rules' patterns,
/// which a test compiles eagerly); a user's pattern is compiled at once, so that a mistake is
/// reported with its file, line and rule before any text is read.
final class RegexPrototype: @unchecked Sendable {
    private var handle: OpaquePointer?
    private let lock = NSLock()
    private let caseInsensitive: Bool
    /// The pattern to compile and, if it fails, a second form to try; nil once compiled.
    private var deferred: (@Sendable () -> (pattern: String, fallback: String?))?
    private var compiledGroupCount = 0

    /// A pattern that ICU could not compile: where and why.
    struct CompileError: Error {
        var line: Int
        var offset: Int
        var name: String
    }

    /// Compiles `pattern` now.
    init(pattern: String, caseInsensitive: Bool) throws(CompileError) {
        self.caseInsensitive = caseInsensitive
        let handle = try Self.compile(pattern, caseInsensitive: caseInsensitive)
        self.handle = handle
        compiledGroupCount = Self.groupCount(of: handle)
    }

    /// A pattern made and compiled when the first matcher is needed: `make` returns it and a
    /// second form to compile if the first fails (the pattern before a rewrite). Only for
    /// patterns known to compile: a failure then stops the process (see the type's note).
    init(deferred make: @escaping @Sendable () -> (pattern: String, fallback: String?), caseInsensitive: Bool) {
        self.caseInsensitive = caseInsensitive
        deferred = make
    }

    deinit { if let handle { rx_regex_close(handle) } }

    /// Whether the pattern has been compiled (for tests of the deferral).
    var isCompiled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return handle != nil
    }

    /// The capture groups the pattern has (compiles a deferred pattern).
    var groupCount: Int {
        lock.lock()
        defer { lock.unlock() }
        _ = compiledHandle()
        return compiledGroupCount
    }

    /// A matcher of its own for one thread (compiles a deferred pattern).
    func makeMatcher() -> RegexMatcher {
        lock.lock()
        defer { lock.unlock() }
        var error: Int32 = 0
        guard let clone = rx_regex_clone(compiledHandle(), &error) else {
            fatalError("ICU could not clone a compiled pattern: \(String(cString: rx_error_name(error)))")
        }
        return RegexMatcher(handle: clone)
    }

    /// The compiled pattern, compiled now if it was deferred; call with `lock` held.
    private func compiledHandle() -> OpaquePointer {
        if let handle { return handle }
        guard let make = deferred else { fatalError("a regex prototype without a pattern") }
        let (pattern, fallback) = make()
        let made: OpaquePointer
        do {
            made = try Self.compile(pattern, caseInsensitive: caseInsensitive)
        } catch {
            guard let fallback, let second = try? Self.compile(fallback, caseInsensitive: caseInsensitive) else {
                fatalError("a built-in pattern does not compile (\(error.name) near line \(error.line), offset \(error.offset))")
            }
            made = second
        }
        handle = made
        deferred = nil
        compiledGroupCount = Self.groupCount(of: made)
        return made
    }

    private static func compile(_ pattern: String, caseInsensitive: Bool) throws(CompileError) -> OpaquePointer {
        let units = Array(pattern.utf16)
        var error: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let flags = UInt32(RX_UWORD) | (caseInsensitive ? UInt32(RX_CASE_INSENSITIVE) : 0)
        guard let handle = rx_regex_open(units, Int32(units.count), flags, &line, &offset, &error) else {
            throw CompileError(line: Int(line), offset: Int(offset), name: String(cString: rx_error_name(error)))
        }
        return handle
    }

    private static func groupCount(of handle: OpaquePointer) -> Int {
        var groupError: Int32 = 0
        return Int(rx_regex_group_count(handle, &groupError))
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

    /// Like `forEachMatch(in:group:_:)`, but a match for which `drop` returns true is no
    /// match: the search goes on from the character after its start, as if the pattern had
    /// failed there (``RuleSpec/dropIf``).
    @discardableResult
    func forEachMatch(in region: Range<Int>, group: Int, dropping drop: (Int, Int) -> Bool,
                      _ found: (Int, Int) -> Void) -> Bool {
        search(in: region, group: group) { start, end in
            if drop(start, end) { return .resumeAfterStart }
            found(start, end)
            return .next
        }
    }

    /// Whether the pattern matches at `start`, with `end` as the end of the input (its `\z`):
    /// nil when the search failed (step limit), which a caller must not read as either.
    /// Sets the matcher's region: use a matcher that does only this.
    func holds(at start: Int, end: Int) -> Bool? {
        var error: Int32 = 0
        let result = rx_regex_holds_at(handle, Int32(start), Int32(end), &error)
        return result < 0 ? nil : result == 1
    }

    /// Like `forEachMatch(in:group:_:)`, but stops at the first match for which `found` returns
    /// false; a search stopped so is complete (returns true).
    @discardableResult
    func forEachMatchWhile(in region: Range<Int>, group: Int, _ found: (Int, Int) -> Bool) -> Bool {
        search(in: region, group: group) { start, end in found(start, end) ? .next : .stop }
    }

    /// What a search does after a match.
    private enum Step {
        /// Goes on after the match.
        case next
        /// Goes on from the character after the match's start: the match was none.
        case resumeAfterStart
        /// Stops; the search counts as complete.
        case stop
    }

    /// The one search loop: each match of `group` (an empty one, or a group that took no part,
    /// is passed over) is given to `step`. Returns false when the search could not finish
    /// (step or stack limit, an ICU failure).
    private func search(in region: Range<Int>, group: Int, _ step: (Int, Int) -> Step) -> Bool {
        var error: Int32 = 0
        rx_regex_set_region(handle, Int32(region.lowerBound), Int32(region.upperBound), &error)
        if error > 0 { return false }
        var start: Int32 = 0
        var end: Int32 = 0
        while rx_regex_find_next(handle, Int32(group), &start, &end, &error) == 1 {
            guard start >= 0 && end > start else { continue }
            switch step(Int(start), Int(end)) {
            case .next: continue
            case .stop: return true
            case .resumeAfterStart:
                guard Int(start) + 1 < region.upperBound else { return error <= 0 }
                rx_regex_set_region(handle, start + 1, Int32(region.upperBound), &error)
                if error > 0 { return false }
            }
        }
        return error <= 0
    }
}
