#!/usr/bin/env python3
"""Flag keyphrases that are no keyphrase: the top 10 of each text of one or more folders.

usage: python benchmarks/keyphrase_flags.py DIR [DIR ...] [--list] [--k 10] [--code CHECKOUT]

Every ``.txt`` file under each DIR (searched recursively, as the package reads a folder) is
read with :func:`analysis.corpus.load_document` and its top ``k`` keyphrases taken with
:func:`analysis.metrics.keyphrases.keyphrases_table`, the call of ``notebooks/03_keywords``.
Each keyphrase is checked against the text it came from, and flagged for the first of these
reasons that holds (:func:`flag_reason`):

``name fragment``
    a capitalised piece of a longer capitalised name the text writes whole: every use of the
    phrase stands inside a longer run of capitalised words ("Suk", "Yeol" of "Yoon Suk
    Yeol", "Republic" of "Republic of Korea", "Joint" of a title-case headline's "Joint Press
    Statement"), a runs' title words apart ("President Biden" is the name "Biden");
``name with descriptor``
    a person's full name after other words ("policy Cho Chang-rae"); a ship's prefix is part
    of its name ("USS George Washington" is not flagged);
``name piece``
    one word of a person's full name that the text writes ("Biden" beside "Joe Biden",
    "Yoon" beside "Yoon Suk Yeol"): a run of two to four capitalised words that opens with a
    common given name (``resources/keyphrase_given_names.txt``) or a family name written
    first (``resources/surname_first_names.txt``) and starts or ends with the word;
``lone title``
    a capitalised title of office alone ("Lady", "Minister", "Secretary", "General");
``lower-cased name``
    a phrase in lower case whose capitalised form is what the text writes: never written as
    shown but capitalised inside a sentence ("seoul"), or, of several words, capitalised inside
    sentences more often than as shown ("nuclear consultative group");
``U.S without period``
    an initialism that lost its final period ("U.S", "South Korea-U.S");
``transcript furniture``
    a word or phrase of a transcript's apparatus (:data:`FURNITURE`, :data:`FURNITURE_PHRASES`:
    "applause", "EDT", "good morning", "remarks", "P.M.", "Q", "moderator");
``verb-led fragment``
    a phrase holding a finite verb (:func:`verb_led`): in most of its uses, the package's
    tagger (:func:`analysis.corpus.tagger.annotate`) tags one of its lower-case words a
    present or past tense (Penn ``VBZ``, ``VBP``, ``VBD``) or a base form (``VB``), or it
    ends in a lower-case past participle ("rolls", "unveil", "alliance strengthened"), or a
    lower-case word of it ends in ``-s`` right after a name in a title-case line ("Biden
    Rolls Out" gives "Rolls");
``lone demonym``
    a demonym alone ("South Korean", "Chinese") that the text writes mostly as an adjective,
    right before another word (:func:`lone_demonym`).

It prints, per DIR, the documents read and the count of flags by reason; ``--list`` prints
each flag as ``doc_id <TAB> phrase <TAB> reason``. The checks read the text as a whole, so a
phrase written once as a name piece and once on its own is not flagged; near-duplicates are
not checked. Tests: ``tests/test_keyphrase_flags.py``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus.tokens import WORD_RE  # noqa: E402

RESOURCES = ROOT / "analysis" / "resources"
TITLE_WORDS = frozenset("""president presidents vice prime minister ministers secretary
    secretaries general generals gen chairman chairwoman chair adviser advisor ambassador
    spokesperson spokesman spokeswoman senator sen rep representative gov governor admiral adm
    lt col sgt capt maj commander chief king queen envoy lady first lawmaker director deputy
    coordinator undersecretary commissioner chancellor premier mr mrs ms dr sir madam
    speaker""".split())
TITLE_WORDS = TITLE_WORDS | frozenset(w + "s" for w in TITLE_WORDS if not w.endswith("s"))
"""Titles of office and address: alone they are a ``lone title``; before a name they are no
part of it ("President Biden", "First Lady Jill Biden")."""
FURNITURE = frozenset("""applause laughter inaudible crosstalk cross-talk edt est kst jst gmt
    utc pdt pst cdt cst a.m p.m q moderator transcript remarks podium lectern interpreter
    interpretation everybody folks ladies gentlemen""".split())
"""Words of a transcript's apparatus (stage directions, time stamps, speaker labels, the
room, greetings to the audience)."""
FURNITURE_PHRASES = ("good morning", "good afternoon", "good evening", "thank you",
                     "via interpreter", "as interpreted")
"""Phrases of a transcript's apparatus."""
FINITE = frozenset({"VBZ", "VBP", "VBD", "VB", "MD"})
"""Penn tags of a finite verb or a bare base form."""
CONNECTORS = frozenset({"of"})
RUN_BREAKS = frozenset("""monday tuesday wednesday thursday friday saturday sunday""".split())
"""Capitalised words that follow a name without being part of it ("Joe Biden Wednesday")."""
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
STOP_OPENERS = frozenset("""the a an in on at as for of and but or to by with from this that
    these those it its his her their our we i he she they after before when while if
    since""".split())
