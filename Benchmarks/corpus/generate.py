#!/usr/bin/env python3
"""Seeded generator of a synthetic, annotated, multilingual corpus for Redact.

Writes interview-transcript / news / form-like text that mixes English (en),
Azerbaijani (az, Latin script with ə ğ ı ö ü ç ş and capital İ), Russian (ru,
Cyrillic) and Turkish (tr), with every planted personal identifier annotated.
Everything is synthetic: the words are pseudo-words, the identifiers are
generated (checksums valid where the real format has one), the names come from
a small built-in list. Only the Python 3 standard library is used, and the
output is a pure function of the command-line options (same --seed, same
bytes, on any platform with CPython 3.8+).

Structure
  The generator produces a stream of documents. A document has one primary
  language and 1-20 paragraphs: an optional title line, then news-style
  paragraphs (sentences), interview paragraphs (lines that are speaker turns
  such as "INTERVIEWER: ..." or "Leyla Həsənova: ..."), or form-like records
  ("Telefon: ...", one field per line). About 5% of sentences switch to another
  language. In text format paragraphs are separated by one blank line and
  documents by two blank lines; the file ends with a newline.

Vocabulary
  Per language, a few thousand pseudo-stems are built from that language's
  syllable inventory and alphabet (with vowel harmony for az/tr) and are
  inflected on use with real suffixes: az/tr plural, case and possessive
  suffixes with two- and four-way vowel harmony (and Turkish d/t
  assimilation), verb tenses; Russian noun, adjective and verb endings, with
  verbal prefixes; English -s/-es/-ies, -ed, -ing, -er/-est/-ly/-ness and
  prefixes. Stems are drawn with a skewed (Zipf-like) distribution and mixed
  with a few hundred real common words per language. A 20 MB corpus holds
  well over 100,000 distinct word forms; the count is printed to stderr.

Identifiers (gold labels), about one per 20 words, inside natural context
sentences per language:
  PERSON       given name / surname lists per language (az -ov/-ova/-yev/
               -zadə/-lı, ru -ов/-ова/-ский, tr, en/nl/de), with patronymics
               (oğlu/qızı, -ович/-овна), initials, re-mentions by surname;
               az names are transliterated in en text and spelt in Cyrillic
               in ru text
  LOCATION     a few dozen real city names per language (ru in the
               prepositional case after "в", tr with the suffix after an
               apostrophe, which is outside the span: İstanbul'da)
  PHONE        AZ +994/0XX, RU and KZ +7/8, TR +90/0, NL +31, UK +44, US +1,
               DE +49, international and national forms, realistic lengths
               and separators
  EMAIL, URL, IP_ADDRESS (v4 and v6), HANDLE (@user, t.me/user,
               instagram.com/user.name)
  IBAN         AZ TR RU NL GB DE, valid mod-97, compact or in groups of 4
  CARD         16 digits, Luhn-valid, in groups of 4 (Visa, Mastercard, Mir)
  NATIONAL_ID  Turkish T.C. Kimlik No, Russian INN (10/12 digits) and SNILS
               (123-456-789 01), valid checksums, after a cue (TC Kimlik No:,
               ИНН, СНИЛС); the cue is outside the span
  FIN          Azerbaijani 7-character personal code after FİN: / FIN kod / ПИН
  PASSPORT     AZ AA1234567 / C12345678, RU 45 12 345678, TR U12345678,
               always after a cue (pasport, паспорт, pasaport, passport)
  PLATE        AZ 10-AB-123
  DATE         12.05.2021, 2021-05-12, 05/12/2021, 5 March 2021,
               March 5, 2021, 5 mart 2021-ci il, 5 марта 2021 г., 5 Mart 2021
  AGE          27-year-old, 27 yaşlı, 27 лет (год/года), 27 yaşında

Look-alikes (NOT annotated, to measure precision): years (in 2019, 2019-cu
ildə, в 2019 году, 2019 yılında), year ranges (2019-2021), prices
(1,299.00 AZN, 12 500 ₽, 1.250 TL), counts, times (12:30), version numbers
(v1.2.3), short service numbers (102, 112), percentages (15%, %15), document
numbers in titles.

Output formats
  --format text   UTF-8 text. With --gold FILE, the spans are written as JSONL,
                  one object per span in file order:
                  {"start_utf8": 10, "end_utf8": 27, "label": "PHONE",
                   "entity": "e12"}   (byte offsets into the text file, end
                  exclusive)
  --format jsonl  one JSON object per document:
                  {"id": "doc-000001", "lang": "az", "text": "...",
                   "spans": [{"start": 5, "end": 22, "label": "PHONE",
                              "entity": "e12"}]}
                  offsets in Unicode code points of "text", end exclusive.
  "entity" links mentions of the same entity inside a document (a person
  named again, the same phone repeated); ids are unique over the whole run.
  Both formats run the same generation: the text file is exactly the
  documents' texts joined by "\\n\\n\\n", plus a final "\\n".

Size
  --size counts UTF-8 bytes of the text (K, M, G = 1024, 1024^2, 1024^3; an
  optional trailing B, e.g. 20MB, 200K). Generation stops at the first
  paragraph boundary at or after that size, so a text file is slightly larger
  than --size; a jsonl file carries the same text plus JSON and span
  overhead.

Example
  python3 generate.py --size 20MB --seed 1 --out corpus.txt --gold gold.jsonl
  python3 generate.py --size 200K --seed 7 --format jsonl > corpus.jsonl
"""

from __future__ import annotations

import argparse
import io
import ipaddress
import json
import os
import random
import re
import sys
import time

LANGS = ("en", "az", "ru", "tr")
LABELS = ("PERSON", "LOCATION", "PHONE", "EMAIL", "URL", "IP_ADDRESS", "IBAN",
          "CARD", "NATIONAL_ID", "FIN", "PASSPORT", "PLATE", "HANDLE", "DATE",
          "AGE")

# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

_TR_UP = str.maketrans({"i": "İ", "ı": "I"})
_TR_LOW = str.maketrans({"İ": "i", "I": "ı"})


def upper(s, lang):
    if lang in ("az", "tr"):
        s = s.translate(_TR_UP)
    return s.upper()


def lower(s, lang):
    if lang in ("az", "tr"):
        s = s.translate(_TR_LOW)
    return s.lower()


def cap(s, lang):
    if not s:
        return s
    return upper(s[0], lang) + s[1:]


# Azerbaijani names as written in English text (Əliyev -> Aliyev).
_AZ_EN = str.maketrans({
    "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u",
    "Ü": "U", "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ğ": "gh",
    "x": "kh", "X": "Kh", "q": "g", "Q": "G", "c": "j", "C": "J"})
# Any Latin letter with diacritics, for e-mail addresses and handles.
_ASCII = str.maketrans({
    "ə": "e", "ı": "i", "ö": "o", "ü": "u", "ç": "c", "ş": "s", "ğ": "g",
    "ä": "a", "é": "e"})
_RU_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}


def ru_latin(s):
    out = []
    for ch in s:
        lo = ch.lower()
        t = _RU_LAT.get(lo)
        if t is None:
            out.append(ch)
        elif ch != lo and t:
            out.append(t[0].upper() + t[1:])
        else:
            out.append(t)
    return "".join(out)


def ascii_slug(s):
    """Lower-case ASCII letters only (for e-mail local parts and handles)."""
    s = ru_latin(lower(s, "az")).translate(_ASCII)
    return "".join(ch for ch in s if "a" <= ch <= "z")


def dg(rng, n):
    """n random decimal digits (leading zeros allowed)."""
    return "%0*d" % (n, rng.randrange(10 ** n))


# --------------------------------------------------------------------------
# Real common words (function words and very frequent content words)
# --------------------------------------------------------------------------

FUNC = {
    "en": """the the the a a an and and of of to to in in on at by for with from
about into over after before under between through during without against
among around near since until while although though whether that that this
these those which who whom whose what where when why how there here it it its
he him his she her hers they them their we us our you your I I me my mine is
are was was were be been being am have has had do does did done will would can
could shall should may might must not no yes very really just only also even
still already again never always often sometimes usually maybe perhaps quite
rather too more most less least much many few some any every each all both
either neither other another such same own one two three four five first second
last next new old good bad big small long short high low early late young great
little right left people time year day week month work school family house home
city village street money office company government police hospital doctor
teacher child children mother father brother sister friend man woman life world
country question answer problem thing way place part case number name word story
news report said says say told tell asked know think thought went go come came
get got make made take took see saw want need like look give gave find found
call called remember moved lived worked well then now today yesterday tomorrow
later soon okay oh um uh actually so because but or if then than as up out down
off back away together almost enough""".split(),
    "az": """və və və ya yaxud amma lakin ancaq çünki ki ki əgər da də da də belə
elə bu bu o o bunlar onlar mən mən sən biz siz məni səni onu bizi sizi onları
mənim sənin onun onun bizim sizin onların mənə sənə ona bizə sizə onlara məndə
onda bir bir iki üç dörd beş on yüz min birinci ikinci hər heç bütün bəzi çox çox
az daha ən lap artıq hələ indi sonra əvvəl dünən sabah həmişə bəzən üçün ilə
kimi qədər görə tərəf haqqında barədə üzərində arasında içində yanında
qarşısında altında nə kim niyə necə harada hara haradan hansı neçə bəli xeyr
yox var idi imiş olub olan olar olmaq oldu olur edir etdi etmək edib deyil dedi
deyir deyib bildirib qeyd gəldi getdi gəlir gedir işləyir yaşayır bilir
bilmirəm düşünürəm istəyirəm lazımdır mümkündür yaxşı pis böyük kiçik yeni
köhnə uzun qısa gənc qoca adam insan insanlar uşaq uşaqlar ana ata qardaş bacı
dost ailə ev şəhər kənd küçə iş məktəb universitet xəstəxana polis həkim
müəllim pul il ay gün həftə saat dəqiqə vaxt səhər axşam gecə söz sual cavab
problem məsələ xəbər hökumət şirkət ölkə dünya həyat su yol maşın telefon nömrə
ad soyad sənəd müsahibə hə yəni əlbəttə sadəcə həqiqətən təxminən deməli
deyəsən bəlkə hətta yenə yalnız təkcə həm isə bəs axı hamı hamısı özü özüm
özünü burada orada bura ora onsuz ötən gələn keçən sonra""".split(),
    "ru": """и и и в в в не не на на я я что что он с с как а то все она так его
но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему
теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять
уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы
тебя их чем была сам чтоб без будто чего раз тоже себе под будет тогда кто этот
того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее
сейчас были куда зачем всех никогда можно при наконец два об другой хоть после
над больше тот через эти нас про всего них какая много разве три эту моя
впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более
всегда конечно всю между человек люди время год года лет день дом город работа
работе жизнь семья мама отец брат сестра друг деньги школа больница полиция
врач учитель компания вопрос ответ проблема страна мир улица машина телефон
сказал сказала говорит знаю думаю хочу могу нужно были будет жил работал
пришёл ушёл плохо большой новый старый сегодня вчера завтра сейчас очень
просто вообще наверное кстати например значит ага именно""".split(),
    "tr": """ve ve ve veya ya ama fakat ancak çünkü ki eğer da de da de böyle şöyle
bu bu şu o o bunlar onlar ben ben sen biz siz beni seni onu bizi sizi benim
senin onun bizim sizin onların bana sana ona bize size onlara bir bir iki üç
dört beş on yüz bin birinci ikinci her hiç bütün bazı çok çok az daha en artık
henüz şimdi sonra önce bugün dün yarın bazen için ile gibi kadar göre hakkında
üzerinde arasında içinde yanında karşısında altında ne kim neden niçin nasıl
nerede nereye nereden hangi kaç evet hayır yok var idi imiş oldu olan olarak
olur olmak ediyor etti etmek değil dedi diyor söyledi belirtti geldi gitti
geliyor gidiyor çalışıyor yaşıyor biliyor bilmiyorum düşünüyorum istiyorum
lazım gerekiyor iyi kötü büyük küçük yeni eski uzun kısa genç yaşlı adam insan
insanlar çocuk çocuklar anne baba kardeş arkadaş aile ev şehir köy sokak iş okul
üniversite hastane polis doktor öğretmen para yıl ay gün hafta saat dakika
zaman sabah akşam gece söz soru cevap sorun mesele haber hükümet şirket ülke
dünya hayat su yol araba telefon numara ad soyad belge görüşme yani tabii
sadece gerçekten yaklaşık herhalde belki hatta yine yalnız hem ise peki hani
herkes hepsi kendisi kendim burada orada öyle geçen gelecek""".split(),
}
# probability that a filler word is taken from FUNC rather than the lexicon
FUNC_RATE = {"en": 0.48, "az": 0.36, "ru": 0.42, "tr": 0.36}


# --------------------------------------------------------------------------
# Synthetic lexicons: pseudo-stems + real inflection
# --------------------------------------------------------------------------

def _pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


# ---- Azerbaijani / Turkish ------------------------------------------------

