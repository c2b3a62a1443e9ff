#!/usr/bin/env python3
"""Stand-in collisions at scale: how often two different people of one run get the same
stand-in name, with N distinct people per language in one run.

For each language (en, az, ru, tr) it writes N distinct full names, drawn with a fixed seed from
the given-name and surname lists of `Rules/lexicon/` that hold the language (names the lists
know, so that detection is not what is measured), one per line in a sentence of the language
with a cue the detector takes (`Mr … said`, `… bildirdi`), and runs `redact detect` over the
file as one document (one session: every choice is made in one run). Of the names found whole
as one PERSON span it reports:

  * collision rate: the share of distinct originals whose stand-in another original of the run
    also got (goal of issue 15: at most 1% at 10,000 and 100,000 names per language);
  * distinct stand-ins per distinct original;
  * entity collision rate: the same over the people as the engine links them (a second run
    under `--operator tag`: originals with one tag, such as `Matthews` and `Mathews`, are one
    person to the engine by design, so their sharing a stand-in is no collision of people);
  * the share of originals found whole (the rest are not counted).

Usage: python3 Benchmarks/collisions.py --redact BINARY --key-file K [--sizes 10000 100000]
       [--languages en az ru tr] [--seed 1]

Not part of the test suite: 100,000 names per language take about a minute a language.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICON = os.path.join(ROOT, "Rules", "lexicon")

# One sentence per name, with a cue the detector reads in each language (written for this tool).
FRAMES = {
    "en": "Yesterday {name} said the hearing had been postponed.",
    "az": "Dünən {name} bildirdi ki, məhkəmə təxirə salınıb.",
    "ru": "Вчера {name} заявил, что заседание перенесли.",
    "tr": "Dün {name} duruşmanın ertelendiğini söyledi.",
}
SCRIPT_OK = {
    "en": lambda w: all(c.isascii() for c in w),
    "az": lambda w: not any("\u0400" <= c <= "\u04ff" for c in w),
    "ru": lambda w: all("\u0400" <= c <= "\u04ff" or c == "-" for c in w),
    "tr": lambda w: not any("\u0400" <= c <= "\u04ff" for c in w),
}


def read_list(name, language):
    """Entries of a lexicon TSV (`name gender languages`) that list `language`, as (name, gender)."""
    out = []
    with open(os.path.join(LEXICON, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3 and language in fields[2].split(",") and SCRIPT_OK[language](fields[0]) \
                    and " " not in fields[0]:
                out.append((fields[0], fields[1]))
    return out


def names(language, count, seed):
    """`count` distinct full names of `language`: a given name, then a surname of the same
    gender where the surname list tells one."""
    rng = random.Random(seed)
    given = read_list("given-names.tsv", language)
    surnames = read_list("surnames.tsv", language)
    male = [s for s, g in surnames if g in ("m", "u")]
    female = [s for s, g in surnames if g in ("f", "u")]
    possible = sum(len(female if "f" in g and "m" not in g else male) for _, g in given)
    if possible < count:
        sys.exit(f"{language}: the lists make only {possible} distinct full names, fewer than {count}")
    seen, out = set(), []
    while len(out) < count:
        g, gender = rng.choice(given)
        pool = female if "f" in gender and "m" not in gender else male
        if not pool:
            continue
        full = g + " " + rng.choice(pool)
        if full not in seen:
            seen.add(full)
            out.append(full)
    return out


def measure(binary, key, language, count, seed):
    people = names(language, count, seed)
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, f"{language}.txt")
        with open(path, "w", encoding="utf-8") as f:
            for person in people:
                f.write(FRAMES[language].format(name=person) + "\n")
        run = subprocess.run([binary, "detect", "--key-file", key, path], capture_output=True)
        if run.returncode != 0:
            sys.exit(f"redact detect failed: {run.stderr.decode(errors='replace')[:300]}")
        # The same run under tags: one tag per person as the engine links them.
        tags = subprocess.run([binary, "detect", "--key-file", key, "--operator", "tag", path], capture_output=True)
        if tags.returncode != 0:
            sys.exit(f"redact detect failed: {tags.stderr.decode(errors='replace')[:300]}")
    document = json.loads(run.stdout)
    tag_of = {}
    for span in json.loads(tags.stdout)["spans"]:
        if span["label"] == "PERSON" and span.get("replacement"):
            tag_of.setdefault(span["text"], span["replacement"])
    wanted = set(people)
    stand_in = {}
    for span in document["spans"]:
        if span["label"] == "PERSON" and span["text"] in wanted and span.get("replacement"):
            stand_in.setdefault(span["text"], span["replacement"])
    owners = collections.Counter(stand_in.values())
    colliding = sum(1 for s in stand_in.values() if owners[s] > 1)
    # Entities: originals the engine links (one tag) are one person to it, by design
    # (`Matthews` and `Mathews`, `Elçin` and `Elchin` share a phonetic key); a collision of
    # entities is two tags with one stand-in.
    entity_owners = collections.defaultdict(set)
    for original, replacement in stand_in.items():
        entity_owners[replacement].add(tag_of.get(original, original))
    entities = {tag_of.get(o, o) for o in stand_in}
    colliding_entities = {t for owners_ in entity_owners.values() if len(owners_) > 1 for t in owners_}
    found = len(stand_in)
    return {
        "language": language, "people": count, "found_whole": found,
        "collision_rate": colliding / found if found else None,
        "distinct_stand_ins": len(owners),
        "entities": len(entities),
        "entity_collision_rate": len(colliding_entities) / len(entities) if entities else None,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--redact", default=os.path.join(ROOT, ".build", "release", "redact"))
    parser.add_argument("--key-file", required=True)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--languages", nargs="+", default=["en", "az", "ru", "tr"])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = [measure(args.redact, args.key_file, language, size, args.seed)
            for size in args.sizes for language in args.languages]
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print(f"{'lang':4s} {'people':>8s} {'found whole':>12s} {'collision rate':>15s} {'distinct stand-ins':>19s}"
          f" {'entities':>9s} {'entity collisions':>18s}")
    for r in rows:
        rate = "n/a" if r["collision_rate"] is None else f"{100 * r['collision_rate']:.2f}%"
        erate = "n/a" if r["entity_collision_rate"] is None else f"{100 * r['entity_collision_rate']:.2f}%"
        print(f"{r['language']:4s} {r['people']:8d} {r['found_whole']:12d} {rate:>15s} {r['distinct_stand_ins']:19d}"
              f" {r['entities']:9d} {erate:>18s}")


if __name__ == "__main__":
    main()
