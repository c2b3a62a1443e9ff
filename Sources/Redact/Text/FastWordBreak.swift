import CICU

/// Word segmentation of Latin, Greek and Cyrillic text, digits and punctuation, straight over
/// UTF-16 code units, giving exactly the word-like segments and rule statuses of ICU's word
/// break iterator; `WordSegmenter` runs it in front of ICU and gives ICU what it does not handle.
///
/// ## What it implements
///
/// UAX #29's word boundary rules as ICU 72's root rules (`word.txt`) have them, for the code units
/// whose Word_Break class is one of these (the class of each unit is ICU's own property value,
/// read once through `rx_word_break_class`):
///
/// - **ALetter** (letters), **Numeric** (digits), **ExtendNumLet** (`_`, U+202F, U+203F…): every
///   two of them next to each other stay together (WB5, WB8, WB9, WB10, WB13a, WB13b);
/// - **MidLetter** (`·`, U+2027), **MidNumLet** (`.`, `‘`, `’`, U+2024) and **Single_Quote** (`'`)
///   between two letters (WB6, WB7): `l'amour`, `O’Neil`, `a.b.c`;
/// - **MidNum** (`,`, `;`), **MidNumLet** and **Single_Quote** between two digits (WB11, WB12):
///   `1,234.56`, `1'000`;
/// - everything else breaks on both sides (WB999), and WB3 (CR × LF) and WB3d (spaces together)
///   join only segments that are not word-like.
/// - ICU's own tailorings of the classes (CLDR's root rules): the colon is not MidLetter (`a:b`
///   is two words, `12:30` two numbers), and `@` is a letter (`@handle`, `a@b.c` are one word).
///
/// The rule status of a word is ICU's: 100 when its last character is a digit, 200 when a
/// letter; one ending in ExtendNumLet takes the status of the character before (100 after a
/// digit, 200 after a letter or another ExtendNumLet), and a lone ExtendNumLet (`_`) is not a
/// word (status 0), as in ICU.
///
/// ## Why it is exact for these classes
///
/// Among these classes, every rule that keeps two characters together looks at no more than one
/// character on either side (WB6/7 and WB11/12 at a middle character's neighbours), and none of
/// WB4's ignored characters (Extend, Format, ZWJ) occurs, so a left-to-right pass with one unit
/// of look-ahead decides every boundary as the rules do. The classes ICU's rules treat otherwise
/// are left out of the table: Extend, Format and ZWJ (WB4 makes a word reach across them),
/// Hebrew_Letter (WB7a–c), Katakana, Regional_Indicator, and whole blocks where ICU segments by
/// script or with dictionaries (Han, kana, Hangul, Thai and other South-East Asian scripts), and
/// everything outside the covered blocks: U+0000–U+052F (ASCII, Latin-1, Latin Extended-A/B, IPA,
/// spacing modifiers, Greek, Cyrillic and its supplement), U+1E00–U+1EFF (Latin Extended
/// Additional), U+2000–U+27BF (general punctuation, currency signs, letterlike symbols, number
/// forms, arrows, mathematical operators, technical and other symbols, dingbats; the emoji among
/// them are Other but for WB3c after a ZWJ, which is left to ICU).
/// Surrogates are never in the table, so neither is anything outside the BMP.
///
/// A unit outside the table stops the fast pass. `fallbackRegion(around:notBefore:in:classes:)`
/// then widens it to the nearest boundaries that hold whatever surrounds them (`isSafeBoundary`),
/// and ICU segments that stretch alone: ICU's forward iteration from a boundary reads only what
/// follows it, and truncating a text at one of its boundaries leaves the boundaries before it as
/// they were, so the stretch's segments are those of the whole text.
///
/// The tests (`Tests/RedactTests/Text/FastWordBreakTests.swift`) compare it with ICU on the
/// shared corpora, the fixtures, every short string over an alphabet of each class, and random
/// strings mixing handled and unhandled characters.
enum FastWordBreak {
    /// Classes of code units, `RX_WB_*` of the C shim; the order matters (`>= letter`: part of a word or
    /// between two parts). Computed, so that the hot loop compares with constants.
    @inline(__always) static var unhandled: UInt8 { UInt8(RX_WB_UNHANDLED) }
    @inline(__always) static var other: UInt8 { UInt8(RX_WB_OTHER) }
    @inline(__always) static var space: UInt8 { UInt8(RX_WB_SPACE) }
    @inline(__always) static var carriageReturn: UInt8 { UInt8(RX_WB_CR) }
    @inline(__always) static var letter: UInt8 { UInt8(RX_WB_LETTER) }
    @inline(__always) static var numeric: UInt8 { UInt8(RX_WB_NUMERIC) }
    @inline(__always) static var midLetter: UInt8 { UInt8(RX_WB_MID_LETTER) }
    /// The middle classes that join two letters (WB6/7) and two digits (WB11/12), as bit sets.
    @inline(__always) static var joinsLetters: UInt32 {
        UInt32(1) << RX_WB_MID_LETTER | UInt32(1) << RX_WB_MID_NUM_LET | UInt32(1) << RX_WB_SINGLE_QUOTE
    }
    @inline(__always) static var joinsDigits: UInt32 {
        UInt32(1) << RX_WB_MID_NUM | UInt32(1) << RX_WB_MID_NUM_LET | UInt32(1) << RX_WB_SINGLE_QUOTE
    }

