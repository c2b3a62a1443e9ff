import Foundation
import Testing

/// The C ABI (Sources/CRedact/include/redact.h) exercised from C: a test program (below) is
/// compiled with AddressSanitizer, linked against this build's libCRedact.so and run with leak
/// detection. It covers every function, NULL arguments, unknown operators, wrong key lengths,
/// malformed rule files, invalid UTF-8 (text, session, stream), error_message on success,
/// freeing everything, and one engine shared by threads against a serial run.
@Suite struct CABITests {
    /// How many checks the program makes; raise it when adding one.
    static let checkCount = 92

    @Test func cABIUnderAddressSanitizer() throws {
        guard let library = ExamplesTests.requireLibrary() else { return }
        guard let cc = ExampleRun.tool("cc") else {
            Issue.record("cc is not on PATH: the C ABI test program was not built")
            return
        }
        let dir = try RedactBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("cabi_test.c")
        try Self.program.write(to: source, atomically: true, encoding: .utf8)
        let program = dir.appendingPathComponent("cabi_test").path
        let bin = library.deletingLastPathComponent().path
        let include = RedactBinary.root.appendingPathComponent("Sources/CRedact/include").path
        let build = try ExampleRun.run([cc, "-std=c11", "-Wall", "-Wextra", "-Werror", "-g", "-fsanitize=address",
                                        "-fno-omit-frame-pointer", "-I", include, source.path, "-o", program,
                                        "-L", bin, "-lCRedact", "-Wl,-rpath,\(bin)", "-lpthread"], timeout: 120)
        try #require(build.status == 0, "cc failed:\n\(build.stdout)\n\(build.stderr)")
        let rulesDir = dir.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rulesDir, withIntermediateDirectories: true)

        let run = try ExampleRun.run([program, rulesDir.path], environment: ["ASAN_OPTIONS": "detect_leaks=1"], timeout: 300)
        #expect(run.status == 0, "exit status \(run.status)\n\(run.stdout)\n\(run.stderr)")
        #expect(!run.stderr.contains("ERROR: AddressSanitizer") && !run.stderr.contains("LeakSanitizer"), "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let failures = lines.filter { $0.hasPrefix("FAIL ") }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(lines.last == "checks: \(Self.checkCount) failed: 0", "\(run.stdout)")
        let passed = Set(lines.filter { $0.hasPrefix("ok ") }.map { String($0.dropFirst(3)) })
        #expect(passed.count == Self.checkCount)
        for name in ["free_null", "null_add_rules", "null_set_key", "null_set_operator", "unknown_operator", "wrong_key_length",
                     "null_engine_new_options", "engine_new_error_null_on_success", "rules_digest", "rules_error_file_and_line",
                     "rules_error_bad_pattern", "rules_error_empty_rule_set", "rules_error_missing_file", "custom_rules_only", "redact_text",
                     "redact_text_error_null_on_success", "null_redact_text_text", "invalid_utf8_text_0", "invalid_utf8_text_3",
                     "detect_json", "invalid_utf8_detect_json", "session_consistent", "invalid_utf8_session_text",
                     "null_stream_feed_stream", "stream_line_buffered", "stream_pieces_equal_whole_text",
                     "invalid_utf8_stream_lb0", "invalid_utf8_stream_lb1", "stream_unusable_after_error_lb1",
                     "threads_match_serial", "threads_texts_redacted", "huge_length_text", "huge_length_key", "huge_length_stream",
                     "stream_feed_after_finish", "stream_finish_twice", "shared_session_serialized"] {
            #expect(passed.contains(name), "no 'ok \(name)'")
        }

        // The rules error names the file and the line, as the program printed it.
        let rulesMessage = try #require(lines.first { $0.hasPrefix("rules message: ") })
        #expect(rulesMessage.contains(rulesDir.appendingPathComponent("unknown-key.yaml").path + ":3:"), "\(rulesMessage)")
        // The stream that met invalid UTF-8 returned the redacted line before the bad one.
        #expect(run.stdout.contains("invalid_utf8_stream_lb1: output=\"first [PHONE-1]\n\" message=\"invalid UTF-8 at byte offset 31\""))
        // redact_detect_json's offsets slice the input in each unit.
        let json = try #require(lines.first { $0.hasPrefix("json: ") }).dropFirst("json: ".count)
        try ExampleRun.expectSpans(json: Data(json.utf8), input: "Ə😀 mail elcin@example.az", count: 1)
    }

    /// The C test program; run as `cabi_test RULES-DIR`.
    static let program = #"""
/* Checks the C ABI of libCRedact (redact.h) from C, under AddressSanitizer and LeakSanitizer.
 * Usage: cabi_test DIR   (DIR: a writable folder for rule files)
 * Prints "ok NAME" or "FAIL NAME: why" per check, then "checks: N failed: M"; exits 1 on any
 * failure. Written by CABITests.swift, which compiles and runs it. */
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redact.h"

static int checks = 0, failures = 0;

static void check(int ok, const char *name, const char *detail) {
    checks++;
    if (ok) {
        printf("ok %s\n", name);
    } else {
        failures++;
        printf("FAIL %s: %s\n", name, detail ? detail : "");
    }
    fflush(stdout);
}

/* A sentinel that a function must overwrite (with NULL on success); never freed. */
static char sentinel_storage[] = "sentinel";
#define SENTINEL (sentinel_storage)

static const uint8_t KEY[32] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32};

static int contains(const char *haystack, const char *needle) {
    return haystack != NULL && strstr(haystack, needle) != NULL;
}