"""Capitalised words that open a sentence but no name ("The Republic of Korea" is the name
"Republic of Korea")."""
SHIP_PREFIXES = frozenset("uss usns hms hmas hmcs roks ins js".split())
"""Prefixes of a ship's name, which often names a person ("USS George Washington")."""
ABBREVIATIONS = frozenset("mr mrs ms dr gen lt col sgt capt maj adm sen rep gov st jr sr".split())
_INITIALISM_CUT = re.compile(r"(?:^|[\s-])(?:[A-Z]\.)+[A-Z]$|(?:^|[\s-])(?:[A-Z]\.)+[A-Z](?=\s)")
_SENTENCE_END = re.compile(r"[.!?:;]")


@lru_cache(maxsize=1)
def person_openers() -> frozenset[str]:
    """Common given names and family names written first, lower case: a capitalised run that
    opens with one is a person's name."""
    words = set()
    for name in ("keyphrase_given_names.txt", "surname_first_names.txt"):
        for line in (RESOURCES / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(w.lower() for w in line.split())
    return frozenset(words)


def abbreviation(word: str, gap: str) -> bool:
    """Whether ``word`` before ``gap`` is an abbreviation whose period ends no sentence: an
    initialism ("U.S."), a capital initial ("D."), a short title ("Mr.", "Gen.")."""
    return gap.startswith(". ") and ("." in word or len(word) == 1 and word.isupper()
                                     or word.lower() in ABBREVIATIONS)


def norm(word: str) -> str:
    """A token as a phrase shows it: possessive ending and final period dropped."""
    for end in ("'s", "’s"):
        if word.endswith(end):
            word = word[:-2]
    return word.rstrip(".")


@dataclass
class Doc:
    """A text's words (:data:`analysis.corpus.tokens.WORD_RE`) and what the checks read: the
    gap before each word, whether it opens a sentence or a line, whether its line is title
    case, and the name run (token range) it stands in, if any."""

    text: str
    words: list[str]
    gaps: list[str]
    initial: list[bool]
    headline: list[bool]
    runs: list[tuple[int, int] | None]
    possessive: list[bool] = field(default_factory=list)
    tags: list[tuple[str, str]] | None = None
    index: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, text: str) -> Doc:
        """Scan ``text``."""
        spans = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        raw = [text[a:b] for a, b in spans]
        words = [norm(w) for w in raw]
        gaps = [text[(spans[i - 1][1] if i else 0):a] for i, (a, _) in enumerate(spans)]
        initial = [i == 0 or "\n" in gaps[i] or bool(_SENTENCE_END.search(gaps[i]))
                   and not abbreviation(raw[i - 1], gaps[i]) for i in range(len(spans))]
        doc = cls(text, words, gaps, initial, title_case_lines(text, spans, words), [],
                  possessive=[w.endswith(("'s", "’s")) for w in raw])
        doc.runs = name_runs(doc)
        for i, w in enumerate(words):
            doc.index.setdefault(w.lower(), []).append(i)
        return doc

    def tagged(self) -> list[tuple[str, str]]:
        """``(upos, penn)`` of each word, by the package's tagger (read once)."""
        if self.tags is None:
            from analysis.corpus.tagger import annotate

            self.tags = [(t.upos, t.penn) for t in annotate(self.text)]
        return self.tags

    def occurrences(self, phrase: str) -> list[int]:
        """First token of each use of ``phrase`` (its words, any case)."""
        ws = [norm(w).lower() for w in WORD_RE.findall(phrase)]
        if not ws:
            return []
        lows = self.words
        n = len(ws)
        return [i for i in self.index.get(ws[0], [])
                if [w.lower() for w in lows[i:i + n]] == ws
                and all(self.gaps[j].strip(" ") == "" for j in range(i + 1, i + n))]


