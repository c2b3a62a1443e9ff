// The few ICU services the Redact engine needs, behind names and types of our own.
//
// Why a shim: Debian's ICU renames every symbol with a version suffix through function-like
// macros that Swift cannot import, and a Swift module that imports both Foundation (which
// carries its own ICU) and ICU's headers fails a clean build. This header includes no ICU
// header, so nothing of ICU reaches Swift; the .c file is compiled by clang as C, where the
// renaming works as designed.
//
// Text is UTF-16 (`uint16_t`) as ICU wants it; offsets are UTF-16 code units. Error codes are
// ICU's `UErrorCode` values as `int32_t` (> 0 is a failure); `rx_error_name` names them.
#ifndef REDACT_ICU_H
#define REDACT_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The name of an ICU error code, e.g. "U_REGEX_RULE_SYNTAX". Static storage.
const char *rx_error_name(int32_t code);

/// ICU's version as "major.minor". Static storage.
const char *rx_icu_version(void);

/// Converts UTF-8 to UTF-16 with ICU's converter (`u_strFromUTF8`). Returns the length needed;
/// overflow is reported as U_BUFFER_OVERFLOW_ERROR (15), malformed input as an error code.
int32_t rx_utf8_to_utf16(const uint8_t *src, int32_t length, uint16_t *dst, int32_t capacity,
                         int32_t *error);

// MARK: Word segmentation

typedef struct rx_wordbreaker rx_wordbreaker;

/// Opens a word break iterator (root locale rules). NULL on failure, with *error set.
rx_wordbreaker *rx_wordbreaker_open(int32_t *error);
void rx_wordbreaker_close(rx_wordbreaker *breaker);

/// Segments `text` and writes the word-like segments (ICU rule status >= 100: numbers, letters,
/// kana, ideographs) as [starts[i], ends[i]) with their rule status. Space and punctuation
/// segments are skipped. `capacity` must be at least `length` (a text has at most that many
/// segments). Returns the number of segments written, or -1 with *error set.
int32_t rx_wordbreaker_segment(rx_wordbreaker *breaker, const uint16_t *text, int32_t length,
                               int32_t *starts, int32_t *ends, int32_t *statuses,
                               int32_t capacity, int32_t *error);

/// The classes of `FastWordBreak` (Sources/Redact/Text/FastWordBreak.swift), each a set of values
/// of Unicode's Word_Break property (UAX #29).
enum {
    RX_WB_UNHANDLED = 0,       // Extend, Format, ZWJ, Katakana, Hebrew_Letter, Regional_Indicator:
                               // rules the fast path leaves to ICU
    RX_WB_OTHER = 1,           // Other, LF, Newline, Double_Quote (joins only Hebrew letters)
    RX_WB_SPACE = 2,           // WSegSpace
    RX_WB_CR = 3,              // CR
    RX_WB_LETTER = 4,          // ALetter
    RX_WB_NUMERIC = 5,         // Numeric
    RX_WB_EXTEND_NUM_LET = 6,  // ExtendNumLet
    RX_WB_MID_LETTER = 7,      // MidLetter
    RX_WB_MID_NUM = 8,         // MidNum
    RX_WB_MID_NUM_LET = 9,     // MidNumLet
    RX_WB_SINGLE_QUOTE = 10    // Single_Quote
};

/// The RX_WB_ class of code point `c` from ICU's Word_Break property, as the property has it:
/// tailorings of ICU's rules (the colon is no MidLetter in the root rules) and the scripts that
/// ICU segments with dictionaries or by script rather than by this property (Han, Hiragana,
/// Thai, ...) are the caller's to leave out.
int32_t rx_word_break_class(int32_t c);

// MARK: Normalization and case folding

/// Writes the NFC form of `src` to `dst`. Returns the length needed; when it exceeds `capacity`,
/// *error is U_BUFFER_OVERFLOW_ERROR (15) and nothing useful was written.
int32_t rx_nfc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *error);

/// 1 when `src` is already in NFC, 0 when not, -1 on error.
int32_t rx_is_nfc(const uint16_t *src, int32_t length, int32_t *error);

/// Writes the matching key of `src`: NFKC_Casefold (compatibility forms, case folded, default
/// ignorable characters such as soft hyphens and zero-width joiners removed), then the Turkic
/// dotted and dotless i merged: `I ı İ i` all become `i`, so the key needs no language.
/// Returns the length needed; overflow is reported as in `rx_nfc`.
int32_t rx_match_key(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity,
                     int32_t *error);

/// Writes the full case folding of `src` (ICU's default folding, the one a case-insensitive
/// pattern compares by: `ß` becomes `ss`, `İ` becomes `i` + U+0307). Returns the length needed;
/// overflow is reported as in `rx_nfc`.
int32_t rx_fold_case(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *error);

// MARK: Regular expressions

typedef struct rx_regex rx_regex;

