// The C ABI (include/redact.h) under AddressSanitizer: any bytes through redact_text,
// redact_detect_json, a session, and a stream fed in two pieces, with lengths as given,
// plus a key from the first 32 bytes (and from all of them, at any length). Properties: no
// crash, no memory error; a status and its outputs agree (output on success, a message on
// failure); a stream fed in two pieces and redact_session_text agree on whether the bytes
// are valid. (Leaks of handed-out strings are checked by CABITests under LeakSanitizer.)
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "redact.h"

static redact_engine *engine;

static void fail(const char *what) {
    (void)what;
    __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!engine) {
        redact_options *options = redact_options_new();
        uint8_t key[32];
        for (int i = 0; i < 32; i++) key[i] = (uint8_t)(i * 73 + 17);
        redact_options_set_key(options, key, 32);
        if (redact_engine_new(options, &engine, NULL) != REDACT_OK) fail("engine");
        redact_options_free(options);
    }
    if (size >= 32) {
        redact_options *options = redact_options_new();
        redact_options_set_key(options, data, 32);
        redact_options_set_key(options, data, size);
        redact_options_free(options);
    }
    const char *text = (const char *)data;
    char *out = NULL, *error = NULL;
    size_t length = 0;
    redact_status status = redact_text(engine, text, size, &out, &length, &error);
    if (status == REDACT_OK && (!out || error)) fail("redact_text ok without output");
    if (status != REDACT_OK && (out || !error)) fail("redact_text failure without message");
    redact_string_free(out);
    redact_string_free(error);
    out = NULL;
    status = redact_detect_json(engine, text, size, &out, &length, NULL);
    redact_string_free(out);

    redact_session *session = NULL;
    redact_session_new(engine, &session);
    char *whole = NULL;
    size_t whole_length = 0;
    redact_status whole_status = redact_session_text(session, text, size, &whole, &whole_length, NULL);
    redact_session_free(session);

    redact_session_new(engine, &session);
    redact_stream *stream = NULL;
    redact_stream_new(session, 0, &stream);
    size_t split = size ? data[0] % (size + 1) : 0;
    char *a = NULL, *b = NULL, *c = NULL;
    size_t la = 0, lb = 0, lc = 0;
    redact_status s1 = redact_stream_feed(stream, text, split, &a, &la, NULL);
    redact_status s2 = s1 == REDACT_OK ? redact_stream_feed(stream, text + split, size - split, &b, &lb, NULL) : s1;
    redact_status s3 = s2 == REDACT_OK ? redact_stream_finish(stream, &c, &lc, NULL) : s2;
    if ((whole_status == REDACT_OK) != (s3 == REDACT_OK)) fail("stream and session disagree on validity");
    redact_string_free(a);
    redact_string_free(b);
    redact_string_free(c);
    redact_string_free(whole);
    redact_stream_free(stream);
    redact_session_free(session);
    return 0;
}
