#!/usr/bin/env python3
"""Leak check of the default rules on a synthetic annotated corpus (a stop-gap until `redact eval`).

Generates a corpus with gold spans (Benchmarks/corpus/generate.py), runs `redact detect` on it as
one document, and prints per gold label: the share of gold spans left with any visible
non-space character, the share of gold non-space characters left visible (the leak rate), and
overall the share of non-annotated non-space characters that were redacted (over-redaction),
with a few missed mentions in context.

Usage: python3 Benchmarks/leak_check.py [--size 2MB] [--seed 7] [--redact PATH] [-- redact options]
The corpus's PERSON and LOCATION spans are for the names issue: the structured-identifier rules
are not meant to find them.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="2MB")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--redact", default=os.path.join(ROOT, ".build", "release", "redact"))
    parser.add_argument("extra", nargs="*", help="options passed to redact detect")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        text_path = os.path.join(tmp, "corpus.txt")
        gold_path = os.path.join(tmp, "gold.jsonl")
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "corpus", "generate.py"), "--size", args.size,
                        "--seed", str(args.seed), "--out", text_path, "--gold", gold_path, "--quiet"], check=True)
        out = subprocess.run([args.redact, "detect", *args.extra, text_path], capture_output=True, check=True).stdout
        data = open(text_path, "rb").read()
        gold = [json.loads(line) for line in open(gold_path)]

    spans = json.loads(out)["spans"]
    covered = bytearray(len(data))
    for s in spans:
        covered[s["utf8_start"]:s["utf8_end"]] = b"\x01" * (s["utf8_end"] - s["utf8_start"])
    annotated = bytearray(len(data))
    stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # spans, spans leaking, chars, leaked chars
    missed = collections.defaultdict(list)
    space = set(b" \t\r\n")
    for g in gold:
        s, e, label = g["start_utf8"], g["end_utf8"], g["label"]
        annotated[s:e] = b"\x01" * (e - s)
        chars = [i for i in range(s, e) if data[i] not in space]
        leaked = [i for i in chars if not covered[i]]
        st = stats[label]
        st[0] += 1
        st[2] += len(chars)
        st[3] += len(leaked)
        if leaked:
            st[1] += 1
            if len(missed[label]) < 3:
                missed[label].append(data[max(0, s - 25):e + 10].decode(errors="replace").replace("\n", " | "))
    plain = [i for i in range(len(data)) if not annotated[i] and data[i] not in space]
    over = sum(1 for i in plain if covered[i])
    print(f"{'label':12} {'spans':>7} {'leaking spans':>14} {'leaked chars':>13}")
    for label, (n, leaking, chars, leaked) in sorted(stats.items()):
        print(f"{label:12} {n:7} {leaking / n:14.2%} {leaked / max(chars, 1):13.2%}")
    print(f"over-redaction: {over / max(len(plain), 1):.3%} of non-annotated non-space characters")
    for label, contexts in sorted(missed.items()):
        print(f"{label} missed, e.g.: " + " … ".join(repr(c) for c in contexts))


if __name__ == "__main__":
    main()
