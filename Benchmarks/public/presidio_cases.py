#!/usr/bin/env python3
"""Turn Microsoft Presidio's recognizer tests into detection cases for Redact.

Presidio (https://github.com/microsoft/presidio, MIT licence) tests each of its pattern
recognizers with pytest tables: a text, how many results the recognizer must return, and
usually where (Python string indices, i.e. code points, end exclusive). This script reads those
files with `ast` (nothing of them is imported or run) and writes one JSON line per case:

    {"source": "test_iban_recognizer.py", "entity": "IBAN_CODE", "label": "IBAN",
     "labels": ["IBAN"], "text": "...", "positive": true, "spans": [[0, 28]]}

`positive` is true when Presidio expects at least one result. `spans` is null when the test
gives a count but no positions (scored differently, see presidio_score.py). `label` is the
Redact label the entity corresponds to; `labels` all the labels that count as that entity.
Nothing of Presidio is kept in this repository: point `--tests` at a checkout.

Shapes read:
  A. @pytest.mark.parametrize("text, expected_len[, expected_positions|expected_res, ...]", [...])
     (the text argument may be named text or iban; the count expected_len or expected_count;
     a per-case `entities` argument overrides the module's `entities` fixture; elements may be
     tuples or pytest.param(...); names of module-level literal constants are resolved;
     f-strings without placeholders are read as strings).
  B. @pytest.mark.parametrize("text", [...]) on a test whose body asserts that there are no
     results (`assert len(results) == 0`, `assert not results`): negatives.
  C. A test without parametrize that calls `.analyze("literal", ...)` and then asserts
     `len(results) == N`, `len(results) >= N`, `not results` or `any(...)`, with positions
     from `assert_result*(results[i], entity, start, end, ...)` when given.
Only files named test_*_recognizer.py are read (--glob to change). Parametrize tables
without a text argument, or whose test never calls analyze() (the
validate_result tables), are not detection cases and are skipped. Files whose entity has no Redact label are listed as skipped, with the reason.

Usage:
    python3 Benchmarks/public/presidio_cases.py --tests presidio/presidio-analyzer/tests \
        --out presidio-cases.jsonl

Standard library only; Python 3.8+.
"""
import argparse
import ast
import json
import pathlib
import sys

# Presidio entity -> Redact labels that count as the same thing (the first is the main one).
LABELS = {
    "CREDIT_CARD": ["CARD"],
    "IBAN_CODE": ["IBAN"],
    "IP_ADDRESS": ["IP_ADDRESS"],
    "EMAIL_ADDRESS": ["EMAIL"],
    "PHONE_NUMBER": ["PHONE"],
    "URL": ["URL"],
    "US_SSN": ["SSN"],
    "UK_NINO": ["NINO"],
    "US_PASSPORT": ["PASSPORT"],
    "UK_PASSPORT": ["PASSPORT"],
    "DE_PASSPORT": ["PASSPORT"],
    "RU_PASSPORT": ["PASSPORT"],
    "DE_ID_CARD": ["NATIONAL_ID", "PASSPORT"],
    "TR_NATIONAL_ID": ["NATIONAL_ID"],
    "RU_TAX_ID": ["NATIONAL_ID"],
    "RU_SNILS": ["NATIONAL_ID"],
    "UK_DRIVING_LICENCE": ["NATIONAL_ID"],
    "US_BANK_NUMBER": ["ACCOUNT"],
    "ABA_ROUTING_NUMBER": ["ACCOUNT"],
    "DATE_TIME": ["DATE", "TIME"],
    "MAC_ADDRESS": ["MAC"],
    "UK_POSTCODE": ["ADDRESS"],
    "UK_VEHICLE_REGISTRATION": ["PLATE"],
    "DE_KFZ": ["PLATE"],
    "TR_LICENSE_PLATE": ["PLATE"],
}

