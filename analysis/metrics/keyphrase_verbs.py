"""Headline verbs after a name: "Seoul gains", "Biden rolls", "Pyongyang slams".

A headline puts a name and a present-tense verb side by side with nothing to show which is
which ("Seoul gains bigger say in US nuclear planning"), and a tagger trained on ordinary
prose reads the verb as a plural noun, so "Seoul gains" would be a candidate like "Seoul
officials". :func:`name_verbs` finds a lower-case ``-s`` word right after a proper noun that
is a verb:

* in a paragraph of one short line (:data:`HEADLINE_WORDS`) without a final stop (a headline,
  a deck, a subhead, a related story's title), always: "Biden rolls red carpet for Yoon",
  "Seoul gains bigger say";
* elsewhere, when what follows it opens a verb's object or is a verb's particle
  (:data:`OBJECT_STARTS`): "Under the deal, Seoul gains a bigger say", "Biden rolls out the
  red carpet". "US forces in Korea" and "Seoul officials said" keep their noun.

Words that end in ``-s`` but are no verb's third person ("news", "politics", "status") are
left alone. :mod:`analysis.metrics.keyphrase_candidates` cuts the chunks there, so the verb is
in no candidate.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any

NAME_VERBS_PATH = Path(__file__).resolve().parents[1] / "resources" / "keyphrase_name_verbs.txt"
LEXICON = True  # the verbs of keyphrase_name_verbs.txt after a name, anywhere
INVERSION = True  # "will the United States station ...": a word after a name after a modal
QUESTION_CUES = frozenset("will would can could should does did do may might must shall".split())

OBJECT_STARTS = frozenset("""a an the its his her their our some out up off down back bigger greater
    stronger larger broader more""".split())
"""Words that open a verb's object or are its particle, and rarely follow a plural noun ("that"
and "this" do: "Android tablets that ...", "US storms this year")."""
NOT_VERBS = ("ss", "us", "is", "ics", "news", "ous")
"""Endings of ``-s`` words that are no verb's third person."""
HEADLINE_WORDS = 14
"""The most tokens of a headline-like line (a longer one is a paragraph that lost its stop)."""
_STOPS = ".!?"
_CLOSERS = "\"”’')]"


def name_verbs(scan: Any, tk: Any) -> set[int]:
    """Indices of the tokens of ``scan`` (an
    :class:`analysis.metrics.keyphrase_tokens.TokenScan`, with columns ``tk``, an
    :class:`analysis.metrics.keyphrase_names.Tokens` whose ``proper`` is filled) that are a
    verb right after a name (see the module docs)."""
    los, proper, adjacent, poss, caps = tk.los, tk.proper, tk.adjacent, tk.possessive, tk.caps
    n = len(los)
    out: set[int] = set()
    open_lines: list[tuple[int, int]] | None = None
    lexicon = name_verb_forms() if LEXICON else frozenset()
    for i in [i for i in tk.capitals if i + 1 < n and not caps[i + 1]]:
        j = i + 1
        if not (proper[i] and adjacent[i] and not poss[i] and not proper[j]):
            continue
        if los[j] in lexicon or INVERSION and inverted(los, proper, i):
            out.add(j)
            continue
        if not (los[j].endswith("s") and len(los[j]) > 3 and not los[j].endswith(NOT_VERBS)):
            continue
        if j + 1 < n and adjacent[j] and los[j + 1] in OBJECT_STARTS:
            out.add(j)
            continue
        if open_lines is None:
            open_lines = headline_lines(scan)
        k = bisect_right(open_lines, (j, n)) - 1
        if k >= 0 and open_lines[k][0] <= j < open_lines[k][1]:
            out.add(j)
    return out


