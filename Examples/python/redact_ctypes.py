#!/usr/bin/env python3
"""Redact from Python through its C interface (libCRedact.so), with nothing but ctypes.

    swift build --product CRedact                   # from the repository root
    REDACT_LIB=$(swift build --show-bin-path)/libCRedact.so python3 Examples/python/redact_ctypes.py
    python3 Examples/python/redact_ctypes.py /path/to/libCRedact.so   # or pass the path

Copy this file next to your code and `from redact_ctypes import Redactor`. The C contract is
in Sources/CRedact/include/redact.h; the rules this binding follows:

* Text goes in as UTF-8 bytes with an explicit length and comes out as UTF-8 bytes.
* Every string the library returns through an out-parameter is ours to free with
  redact_string_free(). That is why those out-parameters are declared as `c_void_p` and not
  `c_char_p`: ctypes would convert a `c_char_p` to a Python `bytes` and drop the pointer, which
  could then never be freed.
* Every handle made by a *_new function is freed by its *_free function (here: by close(), by
  `with`, or when the wrapper is garbage collected).
* An engine may be shared by many threads; a session or a stream by one thread at a time.

All the text in the demo is synthetic: the names, numbers and addresses are invented.
"""

import ctypes
import json
import os
import sys
from ctypes import POINTER, byref, c_char_p, c_int, c_size_t, c_uint8, c_void_p

# redact_status values (redact.h).
REDACT_OK = 0
REDACT_ERROR_INVALID_ARGUMENT = 1
REDACT_ERROR_RULES = 2
REDACT_ERROR_KEY = 3
REDACT_ERROR_INVALID_UTF8 = 4
REDACT_ERROR_INTERNAL = 5


def load(path=None):
    """Loads libCRedact.so from `path`, $REDACT_LIB, or the loader's search path, and declares
    the argument and result types of every function (without them ctypes would truncate
    pointers to 32-bit ints)."""
    lib = ctypes.CDLL(path or os.environ.get("REDACT_LIB") or "libCRedact.so")
    handle = c_void_p  # the opaque redact_options*, redact_engine*, redact_session*, redact_stream*
    out_string = POINTER(c_void_p)  # char **: freed with redact_string_free
    status = c_int  # redact_status is a C enum: an int

    def declare(name, restype, *argtypes):
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = list(argtypes)

    declare("redact_version", c_char_p)  # static: ctypes copies it to bytes, never free it
    declare("redact_abi_version", c_int)
    declare("redact_status_name", c_char_p, status)  # static too
    declare("redact_string_free", None, c_void_p)

    declare("redact_options_new", handle)
    declare("redact_options_free", None, handle)
    declare("redact_options_add_rules", status, handle, c_char_p)
    declare("redact_options_use_default_rules", status, handle, c_int)
    declare("redact_options_set_key", status, handle, POINTER(c_uint8), c_size_t)
    declare("redact_options_set_operator", status, handle, c_char_p, c_char_p)

    declare("redact_engine_new", status, handle, POINTER(c_void_p), out_string)
    declare("redact_engine_free", None, handle)
    declare("redact_engine_rules_digest", c_void_p, handle)  # malloc'ed: c_void_p so we can free it
    declare("redact_text", status, handle, c_char_p, c_size_t, out_string, POINTER(c_size_t), out_string)
    declare("redact_detect_json", status, handle, c_char_p, c_size_t, out_string, POINTER(c_size_t), out_string)

    declare("redact_session_new", status, handle, POINTER(c_void_p))
    declare("redact_session_free", None, handle)
    declare("redact_session_text", status, handle, c_char_p, c_size_t, out_string, POINTER(c_size_t), out_string)

    declare("redact_stream_new", status, handle, c_int, POINTER(c_void_p))
    declare("redact_stream_free", None, handle)
    declare("redact_stream_feed", status, handle, c_char_p, c_size_t, out_string, POINTER(c_size_t), out_string)
    declare("redact_stream_finish", status, handle, out_string, POINTER(c_size_t), out_string)
    return lib