static void write_file(const char *dir, const char *name, const char *content, char *path, size_t size) {
    snprintf(path, size, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) { perror(path); exit(2); }
    fputs(content, f);
    fclose(f);
}

/* An engine with the fixed key and `op` for every label; NULL on failure. */
static redact_engine *make_engine(const char *op) {
    redact_options *options = redact_options_new();
    redact_engine *engine = NULL;
    char *error = NULL;
    if (redact_options_set_key(options, KEY, 32) != REDACT_OK ||
        redact_options_set_operator(options, NULL, op) != REDACT_OK ||
        redact_engine_new(options, &engine, &error) != REDACT_OK) {
        printf("cannot make engine: %s\n", error ? error : "");
        redact_string_free(error);
        engine = NULL;
    }
    redact_options_free(options);
    return engine;
}

/* ---- statics, NULL-tolerant frees ------------------------------------------------------- */
static void test_statics(void) {
    const char *version = redact_version();
    check(version != NULL && version[0] >= '0' && version[0] <= '9', "version", version);
    check(redact_abi_version() == REDACT_ABI_VERSION, "abi_version", NULL);
    check(strcmp(redact_status_name(REDACT_OK), "REDACT_OK") == 0 &&
          strcmp(redact_status_name(REDACT_ERROR_INVALID_ARGUMENT), "REDACT_ERROR_INVALID_ARGUMENT") == 0 &&
          strcmp(redact_status_name(REDACT_ERROR_RULES), "REDACT_ERROR_RULES") == 0 &&
          strcmp(redact_status_name(REDACT_ERROR_KEY), "REDACT_ERROR_KEY") == 0 &&
          strcmp(redact_status_name(REDACT_ERROR_INVALID_UTF8), "REDACT_ERROR_INVALID_UTF8") == 0 &&
          strcmp(redact_status_name(REDACT_ERROR_INTERNAL), "REDACT_ERROR_INTERNAL") == 0,
          "status_name", NULL);
    const char *unknown = redact_status_name((redact_status)99);
    check(unknown != NULL && unknown[0] != '\0', "status_name_unknown", unknown);
    const char *negative = redact_status_name((redact_status)-1);
    check(negative != NULL && negative[0] != '\0', "status_name_negative", negative);
    redact_string_free(NULL);
    redact_options_free(NULL);
    redact_engine_free(NULL);
    redact_session_free(NULL);
    redact_stream_free(NULL);
    check(1, "free_null", NULL);
}

/* ---- options: NULLs, unknown operators, keys --------------------------------------------- */
static void test_options(void) {
    redact_options *options = redact_options_new();
    check(options != NULL, "options_new", NULL);
    check(redact_options_add_rules(NULL, "x.yaml") == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_add_rules(options, NULL) == REDACT_ERROR_INVALID_ARGUMENT,
          "null_add_rules", NULL);
    check(redact_options_use_default_rules(NULL, 1) == REDACT_ERROR_INVALID_ARGUMENT, "null_use_default_rules", NULL);
    check(redact_options_set_key(NULL, KEY, 32) == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_set_key(options, NULL, 32) == REDACT_ERROR_INVALID_ARGUMENT,
          "null_set_key", NULL);
    check(redact_options_set_operator(NULL, NULL, "tag") == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_set_operator(options, "PHONE", NULL) == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_set_operator(options, NULL, NULL) == REDACT_ERROR_INVALID_ARGUMENT,
          "null_set_operator", NULL);
    check(redact_options_set_operator(options, NULL, "scramble") == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_set_operator(options, "PHONE", "bogus") == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_set_operator(options, NULL, "") == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_set_operator(options, NULL, "TAG ") == REDACT_ERROR_INVALID_ARGUMENT,
          "unknown_operator", NULL);
    check(redact_options_set_operator(options, NULL, "pseudonym") == REDACT_OK &&
          redact_options_set_operator(options, NULL, "tag") == REDACT_OK &&
          redact_options_set_operator(options, NULL, "redact") == REDACT_OK &&
          redact_options_set_operator(options, NULL, "mask") == REDACT_OK,
          "known_operators", NULL);
    uint8_t long_key[33] = {0};
    check(redact_options_set_key(options, KEY, 31) == REDACT_ERROR_KEY &&
          redact_options_set_key(options, long_key, 33) == REDACT_ERROR_KEY &&
          redact_options_set_key(options, KEY, 0) == REDACT_ERROR_KEY,
          "wrong_key_length", NULL);
    check(redact_options_set_key(options, KEY, 32) == REDACT_OK, "key_32", NULL);
    redact_options_free(options);
}

