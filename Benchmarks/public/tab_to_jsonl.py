#!/usr/bin/env python3
"""Convert a Text Anonymization Benchmark (TAB) file to Redact's canonical gold JSON Lines.

TAB (Pilán et al. 2022, ECHR court cases) is a JSON list of documents, each with `doc_id`,
`text` and `annotations`: an object with one entry per annotator, each holding
`entity_mentions` with `start_offset`, `end_offset` (code points of `text`, end exclusive),
`entity_type`, `entity_id`, `identifier_type` (DIRECT, QUASI or NO_MASK) and `span_text`.

Output, one line per document, the shape `redact eval` reads:

    {"id": "001-61807", "lang": "en", "text": "...",
     "spans": [{"start": 54, "end": 62, "label": "CODE", "entity": "001-61807_a1_e1"}]}

Offsets stay in code points (TAB's are Python string indices, as are Redact's). Spans are
sorted by start, then end; a mention repeated with the same start, end and label is written
once. Problems (a span outside the text, an empty span, `span_text` not equal to the slice)
are reported on stderr and the mention skipped (`--strict` makes them errors).

Standard library only; Python 3.8+.
"""
import argparse
import json
import sys

# TAB's entity types and the closest of Redact's labels. Types with no counterpart among the
# labels the engine emits keep their TAB name: they still count as gold when scored (recall and
# leak), and `redact eval --label …` or `--map TYPE=` leaves them out.
DEFAULT_LABELS = {
    "PERSON": "PERSON",
    "LOC": "LOCATION",
    "ORG": "ORGANIZATION",
    "DATETIME": "DATE",
    "CODE": "CODE",
    "DEM": "DEM",
    "QUANTITY": "QUANTITY",
    "MISC": "MISC",
}

IDENTIFIER_SETS = {
    "all": None,                      # every mention, NO_MASK included
    "masked": {"DIRECT", "QUASI"},    # what TAB says must be masked
    "direct": {"DIRECT"},
}


class ConversionError(Exception):
    pass


def parse_map(items, base=None):
    """`FROM=TO` items over `base`; an empty TO (or `-`) drops the type."""
    labels = dict(DEFAULT_LABELS if base is None else base)
    for item in items:
        if "=" not in item:
            raise ConversionError(f"--map {item!r}: expected FROM=TO (TO empty to drop the type)")
        source, target = (part.strip() for part in item.split("=", 1))
        if not source:
            raise ConversionError(f"--map {item!r}: empty TAB type")
        labels[source] = None if target in ("", "-") else target
    return labels


def read_label_map_file(path):
    """A file of `FROM=TO` lines (as `redact eval --label-map`), `#` comments, blank lines."""
    items = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "=" not in line:
                raise ConversionError(f"{path}:{number}: expected FROM=TO")
            items.append(line)
    return items


def load_documents(path):
    if path == "-":
        data = json.load(sys.stdin)
    else:
        with open(path, encoding="utf-8-sig") as f:
            data = json.load(f)
    if isinstance(data, dict):          # one document on its own
        data = [data]
    if not isinstance(data, list):
        raise ConversionError(f"{path}: expected a JSON list of TAB documents")
    return data


def choose_annotator(document, wanted):
    annotations = document.get("annotations") or {}
    if not isinstance(annotations, dict):
        raise ConversionError(f"document {document.get('doc_id')!r}: 'annotations' is not an object")
    if wanted is None:
        for name, value in annotations.items():       # JSON order: the first annotator
            return name, value
        return None, None
    return (wanted, annotations[wanted]) if wanted in annotations else (None, None)