enum {
    RX_CASE_INSENSITIVE = 2,   // UREGEX_CASE_INSENSITIVE
    RX_COMMENTS = 4,           // UREGEX_COMMENTS (free spacing)
    RX_DOTALL = 32,            // UREGEX_DOTALL
    RX_MULTILINE = 8,          // UREGEX_MULTILINE
    RX_UWORD = 256             // UREGEX_UWORD (Unicode word boundaries for \b)
};

/// Compiles `pattern` with the RX_ flags. On a syntax error returns NULL, sets *error and the
/// 1-based line and the offset within it where the parser stopped.
rx_regex *rx_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                        int32_t *errorLine, int32_t *errorOffset, int32_t *error);

/// The step limit of one search, in ICU's units of 10,000 backtracking state saves: about
/// 0.1–0.5 s of one core. The default rules' searches stay far below it on any text; a
/// catastrophic pattern (`(a+)+$`) reaches it within a few dozen bytes.
#define RX_REGEX_TIME_LIMIT 300
/// The backtracking stack of one search, in bytes.
#define RX_REGEX_STACK_LIMIT (8 * 1024 * 1024)

/// 1 when `error` is a search that hit its time or stack limit.
int32_t rx_regex_is_limit_error(int32_t error);

/// A copy sharing the compiled pattern, for use on another thread or another text.
rx_regex *rx_regex_clone(const rx_regex *regex, int32_t *error);
void rx_regex_close(rx_regex *regex);

/// Sets the text to search. The text is not copied: it must outlive every search over it.
void rx_regex_set_text(rx_regex *regex, const uint16_t *text, int32_t length, int32_t *error);

/// Restricts the following searches to [start, end). Bounds are transparent (look-behind and
/// `\b` see the text outside the region) and do not anchor `^` and `$`.
void rx_regex_set_region(rx_regex *regex, int32_t start, int32_t end, int32_t *error);

/// Finds the next match in the region. Returns 1 and the span of capture group `group`
/// (0 for the whole match; a group that did not take part gives -1, -1), or 0 when there is none.
int32_t rx_regex_find_next(rx_regex *regex, int32_t group, int32_t *start, int32_t *end,
                           int32_t *error);

/// 1 when the pattern matches at `start` with `end` as the end of the input (`\z` and `$`
/// match there; look-behinds see the text before `start`), 0 when it does not, -1 with *error
/// set when the search failed (step limit, stack). Leaves the matcher's region at
/// [start, end) and its bounds anchoring: a matcher used for this use only this.
int32_t rx_regex_holds_at(rx_regex *regex, int32_t start, int32_t end, int32_t *error);

/// Number of capture groups in the pattern.
int32_t rx_regex_group_count(rx_regex *regex, int32_t *error);


// MARK: Character encodings

typedef struct rx_transcoder rx_transcoder;

/// Opens a streaming converter between UTF-8 and the charset `name` (any name or alias ICU
/// knows: "windows-1251", "KOI8-R", "ISO-8859-9", "UTF-16LE"). `toUTF8` 1 decodes `name` to
/// UTF-8, 0 encodes UTF-8 as `name`. `substitute` 1 replaces what cannot be converted (by
/// U+FFFD when decoding, by the charset's substitution character when encoding) instead of
/// stopping. NULL with *error set for an unknown name.
rx_transcoder *rx_transcoder_open(const char *name, int32_t toUTF8, int32_t substitute, int32_t *error);
void rx_transcoder_close(rx_transcoder *transcoder);

/// ICU's canonical name of the charset (static storage).
const char *rx_transcoder_charset(rx_transcoder *transcoder);

/// Converts from `src` into `dst`, setting how much of each was used. `flush` 1 means the input
/// ends with `src`. Returns 0 when all of `src` was taken, 15 (U_BUFFER_OVERFLOW_ERROR) when
/// `dst` is full (call again with the rest), or the error that stopped it: 10, 11 or 12 for a
/// sequence that cannot be converted, which ends `*srcUsed` bytes in; `*badLength` is its length
/// (in bytes when decoding, in UTF-16 units when encoding) and `*badChar` the character that
/// cannot be encoded (encoding only).
int32_t rx_transcode(rx_transcoder *transcoder, const uint8_t *src, int32_t srcLength, uint8_t *dst,
                     int32_t dstCapacity, int32_t flush, int32_t *srcUsed, int32_t *dstUsed,
                     int32_t *badLength, uint32_t *badChar);

/// Writes the characters the charset `name` maps both ways as [start, end] pairs of code points
/// into `ranges` (2 × `capacity` values). Returns the number of pairs (more than `capacity`
/// means call again with room for that many), or -1 with *error set.
int32_t rx_charset_repertoire(const char *name, uint32_t *ranges, int32_t capacity, int32_t *error);

#ifdef __cplusplus
}
#endif

#endif