class Harmony:
    """Suffixation with vowel harmony for Azerbaijani ('az') or Turkish ('tr')."""

    def __init__(self, lang):
        self.lang = lang
        self.back = "aıou"
        self.front = "eəiöü" if lang == "az" else "eiöü"
        self.vowels = self.back + self.front
        self.voiceless = "çfhkpsşt" if lang == "tr" else ""

    def last_vowel(self, w):
        for ch in reversed(w):
            if ch in self.vowels:
                return ch
        return "a"

    def h2(self, w):
        return "a" if self.last_vowel(w) in self.back else ("ə" if self.lang == "az" else "e")

    def h4(self, w):
        v = self.last_vowel(w)
        return {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "ə": "i",
                "i": "i", "ö": "ü", "ü": "ü"}[v]

    def ends_vowel(self, w):
        return w[-1] in self.vowels

    def d(self, w):
        """d/t for d-initial suffixes (Turkish assimilation only)."""
        return "t" if w[-1] in self.voiceless else "d"

    def c(self, w):
        return "ç" if w[-1] in self.voiceless else "c"

    def qk(self, w):
        if self.lang == "az":
            return "q" if self.last_vowel(w) in self.back else "k"
        return "k"

    # morphemes: each returns the word with the suffix attached
    def m(self, w, code):
        V = self.ends_vowel(w)
        a, i = self.h2(w), self.h4(w)
        if code == "PL":
            return w + "l" + a + "r"
        if code == "DAT":
            return w + ("y" + a if V else a)
        if code == "LOC":
            return w + self.d(w) + a
        if code == "ABL":
            return w + self.d(w) + a + "n"
        if code == "GEN":
            return w + ("n" + i + "n" if V else i + "n")
        if code == "ACC":
            return w + ("n" + i if V else i)
        if code == "INS":
            return w + ("yl" + a if V else "l" + a)
        if code == "P1S":
            return w + ("m" if V else i + "m")
        if code == "P2S":
            return w + ("n" if V else i + "n")
        if code == "P3S":
            return w + ("s" + i if V else i)
        if code == "P1P":
            return w + ("m" + i + "z" if V else i + "m" + i + "z")
        if code == "P2P":
            return w + ("n" + i + "z" if V else i + "n" + i + "z")
        # after a 3rd-person possessive the case suffixes take n
        if code == "NDAT":
            return w + "n" + a
        if code == "NLOC":
            return w + "nd" + a
        if code == "NABL":
            return w + "nd" + a + "n"
        if code == "NACC":
            return w + "n" + i
        if code == "LI":
            return w + "l" + i
        if code == "SIZ":
            return w + "s" + i + "z"
        if code == "LIQ":
            return w + "l" + i + self.qk(w + "l" + i) if self.lang == "az" else w + "l" + i + "k"
        if code == "CI":
            return w + self.c(w) + i
        if code == "COP":
            return w + self.d(w) + i + "r"
        if code == "KI":
            return w + "ki"
        raise ValueError(code)

    def chain(self, w, codes):
        for code in codes:
            w = self.m(w, code)
        return w

    NOUN_CHAINS = (
        (), (), (), (), ("PL",), ("PL",), ("DAT",), ("LOC",), ("ABL",),
        ("GEN",), ("ACC",), ("INS",), ("P1S",), ("P2S",), ("P3S",), ("P1P",),
        ("P2P",), ("PL", "DAT"), ("PL", "LOC"), ("PL", "ABL"), ("PL", "GEN"),
        ("PL", "ACC"), ("PL", "P1S"), ("PL", "P3S"), ("PL", "P1P"),
        ("P1S", "DAT"), ("P1S", "LOC"), ("P1S", "ABL"), ("P1S", "ACC"),
        ("P3S", "NDAT"), ("P3S", "NLOC"), ("P3S", "NABL"), ("P3S", "NACC"),
        ("P1P", "DAT"), ("P1P", "LOC"), ("P1P", "GEN"), ("LI",), ("SIZ",),
        ("LIQ",), ("LIQ", "LOC"), ("LIQ", "PL"), ("CI",), ("CI", "PL"),
        ("COP",), ("LOC", "KI"), ("PL", "P3S", "NDAT"), ("PL", "P3S", "NLOC"),
    )

    def noun_forms(self, stem):
        return [self.chain(stem, ch) for ch in self.NOUN_CHAINS]

    def verb_forms(self, stem):
        a, i = self.h2(stem), self.h4(stem)
        V = self.ends_vowel(stem)
        d = self.d(stem)
        out = []
        inf = stem + "m" + a + ("q" if (self.lang == "az" and a == "a") else "k")
        out.append(inf)
        past = stem + d + i
        out += [past, past + "m", past + "n", past + ("q" if self.lang == "az" and i in "ıu" else "k"),
                past + "l" + a + "r", past + "n" + i + "z"]
        neg = stem + "m" + a
        out += [neg + self.d(neg) + self.h4(neg), neg + "z"]
        if self.lang == "az":
            pres = stem + ("y" + i + "r" if V else i + "r")
            pa = self.h2(pres)
            out += [pres, pres + pa + "m", pres + "s" + self.h4(pres) + "n",
                    pres + "l" + pa + "r", pres + "ik" if pa == "ə" else pres + "ıq"]
            fut = stem + ("y" if V else "") + ("acaq" if a == "a" else "əcək")
            out += [fut, fut + ("lar" if a == "a" else "lər"), fut + ("am" if a == "a" else "əm")]
            out += [stem + ("y" if V else "") + i + "b", stem + ("y" if V else "") + a + "n",
                    stem + ("y" if V else "") + ("araq" if a == "a" else "ərək"),
                    stem + "m" + a, stem + "m" + a + "y" + a, stem + "s" + a]
        else:
            if V:
                body = stem[:-1]
                yv = self.h4(stem)
                pres = body + yv + "yor"
            else:
                pres = stem + i + "yor"
            out += [pres, pres + "um", pres + "sun", pres + "uz", pres + "lar",
                    pres + "du", pres + "muş"]
            fut = stem + ("y" if V else "") + ("acak" if a == "a" else "ecek")
            out += [fut, fut + "lar" if a == "a" else fut + "ler",
                    fut + ("ım" if a == "a" else "im")]
            out += [stem + ("y" if V else "") + a + "n", stem + "m" + i + "ş",
                    stem + ("y" if V else "") + a + "r" + a + "k",
                    stem + "m" + a, stem + "m" + a + "y" + a, stem + "s" + a,
                    stem + ("r" if V else a + "r")]
        return out

    def adj_forms(self, stem):
        a = self.h2(stem)
        out = [stem, stem, stem, self.m(stem, "COP"), self.m(stem, "PL"),
               stem + self.c(stem) + a, stem + "l" + a + "ş" + "m" + a + self.qk(stem),
               self.m(stem, "LIQ")]
        if self.lang == "az":
            out.append(stem + "r" + a + ("q" if a == "a" else "k"))
        else:
            out.append(stem + "l" + a + "şt" + self.h4(stem + "l" + a) + "r")
        return out


def _az_tr_stem(rng, lang, nsyl):
    h_back = rng.random() < 0.55
    if lang == "az":
        back_v, front_v = "aaaııouu", "əəəeeiiöü"
        ons = ["b", "c", "ç", "d", "f", "h", "x", "l", "m", "n", "p", "r", "s",
               "ş", "t", "v", "y", "z"]
        ons_b = ons + ["q", "q", "g"]
        ons_f = ons + ["k", "k", "g", "g"]
        med_extra_b = ["ğ", "ğ"]
        codas_mid = ["r", "l", "n", "m", "s", "ş", "z", "t", "y", "d", "b"]
        codas_end_b = codas_mid + ["q", "x", "ğ", "rd", "nd", "st", "rt", "lt"]
        codas_end_f = codas_mid + ["k", "rd", "nd", "st", "rt", "lt", "ç"]
    else:
        back_v, front_v = "aaaııouu", "eeeeiiöü"
        ons = ["b", "c", "ç", "d", "f", "h", "k", "l", "m", "n", "p", "r", "s",
               "ş", "t", "v", "y", "z", "g"]
        ons_b = ons_f = ons
        med_extra_b = ["ğ"]
        codas_mid = ["r", "l", "n", "m", "s", "ş", "z", "t", "y", "k", "p"]
        codas_end_b = codas_end_f = codas_mid + ["ç", "rt", "nt", "st", "lk", "rk"]
    vset = back_v if h_back else front_v
    onsets = ons_b if h_back else ons_f
    codas_end = codas_end_b if h_back else codas_end_f
    out = []
    prev_vowel_end = False
    for k in range(nsyl):
        if k == 0:
            on = "" if rng.random() < 0.22 else _pick(rng, onsets)
        elif prev_vowel_end:
            on = _pick(rng, onsets + (med_extra_b if h_back else []))
        else:
            on = "" if rng.random() < 0.25 else _pick(rng, onsets)
        v = _pick(rng, vset)
        if k > 0 and v in "oö":
            v = "u" if v == "o" else "ü"
        last = k == nsyl - 1
        r = rng.random()
        if last:
            co = "" if r < 0.3 else _pick(rng, codas_end)
        else:
            co = "" if r < 0.55 else _pick(rng, codas_mid)
        out.append(on + v + co)
        prev_vowel_end = co == ""
    return "".join(out)


# ---- Russian --------------------------------------------------------------

_RU_ONS = ["б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т",
           "ф", "х", "ц", "ч", "ш", "щ", "л", "м", "н", "р", "с", "т", "в", "к",
           "п", "д", "бр", "вр", "гр", "др", "кр", "пр", "тр", "ст", "сл", "сп",
           "ск", "см", "сн", "зв", "зл", "гл", "кл", "пл", "бл", "вл", "стр"]
_RU_V = "аааоооуееиииыяю"
_RU_CODA = ["б", "в", "г", "д", "з", "к", "л", "м", "н", "п", "р", "с", "т",
            "ф", "х", "л", "н", "р", "т", "к", "нт", "ст", "рк", "лк", "рд",
            "ш", "ч", "ж"]
_RU_HUSH = "жшчщ"
_RU_VELAR = "гкх"


def _ru_fix(on, v):
    c = on[-1:] if on else ""
    if v == "ы" and c and c in _RU_VELAR + _RU_HUSH + "ц":
        v = "и"
    if v in "яю" and c and c in _RU_HUSH + "ц" + _RU_VELAR:
        v = "а" if v == "я" else "у"
    return v


def _ru_stem(rng, nsyl, consonant_final=True):
    out = []
    for k in range(nsyl):
        if k == 0 and rng.random() < 0.12:
            on = ""
            v = _pick(rng, "аоуиэ")
        else:
            on = _pick(rng, _RU_ONS)
            v = _ru_fix(on, _pick(rng, _RU_V))
        out.append(on + v)
    if consonant_final:
        out.append(_pick(rng, _RU_CODA))
    return "".join(out)


def _ru_masc_forms(s):
    c = s[-1]
    y = "и" if c in _RU_VELAR + _RU_HUSH else "ы"
    om = "ем" if c in _RU_HUSH + "ц" else "ом"
    ov = "ей" if c in _RU_HUSH else "ов"
    return [s, s, s + "а", s + "у", s + om, s + "е", s + y, s + ov, s + "ам",
            s + "ами", s + "ах"]


def _ru_fem_forms(s):
    c = s[-1]
    y = "и" if c in _RU_VELAR + _RU_HUSH else "ы"
    oi = "ей" if c in _RU_HUSH + "ц" else "ой"
    return [s + "а", s + "а", s + y, s + "е", s + "у", s + oi, s, s + "ам",
            s + "ами", s + "ах"]


def _ru_neut_forms(s):
    return [s + "о", s + "о", s + "а", s + "у", s + "ом", s + "е", s + "ам",
            s + "ами", s + "ах"]


def _ru_adj_forms(s):
    c = s[-1]
    if c in _RU_VELAR:
        e = ["ий", "ая", "ое", "ие", "ого", "ому", "им", "ой", "ую", "их", "ими"]
    elif c in _RU_HUSH:
        e = ["ий", "ая", "ее", "ие", "его", "ему", "им", "ей", "ую", "их", "ими"]
    else:
        e = ["ый", "ая", "ое", "ые", "ого", "ому", "ым", "ой", "ую", "ых", "ыми"]
    return [s + x for x in e] + [s + "о", s + "а", s + "ее"]


_RU_VERB_END = ["ать", "ать", "аю", "аешь", "ает", "ает", "аем", "аете", "ают",
                "ал", "ал", "ала", "ало", "али", "ай", "айте", "ающий", "авший",
                "ался", "алась", "ается"]
_RU_PREFIX = ["", "", "", "по", "за", "про", "вы", "пере", "на", "у", "раз",
              "при", "от", "до"]


def _ru_verb_forms(s):
    out = [s + e for e in _RU_VERB_END]
    return out


# ---- English --------------------------------------------------------------

_EN_ONS = ["b", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "fr", "g",
           "gl", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "pr", "qu", "r",
           "s", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "str", "sw", "t",
           "th", "tr", "tw", "v", "w", "wh", "y", "z", "b", "d", "l", "m", "n",
           "p", "r", "s", "t"]