/* ---- engine: NULLs, error_message on success, rules errors ------------------------------- */
static void test_engine(const char *dir) {
    redact_options *options = redact_options_new();
    redact_engine *engine = (redact_engine *)SENTINEL;
    char *error = NULL;

    check(redact_engine_new(NULL, &engine, &error) == REDACT_ERROR_INVALID_ARGUMENT && error != NULL,
          "null_engine_new_options", error);
    redact_string_free(error);
    error = NULL;
    check(redact_engine_new(options, NULL, &error) == REDACT_ERROR_INVALID_ARGUMENT && error != NULL,
          "null_engine_new_out", error);
    redact_string_free(error);
    check(redact_engine_new(NULL, NULL, NULL) == REDACT_ERROR_INVALID_ARGUMENT, "null_engine_new_all", NULL);

    /* Success sets *error_message to NULL, and error_message itself may be NULL. */
    error = SENTINEL;
    engine = NULL;
    redact_status status = redact_engine_new(options, &engine, &error);
    check(status == REDACT_OK && engine != NULL && error == NULL, "engine_new_error_null_on_success",
          error == SENTINEL ? "error_message left untouched" : NULL);
    redact_engine *second = NULL;
    check(redact_engine_new(options, &second, NULL) == REDACT_OK && second != NULL, "engine_new_without_error_out", NULL);

    char *digest = redact_engine_rules_digest(engine);
    int hex = digest != NULL && strlen(digest) == 64 && strspn(digest, "0123456789abcdef") == 64;
    check(hex, "rules_digest", digest);
    char *digest2 = redact_engine_rules_digest(second);
    check(digest && digest2 && strcmp(digest, digest2) == 0, "rules_digest_stable", NULL);
    redact_string_free(digest);
    redact_string_free(digest2);
    check(redact_engine_rules_digest(NULL) == NULL, "null_rules_digest", NULL);
    check(redact_engine_stand_in_scheme(engine) >= 2, "stand_in_scheme_current", NULL);
    check(redact_engine_stand_in_scheme(NULL) == 0, "null_stand_in_scheme", NULL);
    redact_engine_free(second);
    redact_engine_free(engine);

    /* Pinning the stand-in scheme: an older supported one is kept, an unknown one refused. */
    check(redact_options_set_stand_in_scheme(options, 99) == REDACT_ERROR_INVALID_ARGUMENT, "stand_in_scheme_unknown", NULL);
    check(redact_options_set_stand_in_scheme(NULL, 1) == REDACT_ERROR_INVALID_ARGUMENT, "null_stand_in_scheme_options", NULL);
    check(redact_options_set_stand_in_scheme(options, 1) == REDACT_OK, "stand_in_scheme_pin", NULL);
    engine = NULL;
    check(redact_engine_new(options, &engine, NULL) == REDACT_OK && redact_engine_stand_in_scheme(engine) == 1,
          "stand_in_scheme_pinned", NULL);
    redact_engine_free(engine);
    redact_options_free(options);

    /* A malformed rule file: REDACT_ERROR_RULES, message naming file and line. */
    char path[4096];
    write_file(dir, "unknown-key.yaml", "format: redact-rules/1\nname: broken\ncolour: red\n", path, sizeof path);
    options = redact_options_new();
    redact_options_add_rules(options, path);
    engine = (redact_engine *)SENTINEL;
    error = NULL;
    status = redact_engine_new(options, &engine, &error);
    char expected[4200];
    snprintf(expected, sizeof expected, "%s:3", path);
    check(status == REDACT_ERROR_RULES && engine == NULL && contains(error, expected) && contains(error, "colour"),
          "rules_error_file_and_line", error);
    printf("rules message: %s\n", error ? error : "(null)");
    redact_string_free(error);
    /* The same failure with error_message NULL must not crash. */
    check(redact_engine_new(options, &engine, NULL) == REDACT_ERROR_RULES, "rules_error_without_error_out", NULL);
    redact_options_free(options);

    /* A pattern that does not compile: the message names the rule. */
    write_file(dir, "bad-pattern.yaml",
               "format: redact-rules/1\n"
               "rules:\n"
               "  - id: test.bad\n"
               "    label: TICKET\n"
               "    kind: pattern\n"
               "    pattern: \"ZX-([0-9\"\n"
               "    trigger: digits\n"
               "    examples:\n"
               "      match: [\"[[ZX-1234]]\"]\n",
               path, sizeof path);
    options = redact_options_new();
    redact_options_add_rules(options, path);
    error = NULL;
    status = redact_engine_new(options, &engine, &error);
    check(status == REDACT_ERROR_RULES && contains(error, "bad-pattern.yaml:") && contains(error, "test.bad"),
          "rules_error_bad_pattern", error);
    redact_string_free(error);
    redact_options_free(options);

    /* No default rules and no rule file: an engine that would pass everything through is refused. */
    options = redact_options_new();
    redact_options_use_default_rules(options, 0);
    engine = (redact_engine *)SENTINEL;
    error = NULL;
    status = redact_engine_new(options, &engine, &error);
    check(status == REDACT_ERROR_RULES && engine == NULL && contains(error, "no rules"), "rules_error_empty_rule_set", error);
    redact_string_free(error);
    redact_options_free(options);

    /* A rule file that does not exist. */
    options = redact_options_new();
    snprintf(path, sizeof path, "%s/no-such-rules.yaml", dir);
    redact_options_add_rules(options, path);
    error = NULL;
    status = redact_engine_new(options, &engine, &error);
    check(status == REDACT_ERROR_RULES && contains(error, "no-such-rules.yaml"), "rules_error_missing_file", error);
    redact_string_free(error);
    redact_options_free(options);

    /* A valid rule file alone (no default rules), with a per-label operator given in lower case. */
    write_file(dir, "tickets.yaml",
               "format: redact-rules/1\n"
               "name: tickets\n"
               "rules:\n"
               "  - id: ticket.zx\n"
               "    label: TICKET\n"
               "    kind: pattern\n"
               "    pattern: \"\\\\bZX-[0-9]{4}\\\\b\"\n"
               "    trigger: \"X\"\n"
               "    max_length: 8\n"
               "    examples:\n"
               "      match: [\"ticket [[ZX-1234]] closed\"]\n"
               "      reject: [\"ZX-12\"]\n",
               path, sizeof path);
    options = redact_options_new();
    check(redact_options_use_default_rules(options, 0) == REDACT_OK && redact_options_add_rules(options, path) == REDACT_OK &&
          redact_options_set_operator(options, NULL, "redact") == REDACT_OK &&
          redact_options_set_operator(options, "ticket", "tag") == REDACT_OK,
          "custom_rules_options", NULL);
    engine = NULL;
    error = SENTINEL;
    status = redact_engine_new(options, &engine, &error);
    check(status == REDACT_OK && error == NULL, "custom_rules_engine", error == SENTINEL ? "untouched" : error);
    if (status == REDACT_OK) {
        const char *text = "ticket ZX-1234 about +994 50 123 45 67";
        char *output = NULL;
        size_t length = 0;
        status = redact_text(engine, text, strlen(text), &output, &length, NULL);
        check(status == REDACT_OK && output && strcmp(output, "ticket [TICKET-1] about +994 50 123 45 67") == 0,
              "custom_rules_only", output);
        redact_string_free(output);
    } else {
        redact_string_free(error);
    }
    redact_engine_free(engine);
    redact_options_free(options);

    /* Protected names: replaced where no rule would fire, in any case and script given. */
    options = redact_options_new();
    check(redact_options_add_protected_name(NULL, "x") == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_add_protected_name(options, NULL) == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_add_protected_name(options, "Elçin Hüseynov") == REDACT_OK &&
          redact_options_add_protected_name(options, "Эльчин Гусейнов") == REDACT_OK &&
          redact_options_set_operator(options, NULL, "redact") == REDACT_OK,
          "protected_names_options", NULL);
    engine = NULL;
    status = redact_engine_new(options, &engine, NULL);
    redact_options_free(options);
    if (status == REDACT_OK) {
        const char *text = "ELÇİN HÜSEYNOV and Эльчин Гусейнов met Elçin.";
        char *output = NULL;
        status = redact_text(engine, text, strlen(text), &output, NULL, NULL);
        check(status == REDACT_OK && output && strcmp(output, "[PERSON] and [PERSON] met [PERSON].") == 0,
              "protected_names", output);
        redact_string_free(output);
    } else {
        check(0, "protected_names_engine", NULL);
    }
    redact_engine_free(engine);
}

