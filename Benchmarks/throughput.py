#!/usr/bin/env python3
"""Throughput benchmark of the release `redact` filter against an ICU-only baseline.

Generates (once, cached under Benchmarks/out/) a seeded synthetic multilingual corpus with
Benchmarks/corpus/generate.py, then times, alternating in one run so both see the same machine:

  * `redact --jobs 1 --key-file K CORPUS`       the whole filter with the default rules, one core
  * `redact --key-file K CORPUS`                the same on every core (--jobs defaults to the cores)
  * `icu-segment CORPUS`                        only UTF-8 -> UTF-16 and ICU word segmentation
  * `echo hi | redact`                          start-up time

and prints MB/s (best and median of N runs), the ratio of the two (the goal for the engine is at
least 0.5 of the ICU-only pass), peak resident memory of each process (from wait4), and the
median start-up time (goal: under 100 ms). The machines are shared and noisy: compare ratios
taken in one run, not absolute figures across runs.

Usage: python3 Benchmarks/throughput.py [--size 20MB] [--runs 5] [--seed 1] [--no-build]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Benchmarks", "out")


def run_timed(argv, stdin_data=None, stdout=subprocess.DEVNULL):
    """Runs argv; returns (seconds, peak RSS in MiB, exit status)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
                            stdout=stdout, stderr=subprocess.PIPE)
    if stdin_data is not None:
        proc.stdin.write(stdin_data)
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read()
    if proc.returncode != 0:
        sys.exit(f"{argv[0]} failed ({proc.returncode}): {err.decode(errors='replace')[:500]}")
    return elapsed, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="20MB")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()

    os.makedirs(OUT, exist_ok=True)
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "redact"], cwd=ROOT, check=True)
        subprocess.run(["swift", "build", "-c", "release", "--product", "icu-segment"], cwd=ROOT, check=True)
    bindir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    redact = os.path.join(bindir, "redact")
    baseline = os.path.join(bindir, "icu-segment")

    corpus = os.path.join(OUT, f"corpus-{args.size}-seed{args.seed}.txt")
    if not os.path.exists(corpus):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "corpus", "generate.py"),
                        "--size", args.size, "--seed", str(args.seed), "--out", corpus], check=True)
    key = os.path.join(OUT, "bench.key")
    if not os.path.exists(key):
        fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.write(fd, os.urandom(32))
        os.close(fd)
    size_mb = os.path.getsize(corpus) / 1e6

    engine_times, base_times, engine_rss, base_rss, all_times, all_rss = [], [], [], [], [], []
    for _ in range(args.runs):
        t, rss = run_timed([redact, "--jobs", "1", "--key-file", key, corpus])
        engine_times.append(t)
        engine_rss.append(rss)
        t, rss = run_timed([redact, "--key-file", key, corpus])
        all_times.append(t)
        all_rss.append(rss)
        t, rss = run_timed([baseline, corpus])
        base_times.append(t)
        base_rss.append(rss)
    startup = [run_timed([redact], stdin_data=b"hi\n")[0] for _ in range(max(10, args.runs * 2))]

    def rate(times):
        return size_mb / min(times), size_mb / statistics.median(times)

    e_best, e_med = rate(engine_times)
    b_best, b_med = rate(base_times)
    a_best, a_med = rate(all_times)
    print(f"corpus: {corpus} ({size_mb:.1f} MB), {args.runs} runs each, alternating")
    print(f"redact, one core (--jobs 1):   best {e_best:6.1f} MB/s  median {e_med:6.1f} MB/s  peak RSS {max(engine_rss):6.1f} MiB")
    print(f"redact, all {os.cpu_count()} cores:          best {a_best:6.1f} MB/s  median {a_med:6.1f} MB/s  peak RSS {max(all_rss):6.1f} MiB")
    print(f"ICU segmentation only:         best {b_best:6.1f} MB/s  median {b_med:6.1f} MB/s  peak RSS {max(base_rss):6.1f} MiB")
    print(f"ratio redact one core / ICU-only one core (median): {e_med / b_med:.2f}   (goal >= 0.50)")
    print(f"speed-up of all cores over one (median): {a_med / e_med:.2f}")
    print(f"start-up, echo hi | redact: median {statistics.median(startup) * 1000:.1f} ms, "
          f"min {min(startup) * 1000:.1f} ms   (goal < 100 ms)")


if __name__ == "__main__":
    main()