_EN_V = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "oo",
         "ou", "oa", "ie", "a", "e", "i"]
_EN_CODA_MID = ["n", "r", "l", "m", "s", "t", "d", "p", "k", "b", "g", "ng"]
_EN_CODA_END = ["", "", "n", "nd", "nt", "r", "rd", "rt", "s", "st", "t", "ck",
                "ll", "m", "mp", "ng", "nk", "sh", "th", "x", "ld", "lt", "sk",
                "ft", "rn", "rm", "tch", "dge", "ve", "se", "ne", "le", "te",
                "de", "ke", "y"]


def _en_stem(rng, nsyl):
    out = []
    for k in range(nsyl):
        on = "" if (k == 0 and rng.random() < 0.15) else _pick(rng, _EN_ONS)
        v = _pick(rng, _EN_V)
        if k == nsyl - 1:
            co = _pick(rng, _EN_CODA_END)
        else:
            co = "" if rng.random() < 0.4 else _pick(rng, _EN_CODA_MID)
        out.append(on + v + co)
    w = "".join(out)
    if w.endswith("y") and len(w) > 1 and w[-2] in "aeiou":
        w = w[:-1] + "n"
    return w


def _en_s(w):
    if w.endswith(("s", "x", "z", "sh", "ch")):
        return w + "es"
    if w.endswith("y"):
        return w[:-1] + "ies"
    return w + "s"


def _en_ed(w):
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y"):
        return w[:-1] + "ied"
    return w + "ed"


def _en_ing(w):
    if w.endswith("e") and not w.endswith("ee"):
        return w[:-1] + "ing"
    return w + "ing"


def _en_noun_forms(s):
    return [s, s, s, _en_s(s), _en_s(s), s + "'s", s + "less", s + "ful", s + "ship"]


def _en_verb_forms(s):
    base = [s, s, _en_s(s), _en_ed(s), _en_ed(s), _en_ing(s), _en_ing(s)]
    return base + ["re" + x for x in base[::2]] + ["un" + _en_ed(s), "over" + s,
                                                   "out" + _en_ing(s), s + "er",
                                                   _en_s(s + "er")]


def _en_adj_forms(s):
    t = s[:-1] if s.endswith("e") else s
    y = s[:-1] + "i" if s.endswith("y") else t
    return [s, s, s, y + "er", y + "est", y + "ly", y + "ness", "un" + s,
            "non" + s]


# ---- lexicon ------------------------------------------------------------

# Pseudo-words that happen to contain a slur or an obscenity are dropped.
_BAD_LATIN = ("fuck", "shit", "cunt", "nigg", "fag", "slut", "whore", "rape",
              "cock", "dick", "piss", "twat", "wank", "bitch", "porn", "nazi",
              "kike", "spic", "chink", "retard", "sik", "amcık", "amcıq", "amk",
              "orospu", "piç", "göt", "yarak", "yarrak", "taşak", "ibne", "kahpe",
              "pezevenk", "sıç", "bok", "qəhbə", "pox", "dıllaq", "sürtük", "gay")
_BAD_CYR = ("хуй", "хуя", "хуе", "хуё", "хуи", "пизд", "бляд", "блят", "ебат",
            "ебал", "ебан", "еби", "ёб", "муда", "пидор", "пидар", "жоп", "сука",
            "суки", "сучк", "негр", "жид", "гандон", "залуп", "шлюх", "дерьм",
            "говн", "срат", "ссат", "манда", "хер", "чурк", "хач")


def is_clean(w):
    bad = _BAD_CYR if "\u0400" <= w[:1] <= "\u04ff" else _BAD_LATIN
    lw = w.lower()
    return not any(b in lw for b in bad)


class Lexicon:
    """Pseudo-stems of several word classes; forms are computed lazily."""

    def __init__(self, lang, rng):
        self.lang = lang
        self.func = FUNC[lang]
        self.func_rate = FUNC_RATE[lang]
        self.classes = []   # (cumulative weight, stems, forms_fn, cache)
        seen = set(self.func)
        plan = self._plan(lang, rng)
        total = 0.0
        for weight, count, make, forms_fn in plan:
            stems = []
            tries = 0
            while len(stems) < count and tries < count * 20:
                tries += 1
                s = make()
                if len(s) < 2 or s in seen or not is_clean(s):
                    continue
                seen.add(s)
                stems.append(s)
            total += weight
            self.classes.append([total, stems, forms_fn, [None] * len(stems)])
        for c in self.classes:
            c[0] /= total
        self.prefix = _RU_PREFIX if lang == "ru" else None

    @staticmethod
    def _plan(lang, rng):
        def nsyl(weights):
            r = rng.random()
            acc = 0.0
            for n, w in enumerate(weights, 1):
                acc += w
                if r < acc:
                    return n
            return len(weights)

        if lang in ("az", "tr"):
            h = Harmony(lang)
            return [
                (0.55, 6000, lambda: _az_tr_stem(rng, lang, nsyl((0.15, 0.55, 0.3))), h.noun_forms),
                (0.27, 2600, lambda: _az_tr_stem(rng, lang, nsyl((0.45, 0.45, 0.1))), h.verb_forms),
                (0.18, 1400, lambda: _az_tr_stem(rng, lang, nsyl((0.2, 0.6, 0.2))), h.adj_forms),
            ]
        if lang == "ru":
            return [
                (0.25, 2600, lambda: _ru_stem(rng, nsyl((0.35, 0.5, 0.15))), _ru_masc_forms),
                (0.18, 2200, lambda: _ru_stem(rng, nsyl((0.35, 0.5, 0.15))), _ru_fem_forms),
                (0.07, 900, lambda: _ru_stem(rng, nsyl((0.4, 0.5, 0.1))), _ru_neut_forms),
                (0.22, 2000, lambda: _ru_stem(rng, nsyl((0.4, 0.5, 0.1))), _ru_adj_forms),
                (0.28, 2400, lambda: _ru_stem(rng, nsyl((0.4, 0.45, 0.15))), _ru_verb_forms),
            ]
        return [
            (0.5, 6000, lambda: _en_stem(rng, nsyl((0.35, 0.45, 0.2))), _en_noun_forms),
            (0.3, 3500, lambda: _en_stem(rng, nsyl((0.5, 0.4, 0.1))), _en_verb_forms),
            (0.2, 2500, lambda: _en_stem(rng, nsyl((0.3, 0.5, 0.2))), _en_adj_forms),
        ]

    def content(self, rnd):
        r = rnd()
        for cls in self.classes:
            if r <= cls[0]:
                break
        _, stems, forms_fn, cache = cls
        r = rnd()
        i = int(len(stems) * r * r)            # skewed towards frequent stems
        forms = cache[i]
        if forms is None:
            forms = cache[i] = [f if is_clean(f) else stems[i] for f in forms_fn(stems[i])]
        r = rnd()
        w = forms[int(len(forms) * r * r)]
        if self.prefix is not None and forms_fn is _ru_verb_forms:
            pw = self.prefix[int(rnd() * len(self.prefix))] + w
            if is_clean(pw):
                w = pw
        return w

    def function(self, rnd):
        r = rnd()
        return self.func[int(len(self.func) * r * r)]

    def word(self, rnd):
        if rnd() < self.func_rate:
            return self.function(rnd)
        return self.content(rnd)


# --------------------------------------------------------------------------
# Names and places
# --------------------------------------------------------------------------

AZ_MALE = ("Elvin Rəşad Tural Orxan Kamran Elçin Ramil Vüsal Anar Fərid Nicat "
           "Ceyhun İlkin Murad Səbuhi Əli Həsən Rauf Emin Samir Rövşən Zaur "
           "Namiq Elnur Fuad Tofiq Vüqar Cavid Toğrul Ülvi").split()
AZ_FEMALE = ("Leyla Aynur Günel Nərmin Səbinə Aysel Ülviyyə Lalə Könül Nigar "
             "Fidan Aygün Sevinc Türkan Xədicə İlahə Aytən Gülnar Şəbnəm Röya "
             "Zəhra Nurlana Aidə Vəfa").split()
AZ_SURNAME_ROOTS = ("Əli Həsən Məmməd Quli Hüseyn Abbas Rza Cəfər Nəsir Kərim "
                    "İsmayıl Baba Mustafa Əsəd Vəli Qasım Süleyman Səfər Novruz "
                    "Oruc Bağır Nağı Paşa Heydər Rəhim Salman Şirin").split()
AZ_SURNAME_FIXED = ("Rəsulzadə Hacızadə Nəbizadə Mirzəzadə Axundzadə Sultanzadə "
                    "Məmmədli Hüseynli Qasımlı Şirinli Cəfərli Abbaslı").split()

RU_MALE = ("Алексей Дмитрий Сергей Андрей Иван Михаил Никита Артём Павел Олег "
           "Владимир Александр Николай Игорь Евгений Максим Роман Денис Антон "
           "Кирилл").split()
RU_FEMALE = ("Анна Мария Елена Ольга Наталья Екатерина Татьяна Ирина Светлана "
             "Юлия Дарья Алина Ксения Полина Виктория Марина Людмила Галина").split()
RU_SURNAMES = ("Иванов Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков "
               "Морозов Петров Волков Соловьёв Васильев Зайцев Павлов Семёнов "
               "Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев "
               "Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковальский "
               "Вишневский Покровский Островский Успенский Давыдов Никитин "
               "Ильин Сорокин Фомин").split()
RU_PATRONYMIC = {
    "Алексей": "Алексеев", "Дмитрий": "Дмитриев", "Сергей": "Сергеев",
    "Андрей": "Андреев", "Иван": "Иванов", "Михаил": "Михайлов",
    "Павел": "Павлов", "Олег": "Олегов", "Владимир": "Владимиров",
    "Александр": "Александров", "Николай": "Николаев", "Игорь": "Игорев",
    "Евгений": "Евгеньев", "Максим": "Максимов", "Роман": "Романов",
    "Денис": "Денисов", "Антон": "Антонов", "Кирилл": "Кириллов",
    "Никита": "Никитич", "Артём": "Артёмов"}
# Azerbaijani names as spelt in Russian text
AZ_RU_MALE = "Эльвин Рашад Турал Орхан Камран Эльчин Рамиль Вусал Анар Фарид".split()
AZ_RU_FEMALE = "Лейла Айнур Гюнель Нармин Сабина Айсель Лала Кёнуль Нигяр Фидан".split()
AZ_RU_SURNAMES = ("Алиев Гасанов Мамедов Кулиев Гусейнов Аббасов Рзаев Джафаров "
                  "Керимов Исмайлов Бабаев Мустафаев Велиев Касумов Сулейманов").split()

TR_MALE = ("Mehmet Ahmet Mustafa Emre Burak Can Murat Hakan Mert Oğuz Serkan "
           "Cem Kerem Barış Onur Volkan Yusuf Hüseyin İbrahim Tolga").split()
TR_FEMALE = ("Zeynep Elif Ayşe Fatma Merve Esra Selin Deniz Büşra Özge Gizem "
             "Ebru Derya Sibel Hatice Emine İrem Cansu Tuğba Seda Nur").split()
TR_SURNAMES = ("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın "
               "Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan "
               "Şimşek Polat Erdoğan Korkmaz Güneş Aksoy Tekin Ünal Bulut Keskin "
               "Turan").split()

EN_MALE = ("James John Robert Michael David William Richard Thomas Daniel Mark "
           "Peter Paul Oliver Harry George Jack Lucas Daan Lukas Jonas").split()
EN_FEMALE = ("Sarah Emily Jessica Laura Emma Olivia Sophie Anna Charlotte Amelia "
             "Hannah Grace Julia Lotte Lena Mia Rachel Megan").split()
EN_SURNAMES = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
               "Davis", "Wilson", "Taylor", "Clark", "Walker", "Wright", "Evans",
               "Roberts", "Hughes", "Green", "Baker", "Hill", "Turner", "Morgan",
               "Cooper", "Bennett", "de Vries", "Jansen", "Bakker", "van Dijk",
               "Visser", "Müller", "Schmidt", "Schneider", "Fischer", "Weber",
               "Becker"]


def az_surname(root, female):
    s = root + ("yev" if root[-1] in "aıoueəiöü" else "ov")
    return s + "a" if female else s


def ru_surname_female(s):
    if s.endswith("ский"):
        return s[:-4] + "ская"
    return s + "а"


def tr_suffix(word, case):
    """Turkish case suffix for a proper name, written after an apostrophe."""
    h = _TR_HARMONY
    lw = lower(word, "tr")
    if case == "LOC":
        return "'" + h.m(lw, "LOC")[len(lw):]
    if case == "GEN":
        return "'" + h.m(lw, "GEN")[len(lw):]
    raise ValueError(case)


_TR_HARMONY = Harmony("tr")