/* ---- redact_text, redact_detect_json, sessions ------------------------------------------ */
static void test_text(redact_engine *engine) {
    const char *text = "Call +994 50 123 45 67 or mail elcin@example.az.";
    char *output = SENTINEL, *error = SENTINEL;
    size_t length = 12345;
    redact_status status = redact_text(engine, text, strlen(text), &output, &length, &error);
    check(status == REDACT_OK && error == NULL, "redact_text_error_null_on_success", NULL);
    check(status == REDACT_OK && output && strcmp(output, "Call [PHONE-1] or mail [EMAIL-1].") == 0 && length == strlen(output),
          "redact_text", output == SENTINEL ? "untouched" : output);
    if (output != SENTINEL) redact_string_free(output);

    /* Embedded NUL: the length, not the NUL, ends the text. */
    const char with_nul[] = "a\0b +994 50 123 45 67";
    output = NULL;
    status = redact_text(engine, with_nul, sizeof with_nul - 1, &output, &length, NULL);
    check(status == REDACT_OK && length == 13 && memcmp(output, "a\0b [PHONE-1]", 13) == 0, "redact_text_embedded_nul", NULL);
    redact_string_free(output);

    /* Empty text. */
    output = NULL;
    status = redact_text(engine, "", 0, &output, &length, NULL);
    check(status == REDACT_OK && output && output[0] == '\0' && length == 0, "redact_text_empty", NULL);
    redact_string_free(output);

    /* NULL arguments. */
    error = NULL;
    status = redact_text(NULL, text, strlen(text), &output, &length, &error);
    check(status == REDACT_ERROR_INVALID_ARGUMENT && error != NULL, "null_redact_text_engine", NULL);
    redact_string_free(error);
    error = NULL;
    status = redact_text(engine, NULL, 5, &output, &length, &error);
    check(status == REDACT_ERROR_INVALID_ARGUMENT && error != NULL, "null_redact_text_text", NULL);
    redact_string_free(error);
    status = redact_text(engine, text, strlen(text), NULL, &length, NULL);
    check(status == REDACT_ERROR_INVALID_ARGUMENT, "null_redact_text_output", NULL);

    /* Invalid UTF-8: status, the byte offset, nothing in *output, no input text in the message. */
    const char *bad_inputs[] = {"ab\ncd\xff secret@example.org", "ab\ncd\xc0\xaf secret@example.org",
                                "ab\ncd\xed\xa0\x80 secret@example.org", "ab\ncd\xe2\x82"};
    for (int i = 0; i < 4; i++) {
        output = SENTINEL;
        error = NULL;
        status = redact_text(engine, bad_inputs[i], strlen(bad_inputs[i]), &output, &length, &error);
        char name[64];
        snprintf(name, sizeof name, "invalid_utf8_text_%d", i);
        check(status == REDACT_ERROR_INVALID_UTF8 && output == NULL && contains(error, "byte offset 5") &&
              !contains(error, "secret") && !contains(error, "ab"),
              name, error);
        redact_string_free(error);
    }

    /* redact_detect_json: printed for the Swift side to parse and check offsets. */
    const char *unicode = "\xc6\x8f\xf0\x9f\x98\x80 mail elcin@example.az";  /* "Ə😀 mail elcin@example.az" */
    char *json = SENTINEL;
    error = SENTINEL;
    status = redact_detect_json(engine, unicode, strlen(unicode), &json, &length, &error);
    check(status == REDACT_OK && error == NULL && json != SENTINEL && length == strlen(json) &&
          contains(json, "\"utf8_start\":12") && contains(json, "\"utf16_start\":9") && contains(json, "\"start\":8"),
          "detect_json", json == SENTINEL ? "untouched" : json);
    if (json != SENTINEL) {
        printf("json: %s\n", json);
        redact_string_free(json);
    }
    error = NULL;
    check(redact_detect_json(NULL, unicode, 3, &json, &length, &error) == REDACT_ERROR_INVALID_ARGUMENT && error != NULL,
          "null_detect_json_engine", NULL);
    redact_string_free(error);
    check(redact_detect_json(engine, NULL, 3, &json, &length, NULL) == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_detect_json(engine, unicode, 3, NULL, &length, NULL) == REDACT_ERROR_INVALID_ARGUMENT,
          "null_detect_json_args", NULL);
    json = SENTINEL;
    error = NULL;
    status = redact_detect_json(engine, "x\xffy", 3, &json, &length, &error);
    check(status == REDACT_ERROR_INVALID_UTF8 && json == NULL && contains(error, "byte offset 1"), "invalid_utf8_detect_json", error);
    redact_string_free(error);

    /* Sessions: the same value keeps its tag across calls; a new session starts at 1. */
    redact_session *session = (redact_session *)SENTINEL;
    check(redact_session_new(NULL, &session) == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_session_new(engine, NULL) == REDACT_ERROR_INVALID_ARGUMENT,
          "null_session_new", NULL);
    session = NULL;
    check(redact_session_new(engine, &session) == REDACT_OK && session != NULL, "session_new", NULL);
    const char *first = "one +994 50 123 45 67", *second = "two +994 55 765 43 21 and +994 50 123 45 67";
    char *a = NULL, *b = NULL;
    error = SENTINEL;
    status = redact_session_text(session, first, strlen(first), &a, &length, &error);
    check(status == REDACT_OK && error == NULL, "session_text_error_null_on_success", NULL);
    status = redact_session_text(session, second, strlen(second), &b, &length, NULL);
    check(status == REDACT_OK && a && b && strcmp(a, "one [PHONE-1]") == 0 && strcmp(b, "two [PHONE-2] and [PHONE-1]") == 0,
          "session_consistent", b);
    redact_string_free(a);
    redact_string_free(b);
    error = NULL;
    check(redact_session_text(NULL, first, 3, &a, &length, &error) == REDACT_ERROR_INVALID_ARGUMENT && error != NULL,
          "null_session_text_session", NULL);
    redact_string_free(error);
    check(redact_session_text(session, NULL, 3, &a, &length, NULL) == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_session_text(session, first, 3, NULL, &length, NULL) == REDACT_ERROR_INVALID_ARGUMENT,
          "null_session_text_args", NULL);
    a = SENTINEL;
    error = NULL;
    status = redact_session_text(session, "ok\n\xff", 4, &a, &length, &error);
    check(status == REDACT_ERROR_INVALID_UTF8 && a == NULL && contains(error, "byte offset 3"), "invalid_utf8_session_text", error);
    redact_string_free(error);
    /* The session still works after refusing bad input. */
    status = redact_session_text(session, first, strlen(first), &a, &length, NULL);
    check(status == REDACT_OK && a && strcmp(a, "one [PHONE-1]") == 0, "session_after_error", a);
    redact_string_free(a);
    redact_session_free(session);

    /* A date document: its id keys the dates' offset; NULL restores the key's. */
    redact_engine *dated = make_engine("pseudonym");
    check(dated != NULL, "dated_engine", NULL);
    if (dated) {
        const char *date = "signed 12.03.2021";
        char *by_key = NULL, *one = NULL, *two = NULL, *again = NULL, *back = NULL;
        check(redact_session_new(dated, &session) == REDACT_OK, "dated_session", NULL);
        redact_session_text(session, date, strlen(date), &by_key, &length, NULL);
        check(redact_session_set_date_document(session, "doc-1", 5, NULL) == REDACT_OK, "set_date_document", NULL);
        redact_session_text(session, date, strlen(date), &one, &length, NULL);
        redact_session_set_date_document(session, "doc-2", 5, NULL);
        redact_session_text(session, date, strlen(date), &two, &length, NULL);
        redact_session_set_date_document(session, "doc-1", 5, NULL);
        redact_session_text(session, date, strlen(date), &again, &length, NULL);
        check(redact_session_set_date_document(session, NULL, 0, NULL) == REDACT_OK, "unset_date_document", NULL);
        redact_session_text(session, date, strlen(date), &back, &length, NULL);
        check(by_key && one && two && again && back && strcmp(one, two) != 0 && strcmp(one, again) == 0 &&
              strcmp(by_key, back) == 0 && strcmp(by_key, one) != 0 && !contains(one, "2021-03-12") && !contains(one, "12.03.2021"),
              "date_document_offsets", one);
        error = NULL;
        check(redact_session_set_date_document(NULL, "x", 1, &error) == REDACT_ERROR_INVALID_ARGUMENT && error != NULL,
              "null_date_document_session", NULL);
        redact_string_free(error);
        check(redact_session_set_date_document(session, "\xff", 1, NULL) == REDACT_ERROR_INVALID_UTF8, "invalid_utf8_date_document", NULL);
        redact_string_free(by_key); redact_string_free(one); redact_string_free(two);
        redact_string_free(again); redact_string_free(back);
        redact_session_free(session);
        redact_engine_free(dated);
    }
}

