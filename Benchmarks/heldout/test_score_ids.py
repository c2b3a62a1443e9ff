"""Checks for score_ids.py and the identifier markup of heldout.py (pytest).

    python3 -m pytest -q Benchmarks/heldout/test_score_ids.py

The scoring is checked on small documents whose figures are counted by hand; the command line
is checked end to end with a stand-in `redact` (a script that answers `detect --jsonl` by
marking every run of digits), so no build is needed.
"""

import json
import os
import stat
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout  # noqa: E402
import score_ids  # noqa: E402


def write(tmp_path, folder, name, body):
    d = tmp_path / folder
    d.mkdir(exist_ok=True)
    p = d / name
    p.write_text(body, encoding="utf-8")
    return str(p)


def row(rows, lang, label):
    return next(r for r in rows if r["lang"] == lang and r["label"] == label)


# ------------------------------------------------------------------ markup

def test_identifier_labels_are_read_under_ids(tmp_path):
    path = write(tmp_path, "ids", "en.txt", "=== en-1\nCase No. [[1:22-cv-01234|CASE_NUMBER]] at [[14:35|TIME]].\n")
    [doc] = heldout.read(path)
    assert doc["text"] == "Case No. 1:22-cv-01234 at 14:35."
    assert [(doc["text"][s["start"]:s["end"]], s["label"]) for s in doc["spans"]] == [
        ("1:22-cv-01234", "CASE_NUMBER"), ("14:35", "TIME")]


def test_identifier_labels_are_refused_in_the_name_set(tmp_path):
    path = write(tmp_path, "names", "en.txt", "=== en-1\nCase No. [[1:22-cv-01234|CASE_NUMBER]].\n")
    with pytest.raises(heldout.MarkupError, match="unknown label 'CASE_NUMBER'"):
        heldout.read(path)


def test_unknown_labels_are_refused_under_ids(tmp_path):
    path = write(tmp_path, "ids", "en.txt", "=== en-1\nplate [[AB12 CDE|VEHICLE]]\n")
    with pytest.raises(heldout.MarkupError, match="unknown label 'VEHICLE'"):
        heldout.read(path)


def test_the_committed_set_has_forty_documents_per_language():
    files = score_ids.default_files()
    assert sorted(os.path.basename(f) for f in files) == ["az.txt", "en.txt", "ru.txt", "tr.txt"]
    for f in files:
        docs = heldout.read(f)
        assert len(docs) >= 40, f
        labels = {s["label"] for d in docs for s in d["spans"]}
        assert labels <= heldout.ID_LABELS
        assert {"CASE_NUMBER", "MONEY", "TIME", "PLATE", "ADDRESS"} <= labels, f


# ------------------------------------------------------------------ figures

DOC = "=== en-1\nCase No. [[1:22-cv-01234|CASE_NUMBER]] at [[14:35|TIME]], plate [[AB12 CDE|PLATE]], in 2023.\n"


def scored(tmp_path, predicted):
    [doc] = heldout.read(write(tmp_path, "ids", "en.txt", DOC))
    text = doc["text"]
    spans = []
    for value, label in predicted:
        start = text.index(value)
        spans.append((start, start + len(value), label))
    return text, score_ids.score([doc], {"en-1": spans})


def test_a_span_that_covers_the_identifier_leaks_nothing(tmp_path):
    _, (rows, misses, strays) = scored(tmp_path, [("1:22-cv-01234", "CASE_NUMBER"), ("14:35", "TIME"), ("AB12 CDE", "PLATE")])
    for label in ["CASE_NUMBER", "TIME", "PLATE"]:
        r = row(rows, "en", label)
        assert (r["gold"], r["recall_overlap"], r["recall_any"], r["leak_rate"]) == (1, 1.0, 1.0, 0.0)
    assert row(rows, "ALL", "ALL")["over_redaction_rate"] == 0.0
    assert misses == [] and strays == []
    assert score_ids.over_target(rows) == []