# (nominative, form used after the language's "in")
CITIES = {
    "az": [(c, c) for c in (
        "Bakı Gəncə Sumqayıt Şəki Lənkəran Quba Şamaxı Naxçıvan Mingəçevir "
        "Qəbələ Şirvan Xaçmaz Zaqatala Qazax Şuşa Moskva İstanbul Ankara "
        "Tbilisi London Berlin").split()],
    "ru": [("Москва", "Москве"), ("Санкт-Петербург", "Санкт-Петербурге"),
           ("Казань", "Казани"), ("Новосибирск", "Новосибирске"),
           ("Екатеринбург", "Екатеринбурге"), ("Самара", "Самаре"),
           ("Уфа", "Уфе"), ("Краснодар", "Краснодаре"),
           ("Ростов-на-Дону", "Ростове-на-Дону"),
           ("Нижний Новгород", "Нижнем Новгороде"), ("Алматы", "Алматы"),
           ("Астана", "Астане"), ("Баку", "Баку"), ("Гянджа", "Гяндже"),
           ("Тбилиси", "Тбилиси"), ("Стамбул", "Стамбуле"),
           ("Лондон", "Лондоне"), ("Берлин", "Берлине"), ("Минск", "Минске")],
    "tr": [(c, c) for c in (
        "İstanbul Ankara İzmir Bursa Antalya Trabzon Konya Adana Gaziantep "
        "Eskişehir Kayseri Samsun Mersin Diyarbakır Erzurum Bakü Moskova "
        "Londra Berlin Amsterdam").split()],
    "en": [(c, c) for c in [
        "London", "Manchester", "Birmingham", "Edinburgh", "Amsterdam",
        "Rotterdam", "Utrecht", "Berlin", "Munich", "Hamburg", "Frankfurt",
        "New York", "Chicago", "Boston", "Seattle", "Baku", "Ganja", "Moscow",
        "Istanbul", "Ankara", "Almaty", "Tbilisi"]],
}


def name_tokens():
    """Every token a PERSON span can contain (used by the tests)."""
    toks = set()
    for lst in (AZ_MALE, AZ_FEMALE, RU_MALE, RU_FEMALE, AZ_RU_MALE,
                AZ_RU_FEMALE, TR_MALE, TR_FEMALE, EN_MALE, EN_FEMALE,
                AZ_SURNAME_FIXED, RU_SURNAMES, AZ_RU_SURNAMES, TR_SURNAMES):
        toks.update(lst)
    for s in EN_SURNAMES:
        toks.update(s.split())
    for r in AZ_SURNAME_ROOTS:
        toks.add(az_surname(r, False))
        toks.add(az_surname(r, True))
    for s in RU_SURNAMES + AZ_RU_SURNAMES:
        toks.add(ru_surname_female(s))
    for p in RU_PATRONYMIC.values():
        if p.endswith("ич"):
            toks.update((p, p[:-2] + "ична"))
        else:
            toks.update((p + "ич", p + "на"))
    toks.update(("oğlu", "qızı"))
    for t in list(toks):
        toks.add(t.translate(_AZ_EN))
        toks.add(ru_latin(t))
    for t in list(toks):
        toks.add(upper(t, "az"))
        toks.add(upper(t, "ru"))
    return toks


def city_names():
    out = set()
    for lst in CITIES.values():
        for a, b in lst:
            out.update((a, b))
    return out


# --------------------------------------------------------------------------
# Identifier generators
# --------------------------------------------------------------------------

