"""Candidate keyphrases of one article: noun phrases and whole names, as the text writes them.

1. *Furniture.* Stage directions in brackets ("(Applause.)", "(As interpreted.)"), speaker
   labels at a line start ("PRESIDENT BIDEN:", "President Yoon:") and clock times ("1:43
   P.M.") are blanked (:func:`mask_furniture`, offsets kept); the words of
   ``resources/keyphrase_furniture.txt`` ("applause", "EDT", "morning", "remarks"...) are in
   no candidate.
2. *Chunks.* The text is split at punctuation between tokens, line breaks, stop words
   (``resources/stopwords_en.txt``), tokens without a letter, one-character tokens, ``-ly``
   adverbs, very common lower-case words (wordfreq Zipf >= 6: "people", "new"), a lower-case
   word right after "to" or a modal ("to strengthen": a verb) and after a possessive
   (``North Korea’s``). The period of an abbreviation (``U.S.``, ``Gen.``) ends no sentence
   (:mod:`analysis.metrics.keyphrase_tokens`).
3. *Names.* A proper noun is a capitalised word written capitalised somewhere that is
   neither a sentence start nor a headline; also a sentence-initial capitalised word the
   tagger calls a proper noun, or that stands before a proper noun and is never written in
   lower case ("Yoon" in "Yoon Suk Yeol said"). An inner "of" between two proper nouns joins
   them ("Republic of Korea", "Ministry of National Defense"); a title before a name is no part
   of it ("Vice Defense Minister" in "Vice Defense Minister Shin Beom-chul"). No span cuts a
   name, so a name of up to 5 words is one candidate and its words are never fragments.
4. *Noun phrases.* Every 1-3 word span of a chunk is a candidate if, with the packaged
   part-of-speech tagger (:mod:`analysis.corpus.tagger`), it ends in a noun, proper noun or number
   and holds no verb, auxiliary, adverb, adposition, pronoun or determiner (a hyphenated
   participle may modify: "nuclear-armed submarine"); a word the tagger calls an adjective
   without an adjective ending or any evidence in its training data is taken as a missed verb
   ("allies unveil nuclear plan"). With or without the tagger, a lower-case ``-ed`` word ends
   no phrase and a lower-case ``-ing``/``-ed`` word starts none. Multi-word spans seen only
   in a headline (a title-case line, or a first line before a blank line without a full stop)
   are dropped.
5. *Grouping.* Variants are grouped on a light plural stem; a lone surname is credited to the
   full name it abbreviates ("Gates" -> "Daryl Gates"); a phrase that only ever occurs inside
   one longer candidate is dropped ("nuclear consultative" inside "nuclear consultative
   group").
6. *Case.* A candidate is shown in its most frequent form outside headlines, each word as the
   text writes it ("Beijing", "SSBNs", "U.S." with its period), except that a capitalised
   word at a sentence start that is no name is lower-cased ("Critics" -> "critics").

:func:`candidates` returns them keyed by their normalised (lower-case, stemmed) form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import add
from typing import Any

from .furniture import mask_furniture
from .keyphrase_tokens import TokenInfo, TokenScan, headline_tokens, scan_tokens, title_case_flags
from .vocabulary import zipf

MAX_WORDS = 3  # longest candidate (a whole proper name may have MAX_NAME_WORDS)
MAX_NAME_WORDS = 5  # a name joined by an inner "of" ("Ministry of National Defense")
MAX_LENGTH = max(MAX_WORDS, MAX_NAME_WORDS)  # words in the longest candidate
NESTED = True  # drop phrases that only occur inside one longer candidate
HEADLINES = True  # the first line before a blank line is a headline, whatever its case
CUT_TITLES = True  # a title before a name is not part of it
ADJ_CHECK = True  # an ADJ without adjective ending or tagger evidence is taken as a verb
RARE_VERB_ZIPF = 4.5  # a rarer capitalised word tagged as a verb etc. is taken as a name
GENERIC_NAME_ZIPF = 5.0  # a capitalised word this common is lower-cased unless a proper noun

NAME_CONNECTORS = frozenset({"of"})  # lower-case words inside a name: "Republic of Korea"
TITLES = frozenset("""president vice prime minister secretary general gen chairman chairwoman
    adviser advisor leader ambassador spokesperson spokesman spokeswoman senator sen rep gov
    governor admiral adm lt col sgt capt maj commander chief king queen envoy lawmaker""".split())
"""Capitalised titles that precede a name and are not part of it ("President Yoon Suk Yeol")."""
@dataclass(slots=True)
class Tokens:
    """Per-token columns of a scanned text, in token order."""

    los: list[str]  # lower case
    caps: tuple[bool, ...]  # capitalised
    stems: list[str]
    vf: tuple[int, ...]  # verb form (see TokenInfo)
    starts: list[int]
    ends: list[int]
    initial: list[bool]  # sentence or line start
    title: list[bool]  # in a title-case line
    adjacent: list[bool]  # separated from the next token by one space
    proper: list[bool]
    display: list[str]  # the word as a keyphrase shows it
    lower_seen: set[str]  # lower-case forms of the words the text writes in lower case
    pos: list[str] | None = None  # Universal POS tags, when a tagger is used
    penn: list[str] | None = None  # Penn Treebank tags, from the same prediction


def _tokens(text: str, scan: TokenScan) -> Tokens:
    """Columns of ``scan``; proper nouns and display forms are filled in by :func:`name_flags`
    and :func:`display_forms`."""
    lens, los_t, poss, caps, _, stems, vf, _ = zip(*scan.infos, strict=True)
    los = list(los_t)
    starts = scan.starts
    ends = list(map(add, starts, lens))
    # one space after the token itself (a possessive ending is no space)
    adjacent = [g == " " and not p for g, p in zip(scan.gaps[1:], poss, strict=True)]
    adjacent[-1] = False
    title = title_case_flags(los, caps, scan.lines, headline_tokens(text, scan) if HEADLINES else 0)
    lower_seen = {lo for lo, c in zip(los, caps, strict=True) if not c}
    return Tokens(los, caps, list(stems), vf, starts, ends, scan.initial, title, adjacent,
                  [], [], lower_seen)


def name_flags(tk: Tokens, infos: list[TokenInfo]) -> set[int]:
    """Fill ``tk.proper``: capitalised words seen capitalised somewhere that is neither a
    sentence start nor a title-case line, plus a sentence-initial capitalised word right before
    one whose lower-case form the text never uses ("Yoon" in "Yoon Suk Yeol said"), plus an
    inner "of" between two of them ("Republic of Korea"). Returns the indices of those
    connectors."""
    los, caps, n = tk.los, tk.caps, len(tk.los)
    cap_inside = {lo for lo, c, ini, t in zip(los, caps, tk.initial, tk.title, strict=True)
                  if c and not ini and not t}
    proper = [c and lo in cap_inside for lo, c in zip(los, caps, strict=True)]
    lower_seen = tk.lower_seen
    if tk.pos is not None:  # a capitalised proper noun at a sentence start ("Beijing said")
        for i, (c, p, lo) in enumerate(zip(caps, tk.pos, los, strict=True)):
            if not c or proper[i] or lo in lower_seen:
                continue
            if p not in ("PROPN", "NOUN", "ADJ") and zipf(lo) < RARE_VERB_ZIPF:
                tk.pos[i] = "PROPN"  # "Beijing" is no -ing verb
            if tk.pos[i] == "PROPN":
                proper[i] = True
    for i in range(n - 2, -1, -1):
        if (caps[i] and not proper[i] and tk.initial[i] and tk.adjacent[i] and proper[i + 1]
                and not infos[i][4] and not infos[i][2] and los[i] not in lower_seen
                and los[i] not in TITLES and zipf(los[i]) < GENERIC_NAME_ZIPF):
            proper[i] = True
    connectors = set()
    for i in range(1, n - 1):
        if (los[i] in NAME_CONNECTORS and not caps[i] and proper[i - 1] and proper[i + 1]
                and tk.adjacent[i - 1] and tk.adjacent[i] and not infos[i - 1][2]
                and los[i - 1] not in TITLES):
            connectors.add(i)
    for i in connectors:
        proper[i] = True
    tk.proper = proper
    return connectors


def display_forms(text: str, tk: Tokens, infos: list[TokenInfo]) -> None:
    """Fill ``tk.display``: each word as the text writes it (an initialism keeps its final
    period: ``U.S.``), except that a capitalised word that is no proper noun is lower-cased
    when the text also writes it in lower case or it is very common ("Rising" at a sentence
    start); words of a title-case line are lower-cased unless proper."""
    lower_seen = tk.lower_seen
    display = [""] * len(infos)  # "" for a word in no candidate
    for i, info in enumerate(infos):
        if info[4] and tk.los[i] not in NAME_CONNECTORS:
            continue
        word = text[tk.starts[i]:tk.ends[i]]
        if info[7] == 2 and text[tk.ends[i]:tk.ends[i] + 1] == ".":
            word += "."
        if tk.caps[i] and not tk.proper[i] and word[1:] == word[1:].lower():
            lo = tk.los[i]
            if tk.pos is not None:  # only a noun or verb is lower-cased ("Chinese" stays)
                common = tk.pos[i] not in ("PROPN", "ADJ")
            else:
                common = zipf(lo) >= GENERIC_NAME_ZIPF
            if tk.title[i] or lo in lower_seen or common:
                word = word.lower()
        display[i] = word
    tk.display = display


def refine_chunks(chunks: list[tuple[int, int]], cut: set[int], join: set[int]
                  ) -> list[tuple[int, int]]:
    """``chunks`` without the tokens ``cut`` (split there) and joined across the connector
    tokens ``join`` that lie between two chunks."""
    out = chunks
    if cut:
        out = []
        for a0, a1 in chunks:
            start = a0
            if cut.isdisjoint(range(a0, a1)):
                out.append((a0, a1))
                continue
            for i in range(a0, a1):
                if i in cut:
                    if i > start:
                        out.append((start, i))
                    start = i + 1
            if a1 > start:
                out.append((start, a1))
    if join:
        merged: list[tuple[int, int]] = []
        for c in out:
            if merged and merged[-1][1] + 1 == c[0] and merged[-1][1] in join:
                merged[-1] = (merged[-1][0], c[1])
            else:
                merged.append(c)
        out = merged
    return out


def title_cuts(tk: Tokens) -> set[int]:
    """A capitalised title right before a proper noun, with the capitalised words before it
    ("President" in "President Yoon", "Vice Defense Minister" in "Vice Defense Minister
    Shin Beom-chul")."""
    cut = set()
    for i in range(len(tk.los) - 1):
        if tk.caps[i] and tk.los[i] in TITLES and tk.proper[i + 1] and tk.adjacent[i]:
            j = i
            while j >= 0 and tk.caps[j] and j not in cut:
                cut.add(j)
                if j == 0 or not tk.adjacent[j - 1]:
                    break
                j -= 1
    return cut


def _collect(chunks: list[tuple[int, int]], tk: Tokens) -> dict[str, dict[str, Any]]:
    """Every allowed 1-3 word span of every chunk (a proper name up to 5), counted."""
    proper, title, stems, los, display = tk.proper, tk.title, tk.stems, tk.los, tk.display
    noun, verbal, ed_end, verb_start = _pos_flags(tk, chunks)
    spans = []  # (key, form, first token, last token, all proper, outside a headline)
    add = spans.append
    for a0, a1 in chunks:
        for a in range(a0, a1):
            all_proper = proper[a]
            if a > a0 and all_proper and proper[a - 1]:
                continue  # would cut a proper name
            body = not title[a]
            key, form = stems[a], display[a]
            if not ed_end[a] and not (all_proper and a + 1 < a1 and proper[a + 1]):
                add((key, form, a, a, all_proper, body))
            if verb_start[a] or verbal[a]:
                continue  # a verb form starts no phrase: only the single word is tried
            for b in range(a + 1, min(a1, a + MAX_LENGTH)):
                pb = proper[b]
                all_proper = all_proper and pb
                key += " " + stems[b]
                form += " " + display[b]
                if pb and b + 1 < a1 and proper[b + 1]:
                    continue  # would cut a proper name
                if verbal[b] or b - a >= MAX_WORDS and not all_proper:
                    break
                if not ed_end[b] and noun[b]:  # a phrase ends in a noun, never in an -ed word
                    add((key, form, a, b, all_proper, body))
    cands: dict[str, dict[str, Any]] = {}
    get = cands.get
    for key, form, a, b, all_proper, body in spans:
        c = get(key)
        if c is None:
            cands[key] = {"tf": 1, "first": a, "words": los[a:b + 1], "proper": all_proper,
                          "body": body, "forms": {form: 1} if body else {},
                          "title_forms": {} if body else {form: 1}, "noun": +noun[b]}
            continue
        c["tf"] += 1
        c["noun"] += noun[b]
        if body:
            c["body"] = True
            forms = c["forms"]
        else:
            forms = c["title_forms"]
        forms[form] = forms.get(form, 0) + 1
    return cands


NOUN_TAGS = frozenset({"NOUN", "PROPN", "NUM", "X", "SYM"})
"""Universal POS tags that may end a keyphrase (its head)."""
VERBAL_TAGS = frozenset({"VERB", "AUX", "ADV", "ADP", "PRON", "DET", "SCONJ", "CCONJ", "PART",
                         "INTJ"})
"""Universal POS tags that no keyphrase contains (a verb-led fragment is no noun phrase)."""


_ADJ_ENDINGS = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ory", "ish",
                "ian", "ese", "an", "ed", "ing", "ar", "ant", "ent", "y", "ile", "ine", "ern",
                "st", "er", "ite", "ate", "id", "lar", "-")