def title_case_lines(text: str, spans: list[tuple[int, int]], words: list[str]) -> list[bool]:
    """Per word, whether its line is a title-case headline: three words or more, two thirds
    of those not in :data:`STOP_OPENERS` capitalised, and no sentence-ending full stop."""
    out = [False] * len(words)
    line_of = [text.count("\n", 0, a) for a, _ in spans]
    lines: dict[int, list[int]] = {}
    for i, line in enumerate(line_of):
        lines.setdefault(line, []).append(i)
    for idx in lines.values():
        content = [i for i in idx if words[i][:1].isalpha() and words[i].lower() not in
                   STOP_OPENERS]
        caps = sum(words[i][:1].isupper() for i in content)
        last = text[spans[idx[-1]][1]:].split("\n", 1)[0].strip()
        if len(idx) >= 3 and caps >= 2 / 3 * len(content) and not last.startswith("."):
            for i in idx:
                out[i] = True
    return out


def name_runs(doc: Doc) -> list[tuple[int, int] | None]:
    """Per word, the ``(first, last)`` tokens of the capitalised run it is in: capitalised
    words joined by single spaces (an inner "of" between two of them), a sentence-opening stop
    word and the title words before the name left out ("The Republic of Korea" -> "Republic
    of Korea", "U.S. President Joe Biden" -> "Joe Biden"); a possessive ends a run."""
    words, gaps, n = doc.words, doc.gaps, len(doc.words)
    runs: list[tuple[int, int] | None] = [None] * n
    i = 0
    while i < n:
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < n and not doc.initial[j + 1] and gaps[j + 1] in (" ", ". ") and (
                words[j + 1][:1].isupper() and words[j + 1].lower() not in STOP_OPENERS
                and words[j + 1].lower() not in RUN_BREAKS
                or words[j + 1] in CONNECTORS and j + 2 < n
                and words[j + 2][:1].isupper() and gaps[j + 2] == " ") and not doc.possessive[j]:
            j += 1
        a = i
        while a < j and (words[a].lower() in STOP_OPENERS or words[a].lower() in TITLE_WORDS
                         or words[a].lower() in CONNECTORS or "." in words[a]
                         and any(w.lower() in TITLE_WORDS for w in words[a + 1:j + 1])):
            a += 1
        last_title = max((k for k in range(i, j + 1) if words[k].lower() in TITLE_WORDS),
                         default=None)  # from the run's start: "U.S. Secretary of State ..."
        if last_title is not None and last_title < j:
            a = max(a, last_title + 1)
            if words[last_title + 1] in CONNECTORS:  # "Secretary of State Antony Blinken"
                a = max(a, min(last_title + 3, j))
        a = max((q + 1 for q in range(a, j - 1) if modifier_word(words[q])), default=a)
        # ("South Korea-U.S. Nuclear Consultative Group": the name is the group's)
        for k in range(a, j + 1):
            runs[k] = (a, j)
        i = j + 1
    return runs


def modifier_word(word: str) -> bool:
    """Whether ``word`` opening a run of three words or more modifies the name after it: an
    initialism ("U.S"), a hyphenated compound of capitalised parts ("Korea-U.S", "U.S.-ROK"),
    a country or a demonym ("Korean")."""
    listed, countries = demonyms_and_countries()
    lo = word.lower()
    return ("." in word or "-" in word and all(p[:1].isupper() for p in word.split("-"))
            or lo in countries or lo in listed)


def capitalised(phrase: str) -> bool:
    """Whether every word of ``phrase`` but a connector starts with a capital."""
    ws = WORD_RE.findall(phrase)
    return bool(ws) and all(w[:1].isupper() or w in CONNECTORS for w in ws)


def name_fragment(phrase: str, doc: Doc) -> bool:
    """Whether every use of the capitalised ``phrase`` stands inside a longer name run."""
    if not capitalised(phrase):
        return False
    n = len(WORD_RE.findall(phrase))
    uses = [i for i in doc.occurrences(phrase) if doc.words[i][:1].isupper()]
    if not uses or [norm(w).lower() for w in WORD_RE.findall(phrase)] in person_names(doc):
        return False  # a person's full name after an office ("... Affairs Kurt Campbell")
    return all(doc.runs[i] is not None and doc.runs[i][1] - doc.runs[i][0] + 1 > n
               and doc.runs[i][0] <= i and i + n - 1 <= doc.runs[i][1] for i in uses)


def name_piece(phrase: str, doc: Doc) -> bool:
    """Whether the one-word capitalised ``phrase`` starts or ends a person's full name that the
    text writes (a run of 2-4 words opening with a given or first-written family name)."""
    ws = WORD_RE.findall(phrase)
    if len(ws) != 1 or not ws[0][:1].isupper():
        return False
    lo = norm(ws[0]).lower()
    return any(lo in (name[0], name[-1]) and len(name) > 1 for name in person_names(doc))


