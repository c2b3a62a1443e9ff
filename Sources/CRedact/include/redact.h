/*
 * redact.h — the C interface of Redact, an anonymization and redaction engine.
 *
 * Link with -lCRedact (libCRedact.so, built by `swift build --product CRedact`). No Swift
 * header or Swift knowledge is needed; all text is UTF-8.
 *
 * Ownership: every `char *` the library returns through an out-parameter is allocated by the
 * library and must be released with redact_string_free(). Every handle made by a *_new function
 * is released with its *_free function. Passing NULL to a *_free function does nothing. Strings
 * returned as `const char *` (redact_version, redact_status_name) are static: never free them.
 *
 * Errors: functions return a redact_status; REDACT_OK is 0. When `error_message` is not NULL
 * and a call fails, *error_message receives a description (free it with redact_string_free);
 * on success it is set to NULL. Messages never contain the text being redacted.
 *
 * Output on failure: when a call fails, every `char **output`/`char **json` it was given is set
 * to NULL, except redact_stream_feed and redact_stream_finish on REDACT_ERROR_INVALID_UTF8,
 * which return the redacted lines before the bad one (see there).
 *
 * Lifetimes: a handle keeps alive what it was made from. A session may outlive its engine
 * handle and a stream its session handle; each is released when the last handle using it is
 * freed. Freeing in any order is safe.
 *
 * Threads: a redact_engine is immutable once made and may be used from any number of threads
 * at once (redact_text, redact_detect_json, redact_session_new). A redact_session and a
 * redact_stream hold the state of one run and are meant for one thread at a time; calls on one
 * session (and on its streams) from several threads at once are serialized by a lock (they
 * wait), so misuse costs time, never memory safety.
 *
 * Lengths: one call takes at most INT_MAX bytes (a text, a piece fed to a stream, a key); a
 * longer `size_t` returns REDACT_ERROR_INVALID_ARGUMENT without reading the bytes. Feed longer
 * texts to a stream in pieces.
 */
#ifndef REDACT_H
#define REDACT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Version of this C interface; grows when functions are added, never reuses a meaning. */
#define REDACT_ABI_VERSION 1

typedef enum redact_status {
    REDACT_OK = 0,
    /** A NULL pointer where one is required, an unknown operator name, a bad length. */
    REDACT_ERROR_INVALID_ARGUMENT = 1,
    /** A rule file that cannot be read, parsed or compiled (message: file, line, rule). */
    REDACT_ERROR_RULES = 2,
    /** A key that is not 32 bytes. */
    REDACT_ERROR_KEY = 3,
    /** Input that is not valid UTF-8 (message: the byte offset). Nothing was redacted. */
    REDACT_ERROR_INVALID_UTF8 = 4,
    /** Something that should not happen; the message says what. */
    REDACT_ERROR_INTERNAL = 5
} redact_status;

/** Opaque handles. */
typedef struct redact_options redact_options;
typedef struct redact_engine redact_engine;
typedef struct redact_session redact_session;
typedef struct redact_stream redact_stream;

/** The library version, e.g. "0.1.0". Static. */
const char *redact_version(void);

/** The ABI version the library implements (REDACT_ABI_VERSION when built against this header). */
int redact_abi_version(void);

/** A short name for a status, e.g. "REDACT_ERROR_RULES". Static. */
const char *redact_status_name(redact_status status);

/** Releases a string returned by the library. NULL does nothing. */
void redact_string_free(char *string);

/* ---- Options: what an engine finds and writes ------------------------------------------ */

/** New options: the built-in default rules, the pseudonym operator, a fresh random key. */
redact_options *redact_options_new(void);
void redact_options_free(redact_options *options);

/** Layers a rule file or folder over the rules (in the order added). The file is read, and a
 *  missing or malformed one reported, by redact_engine_new. */
redact_status redact_options_add_rules(redact_options *options, const char *path);

/** 1 (default) to start from the built-in rules, 0 to use only the added rule files. With 0
 *  and no rule file (nor protected name), redact_engine_new fails with REDACT_ERROR_RULES:
 *  an engine with no rules would pass every text through unredacted. */
redact_status redact_options_use_default_rules(redact_options *options, int enabled);

/** Sets the 32-byte key that makes stand-ins the same in every run. */
redact_status redact_options_set_key(redact_options *options, const uint8_t *key, size_t length);

/**
 * Sets the operator ("pseudonym", "tag", "redact" or "mask") for `label` (e.g. "PHONE"),
 * or for every label when `label` is NULL.
 */