@lru_cache(maxsize=1)
def _ambiguity() -> frozenset[str]:
    from ..corpus.tagger import load_tagger

    return frozenset(load_tagger().ambiguity)


def _pos_flags(tk: Tokens, chunks: list[tuple[int, int]]
               ) -> tuple[list[bool], list[bool], list[bool], list[bool]]:
    """Per token of ``chunks`` (``False`` elsewhere): may end a noun phrase; is verbal (in no
    phrase); ends no phrase; starts no phrase. With tags a phrase ends in a noun and holds no
    verbal word (a participle, ``VBN``/``VBG``, may modify: "nuclear-armed submarine", "guided
    missile"). Without them, a lower-case ``-ed`` word ends no phrase and a lower-case
    ``-ed``/``-ing`` word starts none. Proper nouns are never held back."""
    n = len(tk.los)
    noun, verbal, ed_end, verb_start = [False] * n, [False] * n, [False] * n, [False] * n
    proper, vf, los, pos, penn = tk.proper, tk.vf, tk.los, tk.pos, tk.penn
    tagged = pos is not None and penn is not None
    ambiguity = _ambiguity() if tagged else frozenset()
    for a0, a1 in chunks:
        for i in range(a0, a1):
            if proper[i]:
                noun[i] = True
                continue
            v = vf[i]
            ed_end[i] = v == 2
            if not tagged:
                noun[i] = True
                verb_start[i] = v > 0
                continue
            t = pos[i]
            noun[i] = t in NOUN_TAGS
            if t in VERBAL_TAGS:
                verbal[i] = "-" not in los[i] or penn[i] not in ("VBN", "VBG")
            elif ADJ_CHECK and t == "ADJ":  # no adjective ending nor tagger evidence: a
                lo = los[i]  # verb the tagger missed ("allies unveil plan")
                verbal[i] = ("-" not in lo and not lo.endswith(_ADJ_ENDINGS)
                             and lo not in ambiguity)
            verb_start[i] = verbal[i] or v > 0
    return noun, verbal, ed_end, verb_start


