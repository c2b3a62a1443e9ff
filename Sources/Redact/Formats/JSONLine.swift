/// Finds the string values of one JSON Lines record that named fields hold, and writes a
/// redacted string back in JSON, so that every other byte of the line stays as it was.
///
/// A small strict parser over UTF-8 bytes rather than `JSONSerialization`: a parse-and-print
/// round trip would reorder keys, rewrite numbers (`1.0` → `1`) and escapes, and lose duplicate
/// keys, and the record must come out byte-identical where nothing was redacted.
///
/// Field paths (``FieldPath``) are keys joined by dots. An array on the path is entered element
/// by element (`messages.text` is every message's text, like jq's `.messages[].text`); `*`
/// matches any key; a path that ends at an object or array takes every string inside it (keys
/// excepted), so naming a container never leaves a string of it visible.
struct JSONLine {
    /// A string literal to redact: where it is in the line (quotes included) and its text.
    struct StringValue {
        var literal: Range<Int>
        var text: [UInt8]
        /// The literal has no raw non-ASCII bytes but does have `\u` escapes (as Python's
        /// `json.dumps` writes by default): a redacted value is written in the same style.
        var asciiEscaped: Bool
    }

    /// A line that is not one well-formed JSON value.
    struct SyntaxError: Error {
        /// Byte offset in the line.
        var offset: Int
        var message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var p = 0
    private let paths: [[Substring]]
    private(set) var found: [StringValue] = []
    /// Whether any path reached a value (a string, `null`, an object or an array).
    private var reached = false
    /// Whether the line holds a string value (keys aside) that no path selected.
    private var unselectedString = false
    private static let maxDepth = 512

    /// What a line holds at the selected paths.
    enum Selection {
        /// The strings to redact (possibly none: the fields are `null`, empty or hold no string).
        case strings([StringValue])
        /// No selected path exists in the line, yet it holds strings: a mistyped `--field`,
        /// another schema, a line that is an array. Copying it would pass its text unredacted.
        case noField(topLevelKeys: [String])
    }

    /// Parses `line` (without its line end) and collects the strings that `paths` name.
    ///
    /// - Throws: `SyntaxError` when the line is not one JSON value, or when a path names a
    ///   number or `true`/`false` directly: only strings are redacted, and a number in a field
    ///   meant to be redacted (a phone number written as a JSON number) would otherwise pass.
    static func select(in line: UnsafeBufferPointer<UInt8>, paths: [FieldPath]) throws(SyntaxError) -> Selection {
        var parser = JSONLine(bytes: line, paths: paths.map(\.components))
        parser.skipSpace()
        try parser.value(depth: 0, matching: parser.paths.indices.map { ($0, 0) }, takeAll: false)
        parser.skipSpace()
        guard parser.p == line.count else { throw SyntaxError(offset: parser.p, message: "text after the JSON value") }
        // A line with no string value at all (`{"id": 5}`, `[]`) has nothing to leak.
        return parser.reached || !parser.unselectedString ? .strings(parser.found) : .noField(topLevelKeys: parser.topLevelKeys)
    }

    /// The text of the first string or number that `path` names in `line` (a string
    /// decoded, a number as written), nil when the path names none (absent, `null`, `true`,
    /// `false`, an object or an array): a record's document id.
    ///
    /// - Throws: `SyntaxError` when the line is not one JSON value.
    static func identifier(in line: UnsafeBufferPointer<UInt8>, path: FieldPath) throws(SyntaxError) -> [UInt8]? {
        var parser = JSONLine(bytes: line, paths: [path.components])
        parser.readsIdentifier = true
        parser.skipSpace()
        try parser.value(depth: 0, matching: [(0, 0)], takeAll: false)
        parser.skipSpace()
        guard parser.p == line.count else { throw SyntaxError(offset: parser.p, message: "text after the JSON value") }
        return parser.identifierText
    }

    /// Reading an identifier (``identifier(in:path:)``): the path names a scalar, which is
    /// kept in `identifierText`, not a field to redact.
    private var readsIdentifier = false
    private var identifierText: [UInt8]? = nil

    /// The keys of the top-level object, for an error message (at most 12).
    private var topLevelKeys: [String] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, paths: [[Substring]]) {
        self.bytes = bytes
        self.paths = paths
    }

