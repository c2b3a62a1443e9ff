#!/usr/bin/env python3
"""How well `redact detect`'s confidence tells a name's kind, on annotated JSON Lines.

For each PERSON/LOCATION/ORGANIZATION span the engine predicts, the gold label of the first
annotated span it overlaps decides: `right` (same label), `alt` (the span's
`alternative_label`), `wrong` (another label) or `none` (no annotated span). Printed per
confidence level, so one sees whether `high` spans are right more often than `low` ones.

    python3 Benchmarks/kind_confidence.py --redact .build/release/redact --key-file K GOLD.jsonl...
"""
import argparse
import collections
import json
import subprocess


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--redact", default=".build/release/redact")
    ap.add_argument("--key-file", required=True)
    ap.add_argument("gold", nargs="+")
    args = ap.parse_args()
    for path in args.gold:
        out = subprocess.run([args.redact, "detect", "--jsonl", "--key-file", args.key_file, path],
                             capture_output=True, text=True, check=True).stdout.splitlines()
        gold = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        counts = collections.Counter()
        for doc, line in zip(gold, out):
            for span in json.loads(line)["spans"]:
                if span["label"] not in ("PERSON", "LOCATION", "ORGANIZATION"):
                    continue
                label = next((g["label"] for g in doc["spans"] if g["start"] < span["end"] and span["start"] < g["end"]), None)
                if label is None:
                    how = "none"
                elif label == span["label"]:
                    how = "right"
                elif label == span.get("alternative_label"):
                    how = "alt"
                else:
                    how = "wrong"
                counts[(span["confidence"], how)] += 1
        print(path)
        for level in ("high", "medium", "low"):
            total = sum(v for (c, _), v in counts.items() if c == level)
            if total:
                shares = " ".join(f"{h}={counts[(level, h)] / total * 100:.1f}%" for h in ("right", "wrong", "alt", "none"))
                print(f"  {level:7} n={total:5} {shares}")


if __name__ == "__main__":
    main()
