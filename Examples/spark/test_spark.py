"""Opt-in test of Examples/spark: the Spark job and the GNU parallel recipe give the same lines,
byte for byte, as one `redact` run on one machine. Run it with `bash Examples/spark/run-test`,
which makes the virtual environment with pyspark and calls this file with its Python.

    python test_spark.py --redact PATH [--size 2MB] [--keep]

Steps (all in a new temporary folder, removed at the end unless --keep or a failure):
1. copy the redact binary there (the one tested is the one shipped), `redact keygen key`;
2. a synthetic corpus from Benchmarks/corpus/generate.py (--format jsonl), split into 5 files,
   with the edge cases: one file with CRLF line ends, one whose last line has no "\n", a "\r"
   and a tab between JSON tokens, an empty line;
3. the reference: the files joined (a "\n" added after a file that lacks one, as Spark reads each
   file's last line as a line) through one `redact --format jsonl --field text --scope document`;
4. spark-submit redact_spark.py in local-cluster mode (2 workers, 1 core, 1 GiB each) with at
   least 8 splits; its lines must be the reference's lines: the same multiset, and per document
   id the same bytes (order across part files is not part of the contract, see README.md);
5. the same job on an input with a broken line must fail (no _SUCCESS), not shorten the output;
6. GNU parallel --pipe --keep-order over the joined input must give the reference byte for byte
   (skipped with a message when `parallel` is not installed), and fail on a broken line.

Exit code 0 when everything passed or was skipped (a line starting with SKIPPED says why), 1 on
a mismatch or failure; the last line is 'spark: N passed, N failed[, N skipped]'.
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GENERATOR = os.path.join(ROOT, "Benchmarks", "corpus", "generate.py")
MASTER = "local-cluster[2,1,1024]"

results = collections.Counter()


def log(message):
    print(message, flush=True)


def passed(name, detail=""):
    results["passed"] += 1
    log("PASS %s%s" % (name, ": " + detail if detail else ""))


def failed(name, detail):
    results["failed"] += 1
    log("FAIL %s: %s" % (name, detail))


def skipped(name, why):
    results["skipped"] += 1
    log("SKIPPED %s: %s" % (name, why))


def redact_command(binary, key):
    return [binary, "--format", "jsonl", "--field", "text", "--scope", "document", "--key-file", key]


def make_corpus(work, size):
    """Writes in/part-1.jsonl .. part-5.jsonl; returns their paths in sorted order."""
    corpus = os.path.join(work, "corpus.jsonl")
    subprocess.run([sys.executable, GENERATOR, "--size", size, "--seed", "20261202",
                    "--format", "jsonl", "--quiet", "--out", corpus], check=True)
    with open(corpus, "rb") as f:
        lines = f.read().split(b"\n")[:-1]
    os.makedirs(os.path.join(work, "in"))
    paths, n = [], 5
    for i in range(n):
        chunk = lines[i * len(lines) // n:(i + 1) * len(lines) // n]
        if i == 1:  # CRLF line ends
            data = b"".join(line + b"\r\n" for line in chunk)
        elif i == 2:  # the last line has no "\n"
            data = b"\n".join(chunk)
        elif i == 3:  # "\r", tab and space between JSON tokens (valid JSON), and an empty line
            chunk = [line.replace(b'","lang":', b'",\r\t"lang": ', 1) if j % 7 == 0 else line
                     for j, line in enumerate(chunk)]
            data = b"\n".join(chunk[:5] + [b""] + chunk[5:]) + b"\n"
        else:
            data = b"".join(line + b"\n" for line in chunk)
        path = os.path.join(work, "in", "part-%d.jsonl" % (i + 1))
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    return paths


def joined_input(paths):
    """The files as one stream, a "\n" added after a file that lacks one."""
    out = b""
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        out += data if data.endswith(b"\n") or not data else data + b"\n"
    return out


def document_id(line):
    try:
        return json.loads(line).get("id")
    except ValueError:
        return None


def excerpt(line, at, width=160):
    start = max(0, at - width // 2)
    return "%r%s" % (line[start:at + width // 2], " (bytes %d.. of %d)" % (start, len(line)))


def compare_lines(name, expected, actual):
    """expected/actual: lists of lines (bytes, without "\n"). Prints the first difference."""
    if collections.Counter(expected) == collections.Counter(actual):
        return True
    if len(expected) != len(actual):
        log("  %d lines expected, %d written" % (len(expected), len(actual)))
    by_id = collections.defaultdict(list)
    for line in actual:
        by_id[document_id(line)].append(line)
    for number, line in enumerate(expected, 1):
        ident = document_id(line)
        candidates = by_id.get(ident, [])
        if line in candidates:
            continue
        log("  first differing line: reference line %d, id %r" % (number, ident))
        if not candidates:
            log("  missing from the output: %s" % excerpt(line, 0))
        else:
            other = candidates[0]
            at = next((i for i, (a, b) in enumerate(zip(line, other)) if a != b),
                      min(len(line), len(other)))
            log("  first differing byte: %d" % at)
            log("  expected: %s" % excerpt(line, at))
            log("  written:  %s" % excerpt(other, at))
        break
    else:
        extra = collections.Counter(actual) - collections.Counter(expected)
        line = next(iter(extra))
        log("  a line not in the reference: %s" % excerpt(line, 0))
    failed(name, "output lines differ from the single run")
    return False


def spark_env(work):
    """Environment for spark-submit from this virtual environment.

    pyspark from pip: bin/spark-submit finds SPARK_HOME by running `python3 find_spark_home.py`,
    which fails unless `python3` is the environment's Python ("'NoneType' object has no attribute
    'origin'", then "/bin/spark-class: No such file or directory"). We set SPARK_HOME ourselves,
    to a folder of links to the pyspark package: local-cluster workers write their executors'
    folders to SPARK_HOME/work, which should not land inside the virtual environment.
    """
    import pyspark
    package = os.path.dirname(os.path.abspath(pyspark.__file__))
    home = os.path.join(work, "spark-home")
    os.makedirs(home)
    for entry in os.listdir(package):
        if entry != "work":
            os.symlink(os.path.join(package, entry), os.path.join(home, entry))
    env = dict(os.environ)
    env.update(SPARK_HOME=home, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable,
               SPARK_LOCAL_IP="127.0.0.1")  # loopback only; no "hostname resolves to" warning
    return env


def spark_submit(work, env, files, input_arg, output, log_name, extra=()):
    command = [os.path.join(env["SPARK_HOME"], "bin", "spark-submit"),
               "--master", MASTER,
               "--conf", "spark.ui.enabled=false",
               "--files", ",".join(files),
               os.path.join(HERE, "redact_spark.py"),
               "--key", files[1], *extra, input_arg, output]
    log("$ " + " ".join(command))
    started = time.time()
    with open(os.path.join(work, log_name), "wb") as out:
        code = subprocess.call(command, env=env, cwd=work, stdout=out, stderr=subprocess.STDOUT)
    log("  exit code %d after %.1f s (log: %s)" % (code, time.time() - started, log_name))
    return code


def tail(path, lines=25):
    with open(path, "rb") as f:
        return b"\n".join(f.read().split(b"\n")[-lines:]).decode("utf-8", "replace")


def read_parts(output):
    parts = sorted(p for p in os.listdir(output) if p.startswith("part-"))
    data = b""
    for part in parts:
        with open(os.path.join(output, part), "rb") as f:
            data += f.read()
    return parts, data


def check_spark(work, binary, key, paths, reference_lines, reference):
    try:
        import pyspark
    except ImportError as error:
        skipped("spark", "pyspark cannot be imported (%s)" % error)
        return
    log("pyspark %s, master %s" % (pyspark.__version__, MASTER))
    env = spark_env(work)

    output = os.path.join(work, "out")
    code = spark_submit(work, env, [binary, key], os.path.join(work, "in", "*.jsonl"), output,
                        "spark.log", ["--min-partitions", "8"])
    if code != 0 or not os.path.exists(os.path.join(output, "_SUCCESS")):
        log(tail(os.path.join(work, "spark.log")))
        failed("spark job", "spark-submit exited with %d" % code)
        return
    parts, data = read_parts(output)
    lines = data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n")
    log("  %d part files, %d lines, %d bytes" % (len(parts), len(lines), len(data)))
    if compare_lines("spark job", reference_lines, lines):
        crlf = sum(1 for line in lines if line.endswith(b"\r"))
        passed("spark job", "%d lines byte-identical to the single run per line (%d ending in "
               "\\r), %s" % (len(lines), crlf, "same order too" if data == reference
                             else "in another order"))

    # A broken line must fail the job, not leave a shortened split behind.
    bad = os.path.join(work, "bad.jsonl")
    with open(bad, "wb") as f:
        f.write(reference_lines[0] + b"\n" + b'{"id":"broken","text":"Anna Lee"\n'
                + reference_lines[1] + b"\n")
    bad_output = os.path.join(work, "out-bad")
    code = spark_submit(work, env, [binary, key], bad, bad_output, "spark-bad.log",
                        ["--min-partitions", "1"])
    with open(os.path.join(work, "spark-bad.log"), "rb") as f:
        said = f.read()
    if code != 0 and not os.path.exists(os.path.join(bad_output, "_SUCCESS")) \
            and b"redact exited with code 65" in said:
        passed("spark broken line", "job failed with exit code %d, redact exit 65 reported, "
               "no _SUCCESS" % code)
    else:
        log(tail(os.path.join(work, "spark-bad.log")))
        failed("spark broken line", "expected a failed job (exit %d)" % code)


def check_parallel(work, binary, key, joined, reference):
    if not shutil.which("parallel"):
        skipped("parallel", "GNU parallel is not installed (apt-get install -y parallel)")
        return
    # A small --block so that this few-MB input is cut into many chunks.
    command = ["parallel", "--will-cite", "--pipe", "--keep-order", "-j", "2", "--block", "256k",
               " ".join(redact_command(binary, key))]
    log("$ " + " ".join(command[:-1]) + " '" + command[-1] + "' < joined.jsonl")
    started = time.time()
    run = subprocess.run(command, input=joined, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    log("  exit code %d after %.1f s" % (run.returncode, time.time() - started))
    if run.returncode != 0:
        failed("parallel", run.stderr.decode("utf-8", "replace")[-2000:])
    elif run.stdout == reference:
        passed("parallel", "%d bytes, byte-identical to the single run" % len(reference))
    elif compare_lines("parallel", reference.split(b"\n"), run.stdout.split(b"\n")):
        failed("parallel", "the same lines, but in another order (--keep-order missing?)")

    bad = joined + b'{"id":"broken","text":"Anna Lee"\n'
    run = subprocess.run(command, input=bad, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if run.returncode != 0:
        passed("parallel broken line", "parallel exited with %d" % run.returncode)
    else:
        failed("parallel broken line", "parallel exited with 0")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--redact", required=True, help="the redact binary to test")
    parser.add_argument("--size", default="2MB", help="corpus text size (generate.py --size)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    started = time.time()

    work = tempfile.mkdtemp(prefix="redact-spark-test.")
    log("work folder: " + work)
    binary = os.path.join(work, "redact")
    shutil.copy2(args.redact, binary)
    key = os.path.join(work, "key")
    subprocess.run([binary, "keygen", key], check=True)

    paths = make_corpus(work, args.size)
    joined = joined_input(paths)
    log("corpus: %d files, %d lines, %d bytes" % (len(paths), joined.count(b"\n"), len(joined)))

    t = time.time()
    single = subprocess.run(redact_command(binary, key), input=joined, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={})
    if single.returncode != 0:
        failed("single run", "exit %d: %s" % (single.returncode, single.stderr.decode()[-2000:]))
    else:
        reference = single.stdout
        reference_lines = reference.split(b"\n")[:-1]
        changed = sum(1 for a, b in zip(joined.split(b"\n"), reference_lines) if a != b)
        log("single run (env -i): %d lines in %.1f s, %d of them changed by redaction"
            % (len(reference_lines), time.time() - t, changed))
        if changed < 0.9 * len(reference_lines):
            failed("single run", "too few lines were redacted: is this the redact binary?")
        else:
            check_spark(work, binary, key, paths, reference_lines, reference)
            check_parallel(work, binary, key, joined, reference)

    log("total %.0f s" % (time.time() - started))
    if results["failed"] or args.keep:
        log("kept: " + work)
    else:
        shutil.rmtree(work)
    summary = "spark: %d passed, %d failed" % (results["passed"], results["failed"])
    if results["skipped"]:
        summary += ", %d skipped" % results["skipped"]
    log(summary)
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