    private mutating func skipSpace() {
        while p < bytes.count, bytes[p] == 0x20 || bytes[p] == 0x09 || bytes[p] == 0x0D || bytes[p] == 0x0A { p += 1 }
    }

    private func fail(_ message: String) -> SyntaxError { SyntaxError(offset: p, message: message) }

    /// Parses one value. `matching` holds (path, components matched so far) for the paths still
    /// alive here; a path fully matched (or `takeAll`) takes every string of the value.
    private mutating func value(depth: Int, matching: [(Int, Int)], takeAll: Bool) throws(SyntaxError) {
        guard depth < Self.maxDepth else { throw fail("nested deeper than \(Self.maxDepth) levels") }
        guard p < bytes.count else { throw fail("a value was expected") }
        let named = matching.contains { paths[$0.0].count == $0.1 }
        if readsIdentifier {
            if named && identifierText == nil {
                switch bytes[p] {
                case UInt8(ascii: "\""):
                    identifierText = try string().text
                    return
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let start = p
                    try number()
                    identifierText = Array(bytes[start..<p])
                    return
                default: break
                }
            }
            // Every value is only read through; none is taken.
            return try valueBody(depth: depth, matching: named ? [] : matching, take: false)
        }
        let take = takeAll || named
        if named {
            reached = true
            switch bytes[p] {
            case UInt8(ascii: "t"), UInt8(ascii: "f"): throw fail("a selected field holds true or false, not a string")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): throw fail("a selected field holds a number, not a string")
            default: break
            }
        }
        try valueBody(depth: depth, matching: matching, take: take)
    }

    /// The value at `p`, after the checks of ``value(depth:matching:takeAll:)``; `take`: every
    /// string of it is selected.
    private mutating func valueBody(depth: Int, matching: [(Int, Int)], take: Bool) throws(SyntaxError) {
        switch bytes[p] {
        case UInt8(ascii: "{"):
            p += 1
            skipSpace()
            if p < bytes.count, bytes[p] == UInt8(ascii: "}") { p += 1; return }
            while true {
                skipSpace()
                guard p < bytes.count, bytes[p] == UInt8(ascii: "\"") else { throw fail("a key in quotes was expected") }
                let key = try string()
                if depth == 0 && topLevelKeys.count < 12 { topLevelKeys.append(String(decoding: key.text, as: UTF8.self)) }
                skipSpace()
                guard p < bytes.count, bytes[p] == UInt8(ascii: ":") else { throw fail("':' was expected after a key") }
                p += 1
                skipSpace()
                var next: [(Int, Int)] = []
                if !take {
                    for (path, depth) in matching where depth < paths[path].count {
                        let component = paths[path][depth]
                        if component == "*" || component.utf8.elementsEqual(key.text) { next.append((path, depth + 1)) }
                    }
                }
                try value(depth: depth + 1, matching: next, takeAll: take)
                skipSpace()
                guard p < bytes.count else { throw fail("',' or '}' was expected") }
                if bytes[p] == UInt8(ascii: ",") { p += 1; continue }
                if bytes[p] == UInt8(ascii: "}") { p += 1; return }
                throw fail("',' or '}' was expected")
            }
        case UInt8(ascii: "["):
            p += 1
            skipSpace()
            if p < bytes.count, bytes[p] == UInt8(ascii: "]") { p += 1; return }
            while true {
                skipSpace()
                // Arrays are entered transparently: the same paths apply to each element.
                try value(depth: depth + 1, matching: take ? [] : matching, takeAll: take)
                skipSpace()
                guard p < bytes.count else { throw fail("',' or ']' was expected") }
                if bytes[p] == UInt8(ascii: ",") { p += 1; continue }
                if bytes[p] == UInt8(ascii: "]") { p += 1; return }
                throw fail("',' or ']' was expected")
            }
        case UInt8(ascii: "\""):
            let s = try string()
            if take { found.append(s) } else { unselectedString = true }
        case UInt8(ascii: "t"): try keyword("true")
        case UInt8(ascii: "f"): try keyword("false")
        case UInt8(ascii: "n"): try keyword("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail("a value was expected")
        }
    }

    private mutating func keyword(_ word: StaticString) throws(SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard p + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[p + $0] == word.utf8Start[$0] }) else { throw fail("a value was expected") }
        p += count
    }

    private mutating func number() throws(SyntaxError) {
        func digits() -> Int {
            let start = p
            while p < bytes.count, bytes[p] >= 0x30, bytes[p] <= 0x39 { p += 1 }
            return p - start
        }
        if bytes[p] == UInt8(ascii: "-") { p += 1 }
        guard p < bytes.count else { throw fail("a digit was expected") }
        if bytes[p] == UInt8(ascii: "0") { p += 1 } else if digits() == 0 { throw fail("a digit was expected") }
        if p < bytes.count, bytes[p] == UInt8(ascii: ".") {
            p += 1
            guard digits() > 0 else { throw fail("a digit was expected after '.'") }
        }
        if p < bytes.count, bytes[p] == UInt8(ascii: "e") || bytes[p] == UInt8(ascii: "E") {
            p += 1
            if p < bytes.count, bytes[p] == UInt8(ascii: "+") || bytes[p] == UInt8(ascii: "-") { p += 1 }
            guard digits() > 0 else { throw fail("a digit was expected in the exponent") }
        }
    }

    /// Parses a string literal at `p` (the opening quote) and decodes its escapes.
    private mutating func string() throws(SyntaxError) -> StringValue {
        let start = p
        p += 1
        var text: [UInt8] = []
        var rawNonASCII = false
        var unicodeEscapes = false
        while true {
            guard p < bytes.count else { throw SyntaxError(offset: start, message: "a string is not closed") }
            let b = bytes[p]
            if b == UInt8(ascii: "\"") { p += 1; break }
            if b < 0x20 { throw fail("a control character inside a string") }
            if b != UInt8(ascii: "\\") {
                if b >= 0x80 { rawNonASCII = true }
                text.append(b)
                p += 1
                continue
            }
            guard p + 1 < bytes.count else { throw fail("an escape is not complete") }
            let e = bytes[p + 1]
            p += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(e)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                unicodeEscapes = true
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), p + 1 < bytes.count, bytes[p] == UInt8(ascii: "\\"), bytes[p + 1] == UInt8(ascii: "u") {
                    let save = p
                    p += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        p = save
                    }
                }
                // A lone surrogate has no UTF-8 form: it is read as U+FFFD (and written back as
                // it was when nothing in the string is replaced).
                let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                text.append(contentsOf: String(value).utf8)
            default: throw SyntaxError(offset: p - 2, message: "an unknown escape")
            }
        }
        return StringValue(literal: start..<p, text: text, asciiEscaped: !rawNonASCII && unicodeEscapes)
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard p + 4 <= bytes.count else { throw fail("\\u needs four hex digits") }
        var v: UInt32 = 0
        for i in 0..<4 {
            let b = bytes[p + i]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw SyntaxError(offset: p + i, message: "\\u needs four hex digits")
            }
            v = v << 4 | UInt32(digit)
        }
        p += 4
        return v
    }

    /// `text` as a JSON string literal, quotes included: `"`, `\` and control characters
    /// escaped, non-ASCII written as it is or, when `asciiEscaped`, as `\u` escapes.
    static func literal(_ text: [UInt8], asciiEscaped: Bool) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.count + 8)
        let hex = Array("0123456789abcdef".utf8)
        func escape(_ unit: UInt16) {
            out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), hex[Int(unit >> 12)], hex[Int(unit >> 8 & 15)],
                    hex[Int(unit >> 4 & 15)], hex[Int(unit & 15)]]
        }
        for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\"": out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case "\\": out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case "\n": out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case "\r": out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case "\t": out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            default:
                if scalar.value < 0x20 {
                    escape(UInt16(scalar.value))
                } else if scalar.value >= 0x80 && asciiEscaped {
                    for unit in String(scalar).utf16 { escape(unit) }
                } else {
                    out += String(scalar).utf8
                }
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }
}

/// A field of JSON Lines records to redact: keys joined by dots (`text`, `meta.author`,
/// `messages.text`), `*` for any key.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    /// The keys from the top of the record down.
    public let components: [Substring]

    /// The path `description` (`a.b.c`); nil when it is empty or has an empty component.
    public init?(_ description: String) {
        let parts = description.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else { return nil }
        components = parts
    }

    /// The path as written.
    public var description: String { components.joined(separator: ".") }
}