def drop_headline_only(cands: dict[str, dict[str, Any]]) -> None:
    """Remove multi-word candidates seen only in a title-case headline (no case cue there)."""
    for key in [k for k, c in cands.items() if not c["body"] and " " in k]:
        del cands[key]


def drop_nested(cands: dict[str, dict[str, Any]]) -> None:
    """Remove a phrase that only ever occurs inside one longer candidate, so is not a unit of
    its own ("nuclear consultative" inside "nuclear consultative group")."""
    nested = set()
    for key, c in cands.items():
        ws = key.split(" ")
        if len(ws) >= 3:
            for sub in (" ".join(ws[1:]), " ".join(ws[:-1])):
                sc = cands.get(sub)
                if sc is not None and sc["tf"] == c["tf"]:
                    nested.add(sub)
    for key in nested:
        del cands[key]


def credit_surnames(cands: dict[str, dict[str, Any]]) -> None:
    """Credit a lone surname to the earliest full name ending with it ("Gates" ->
    "Daryl Gates"): its count is added there and the single word removed. Names with an
    inner "of" are no person's names."""
    singles = {k for k, c in cands.items() if c["proper"] and " " not in k}
    full: dict[str, str] = {}
    for k, c in cands.items():
        if c["proper"] and " " in k and " of " not in k:
            last = k.rsplit(" ", 1)[1]
            if last in singles and (last not in full or cands[full[last]]["first"] > c["first"]):
                full[last] = k
    for last, k in full.items():
        s = cands.pop(last)
        cands[k]["tf"] += s["tf"]
        cands[k]["first"] = min(cands[k]["first"], s["first"])