/* ---- streams ------------------------------------------------------------------------------ */
/* Feeds `text` in `piece`-byte pieces; returns the concatenated output (caller frees) or NULL. */
static char *stream_all(redact_engine *engine, const char *text, size_t size, size_t piece, int line_buffered) {
    redact_session *session = NULL;
    redact_stream *stream = NULL;
    if (redact_session_new(engine, &session) != REDACT_OK) return NULL;
    if (redact_stream_new(session, line_buffered, &stream) != REDACT_OK) { redact_session_free(session); return NULL; }
    size_t capacity = size * 4 + 64, used = 0;
    char *all = malloc(capacity);
    int ok = 1;
    for (size_t at = 0; ok; at += piece) {
        int last = at >= size;  /* after the last piece: finish */
        char *output = NULL, *error = SENTINEL;
        size_t length = 0;
        redact_status status = !last
            ? redact_stream_feed(stream, text + at, at + piece > size ? size - at : piece, &output, &length, &error)
            : redact_stream_finish(stream, &output, &length, &error);
        if (status != REDACT_OK || error != NULL || output == NULL || used + length >= capacity) {
            ok = 0;
        } else {
            memcpy(all + used, output, length);
            used += length;
        }
        if (error != SENTINEL) redact_string_free(error);
        redact_string_free(output);
        if (last) break;
    }
    all[used] = '\0';
    redact_stream_free(stream);
    redact_session_free(session);
    if (!ok) { free(all); return NULL; }
    return all;
}