def test_leak_counts_uncovered_characters_whatever_the_label(tmp_path):
    # "14:" hidden as a DATE: the TIME is overlapped by another label and leaks "35" (2 of 5).
    # The plate's space is not a character that identifies: "AB12" and "CDE" cover it all.
    _, (rows, misses, _) = scored(tmp_path, [("14:", "DATE"), ("AB12", "PLATE"), ("CDE", "PLATE")])
    time = row(rows, "en", "TIME")
    assert time["recall_overlap"] == 0.0 and time["recall_any"] == 1.0
    assert time["leak_rate"] == pytest.approx(2 / 5)
    assert row(rows, "en", "PLATE")["leak_rate"] == 0.0
    assert row(rows, "en", "CASE_NUMBER")["leak_rate"] == 1.0
    # all labels: 13 + 2 + 0 leaked of 13 + 5 + 7 characters
    assert row(rows, "ALL", "ALL")["leak_rate"] == pytest.approx(15 / 25)
    assert [(m[1], m[2], m[3]) for m in sorted(misses, reverse=True)] == [("en-1", "CASE_NUMBER", "1:22-cv-01234"), ("en-1", "TIME", "14:35")]
    assert {(r["lang"], r["label"]) for r in score_ids.over_target(rows)} >= {("en", "TIME"), ("en", "CASE_NUMBER"), ("ALL", "TIME")}


def test_over_redaction_is_the_share_of_unannotated_characters_covered(tmp_path):
    text, (rows, _, strays) = scored(tmp_path, [("1:22-cv-01234", "CASE_NUMBER"), ("14:35", "TIME"),
                                                ("AB12 CDE", "PLATE"), ("2023", "DATE"), ("No.", "CASE_NUMBER")])
    other = sum(1 for c in text if not c.isspace()) - (13 + 5 + 7)
    over = row(rows, "ALL", "ALL")["over_redaction_rate"]
    assert over == pytest.approx(7 / other)
    assert row(rows, "en", "ALL")["over_redaction_rate"] == over
    # per predicted label: the DATE span covers "2023", the stray CASE_NUMBER span "No."
    assert row(rows, "en", "DATE")["over_redaction_rate"] == pytest.approx(4 / other)
    assert row(rows, "ALL", "CASE_NUMBER")["over_redaction_rate"] == pytest.approx(3 / other)
    assert row(rows, "en", "TIME")["over_redaction_rate"] == 0.0
    assert [(s[1], s[2]) for s in strays] == [("DATE", "2023"), ("CASE_NUMBER", "No.")]
    assert row(rows, "en", "DATE")["stray"] == 1 and row(rows, "en", "DATE")["gold"] == 0
    assert [(r["lang"], r["label"]) for r in score_ids.over_target(rows)] == [("en", "ALL"), ("ALL", "ALL")]


def test_predicted_spans_past_the_end_are_clipped(tmp_path):
    [doc] = heldout.read(write(tmp_path, "ids", "en.txt", DOC))
    rows, _, _ = score_ids.score([doc], {"en-1": [(0, len(doc["text"]) + 50, "PERSON")]})
    assert row(rows, "ALL", "ALL")["leak_rate"] == 0.0
    assert row(rows, "ALL", "ALL")["over_redaction_rate"] == 1.0


# ------------------------------------------------------------------ command line

FAKE_REDACT = r'''#!/usr/bin/env python3
import json, re, sys
assert sys.argv[1:] == ["detect", "--jsonl", "-"], sys.argv
for line in sys.stdin:
    record = json.loads(line)
    spans = [{"start": m.start(), "end": m.end(), "label": "NUMBER"} for m in re.finditer(r"[0-9]+", record["text"])]
    print(json.dumps({"id": record["id"], "spans": spans}))
'''


def test_command_line_runs_the_given_redact(tmp_path):
    fake = tmp_path / "redact"
    fake.write_text(FAKE_REDACT)
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    path = write(tmp_path, "ids", "ru.txt", "=== ru-1\nДело № [[2-1234/2022|CASE_NUMBER]], в [[18:00|TIME]].\n")
    run = subprocess.run([sys.executable, os.path.join(HERE, "score_ids.py"), "--redact", str(fake), "--json", path],
                         capture_output=True, check=True, text=True)
    out = json.loads(run.stdout)
    assert out["documents"] == 1
    case = row(out["rows"], "ru", "CASE_NUMBER")
    # digits hidden, "-" and "/" left: 2 of 11 characters leak
    assert case["leak_rate"] == pytest.approx(2 / 11) and case["recall_overlap"] == 0.0 and case["recall_any"] == 1.0
    assert row(out["rows"], "ru", "TIME")["leak_rate"] == pytest.approx(1 / 5)
    assert row(out["rows"], "ALL", "ALL")["over_redaction_rate"] == 0.0
    assert ["ru", "CASE_NUMBER"] in out["over_target"]
    table = subprocess.run([sys.executable, os.path.join(HERE, "score_ids.py"), "--redact", str(fake), path],
                           capture_output=True, check=True, text=True).stdout
    assert "1 documents" in table and "rows miss them" in table