def iban_check_digits(country, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


def luhn_complete(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def tckn(rng):
    d = [rng.randint(1, 9)] + [rng.randrange(10) for _ in range(8)]
    d10 = (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


_INN_REGIONS = ("77", "78", "50", "16", "66", "54", "63", "02", "23", "61", "52", "74")


def inn(rng, n):
    if n == 10:
        d = [int(c) for c in _pick(rng, _INN_REGIONS) + dg(rng, 7)]
        w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
        d.append(sum(a * b for a, b in zip(w, d)) % 11 % 10)
    else:
        d = [int(c) for c in _pick(rng, _INN_REGIONS) + dg(rng, 8)]
        w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
        d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
        w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
        d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
    return "".join(map(str, d))


def snils(rng):
    n = rng.randint(1001999, 999999999)
    s = "%09d" % n
    total = sum(int(c) * (9 - i) for i, c in enumerate(s))
    if total < 100:
        cs = total
    elif total in (100, 101):
        cs = 0
    else:
        cs = total % 101
        if cs == 100:
            cs = 0
    return "%s-%s-%s %02d" % (s[:3], s[3:6], s[6:], cs)


_FIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def fin(rng):
    while True:
        s = "".join(_pick(rng, _FIN_CHARS) for _ in range(7))
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def passport(rng, kind):
    if kind == "az":
        return ("AA" + dg(rng, 7)) if rng.random() < 0.6 else ("C" + dg(rng, 8))
    if kind == "ru":
        return "%02d %02d %s" % (rng.randint(1, 99), rng.randint(0, 24), dg(rng, 6))
    return "U" + dg(rng, 8)


_PLATE_REGIONS = ["%02d" % i for i in range(1, 73)] + ["77", "85", "90", "90", "99", "10", "10"]
_PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVXYZ"


def plate(rng):
    return "%s-%s%s-%03d" % (_pick(rng, _PLATE_REGIONS), _pick(rng, _PLATE_LETTERS),
                             _pick(rng, _PLATE_LETTERS), rng.randint(1, 999))


def g4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


_IBAN_BANKS = {
    "AZ": ["NABZ", "IBAZ", "AIIB", "PAHA", "KAPB", "UBAZ", "RZBA", "AZER"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"],
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"],
    "TR": ["00010", "00062", "00046", "00064", "00067", "00012", "00015"],
}


def iban(rng, country):
    if country == "AZ":
        bban = _pick(rng, _IBAN_BANKS["AZ"]) + dg(rng, 20)
    elif country == "TR":
        bban = _pick(rng, _IBAN_BANKS["TR"]) + "0" + dg(rng, 16)
    elif country == "RU":
        bban = "04" + dg(rng, 7) + _pick(rng, ("40817810", "40702810", "40802810")) + dg(rng, 12)
    elif country == "NL":
        bban = _pick(rng, _IBAN_BANKS["NL"]) + dg(rng, 10)
    elif country == "GB":
        bban = _pick(rng, _IBAN_BANKS["GB"]) + dg(rng, 6) + dg(rng, 8)
    else:  # DE
        bban = dg(rng, 8) + dg(rng, 10)
    s = country + iban_check_digits(country, bban) + bban
    return g4(s) if rng.random() < 0.6 else s


def card(rng):
    r = rng.random()
    if r < 0.45:
        p = "4" + dg(rng, 5)
    elif r < 0.75:
        p = str(rng.randint(51, 55)) + dg(rng, 4)
    elif r < 0.85:
        p = str(rng.randint(2221, 2720)) + dg(rng, 2)
    else:
        p = "220" + str(rng.randint(0, 4)) + dg(rng, 2)   # Mir
    return g4(luhn_complete(p + dg(rng, 9)))


_IP4_FIRST = (10, 172, 192, 31, 37, 46, 62, 77, 85, 91, 95, 109, 178, 185, 188,
              193, 194, 212, 213, 217, 5, 81, 94)


def ip(rng):
    r = rng.random()
    if r < 0.72:
        a = _pick(rng, _IP4_FIRST)
        if a == 192:
            return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
        if a == 172:
            return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randrange(256), rng.randint(1, 254))
        return "%d.%d.%d.%d" % (a, rng.randrange(256), rng.randrange(256), rng.randint(1, 254))
    if r < 0.82:
        groups = [0x2001, 0xdb8] + [rng.randrange(0x10000) if rng.random() < 0.6 else 0 for _ in range(6)]
    elif r < 0.9:
        groups = [0xfe80, 0, 0, 0] + [rng.randrange(0x10000) for _ in range(4)]
    else:
        groups = [_pick(rng, (0x2a02, 0x2a01, 0x2a00, 0x2001, 0x2a0c)), rng.randrange(0x10000)] + \
                 [rng.randrange(0x10000) if rng.random() < 0.7 else 0 for _ in range(6)]
    addr = ipaddress.IPv6Address(b"".join(g.to_bytes(2, "big") for g in groups))
    return addr.compressed if rng.random() < 0.85 else addr.exploded


# ---- phones -----------------------------------------------------------

def _phone_az(rng):
    op = _pick(rng, ("50", "51", "55", "70", "77", "99", "10", "60", "12", "50", "55"))
    a, b, c = str(rng.randint(200, 999)), dg(rng, 2), dg(rng, 2)
    return _pick(rng, (
        "+994 {o} {a} {b} {c}", "+994 ({o}) {a}-{b}-{c}", "+994{o}{a}{b}{c}",
        "(+994) {o} {a} {b} {c}", "+994-{o}-{a}-{b}-{c}", "0{o} {a} {b} {c}",
        "(0{o}) {a}-{b}-{c}", "0{o}-{a}-{b}-{c}", "0{o}{a}{b}{c}",
        "0{o} {a} {b} {c}", "+994 {o} {a} {b} {c}")).format(o=op, a=a, b=b, c=c)


def _phone_ru(rng, kz=False):
    if kz:
        op = _pick(rng, ("700", "701", "702", "705", "707", "747", "771", "775", "777", "778", "727"))
    else:
        op = str(rng.randint(900, 999)) if rng.random() < 0.75 else _pick(
            rng, ("495", "499", "812", "843", "383", "343", "846"))
    a, b, c = dg(rng, 3), dg(rng, 2), dg(rng, 2)
    return _pick(rng, (
        "+7 {o} {a}-{b}-{c}", "+7 ({o}) {a}-{b}-{c}", "8 ({o}) {a}-{b}-{c}",
        "8 {o} {a} {b} {c}", "+7{o}{a}{b}{c}", "8{o}{a}{b}{c}",
        "8-{o}-{a}-{b}-{c}", "+7 {o} {a} {b}{c}")).format(o=op, a=a, b=b, c=c)


def _phone_tr(rng):
    op = str(rng.randint(530, 559)) if rng.random() < 0.75 else _pick(
        rng, ("212", "216", "312", "232", "224", "242"))
    a, b, c = str(rng.randint(200, 999)), dg(rng, 2), dg(rng, 2)
    return _pick(rng, (
        "+90 {o} {a} {b} {c}", "0{o} {a} {b} {c}", "0 ({o}) {a} {b} {c}",
        "+90 ({o}) {a} {b} {c}", "0{o}{a}{b}{c}", "+90{o}{a}{b}{c}",
        "0{o} {a} {b}{c}")).format(o=op, a=a, b=b, c=c)


def _phone_nl(rng):
    if rng.random() < 0.6:
        n = dg(rng, 8)
        return _pick(rng, ("+31 6 {n}", "06-{n}", "06 {a} {b}", "+316{n}")).format(
            n=n, a=n[:4], b=n[4:])
    area = _pick(rng, ("20", "10", "70", "30", "40", "50"))
    n = dg(rng, 7)
    return _pick(rng, ("+31 {r} {a} {b}", "0{r}-{n}", "+31 (0){r} {a} {b}", "0{r} {a} {b}")).format(
        r=area, n=n, a=n[:3], b=n[3:])


def _phone_uk(rng):
    r = rng.random()
    if r < 0.5:
        a, b = "7" + str(rng.randint(400, 999)), dg(rng, 6)
        return _pick(rng, ("+44 {a} {b}", "0{a} {b}", "0{a}{b}", "+44{a}{b}")).format(a=a, b=b)
    if r < 0.8:
        a, b = str(rng.randint(3000, 8999)), dg(rng, 4)
        return _pick(rng, ("+44 20 {a} {b}", "020 {a} {b}", "(020) {a} {b}")).format(a=a, b=b)
    area = _pick(rng, ("161", "121", "131", "113", "117"))
    a, b = str(rng.randint(200, 999)), dg(rng, 4)
    return _pick(rng, ("+44 {r} {a} {b}", "0{r} {a} {b}")).format(r=area, a=a, b=b)


def _phone_us(rng):
    area = _pick(rng, ("212", "312", "415", "617", "202", "305", "713", "206", "646", "718", "512"))
    ex = str(rng.randint(201, 998))
    if ex.endswith("11"):
        ex = ex[:2] + "0"
    line = dg(rng, 4)
    return _pick(rng, ("+1 ({r}) {e}-{l}", "({r}) {e}-{l}", "{r}-{e}-{l}", "+1 {r} {e} {l}",
                       "+1-{r}-{e}-{l}", "{r}.{e}.{l}")).format(r=area, e=ex, l=line)


def _phone_de(rng):
    if rng.random() < 0.5:
        op = _pick(rng, ("151", "152", "160", "170", "171", "172", "176"))
        n = dg(rng, rng.choice((7, 8)))
        return _pick(rng, ("+49 {o} {n}", "0{o} {n}", "0{o}-{n}", "+49{o}{n}")).format(o=op, n=n)
    area, ln = _pick(rng, (("30", 8), ("89", 7), ("40", 8), ("69", 7), ("221", 7)))
    n = dg(rng, ln)
    return _pick(rng, ("+49 {r} {n}", "0{r} {n}", "+49 (0){r} {n}", "0{r}/{n}")).format(r=area, n=n)


_PHONE_FN = {"AZ": _phone_az, "RU": _phone_ru, "KZ": lambda r: _phone_ru(r, True),
             "TR": _phone_tr, "NL": _phone_nl, "UK": _phone_uk, "US": _phone_us,
             "DE": _phone_de}
_PHONE_MIX = {
    "az": (("AZ", 0.75), ("RU", 0.09), ("TR", 0.08), ("UK", 0.02), ("US", 0.02), ("DE", 0.02), ("NL", 0.02)),
    "ru": (("RU", 0.65), ("KZ", 0.15), ("AZ", 0.1), ("TR", 0.03), ("DE", 0.04), ("UK", 0.03)),
    "tr": (("TR", 0.75), ("AZ", 0.1), ("DE", 0.08), ("NL", 0.04), ("UK", 0.03)),
    "en": (("UK", 0.2), ("US", 0.25), ("NL", 0.12), ("DE", 0.13), ("AZ", 0.15), ("RU", 0.08), ("TR", 0.07)),
}


def _weighted(rng, pairs):
    r = rng.random()
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][0]


def phone(rng, lang):
    return _PHONE_FN[_weighted(rng, _PHONE_MIX[lang])](rng)


# ---- dates, ages ---------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}
_MDAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def az_ordinal_suffix(n):
    """-ci/-cı/-cu/-cü after a number, by the last word of its reading."""
    if n % 10:
        return {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci",
                8: "ci", 9: "cu"}[n % 10]
    if n % 100:
        return {10: "cu", 20: "ci", 30: "cu", 40: "cı", 50: "ci", 60: "cı",
                70: "ci", 80: "ci", 90: "cı"}[n % 100]
    if n % 1000:
        return "cü"
    return "ci"


def date(rng, lang):
    y = rng.randint(1950, 2024)
    m = rng.randint(1, 12)
    d = rng.randint(1, _MDAYS[m - 1])
    r = rng.random()
    if r < 0.45:   # numeric
        if lang == "en":
            f = _pick(rng, ("{m:02d}/{d:02d}/{y}", "{y}-{m:02d}-{d:02d}", "{d:02d}.{m:02d}.{y}"))
        else:
            f = _pick(rng, ("{d:02d}.{m:02d}.{y}", "{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}"))
        return f.format(d=d, m=m, y=y)
    mon = MONTHS[lang][m - 1]
    if lang == "en":
        return ("%d %s %d" % (d, mon, y)) if rng.random() < 0.5 else ("%s %d, %d" % (mon, d, y))
    if lang == "az":
        return "%d %s %d-%s il" % (d, mon, y, az_ordinal_suffix(y))
    if lang == "ru":
        return "%d %s %d г." % (d, mon, y)
    return "%d %s %d" % (d, mon, y)


def ru_years_word(n):
    if 11 <= n % 100 <= 14:
        return "лет"
    if n % 10 == 1:
        return "год"
    if 2 <= n % 10 <= 4:
        return "года"
    return "лет"


def age(rng, lang):
    n = rng.randint(18, 89)
    if lang == "en":
        return "%d-year-old" % n
    if lang == "az":
        return "%d yaşlı" % n
    if lang == "ru":
        return "%d %s" % (n, ru_years_word(n))
    return "%d yaşında" % n


# ---- e-mail, URLs, handles ---------------------------------------------

_MAIL_DOMAINS = {
    "az": ("gmail.com", "mail.ru", "box.az", "mail.az", "outlook.com", "yahoo.com", "inbox.az"),
    "ru": ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "rambler.ru", "inbox.ru"),
    "tr": ("gmail.com", "hotmail.com", "yahoo.com.tr", "outlook.com", "yandex.com.tr"),
    "en": ("gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "ziggo.nl"),
}
_TLDS = {"az": (".az", ".az", ".com", ".org.az", ".gov.az"),
         "ru": (".ru", ".ru", ".ru", ".com", ".org", ".kz"),
         "tr": (".com.tr", ".com.tr", ".org.tr", ".gov.tr", ".com"),
         "en": (".com", ".co.uk", ".org", ".nl", ".de", ".net", ".io")}


class AsciiWords:
    """ASCII pseudo-words for domains, URL paths and user names."""

    def __init__(self, rng):
        words = []
        seen = set()
        while len(words) < 3000:
            w = ascii_slug(_en_stem(rng, 1 + int(rng.random() * 2.2)))
            if 3 <= len(w) <= 10 and w not in seen and is_clean(w):
                seen.add(w)
                words.append(w)
        self.words = words

    def pick(self, rng):
        return _pick(rng, self.words)


def email(rng, lang, person_ascii, aw):
    given, surname = person_ascii
    r = rng.random()
    if r < 0.25:
        local = given + "." + surname
    elif r < 0.4:
        local = given + "_" + surname
    elif r < 0.55:
        local = given[0] + "." + surname
    elif r < 0.7:
        local = given + str(rng.randint(1960, 2006))
    elif r < 0.8:
        local = surname + dg(rng, 2)
    else:
        local = _pick(rng, ("info", "office", "contact", "press", "hr", "support", "kontakt", "media", "admin", aw.pick(rng)))
    if rng.random() < 0.6:
        dom = _pick(rng, _MAIL_DOMAINS[lang])
    else:
        dom = aw.pick(rng) + ("-" + aw.pick(rng) if rng.random() < 0.2 else "") + _pick(rng, _TLDS[lang])
    return local + "@" + dom


def url(rng, lang, aw):
    host = aw.pick(rng) + _pick(rng, _TLDS[lang])
    r = rng.random()
    scheme = "https://" if r < 0.6 else ("http://" if r < 0.75 else "")
    www = "www." if (scheme == "" or rng.random() < 0.4) else ""
    path = ""
    n = _pick(rng, (0, 1, 1, 2, 2, 3))
    for _ in range(n):
        path += "/" + _pick(rng, (aw.pick(rng), aw.pick(rng), aw.pick(rng) + "-" + aw.pick(rng), dg(rng, rng.randint(2, 6))))
    if n and rng.random() < 0.25:
        path += "?" + _pick(rng, ("id", "page", "ref", "q")) + "=" + str(rng.randint(1, 99999))
    elif n == 0 and rng.random() < 0.3:
        path = "/"
    return scheme + www + host + path


def handle(rng, person_ascii, aw, platform=None):
    """@user, t.me/user or instagram.com/user.name; platform 'ig'/'tg' restricts."""
    given, surname = person_ascii
    r = rng.random()
    if r < 0.3:
        u = given + "_" + surname
    elif r < 0.5:
        u = given + surname[:3] + dg(rng, 2)
    elif r < 0.7:
        u = aw.pick(rng) + "_" + aw.pick(rng)
    else:
        u = aw.pick(rng) + dg(rng, rng.randint(1, 4))
    r = rng.random()
    if platform == "ig":
        r = 0.0 if r < 0.45 else 0.9
    elif platform == "tg":
        r = 0.0 if r < 0.5 else 0.6
    if r < 0.45:
        return "@" + u[:30]
    if r < 0.75:
        u = u if len(u) >= 5 else u + "_" + dg(rng, 3)
        return "t.me/" + u[:32]
    return "instagram.com/" + u.replace("_", _pick(rng, (".", "_")))[:30]


# ---- look-alikes ----------------------------------------------------------

def _thousands(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.append(s[-3:])
        s = s[:-3]
    parts.append(s)
    return sep.join(reversed(parts))


def la_year(rng, lang):
    y = rng.randint(1990, 2024)
    if lang == "en":
        return "in %d" % y
    if lang == "az":
        return "%d-%s ildə" % (y, az_ordinal_suffix(y))
    if lang == "ru":
        return "в %d году" % y
    return "%d yılında" % y


def la_yrange(rng, lang):
    a = rng.randint(1990, 2021)
    return "%d%s%d" % (a, _pick(rng, ("-", "–", "-")), a + rng.randint(1, 6))


def ru_rub(n):
    if 11 <= n % 100 <= 14:
        return "рублей"
    if n % 10 == 1:
        return "рубль"
    if 2 <= n % 10 <= 4:
        return "рубля"
    return "рублей"


def la_price(rng, lang):
    n = int(10 ** (1 + rng.random() * 4))
    c = rng.randrange(100)
    r = rng.random()
    if lang == "en":
        return _pick(rng, ("${a}.{c:02d}", "{a}.{c:02d} AZN", "£{b}", "€{a}", "{a} AZN", "${a}")).format(
            a=_thousands(n, ","), b=n, c=c)
    if lang == "az":
        return _pick(rng, ("{n} manat", "{a}.{c:02d} AZN", "{n} AZN", "{s},{c:02d} AZN", "{n} manat {c} qəpik")).format(
            n=n, a=_thousands(n, ","), s=_thousands(n, " "), c=c)
    if lang == "ru":
        sep = "\u00a0" if r < 0.2 else " "
        return _pick(rng, ("{s} ₽", "{s} руб.", "{n} {w}", "{s} тенге", "{s} ₽")).format(
            s=_thousands(n, sep), n=n, w=ru_rub(n))
    return _pick(rng, ("{d} TL", "₺{d}", "{d},{c:02d} TL", "{n} lira")).format(
        d=_thousands(n, "."), n=n, c=c)


def la_pct(rng, lang):
    n = rng.randint(1, 95)
    frac = rng.random() < 0.25
    if lang == "en":
        return ("%d.%d%%" % (n, rng.randint(1, 9))) if frac else "%d%%" % n
    if lang == "tr":
        return ("%%%d,%d" % (n, rng.randint(1, 9))) if frac else "%%%d" % n
    if lang == "ru":
        return ("%d,%d%%" % (n, rng.randint(1, 9))) if frac else _pick(rng, ("%d%%", "%d %%")) % n
    return ("%d,%d%%" % (n, rng.randint(1, 9))) if frac else "%d%%" % n


def la_time(rng, lang):
    return "%02d:%02d" % (rng.randint(7, 22), _pick(rng, (0, 0, 15, 30, 30, 45, rng.randrange(60))))


def la_ver(rng, lang):
    a, b, c = rng.randint(0, 12), rng.randint(0, 20), rng.randint(0, 30)
    return _pick(rng, ("v{a}.{b}.{c}", "{a}.{b}.{c}", "{a}.{b}", "v{a}.{b}")).format(a=a, b=b, c=c)


_SVC = {"az": ("102", "103", "112", "101", "104", "108"),
        "ru": ("112", "102", "103", "101", "01", "02", "03"),
        "tr": ("112", "155", "156", "110", "182", "177"),
        "en": ("911", "999", "112", "101", "111")}


def la_svc(rng, lang):
    return _pick(rng, _SVC[lang])


def la_num(rng, lang):
    r = rng.random()
    if r < 0.6:
        return str(rng.randint(2, 60))
    if r < 0.9:
        return str(rng.randint(61, 999))
    return _thousands(rng.randint(1000, 50000), "," if lang == "en" else (" " if lang != "tr" else "."))


_FILLER_LOOKALIKES = ("YEAR", "YEAR", "YRANGE", "YRANGE", "PCT", "TIME", "NUM",
                      "NUM", "PRICE", "VER", "SVC")
LOOKALIKES = {"YEAR": la_year, "YRANGE": la_yrange, "PRICE": la_price,
              "PCT": la_pct, "TIME": la_time, "VER": la_ver, "SVC": la_svc,
              "NUM": la_num}

# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------
# {LABEL}  entity, {w} content word, {W} capitalised content word,
# {f} function word, {ww} 2-4 filler words, {g:male|female} agreement with
# the last person mentioned, other capitalised names: look-alikes.

T_ENTITY = {
    "en": [
        "You can reach me at {PHONE} after {TIME}.",
        "Call {PERSON} on {PHONE} if the {w} is still {w}.",
        "My email is {EMAIL}, but I rarely check it.",
        "Please send the {w} to {EMAIL} before {DATE}.",
        "The full report is available at {URL}.",
        "{PERSON}, a {AGE} {w} from {LOC}, said {g:he|she} had never seen the {w}.",
        "The server at {IP} stopped responding at {TIME} on {DATE}.",
        "Transfer the deposit to IBAN {IBAN} and mention the {w} number.",
        "She paid with card {CARD}, which cost her about {PRICE}.",
        "His Turkish ID, TC Kimlik No: {TCKN}, was printed on the {w}.",
        "He showed passport {PASS} at the {w} in {LOC}.",
        "A car with plate {PLATE} was parked near the {w} for {NUM} days.",
        "You can follow {PERSON} on Instagram: {HANDLE_IG}.",
        "I was born on {DATE} in {LOC}.",
        "{PERSON} moved to {LOC} {YEAR} and has worked there since.",
        "According to {PERSON}, the meeting on {DATE} lasted until {TIME}.",
        "Write to me at {EMAIL} or message me on Telegram, {HANDLE_TG}.",
        "Her FIN code is {FIN}, according to the {w}.",
        "The passport number, {PASS}, did not match the {w}.",
        "Contact: {PERSON}, tel. {PHONE}, e-mail {EMAIL}.",
        "I asked {PERSON} whether the page at {URL} was still online.",
        "Our office in {LOC} answers on {PHONE} from {TIME}.",
        "Someone logged in from {IP} and downloaded {NUM} files.",
        "The invoice of {PRICE} was paid from account {IBAN} on {DATE}.",
        "His Russian tax number, INN {INN}, appears on every {w}.",
        "Her SNILS {SNILS} was written on the back of the {w}.",
        "Telegram: {HANDLE_TG}, phone {PHONE}.",
        "It happened on {DATE}, around {TIME}, not far from {LOC}.",
        "The {AGE} {w} told us that {PERSON} had called from {PHONE}.",
        "We met {PERSON} in {LOC} on {DATE}.",
        "{PERSON} gave me {g:his|her} number, {PHONE}, and an old address in {LOC}.",
        "Card number {CARD} was blocked after {NUM} attempts.",
        "Passport no. {PASS}, issued on {DATE}.",
        "The van, registration {PLATE}, belonged to {PERSON}.",
        "Reply to {EMAIL} with the {w} attached.",
        "The router at {IP} had not been updated since {VER}.",
        "{PERSON} posts as {HANDLE} and rarely answers messages.",
        "The {w} was signed by {PERSON} on {DATE}.",
        "My date of birth is {DATE}.",
        "Her Azerbaijani ID card shows FIN {FIN} and the name {PERSON}.",
        "A {AGE} {w} was detained near {LOC} on {DATE}.",
        "The donation page, {URL}, raised {PRICE} in {NUM} days.",
        "I spoke to {PERSON} and {PERSON} in {LOC}.",
        "{PERSON} said {g:he|she} would call back from {PHONE}.",
    ],
    "az": [
        "Zəng edin: {PHONE}.",
        "Mənim nömrəm {PHONE}, axşam saat {TIME} radələrində zəng edin.",
        "Elektron poçtum {EMAIL}, amma onu çox az yoxlayıram.",
        "{PERSON} {LOC} şəhərində yaşayır və {w} işləyir.",
        "{AGE} {PERSON} bildirib ki, {w} {w} deyil.",
        "Doğum tarixi: {DATE}.",
        "Ödənişi {IBAN} hesabına köçürün.",
        "Kartın nömrəsi {CARD} idi, ödəniş {PRICE} təşkil edirdi.",
        "FİN: {FIN}.",
        "Sənəddəki FİN kod {FIN} idi.",
        "Onun pasport nömrəsi {PASS_AZ} idi.",
        "Pasport: {PASS_AZ}, verilmə tarixi {DATE}.",
        "Maşının dövlət nömrə nişanı {PLATE} idi.",
        "{PLATE} nömrəli avtomobil {LOC} yolunda saxlanılıb.",
        "Ətraflı məlumat üçün {URL} saytına baxın.",
        "Instagram səhifəsi: {HANDLE_IG}.",
        "Telegramda yazın: {HANDLE_TG}.",
        "{DATE} tarixində {PERSON} {LOC} şəhərinə gəldi.",
        "Serverin IP ünvanı {IP} idi.",
        "{PERSON} ilə {PHONE} nömrəsi vasitəsilə əlaqə saxlamaq olar.",
        "Türkiyə vətəndaşının TC Kimlik No: {TCKN} sənəddə göstərilib.",
        "Rusiya pasportunun seriyası və nömrəsi: {PASS_RU}.",
        "E-poçt: {EMAIL}, telefon: {PHONE}.",
        "{PERSON} deyir ki, {LOC} şəhərində {w} çoxdur.",
        "Müsahibə {DATE} tarixində {LOC} şəhərində aparılıb.",
        "Kart {CARD} ilə {PRICE} ödənilib.",
        "{AGE} sakin {LOC} şəhərindən gəlib.",
        "{PERSON} {YEAR} {LOC} şəhərinə köçüb.",
        "Mən {DATE} tarixində anadan olmuşam.",
        "Onun e-poçt ünvanı {EMAIL}, mobil nömrəsi isə {PHONE} idi.",
        "Bizə {EMAIL} ünvanına yazın.",
        "{PERSON} mənə öz nömrəsini verdi: {PHONE}.",
        "Saytın ünvanı {URL}, amma o işləmir.",
        "Hesab nömrəsi (IBAN): {IBAN}.",
        "Qeydiyyat zamanı {IP} ünvanından giriş edilib.",
        "Şikayəti {PERSON} imzalayıb.",
        "{PERSON}, {AGE} müəllim, {w} haqqında danışdı.",
        "Vəsiqədə FİN {FIN} və ad {PERSON} yazılıb.",
        "Onun pasportu {PASS_AZ} nömrəsi ilə {DATE} tarixində verilib.",
        "Telegram kanalı: {HANDLE_TG}, əlaqə nömrəsi: {PHONE}.",
        "{PERSON} və {PERSON} {DATE} tarixində görüşüblər.",
        "{PERSON} ailəsi ilə birlikdə {LOC} şəhərinə köçdü.",
    ],
    "ru": [
        "Позвоните по телефону {PHONE}.",
        "Мой номер {PHONE}, звоните после {TIME}.",
        "Пишите на почту {EMAIL}.",
        "{PERSON}, {AGE}, живёт в {LOC_IN}.",
        "Дата рождения: {DATE}.",
        "ИНН {INN}, СНИЛС {SNILS}.",
        "Укажите ИНН: {INN}.",
        "Номер СНИЛС {SNILS} указан в {w}.",
        "Паспорт {PASS_RU} выдан {DATE}.",
        "Серия и номер паспорта: {PASS_RU}.",
        "ПИН {FIN} указан в удостоверении личности.",
        "Переведите деньги на счёт {IBAN}.",
        "Оплата картой {CARD} прошла {DATE}.",
        "Подробнее на сайте {URL}.",
        "Подписывайтесь: {HANDLE}.",
        "Сервер с адресом {IP} не отвечал с {TIME}.",
        "{DATE} {PERSON} {g:был|была} в {LOC_IN}.",
        "Контакты: {PERSON}, тел. {PHONE}, e-mail: {EMAIL}.",
        "{PERSON} {g:сказал|сказала}, что позвонит с номера {PHONE}.",
        "{PERSON} {g:родился|родилась} {DATE} в {LOC_IN}.",
        "По словам {w}, машина с госномером {PLATE} стояла у {w}.",
        "{PERSON}, {AGE}, работает {w} в {LOC_IN}.",
        "Мужчине было {AGE}.",
        "Его паспорт {PASS_RU} оказался недействительным.",
        "Адрес электронной почты: {EMAIL}.",
        "Аккаунт в Instagram: {HANDLE_IG}.",
        "Телеграм-канал {HANDLE_TG} опубликовал {w}.",
        "Реквизиты: IBAN {IBAN}, получатель {PERSON}.",
        "Номер карты {CARD} заблокирован.",
        "{PERSON} {g:заявил|заявила}, что {DATE} {g:был|была} в {LOC_IN}.",
        "Вход выполнен с IP-адреса {IP}.",
        "ИНН организации {INN} указан в договоре.",
        "Паспорт гражданина Азербайджана {PASS_AZ} выдан {DATE}.",
        "Турецкий паспорт {PASS_TR} был просрочен.",
        "Его ПИН — {FIN}.",
        "Подробности по телефону {PHONE} или на сайте {URL}.",
        "Сведения: {PERSON}, {DATE}, {LOC}.",
        "Женщине {AGE}, она живёт в {LOC_IN}.",
        "{PERSON} и {PERSON} встретились в {LOC_IN}.",
    ],
    "tr": [
        "Beni {PHONE} numarasından arayabilirsiniz.",
        "E-posta adresim {EMAIL}.",
        "{PERSON} {AGE} ve {LOC_IN} yaşıyor.",
        "Doğum tarihi: {DATE}.",
        "TC Kimlik No: {TCKN}.",
        "T.C. kimlik numarası {TCKN} olan vatandaş {LOC_IN} yakalandı.",
        "Pasaport numarası {PASS_TR} olarak kaydedildi.",
        "Ödemeyi IBAN: {IBAN} hesabına yapabilirsiniz.",
        "Kart numarası {CARD} olan kart bloke edildi.",
        "Detaylar için {URL} adresini ziyaret edin.",
        "Instagram hesabı: {HANDLE_IG}.",
        "Sunucunun IP adresi {IP} olarak görünüyor.",
        "İletişim: {PERSON}, tel: {PHONE}, e-posta: {EMAIL}.",
        "{PERSON_GEN} telefonu {PHONE}.",
        "{DATE} tarihinde {PERSON} {LOC_IN} bulunuyordu.",
        "{AGE} olan {PERSON} {LOC_IN} ikamet ediyor.",
        "Azerbaycan plakalı {PLATE} araç sınırda durduruldu.",
        "Telegram: {HANDLE_TG}, telefon: {PHONE}.",
        "Başvuru {DATE} tarihinde {EMAIL} adresine gönderildi.",
        "Fatura {PRICE} tutarında ve {IBAN} hesabından ödendi.",
        "{PERSON}, {LOC} doğumlu ve {AGE}.",
        "Azerbaycan kimliğindeki FİN kodu {FIN} olarak yazılmış.",
        "Rus pasaportu {PASS_RU} ile giriş yaptı.",
        "Bize {EMAIL} adresinden ulaşabilirsiniz.",
        "Site adresi {URL}, ama şu anda çalışmıyor.",
        "Sisteme {IP} adresinden giriş yapıldı.",
        "{PERSON_GEN} pasaport numarası {PASS_TR}.",
        "Görüşme {DATE} tarihinde {LOC_IN} yapıldı.",
        "Kimlik numarası (TC Kimlik No: {TCKN}) formda eksik yazılmış.",
        "Numaram {PHONE}, akşam {TIME} sonrası arayın.",
        "{PERSON} bana numarasını verdi: {PHONE}.",
        "Hesap sahibi {PERSON}, IBAN {IBAN}.",
        "{PERSON} ile {PERSON} {DATE} tarihinde {LOC_IN} buluştu.",
        "Kart {CARD} ile {PRICE} ödendi.",
    ],
}

T_LOOKALIKE = {
    "en": [
        "{YEAR}, the {w} grew by {PCT}.",
        "Between {YRANGE} the number of {w} rose from {NUM} to {NUM}.",
        "The {w} costs {PRICE}, roughly {PCT} more than last year.",
        "We upgraded to {VER} last week and {NUM} {w} were affected.",
        "In an emergency, dial {SVC}.",
        "The {w} opens at {TIME} and closes at {TIME}.",
        "Tickets cost {PRICE} each, and {NUM} were sold.",
        "Room {NUM} is on the second floor.",
        "About {PCT} of the {w} said they were {w}.",
        "The {w} ran from {YRANGE}, with a break {YEAR}.",
        "Version {VER} fixed {NUM} bugs.",
        "The bus leaves at {TIME}; the fare is {PRICE}.",
    ],
    "az": [
        "{YEAR} {w} təxminən {PCT} artıb.",
        "Qiymət {PRICE} təşkil edir.",
        "Təcili hallarda {SVC} nömrəsinə zəng edin.",
        "{YRANGE} illərində {NUM} {w} tikilib.",
        "Proqramın {VER} versiyası artıq çıxıb.",
        "Mağaza səhər saat {TIME} radələrində açılır.",
        "Görüş saat {TIME} üçün təyin edilib.",
        "Bu {w} {PRICE} dəyərindədir, yəni {PCT} bahadır.",
        "Sorğuda {NUM} nəfər iştirak edib.",
        "{YEAR} {NUM} {w} qeydə alınıb.",
        "Yanğın olarsa, {SVC} nömrəsini yığın.",
        "Ötən il {w} {PCT} azalıb.",
    ],
    "ru": [
        "{YEAR} {w} выросли на {PCT}.",
        "Стоимость составила {PRICE}.",
        "В экстренных случаях звоните {SVC}.",
        "В {YRANGE} годах было построено {NUM} {w}.",
        "Версия {VER} вышла на прошлой неделе.",
        "Магазин работает с {TIME} до {TIME}.",
        "Билет стоит {PRICE}, это на {PCT} дороже.",
        "В опросе приняли участие {NUM} человек.",
        "{YEAR} зарегистрировано {NUM} {w}.",
        "Скорая помощь — {SVC}, полиция — {SVC}.",
        "Встреча назначена на {TIME}.",
    ],
    "tr": [
        "{YEAR} {w} {PCT} arttı.",
        "Fiyatı {PRICE}.",
        "Acil durumlarda {SVC} numarasını arayın.",
        "{YRANGE} yılları arasında {NUM} {w} inşa edildi.",
        "Uygulamanın {VER} sürümü yayımlandı.",
        "Mağaza {TIME} ile {TIME} arasında açık.",
        "Bilet {PRICE}, yani geçen yıla göre {PCT} daha pahalı.",
        "Ankete {NUM} kişi katıldı.",
        "{YEAR} {NUM} {w} kaydedildi.",
        "Toplantı saat {TIME} için planlandı.",
    ],
}

T_TITLE = {
    "en": ["Interview {NUM}: {W} {w} in {LOC}", "Transcript — {DATE}, {LOC}",
           "{W} {w} {w} {w}", "Field notes, {LOC}, {DATE}", "{W} {w}: {w} {w} {YEAR}"],
    "az": ["Müsahibə № {NUM}. Tarix: {DATE}. Yer: {LOC}.", "{W} {w} {w}",
           "{LOC}: {w} {w} {w}", "{W} {w} {w} {w}"],
    "ru": ["Интервью № {NUM}, {DATE}, {LOC}", "{W} {w} {w}", "Расшифровка беседы, {LOC}",
           "{W} {w} {w} {w}"],
    "tr": ["Görüşme No. {NUM} — {DATE}, {LOC}", "{W} {w} {w}", "{LOC}: {w} {w} {w}",
           "{W} {w} {w} {w}"],
}

T_RECORD = {
    "en": ["Name: {PERSON}", "Date of birth: {DATE}", "Phone: {PHONE}", "Email: {EMAIL}",
           "Passport: {PASS}", "City: {LOC}", "Website: {URL}", "Card: {CARD}",
           "IBAN: {IBAN}", "Notes: {ww}", "Amount: {PRICE}", "Time: {TIME}",
           "Social: {HANDLE}", "Last login IP: {IP}", "Vehicle: {PLATE}"],
    "az": ["Ad, soyad: {PERSON}", "Doğum tarixi: {DATE}", "Telefon: {PHONE}",
           "E-poçt: {EMAIL}", "FİN: {FIN}", "Pasport: {PASS_AZ}", "Şəhər: {LOC}",
           "Avtomobil: {PLATE}", "Hesab: {IBAN}", "Qeyd: {ww}", "Məbləğ: {PRICE}",
           "Sayt: {URL}", "Instagram: {HANDLE_IG}"],
    "ru": ["ФИО: {PERSON}", "Дата рождения: {DATE}", "Телефон: {PHONE}",
           "E-mail: {EMAIL}", "Паспорт: {PASS_RU}", "ИНН: {INN}", "СНИЛС: {SNILS}",
           "Город: {LOC}", "Счёт: {IBAN}", "Примечание: {ww}", "Сумма: {PRICE}",
           "Telegram: {HANDLE_TG}"],
    "tr": ["Ad Soyad: {PERSON}", "Doğum tarihi: {DATE}", "Telefon: {PHONE}",
           "E-posta: {EMAIL}", "TC Kimlik No: {TCKN}", "Pasaport: {PASS_TR}",
           "Şehir: {LOC}", "IBAN: {IBAN}", "Not: {ww}", "Tutar: {PRICE}",
           "Web: {URL}"],
}

SPEAKERS = {
    "en": (("INTERVIEWER", "RESPONDENT"), ("INTERVIEWER", "SOURCE"), ("Q", "A")),
    "az": (("MÜSAHİBƏÇİ", "RESPONDENT"), ("MÜSAHİBƏÇİ", "MƏNBƏ"), ("Sual", "Cavab")),
    "ru": (("ИНТЕРВЬЮЕР", "РЕСПОНДЕНТ"), ("ИНТЕРВЬЮЕР", "ИСТОЧНИК"), ("Вопрос", "Ответ")),
    "tr": (("GÖRÜŞMECİ", "KATILIMCI"), ("GÖRÜŞMECİ", "KAYNAK"), ("Soru", "Cevap")),
}

ENTITY_LABEL = {
    "PERSON": "PERSON", "PERSON_GEN": "PERSON", "LOC": "LOCATION",
    "LOC_IN": "LOCATION", "PHONE": "PHONE", "EMAIL": "EMAIL", "URL": "URL",
    "IP": "IP_ADDRESS", "IBAN": "IBAN", "CARD": "CARD", "TCKN": "NATIONAL_ID",
    "INN": "NATIONAL_ID", "SNILS": "NATIONAL_ID", "FIN": "FIN",
    "PASS": "PASSPORT", "PASS_AZ": "PASSPORT", "PASS_RU": "PASSPORT",
    "PASS_TR": "PASSPORT", "PLATE": "PLATE", "HANDLE": "HANDLE",
    "HANDLE_IG": "HANDLE", "HANDLE_TG": "HANDLE",
    "DATE": "DATE", "AGE": "AGE",
}
# probability that an entity already mentioned in the document is mentioned again
REUSE = {"PERSON": 0.4, "LOCATION": 0.35, "PHONE": 0.12, "EMAIL": 0.12,
         "URL": 0.08, "HANDLE": 0.1}

_PH = re.compile(r"\{([^{}]+)\}")


def compile_template(s):
    parts = _PH.split(s)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            if p:
                out.append((0, p))
        elif p.startswith("g:"):
            m, f = p[2:].split("|")
            out.append((3, (m, f)))
        elif p in ENTITY_LABEL:
            out.append((1, p))
        elif p in LOOKALIKES:
            out.append((2, p))
        elif p in ("w", "W", "f", "ww"):
            out.append((4, p))
        else:
            raise ValueError("bad placeholder %r in %r" % (p, s))
    return out


def _compile_all(table):
    return {k: [compile_template(t) for t in v] for k, v in table.items()}


C_ENTITY = _compile_all(T_ENTITY)
C_LOOKALIKE = _compile_all(T_LOOKALIKE)
C_TITLE = _compile_all(T_TITLE)
C_RECORD = _compile_all(T_RECORD)


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------

class Para:
    """A paragraph under construction: text pieces plus code-point spans."""
    __slots__ = ("parts", "pos", "spans")

    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []

    def add(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def ent(self, s, label, eid):
        self.spans.append((self.pos, self.pos + len(s), label, eid))
        self.parts.append(s)
        self.pos += len(s)

    def text(self):
        return "".join(self.parts)


class Person:
    __slots__ = ("full", "short", "given", "female", "ascii", "lang", "case_lang")

    def __init__(self, full, short, given, female, ascii_pair, lang, case_lang):
        self.full, self.short, self.given = full, short, given
        self.female, self.ascii, self.lang = female, ascii_pair, lang
        self.case_lang = case_lang   # casing rules of the spelling (İ/I)


class Doc:
    def __init__(self, lang, kind):
        self.lang = lang
        self.kind = kind
        self.cast = {}      # label -> list of (text, eid, extra)
        self.ids = {}       # (label, text) -> eid
        self.last_person = None
        self.people = []    # Person objects (speakers, re-mentions)


NAME_ORIGIN = {
    "az": (("az", 0.8), ("ru", 0.08), ("tr", 0.08), ("en", 0.04)),
    "ru": (("ru", 0.8), ("az", 0.12), ("tr", 0.03), ("en", 0.05)),
    "tr": (("tr", 0.8), ("az", 0.12), ("en", 0.05), ("ru", 0.03)),
    "en": (("en", 0.45), ("az", 0.2), ("ru", 0.15), ("tr", 0.2)),
}


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        rng = self.rng
        self.lex = {lang: Lexicon(lang, rng) for lang in LANGS}
        self.aw = AsciiWords(rng)
        self.next_eid = 0
        self.counts = {label: 0 for label in LABELS}
        self.lookalike_counts = {k: 0 for k in LOOKALIKES}

    # ---- persons -------------------------------------------------------
    def new_person(self, doc_lang):
        rng = self.rng
        origin = _weighted(rng, NAME_ORIGIN[doc_lang])
        female = rng.random() < 0.5
        r = rng.random()
        if origin == "az":
            if doc_lang == "ru":
                given = _pick(rng, AZ_RU_FEMALE if female else AZ_RU_MALE)
                sur = _pick(rng, AZ_RU_SURNAMES)
                sur = ru_surname_female(sur) if female else sur
                parts_lang = "ru"
            else:
                given = _pick(rng, AZ_FEMALE if female else AZ_MALE)
                if rng.random() < 0.8:
                    sur = az_surname(_pick(rng, AZ_SURNAME_ROOTS), female)
                else:
                    sur = _pick(rng, AZ_SURNAME_FIXED)
                parts_lang = "az"
            if r < 0.6:
                full = given + " " + sur
            elif r < 0.68:
                full = sur + " " + given
            elif r < 0.75 and parts_lang == "az":
                full = "%s %s %s %s" % (sur, given, _pick(rng, AZ_MALE), "qızı" if female else "oğlu")
            elif r < 0.85:
                full = upper(given[0], parts_lang) + ". " + sur
            else:
                full = given
            if doc_lang == "en":
                given, sur, full = (x.translate(_AZ_EN) for x in (given, sur, full))
        elif origin == "ru":
            given = _pick(rng, RU_FEMALE if female else RU_MALE)
            sur = _pick(rng, RU_SURNAMES)
            if female:
                sur = ru_surname_female(sur)
            father = _pick(rng, list(RU_PATRONYMIC))
            p = RU_PATRONYMIC[father]
            if p.endswith("ич"):
                patr = p[:-2] + "ична" if female else p
            else:
                patr = p + ("на" if female else "ич")
            if r < 0.55:
                full = given + " " + sur
            elif r < 0.67:
                full = "%s %s %s" % (sur, given, patr)
            elif r < 0.72:
                full = given + " " + patr
            elif r < 0.85:
                full = "%s. %s. %s" % (given[0], patr[0], sur) if rng.random() < 0.5 else "%s. %s" % (given[0], sur)
            else:
                full = given
            if doc_lang != "ru":
                given, sur, full = (ru_latin(x) for x in (given, sur, full))
        elif origin == "tr":
            given = _pick(rng, TR_FEMALE if female else TR_MALE)
            sur = _pick(rng, TR_SURNAMES)
            if r < 0.65:
                full = given + " " + sur
            elif r < 0.75:
                g2 = _pick(rng, TR_FEMALE if female else TR_MALE)
                full = "%s %s %s" % (given, g2, sur) if g2 != given else given + " " + sur
            elif r < 0.85:
                full = given[0] + ". " + sur
            else:
                full = given
        else:
            given = _pick(rng, EN_FEMALE if female else EN_MALE)
            sur = _pick(rng, EN_SURNAMES)
            if r < 0.65:
                full = given + " " + sur
            elif r < 0.75:
                full = "%s %s. %s" % (given, _pick(rng, "ABCDEHJKLMPRST"), sur)
            elif r < 0.85:
                full = given[0] + ". " + sur
            else:
                full = given
        short = sur if full != given else given
        asc = (ascii_slug(given) or "user", ascii_slug(sur) or "name")
        if origin == "tr" or (origin == "az" and doc_lang in ("az", "tr")):
            case_lang = "az"
        else:
            case_lang = "en"
        return Person(full, short, given, female, asc, origin, case_lang)

    def person_mention(self, doc, avoid=()):
        """A person mention (text, eid): re-mention or new; never an eid in avoid."""
        rng = self.rng
        cast = doc.cast.setdefault("PERSON", [])
        if cast and rng.random() < REUSE["PERSON"]:
            text, eid, person = _pick(rng, cast)
            if eid not in avoid:
                if person.short != person.full and rng.random() < 0.4:
                    text = person.short
                doc.last_person = person
                return text, eid
        for _ in range(20):
            person = self.new_person(doc.lang)
            eid = doc.ids.get(("PERSON", person.full))
            if eid not in avoid:
                break
        eid = doc.ids.get(("PERSON", person.full))
        if eid is None:
            eid = self._eid()
            doc.ids[("PERSON", person.full)] = eid
            cast.append((person.full, eid, person))
            doc.people.append((person, eid))
        doc.last_person = person
        return person.full, eid

    def _eid(self):
        self.next_eid += 1
        return "e%d" % self.next_eid

    def any_person_ascii(self, doc):
        if doc.people and self.rng.random() < 0.6:
            return _pick(self.rng, doc.people)[0].ascii
        return self.new_person(doc.lang).ascii

    # ---- entities --------------------------------------------------------
    def make_value(self, code, lang, doc):
        rng = self.rng
        if code in ("LOC", "LOC_IN"):
            return _pick(rng, CITIES[lang])
        if code == "PHONE":
            return phone(rng, lang)
        if code == "EMAIL":
            return email(rng, lang, self.any_person_ascii(doc), self.aw)
        if code == "URL":
            return url(rng, lang, self.aw)
        if code == "IP":
            return ip(rng)
        if code == "IBAN":
            mix = {"az": (("AZ", 0.75), ("TR", 0.1), ("RU", 0.1), ("DE", 0.05)),
                   "ru": (("RU", 0.7), ("AZ", 0.15), ("DE", 0.1), ("NL", 0.05)),
                   "tr": (("TR", 0.75), ("AZ", 0.1), ("DE", 0.1), ("NL", 0.05)),
                   "en": (("GB", 0.3), ("NL", 0.25), ("DE", 0.25), ("AZ", 0.1), ("TR", 0.05), ("RU", 0.05))}[lang]
            return iban(rng, _weighted(rng, mix))
        if code == "CARD":
            return card(rng)
        if code == "TCKN":
            return tckn(rng)
        if code == "INN":
            return inn(rng, 12 if rng.random() < 0.6 else 10)
        if code == "SNILS":
            return snils(rng)
        if code == "FIN":
            return fin(rng)
        if code == "PASS":
            return passport(rng, _weighted(rng, (("az", 0.5), ("ru", 0.25), ("tr", 0.25))))
        if code == "PASS_AZ":
            return passport(rng, "az")
        if code == "PASS_RU":
            return passport(rng, "ru")
        if code == "PASS_TR":
            return passport(rng, "tr")
        if code == "PLATE":
            return plate(rng)
        if code in ("HANDLE", "HANDLE_IG", "HANDLE_TG"):
            return handle(rng, self.any_person_ascii(doc), self.aw,
                          {"HANDLE_IG": "ig", "HANDLE_TG": "tg"}.get(code))
        if code == "DATE":
            return date(rng, lang)
        if code == "AGE":
            return age(rng, lang)
        raise ValueError(code)

    def entity(self, para, code, lang, doc, used=()):
        """Append an entity mention; returns its eid."""
        rng = self.rng
        label = ENTITY_LABEL[code]
        if label == "PERSON":
            text, eid = self.person_mention(doc, used)
            para.ent(text, label, eid)
            self.counts[label] += 1
            if code == "PERSON_GEN":
                para.add(tr_suffix(text.split()[-1], "GEN"))
            return eid
        reuse = REUSE.get(label, 0.04)
        cast = doc.cast.setdefault(label, [])
        if cast and rng.random() < reuse:
            value, eid = _pick(rng, cast)
        else:
            value = self.make_value(code, lang, doc)
            key = (label, value if not isinstance(value, tuple) else value[0])
            eid = doc.ids.get(key)
            if eid is None:
                eid = self._eid()
                doc.ids[key] = eid
                cast.append((value, eid))
        if label == "LOCATION":
            nom, loc = value
            if code == "LOC_IN" and lang == "ru":
                para.ent(loc, label, eid)
            elif code == "LOC_IN" and lang == "tr":
                para.ent(nom, label, eid)
                para.add(tr_suffix(nom, "LOC"))
            else:
                para.ent(nom, label, eid)
        else:
            para.ent(value, label, eid)
        self.counts[label] += 1
        return eid

    # ---- sentences -------------------------------------------------------
    def render(self, para, tmpl, lang, doc):
        rnd = self.rng.random
        lex = self.lex[lang]
        start = para.pos
        first = True
        used = []
        for kind, val in tmpl:
            if kind == 0:
                if val[0] == "." and para.parts and para.parts[-1].endswith("."):
                    val = val[1:]
                    if not val:
                        continue
                para.add(val)
            elif kind == 1:
                used.append(self.entity(para, val, lang, doc, used))
            elif kind == 2:
                self.lookalike_counts[val] += 1
                s = LOOKALIKES[val](self.rng, lang)
                para.add(cap(s, lang) if first else s)
            elif kind == 3:
                p = doc.last_person
                female = p.female if p is not None else rnd() < 0.5
                para.add(val[1] if female else val[0])
            else:
                if val == "w":
                    s = lex.content(rnd)
                    para.add(cap(s, lang) if first else s)
                elif val == "W":
                    para.add(cap(lex.content(rnd), lang))
                elif val == "f":
                    s = lex.function(rnd)
                    para.add(cap(s, lang) if first else s)
                else:
                    n = 2 + int(rnd() * 3)
                    ws = [lex.word(rnd) for _ in range(n)]
                    if first:
                        ws[0] = cap(ws[0], lang)
                    para.add(" ".join(ws))
            first = False
        return para.pos - start

    def filler(self, para, lang):
        rnd = self.rng.random
        lex = self.lex[lang]
        n = 4 + int(rnd() * 15)
        ws = [lex.word(rnd) for _ in range(n)]
        for k in range(n - 1):
            if rnd() < 0.07:
                ws[k] += ","
        if rnd() < 0.08:
            # an unannotated number inside ordinary prose
            la = _pick(self.rng, _FILLER_LOOKALIKES)
            self.lookalike_counts[la] += 1
            ws.insert(1 + int(rnd() * (n - 1)), LOOKALIKES[la](self.rng, lang))
        ws[0] = cap(ws[0], lang)
        r = rnd()
        para.add(" ".join(ws) + ("." if r < 0.86 else ("?" if r < 0.96 else "!")))

    def sentence(self, para, doc, p_entity=0.36):
        rng = self.rng
        lang = doc.lang
        r = rng.random()
        if r < 0.05:   # code switch: mostly plain prose in another language
            lang = _pick(rng, [x for x in LANGS if x != doc.lang])
            r = rng.random()
            if r < 0.7:
                self.filler(para, lang)
                return
        if r < p_entity:
            self.render(para, _pick(rng, C_ENTITY[lang]), lang, doc)
        elif r < p_entity + 0.07:
            self.render(para, _pick(rng, C_LOOKALIKE[lang]), lang, doc)
        else:
            self.filler(para, lang)

    # ---- paragraphs ------------------------------------------------------
    def title(self, doc):
        para = Para()
        self.render(para, _pick(self.rng, C_TITLE[doc.lang]), doc.lang, doc)
        return para

    def prose(self, doc):
        rng = self.rng
        para = Para()
        n = rng.randint(2, 7)
        for k in range(n):
            if k:
                para.add(" ")
            self.sentence(para, doc)
        return para

    def interview(self, doc):
        rng = self.rng
        para = Para()
        lang = doc.lang
        roles = doc.roles
        nturns = rng.randint(2, 6)
        for t in range(nturns):
            if t:
                para.add("\n")
            who = roles[t % 2]
            if who is None:
                person, eid = doc.speaker
                name = person.full
                if doc.speaker_upper:
                    name = upper(name, person.case_lang)
                para.ent(name, "PERSON", eid)
                self.counts["PERSON"] += 1
                para.add(": ")
            else:
                para.add(who + ": ")
            for k in range(rng.randint(1, 3)):
                if k:
                    para.add(" ")
                self.sentence(para, doc, p_entity=0.3 if t % 2 else 0.2)
        return para

    def record(self, doc):
        rng = self.rng
        para = Para()
        fields = C_RECORD[doc.lang]
        idx = list(range(len(fields)))
        rng.shuffle(idx)
        n = rng.randint(3, 7)
        for k, i in enumerate(sorted(idx[:n])):
            if k:
                para.add("\n")
            self.render(para, fields[i], doc.lang, doc)
        return para

    def document(self):
        """Yields paragraphs (Para) of one document; sets self.doc."""
        rng = self.rng
        lang = _weighted(rng, (("az", 0.35), ("ru", 0.25), ("tr", 0.2), ("en", 0.2)))
        kind = _weighted(rng, (("news", 0.45), ("interview", 0.4), ("record", 0.15)))
        doc = Doc(lang, kind)
        self.doc = doc
        npar = rng.randint(1, 20)
        if kind == "interview":
            pair = _pick(rng, SPEAKERS[lang])
            if rng.random() < 0.3:
                # the respondent is named
                text, eid = self.person_mention(doc)
                doc.speaker = (doc.last_person, eid)
                doc.speaker_upper = rng.random() < 0.4
                doc.roles = (pair[0], None)
            else:
                doc.roles = pair
        for i in range(npar):
            if i == 0 and rng.random() < 0.8:
                yield self.title(doc)
            elif kind == "interview":
                yield self.interview(doc) if rng.random() < 0.9 else self.prose(doc)
            elif kind == "record":
                yield self.record(doc) if rng.random() < 0.6 else self.prose(doc)
            else:
                r = rng.random()
                yield self.prose(doc) if r < 0.93 else self.record(doc)


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMG]?)i?B?\s*$", re.I)


def parse_size(s):
    m = _SIZE_RE.match(s)
    if not m:
        raise argparse.ArgumentTypeError("bad size %r (use e.g. 200K, 20MB, 1G)" % s)
    mult = {"": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}[m.group(2).upper()]
    return int(float(m.group(1)) * mult)


_WORD_RE = re.compile(r"\w+")

PARA_SEP = "\n\n"
DOC_SEP = "\n\n\n"


def generate(size, seed, out, fmt="text", gold=None):
    """Write the corpus to the text stream `out`; returns a stats dict."""
    t0 = time.perf_counter()
    gen = Generator(seed)
    forms = set()
    words = 0
    text_bytes = 0          # bytes of the text-format output so far
    ndocs = npara = nspans = 0
    done = False
    doc_no = 0
    while not done:
        doc_no += 1
        doc_sep = DOC_SEP if doc_no > 1 else ""
        texts = []
        spans = []           # code-point spans in the document
        cp = 0               # code points in the document so far
        doc_byte0 = text_bytes + len(doc_sep)   # byte offset of the document in text format
        bpos = 0             # bytes in the document so far
        gold_lines = []
        for para in gen.document():
            t = para.text()
            sep = PARA_SEP if texts else ""
            cp += len(sep)
            bsep = len(sep)
            bpos += bsep
            for (s, e, label, eid) in para.spans:
                spans.append({"start": cp + s, "end": cp + e, "label": label, "entity": eid})
                if gold is not None:
                    if t.isascii():
                        bs, be = s, e
                    else:
                        bs = len(t[:s].encode("utf-8"))
                        be = bs + len(t[s:e].encode("utf-8"))
                    gold_lines.append('{"start_utf8":%d,"end_utf8":%d,"label":"%s","entity":"%s"}\n'
                                      % (doc_byte0 + bpos + bs, doc_byte0 + bpos + be, label, eid))
            tb = len(t.encode("utf-8"))
            cp += len(t)
            bpos += tb
            texts.append(t)
            npara += 1
            nspans += len(para.spans)
            toks = _WORD_RE.findall(t)
            words += len(toks)
            forms.update(toks)
            if text_bytes + len(doc_sep) + bpos >= size:
                done = True
                break
        doc_text = PARA_SEP.join(texts)
        ndocs += 1
        if fmt == "jsonl":
            out.write(json.dumps({"id": "doc-%06d" % doc_no, "lang": gen.doc.lang,
                                  "text": doc_text, "spans": spans},
                                 ensure_ascii=False, separators=(",", ":")))
            out.write("\n")
        else:
            out.write(doc_sep)
            out.write(doc_text)
            if gold is not None:
                gold.write("".join(gold_lines))
        text_bytes += len(doc_sep) + bpos
    if fmt != "jsonl":
        out.write("\n")
        text_bytes += 1
    elapsed = time.perf_counter() - t0
    alpha = {w for w in forms if w.isalpha()}
    res = {
        "seed": seed, "format": fmt, "text_bytes": text_bytes, "documents": ndocs,
        "paragraphs": npara, "words": words, "distinct_forms": len(forms),
        "distinct_alpha": len(alpha),
        "distinct_alpha_lower": len({w.lower() for w in alpha}),
        "identifiers": nspans, "per_label": dict(gen.counts),
        "lookalikes": dict(gen.lookalike_counts), "seconds": elapsed,
    }
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=parse_size, default=parse_size("20MB"),
                    help="text size to reach, e.g. 200K, 20MB, 1G (default 20MB)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--format", choices=("text", "jsonl"), default="text",
                    help="output format (default text)")
    ap.add_argument("--out", help="output file (default stdout)")
    ap.add_argument("--gold", help="with --format text: write gold spans (JSONL, UTF-8 byte offsets) here")
    ap.add_argument("--quiet", action="store_true", help="no statistics on stderr")
    args = ap.parse_args(argv)
    if args.gold and args.format != "text":
        ap.error("--gold is only for --format text (jsonl carries its own spans)")

    if args.out:
        out = open(args.out, "w", encoding="utf-8", newline="\n")
    else:
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    gold = open(args.gold, "w", encoding="utf-8", newline="\n") if args.gold else None
    try:
        st = generate(args.size, args.seed, out, args.format, gold)
        out.flush()
    except BrokenPipeError:          # e.g. piped into head
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if gold:
            gold.close()
    if args.out:
        out.close()
    else:
        out.detach()
    if not args.quiet:
        w = sys.stderr.write
        w("corpus: seed=%d format=%s text_bytes=%d documents=%d paragraphs=%d words=%d\n"
          % (st["seed"], st["format"], st["text_bytes"], st["documents"],
             st["paragraphs"], st["words"]))
        w("distinct word forms: %d (alphabetic: %d, alphabetic lower-cased: %d)\n"
          % (st["distinct_forms"], st["distinct_alpha"], st["distinct_alpha_lower"]))
        ids = st["identifiers"]
        w("identifiers: %d (one per %.1f words)\n" % (ids, st["words"] / max(ids, 1)))
        w("per label: %s\n" % " ".join("%s=%d" % (k, v) for k, v in st["per_label"].items()))
        w("look-alikes (unannotated): %s\n" % " ".join("%s=%d" % kv for kv in st["lookalikes"].items()))
        w("time: %.1f s\n" % st["seconds"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
