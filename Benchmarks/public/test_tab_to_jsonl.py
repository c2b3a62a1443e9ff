"""Tests of tab_to_jsonl.py on the synthetic TAB-shaped sample (sample-tab.json).

Run: python3 -m pytest Benchmarks/public/test_tab_to_jsonl.py
Standard library and pytest only.
"""
import json
import pathlib
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
SAMPLE = HERE / "sample-tab.json"
SCRIPT = HERE / "tab_to_jsonl.py"

sys.path.insert(0, str(HERE))
import tab_to_jsonl  # noqa: E402


def run(*args, input_text=None):
    """The converter as a command: (exit code, records, stderr)."""
    result = subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], input=input_text,
                            capture_output=True, text=True, encoding="utf-8")
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.returncode, records, result.stderr


def spans_as_text(record):
    return [(s["label"], record["text"][s["start"]:s["end"]]) for s in record["spans"]]


def test_default_first_annotator_all_mentions_and_labels():
    code, records, stderr = run(SAMPLE)
    assert code == 0, stderr
    assert [r["id"] for r in records] == ["001-900001", "001-900002"]
    first, second = records
    assert set(first) == {"id", "lang", "text", "spans"} and first["lang"] == "en"
    # annotator1 is the first annotator of the first document: 14 mentions, one of them a repeat.
    assert spans_as_text(first) == [
        ("CODE", "31877/09"),
        ("ORGANIZATION", "Kingdom of Norway"),
        ("DEM", "Norwegian"),
        ("PERSON", "Mr Halvard Brekke"),
        ("DATE", "3 March 2009"),
        ("DATE", "1961"),
        ("LOCATION", "Tromsø"),
        ("PERSON", "Ms Ingrid Solvang"),
        ("LOCATION", "Bodø"),
        ("DATE", "14 May 2008"),
        ("PERSON", "Mr Brekke"),
        ("ORGANIZATION", "Nordlys Fiskemottak AS"),
        ("QUANTITY", "12 years"),
    ]
    # The second document has only annotator3: "the first" is per document.
    assert [label for label, _ in spans_as_text(second)] == [
        "PERSON", "DEM", "LOCATION", "DATE", "PERSON", "ORGANIZATION", "CODE"]
    assert "annotator1×1, annotator3×1" in stderr


def test_offsets_are_code_points_exactly():
    _, records, _ = run(SAMPLE)
    first, second = records
    assert first["spans"][0] == {"start": 54, "end": 62, "label": "CODE", "entity": "001-900001_a1_e1"}
    # Coreference survives: both mentions of the applicant carry the same entity.
    brekke = [s for s in first["spans"] if s["label"] == "PERSON" and "Brekke" in first["text"][s["start"]:s["end"]]]
    assert [s["entity"] for s in brekke] == ["001-900001_a1_e4", "001-900001_a1_e4"]
    # After the emoji (one code point, two UTF-16 units) offsets are code points, not UTF-16.
    emoji = second["text"].index("😀")
    kemal = next(s for s in second["spans"] if second["text"][s["start"]:s["end"]] == "Mr Kemal Aydınoğlu")
    assert kemal["start"] > emoji
    assert (kemal["start"], kemal["end"]) == (123, 141)
    assert len(second["text"][:kemal["start"]].encode("utf-16-le")) // 2 == 124
    # The spans are sorted and inside the text.
    for record in records:
        starts = [(s["start"], s["end"]) for s in record["spans"]]
        assert starts == sorted(starts)
        assert all(0 <= s["start"] < s["end"] <= len(record["text"]) for s in record["spans"])


def test_matches_tab_span_text_for_every_mention():
    documents = json.loads(SAMPLE.read_text(encoding="utf-8"))
    _, records, _ = run(SAMPLE)
    by_id = {r["id"]: r for r in records}
    for document in documents:
        record = by_id[document["doc_id"]]
        name = next(iter(document["annotations"]))
        expected = {(m["start_offset"], m["end_offset"], tab_to_jsonl.DEFAULT_LABELS[m["entity_type"]])
                    for m in document["annotations"][name]["entity_mentions"]}
        got = {(s["start"], s["end"], s["label"]) for s in record["spans"]}
        assert got == expected
        for mention in document["annotations"][name]["entity_mentions"]:
            assert record["text"][mention["start_offset"]:mention["end_offset"]] == mention["span_text"]


def test_chosen_annotator_and_documents_without_it():
    code, records, stderr = run(SAMPLE, "--annotator", "annotator2")
    assert code == 0, stderr
    assert [r["id"] for r in records] == ["001-900001"]          # 001-900002 has no annotator2
    assert spans_as_text(records[0]) == [
        ("CODE", "31877/09"), ("PERSON", "Halvard Brekke"), ("LOCATION", "Tromsø"), ("DEM", "lawyer"),
        ("PERSON", "Brekke")]
    assert records[0]["spans"][1]["entity"] == records[0]["spans"][4]["entity"] == "001-900001_a2_e2"
    assert "1 document(s) without annotator 'annotator2' skipped" in stderr


