/// SRT and WebVTT blocks: what of a block is text and what is structure.
///
/// A block is the lines up to a blank line. In SubRip a cue is a number, a timing line
/// (`00:00:01,000 --> 00:00:04,000`) and text lines. In WebVTT the first block is the header
/// (`WEBVTT` and metadata), `NOTE` blocks are comments, `STYLE` and `REGION` blocks hold
/// settings, and a cue is an optional identifier, a timing line with optional settings, and
/// text lines. Text is redacted between markup tags (`<i>`, `<font …>`, `<c.x>`,
/// `<00:00:02.000>`, `{\an8}`), which are kept; a WebVTT voice tag's name is a speaker.
/// Comments, cue identifiers and header text are redacted too: they are free text an editor
/// may have written a name into.
enum SubtitleBlock {
    /// The end of the block that starts at `start`: after the blank line(s) that close it, or
    /// nil when it is not complete within `bytes`.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var lineStart = start
        var sawText = false
        var p = start
        while p < bytes.count {
            if bytes[p] == 0x0A {
                let blank = (lineStart..<p).allSatisfy { bytes[$0] == 0x0D || bytes[$0] == 0x20 || bytes[$0] == 0x09 }
                if blank && sawText {
                    // Take every further blank line too, so a block starts at text.
                    var q = p + 1
                    var next = q
                    while q < bytes.count {
                        if bytes[q] == 0x0A { next = q + 1 } else if bytes[q] != 0x0D && bytes[q] != 0x20 && bytes[q] != 0x09 { return next }
                        q += 1
                    }
                    return nil
                }
                if !blank { sawText = true }
                lineStart = p + 1
            }
            p += 1
        }
        return nil
    }

    /// The pieces of `block` to redact. `first` marks the first block of the input (a WebVTT
    /// header). `line` is the input line the block starts on, for errors.
    static func pieces(of block: UnsafeBufferPointer<UInt8>, vtt: Bool, first: Bool) throws(JSONLine.SyntaxError) -> [RecordPiece] {
        // The block's lines, without their line ends.
        var lines: [Range<Int>] = []
        var s = 0
        for p in 0..<block.count where block[p] == 0x0A {
            lines.append(s..<(p > s && block[p - 1] == 0x0D ? p - 1 : p))
            s = p + 1
        }
        if s < block.count { lines.append(s..<(block[block.count - 1] == 0x0D ? block.count - 1 : block.count)) }
        func text(_ r: Range<Int>) -> Substring { Substring(decoding: UnsafeBufferPointer(rebasing: block[r]), as: UTF8.self) }
        func isBlank(_ r: Range<Int>) -> Bool { r.allSatisfy { block[$0] == 0x20 || block[$0] == 0x09 } }
        lines = lines.filter { !isBlank($0) }
        guard !lines.isEmpty else { return [] }
        var pieces: [RecordPiece] = []
        /// The line from `offset` on as prose, when it has any.
        func prose(_ r: Range<Int>, from offset: Int = 0) {
            let start = r.lowerBound + offset
            guard start < r.upperBound else { return }
            pieces.append(RecordPiece(source: start..<r.upperBound, text: Array(block[start..<r.upperBound])))
        }
        func isTiming(_ r: Range<Int>) -> Bool { text(r).contains("-->") }

        if vtt {
            let head = text(lines[0])
            if first {
                guard head.hasPrefix("WEBVTT") else {
                    throw JSONLine.SyntaxError(offset: lines[0].lowerBound, message: "a WebVTT file starts with 'WEBVTT'")
                }
                prose(lines[0], from: 6)
                for line in lines.dropFirst() { prose(line) }
                return pieces
            }
            if head == "NOTE" || head.hasPrefix("NOTE ") || head.hasPrefix("NOTE\t") {
                prose(lines[0], from: 4)
                for line in lines.dropFirst() { prose(line) }
                return pieces
            }
            if (head == "STYLE" || head == "REGION") && !lines.dropFirst().contains(where: isTiming) { return [] }
            var index = 0
            if !isTiming(lines[0]) {
                prose(lines[0])  // the cue identifier
                index = 1
            }
            guard index < lines.count, isTiming(lines[index]) else {
                throw JSONLine.SyntaxError(offset: lines[min(index, lines.count - 1)].lowerBound, message: "a cue needs a timing line ('00:00:01.000 --> 00:00:04.000')")
            }
            for line in lines[(index + 1)...] { markup(line, in: block, vtt: true, into: &pieces) }
            return pieces
        }
        // SubRip: number, timing, text.
        guard text(lines[0]).allSatisfy(\.isNumber) else {
            throw JSONLine.SyntaxError(offset: lines[0].lowerBound, message: "a SubRip cue starts with its number")
        }
        guard lines.count >= 2, isTiming(lines[1]) else {
            throw JSONLine.SyntaxError(offset: lines[min(1, lines.count - 1)].lowerBound, message: "a cue needs a timing line ('00:00:01,000 --> 00:00:04,000')")
        }
        for line in lines.dropFirst(2) { markup(line, in: block, vtt: false, into: &pieces) }
        return pieces
    }

    /// Whether `inside` (what is between `<` and `>`, or `{` and `}`) is markup the format
    /// knows: a tag name with optional classes and annotation, or a timestamp. Anything else
    /// (`a < b > c`) is text, and so is redacted.
    private static func isTag(_ inside: UnsafeBufferPointer<UInt8>, angle: Bool, vtt: Bool) -> Bool {
        guard !inside.isEmpty else { return false }
        if !angle { return inside[0] == 0x5C && !inside.contains(0x20) && !inside.contains(0x7B) }  // {\an8}
        if inside.contains(0x3C) { return false }
        var p = 0
        if inside[0] == 0x2F { p = 1 }  // a closing tag
        if vtt, p == 0, inside[0] >= 0x30, inside[0] <= 0x39 {
            return inside.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x3A || $0 == 0x2E }  // <00:00:02.000>
        }
        var name: [UInt8] = []
        while p < inside.count, inside[p] != 0x20, inside[p] != 0x2E, inside[p] != 0x09 {
            name.append(inside[p] | 0x20)
            p += 1
        }
        let known: [String] = vtt ? ["c", "i", "b", "u", "v", "ruby", "rt", "lang"] : ["i", "b", "u", "s", "font"]
        return known.contains { $0.utf8.elementsEqual(name) }
    }

    /// Splits a text line at its markup: text between tags becomes pieces; a voice tag's name
    /// (`<v Elçin Hüseynov>`, `<v.loud Elçin>`) becomes a speaker piece.
    private static func markup(_ line: Range<Int>, in block: UnsafeBufferPointer<UInt8>, vtt: Bool, into pieces: inout [RecordPiece]) {
        var textStart = line.lowerBound
        var p = line.lowerBound
        func flush(_ end: Int) {
            if end > textStart { pieces.append(RecordPiece(source: textStart..<end, text: Array(block[textStart..<end]))) }
        }
        while p < line.upperBound {
            let b = block[p]
            let close: UInt8 = b == 0x3C ? 0x3E : b == 0x7B && p + 1 < line.upperBound && block[p + 1] == 0x5C ? 0x7D : 0
            guard close != 0, let end = (p + 1..<line.upperBound).first(where: { block[$0] == close }),
                  isTag(UnsafeBufferPointer(rebasing: block[(p + 1)..<end]), angle: b == 0x3C, vtt: vtt) else {
                p += 1
                continue
            }
            flush(p)
            if vtt, b == 0x3C, p + 1 < end, block[p + 1] == UInt8(ascii: "v"),
               p + 2 < end, block[p + 2] == 0x20 || block[p + 2] == 0x2E {
                // The annotation starts after the first space (classes come before it).
                if let space = (p + 2..<end).first(where: { block[$0] == 0x20 }) {
                    var a = space + 1
                    while a < end, block[a] == 0x20 { a += 1 }
                    var z = end
                    while z > a, block[z - 1] == 0x20 { z -= 1 }
                    if z > a { pieces.append(RecordPiece(source: a..<z, text: Array(block[a..<z]), kind: .speaker)) }
                }
            }
            p = end + 1
            textStart = p
        }
        flush(line.upperBound)
    }
}