def surface(c: dict[str, Any]) -> str:
    """The form a candidate is shown in: its most frequent form outside headlines."""
    forms = c["forms"] or c["title_forms"]
    return max(forms.items(), key=lambda kv: (kv[1], kv[0]))[0]


def candidates(text: str, tagger: Any = None) -> tuple[int, dict[str, dict[str, Any]]]:
    """Number of tokens and candidate phrases of ``text`` keyed by their normalised form.

    Each candidate is a dict: ``tf`` (count), ``first`` (token index of its first
    occurrence), ``words`` (lower-case words), ``proper`` (all proper nouns), ``body`` (seen
    outside a headline), ``forms`` and ``title_forms`` (display form -> count, outside and
    inside headlines; see :func:`surface`), ``noun`` (occurrences that may end a noun phrase).
    ``tagger`` (an :class:`analysis.corpus.tagger.Tagger`) makes every candidate a noun phrase.
    """
    text = mask_furniture(text)
    scan = scan_tokens(text)
    n = len(scan.infos)
    if not n:
        return 0, {}
    tk = _tokens(text, scan)
    if tagger is not None:
        tk.pos, tk.penn = pos_tags(tagger, scan)
    connectors = name_flags(tk, scan.infos)
    display_forms(text, tk, scan.infos)
    chunks = refine_chunks(scan.chunks, title_cuts(tk) if CUT_TITLES else set(), connectors)
    cands = _collect(chunks, tk)
    drop_headline_only(cands)
    if NESTED:
        drop_nested(cands)
    credit_surnames(cands)
    return n, cands


def pos_tags(tagger: Any, scan: TokenScan) -> tuple[list[str], list[str]]:
    """Universal POS and Penn Treebank tags of the tokens of ``scan`` whose tag is read: words
    that may enter a candidate and capitalised words (``""`` for the others). The punctuation
    between the tokens is part of the tagger's context."""
    from ..corpus.tagger import gap_classes

    need = [i for i, info in enumerate(scan.infos) if info[3] or not info[4]]
    pred = tagger.predict(scan.words, gap_classes(scan.gaps), need).tolist()
    upos, penn = [""] * len(scan.words), [""] * len(scan.words)
    upos_names, penn_names = tagger.upos, tagger.penn
    for i, c in zip(need, pred, strict=True):
        upos[i] = upos_names[c]
        penn[i] = penn_names[c]
    return upos, penn


def candidate_keys(text: str) -> set[str]:
    """Normalised candidate phrases and words of ``text`` (what document frequencies count)."""
    _, cands = candidates(text)
    return set(cands) | {w for k in cands for w in k.split()}
