#!/usr/bin/env python3
"""Make deliberately weaker predictions from `redact detect --jsonl` output.

Reads detect's JSON Lines (each record has "id" and "spans") and writes them back with some
spans removed, so that `redact eval --predictions OUT --baseline base.json` shows a comparison
in which the leak rate rose:

- every PERSON span in documents whose number (the digits of the id) is divisible by --every;
- every EMAIL span in documents whose number is divisible by 2 * --every.

Standard library only. Prints how many spans it dropped to stderr.
"""
import argparse
import json
import re
import sys


def doc_number(record, line_number):
    digits = re.findall(r"\d+", str(record.get("id", "")))
    return int(digits[-1]) if digits else line_number


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("detect_jsonl")
    parser.add_argument("out")
    parser.add_argument("--every", type=int, default=3)
    args = parser.parse_args()

    dropped = kept = 0
    with open(args.detect_jsonl, encoding="utf-8") as source, open(args.out, "w", encoding="utf-8") as out:
        for line_number, line in enumerate(source, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            number = doc_number(record, line_number)
            spans = []
            for span in record.get("spans", []):
                if span["label"] == "PERSON" and number % args.every == 0:
                    dropped += 1
                elif span["label"] == "EMAIL" and number % (2 * args.every) == 0:
                    dropped += 1
                else:
                    spans.append(span)
                    kept += 1
            # Keep only what eval reads, so the file is small and obviously derived.
            slim = {"id": record.get("id", line_number), "spans": [
                {key: span[key] for key in ("start", "end", "label", "rule", "replacement") if key in span}
                for span in spans]}
            out.write(json.dumps(slim, ensure_ascii=False) + "\n")
    print(f"weaken_predictions: kept {kept} spans, dropped {dropped}", file=sys.stderr)
    return 0 if dropped else 1


if __name__ == "__main__":
    sys.exit(main())
