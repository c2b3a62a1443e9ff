#!/usr/bin/env python3
"""Writes SIZE of synthetic text in which (almost) every person named is new: the worst case
for the tables a run learns (names, their keys, the stand-ins chosen), which grow with the
number of distinct people. Names are made of random syllables, so no list knows them, and each
sentence carries a cue (a title, a verb of speech) that makes the detector take them.

    python3 Benchmarks/distinct_names.py --size 100MB --seed 1 --out /tmp/distinct.txt
    /usr/bin/time -v .build/release/redact --key-file K /tmp/distinct.txt > /dev/null

Used to measure peak memory under a growing number of people (SECURITY.md, "Resource
bounds"); not part of the test suite: 1 GB takes several minutes.
"""
import argparse
import random

ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ş", "ç", "x", "q", "c"]
VOWELS = ["a", "e", "i", "o", "u", "ə", "ı", "ü", "ö"]
ENDINGS = ["ov", "ova", "ev", "eva", "li", "zadə", "oğlu", "man", "son", "er"]
FRAMES = [
    "Mr {g} {s} said the hearing was postponed.",
    "{g} {s} told reporters that {g2} had left.",
    "Cənab {g} {s} bildirdi ki, görüş təxirə salınıb.",
    "Sayın {g} {s} toplantıya katılmadı.",
    "Interview with {g} {s}, recorded by {g2} {s2}.",
]


def word(rng, syllables):
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables)).capitalize()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="10MB", help="e.g. 100MB, 1GB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    units = {"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30}
    size = int(a.size[:-2]) * units[a.size[-2:].upper()] if a.size[-2:].upper() in units else int(a.size)
    rng = random.Random(a.seed)
    written = 0
    with open(a.out, "w", encoding="utf-8") as out:
        while written < size:
            line = rng.choice(FRAMES).format(
                g=word(rng, 2), s=word(rng, 3) + rng.choice(ENDINGS),
                g2=word(rng, 2), s2=word(rng, 3) + rng.choice(ENDINGS)) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))


if __name__ == "__main__":
    main()