redact_status redact_options_set_operator(redact_options *options, const char *label, const char *operator_name);

/**
 * Adds a name that must always be replaced (label PERSON), whatever the rules find: one
 * spelling per call; add every spelling (other scripts, transliterations) of each name.
 */
redact_status redact_options_add_protected_name(redact_options *options, const char *name);

/**
 * Pins the stand-in scheme (the version of the stand-in choice) an archive was redacted with,
 * so that the same key gives the same stand-ins; the current one unless set.
 * REDACT_ERROR_INVALID_ARGUMENT for a version this library cannot reproduce.
 */
redact_status redact_options_set_stand_in_scheme(redact_options *options, int version);

/* ---- Engine: compiled rules, shareable between threads --------------------------------- */

/** Compiles the options into an engine. The options may be freed afterwards. Fails with
 *  REDACT_ERROR_RULES when a rule file is malformed or the rule set ends up with no rule. */
redact_status redact_engine_new(const redact_options *options, redact_engine **engine, char **error_message);
void redact_engine_free(redact_engine *engine);

/** SHA-256 of the active rule set in hex, as `redact --version` prints it. Free the result. */
char *redact_engine_rules_digest(const redact_engine *engine);

/** The version of the stand-in scheme the engine chooses stand-ins by; record it with the
 *  rules digest. 0 for a NULL engine. */
int redact_engine_stand_in_scheme(const redact_engine *engine);

/**
 * Redacts `length` bytes of UTF-8 `text` in a run of its own. On success *output holds the
 * redacted text (NUL-terminated; *output_length bytes without the NUL) and must be freed.
 */
redact_status redact_text(const redact_engine *engine, const char *text, size_t length,
                          char **output, size_t *output_length, char **error_message);

/**
 * Like redact_text, but *json receives a JSON object:
 * {"output": "...", "spans": [{"label", "rule", "start", "end" (code points), "utf8_start",
 * "utf8_end", "utf16_start", "utf16_end", "text", "replacement", "evidence", "confidence"}, ...]}.
 * "evidence" says what a span rests on (validated, pattern, cue, list, name-rules,
 * context-model, linked) and "confidence" is high, medium or low; a name whose kind the
 * context model reads otherwise is low and carries "alternative_label" (the other reading).
 */
redact_status redact_detect_json(const redact_engine *engine, const char *text, size_t length,
                                 char **json, size_t *json_length, char **error_message);

/* ---- Session: one run, consistent stand-ins and tag numbers across calls ---------------- */

redact_status redact_session_new(const redact_engine *engine, redact_session **session);
void redact_session_free(redact_session *session);

/** Redacts a whole text within the session; output as for redact_text. */
redact_status redact_session_text(redact_session *session, const char *text, size_t length,
                                  char **output, size_t *output_length, char **error_message);

/**
 * Moves the dates of what the session redacts next by the offset of document `id` (UTF-8,
 * `length` bytes): one offset per document, keyed by its id, so that one true date reveals
 * only its own document's; the same id under the same key moves dates alike on every machine.
 * A NULL `id` goes back to the key's one offset (the default). The filter's
 * `--date-scope document` does this for each input file.
 */
redact_status redact_session_set_date_document(redact_session *session, const char *id, size_t length,
                                               char **error_message);

/* ---- Stream: feed bytes in pieces of any size, get redacted whole lines back ------------ */

/** A stream writing through `session`; with `line_buffered` each complete line comes back at once. */
redact_status redact_stream_new(redact_session *session, int line_buffered, redact_stream **stream);
void redact_stream_free(redact_stream *stream);

/**
 * Feeds `length` bytes; *output receives what is complete so far (possibly empty, never NULL
 * on success) and must be freed. On REDACT_ERROR_INVALID_UTF8, *output still receives the
 * redacted lines before the bad one; the stream is then unusable. Without `line_buffered`,
 * text is gathered in blocks of 64 KiB of whole lines before it is scanned, so a bad byte in a
 * short input is reported only by redact_stream_finish.
 */
redact_status redact_stream_feed(redact_stream *stream, const char *bytes, size_t length,
                                 char **output, size_t *output_length, char **error_message);

/** Ends the stream and returns the rest (a last line without a line end). A stream that is
 *  finished takes nothing more: redact_stream_feed and redact_stream_finish on it return
 *  REDACT_ERROR_INVALID_ARGUMENT. */
redact_status redact_stream_finish(redact_stream *stream, char **output, size_t *output_length,
                                   char **error_message);

#ifdef __cplusplus
}
#endif

#endif /* REDACT_H */
