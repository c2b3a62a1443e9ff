#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes Rules/lexicon/standins-extended.tsv: the larger stand-in pools a run turns to once
the common names of standins.tsv are taken (issue 15: few collisions at 10,000 and 100,000
people in one run).

Run from the repository root (build.py runs it after writing the other lists):

    python3 Rules/lexicon/standin_pool.py

It reads only the committed lists of this folder, uses no network and no third-party package,
and writes the same file on every machine (fixed seeds, sorted inputs). Per language (az, ru,
tr, en, in its own script; the other spellings are made from these by the engine's
transliteration) and per kind (`given-m`, `given-f`, `surname`, `patronymic`) it writes two tiers:

  * tier 2 (`KIND.2`): real names of the language's given-name, surname and patronymic lists
    (given-names.tsv, given-names-gfdl.tsv, surnames.tsv, patronymics.tsv; see README.md for their
    sources and licences) that are not in tier 1 (standins.tsv) and whose gender is clear;
  * tier 3 (`KIND.3`): made-up forms that no list holds as a name, a place or an ordinary word:
      - given names from a character model (trigrams) of the language's given names per gender;
      - surnames as the language forms them: az `-ov/-yev`, `-lı`, `-zadə` on a man's given name;
        ru `-ов/-ев/-ин` on a man's given name or a modelled surname stem; tr `-oğlu` on a man's
        given name and compounds of standin-elements.tsv; en `-son` on a man's given name,
        compounds of standin-elements.tsv and a character model of the surname list;
      - ru patronymics of the men's given names of tiers 1 to 3.