@pytest.mark.parametrize("flag", [["--identifiers", "masked"], ["--masked-only"]])
def test_masked_only_keeps_direct_and_quasi(flag):
    _, records, _ = run(SAMPLE, *flag)
    texts = [t for r in records for _, t in spans_as_text(r)]
    assert "Kingdom of Norway" not in texts and "Norwegian" not in texts and "Turkish" not in texts  # NO_MASK
    assert "Mr Halvard Brekke" in texts and "1961" in texts and "İzmir" in texts
    assert len(texts) == 20 - 3


def test_direct_only():
    _, records, _ = run(SAMPLE, "--identifiers", "direct")
    assert [t for r in records for _, t in spans_as_text(r)] == [
        "31877/09", "Mr Halvard Brekke", "Ms Ingrid Solvang", "Mr Brekke", "Ms Ayşe Demirtaş",
        "ayse.demirtas@example.org"]


def test_label_map_override_and_drop(tmp_path):
    _, records, _ = run(SAMPLE, "--map", "CODE=NATIONAL_ID", "--map", "DEM=", "--map", "QUANTITY=-")
    labels = {s["label"] for r in records for s in r["spans"]}
    assert labels == {"NATIONAL_ID", "ORGANIZATION", "PERSON", "DATE", "LOCATION"}
    mapping = tmp_path / "tab.map"
    mapping.write_text("# TAB to Redact\nLOC = PLACE\nMISC=\n", encoding="utf-8")
    _, records, _ = run(SAMPLE, "--map-file", mapping)
    assert "PLACE" in {s["label"] for r in records for s in r["spans"]}
    assert "LOCATION" not in {s["label"] for r in records for s in r["spans"]}
    code, _, stderr = run(SAMPLE, "--map", "nonsense")
    assert code == 2 and "FROM=TO" in stderr


def test_bad_spans_are_reported_and_strict_fails(tmp_path):
    documents = json.loads(SAMPLE.read_text(encoding="utf-8"))
    mentions = documents[0]["annotations"]["annotator1"]["entity_mentions"]
    mentions[0]["start_offset"] += 1                            # span_text no longer matches
    mentions[1]["end_offset"] = 10 ** 6                         # outside the text
    mentions[2]["end_offset"] = mentions[2]["start_offset"]     # empty
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    code, records, stderr = run(broken)
    assert code == 0
    assert len(records[0]["spans"]) == 13 - 3
    assert stderr.count("warning:") == 3 and "3 mention(s) skipped" in stderr
    code, records, stderr = run(broken, "--strict")
    assert code == 2 and records == [] and "3 problem(s)" in stderr


def test_single_document_object_and_stdin():
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))[1]
    code, records, _ = run("-", input_text=json.dumps(document, ensure_ascii=False))
    assert code == 0 and [r["id"] for r in records] == ["001-900002"]


def test_output_file(tmp_path):
    out = tmp_path / "gold.jsonl"
    code, records, _ = run(SAMPLE, "--out", out, "--quiet")
    assert code == 0 and records == []
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["id"] == "001-900001"
    assert "Tromsø" in lines[0]                                 # UTF-8, not \\u escapes


def redact_binary():
    """$REDACT_BIN, else the newer of the repository's release and debug builds, else None."""
    import os
    if os.environ.get("REDACT_BIN"):
        return os.environ["REDACT_BIN"]
    root = HERE.parent.parent
    builds = [p for p in (root / ".build/release/redact", root / ".build/debug/redact") if p.exists()]
    return str(max(builds, key=lambda p: p.stat().st_mtime)) if builds else None


def test_redact_eval_reads_the_converted_sample(tmp_path):
    binary = redact_binary()
    if binary is None:
        pytest.skip("no redact binary (set REDACT_BIN or build the redact product)")
    help_text = subprocess.run([binary, "eval", "--help"], capture_output=True, text=True).stdout
    if "--json" not in help_text:
        pytest.skip(f"{binary} predates 'redact eval --json'")
    gold = tmp_path / "tab.jsonl"
    assert run(SAMPLE, "--masked-only", "--out", gold, "--quiet")[0] == 0
    result = subprocess.run([binary, "eval", "--json", str(gold)], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema"] == "redact-eval/1" and report["documents"] == 2
    assert report["labels"] == ["CODE", "DATE", "LOCATION", "ORGANIZATION", "PERSON", "QUANTITY"]
    assert report["per_label"]["PERSON"]["gold"] == 5
    assert report["overall"]["gold"] == 17
