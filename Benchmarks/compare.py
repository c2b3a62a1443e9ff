#!/usr/bin/env python3
"""Paired timing of two whole commands: the ratio of their CPU times on a shared, noisy machine.

The two commands run in turn, A B A B ..., after one unmeasured warm-up of each; every run's
user and system seconds and peak resident memory come from the operating system's accounting
of the finished child (wait4). The ratio A/B is taken pair by pair, so a drift of the machine's
speed during the call moves both sides of a pair alike, and the median of the pairs' ratios is
the figure to quote (min and max show the spread). Output goes to /dev/null.

Usage:
  python3 Benchmarks/compare.py [-n 5] --base 'OLD_BINARY ARGS…' -- NEW_BINARY ARGS…

Example (the names path on new text, one core):
  python3 Benchmarks/compare.py -n 5 --base '/tmp/redact-old --jobs 1 --key-file K train.txt' \\
      -- .build/release/redact --jobs 1 --key-file K train.txt
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(argv):
    """Runs argv with empty input and discarded output; returns (user s, sys s, wall s, peak MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{shlex.join(argv)} exited with {code}: {err[:300]}")
    return usage.ru_utime, usage.ru_stime, wall, usage.ru_maxrss / 1024


def describe(values):
    return f"{min(values):8.3f} {statistics.median(values):8.3f} {max(values):8.3f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=5, help="pairs of measured runs (default 5)")
    parser.add_argument("--base", required=True, help="the baseline command B, one string split as a shell would")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command A")
    args = parser.parse_args()
    a = args.command[1:] if args.command[:1] == ["--"] else args.command
    b = shlex.split(args.base)
    if not a:
        parser.error("give the command A after --")
    run(a), run(b)  # warm-up: page cache, lazy loading
    rows = {"A": [], "B": []}
    for _ in range(args.n):
        rows["A"].append(run(a))
        rows["B"].append(run(b))
    print(f"{'':14s} {'min':>8s} {'median':>8s} {'max':>8s}")
    for side in ("A", "B"):
        for i, label in enumerate(("user s", "sys s", "wall s", "peak MiB")):
            print(f"{side} {label:12s} {describe([r[i] for r in rows[side]])}")
    for i, label in ((0, "user"), (2, "wall")):
        ratios = [ra[i] / rb[i] for ra, rb in zip(rows["A"], rows["B"]) if rb[i] > 0]
        if ratios:
            print(f"A/B {label:10s} {describe(ratios)}")
    cpu = [(ra[0] + ra[1]) / (rb[0] + rb[1]) for ra, rb in zip(rows["A"], rows["B"]) if rb[0] + rb[1] > 0]
    if cpu:
        print(f"A/B {'cpu':10s} {describe(cpu)}")


if __name__ == "__main__":
    main()