def convert_document(document, position, *, annotator=None, identifiers="all", labels=None, lang="en",
                     problems=None):
    """One TAB document as a gold record, or None when it has no such annotator."""
    labels = DEFAULT_LABELS if labels is None else labels
    problems = [] if problems is None else problems
    keep = IDENTIFIER_SETS[identifiers]
    doc_id = document.get("doc_id", document.get("id", str(position)))
    text = document.get("text")
    if not isinstance(text, str):
        raise ConversionError(f"document {doc_id!r}: no 'text' string")
    name, annotation = choose_annotator(document, annotator)
    if annotation is None:
        return None, name
    mentions = annotation.get("entity_mentions", []) if isinstance(annotation, dict) else []
    spans, seen = [], set()
    for index, mention in enumerate(mentions):
        where = f"document {doc_id!r}, {name}, mention {index} ({mention.get('entity_mention_id', '?')})"
        if keep is not None and mention.get("identifier_type") not in keep:
            continue
        entity_type = mention.get("entity_type")
        label = labels.get(entity_type, entity_type)   # a type the map does not name keeps its name
        if label is None:
            continue
        start, end = mention.get("start_offset"), mention.get("end_offset")
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
            problems.append(f"{where}: start_offset/end_offset are not integers; skipped")
            continue
        if not 0 <= start < end <= len(text):
            problems.append(f"{where}: span {start}..{end} is empty or outside the text "
                            f"({len(text)} code points); skipped")
            continue
        span_text = mention.get("span_text")
        if span_text is not None and text[start:end] != span_text:
            problems.append(f"{where}: span_text {span_text!r} != text[{start}:{end}] {text[start:end]!r}; skipped")
            continue
        key = (start, end, label)
        if key in seen:
            continue
        seen.add(key)
        span = {"start": start, "end": end, "label": label}
        if mention.get("entity_id") is not None:
            span["entity"] = str(mention["entity_id"])
        spans.append(span)
    spans.sort(key=lambda s: (s["start"], s["end"], s["label"]))
    return {"id": str(doc_id), "lang": lang, "text": text, "spans": spans}, name


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Default type map: " + ", ".join(f"{k}={v}" for k, v in DEFAULT_LABELS.items()))
    parser.add_argument("tab_json", help="a TAB file (echr_train.json, echr_dev.json, echr_test.json), '-' for stdin")
    parser.add_argument("--out", "-o", default="-", help="the gold JSON Lines to write (default: stdout)")
    parser.add_argument("--annotator", help="which annotator's mentions to take, e.g. annotator2 "
                        "(default: each document's first); documents without it are skipped")
    parser.add_argument("--identifiers", choices=sorted(IDENTIFIER_SETS), default="all",
                        help="all mentions (default), 'masked' (identifier_type DIRECT or QUASI: what "
                        "TAB says must be masked) or 'direct' (DIRECT only)")
    parser.add_argument("--masked-only", action="store_const", const="masked", dest="identifiers",
                        help="same as --identifiers masked")
    parser.add_argument("--map", action="append", default=[], metavar="TYPE=LABEL",
                        help="map a TAB entity type to a label (repeatable); an empty LABEL drops the type")
    parser.add_argument("--map-file", help="TYPE=LABEL lines, as for --map (applied before --map)")
    parser.add_argument("--lang", default="en", help="the documents' language (default en)")
    parser.add_argument("--strict", action="store_true", help="treat a skipped mention as an error")
    parser.add_argument("--quiet", action="store_true", help="no summary on stderr")
    args = parser.parse_args(argv)

    try:
        items = (read_label_map_file(args.map_file) if args.map_file else []) + args.map
        labels = parse_map(items)
        documents = load_documents(args.tab_json)
        problems, records, skipped = [], [], 0
        annotators = {}
        for position, document in enumerate(documents, 1):
            if not isinstance(document, dict):
                raise ConversionError(f"entry {position} is not a JSON object")
            record, name = convert_document(document, position, annotator=args.annotator,
                                            identifiers=args.identifiers, labels=labels, lang=args.lang,
                                            problems=problems)
            if record is None:
                skipped += 1
                continue
            annotators[name] = annotators.get(name, 0) + 1
            records.append(record)
        ids = [r["id"] for r in records]
        if len(set(ids)) != len(ids):
            duplicate = next(i for i in ids if ids.count(i) > 1)
            raise ConversionError(f"document id {duplicate!r} occurs twice (redact eval would refuse it)")
        if problems and args.strict:
            raise ConversionError(f"{len(problems)} problem(s), the first: {problems[0]}")
    except (OSError, ValueError, ConversionError) as error:
        print(f"tab_to_jsonl: {error}", file=sys.stderr)
        return 2

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="\n")
    try:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    for problem in problems[:20]:
        print(f"tab_to_jsonl: warning: {problem}", file=sys.stderr)
    if len(problems) > 20:
        print(f"tab_to_jsonl: warning: … and {len(problems) - 20} more", file=sys.stderr)
    if not args.quiet:
        spans = sum(len(r["spans"]) for r in records)
        per_label = {}
        for r in records:
            for s in r["spans"]:
                per_label[s["label"]] = per_label.get(s["label"], 0) + 1
        print(f"tab_to_jsonl: {len(records)} documents, {spans} spans ("
              + ", ".join(f"{k}={v}" for k, v in sorted(per_label.items())) + ")"
              + f"; annotators: " + ", ".join(f"{k}×{v}" for k, v in sorted(annotators.items()))
              + (f"; {skipped} document(s) without annotator {args.annotator!r} skipped" if skipped else "")
              + (f"; {len(problems)} mention(s) skipped" if problems else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