static void test_stream(redact_engine *engine) {
    redact_session *session = NULL;
    redact_session_new(engine, &session);
    redact_stream *stream = (redact_stream *)SENTINEL;
    check(redact_stream_new(NULL, 1, &stream) == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_stream_new(session, 1, NULL) == REDACT_ERROR_INVALID_ARGUMENT,
          "null_stream_new", NULL);
    stream = NULL;
    check(redact_stream_new(session, 1, &stream) == REDACT_OK && stream != NULL, "stream_new", NULL);
    char *output = NULL, *error = NULL;
    size_t length = 0;
    check(redact_stream_feed(NULL, "x", 1, &output, &length, &error) == REDACT_ERROR_INVALID_ARGUMENT && error != NULL,
          "null_stream_feed_stream", NULL);
    redact_string_free(error);
    error = NULL;
    check(redact_stream_feed(stream, NULL, 1, &output, &length, &error) == REDACT_ERROR_INVALID_ARGUMENT,
          "null_stream_feed_bytes", NULL);
    redact_string_free(error);
    check(redact_stream_feed(stream, "x", 1, NULL, &length, NULL) == REDACT_ERROR_INVALID_ARGUMENT,
          "null_stream_feed_output", NULL);
    error = NULL;
    check(redact_stream_finish(NULL, &output, &length, &error) == REDACT_ERROR_INVALID_ARGUMENT && error != NULL,
          "null_stream_finish_stream", NULL);
    redact_string_free(error);
    check(redact_stream_finish(stream, NULL, &length, NULL) == REDACT_ERROR_INVALID_ARGUMENT, "null_stream_finish_output", NULL);

    /* Line-buffered: a complete line comes back at once; a partial one waits. */
    output = SENTINEL;
    error = SENTINEL;
    redact_status status = redact_stream_feed(stream, "call +994 50 123", 16, &output, &length, &error);
    check(status == REDACT_OK && error == NULL && output != SENTINEL && output != NULL && length == 0 && output[0] == '\0',
          "stream_partial_line_waits", NULL);
    if (output != SENTINEL) redact_string_free(output);
    output = NULL;
    status = redact_stream_feed(stream, " 45 67\nnext", 11, &output, &length, NULL);
    check(status == REDACT_OK && output && strcmp(output, "call [PHONE-1]\n") == 0 && length == strlen(output),
          "stream_line_buffered", output);
    redact_string_free(output);
    output = NULL;
    error = SENTINEL;
    status = redact_stream_finish(stream, &output, &length, &error);
    check(status == REDACT_OK && error == NULL && output && strcmp(output, "next") == 0, "stream_finish", output);
    redact_string_free(output);
    redact_stream_free(stream);
    redact_session_free(session);

    /* Pieces of any size give the same output as one redact_text call; BOM and CRLF pass through. */
    const char *text = "\xef\xbb\xbf" "Call +994 50 123 45 67 or mail elcin@example.az.\r\n"
                       "\xd0\x97\xd0\xb2\xd0\xbe\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 8 (912) 345-67-89 \xf0\x9f\x98\x80\r\n"
                       "Ay\xc5\x9f" "e: 0532 123 45 67, again +994 50 123 45 67";
    char *whole = NULL;
    redact_text(engine, text, strlen(text), &whole, &length, NULL);
    int same = whole != NULL && strncmp(whole, "\xef\xbb\xbf" "Call [PHONE-1]", 17) == 0 && contains(whole, "[EMAIL-1].\r\n") &&
               !contains(whole, "123 45 67");
    size_t pieces[] = {1, 2, 3, 7, 64, 4096};
    for (int lb = 0; lb <= 1; lb++) {
        for (int i = 0; i < 6; i++) {
            char *streamed = stream_all(engine, text, strlen(text), pieces[i], lb);
            if (!streamed || !whole || strcmp(streamed, whole) != 0) {
                same = 0;
                printf("stream piece %zu line_buffered %d gave: %s\n", pieces[i], lb, streamed ? streamed : "(failed)");
            }
            free(streamed);
        }
    }
    check(same, "stream_pieces_equal_whole_text", whole);
    redact_string_free(whole);

    /* Invalid UTF-8 in a stream: the lines before the bad one come back, redacted; the message
     * gives the offset from the start of the stream; the stream is then unusable. */
    const char *bad = "first +994 50 123 45 67\nsecond \xff secret@example.org\nthird\n";
    for (int lb = 0; lb <= 1; lb++) {
        session = NULL;
        stream = NULL;
        redact_session_new(engine, &session);
        redact_stream_new(session, lb, &stream);
        /* Two feeds, so the offset must count from the start of the stream, not of the piece. */
        output = NULL;
        status = redact_stream_feed(stream, bad, 10, &output, &length, NULL);
        int ok = status == REDACT_OK && output && length == 0;
        redact_string_free(output);
        output = SENTINEL;
        error = NULL;
        status = redact_stream_feed(stream, bad + 10, strlen(bad) - 10, &output, &length, &error);
        if (!lb) {
            /* Not line-buffered: nothing is redacted yet (the block is not full), so the error
             * comes from finish. */
            ok = ok && status == REDACT_OK && output && length == 0;
            if (output != SENTINEL) redact_string_free(output);
            output = SENTINEL;
            redact_string_free(error);
            error = NULL;
            status = redact_stream_finish(stream, &output, &length, &error);
        }
        ok = ok && status == REDACT_ERROR_INVALID_UTF8 && output != SENTINEL && output != NULL &&
             strcmp(output, "first [PHONE-1]\n") == 0 && length == strlen(output) &&
             contains(error, "byte offset 31") && !contains(error, "secret") && !contains(error, "second");
        char name[64];
        snprintf(name, sizeof name, "invalid_utf8_stream_lb%d", lb);
        check(ok, name, error);
        printf("%s: output=\"%s\" message=\"%s\"\n", name, output && output != SENTINEL ? output : "(null)", error ? error : "(null)");
        if (output != SENTINEL) redact_string_free(output);
        redact_string_free(error);
        /* Unusable afterwards: an error, never the rest of the text. */
        output = SENTINEL;
        error = NULL;
        status = redact_stream_feed(stream, "more\n", 5, &output, &length, &error);
        int refused = status != REDACT_OK && (output == NULL || output == SENTINEL);
        if (output != SENTINEL) redact_string_free(output);
        redact_string_free(error);
        output = SENTINEL;
        error = NULL;
        status = redact_stream_finish(stream, &output, &length, &error);
        refused = refused && status != REDACT_OK && (output == NULL || output == SENTINEL);
        if (output != SENTINEL) redact_string_free(output);
        redact_string_free(error);
        snprintf(name, sizeof name, "stream_unusable_after_error_lb%d", lb);
        check(refused, name, NULL);
        redact_stream_free(stream);
        redact_session_free(session);
    }
}

