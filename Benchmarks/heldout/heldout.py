#!/usr/bin/env python3
"""Reads the held-out annotated documents (Benchmarks/heldout/<lang>.txt) into JSON Lines.

The files are written by hand in a markup that is easy to read and review:

    === az-001
    [[Elçin Hüseynov|PERSON|p1]] dünən [[Gəncə|LOCATION|l1]]də idi.

A document starts with a line `=== ID`; its text is every line up to the next `===` line,
with leading and trailing blank lines dropped. A span is `[[TEXT|LABEL|ENTITY]]`; ENTITY groups
the mentions of one real entity within the document and may be left out (`[[TEXT|LABEL]]`).
Offsets in the output are Unicode code points (Python string indexes).

Usage: heldout.py [FILE...]   (default: every *.txt beside this script) -> JSONL on stdout
       heldout.py --check [FILE...]   validate only; exit 1 on the first error
"""
import json
import os
import re
import sys

LABELS = {"PERSON", "LOCATION", "ORGANIZATION", "ADDRESS"}
# The identifier set (ids/, issue 13) annotates every identifier besides the names.
ID_LABELS = LABELS | {"DATE", "AGE", "PHONE", "EMAIL", "URL", "HANDLE", "IP_ADDRESS", "MAC", "IBAN", "CARD",
                      "PASSPORT", "NATIONAL_ID", "PLATE", "CASE_NUMBER", "SSN", "NINO", "ACCOUNT", "MONEY",
                      "TIME", "COORDINATES"}
SPAN = re.compile(r"\[\[([^\[\]|]+)\|([A-Z_]+)(?:\|([A-Za-z0-9_-]+))?\]\]")


class MarkupError(Exception):
    pass


def labels_for(path):
    """The labels a file may use: the identifier labels under `ids/` (and later identifier sets
    such as `ids-b/`), the name labels elsewhere."""
    folder = os.path.basename(os.path.dirname(os.path.abspath(path)))
    return ID_LABELS if folder == "ids" or folder.startswith("ids-") else LABELS


def parse_text(marked, where, labels=LABELS):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in SPAN.finditer(marked):
        plain = marked[pos:m.start()]
        if "[[" in plain or "]]" in plain:
            raise MarkupError(f"{where}: malformed span markup near {plain[-30:]!r}")
        text.append(plain)
        out_len += len(plain)
        value, label, entity = m.group(1), m.group(2), m.group(3)
        if label not in labels:
            raise MarkupError(f"{where}: unknown label {label!r} (known: {', '.join(sorted(labels))})")
        if value != value.strip():
            raise MarkupError(f"{where}: span {value!r} starts or ends with a space")
        spans.append({"start": out_len, "end": out_len + len(value), "label": label,
                      **({"entity": entity} if entity else {})})
        text.append(value)
        out_len += len(value)
        pos = m.end()
    rest = marked[pos:]
    if "[[" in rest or "]]" in rest:
        raise MarkupError(f"{where}: malformed span markup near {rest[:30]!r}")
    text.append(rest)
    return "".join(text), spans


def read(path):
    lang = os.path.splitext(os.path.basename(path))[0]
    docs, current, lines = [], None, []

    def close():
        if current is None:
            return
        body = "\n".join(lines).strip("\n")
        text, spans = parse_text(body, f"{path}: document {current}", labels_for(path))
        if not text.strip():
            raise MarkupError(f"{path}: document {current} is empty")
        docs.append({"id": current, "lang": lang, "text": text, "spans": spans})

    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("=== "):
                close()
                current, lines = line[4:].strip(), []
            elif current is None:
                if line.strip() and not line.startswith("#"):
                    raise MarkupError(f"{path}:{number}: text before the first '=== ID' line")
            else:
                lines.append(line)
    close()
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise MarkupError(f"{path}: duplicate document ids")
    return docs


def main(argv):
    check = "--check" in argv
    files = [a for a in argv if a != "--check"]
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        files = sorted(os.path.join(here, f) for f in os.listdir(here) if f.endswith(".txt"))
    total = 0
    for path in files:
        try:
            docs = read(path)
        except MarkupError as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        total += len(docs)
        if check:
            labels = {}
            for d in docs:
                for s in d["spans"]:
                    labels[s["label"]] = labels.get(s["label"], 0) + 1
            print(f"{path}: {len(docs)} documents, spans {labels}", file=sys.stderr)
        else:
            for d in docs:
                print(json.dumps(d, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