def person_names(doc: Doc) -> list[list[str]]:
    """The persons' full names the text writes (lower case): in each capitalised run outside
    a title-case line, from its first common given name or first-written family name, two to
    four words, a suffix ("Jr", "III") left out ("Lloyd J. Austin III" -> lloyd, j, austin)."""
    openers = person_openers()
    out = []
    for a, b in set(filter(None, doc.runs)):
        if doc.headline[a]:
            continue
        names = [w.lower() for w in doc.words[a:b + 1]]
        while names and names[-1] in NAME_SUFFIXES:
            names.pop()
        for p, w in enumerate(names):
            if w in openers and 2 <= len(names) - p <= 4:
                out.append(names[p:])
                break
    return out


def name_with_descriptor(phrase: str, doc: Doc) -> bool:
    """Whether ``phrase`` is a person's full name that the text writes (:func:`person_names`)
    after one or more other words ("policy Cho Chang-rae", "Indo-Pacific Affairs Kurt
    Campbell"); a ship's prefix (:data:`SHIP_PREFIXES`) is no descriptor: "USS George
    Washington" is a ship's whole name, not a person's with a word before it."""
    ws = [norm(w).lower() for w in WORD_RE.findall(phrase)]
    if ws[:1] and ws[0] in SHIP_PREFIXES:
        return False  # a ship named after a person ("USS George Washington") is its own name
    return any(len(ws) > len(name) and ws[-len(name):] == name for name in person_names(doc))


def lone_title(phrase: str) -> bool:
    """Whether ``phrase`` is one capitalised title word ("Lady", "Secretary")."""
    ws = WORD_RE.findall(phrase)
    return len(ws) == 1 and ws[0][:1].isupper() and ws[0].lower() in TITLE_WORDS


def lower_cased_name(phrase: str, doc: Doc) -> bool:
    """Whether the lower-case words of ``phrase`` are capitalised where the text writes them
    (never as shown and capitalised inside a sentence, or, for several words, capitalised
    inside sentences more often than as shown)."""
    ws = [norm(w) for w in WORD_RE.findall(phrase)]
    if not any(w[:1].islower() for w in ws):
        return False
    exact = capital = 0
    for i in doc.occurrences(phrase):
        seen = doc.words[i:i + len(ws)]
        if seen == ws:
            exact += 1
        elif any(s[:1].isupper() and w[:1].islower() and not doc.headline[i + k] and (
                not (k == 0 and doc.initial[i]) or len(ws) > 1 and ws[1][:1].isupper())
                 for k, (s, w) in enumerate(zip(seen, ws, strict=True))):
            capital += 1
    return capital > 0 and (exact == 0 or len(ws) > 1 and capital > exact)


def cut_initialism(phrase: str) -> bool:
    """Whether ``phrase`` ends a word with an initialism that lost its final period ("U.S",
    "South Korea-U.S")."""
    return bool(_INITIALISM_CUT.search(phrase))


def furniture(phrase: str) -> bool:
    """Whether ``phrase`` holds a transcript-apparatus word or phrase (:data:`FURNITURE`,
    :data:`FURNITURE_PHRASES`)."""
    lo = phrase.lower()
    words = [w.rstrip(".") for w in lo.split()]
    return any(w in FURNITURE for w in words) or any(
        re.search(rf"\b{p}\b", lo) for p in FURNITURE_PHRASES)


def verb_led(phrase: str, doc: Doc) -> bool:
    """Whether ``phrase`` holds a finite verb in most of its uses: a lower-case word tagged
    ``VBZ``/``VBP``/``VBD``/``VB``/``MD``, a lower-case last word tagged ``VBN``, or a word in
    ``-s`` right after a name in a title-case line ("Biden Rolls")."""
    uses = doc.occurrences(phrase)
    if not uses:
        return False
    n = len(WORD_RE.findall(phrase))
    tags = doc.tagged()
    verbal = 0
    for i in uses:
        span = range(i, i + n)
        if any(doc.words[k][:1].islower() and "-" not in doc.words[k]
               and tags[k][1] in FINITE for k in span) \
                or doc.words[i + n - 1][:1].islower() and tags[i + n - 1][1] == "VBN" \
                and "-" not in doc.words[i + n - 1] \
                or any(doc.headline[k] and k > 0 and doc.runs[k - 1] is not None
                       and doc.words[k].endswith("s") and not doc.words[k].endswith("ss")
                       and doc.words[k][1:].islower() and tags[k][0] == "VERB"
                       for k in span):
            verbal += 1
    return verbal * 2 > len(uses)


