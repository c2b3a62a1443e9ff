#!/usr/bin/env python3
"""Score Redact's detection on Presidio's recognizer test cases.

Reads the cases written by presidio_cases.py (or parses a Presidio tests folder itself with
--tests), runs `redact detect --jsonl --key-file K` once over all their texts (one JSON line
per case), and reports per Presidio entity and overall:

  positives caught   a case where Presidio expects a result is caught when every
                     non-whitespace character of each expected span lies inside some span
                     Redact reports, of any label; "caught (label)" counts only Redact spans
                     whose label matches the entity (presidio_cases.LABELS). When the test
                     gives a count but no positions, every digit of the text must be covered
                     (any reported span, when the text has no digit).
  negatives flagged  a case where Presidio expects nothing is flagged when Redact reports any
                     span whose label is not PERSON, LOCATION or ORGANIZATION; "flagged (label)"
                     counts spans of the entity's own label; "names only" counts negatives on
                     which Redact reported name spans and nothing else (not counted as flagged).

Targets (the issue's): at least 97 % of positives caught, at most 3 % of negatives flagged.
Offsets: `redact detect` reports `start`/`end` in code points, the unit of Presidio's positions
(Python string indices), so no conversion is needed; every span is checked against its `text`.

Usage:
    python3 Benchmarks/public/presidio_score.py --cases presidio-cases.jsonl --key-file K
    python3 Benchmarks/public/presidio_score.py --tests presidio/presidio-analyzer/tests \
        --key-file K --misses

Standard library only; Python 3.8+.
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
NAME_LABELS = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})
CAUGHT_TARGET = 0.97
FLAGGED_TARGET = 0.03


# ---- scoring (pure functions) -------------------------------------------------------------

def covered_positions(predicted, labels=None):
    """Code point indices inside the predicted spans (of the given labels, if any)."""
    positions = set()
    for span in predicted:
        if labels is None or span["label"] in labels:
            positions.update(range(span["start"], span["end"]))
    return positions


def required_positions(case):
    """The indices a positive case needs covered: the non-whitespace characters of its spans,
    or, when only a count is known, its digits (None: no digit, any span will do)."""
    text = case["text"]
    if case["spans"] is None:
        digits = {i for i, ch in enumerate(text) if ch.isdigit()}
        return digits or None
    return {i for start, end in case["spans"] for i in range(start, end) if not text[i].isspace()}


def score_case(case, predicted):
    """Outcome of one case given Redact's spans (dicts with label, start, end)."""
    labels = set(case.get("labels") or [case["label"]])
    if case["positive"]:
        needed = required_positions(case)
        if needed is None:
            caught = any(s["label"] not in NAME_LABELS for s in predicted)
            caught_label = any(s["label"] in labels for s in predicted)
        else:
            caught = bool(needed) and needed <= covered_positions(predicted)
            caught_label = bool(needed) and needed <= covered_positions(predicted, labels)
        return {"positive": True, "caught": caught, "caught_label": caught_label,
                "by_count": case["spans"] is None}
    other = [s for s in predicted if s["label"] not in NAME_LABELS]
    return {"positive": False, "flagged": bool(other),
            "flagged_label": any(s["label"] in labels for s in predicted),
            "names_only": bool(predicted) and not other}


def summarize(cases, outcomes):
    """Per entity and overall counts: rows of dicts, the last one with entity 'all'."""
    rows = {}

    def row_for(entity, label):
        return rows.setdefault(entity, {
            "entity": entity, "label": label, "positives": 0, "caught": 0,
            "caught_label": 0, "by_count": 0, "negatives": 0, "flagged": 0,
            "flagged_label": 0, "names_only": 0})

    total = {"entity": "all", "label": "", "positives": 0, "caught": 0, "caught_label": 0,
             "by_count": 0, "negatives": 0, "flagged": 0, "flagged_label": 0, "names_only": 0}
    for case, outcome in zip(cases, outcomes):
        for row in (row_for(case["entity"], "/".join(case.get("labels") or [case["label"]])),
                    total):
            if outcome["positive"]:
                row["positives"] += 1
                row["caught"] += outcome["caught"]
                row["caught_label"] += outcome["caught_label"]
                row["by_count"] += outcome["by_count"]
            else:
                row["negatives"] += 1
                row["flagged"] += outcome["flagged"]
                row["flagged_label"] += outcome["flagged_label"]
                row["names_only"] += outcome["names_only"]
    ordered = [rows[k] for k in sorted(rows)] + [total]
    for row in ordered:
        row["caught_rate"] = row["caught"] / row["positives"] if row["positives"] else None
        row["flagged_rate"] = row["flagged"] / row["negatives"] if row["negatives"] else None
    return ordered


