// Implementation of redact_icu.h: thin calls into ICU 72+, compiled as C so that ICU's symbol
// renaming macros apply. See the header for the contract of each function.
#include "redact_icu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
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

// MARK: Regular expressions

// Transparent, non-anchoring bounds: a region restricts where matches are, not what
// look-around sees. Closes `re` and returns NULL if ICU refuses.
static rx_regex *configured(URegularExpression *re, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_useTransparentBounds(re, 1, &status);
    uregex_useAnchoringBounds(re, 0, &status);
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

int32_t rx_regex_group_count(rx_regex *regex, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uregex_groupCount((URegularExpression *)regex, &status);
    if (U_FAILURE(status)) *error = status;
    return n;
}