    /// The blocks the table covers (see the type's comment); every other unit is `unhandled`.
    static let coveredBlocks: [ClosedRange<UInt32>] = [0x0000...0x052F, 0x1E00...0x1EFF, 0x2000...0x27BF]

    /// The class of every UTF-16 unit below `classes.count`, from ICU's Word_Break property.
    static let classes: [UInt8] = {
        var table = [UInt8](repeating: unhandled, count: Int(coveredBlocks.last!.upperBound) + 1)
        for block in coveredBlocks {
            for c in block {
                table[Int(c)] = UInt8(truncatingIfNeeded: rx_word_break_class(Int32(c)))
            }
        }
        // ICU's root rules (CLDR's tailoring of UAX #29): the colon is no MidLetter
        // (`$MidLetter = [\p{Word_Break = MidLetter} - [\: \uFE55 \uFF1A]]`), and `@` is a
        // letter (`@aylin_willow24`, `a@b.c` are one word each, status 200 or 100 as for letters).
        table[0x3A] = other
        table[0x40] = letter
        return table
    }()

    /// The class of unit `i` of `text`.
    @inline(__always)
    static func classOf(_ i: Int, _ text: UnsafeBufferPointer<UInt16>, _ classes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let unit = Int(text[i])
        return unit < classes.count ? classes[unit] : unhandled
    }

    /// Appends the word-like segments of `text` from `start` on to `tokens`, and returns where it
    /// stopped: `text.count`, or the first unit outside the table. Segments are found as if the
    /// text ended there; those that touch the fallback region around that unit are the caller's
    /// to drop (`WordSegmenter.segment`).
    /// - Complexity: O(n) in the units read; one table look-up per unit, no allocation but the
    ///   growth of `tokens`.
    static func segment(_ text: UnsafeBufferPointer<UInt16>, from start: Int, classes: UnsafeBufferPointer<UInt8>,
                        into tokens: inout [WordToken]) -> Int {
        let n = text.count
        var i = start
        while i < n {
            var c = classOf(i, text, classes)
            if c < letter {
                if c == unhandled { return i }
                i += 1
                continue
            }
            if c >= midLetter {  // a middle character with no word before it stands alone
                i += 1
                continue
            }
            let wordStart = i
            var last = c, beforeLast = unhandled
            i += 1
            while i < n {
                c = classOf(i, text, classes)
                if c >= letter && c < midLetter {  // WB5, WB8–10, WB13a/b
                    beforeLast = last
                    last = c
                    i += 1
                    continue
                }
                if c >= midLetter && i + 1 < n {  // WB6/7 and WB11/12
                    let next = classOf(i + 1, text, classes)
                    if next == last
                        && ((last == letter && joinsLetters & (1 << UInt32(c)) != 0)
                            || (last == numeric && joinsDigits & (1 << UInt32(c)) != 0)) {
                        beforeLast = c
                        i += 2
                        continue
                    }
                }
                break
            }
            let status: Int32
            if last == numeric {
                status = 100
            } else if last == letter {
                status = 200
            } else {  // ExtendNumLet: the status of the rule that joined it (WB13a)
                status = i - wordStart == 1 ? 0 : beforeLast == numeric ? 100 : 200
            }
            if status != 0 {
                tokens.append(WordToken(start: Int32(wordStart), end: Int32(i), status: status))
            }
        }
        return n
    }

    /// Whether `position` (0 < position < text.count) is a word boundary of every text that has
    /// these two units there, whatever comes before and after them: both are in the table, and
    /// no rule keeps their classes together (two parts of a word, a part and a middle character,
    /// two spaces, CR before anything).
    @inline(__always)
    static func isSafeBoundary(_ position: Int, _ text: UnsafeBufferPointer<UInt16>, _ classes: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = classOf(position - 1, text, classes), after = classOf(position, text, classes)
        if before == unhandled || after == unhandled || before == carriageReturn { return false }
        if before == space && after == space { return false }
        if before >= letter && after >= letter { return before >= midLetter && after >= midLetter }
        return true
    }

    /// Units within this distance after a fallback region's end that hold another unit outside
    /// the table join the region: one ICU call for a stretch of mixed text, not one per word.
    static let fallbackJoinDistance = 64

    /// The stretch around the unit at `stop` (outside the table) that ICU segments: from the last
    /// safe boundary before it (not before `floor`, itself a boundary) to the first safe boundary
    /// after it, widened over further units outside the table that follow closely.
    static func fallbackRegion(around stop: Int, notBefore floor: Int, in text: UnsafeBufferPointer<UInt16>,
                               classes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let n = text.count
        var start = stop
        while start > floor && !isSafeBoundary(start, text, classes) { start -= 1 }
        var end = stop + 1
        while true {
            while end < n && !isSafeBoundary(end, text, classes) { end += 1 }
            let limit = min(n, end + fallbackJoinDistance)
            var next = end
            while next < limit && classOf(next, text, classes) != unhandled { next += 1 }
            guard next < limit else { break }
            end = next + 1
        }
        return start..<end
    }
}