A made-up form is a stand-in only: it is never added to the detection lists.
"""
import os
import random
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = "standins-extended.tsv"
STYLE = {"az": "az-Latn", "ru": "ru-Cyrl", "tr": "tr-Latn", "en": "en-Latn"}  # each list's own script

# How many made-up forms per language and kind (tier 3), at most.
TARGET = {"given": 4000, "surname": 16000}
BLOCK = {"Erdoğan", "Erdogan"}  # well-known bearers: not used as stand-ins

ALPHABET = {
    "az": set("abcçdeəfgğhxıijkqlmnoöprsştuüvyz"),
    "tr": set("abcçdefgğhıijklmnoöprsştuüvyz"),
    "ru": set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
    "en": set("abcdefghijklmnopqrstuvwxyz"),
}
VOWELS = set("aeəıioöuüаеёиоуыэюя")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def lower(s, lang):
    if lang in ("az", "tr"):
        s = s.replace("I", "ı").replace("İ", "i")
    return s.lower()


def capital(s, lang):
    if not s:
        return s
    first = s[0]
    if lang in ("az", "tr") and first == "i":
        first = "İ"
    return first.upper() + s[1:]


def read_tsv(name):
    path = HERE / name
    if not path.exists():
        return []
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(nfc(line.rstrip("\n")).split("\t"))
    return rows


def in_alphabet(word, lang):
    return all(c in ALPHABET[lang] for c in lower(word, lang))


class CharModel:
    """Character trigram model of a list of words; generates new words with a seeded RNG."""

    def __init__(self, words, order=3):
        self.order = order
        table = defaultdict(lambda: defaultdict(int))
        for w in sorted(set(words)):
            padded = "^" * order + w + "$"
            for i in range(order, len(padded)):
                table[padded[i - order:i]][padded[i]] += 1
        self.table = {k: (sorted(v), [v[c] for c in sorted(v)]) for k, v in table.items()}

    def sample(self, rng, max_len=12):
        out = "^" * self.order
        while len(out) - self.order <= max_len:
            chars, weights = self.table[out[-self.order:]]
            c = rng.choices(chars, weights)[0]
            if c == "$":
                return out[self.order:]
            out += c
        return None


def plausible(word):
    """No letter three times in a row, no doubled first letter, some vowel."""
    for i in range(len(word) - 2):
        if word[i] == word[i + 1] == word[i + 2]:
            return False
    if len(word) > 1 and word[0] == word[1]:
        return False
    return any(c in VOWELS for c in word)


# Letter pairs of English transliteration that a name in the language's own spelling lacks.
FOREIGN = {"az": ("kh", "sh", "ch", "zh", "th", "ph", "ts", "ck", "yu", "w"),
           "tr": ("kh", "sh", "ch", "zh", "th", "ph", "ts", "ck", "yu", "w", "x", "q"),
           "ru": (), "en": ()}


def clean(name, lang):
    """Spelled as the language spells its own names (az, tr: not `Shamil`, `Yusuf` is fine)."""
    low = lower(name, lang)
    return in_alphabet(name, lang) and not any(p in low for p in FOREIGN[lang])


LATIN_TO_RU = [("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("ya", "я"),
               ("yu", "ю"), ("ye", "е"), ("yo", "ё"), ("ja", "я"), ("ju", "ю"), ("iy", "ий"), ("a", "а"), ("b", "б"),
               ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"),
               ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
               ("f", "ф"), ("h", "х")]


def latin_to_russian(name):
    """The Cyrillic spelling of a name the GFDL list gives in Latin letters (`Vladlena`,
    `Владлена`); None where the Latin spelling is ambiguous (`c`, `w`, `x`, `q`, a `y` that is
    no vowel's glide)."""
    low = name.lower()
    out = ""
    i = 0
    while i < len(low):
        for latin, cyr in LATIN_TO_RU:
            if low.startswith(latin, i):
                if i == 0 and latin == "e":
                    cyr = "э"
                out += cyr
                i += len(latin)
                break
        else:
            return None
    out = out.replace("ийа", "ия").replace("иа", "ия").replace("ыа", "ыя")
    for end, soft in (("еи", "ей"), ("аи", "ай"), ("ои", "ой")):
        if out.endswith(end):
            out = out[:-2] + soft
    return out[0].upper() + out[1:]


def harmonic_li(stem):
    """The Azerbaijani -lı/-li/-lu/-lü that fits the stem's last vowel."""
    for c in reversed(lower(stem, "az")):
        if c in "aı":
            return "lı"
        if c in "eəi":
            return "li"
        if c in "ou":
            return "lu"
        if c in "öü":
            return "lü"
    return "li"


def az_surnames(given):
    out = []
    for g in given:
        low = lower(g, "az")
        if low[-1] in VOWELS:
            out.append((g + "yev", g + "yeva"))
        else:
            out.append((g + "ov", g + "ova"))
        out.append((g + harmonic_li(g),) * 2)
        out.append((g + "zadə",) * 2)
    return out


def ru_surname(stem):
    """(male, female) of a Russian surname on a man's given name or a stem; None when the
    final letter forms none."""
    low = stem.lower()
    last = low[-1]
    if low.endswith("ий"):
        m = stem[:-2] + "ьев"
    elif last == "й":
        m = stem[:-1] + "ев"
    elif last == "ь":
        m = stem[:-1] + "ев"
    elif low.endswith("ья"):
        m = stem[:-1] + "ин"
    elif last in "ая":
        m = stem[:-1] + "ин"
    elif last in "жчшщц":
        m = stem + "ев"
    elif last in "бвгдзклмнпрстфх":
        m = stem + "ов"
    else:
        return None
    return m, m + "а"


def ru_patronymic(name):
    low = name.lower()
    if low.endswith("ий"):
        m = name[:-2] + "ьевич"
    elif low.endswith("ей") or low.endswith("ай"):
        m = name[:-1] + "евич"
    elif low[-1] == "ь":
        m = name[:-1] + "евич"
    elif low[-1] == "а" and len(low) > 3:
        return name[:-1] + "ич", name[:-1] + "ична"
    elif low[-1] in "жчшщц":
        m = name + "евич"
    elif low[-1] in "бвгдзклмнпрстфх":
        m = name + "ович"
    else:
        return None
    return m, m[:-2] + "на"


def main():
    core = defaultdict(list)       # (lang, kind) -> names of tier 1
    for style, kind, name in read_tsv("standins.tsv"):
        lang = style.split("-")[0]
        if style in ("az-Latn", "ru-Cyrl", "tr-Latn", "en-Latn"):
            core[(lang, kind)].append(name)

    # Everything a list holds, in lower case: a made-up form must be none of it.
    known = set()
    given = defaultdict(lambda: defaultdict(set))      # lang -> name -> genders
    surnames = defaultdict(lambda: defaultdict(set))   # lang -> name -> genders
    patronymics = defaultdict(lambda: defaultdict(set))
    for table, files in ((given, ("given-names.tsv", "given-names-gfdl.tsv")), (surnames, ("surnames.tsv",)),
                         (patronymics, ("patronymics.tsv",))):
        for f in files:
            for row in read_tsv(f):
                name, gender, langs = row[0], row[1], row[2] if len(row) > 2 else ""
                for lang in langs.split(","):
                    if lang in ALPHABET:
                        table[lang][name].add(gender)
                for lang in ALPHABET:
                    known.add(lower(name, lang))
    for row in read_tsv("common-words.tsv"):
        known.add(row[0].lower())
    for row in read_tsv("lowercase-words-az.tsv"):
        known.add(lower(row[0], "az"))
    for row in read_tsv("places.tsv"):
        for n in row[3].split("|"):
            known.add(n.lower())
            known.add(lower(n, "az"))
    for row in read_tsv("regions.tsv"):
        for n in row[2].split("|"):
            known.add(n.lower())
    for (lang, kind), names in core.items():
        for n in names:
            for form in n.split("|"):
                known.add(lower(form, lang))

    rows = []
    summary = []

    def emit(lang, kind, entries):
        """Rows of one tier, without a repeat or a name of an earlier tier."""
        seen = {lower(n.split("|")[0], lang) for n in core[(lang, kind.split(".")[0])]}
        seen |= {lower(n.split("|")[0], lang) for (l, k, n) in rows if l == lang and k.split(".")[0] == kind.split(".")[0]}
        kept = []
        for e in entries:
            key = lower(e.split("|")[0], lang)
            if key in seen or any(f in BLOCK for f in e.split("|")):
                continue
            seen.add(key)
            kept.append(e)
        rows.extend((lang, kind, e) for e in kept)
        summary.append("%s %s: %d" % (lang, kind, len(kept)))
        return kept

    def real_given(lang, gender):
        out = []
        if lang == "ru":
            # The GFDL list spells Russian-speaking countries' names in Latin letters.
            for n, genders in sorted(given["ru"].items()):
                cyr = latin_to_russian(n) if genders == {gender} and in_alphabet(n, "en") else None
                if cyr and len(cyr) >= 3 and lower(cyr, "ru") not in known and (gender == "m") == (cyr[-1] not in "ая"):
                    out.append(cyr)
        for n, genders in sorted(given[lang].items()):
            if genders == {gender} and clean(n, lang) and 3 <= len(n) <= 12 and n == capital(lower(n, lang), lang):
                out.append(n)
        return out

    def made_up(lang, training, count, seed, accept=lambda w: True, max_len=10):
        """Up to `count` new words of the model of `training`: no longer than nine in ten of
        its words, none a known word or a training word with letters added (`Polinaida`)."""
        words = sorted({lower(w, lang) for w in training})
        model = CharModel(words)
        lengths = sorted(len(w) for w in words)
        max_len = min(max_len, lengths[int(len(lengths) * 0.9)] if lengths else max_len)
        prefixes = {w for w in words if len(w) >= 4}
        rng = random.Random(seed)
        out, seen = [], set()
        tries = 0
        while len(out) < count and tries < count * 40:
            tries += 1
            w = model.sample(rng, max_len=max_len)
            if not w or len(w) < 4 or len(w) > max_len or w in seen or w in known or not plausible(w) or not accept(w):
                continue
            if any(w[:i] in prefixes for i in range(4, len(w) - 1)) or sum(c in VOWELS for c in w) < 2:
                continue
            if w.startswith("mc") or w.startswith("mac"):
                continue  # McDows: the model knows no inner capital
            seen.add(w)
            out.append(capital(w, lang))
        return out

    for lang in ("az", "ru", "tr", "en"):
        elements = read_tsv("standin-elements.tsv")
        heads = [r[2] for r in elements if r[0] == lang and r[1] == "head"]
        tails = [r[2] for r in elements if r[0] == lang and r[1] == "tail"]

        # Given names: tier 2 real, tier 4 made up.
        real = {g: real_given(lang, g) for g in ("m", "f")}
        men_real = core[(lang, "given-m")] + emit(lang, "given-m.2", real["m"])
        women_real = core[(lang, "given-f")] + emit(lang, "given-f.2", real["f"])
        made_given = {}
        for gender, training in (("m", men_real), ("f", women_real)):
            kind = "given-" + gender
            training = [n for n in training if clean(n, lang)]
            other = {lower(n, lang) for n in real["f" if gender == "m" else "m"]}
            if lang == "ru":
                accept = (lambda w: w[-1] in "ая") if gender == "f" else (lambda w: w[-1] not in "аяоеиыуюэ")
            else:
                accept = lambda w: True
            made = made_up(lang, training, TARGET["given"], "redact-standins-%s-%s" % (lang, kind),
                           accept=lambda w, a=accept: a(w) and w not in other)
            # (A Russian woman's name is not made from a man's by `-а`: `Германа` reads as his genitive.)
            made_given[gender] = emit(lang, kind + ".4", made)

        def short(forms, most):
            return [f for f in forms if len(f.split("|")[0]) <= most and lower(f.split("|")[0], lang) not in known
                    and plausible(lower(f.split("|")[0], lang))]

        # Surnames: tier 2 real, tier 3 formed on real men's names and compounds, tier 4 on made-up ones.
        if lang == "az":
            real_s = []
            for n, genders in sorted(surnames["az"].items()):
                if not in_alphabet(n, "az") or n.endswith("ova") or n.endswith("eva"):
                    continue  # a woman's form comes with the man's
                real_s.append(n + "|" + n + "a" if n.endswith("ov") or n.endswith("ev") else n + "|" + n)
            emit("az", "surname.2", real_s)
            emit("az", "surname.3", short(["|".join(p) for p in az_surnames(men_real) if clean(p[0], lang)], 13))
            emit("az", "surname.4", short(["|".join(p) for p in az_surnames(made_given["m"])], 13)[:TARGET["surname"]])
        elif lang == "ru":
            males = sorted(n for n, g in surnames["ru"].items() if "m" in g and in_alphabet(n, "ru"))
            emit("ru", "surname.2", [m + "|" + (m[:-2] + "ая" if m.endswith("ий") else m + "а") for m in males])
            emit("ru", "surname.3", short(["|".join(p) for p in map(ru_surname, men_real) if p], 12))
            stems = [m[:-2] for m in males if m[-2:] in ("ов", "ев", "ин") and len(m) > 4]
            made_stems = made_up("ru", stems, TARGET["surname"], "redact-standins-ru-surname-stem",
                                 accept=lambda w: w[-1] not in "аяоеиыуюэьй", max_len=8)
            made = [ru_surname(g) for g in made_given["m"]] + [ru_surname(s) for s in made_stems]
            emit("ru", "surname.4", short(["|".join(p) for p in made if p], 12)[:TARGET["surname"]])
            real_p = []
            for n, g in sorted(patronymics["ru"].items()):
                if "m" in g and n.endswith("ич"):
                    real_p.append(n + "|" + (n[:-2] + "на" if n.endswith("вич") else n + "на"))
            emit("ru", "patronymic.2", real_p)
            emit("ru", "patronymic.3", short(["|".join(p) for p in map(ru_patronymic, men_real) if p], 16))
            emit("ru", "patronymic.4", short(["|".join(p) for p in map(ru_patronymic, made_given["m"]) if p], 16))
        elif lang == "tr":
            emit("tr", "surname.2", [n + "|" + n for n, g in sorted(surnames["tr"].items()) if in_alphabet(n, "tr")])
            formed = [h + t for h in heads for t in tails if lower(h, "tr") != lower(t, "tr")]
            formed += [g + "oğlu" for g in men_real if clean(g, lang)]
            formed = sorted(set(short(formed, 11)), key=lambda m: (hash_key(m), m))
            emit("tr", "surname.3", [m + "|" + m for m in formed])
            made = sorted(set(short([g + "oğlu" for g in made_given["m"]], 11)), key=lambda m: (hash_key(m), m))
            emit("tr", "surname.4", [m + "|" + m for m in made[:TARGET["surname"]]])
        else:
            emit("en", "surname.2", [n + "|" + n for n, g in sorted(surnames["en"].items()) if in_alphabet(n, "en")])
            formed = [h + t for h in heads for t in tails]
            for g in men_real:
                if not clean(g, lang) or len(g) > 7:
                    continue
                if g.endswith("s"):
                    formed.append(g + "on")
                elif g[-1] not in "aeiouyhxz":
                    formed.append(g + "son")
            formed = sorted(set(short(formed, 12)), key=lambda m: (hash_key(m), m))
            emit("en", "surname.3", [m + "|" + m for m in formed])
            made = made_up("en", [n for n in surnames["en"] if clean(n, lang)], TARGET["surname"],
                           "redact-standins-en-surname", max_len=9)
            emit("en", "surname.4", [m + "|" + m for m in short(made, 10)])

    with open(HERE / OUT, "w", encoding="utf-8") as f:
        f.write("# generated by Rules/lexicon/standin_pool.py — do not edit\n")
        f.write("# style\tkind.tier\tMALE|FEMALE or name\n")
        for lang, kind, entry in rows:
            f.write("%s\t%s\t%s\n" % (STYLE[lang], kind, entry))
    print(OUT + ": " + "; ".join(summary))


def hash_key(text):
    """A stable order that mixes the kinds of forms (Python's hash() is salted per process)."""
    import hashlib
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


if __name__ == "__main__":
    os.chdir(HERE.parent.parent)
    main()
