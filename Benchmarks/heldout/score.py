#!/usr/bin/env python3
"""Scores a redact build on the held-out annotated set.

Runs `redact detect --jsonl` over the documents of heldout.py and reports, per language and
label: precision and recall on exact spans and on overlapping spans, and the leak rate: the share
of annotated non-whitespace characters that no predicted span covers, whatever its label. The
over-redaction rate is the share of other non-whitespace characters that some predicted span
covers (spans of other labels, dates for instance, count there too).

Usage: score.py [--redact PATH] [--json] [--misses N] [FILE...]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout  # noqa: E402

LABELS = ["PERSON", "LOCATION", "ORGANIZATION", "ADDRESS"]


def predict(redact, docs):
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs)
    run = subprocess.run([redact, "detect", "--jsonl", "-"], input=payload.encode(), capture_output=True, check=True)
    out = {}
    for line in run.stdout.decode().splitlines():
        record = json.loads(line)
        out[record["id"]] = [(s["start"], s["end"], s["label"]) for s in record["spans"]]
    return out


def score(docs, predictions):
    stats = {}

    def bucket(lang, label):
        return stats.setdefault((lang, label), {"gold": 0, "pred": 0, "exact": 0, "overlap_gold": 0, "overlap_pred": 0,
                                                "gold_chars": 0, "leaked_chars": 0, "other_chars": 0, "over_chars": 0})

    misses = []
    for d in docs:
        text, lang = d["text"], d["lang"]
        gold = [(s["start"], s["end"], s["label"]) for s in d["spans"]]
        pred = predictions.get(d["id"], [])
        covered = [False] * len(text)
        for s, e, _ in pred:
            for i in range(s, min(e, len(text))):
                covered[i] = True
        annotated = [False] * len(text)
        for s, e, label in gold:
            for i in range(s, e):
                annotated[i] = True
        for key in [(lang, "ALL"), ("ALL", "ALL")]:
            b = bucket(*key)
            b["other_chars"] += sum(1 for i, c in enumerate(text) if not annotated[i] and not c.isspace())
            b["over_chars"] += sum(1 for i, c in enumerate(text) if not annotated[i] and covered[i] and not c.isspace())
        for s, e, label in gold:
            chars = [i for i in range(s, e) if not text[i].isspace()]
            leaked = [i for i in chars if not covered[i]]
            exact = any(ps == s and pe == e and pl == label for ps, pe, pl in pred)
            overlap = any(ps < e and s < pe and pl == label for ps, pe, pl in pred)
            for key in [(lang, label), (lang, "ALL"), ("ALL", label), ("ALL", "ALL")]:
                b = bucket(*key)
                b["gold"] += 1
                b["exact"] += exact
                b["overlap_gold"] += overlap
                b["gold_chars"] += len(chars)
                b["leaked_chars"] += len(leaked)
            if leaked:
                misses.append((len(leaked), d["id"], label, text[s:e], text[max(0, s - 40):e + 40].replace("\n", " ")))
        for ps, pe, pl in pred:
            if pl not in LABELS:
                continue
            overlap = any(ps < e and s < pe and label == pl for s, e, label in gold)
            for key in [(lang, pl), (lang, "ALL"), ("ALL", pl), ("ALL", "ALL")]:
                b = bucket(*key)
                b["pred"] += 1
                b["overlap_pred"] += overlap
    return stats, misses


def ratio(a, b):
    return a / b if b else float("nan")


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--redact", default=os.path.join(HERE, "..", "..", ".build", "release", "redact"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", type=int, default=0, help="print the N largest leaks")
    parser.add_argument("--name-labels", action="store_true",
                        help="count only predicted PERSON, LOCATION, ORGANIZATION and ADDRESS spans: the set annotates no "
                             "other identifiers, so a sum or a time the rules rightly replace would count as over-redaction")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args(argv)
    files = args.files or sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".txt"))
    docs = [d for f in files for d in heldout.read(f)]
    predictions = predict(args.redact, docs)
    if args.name_labels:
        predictions = {k: [p for p in v if p[2] in LABELS] for k, v in predictions.items()}
    stats, misses = score(docs, predictions)
    rows = []
    for (lang, label), b in sorted(stats.items()):
        exact_p = ratio(b["exact"], b["pred"]) if b["pred"] else float("nan")
        rows.append({
            "lang": lang, "label": label, "gold": b["gold"], "predicted": b["pred"],
            "precision_exact": exact_p, "recall_exact": ratio(b["exact"], b["gold"]),
            "precision_overlap": ratio(b["overlap_pred"], b["pred"]), "recall_overlap": ratio(b["overlap_gold"], b["gold"]),
            "leak_rate": ratio(b["leaked_chars"], b["gold_chars"]),
            "over_redaction_rate": ratio(b["over_chars"], b["other_chars"]) if label == "ALL" else None,
        })
    if args.json:
        json.dump({"documents": len(docs), "rows": rows}, sys.stdout, indent=1)
        print()
    else:
        print(f"{len(docs)} documents")
        print(f"{'lang':5} {'label':13} {'gold':>5} {'pred':>5} {'P exact':>8} {'R exact':>8} {'P overl':>8} {'R overl':>8} {'leak':>7} {'over':>7}")
        for r in rows:
            over = f"{r['over_redaction_rate']:7.2%}" if r["over_redaction_rate"] is not None else ""
            print(f"{r['lang']:5} {r['label']:13} {r['gold']:5} {r['predicted']:5} {r['precision_exact']:8.1%} {r['recall_exact']:8.1%} "
                  f"{r['precision_overlap']:8.1%} {r['recall_overlap']:8.1%} {r['leak_rate']:7.2%} {over}")
    for n, doc, label, value, context in sorted(misses, reverse=True)[:args.misses]:
        print(f"miss {doc} {label} {value!r}: …{context}…", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
