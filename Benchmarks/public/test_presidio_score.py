"""Tests of presidio_cases.py (parsing) and presidio_score.py (scoring).

The test files parsed here are synthetic, written below in Presidio's shapes; no Presidio
checkout and no redact binary are needed.

Run: python3 -m pytest Benchmarks/public/test_presidio_score.py
Standard library and pytest only.
"""
import json
import pathlib
import sys
import textwrap

import pytest

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import presidio_cases  # noqa: E402
import presidio_score  # noqa: E402

# Shape A: a fixture entity, tuples, pytest.param, an f-string, a module constant, a duplicate
# row, a count without positions, positions outside the text, a validate_result table.
WIDGET_TESTS = '''
import pytest

SCORE = 0.5
OTHER_TEXT = "ticket ZZ-1"


@pytest.fixture(scope="module")
def entities():
    return ["EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    "text, expected_len, expected_positions, expected_score",
    [
        # fmt: off
        ("write to ab@example.org now", 1, ((9, 23),), SCORE),
        ("nothing to see", 0, (), None),
        ("nothing to see", 0, (), None),
        (f"two: a@b.io c@d.io", 2, ((5, 11), (12, 18)), SCORE),
        pytest.param("x@y.io", 1, ((0, 6),), 1.0, id="param"),
        ("count only q@r.io", 1, (), SCORE),
        ("too far", 1, ((3, 99),), SCORE),
        (OTHER_TEXT, 0, (), None),
        # fmt: on
    ],
)
def test_widgets(text, expected_len, expected_positions, expected_score, recognizer, entities):
    results = recognizer.analyze(text, entities)
    assert len(results) == expected_len


@pytest.mark.parametrize("text, expected", [("ab@example.org", True)])
def test_validate(text, expected, recognizer):
    assert recognizer.validate_result(text) == expected
'''

# A per-case `entities` argument (as in the phone tests), no fixture.
PER_CASE_TESTS = '''
import pytest


@pytest.mark.parametrize(
    "text, expected_len, entities, expected_positions, score",
    [
        ("call 555 0100", 1, ["PHONE_NUMBER"], ((5, 13),), 0.4),
    ],
)
def test_phones(text, expected_len, entities, expected_positions, score, recognizer):
    results = recognizer.analyze(text, entities)
    assert len(results) == expected_len
'''

# Shape B (text only, empty result asserted) and shape C (a literal analyze() call).
SHAPES_B_C_TESTS = '''
import pytest


@pytest.fixture(scope="module")
def entities():
    return ["UK_NINO"]


@pytest.mark.parametrize("text", ["QQ 00 00 00 X", "not a number"])
def test_invalid(text, recognizer, entities):
    results = recognizer.analyze(text, entities)
    assert len(results) == 0


def test_one(recognizer, entities):
    results = recognizer.analyze("nino QQ123456C here", entities)
    assert len(results) == 1
    assert_result(results[0], entities[0], 5, 14, 0.5)


def test_at_least(recognizer, entities):
    results = recognizer.analyze("NINO: QQ 12 34 56 C", entities, None)
    assert len(results) >= 1


def test_none(recognizer, entities):
    results = recognizer.analyze("no such thing", entities)
    assert not results


def test_computed(recognizer, entities):
    results = recognizer.analyze("{} {}".format("a", "b"), entities)
    assert len(results) == 0
'''

SKIPPED_TESTS = '''
import pytest


@pytest.fixture(scope="module")
def entities():
    return ["CRYPTO"]


@pytest.mark.parametrize("text, expected_len", [("wallet 1abc", 1)])
def test_crypto(text, expected_len, recognizer, entities):
    assert len(recognizer.analyze(text, entities)) == expected_len
'''

UNREADABLE_TESTS = '''
import pytest


@pytest.fixture(scope="module")
def entities():
    return ["URL"]


@pytest.mark.parametrize("text, expected_len", [(f"{x}.example", 1) for x in "ab"])
def test_urls(text, expected_len, recognizer, entities):
    assert len(recognizer.analyze(text, entities)) == expected_len


@pytest.mark.parametrize("text, flavour", [("example.org", "plain")])
def test_flavours(text, flavour, recognizer, entities):
    recognizer.analyze(text, entities)
'''


@pytest.fixture()
def tests_dir(tmp_path):
    for name, body in {
        "test_widget_recognizer.py": WIDGET_TESTS,
        "test_per_case_recognizer.py": PER_CASE_TESTS,
        "test_shapes_recognizer.py": SHAPES_B_C_TESTS,
        "test_crypto_recognizer.py": SKIPPED_TESTS,
        "test_unreadable_recognizer.py": UNREADABLE_TESTS,
        "test_broken_recognizer.py": "def test(:\n",
        "conftest.py": "import pytest\n",
        "test_engine.py": PER_CASE_TESTS,              # not test_*_recognizer.py: not read
    }.items():
        (tmp_path / name).write_text(textwrap.dedent(body), encoding="utf-8")
    return tmp_path