# Entities Presidio tests that Redact does not aim at, and why.
SKIPPED = {
    "CRYPTO": "cryptocurrency wallet addresses: no Redact rule",
    "MEDICAL_LICENSE": "US medical (DEA) licence numbers: no Redact rule",
    "UK_NHS": "NHS numbers: no Redact rule",
    "US_DRIVER_LICENSE": "US state driver licences: no Redact rule",
    "US_ITIN": "US ITIN: no Redact rule (the SSN rule is for SSNs)",
    "US_MBI": "US Medicare beneficiary identifiers: no Redact rule",
    "US_NPI": "US provider identifiers: no Redact rule",
    "UUID": "UUIDs: not personal data in Redact's sense",
    "DE_PLZ": "German postcodes: Redact takes AZ, RU, TR, UK, NL and US postcodes only",
    "PERSON": "NER-model tests (spaCy, Stanza, transformers, cloud services): out of scope here",
    "LOCATION": "NER-model tests (spaCy, Stanza, transformers, cloud services): out of scope here",
    "ORGANIZATION": "NER-model tests (spaCy, Stanza, transformers, cloud services): out of scope here",
    "NRP": "nationalities, religious and political groups: no Redact label",
}
SKIPPED_PREFIXES = {
    "AU_": "Australian numbers: country not among Redact's targets",
    "IN_": "Indian numbers: country not among Redact's targets",
    "SG_": "Singapore numbers: country not among Redact's targets",
    "ES_": "Spanish numbers: country not among Redact's targets",
    "IT_": "Italian numbers: country not among Redact's targets",
    "PL_": "Polish numbers: country not among Redact's targets",
    "FI_": "Finnish numbers: country not among Redact's targets",
    "KR_": "Korean numbers: country not among Redact's targets",
    "TH_": "Thai numbers: country not among Redact's targets",
    "NG_": "Nigerian numbers: country not among Redact's targets",
    "ZA_": "South African numbers: country not among Redact's targets",
    "PH_": "Philippine numbers: country not among Redact's targets",
    "CA_": "Canadian numbers: country not among Redact's targets",
    "SE_": "Swedish numbers: country not among Redact's targets",
    "DE_": "German numbers other than passport, ID card and plates: no Redact rule",
    "US_HEALTH": "US health-insurance identifiers: no Redact rule",
}

TEXT_ARGS = ("text", "iban", "sentence", "input_text")
COUNT_ARGS = ("expected_len", "expected_count", "expected_results_len", "expected_length")
# Presidio names its recognizer tests test_<what>_recognizer.py; the engine, NLP, configuration
# and chunking tests around them are not detection tables of one entity.
DEFAULT_GLOB = "test_*_recognizer.py"
POSITION_ARGS = ("expected_positions", "expected_res", "expected_spans", "expected_position")


def take_entity(entities, source, lineno, report):
    """The case's Presidio entity, or None when there is none (a problem) or it is skipped."""
    if not entities:
        report["problems"].append(f"{source}:{lineno}: no entity (no entities fixture)")
        return None
    entity = str(entities[0])
    reason = skip_reason(entity)
    if reason:
        report["skipped"].setdefault(entity, {"reason": reason, "files": set()})
        report["skipped"][entity]["files"].add(source)
        return None
    return entity


def skip_reason(entity):
    """Why an entity is not scored, or None when it is."""
    if entity in LABELS:
        return None
    if entity in SKIPPED:
        return SKIPPED[entity]
    if entity.endswith("_PASSPORT"):
        return ("passports of countries other than AZ, RU, TR, UK, US, NL and DE: no country "
                "rule (the cue-based passport rule is not what these tests probe)")
    for prefix, reason in SKIPPED_PREFIXES.items():
        if entity.startswith(prefix):
            return reason
    return "no Redact label for this entity"


class Unreadable(Exception):
    """A node that is not a literal this script can evaluate."""


def literal(node, constants):
    """Evaluate a literal node, resolving module constants and plain f-strings."""
    if isinstance(node, ast.Name):
        if node.id in constants:
            return constants[node.id]
        raise Unreadable(f"name {node.id}")
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                parts.append(value.value)
            else:
                raise Unreadable("f-string with placeholders")
        return "".join(parts)
    if isinstance(node, (ast.Tuple, ast.List)):
        items = [literal(item, constants) for item in node.elts]
        return tuple(items) if isinstance(node, ast.Tuple) else items
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left, constants), literal(node.right, constants)
        try:
            return left + right
        except TypeError as error:
            raise Unreadable(str(error)) from None
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError) as error:
        raise Unreadable(type(node).__name__) from error


def module_constants(tree):
    """Top-level NAME = literal assignments (lists of values, score constants)."""
    constants = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                and isinstance(statement.targets[0], ast.Name):
            try:
                constants[statement.targets[0].id] = literal(statement.value, constants)
            except Unreadable:
                pass
    return constants


def is_call_to(node, dotted):
    """Whether node is a call to a function spelt `dotted` (e.g. pytest.mark.parametrize)."""
    if not isinstance(node, ast.Call):
        return False
    parts, func = [], node.func
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.append(func.id)
    return ".".join(reversed(parts)).endswith(dotted)


def fixture_entities(tree, constants):
    """The list returned by the module's `entities` fixture, if any."""
    for statement in tree.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == "entities":
            for node in ast.walk(statement):
                if isinstance(node, ast.Return) and node.value is not None:
                    try:
                        value = literal(node.value, constants)
                    except Unreadable:
                        continue
                    if isinstance(value, (list, tuple)) and value:
                        return [str(v) for v in value]
    return None