class RedactError(Exception):
    """A call that did not return REDACT_OK. `partial` holds, for a stream that met invalid
    UTF-8, the redacted lines before the bad one."""

    def __init__(self, lib, status, message, partial=b""):
        self.status = status
        self.name = lib.redact_status_name(status).decode()
        self.partial = partial
        super().__init__(f"{self.name}: {message}" if message else self.name)


def _take(lib, pointer, length=None):
    """Copies a library string out as bytes and frees it. `pointer` is a c_void_p."""
    if not pointer.value:
        return None
    try:
        return ctypes.string_at(pointer.value, length) if length is not None else ctypes.string_at(pointer.value)
    finally:
        lib.redact_string_free(pointer)


def _check(lib, status, error=None, partial=b""):
    message = _take(lib, error) if error is not None else None
    if status != REDACT_OK:
        raise RedactError(lib, status, message.decode("utf-8", "replace") if message else None, partial)


def _utf8(text):
    return text.encode("utf-8") if isinstance(text, str) else bytes(text)


class Redactor:
    """An engine: compiled rules, a key and operators. Thread-safe; close() it (or use `with`).

        with Redactor(key=bytes(32), operators={None: "tag"}) as r:
            print(r.redact("call +994 50 123 45 67"))
    """

    def __init__(self, key=None, operators=None, rules=(), default_rules=True, lib=None):
        """key: 32 bytes, or None for a fresh random key (stand-ins then differ every run).
        operators: {label or None (every label): "pseudonym" | "tag" | "redact" | "mask"}.
        rules: rule files or folders layered over the default set (or used alone)."""
        self._engine = None
        self.lib = lib if lib is not None else load()
        options = self.lib.redact_options_new()
        try:
            _check(self.lib, self.lib.redact_options_use_default_rules(options, 1 if default_rules else 0))
            for path in rules:
                _check(self.lib, self.lib.redact_options_add_rules(options, os.fsencode(path)))
            if key is not None:
                buffer = (c_uint8 * len(key)).from_buffer_copy(bytes(key))
                _check(self.lib, self.lib.redact_options_set_key(options, buffer, len(key)))
            for label, name in (operators or {}).items():
                _check(self.lib, self.lib.redact_options_set_operator(
                    options, label.encode() if label else None, name.encode()))
            engine, error = c_void_p(), c_void_p()
            _check(self.lib, self.lib.redact_engine_new(options, byref(engine), byref(error)), error)
            self._engine = engine
        finally:
            self.lib.redact_options_free(options)  # the engine keeps what it needs

    @property
    def rules_digest(self):
        return _take(self.lib, c_void_p(self.lib.redact_engine_rules_digest(self._engine))).decode()

    def redact(self, text):
        """The redacted text, in a run of its own (tags numbered from 1)."""
        data = _utf8(text)
        output, length, error = c_void_p(), c_size_t(), c_void_p()
        status = self.lib.redact_text(self._engine, data, len(data), byref(output), byref(length), byref(error))
        _check(self.lib, status, error)
        return _take(self.lib, output, length.value).decode("utf-8")

    def detect(self, text):
        """{"output": ..., "spans": [...]}; span offsets "start"/"end" are code points, which is
        exactly how Python indexes a str: text[span["start"]:span["end"]] == span["text"]."""
        data = _utf8(text)
        json_out, length, error = c_void_p(), c_size_t(), c_void_p()
        status = self.lib.redact_detect_json(self._engine, data, len(data), byref(json_out), byref(length), byref(error))
        _check(self.lib, status, error)
        return json.loads(_take(self.lib, json_out, length.value))

    def session(self):
        """A run in which the same value gets the same stand-in or tag number across calls."""
        return Session(self)

    def close(self):
        """Frees the engine; close its sessions and streams first."""
        if self._engine is not None:
            self.lib.redact_engine_free(self._engine)
            self._engine = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Session:
    """One run; use from one thread at a time."""

    def __init__(self, redactor):
        self.lib = redactor.lib
        self._redactor = redactor  # the engine must outlive the session: keep it referenced
        self._session = c_void_p()
        _check(self.lib, self.lib.redact_session_new(redactor._engine, byref(self._session)))

    def redact(self, text):
        data = _utf8(text)
        output, length, error = c_void_p(), c_size_t(), c_void_p()
        status = self.lib.redact_session_text(self._session, data, len(data), byref(output), byref(length), byref(error))
        _check(self.lib, status, error)
        return _take(self.lib, output, length.value).decode("utf-8")

    def stream(self, line_buffered=True):
        return Stream(self, line_buffered)

    def close(self):
        """Frees the session; close its streams first."""
        if self._session is not None and self._session.value:
            self.lib.redact_session_free(self._session)
        self._session = None

    __del__ = close