def by_text(cases):
    return {c["text"]: c for c in cases}


def test_shape_a_rows(tests_dir):
    cases, report = presidio_cases.collect(tests_dir)
    widget = by_text(c for c in cases if c["source"] == "test_widget_recognizer.py")
    first = widget["write to ab@example.org now"]
    assert first == {"source": "test_widget_recognizer.py", "entity": "EMAIL_ADDRESS",
                     "label": "EMAIL", "labels": ["EMAIL"], "text": "write to ab@example.org now",
                     "positive": True, "spans": [[9, 23]]}
    assert widget["two: a@b.io c@d.io"]["spans"] == [[5, 11], [12, 18]]   # f-string read
    assert widget["x@y.io"]["spans"] == [[0, 6]]                            # pytest.param
    assert widget["count only q@r.io"]["spans"] is None                     # count only
    assert widget["too far"]["spans"] is None                               # outside the text
    assert widget["ticket ZZ-1"] == dict(widget["ticket ZZ-1"], positive=False, spans=[])
    assert widget["nothing to see"]["positive"] is False
    assert len(widget) == 7
    assert report["duplicates"] == 1
    assert report["validate_only"] >= 1                                     # test_validate


def test_per_case_entities(tests_dir):
    cases, _ = presidio_cases.collect(tests_dir)
    phone = [c for c in cases if c["source"] == "test_per_case_recognizer.py"]
    assert phone == [{"source": "test_per_case_recognizer.py", "entity": "PHONE_NUMBER",
                      "label": "PHONE", "labels": ["PHONE"], "text": "call 555 0100",
                      "positive": True, "spans": [[5, 13]]}]


def test_shapes_b_and_c(tests_dir):
    cases, report = presidio_cases.collect(tests_dir)
    shapes = by_text(c for c in cases if c["source"] == "test_shapes_recognizer.py")
    assert shapes["QQ 00 00 00 X"]["positive"] is False
    assert shapes["not a number"]["positive"] is False
    assert shapes["nino QQ123456C here"]["spans"] == [[5, 14]]
    assert shapes["NINO: QQ 12 34 56 C"]["positive"] is True
    assert shapes["NINO: QQ 12 34 56 C"]["spans"] is None                  # ">= 1": no positions
    assert shapes["no such thing"]["positive"] is False
    assert set(shapes) == {"QQ 00 00 00 X", "not a number", "nino QQ123456C here",
                           "NINO: QQ 12 34 56 C", "no such thing"}
    assert any("computed text" in p for p in report["problems"])


def test_skipped_and_unreadable(tests_dir):
    cases, report = presidio_cases.collect(tests_dir)
    assert not [c for c in cases if c["source"] in ("test_crypto_recognizer.py",
                                                     "test_unreadable_recognizer.py")]
    assert report["skipped"]["CRYPTO"]["files"] == {"test_crypto_recognizer.py"}
    assert "no Redact rule" in report["skipped"]["CRYPTO"]["reason"]
    problems = "\n".join(report["problems"])
    assert "test_broken_recognizer.py: cannot be parsed" in problems
    assert "test_unreadable_recognizer.py" in problems and "ListComp" in problems
    assert "has no count" in problems                                       # test_flavours
    assert report["files"] == 6                           # not conftest.py, not test_engine.py
    everything, _ = presidio_cases.collect(tests_dir, pattern="test_*.py")
    assert any(c["source"] == "test_engine.py" for c in everything)


def test_skip_reasons():
    assert presidio_cases.skip_reason("IBAN_CODE") is None
    assert "country" in presidio_cases.skip_reason("AU_TFN")
    assert "passports of countries" in presidio_cases.skip_reason("AT_PASSPORT")
    assert presidio_cases.skip_reason("DE_PASSPORT") is None
    assert "German" in presidio_cases.skip_reason("DE_TAX_ID")
    assert presidio_cases.skip_reason("SOMETHING_NEW") == "no Redact label for this entity"