DEMONYM = re.compile(r"^(?:(?:North|South|East|West)\s)?([A-Z][a-z]+(?:an|ese|ish|i))$")


@lru_cache(maxsize=1)
def demonyms_and_countries() -> tuple[frozenset[str], frozenset[str]]:
    """The demonyms and the countries of ``resources/keyphrase_case_names.txt``, lower case."""
    sections: dict[str, set[str]] = {}
    part = ""
    for line in (RESOURCES / "keyphrase_case_names.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            part = line[1:].strip()
        elif line.strip():
            sections.setdefault(part, set()).add(line.strip().lower())
    return (frozenset(sections.get("demonyms and peoples", ())),
            frozenset(sections.get("countries", ())))


def is_demonym(phrase: str) -> bool:
    """Whether ``phrase`` is a demonym ("Chinese", "South Korean", "Libyan"): listed as one,
    or a country's name with a demonym ending ("Libya" + "n", "Japan" + "ese", "Israel" +
    "i")."""
    m = DEMONYM.match(phrase)
    if not m:
        return False
    lo = m.group(1).lower()
    listed, countries = demonyms_and_countries()
    roots = {lo[:-1], lo[:-2], lo[:-3], lo[:-3] + "a", lo[:-3] + "ia", lo[:-4]}
    return lo in listed or not roots.isdisjoint(countries)


def lone_demonym(phrase: str, doc: Doc) -> bool:
    """Whether ``phrase`` is a demonym alone ("South Korean", "Chinese", "Israeli") that the
    text writes as an adjective (right before another word, a single space between) in more
    than half of its uses."""
    if not is_demonym(phrase):
        return False
    uses = doc.occurrences(phrase)
    n = len(phrase.split())
    words = doc.words
    before = sum(1 for i in uses if i + n < len(words) and doc.gaps[i + n] == " "
                 and words[i + n][:1].isalpha() and doc.tagged()[i + n][0] not in (
                     "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "ADV"))
    return bool(uses) and before * 2 > len(uses)


def flag_reason(phrase: str, doc: Doc) -> str | None:
    """The first reason (module docstring) to flag ``phrase`` of the text ``doc``, or None."""
    if lone_title(phrase):
        return "lone title"
    if name_fragment(phrase, doc):
        return "name fragment"
    if name_piece(phrase, doc):
        return "name piece"
    if name_with_descriptor(phrase, doc):
        return "name with descriptor"
    if cut_initialism(phrase):
        return "U.S without period"
    if lower_cased_name(phrase, doc):
        return "lower-cased name"
    if furniture(phrase):
        return "transcript furniture"
    if lone_demonym(phrase, doc):
        return "lone demonym"
    if verb_led(phrase, doc):
        return "verb-led fragment"
    return None


def folder_flags(folder: Path, k: int = 10) -> tuple[int, list[tuple[str, str, str]]]:
    """Number of texts under ``folder`` and the flags ``(doc_id, phrase, reason)`` of their
    top ``k`` keyphrases."""
    from analysis.corpus import load_document
    from analysis.metrics.keyphrases import keyphrases_table

    files = sorted(folder.rglob("*.txt"))
    docs = [load_document(p, doc_id=str(p.relative_to(folder).with_suffix(""))) for p in files]
    table = keyphrases_table(docs, k=k)
    texts = {d.doc_id: d.text for d in docs}
    flags = []
    read: dict[str, Doc] = {}
    for doc_id, phrase in zip(table["doc_id"], table["keyphrase"], strict=True):
        doc = read.get(doc_id) or read.setdefault(doc_id, Doc.read(texts[doc_id]))
        reason = flag_reason(phrase, doc)
        if reason:
            flags.append((doc_id, phrase, reason))
    return len(docs), flags


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="print each flag")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--code", type=Path, help="a checkout whose analysis package is run "
                    "(the code before a change, say); default: this one")
    args = ap.parse_args(argv)
    if args.code:
        sys.path.insert(0, str(args.code.resolve()))
        for name in [m for m in sys.modules if m == "analysis" or m.startswith("analysis.")]:
            del sys.modules[name]
    for folder in args.dirs:
        n, flags = folder_flags(folder, args.k)
        counts = Counter(reason for _, _, reason in flags)
        detail = ", ".join(f"{r} {c}" for r, c in sorted(counts.items())) or "none"
        print(f"{folder}: {n} texts, {len(flags)} flags ({detail})")
        if args.list:
            for doc_id, phrase, reason in flags:
                print(f"  {doc_id}\t{phrase}\t{reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