class Stream:
    """Feed bytes in pieces of any size; get back redacted whole lines (as bytes)."""

    def __init__(self, session, line_buffered=True):
        self.lib = session.lib
        self._session = session  # the session must outlive the stream: keep it referenced
        self._stream = c_void_p()
        _check(self.lib, self.lib.redact_stream_new(session._session, 1 if line_buffered else 0, byref(self._stream)))

    def _step(self, status, output, length, error):
        data = _take(self.lib, output, length.value) or b""
        # On invalid UTF-8 the output still carries the redacted lines before the bad one.
        _check(self.lib, status, error, partial=data)
        return data

    def feed(self, data):
        data = _utf8(data)
        output, length, error = c_void_p(), c_size_t(), c_void_p()
        status = self.lib.redact_stream_feed(self._stream, data, len(data), byref(output), byref(length), byref(error))
        return self._step(status, output, length, error)

    def finish(self):
        output, length, error = c_void_p(), c_size_t(), c_void_p()
        status = self.lib.redact_stream_finish(self._stream, byref(output), byref(length), byref(error))
        return self._step(status, output, length, error)

    def close(self):
        if self._stream is not None and self._stream.value:
            self.lib.redact_stream_free(self._stream)
        self._stream = None

    __del__ = close


def main(argv):
    lib = load(argv[1] if len(argv) > 1 else None)
    print(f"Redact {lib.redact_version().decode()}, C ABI {lib.redact_abi_version()}")

    # A fixed key for the example only; real keys come from a protected file (`redact keygen`).
    key = bytes(range(32))
    text = ("Elçin: call +994 50 123 45 67 or write to elcin@example.az.\n"
            "Иван: звоните 8 (912) 345-67-89. 😀 Ayşe: 0532 123 45 67.\n")

    with Redactor(key=key, operators={None: "tag", "EMAIL": "redact"}, lib=lib) as redactor:
        print("\n-- redact --")
        print(redactor.redact(text), end="")

        print("\n-- detect: spans with code point offsets, which index Python strings --")
        result = redactor.detect(text)
        for span in result["spans"]:
            assert text[span["start"]:span["end"]] == span["text"]
            print(f'{span["label"]:6} {span["text"]!r:24} -> {span["replacement"]:10} '
                  f'code points {span["start"]}..{span["end"]}, '
                  f'utf-8 {span["utf8_start"]}..{span["utf8_end"]}, '
                  f'utf-16 {span["utf16_start"]}..{span["utf16_end"]}')

        print("\n-- a stream fed 4 bytes at a time --")
        session = redactor.session()
        stream = session.stream(line_buffered=True)
        data = text.encode()
        out = b""
        for at in range(0, len(data), 4):
            out += stream.feed(data[at:at + 4])
        out += stream.finish()
        stream.close()
        session.close()
        print(out.decode(), end="")

        print("\n-- errors --")
        try:
            redactor.redact(b"ok\n\xff secret@example.org")
        except RedactError as error:
            print(error)  # the message names the byte offset, never the text
        try:
            Redactor(key=b"too short", lib=lib)
        except RedactError as error:
            print(error)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