def test_command_line_writes_json_lines(tests_dir, tmp_path, capsys):
    out = tmp_path / "cases.jsonl"
    assert presidio_cases.main(["--tests", str(tests_dir), "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(presidio_cases.collect(tests_dir)[0])
    err = capsys.readouterr().err
    assert "skipped CRYPTO" in err and "not read:" in err


# ---- scoring ------------------------------------------------------------------------------

def case(text, spans, entity="IBAN_CODE", labels=("IBAN",), positive=None):
    return {"source": "t.py", "entity": entity, "label": labels[0], "labels": list(labels),
            "text": text, "positive": bool(spans) or spans is None if positive is None
            else positive, "spans": spans}


def span(label, start, end, text=""):
    return {"label": label, "start": start, "end": end, "text": text}


def test_positive_needs_every_non_space_character():
    c = case("id XX12 3456 end", [[3, 12]])
    whole = [span("IBAN", 3, 12)]
    pieces = [span("IBAN", 3, 7), span("ACCOUNT", 8, 12)]                  # the space between
    short = [span("IBAN", 3, 11)]
    assert presidio_score.score_case(c, whole) == {"positive": True, "caught": True,
                                                   "caught_label": True, "by_count": False}
    outcome = presidio_score.score_case(c, pieces)
    assert outcome["caught"] and not outcome["caught_label"]
    assert not presidio_score.score_case(c, short)["caught"]
    assert not presidio_score.score_case(c, [])["caught"]


def test_positive_by_count_needs_the_digits():
    c = case("passport 45 10 123456", None, entity="RU_PASSPORT", labels=("PASSPORT",))
    assert presidio_score.score_case(c, [span("PASSPORT", 9, 21)])["caught"]
    assert not presidio_score.score_case(c, [span("PASSPORT", 9, 14)])["caught"]
    no_digits = case("passport here", None, entity="RU_PASSPORT", labels=("PASSPORT",))
    assert presidio_score.score_case(no_digits, [span("PASSPORT", 0, 8)])["caught"]
    assert not presidio_score.score_case(no_digits, [span("PERSON", 0, 8)])["caught"]


def test_negatives_flagged_names_apart():
    c = case("AB12 0000", [], positive=False)
    assert presidio_score.score_case(c, []) == {"positive": False, "flagged": False,
                                                "flagged_label": False, "names_only": False}
    assert presidio_score.score_case(c, [span("ORGANIZATION", 0, 4)]) == {
        "positive": False, "flagged": False, "flagged_label": False, "names_only": True}
    assert presidio_score.score_case(c, [span("PHONE", 5, 9), span("PERSON", 0, 4)]) == {
        "positive": False, "flagged": True, "flagged_label": False, "names_only": False}
    assert presidio_score.score_case(c, [span("IBAN", 0, 9)])["flagged_label"]


def test_summary_arithmetic_and_targets():
    cases = [case("a1", [[0, 2]]), case("b2", [[0, 2]]), case("c3", [], positive=False),
             case("d4", [[0, 2]], entity="URL", labels=("URL",)),
             case("e5", [], entity="URL", labels=("URL",), positive=False)]
    predictions = [[span("IBAN", 0, 2)], [span("PHONE", 0, 2)], [span("CARD", 0, 1)],
                   [], [span("PERSON", 0, 1)]]
    outcomes = [presidio_score.score_case(c, p) for c, p in zip(cases, predictions)]
    rows = presidio_score.summarize(cases, outcomes)
    assert [r["entity"] for r in rows] == ["IBAN_CODE", "URL", "all"]
    iban, url, total = rows
    assert (iban["positives"], iban["caught"], iban["caught_label"]) == (2, 2, 1)
    assert (iban["negatives"], iban["flagged"], iban["flagged_label"]) == (1, 1, 0)
    assert (url["positives"], url["caught"], url["negatives"], url["names_only"]) == (1, 0, 1, 1)
    assert (total["positives"], total["caught"], total["negatives"], total["flagged"]) == \
        (3, 2, 2, 1)
    assert total["caught_rate"] == pytest.approx(2 / 3)
    assert total["flagged_rate"] == pytest.approx(0.5)
    assert presidio_score.meets_targets(total) == (False, False)
    assert presidio_score.meets_targets({"caught_rate": 0.97, "flagged_rate": 0.03}) == \
        (True, True)
    assert presidio_score.meets_targets({"caught_rate": 0.969, "flagged_rate": 0.031}) == \
        (False, False)
    table = presidio_score.format_table(rows)
    assert "| **all** |  | 3 | 2 (66.7%) | 1 (33.3%) | 2 | 1 (50.0%) | 0 (0.0%) | 1 |" in table


def test_redact_offsets_are_checked_as_code_points():
    text = "😀 mail ab@example.org"                  # the emoji is 1 code point, 2 UTF-16 units
    record = {"id": "0", "text": text, "spans": [
        {"label": "EMAIL", "start": 7, "end": 21, "text": "ab@example.org"},   # code points
        {"label": "EMAIL", "start": 8, "end": 22, "text": "ab@example.org"},   # UTF-16 units
    ]}
    warnings = []
    spans = presidio_score.predicted_spans(record, warnings)
    assert [(s["start"], s["end"]) for s in spans] == [(7, 21), (8, 22)]
    assert len(warnings) == 1 and "8-22" in warnings[0]