def arg_names(node, constants):
    value = literal(node, constants)
    if isinstance(value, str):
        return [name.strip() for name in value.split(",") if name.strip()]
    return [str(name) for name in value]


def calls_analyze(function):
    """Whether a test body runs a recognizer on text (not only validate_result)."""
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
               and node.func.attr == "analyze" for node in ast.walk(function))


def asserts_no_results(function):
    """Whether a test body asserts that the analysis found nothing."""
    for node in ast.walk(function):
        if not isinstance(node, ast.Assert):
            continue
        test = node.test
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return True
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq):
            left, right = test.left, test.comparators[0]
            if is_call_to(left, "len") and isinstance(right, ast.Constant) and right.value == 0:
                return True
            if isinstance(right, ast.List) and not right.elts:
                return True
    return False


def normalise_spans(value):
    """((s, e), ...) -> [[s, e], ...]; None when absent or not pairs of ints."""
    if value is None:
        return None
    spans = []
    for pair in value:
        if not (isinstance(pair, (list, tuple)) and len(pair) == 2
                and all(isinstance(v, int) for v in pair)):
            return None
        spans.append([pair[0], pair[1]])
    return spans


def make_case(source, entity, text, count, spans):
    """One case dict. A negative has spans []; a positive whose positions are missing, empty
    or outside the text has spans None (count only)."""
    if not count:
        spans = []
    elif not spans or any(not 0 <= s < e <= len(text) for s, e in spans):
        spans = None
    else:
        spans = sorted(spans)
    labels = LABELS[entity]
    return {"source": source, "entity": entity, "label": labels[0], "labels": labels,
            "text": text, "positive": bool(count), "spans": spans}


def parametrize_cases(source, function, decorator, constants, default_entities, report):
    """Cases of one @pytest.mark.parametrize table (shapes A and B)."""
    if len(decorator.args) < 2:
        report["problems"].append(f"{source}:{decorator.lineno}: parametrize without a table")
        return []
    try:
        names = arg_names(decorator.args[0], constants)
    except Unreadable as error:
        report["problems"].append(f"{source}:{decorator.lineno}: argument names ({error})")
        return []
    text_arg = next((n for n in TEXT_ARGS if n in names), None)
    if text_arg is None or not calls_analyze(function):
        report["validate_only"] += 1
        return []
    count_arg = next((n for n in COUNT_ARGS if n in names), None)
    position_arg = next((n for n in POSITION_ARGS if n in names), None)
    if count_arg is None and not (len(names) == 1 and asserts_no_results(function)):
        report["problems"].append(
            f"{source}:{decorator.lineno}: table ({', '.join(names)}) has no count and its test "
            "does not assert an empty result")
        return []
    table = decorator.args[1]
    if isinstance(table, ast.Name):
        rows = constants.get(table.id)
        if rows is None:
            report["problems"].append(f"{source}:{decorator.lineno}: table {table.id} unreadable")
            return []
        row_nodes = [ast.parse(repr(row), mode="eval").body for row in rows]
    elif isinstance(table, (ast.List, ast.Tuple)):
        row_nodes = table.elts
    else:
        report["problems"].append(f"{source}:{decorator.lineno}: table is {type(table).__name__}")
        return []
    cases = []
    for row in row_nodes:
        if is_call_to(row, "param"):
            fields = row.args
        elif len(names) == 1:
            fields = [row]
        elif isinstance(row, (ast.Tuple, ast.List)):
            fields = row.elts
        else:
            report["problems"].append(f"{source}:{row.lineno}: row is {type(row).__name__}")
            continue
        if len(fields) != len(names):
            report["problems"].append(f"{source}:{row.lineno}: {len(fields)} values for "
                                      f"{len(names)} names")
            continue
        row_values = dict(zip(names, fields))
        try:
            text = literal(row_values[text_arg], constants)
            count = literal(row_values[count_arg], constants) if count_arg else 0
            spans = normalise_spans(literal(row_values[position_arg], constants)) \
                if position_arg else None
            entities = literal(row_values["entities"], constants) if "entities" in names \
                else default_entities
        except Unreadable as error:
            report["problems"].append(f"{source}:{row.lineno}: row unreadable ({error})")
            continue
        if not isinstance(text, str) or not isinstance(count, int):
            report["problems"].append(f"{source}:{row.lineno}: text or count of unexpected type")
            continue
        entity = take_entity(entities, source, row.lineno, report)
        if entity is None:
            continue
        cases.append(make_case(source, entity, text, count, spans))
    return cases


