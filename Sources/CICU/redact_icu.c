// Implementation of redact_icu.h: thin calls into ICU 72+, compiled as C so that ICU's symbol
// renaming macros apply. See the header for the contract of each function.
#include "redact_icu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/uset.h>
#include <unicode/uclean.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

const char *rx_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

const char *rx_icu_version(void) { return U_ICU_VERSION; }

int32_t rx_utf8_to_utf16(const uint8_t *src, int32_t length, uint16_t *dst, int32_t capacity,
                         int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8((UChar *)dst, capacity, &needed, (const char *)src, length, &status);
    if (U_FAILURE(status)) *error = status;
    return needed;
}

// MARK: Word segmentation

struct rx_wordbreaker {
    UBreakIterator *iterator;
};

rx_wordbreaker *rx_wordbreaker_open(int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return NULL;
    }
    rx_wordbreaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(it);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = it;
    return breaker;
}

void rx_wordbreaker_close(rx_wordbreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t rx_wordbreaker_segment(rx_wordbreaker *breaker, const uint16_t *text, int32_t length,
                               int32_t *starts, int32_t *ends, int32_t *statuses,
                               int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return -1;
    }
    int32_t count = 0;
    int32_t previous = ubrk_first(breaker->iterator);
    for (int32_t next = ubrk_next(breaker->iterator); next != UBRK_DONE;
         next = ubrk_next(breaker->iterator)) {
        int32_t rule = ubrk_getRuleStatus(breaker->iterator);
        if (rule >= UBRK_WORD_NONE_LIMIT) {
            if (count >= capacity) {
                *error = U_BUFFER_OVERFLOW_ERROR;
                return -1;
            }
            starts[count] = previous;
            ends[count] = next;
            statuses[count] = rule;
            count++;
        }
        previous = next;
    }
    return count;
}

int32_t rx_word_break_class(int32_t c) {
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER:
    case U_WB_LF:
    case U_WB_NEWLINE:
    case U_WB_DOUBLE_QUOTE: return RX_WB_OTHER;
    case U_WB_WSEGSPACE: return RX_WB_SPACE;
    case U_WB_CR: return RX_WB_CR;
    case U_WB_ALETTER: return RX_WB_LETTER;
    case U_WB_NUMERIC: return RX_WB_NUMERIC;
    case U_WB_EXTENDNUMLET: return RX_WB_EXTEND_NUM_LET;
    case U_WB_MIDLETTER: return RX_WB_MID_LETTER;
    case U_WB_MIDNUM: return RX_WB_MID_NUM;
    case U_WB_MIDNUMLET: return RX_WB_MID_NUM_LET;
    case U_WB_SINGLE_QUOTE: return RX_WB_SINGLE_QUOTE;
    default: return RX_WB_UNHANDLED;
    }
}

// MARK: Normalization and case folding

int32_t rx_nfc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    int32_t n = unorm2_normalize(nfc, (const UChar *)src, length, (UChar *)dst, capacity, &status);
    if (U_FAILURE(status)) *error = status;
    return n;
}

int32_t rx_is_nfc(const uint16_t *src, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) {
        *error = status;
        return -1;
    }
    UBool yes = unorm2_isNormalized(nfc, (const UChar *)src, length, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return -1;
    }
    return yes ? 1 : 0;
}

int32_t rx_match_key(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity,
                     int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *cf = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    int32_t n = unorm2_normalize(cf, (const UChar *)src, length, (UChar *)dst, capacity, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return n;
    }
    // Merge the Turkic i's in place: İ folded to "i" + U+0307, ı stays ı under full folding.
    int32_t out = 0;
    for (int32_t i = 0; i < n; i++) {
        uint16_t c = dst[i];
        if (c == 0x0131) c = 'i';
        if (c == 0x0307 && out > 0 && dst[out - 1] == 'i') continue;
        dst[out++] = c;
    }
    return out;
}

int32_t rx_fold_case(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_strFoldCase((UChar *)dst, capacity, (const UChar *)src, length, U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status)) *error = status;
    return n;
}

// MARK: Regular expressions

