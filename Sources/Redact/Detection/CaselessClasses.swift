import RedactRules
/// Rewrites a case-insensitive pattern so that ICU does not close its caseless character classes
/// over case when it compiles them.
///
/// Why: with `UREGEX_CASE_INSENSITIVE`, ICU calls `UnicodeSet::closeOver` on every set the
/// pattern names, `\p{L}` and `[\p{L}\p{N}_]` included, and closing a set of 140,000 letters
/// costs about a millisecond each. The default rules name such classes a hundred times in their
/// case-insensitive patterns, which made start-up (`echo hi | redact`) take 150 ms, nearly all of
/// it in `ucase_addCaseClosure`. Letters and numbers are already closed under case, so the
/// closure adds nothing; wrapping each such class in `(?-i:…)` skips it and matches the same
/// text.
///
/// What is wrapped: a property escape outside brackets (`\p{L}`, `\P{N}`) whose property is in
/// ``closedProperties``, and a bracket expression whose members are all such properties,
/// caseless literal characters (`_`, `-`, digits, punctuation) or the escapes `\d \s \h \w` and
/// their negations. Anything else (`\p{Lu}`, which case-insensitively also matches lower-case
/// letters; `[a-z\p{N}]`; `\x{…}` inside brackets) is left as written: correct, only slower to
/// compile. `\Q…\E` quotes and, in free-spacing patterns, `#` comments are copied unchanged.
///
/// The engine compiles the rewritten pattern; a pattern that does not compile is reported with
/// the line and offset of the pattern as written (see `CompiledRuleSet`).
enum CaselessClasses {
    /// Properties whose sets are closed under case, or so nearly that closing them only adds
    /// marks such as U+0345: general categories other than the cased letter ones, and scripts.
    static let closedProperties: Set<String> = [
        "l", "letter", "lo", "lm", "n", "number", "nd", "nl", "no", "p", "punctuation", "pc", "pd",
        "ps", "pe", "pi", "pf", "po", "s", "symbol", "sm", "sc", "sk", "so", "z", "separator", "zs",
        "zl", "zp", "m", "mark", "mn", "mc", "me", "c", "cc", "cf", "co", "cn",
        "alphabetic", "alpha", "whitespace", "white_space", "latin", "latn", "cyrillic", "cyrl",
        "greek", "grek", "armenian", "armn", "georgian", "geor", "arabic", "arab", "hebrew", "hebr",
    ]

    static func rewrite(_ pattern: String) -> String {
        let s = Array(pattern.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count + s.count / 4)
        let freeSpacing = pattern.contains("(?x") || hasFreeSpacingFlag(s)
        var i = 0
        func copy(_ range: Range<Int>) { out.append(contentsOf: s[range]) }
        /// `s[range]`, inside `(?-i:…)` when `caseless`.
        func copy(_ range: Range<Int>, caseless: Bool) {
            if caseless { out.append(contentsOf: "(?-i:".unicodeScalars) }
            copy(range)
            if caseless { out.append(")") }
        }
        while i < s.count {
            let c = s[i]
            if c == "\\", i + 1 < s.count {
                let next = s[i + 1]
                if next == "Q" {
                    let end = quoteEnd(s, from: i + 2)
                    copy(i..<end)
                    i = end
                } else if next == "p" || next == "P", let end = propertyEnd(s, from: i + 2) {
                    copy(i..<end, caseless: isClosedProperty(s, i + 2, end))
                    i = end
                } else {
                    copy(i..<(i + 2))
                    i += 2
                }
            } else if c == "[" {
                guard let end = bracketEnd(s, from: i) else {
                    copy(i..<s.count)  // unbalanced: ICU will report it
                    break
                }
                copy(i..<end, caseless: bracketIsCaseless(s, i, end))
                i = end
            } else if c == "#", freeSpacing {
                var end = i
                while end < s.count, s[end] != "\n" { end += 1 }
                copy(i..<end)
                i = end
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// Whether any inline flag group turns on free spacing (`(?x)`, `(?ix:`, `(?i-s x)`…).
    private static func hasFreeSpacingFlag(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 2 < s.count {
            if s[i] == "\\" { i += 2; continue }
            if s[i] == "(", s[i + 1] == "?" {
                var j = i + 2
                while j < s.count, s[j] != ")", s[j] != ":" {
                    if s[j] == "x" { return true }
                    guard ScalarTraits.isAlphabetic(s[j]) || s[j] == "-" else { break }
                    j += 1
                }
            }
            i += 1
        }
        return false
    }

    /// The index after the `\E` that closes a quote (or the end).
    private static func quoteEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var j = start
        while j + 1 < s.count {
            if s[j] == "\\", s[j + 1] == "E" { return j + 2 }
            j += 1
        }
        return s.count
    }

    /// The index after a property name that starts at `start` (after `\p`): `{Name}` or a letter.
    private static func propertyEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < s.count else { return nil }
        if s[start] != "{" { return start + 1 }
        var j = start + 1
        while j < s.count, s[j] != "}" { j += 1 }
        return j < s.count ? j + 1 : nil
    }

    /// Whether the property named at `s[start..<end]` (`{L}`, `L`, `{gc=N}`) is closed under case.
    private static func isClosedProperty(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var name = String(scalars: s[start..<end])
        name.removeAll { $0 == "{" || $0 == "}" || $0 == " " }
        name = name.lowercased()
        for prefix in ["gc=", "general_category=", "sc=", "script="] where name.hasPrefix(prefix) {
            name.removeFirst(prefix.count)
        }
        return closedProperties.contains(name)
    }

    /// The index after the `]` that closes the bracket expression opened at `start`, nested
    /// brackets and escapes included.
    private static func bracketEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0
        var j = start
        while j < s.count {
            switch s[j] {
            case "\\": j += 2; continue
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return j + 1 }
            default: break
            }
            j += 1
        }
        return nil
    }

    /// Whether the bracket expression `s[start..<end]` names at least one property and nothing
    /// that case closure would change.
    private static func bracketIsCaseless(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var hasProperty = false
        var j = start
        while j < end {
            let c = s[j]
            if c == "\\" {
                guard j + 1 < end else { return false }
                let e = s[j + 1]
                if e == "p" || e == "P" {
                    guard let pEnd = propertyEnd(s, from: j + 2), pEnd <= end,
                        isClosedProperty(s, j + 2, pEnd)
                    else { return false }
                    hasProperty = true
                    j = pEnd
                    continue
                }
                if "dDsShHwWnrt".unicodeScalars.contains(e) { j += 2; continue }
                if ScalarTraits.isAlphabetic(e) || e.properties.numericType != nil { return false }
                guard !e.properties.changesWhenCaseMapped else { return false }
                j += 2
                continue
            }
            if c == "[", j + 1 < end, s[j + 1] == ":" { return false }  // POSIX names: leave alone
            if c.properties.changesWhenCaseMapped || c.properties.isCased { return false }
            j += 1
        }
        return hasProperty
    }
}