def headline_lines(scan: Any) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the lines of ``scan`` of at most
    :data:`HEADLINE_WORDS` tokens that are a paragraph of their own (a blank line or the
    text's edge on both sides) and end without a full stop."""
    gaps, out = scan.gaps, []
    for lo, hi in scan.lines:
        if hi - lo > HEADLINE_WORDS:
            continue
        before, after = gaps[lo], gaps[hi]
        if (lo and before.count("\n") < 2) or (hi < len(scan.words) and after.count("\n") < 2):
            continue
        end = after.split("\n", 1)[0].rstrip().rstrip(_CLOSERS)
        if not end or end[-1] not in _STOPS:
            out.append((lo, hi))
    return out


def inverted(los: Any, proper: Any, i: int) -> bool:
    """Whether the name ending at token ``i`` follows a modal or "do" that opens a question
    (after "the" or nothing): "will the United States station ...", "can Seoul trust ...";
    the word after the name is then a verb."""
    a = i
    while a > 0 and proper[a - 1]:
        a -= 1
    if a > 0 and los[a - 1] == "the":
        a -= 1
    return a > 0 and los[a - 1] in QUESTION_CUES


@lru_cache(maxsize=1)
def name_verb_forms() -> frozenset[str]:
    """Every form of the verbs of ``resources/keyphrase_name_verbs.txt`` that is a verb after
    a name: the base form (unless marked ``s``) and the ``-s`` form."""
    forms = set()
    for line in NAME_VERBS_PATH.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        base = words[0]
        third = words[1] if len(words) > 1 and words[1] != "s" else (
            base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s")
        forms.add(third)
        if len(words) < 2 or words[1] != "s":
            forms.add(base)
    return frozenset(forms)


PLURAL_VERBS = True  # "drills start", "talks resume": a plural subject and its verb
_NOT_BASE = ("s", "ed", "ing", "ly")


def plural_subject_verbs(tk: Any) -> set[int]:
    """Indices of the tokens of ``tk`` (with tags) that are the verb of a plural subject
    right before it ("Joint drills start on Monday", "as nuclear talks resume in Geneva"):
    a lower-case word without ``-s``, ``-ed``, ``-ing`` or ``-ly`` that the tagger calls a
    noun, right after a lower-case plural noun, before a stop word or an ``-ly`` adverb in the
    same clause ("the March jobs report, ..." stays) and whose past tense is about as frequent
    as itself (:func:`analysis.metrics.keyphrase_roles.past_tense_verb`: "start", "resume",
    "increase"; not "test", "control", "program": "weapons test" and "arms control" stay).
    Such a word right after "which" or "who" and before a lower-case word is a verb too
    ("balloons, which escalate tensions"; "which country" stays)."""
    col = tk.columns
    if not PLURAL_VERBS or tk.tags is None or not col:
        return set()
    import numpy as np

    from .keyphrase_roles import past_tense_verb

    cap, brk = col["cap"], col["brk"]
    lower = ~(cap | brk)
    # j: a lower-case word without a verb form that the tagger calls a noun
    verb = (common_nouns(tk.tag_set.upos)[tk.tag_array] & lower & (col["vf"] == 0))[1:-1]
    # i = j - 1 a lower-case word and a break after j, or i a stop word ("which")
    pairs = np.flatnonzero(verb & lower[:-2] & brk[2:]).tolist()
    after_stop = np.flatnonzero(verb & brk[:-2] & ~cap[2:]).tolist()
    los, stems, adjacent = tk.los, tk.stems, tk.adjacent
    out = {i + 1 for i in pairs
           if stems[i] != los[i] and adjacent[i] and adjacent[i + 1] and los[i + 1].isalpha()
           and not los[i + 1].endswith(_NOT_BASE) and not los[i].endswith(NOT_VERBS)
           and past_tense_verb(los[i + 1])}
    return out | {i + 1 for i in after_stop
                  if los[i] in RELATIVES and adjacent[i] and los[i + 1].isalpha()
                  and not los[i + 1].endswith(_NOT_BASE) and past_tense_verb(los[i + 1])}


RELATIVES = frozenset({"which", "who"})
"""Relative pronouns whose next word, read as a noun, may be a verb ("which escalate
tensions")."""


@lru_cache(maxsize=4)
def common_nouns(upos: tuple[str, ...]) -> Any:
    """Per tagger class (an index into ``upos``), whether it is a common noun (numpy)."""
    import numpy as np

    return np.array([u == "NOUN" for u in upos])