def direct_cases(source, function, constants, default_entities, report):
    """Cases of a test that analyses one literal text (shape C)."""
    cases = []
    body = function.body
    for index, statement in enumerate(body):
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and isinstance(statement.value, ast.Call)
                and isinstance(statement.value.func, ast.Attribute)
                and statement.value.func.attr == "analyze" and statement.value.args):
            continue
        name = statement.targets[0].id
        try:
            text = literal(statement.value.args[0], constants)
        except Unreadable:
            report["problems"].append(f"{source}:{statement.lineno}: analyze() of a computed text")
            continue
        if not isinstance(text, str):
            continue
        count, at_least, spans = None, False, []
        for later in body[index + 1:]:
            if isinstance(later, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == name for t in later.targets):
                break
            for node in ast.walk(later):
                if isinstance(node, ast.Assert):
                    test = node.test
                    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) \
                            and isinstance(test.operand, ast.Name) and test.operand.id == name:
                        count = 0
                    elif isinstance(test, ast.Compare) and len(test.ops) == 1 \
                            and is_call_to(test.left, "len") \
                            and isinstance(test.comparators[0], ast.Constant):
                        value = test.comparators[0].value
                        if isinstance(test.ops[0], ast.Eq):
                            count = value
                        elif isinstance(test.ops[0], ast.GtE):
                            count, at_least = max(value, 1), True
                        elif isinstance(test.ops[0], ast.Gt):
                            count, at_least = value + 1, True
                    elif is_call_to(test, "any") and count is None:
                        count, at_least = 1, True
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                        and node.func.id.startswith("assert_result") and len(node.args) >= 4:
                    try:
                        start, end = literal(node.args[2], constants), literal(node.args[3],
                                                                               constants)
                    except Unreadable:
                        continue
                    if isinstance(start, int) and isinstance(end, int):
                        spans.append((start, end))
        if count is None:
            continue
        entities = default_entities
        entity = take_entity(entities, source, statement.lineno, report)
        if entity is None:
            continue
        spans = normalise_spans(spans) if spans and not at_least else None
        cases.append(make_case(source, entity, text, count, spans))
    return cases


def parse_file(path, report):
    """All cases of one test file; problems and skips go to `report`."""
    source = path.name
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (SyntaxError, UnicodeDecodeError) as error:
        report["problems"].append(f"{source}: cannot be parsed ({error})")
        return []
    constants = module_constants(tree)
    default_entities = fixture_entities(tree, constants)
    cases = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or not function.name.startswith("test"):
            continue
        tables = [d for d in function.decorator_list if is_call_to(d, "mark.parametrize")]
        for decorator in tables:
            cases.extend(parametrize_cases(source, function, decorator, constants,
                                           default_entities, report))
        if not tables:
            cases.extend(direct_cases(source, function, constants, default_entities, report))
    return cases


def new_report():
    return {"problems": [], "skipped": {}, "validate_only": 0, "files": 0, "files_with_cases": 0,
            "duplicates": 0}


def collect(tests_dir, report=None, pattern=DEFAULT_GLOB):
    """Cases of the files matching `pattern` in tests_dir (not recursive), duplicates removed."""
    report = report if report is not None else new_report()
    cases, seen = [], set()
    for path in sorted(pathlib.Path(tests_dir).glob(pattern)):
        report["files"] += 1
        file_cases = parse_file(path, report)
        if file_cases:
            report["files_with_cases"] += 1
        for case in file_cases:
            key = (case["source"], case["entity"], case["text"], case["positive"],
                   json.dumps(case["spans"]))
            if key in seen:
                report["duplicates"] += 1
                continue
            seen.add(key)
            cases.append(case)
    return cases, report


def print_report(cases, report, stream=None):
    stream = stream or sys.stderr
    positives = sum(c["positive"] for c in cases)
    print(f"{report['files']} test files read, {report['files_with_cases']} with cases; "
          f"{len(cases)} cases ({positives} positive, {len(cases) - positives} negative); "
          f"{report['duplicates']} duplicate row(s) dropped; "
          f"{report['validate_only']} table(s) without a text argument or analyze() skipped", file=stream)
    for entity in sorted(report["skipped"]):
        info = report["skipped"][entity]
        print(f"skipped {entity} ({', '.join(sorted(info['files']))}): {info['reason']}",
              file=stream)
    for problem in report["problems"]:
        print(f"not read: {problem}", file=stream)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tests", required=True,
                        help="a Presidio checkout's presidio-analyzer/tests folder")
    parser.add_argument("--out", default="-", help="output JSON Lines (default: stdout)")
    parser.add_argument("--glob", default=DEFAULT_GLOB,
                        help=f"which files of the folder to read (default: {DEFAULT_GLOB})")
    args = parser.parse_args(argv)
    if not pathlib.Path(args.tests).is_dir():
        parser.error(f"{args.tests} is not a folder")
    cases, report = collect(args.tests, pattern=args.glob)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    try:
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print_report(cases, report)
    return 0 if cases else 2


if __name__ == "__main__":
    sys.exit(main())