def meets_targets(total):
    caught_ok = total["caught_rate"] is None or total["caught_rate"] >= CAUGHT_TARGET
    flagged_ok = total["flagged_rate"] is None or total["flagged_rate"] <= FLAGGED_TARGET
    return caught_ok, flagged_ok


# ---- running redact -----------------------------------------------------------------------

def find_redact(explicit=None):
    if explicit:
        return explicit
    built = HERE.parent.parent / ".build" / "release" / "redact"
    if built.exists():
        return str(built)
    found = shutil.which("redact")
    if found:
        return found
    sys.exit("presidio_score: no redact binary (build it, put it on PATH or pass --redact)")


def predicted_spans(record, warnings):
    """Spans of one `redact detect --jsonl` output line, checked against the text."""
    text, spans = record["text"], []
    for span in record.get("spans", []):
        start, end = span["start"], span["end"]
        if text[start:end] != span["text"]:
            warnings.append(f"case {record['id']}: span {start}-{end} is "
                            f"{text[start:end]!r} in code points but {span['text']!r} in redact's "
                            "output")
        spans.append({"label": span["label"], "rule": span.get("rule", ""), "start": start,
                      "end": end, "text": span["text"]})
    return spans


def run_redact(cases, binary, key_file, warnings):
    """Redact's spans for every case, in case order (one process, JSON Lines in and out)."""
    lines = "".join(json.dumps({"id": str(i), "text": c["text"]}, ensure_ascii=False) + "\n"
                    for i, c in enumerate(cases))
    result = subprocess.run([binary, "detect", "--jsonl", "--key-file", key_file],
                            input=lines, capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        sys.exit(f"presidio_score: redact detect failed ({result.returncode}): "
                 f"{result.stderr.strip()}")
    by_id = {}
    for line in result.stdout.splitlines():
        if line.strip():
            record = json.loads(line)
            by_id[record["id"]] = predicted_spans(record, warnings)
    missing = [i for i in range(len(cases)) if str(i) not in by_id]
    if missing:
        sys.exit(f"presidio_score: redact returned no line for {len(missing)} cases")
    return [by_id[str(i)] for i in range(len(cases))]


# ---- reporting ----------------------------------------------------------------------------

def percent(part, whole):
    return f"{100 * part / whole:.1f}%" if whole else "–"


def format_table(rows):
    header = ("| Presidio entity | Redact label | positives | caught | caught (label) | "
              "negatives | flagged | flagged (label) | names only |")
    lines = [header, "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        count_note = f" ({row['by_count']} by count)" if row["by_count"] else ""
        name = "**all**" if row["entity"] == "all" else row["entity"]
        lines.append(
            f"| {name} | {row['label']} | {row['positives']}{count_note} | "
            f"{row['caught']} ({percent(row['caught'], row['positives'])}) | "
            f"{row['caught_label']} ({percent(row['caught_label'], row['positives'])}) | "
            f"{row['negatives']} | {row['flagged']} ({percent(row['flagged'], row['negatives'])}) | "
            f"{row['flagged_label']} ({percent(row['flagged_label'], row['negatives'])}) | "
            f"{row['names_only']} |")
    return "\n".join(lines)


def describe(predicted):
    return ", ".join(f"{s['label']} {s['start']}-{s['end']} {s['text']!r}" for s in predicted) \
        or "nothing"


def print_misses(cases, outcomes, predictions, stream=sys.stdout):
    print("\nMissed positives:", file=stream)
    for case, outcome, predicted in zip(cases, outcomes, predictions):
        if outcome["positive"] and not outcome["caught"]:
            expected = "by count" if case["spans"] is None else ", ".join(
                f"{s}-{e} {case['text'][s:e]!r}" for s, e in case["spans"])
            print(f"  {case['entity']} ({case['source']}) {case['text']!r}: expected {expected}; "
                  f"redact: {describe(predicted)}", file=stream)
    print("\nPositives caught, but not with the matching label:", file=stream)
    for case, outcome, predicted in zip(cases, outcomes, predictions):
        if outcome["positive"] and outcome["caught"] and not outcome["caught_label"]:
            print(f"  {case['entity']} ({case['source']}) {case['text']!r}: "
                  f"redact: {describe(predicted)}", file=stream)
    print("\nFlagged negatives:", file=stream)
    for case, outcome, predicted in zip(cases, outcomes, predictions):
        if not outcome["positive"] and outcome["flagged"]:
            print(f"  {case['entity']} ({case['source']}) {case['text']!r}: "
                  f"redact: {describe(predicted)}", file=stream)
    print("\nNegatives with name spans only (not counted as flagged):", file=stream)
    for case, outcome, predicted in zip(cases, outcomes, predictions):
        if not outcome["positive"] and outcome["names_only"]:
            print(f"  {case['entity']} ({case['source']}) {case['text']!r}: "
                  f"redact: {describe(predicted)}", file=stream)


def load_cases(args):
    if args.cases:
        with open(args.cases, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]
    sys.path.insert(0, str(HERE))
    import presidio_cases  # noqa: E402
    cases, report = presidio_cases.collect(args.tests)
    presidio_cases.print_report(cases, report)
    return cases


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--cases", help="JSON Lines written by presidio_cases.py")
    source.add_argument("--tests", help="a Presidio checkout's presidio-analyzer/tests folder")
    parser.add_argument("--redact", help="the redact binary (default: .build/release/redact of "
                                         "this repository, else redact on PATH)")
    parser.add_argument("--key-file", help="key for redact (default: a fresh one, made with "
                                           "redact keygen in a temporary folder)")
    parser.add_argument("--misses", action="store_true",
                        help="list missed positives and flagged negatives")
    parser.add_argument("--json", help="also write the table as JSON to this file")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the overall figures miss the targets")
    args = parser.parse_args(argv)

    cases = load_cases(args)
    if not cases:
        sys.exit("presidio_score: no cases")
    binary = find_redact(args.redact)
    warnings = []
    with tempfile.TemporaryDirectory() as scratch:
        key_file = args.key_file
        if not key_file:
            key_file = os.path.join(scratch, "presidio.key")
            subprocess.run([binary, "keygen", key_file], check=True, capture_output=True)
        predictions = run_redact(cases, binary, key_file, warnings)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)

    outcomes = [score_case(c, p) for c, p in zip(cases, predictions)]
    rows = summarize(cases, outcomes)
    total = rows[-1]
    caught_ok, flagged_ok = meets_targets(total)
    print(format_table(rows))
    print(f"\npositives caught {percent(total['caught'], total['positives'])} "
          f"(target ≥ {CAUGHT_TARGET:.0%}: {'met' if caught_ok else 'NOT met'}); "
          f"negatives flagged {percent(total['flagged'], total['negatives'])} "
          f"(target ≤ {FLAGGED_TARGET:.0%}: {'met' if flagged_ok else 'NOT met'}); "
          f"caught with the matching label {percent(total['caught_label'], total['positives'])}, "
          f"flagged with the entity's own label "
          f"{percent(total['flagged_label'], total['negatives'])}")
    if args.misses:
        print_misses(cases, outcomes, predictions)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"rows": rows, "targets": {"caught": CAUGHT_TARGET,
                                                 "flagged": FLAGGED_TARGET}}, out, indent=2)
    return 1 if args.check and not (caught_ok and flagged_ok) else 0


if __name__ == "__main__":
    sys.exit(main())