/* ---- threads: one engine, many threads ------------------------------------------------------ */
#define THREADS 8
#define TEXTS 6
#define ROUNDS 3

static const char *thread_texts[TEXTS] = {
    "Call +994 50 123 45 67 or mail elcin@example.az on 5 March 2023.",
    "\xd0\x97\xd0\xb2\xd0\xbe\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 8 (912) 345-67-89, IBAN AZ21 NABZ 0000 0000 1370 1000 1944.",
    "KAYNAK: 0532 123 45 67, TC Kimlik No: 10000000146, 14 May\xc4\xb1s 2021.",
    "Card 4111 1111 1111 1111, server 192.168.10.24, t.me/huquq_komek.",
    "Nothing identifying here at all, only 2019 and 15%.",
    "Write to ivan.petrov@example.ru or +31 6 12345678.",
};

struct worker {
    redact_engine *engine;
    int index;
    char *results[ROUNDS][TEXTS];
    char *streamed;
    int failed;
};

static void *work(void *argument) {
    struct worker *w = argument;
    for (int round = 0; round < ROUNDS; round++) {
        for (int k = 0; k < TEXTS; k++) {
            int t = (k + w->index) % TEXTS; /* threads start on different texts */
            size_t length = 0;
            char *error = NULL;
            if (redact_text(w->engine, thread_texts[t], strlen(thread_texts[t]), &w->results[round][t], &length, &error) != REDACT_OK) {
                w->failed = 1;
                redact_string_free(error);
            }
        }
    }
    /* Each thread also runs a session and a stream of its own over the shared engine. */
    char all[4096] = "";
    for (int t = 0; t < TEXTS; t++) { strcat(all, thread_texts[t]); strcat(all, "\n"); }
    w->streamed = stream_all(w->engine, all, strlen(all), 5 + w->index, w->index % 2);
    if (!w->streamed) w->failed = 1;
    return NULL;
}

static void test_threads(void) {
    redact_engine *engine = make_engine("pseudonym");
    if (!engine) { check(0, "threads_engine", NULL); return; }
    /* The serial reference. */
    char *serial[TEXTS];
    size_t length;
    for (int t = 0; t < TEXTS; t++) redact_text(engine, thread_texts[t], strlen(thread_texts[t]), &serial[t], &length, NULL);
    char all[4096] = "";
    for (int t = 0; t < TEXTS; t++) { strcat(all, thread_texts[t]); strcat(all, "\n"); }
    char *serial_stream = stream_all(engine, all, strlen(all), 4096, 0);

    static struct worker workers[THREADS];
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++) {
        memset(&workers[i], 0, sizeof workers[i]);
        workers[i].engine = engine;
        workers[i].index = i;
        pthread_create(&threads[i], NULL, work, &workers[i]);
    }
    for (int i = 0; i < THREADS; i++) pthread_join(threads[i], NULL);

    int same = 1, changed = 1;
    for (int t = 0; t < TEXTS; t++) {
        if (!serial[t]) { same = 0; continue; }
        if (t != 4 && strcmp(serial[t], thread_texts[t]) == 0) changed = 0; /* every text but #4 has something */
    }
    for (int i = 0; i < THREADS; i++) {
        if (workers[i].failed) same = 0;
        for (int round = 0; round < ROUNDS; round++)
            for (int t = 0; t < TEXTS; t++) {
                if (!workers[i].results[round][t] || !serial[t] || strcmp(workers[i].results[round][t], serial[t]) != 0) {
                    if (same) printf("thread %d round %d text %d differs: %s\n", i, round, t, workers[i].results[round][t]);
                    same = 0;
                }
                redact_string_free(workers[i].results[round][t]);
            }
        if (!serial_stream || !workers[i].streamed || strcmp(workers[i].streamed, serial_stream) != 0) same = 0;
        free(workers[i].streamed);
    }
    check(same, "threads_match_serial", NULL);
    check(changed && strcmp(serial[4], thread_texts[4]) == 0, "threads_texts_redacted", NULL);
    for (int t = 0; t < TEXTS; t++) redact_string_free(serial[t]);
    free(serial_stream);
    redact_engine_free(engine);
}