// Transparent, non-anchoring bounds: a region restricts where matches are, not what
// look-around sees. Closes `re` and returns NULL if ICU refuses.
static rx_regex *configured(URegularExpression *re, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_useTransparentBounds(re, 1, &status);
    uregex_useAnchoringBounds(re, 0, &status);
    // Every search is bounded: catastrophic backtracking in a rule ends with
    // U_REGEX_TIME_OUT (or U_REGEX_STACK_OVERFLOW) instead of hanging the filter.
    uregex_setTimeLimit(re, RX_REGEX_TIME_LIMIT, &status);
    uregex_setStackLimit(re, RX_REGEX_STACK_LIMIT, &status);
    if (U_FAILURE(status)) {
        *error = status;
        uregex_close(re);
        return NULL;
    }
    return (rx_regex *)re;
}

rx_regex *rx_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                        int32_t *errorLine, int32_t *errorOffset, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse = {0};
    URegularExpression *re = uregex_open((const UChar *)pattern, length, flags, &parse, &status);
    if (U_FAILURE(status)) {
        *error = status;
        *errorLine = parse.line;
        *errorOffset = parse.offset;
        return NULL;
    }
    return configured(re, error);
}

rx_regex *rx_regex_clone(const rx_regex *regex, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = uregex_clone((const URegularExpression *)regex, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return NULL;
    }
    return configured(re, error);
}

void rx_regex_close(rx_regex *regex) {
    if (regex != NULL) uregex_close((URegularExpression *)regex);
}

void rx_regex_set_text(rx_regex *regex, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)regex;
    uregex_setText(re, (const UChar *)text, length, &status);
    // setText resets the bounds modes; keep them transparent and non-anchoring.
    uregex_useTransparentBounds(re, 1, &status);
    uregex_useAnchoringBounds(re, 0, &status);
    if (U_FAILURE(status)) *error = status;
}

void rx_regex_set_region(rx_regex *regex, int32_t start, int32_t end, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_setRegion((URegularExpression *)regex, start, end, &status);
    if (U_FAILURE(status)) *error = status;
}

int32_t rx_regex_find_next(rx_regex *regex, int32_t group, int32_t *start, int32_t *end,
                           int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)regex;
    UBool found = uregex_findNext(re, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    if (!found) return 0;
    *start = uregex_start(re, group, &status);
    *end = uregex_end(re, group, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    return 1;
}

int32_t rx_regex_holds_at(rx_regex *regex, int32_t start, int32_t end, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)regex;
    uregex_setRegion(re, start, end, &status);
    uregex_useAnchoringBounds(re, 1, &status);
    UBool found = uregex_lookingAt(re, -1, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return -1;
    }
    return found ? 1 : 0;
}

int32_t rx_regex_is_limit_error(int32_t error) {
    return error == U_REGEX_TIME_OUT || error == U_REGEX_STACK_OVERFLOW;
}

int32_t rx_regex_group_count(rx_regex *regex, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uregex_groupCount((URegularExpression *)regex, &status);
    if (U_FAILURE(status)) *error = status;
    return n;
}

// MARK: Character encodings

struct rx_transcoder {
    UConverter *source;
    UConverter *target;
    UConverter *named;
    int32_t toUTF8;
    UBool started;
    UChar pivot[1024];
    UChar *pivotSource;
    UChar *pivotTarget;
};

