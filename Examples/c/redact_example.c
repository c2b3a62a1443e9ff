/*
 * redact_example.c — using Redact from C through libCRedact.so and redact.h.
 *
 * Build and run (see the Makefile next to this file):
 *
 *     swift build --product CRedact            # from the repository root: makes libCRedact.so
 *     make -C Examples/c BIN=$(swift build --show-bin-path)
 *     Examples/c/redact_example
 *
 * It shows the whole life of the C interface: options -> engine -> redact_text,
 * redact_detect_json, a session shared by two calls, and a stream fed in small pieces.
 * Every status is checked and everything the library hands out is freed.
 *
 * All the text below is synthetic: the names, numbers and addresses are invented.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redact.h"

/* Prints the failing call with its status and message, frees the message, and exits. A real
 * program would clean up and return an error instead; here failing loudly keeps the example short. */
static void check(redact_status status, const char *what, char *message) {
    if (status == REDACT_OK) return;
    fprintf(stderr, "%s failed: %s: %s\n", what, redact_status_name(status), message ? message : "(no message)");
    redact_string_free(message);
    exit(1);
}

int main(void) {
    printf("Redact %s, C ABI %d (header %d)\n", redact_version(), redact_abi_version(), REDACT_ABI_VERSION);
    if (redact_abi_version() != REDACT_ABI_VERSION) {
        fprintf(stderr, "libCRedact does not match redact.h\n");
        return 1;
    }

    /* ---- Options: default rules, a fixed key, operators per label ------------------------ */
    redact_options *options = redact_options_new();
    if (options == NULL) return 1;

    /* A fixed key makes the stand-ins the same in every run. NEVER hard-code a real key:
     * read it from a protected file (see `redact keygen`). This one is for the example only. */
    uint8_t key[32];
    for (int i = 0; i < 32; i++) key[i] = (uint8_t)(i * 7 + 3);
    check(redact_options_set_key(options, key, sizeof key), "redact_options_set_key", NULL);

    /* Like `redact --operator tag --operator DATE=redact`: numbered tags for everything,
     * a bare label for dates. NULL as the label means "every label". */
    check(redact_options_set_operator(options, NULL, "tag"), "redact_options_set_operator", NULL);
    check(redact_options_set_operator(options, "DATE", "redact"), "redact_options_set_operator", NULL);

    /* ---- Engine: compiled once, shareable between threads -------------------------------- */
    redact_engine *engine = NULL;
    char *error = NULL;
    check(redact_engine_new(options, &engine, &error), "redact_engine_new", error);
    redact_options_free(options); /* the engine keeps what it needs */

    char *digest = redact_engine_rules_digest(engine);
    printf("rules digest: %.16s…\n", digest ? digest : "?");
    redact_string_free(digest);

    /* ---- redact_text: one text, a run of its own ----------------------------------------- */
    const char *text =
        "Call +994 50 123 45 67 or write to elcin@example.az on 5 March 2023.\n"
        "Звоните 8 (912) 345-67-89, пишите ivan.petrov@example.ru.\n";
    char *output = NULL;
    size_t output_length = 0;
    check(redact_text(engine, text, strlen(text), &output, &output_length, &error), "redact_text", error);
    printf("\n-- redact_text (%zu bytes) --\n%s", output_length, output);
    redact_string_free(output);

    /* ---- redact_detect_json: the spans, with offsets in three units ---------------------- */
    const char *short_text = "Ə😀 mail elcin@example.az";
    char *json = NULL;
    size_t json_length = 0;
    check(redact_detect_json(engine, short_text, strlen(short_text), &json, &json_length, &error),
          "redact_detect_json", error);
    printf("\n-- redact_detect_json --\n%s\n", json);
    redact_string_free(json);

    /* ---- A session: tag numbers and stand-ins stay consistent across calls --------------- */
    redact_session *session = NULL;
    check(redact_session_new(engine, &session), "redact_session_new", NULL);
    const char *first = "First call: +994 50 123 45 67.";
    const char *second = "Second call: a new number +994 55 765 43 21, then +994 50 123 45 67 again.";
    printf("\n-- session --\n");
    check(redact_session_text(session, first, strlen(first), &output, &output_length, &error),
          "redact_session_text", error);
    printf("%s\n", output);
    redact_string_free(output);
    check(redact_session_text(session, second, strlen(second), &output, &output_length, &error),
          "redact_session_text", error);
    printf("%s\n", output);
    redact_string_free(output);

    /* ---- A stream: feed bytes in pieces of any size, get whole redacted lines back ------- */
    /* The stream writes through a session of its own here (it could share the one above, and
     * its tag numbers). A session and its stream are used by one thread at a time. */
    redact_session *stream_session = NULL;
    check(redact_session_new(engine, &stream_session), "redact_session_new", NULL);
    redact_stream *stream = NULL;
    check(redact_stream_new(stream_session, 1 /* line-buffered */, &stream), "redact_stream_new", NULL);

    const char *transcript =
        "SOURCE: Write to info.desk@example.az or call +994 50 123 45 67.\n"
        "KAYNAK: 0532 123 45 67 numarasından aradılar.\n"
        "A last line without a line end: mail ivan.petrov@example.ru";
    printf("\n-- stream, fed 5 bytes at a time --\n");
    size_t total = strlen(transcript);
    /* 5-byte pieces cut phone numbers and even multi-byte letters (ı, ə) in two: the stream
     * only redacts whole lines, so nothing is missed and nothing leaks. */
    for (size_t at = 0; at < total; at += 5) {
        size_t piece = total - at < 5 ? total - at : 5;
        check(redact_stream_feed(stream, transcript + at, piece, &output, &output_length, &error),
              "redact_stream_feed", error);
        fwrite(output, 1, output_length, stdout); /* often empty: only complete lines come out */
        redact_string_free(output);
    }
    check(redact_stream_finish(stream, &output, &output_length, &error), "redact_stream_finish", error);
    fwrite(output, 1, output_length, stdout);
    printf("\n");
    redact_string_free(output);
    /* Free in the reverse order of making: the stream, then its session. */
    redact_stream_free(stream);
    redact_session_free(stream_session);

    /* ---- Errors: a status and a message that never repeats the input text --------------- */
    const char bad[] = "fine line\nbad byte here: \xff secret@example.org\n";
    {
        redact_status status = redact_text(engine, bad, sizeof bad - 1, &output, &output_length, &error);
        printf("\n-- invalid UTF-8 --\n%s: %s\n", redact_status_name(status), error ? error : "");
        redact_string_free(error); /* output is NULL on failure: nothing to free */
        if (status != REDACT_ERROR_INVALID_UTF8) return 1;
    }

    /* Sessions before the engine they were made from. */
    redact_session_free(session);
    redact_engine_free(engine);
    return 0;
}