/* ---- misuse: lengths above INT_MAX, a session shared by threads, a stream after finish ---- */
#define SHARED_THREADS 4
#define SHARED_CALLS 40
struct shared_worker { redact_session *session; char *outputs[SHARED_CALLS]; int failed; };

static void *share_session(void *argument) {
    struct shared_worker *w = argument;
    const char *text = "call +994 50 123 45 67 or mail elcin@example.az";
    for (int i = 0; i < SHARED_CALLS; i++) {
        size_t length = 0;
        if (redact_session_text(w->session, text, strlen(text), &w->outputs[i], &length, NULL) != REDACT_OK) w->failed = 1;
    }
    return NULL;
}

static void test_misuse(redact_engine *engine) {
    char *output = SENTINEL, *error = NULL;
    size_t length = 0;
    size_t huge[] = {(size_t)INT_MAX + 1, SIZE_MAX};
    int refused = 1;
    for (int i = 0; i < 2; i++) {
        output = SENTINEL;
        error = NULL;
        if (redact_text(engine, "x", huge[i], &output, &length, &error) != REDACT_ERROR_INVALID_ARGUMENT || output != NULL ||
            !contains(error, "INT_MAX")) refused = 0;
        redact_string_free(error);
    }
    check(refused, "huge_length_text", NULL);
    redact_options *options = redact_options_new();
    check(redact_options_set_key(options, KEY, (size_t)INT_MAX + 1) == REDACT_ERROR_INVALID_ARGUMENT &&
          redact_options_set_key(options, KEY, SIZE_MAX) == REDACT_ERROR_INVALID_ARGUMENT,
          "huge_length_key", NULL);
    redact_options_free(options);

    redact_session *session = NULL;
    redact_session_new(engine, &session);
    redact_stream *stream = NULL;
    redact_stream_new(session, 0, &stream);
    output = NULL;
    check(redact_stream_feed(stream, "x", SIZE_MAX, &output, &length, NULL) == REDACT_ERROR_INVALID_ARGUMENT && output == NULL,
          "huge_length_stream", NULL);
    /* A stream after finish takes nothing more. */
    redact_status status = redact_stream_feed(stream, "mail elcin@example.az\n", 22, &output, &length, NULL);
    redact_string_free(output);
    output = NULL;
    status = status == REDACT_OK ? redact_stream_finish(stream, &output, &length, NULL) : status;
    int finished_ok = status == REDACT_OK && output != NULL && strstr(output, "elcin@") == NULL;
    redact_string_free(output);
    output = NULL;
    error = NULL;
    check(finished_ok && redact_stream_feed(stream, "more\n", 5, &output, &length, &error) == REDACT_ERROR_INVALID_ARGUMENT &&
          output == NULL && contains(error, "finished"), "stream_feed_after_finish", error);
    redact_string_free(error);
    check(redact_stream_finish(stream, &output, &length, NULL) == REDACT_ERROR_INVALID_ARGUMENT, "stream_finish_twice", NULL);
    redact_stream_free(stream);

    /* One session from several threads at once (the header forbids it): they wait, and every
       call gives the same redaction, since the session keeps stand-ins consistent. */
    static struct shared_worker workers[SHARED_THREADS];
    pthread_t threads[SHARED_THREADS];
    for (int i = 0; i < SHARED_THREADS; i++) {
        memset(&workers[i], 0, sizeof workers[i]);
        workers[i].session = session;
        pthread_create(&threads[i], NULL, share_session, &workers[i]);
    }
    for (int i = 0; i < SHARED_THREADS; i++) pthread_join(threads[i], NULL);
    const char *first = workers[0].outputs[0];
    int same = first != NULL && strstr(first, "123 45 67") == NULL;
    for (int i = 0; i < SHARED_THREADS; i++) {
        if (workers[i].failed) same = 0;
        for (int k = 0; k < SHARED_CALLS; k++) {
            if (!workers[i].outputs[k] || !first || strcmp(workers[i].outputs[k], first) != 0) same = 0;
        }
    }
    check(same, "shared_session_serialized", NULL);
    for (int i = 0; i < SHARED_THREADS; i++)
        for (int k = 0; k < SHARED_CALLS; k++) redact_string_free(workers[i].outputs[k]);
    redact_session_free(session);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: cabi_test DIR\n"); return 2; }
    test_statics();
    test_options();
    test_engine(argv[1]);
    redact_engine *engine = make_engine("tag");
    if (!engine) return 1;
    test_text(engine);
    test_stream(engine);
    test_misuse(engine);
    redact_engine_free(engine);
    test_threads();
    printf("checks: %d failed: %d\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
"""#
}