// Decoding with substitution writes U+FFFD for every bad sequence, whatever the charset: ICU's
// own substitute callback writes U+001A for some single-byte charsets.
static void to_u_replacement(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                             int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    (void)context; (void)codeUnits; (void)length;
    if (reason > UCNV_IRREGULAR) return;
    static const UChar replacement = 0xFFFD;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

rx_transcoder *rx_transcoder_open(const char *name, int32_t toUTF8, int32_t substitute, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *named = ucnv_open(name, &status);
    if (U_FAILURE(status)) {
        *error = status;
        if (named) ucnv_close(named);
        return NULL;
    }
    status = U_ZERO_ERROR;
    UConverter *utf8 = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status)) {
        *error = status;
        ucnv_close(named);
        return NULL;
    }
    if (toUTF8) {
        if (substitute) {
            ucnv_setToUCallBack(named, to_u_replacement, NULL, NULL, NULL, &status);
        } else {
            ucnv_setToUCallBack(named, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
        }
        ucnv_setToUCallBack(utf8, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    } else {
        ucnv_setToUCallBack(utf8, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
        ucnv_setFromUCallBack(named, substitute ? UCNV_FROM_U_CALLBACK_SUBSTITUTE : UCNV_FROM_U_CALLBACK_STOP,
                              NULL, NULL, NULL, &status);
    }
    if (U_FAILURE(status)) {
        *error = status;
        ucnv_close(named);
        ucnv_close(utf8);
        return NULL;
    }
    rx_transcoder *t = malloc(sizeof *t);
    t->named = named;
    t->source = toUTF8 ? named : utf8;
    t->target = toUTF8 ? utf8 : named;
    t->toUTF8 = toUTF8;
    t->started = 0;
    t->pivotSource = t->pivot;
    t->pivotTarget = t->pivot;
    return t;
}

void rx_transcoder_close(rx_transcoder *t) {
    if (!t) return;
    ucnv_close(t->source);
    ucnv_close(t->target);
    free(t);
}

const char *rx_transcoder_charset(rx_transcoder *t) {
    UErrorCode status = U_ZERO_ERROR;
    const char *name = ucnv_getName(t->named, &status);
    return U_FAILURE(status) ? "" : name;
}

int32_t rx_transcode(rx_transcoder *t, const uint8_t *src, int32_t srcLength, uint8_t *dst,
                     int32_t dstCapacity, int32_t flush, int32_t *srcUsed, int32_t *dstUsed,
                     int32_t *badLength, uint32_t *badChar) {
    UErrorCode status = U_ZERO_ERROR;
    const char *source = (const char *)src;
    char *target = (char *)dst;
    ucnv_convertEx(t->target, t->source, &target, (char *)dst + dstCapacity, &source, (const char *)src + srcLength,
                   t->pivot, &t->pivotSource, &t->pivotTarget, t->pivot + 1024, !t->started, flush ? 1 : 0, &status);
    t->started = 1;
    *srcUsed = (int32_t)(source - (const char *)src);
    *dstUsed = (int32_t)(target - (char *)dst);
    *badLength = 0;
    *badChar = 0;
    if (status == U_INVALID_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND) {
        UErrorCode ignored = U_ZERO_ERROR;
        if (t->toUTF8) {
            char bad[32];
            int8_t length = sizeof bad;
            ucnv_getInvalidChars(t->source, bad, &length, &ignored);
            *badLength = length;
        } else {
            UChar bad[8];
            int8_t length = 8;
            ucnv_getInvalidUChars(t->target, bad, &length, &ignored);
            *badLength = length;
            if (length > 0) {
                UChar32 c = bad[0];
                if (U16_IS_LEAD(bad[0]) && length > 1 && U16_IS_TRAIL(bad[1])) c = U16_GET_SUPPLEMENTARY(bad[0], bad[1]);
                *badChar = (uint32_t)c;
            }
        }
    }
    return status > U_ZERO_ERROR ? status : 0;
}

int32_t rx_charset_repertoire(const char *name, uint32_t *ranges, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(name, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return -1;
    }
    USet *set = uset_openEmpty();
    ucnv_getUnicodeSet(cnv, set, UCNV_ROUNDTRIP_SET, &status);
    ucnv_close(cnv);
    if (U_FAILURE(status)) {
        uset_close(set);
        *error = status;
        return -1;
    }
    int32_t count = uset_getRangeCount(set);
    for (int32_t i = 0; i < count && i < capacity; i++) {
        UChar32 start, end;
        UErrorCode ignored = U_ZERO_ERROR;
        uset_getItem(set, i, &start, &end, NULL, 0, &ignored);
        ranges[2 * i] = (uint32_t)start;
        ranges[2 * i + 1] = (uint32_t)end;
    }
    uset_close(set);
    return count;
}
