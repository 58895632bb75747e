"""Candidate keyphrases of one article: noun phrases and whole names, as the text writes them.

1. *Furniture.* Stage directions in brackets ("(Applause.)", "(As interpreted.)"), speaker
   labels ("PRESIDENT BIDEN:", "President Yoon:", "Q:", at a line start or, upper case,
   after a sentence's end), clock times ("1:43 P.M.") and a host's "Please, have a seat."
   are blanked (:func:`mask_furniture`, offsets kept), and so is news furniture: a wire
   dateline, credit, contributor and copyright lines, bylines, date lines, photo credits and
   captions, addresses (:mod:`analysis.metrics.news_furniture`), and a header of ``key:
   value`` lines (:mod:`analysis.metrics.front_matter`); the words of
   ``resources/keyphrase_furniture.txt`` ("applause", "EDT", "remarks", "podium"...) are in
   no candidate.
2. *Chunks.* The text is split at punctuation between tokens, line breaks, stop words
   (``resources/stopwords_en.txt``), light nouns that carry their modifier's content
   (``resources/keyphrase_light_nouns.txt``: "efforts", "way", so "nuclear deterrence
   efforts" gives "nuclear deterrence"), tokens without a letter, one-character tokens, ``-ly``
   adverbs, very common lower-case words (wordfreq Zipf >= 6: "people", "new"), a lower-case
   word right after "to" or a modal ("to strengthen": a verb), also with one of "not",
   "never", "also", "further"... between ("will not station") and after a possessive
   (``North Korea’s``). The period of an abbreviation (``U.S.``, ``Gen.``) or of a middle
   initial (``Victor D. Cha``) ends no sentence. A fixed expression
   (``resources/keyphrase_fixed_expressions.txt``) is never cut: an adverb's words break
   chunks ("per se"); a noun ("status quo") or a modifier ("de facto", "per capita") is one
   run that counts as one word, no span starts or ends inside it, and a modifier ends no
   phrase (:mod:`analysis.metrics.keyphrase_tokens`).
3. *Names.* A proper noun is a capitalised word written capitalised somewhere that is
   neither a sentence start nor a headline; also a sentence-initial capitalised word the
   tagger calls a proper noun, or that stands before a proper noun and is never written in
   lower case ("Yoon" in "Yoon Suk Yeol said"). An inner "of" between two proper nouns joins
   them ("Republic of Korea", "Ministry of National Defense"), and so does a middle initial
   ("Victor D. Cha"), an organisation's inner "for" and an "and" right after its first word
   ("Korea Institute for Defense Analyses", "Center for Strategic and International Studies";
   :func:`analysis.metrics.keyphrase_names.organisation_connectors`), and the ``'s`` of
   "People's" ("Democratic People's Republic of Korea"); a title before a name is
   no part of it ("Vice Defense Minister" in "Vice Defense Minister Shin Beom-chul"). A number
   word, furniture word, particle or "Jr." inside a name stays in it ("ASEAN Plus Three",
   "Charles de Gaulle"; :mod:`analysis.metrics.keyphrase_name_runs`). No span
   cuts a name, so a name of up to 6 words is one candidate and its words are never
   fragments. A lower-case ``-s`` word right after a name is a verb in no candidate where it
   stands in a headline-like line or before an object ("Seoul gains bigger say", "Biden
   rolls out the red carpet"; :mod:`analysis.metrics.keyphrase_verbs`), and so is a listed
   headline verb ("Pyongyang warns", "Yoon unveil plan"), a plural subject's verb ("drills
   start on Monday") and a verb after "which" or "who". A name starts a new chunk after a
   lower-case role noun or another name ("news agency KCNA", "the United States Cho
   Hyun-dong"; :func:`analysis.metrics.keyphrase_names.name_starts`); no span joins a
   lower-case noun and a name of two words or more after it ("carrier Carl Vinson";
   :mod:`analysis.metrics.keyphrase_appositions`). A reporting verb
   between a comma or quotation and a name (", reports Yonhap") and a bare infinitive after
   a causative verb's plural object ("to have U.S. frigates berth at") are in no candidate,
   and a title alone or ending a name ("Secretary", "Presidents", "NSC Coordinator") is no
   candidate (:mod:`analysis.metrics.keyphrase_roles`).
4. *Noun phrases.* Every 1-3 word span of a chunk is a candidate if, with the packaged
   part-of-speech tagger (:mod:`analysis.corpus.tagger`), it ends in a noun, proper noun or number
   and holds no verb, auxiliary, adverb, adposition, pronoun or determiner (a hyphenated
   participle may modify: "nuclear-armed submarine"); a word the tagger calls an adjective
   without an adjective ending or any evidence in its training data is taken as a missed verb
   ("allies unveil nuclear plan"), and so is one whose ``-ed`` form is about as frequent
   ("undermine global stability"; :func:`analysis.metrics.keyphrase_roles.past_tense_verb`).
   With or without the tagger, a lower-case ``-ed`` word ends no phrase and a lower-case
   ``-ing``/``-ed`` word starts none, except an ``-ed`` word the tagger calls an adjective
   before a lower-case word it precedes at least twice in the text: a term ("extended
   deterrence", "armed forces"), not a one-off participle.
   Candidates seen only in a headline (a title-case line, or a first line before a blank
   line without a full stop or colon) are dropped, except capitalised single words: a
   headline's phrases have no case cue and its lower-case words are mostly verbs ("Yoon hails ...").
   A phrase of several words that the text only ever writes before one and the same word that
   may end a noun phrase is a modifier, no unit ("nuclear ballistic missile" in "nuclear
   ballistic missile submarine", "US ballistic missile" in "US ballistic missile submarine"),
   and is dropped; one that modifies two different words ("extended deterrence pledge",
   "extended deterrence commitment") or ends a phrase once stays.
   A lower-case ``-ing`` word the tagger calls a noun and the text only writes right before a
   noun is that noun's modifier and no candidate alone ("turning" of "turning point").
5. *Grouping.* Variants are grouped on a light plural stem (an initialism without its
   periods: "U.S." and "US" are one candidate, "ROK-U.S." and "ROK-US" too); a lone surname
   is credited to the full name it abbreviates ("Gates" -> "Daryl Gates"; a Korean or
   Chinese family name written first to the name it starts, "Yoon" -> "Yoon Suk Yeol",
   :mod:`analysis.metrics.keyphrase_names`); the spellings of one Korean or Chinese name
   and an acronym in brackets after its name are one candidate, an acronym and the name
   whose initials it spells one entry ("DPRK", "Democratic People's Republic of Korea")
   (:mod:`analysis.metrics.keyphrase_groups`); a phrase that only ever occurs inside
   one longer candidate is dropped ("nuclear consultative" inside "nuclear consultative
   group"), and so are pieces of a quoted title and names only used in address
   (:mod:`analysis.metrics.keyphrase_fragments`).
6. *Case.* A candidate is shown in its most frequent form outside headlines, each word as the
   text writes it ("Beijing", "SSBNs", "U.S." with its period), except that a capitalised
   word at a sentence start that is no name is lower-cased ("Critics" -> "critics").

:func:`candidates` returns them keyed by their normalised (lower-case, stemmed) form
(:class:`Candidates`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress, count, islice, repeat
from operator import and_, eq, itemgetter, not_, or_
from typing import Any

from .keyphrase_appositions import descriptor_starts, drop_crossing
from .keyphrase_case import keyphrase_text
from .keyphrase_fragments import drop_pieces
from .keyphrase_groups import (
    acronym_pairs,
    credit_keys,
    credit_surnames,
    drop_cut_initialisms,
    drop_headline_only,
    drop_name_suffixes,
    initial_pairs,
    merge_name_variants,
)
from .keyphrase_name_runs import join_chunks, join_name_suffixes, name_numbers
from .keyphrase_names import (
    MAX_NAME_WORDS,
    Tokens,
    capitalised_names,
    display_forms,
    name_flags,
    name_starts,
    possessive_names,
    refine_chunks,
    split_chunks,
    title_cuts,
)
from .keyphrase_person_starts import descriptor_name_starts, place_person_starts, word_surnames
from .keyphrase_relatives import reduced_relative_starts
from .keyphrase_roles import (
    bare_verbs,
    drop_lone_titles,
    inverted_reporting,
    join_initialisms,
    past_tense_verb,
)
from .keyphrase_titles import title_case_flags
from .keyphrase_tokens import TokenScan, headline_tokens, scan_tokens
from .keyphrase_verbs import name_verbs, plural_subject_verbs

MAX_WORDS = 3  # longest candidate (a whole proper name may have MAX_NAME_WORDS)
MAX_LENGTH = max(MAX_WORDS, MAX_NAME_WORDS)  # words in the longest candidate
NESTED = True  # drop phrases that only occur inside one longer candidate
HEADLINES = True  # the first line before a blank line is a headline, whatever its case
CUT_TITLES = True  # a title before a name is not part of it
ED_TERMS = True  # an -ed adjective repeated before the same word may start a phrase
MODIFIERS = True  # drop a phrase that is always the modifier of a following word
ADJ_CHECK = True  # an ADJ without adjective ending or tagger evidence is taken as a verb
NAME_VERBS = True  # "Seoul gains", "Biden rolls": an -s verb after a name is in no candidate
ING_NOUNS = True  # a noun in -ing only ever before a noun is no candidate alone ("turning")

Span = tuple[str, str, int, int, bool, bool]
"""One occurrence of a candidate: ``(key, form, first token, last token, all proper nouns,
outside a headline)``."""


@dataclass(frozen=True, slots=True)
class TagClasses:
    """Per tagger class (an index into ``upos``; the last, ``len(upos) - 1``, stands for a
    token left untagged): its Universal POS tag and how it enters a noun phrase (``code``,
    see :func:`_pos_flags`)."""

    upos: tuple[str, ...]
    code: tuple[int, ...]  # NOUN, or VERBAL | VERB_START, or 0
    participle: tuple[bool, ...]  # a verbal VBN/VBG: in no phrase unless hyphenated
    adjective: tuple[bool, ...]  # an ADJ: verbal without adjective ending or tagger evidence
    arrays: Any = field(default=None, compare=False)
    """``code``, ``participle``, ``adjective`` and the verb-form codes as numpy arrays (a
    whole text's classes are looked up at once: an item of a tuple costs more, one by one)."""


@lru_cache(maxsize=4)
def tag_classes(upos: tuple[str, ...], penn: tuple[str, ...]) -> TagClasses:
    """:class:`TagClasses` of a tagger with classes ``upos`` / ``penn`` (plus the untagged
    class)."""
    code = tuple(NOUN if u in NOUN_TAGS else VERBAL | VERB_START if u in VERBAL_TAGS else 0
                 for u in upos)
    import numpy as np

    part = tuple(u in VERBAL_TAGS and p in ("VBN", "VBG") for u, p in zip(upos, penn, strict=True))
    columns = (code + (0,), part + (False,),
               tuple(ADJ_CHECK and u == "ADJ" for u in upos) + (False,))
    return TagClasses(upos + ("",), *columns, tuple(map(np.array, (*columns, _VF_CODE))))


def _tokens(text: str, scan: TokenScan) -> Tokens:
    """Columns of ``scan``; proper nouns and display forms are filled in by :func:`name_flags`
    and :func:`display_forms`."""
    col = scan.columns  # the types' columns in token order (numpy)
    los, poss, breaks = scan.los, scan.possessive, scan.breaks  # (read by the scan)
    cap = col["cap"]
    caps, stems, vf = (tuple(col[k].tolist()) for k in ("cap", "stem", "vf"))
    # one space after the token itself (a possessive ending is no space)
    space = ~col["poss"]
    space[[i - 1 for i in scan.marks if i]] = False  # the gaps other than one space
    space[-1] = False
    title = title_case_flags(los, caps, scan.lines, headline_tokens(text, scan) if HEADLINES else 0,
                             col["alpha"].tolist(), scan.gaps)
    return Tokens(los, caps, stems, vf, breaks, poss, cap.nonzero()[0].tolist(),
                  scan.initial, title, space.tolist(), set(col["lo"][~cap].tolist()),
                  set(col["stem"][~cap].tolist()),
                  initials=scan.initials, fixed=scan.fixed, cap_los=col["lo"][cap].tolist(),
                  columns=col)


def _spans(chunks: list[tuple[int, int]], tk: Tokens) -> tuple[list[Span], list[str]]:
    """Every allowed 1-3 word span of every chunk (a proper name up to 5), and the keys of the
    one-word spans that may end a noun phrase."""
    proper, title, stems, display = tk.proper, tk.title, tk.stems, tk.display
    codes = _pos_flags(tk)
    inner = {x for i, j, _ in tk.fixed for x in range(i + 1, j + 1)}  # no span starts there
    spans: list[Span] = []
    add = spans.append
    nouns: list[str] = []
    heads: dict[str, str | None] = {}  # phrase -> the one word it modifies (None: a unit)
    for a0, a1 in chunks:
        if a1 - a0 == 1:  # one word (two chunks in three): the loop below, unrolled
            code = codes[a0]
            if not code & ED_END:
                key = stems[a0]
                add((key, display[a0], a0, a0, proper[a0], not title[a0]))
                if code & NOUN:
                    nouns.append(key)
            continue
        for a in range(a0, a1):
            all_proper = proper[a]
            if a > a0 and all_proper and proper[a - 1] or inner and a in inner:
                continue  # would cut a proper name or a fixed expression
            body = not title[a]
            key, form = stems[a], display[a]
            code = codes[a]
            if not code & ED_END and not (all_proper and a + 1 < a1 and proper[a + 1]):
                add((key, form, a, a, all_proper, body))
                if code & NOUN:
                    nouns.append(key)
            if code & VERB_START:
                continue  # a verb form starts no phrase: only the single word is tried
            words = MAX_WORDS  # a fixed expression counts as one word
            for b in range(a + 1, a + MAX_LENGTH if a + MAX_LENGTH < a1 else a1):
                pb = proper[b]
                all_proper = all_proper and pb
                if inner and b in inner:
                    words += 1
                if pb and b + 1 < a1 and proper[b + 1]:
                    key += " " + stems[b]
                    form += " " + display[b]
                    continue  # would cut a proper name
                code = codes[b]
                if code & VERBAL or b - a >= words and not all_proper:
                    break  # (before the key and form grow: they are not read after)
                key += " " + stems[b]
                form += " " + display[b]
                if code & (NOUN | ED_END) == NOUN:  # a phrase ends in a noun, never in -ed
                    add((key, form, a, b, all_proper, body))
                    if b + 1 == a1 or not codes[b + 1] & NOUN:
                        heads[key] = None  # a head here
                    elif heads.get(key, stems[b + 1]) != stems[b + 1]:
                        heads[key] = None  # the modifier of two different words
                    else:
                        heads[key] = stems[b + 1]
    modifiers = {key for key, head in heads.items() if head is not None} if MODIFIERS else ()
    if modifiers:  # (a key of several words has a space, a one-word key none)
        spans = [span for span in spans if span[0] not in modifiers]
    return spans, nouns


@dataclass(slots=True)
class Candidates:
    """The candidate phrases of a text, keyed by their normalised form (lower case, light
    stem), built from their occurrences (:data:`Span`).

    ``tf`` counts each candidate (in order of first occurrence; the only record of which
    candidates remain), ``first`` is the token index of its first occurrence, ``first_span``
    that occurrence (its words ``los[first:last + 1]``, whether it is a proper name) and
    ``noun`` how often a one-word candidate may end a noun phrase. A lone surname credited to
    a full name (:func:`analysis.metrics.keyphrase_groups.credit_surnames`) adds its count
    and first position there. ``alone`` maps a key that is no keyphrase alone to the phrase
    shown in its place (:mod:`analysis.metrics.keyphrase_demonyms`). ``shown``
    maps the keys that are one entry of the selection to the key they are shown as (an
    acronym and its name, :func:`analysis.metrics.keyphrase_groups.initial_pairs`).
    """

    los: tuple[str, ...]  # lower-case tokens of the text
    spans: list[Span]
    tf: dict[str, int]
    first: dict[str, int]
    noun: Counter[str]
    body: set[str]  # keys seen outside a headline
    first_span: dict[str, Span]
    shown: dict[str, str] = field(default_factory=dict)  # one entry under this key
    keys: list[str] = field(default_factory=list)  # the key of each of spans
    alone: dict[str, str] = field(default_factory=dict)  # shown as a phrase it heads

    @classmethod
    def from_spans(cls, los: tuple[str, ...], spans: list[Span], nouns: list[str]
                   ) -> Candidates:
        """Group ``spans`` by key; ``nouns`` lists the one-word keys once per occurrence that
        may end a noun phrase."""
        keys = list(map(itemgetter(0), spans))
        tf = dict(Counter(keys))
        first_span = dict(zip(reversed(keys), reversed(spans), strict=True))
        first = dict(zip(first_span, map(itemgetter(2), first_span.values()), strict=True))
        body = set(compress(keys, map(itemgetter(5), spans)))
        return cls(los, spans, tf, first, Counter(nouns), body, first_span, keys=keys)

    def surfaces(self, keys: list[str]) -> list[str]:
        """The form each of ``keys`` is shown in: its most frequent form outside headlines
        (the greatest of equally frequent ones), else in headlines."""
        wanted = set(keys)
        forms: dict[str, dict[str, int]] = {k: {} for k in wanted}
        title_forms: dict[str, dict[str, int]] = {k: {} for k in wanted}
        # only the spans of the keys wanted are visited (a few of the text's spans)
        for key, form, _, _, _, body in compress(self.spans, map(wanted.__contains__, self.keys)):
            counts = (forms if body else title_forms)[key]
            counts[form] = counts.get(form, 0) + 1
        return [max((forms[k] or title_forms[k]).items(), key=lambda kv: (kv[1], kv[0]))[0]
                for k in keys]


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


NOUN, VERBAL, ED_END, VERB_START = 1, 2, 4, 8
"""Bits of a token's code (:func:`_pos_flags`)."""
_VF_CODE = (0, VERB_START, ED_END | VERB_START)  # by verb form: none, -ing, -ed


def _pos_flags(tk: Tokens) -> list[int]:
    """Per token (read for the tokens of chunks only), a code of bits: ``NOUN`` may end a
    noun phrase; ``VERBAL`` is in no phrase; ``ED_END`` ends no phrase; ``VERB_START`` starts
    none (set with ``VERBAL``). With tags a phrase ends in a noun and holds no verbal word (a
    participle, ``VBN``/``VBG``, may modify: "nuclear-armed submarine", "guided missile").
    Without them, a lower-case ``-ed`` word ends no phrase and a lower-case ``-ed``/``-ing``
    word starts none. Proper nouns are never held back."""
    los, vf = tk.los, tk.vf
    if tk.tags is None:
        codes = [NOUN | c for c in map(_VF_CODE.__getitem__, vf)]
    else:
        import numpy as np

        tags, (code, participle, adjective, vf_code) = tk.tag_array, tk.tag_set.arrays
        vf_column = tk.columns["vf"] if tk.columns else np.frombuffer(bytes(vf), np.uint8)
        codes = (code[tags] | vf_code[vf_column]).tolist()  # vf: 0-2
        eds = []  # -ed adjectives before a lower-case word
        last = len(los) - 1
        verbal_eds = []  # -ed participles before a lower-case word
        for i in np.flatnonzero(participle[tags]).tolist():
            if "-" in los[i]:
                codes[i] = _VF_CODE[vf[i]]
            elif vf[i] == 2 and i < last and not tk.caps[i + 1]:
                verbal_eds.append(i)
        ambiguity = _ambiguity()
        for i in np.flatnonzero(adjective[tags]).tolist():
            lo = los[i]  # no adjective ending nor tagger evidence: a verb the tagger missed
            if "-" not in lo and lo not in ambiguity and (not lo.endswith(_ADJ_ENDINGS)
                                                          or past_tense_verb(lo)):
                codes[i] |= VERBAL | VERB_START
            elif vf[i] == 2 and i < last and not tk.caps[i + 1]:
                eds.append(i)
        if eds and ED_TERMS:
            _term_starts(los, eds, verbal_eds, codes)
        if ING_NOUNS:
            _ing_modifiers(tk, codes)
    for i in compress(count(), tk.proper):
        codes[i] = NOUN
    for i, j, noun in tk.fixed:  # "de facto", "status quo": ends a phrase as a whole or never
        codes[i:j] = [0] * (j - i)
        codes[j] = NOUN if noun else 0
    return codes


def _term_starts(los: tuple[str, ...], eds: list[int], verbal_eds: list[int],
                 codes: list[int]) -> None:
    """Let an ``-ed`` word start a phrase where the text writes it before the same word at
    least twice and the tagger calls it an adjective at least once (``eds``; ``verbal_eds``
    are its other uses, tagged as participles): a term ("extended deterrence", "armed
    forces"), not a one-off participle ("alleged police racism")."""
    # the pairs led by the words of eds only (the others are never read)
    firsts = {los[i] for i in eds}
    pairs = Counter([(los[i], los[i + 1]) for i in compress(
        count(), map(firsts.__contains__, islice(los, len(los) - 1)))])
    terms = {(los[i], los[i + 1]) for i in eds if pairs[los[i], los[i + 1]] >= 2}
    for i in chain(eds, verbal_eds):
        if (los[i], los[i + 1]) in terms:
            codes[i] = ED_END  # it may start a phrase, never end one


def _ing_modifiers(tk: Tokens, codes: list[int]) -> None:
    """A lower-case ``-ing`` word the tagger calls a noun, right before a lower-case noun, is
    that noun's modifier ("turning point", "training camp"): its position is recorded in
    ``tk.modifiers`` (letting it start a phrase too cost KPCrowd dev 0.03)."""
    los, vf, caps, adjacent, noun = tk.los, tk.vf, tk.caps, tk.adjacent, tk.tag_set.code
    tags = tk.tags
    last = len(los) - 1
    for i in compress(count(), map(eq, vf, repeat(1))) if not tk.columns \
            else (tk.columns["vf"] == 1).nonzero()[0].tolist():
        if (i < last and not caps[i] and adjacent[i] and not caps[i + 1]
                and noun[tags[i]] == NOUN and codes[i + 1] & NOUN and not tk.breaks[i + 1]):
            tk.modifiers.append(i)


def drop_modifier_words(cands: Candidates, tk: Tokens) -> None:
    """Remove a single ``-ing`` word that the text only writes as the modifier of a noun
    (``tk.modifiers``): "turning" of "turning point" is no keyphrase alone."""
    tf = cands.tf
    for key, n in Counter(tk.stems[i] for i in tk.modifiers).items():
        if tf.get(key) == n:
            del tf[key]


def drop_nested(cands: Candidates) -> None:
    """Remove a phrase that only ever occurs inside one longer candidate, so is not a unit of
    its own ("nuclear consultative" inside "nuclear consultative group")."""
    tf = cands.tf
    nested = set()
    for key in [k for k in tf if k.count(" ") >= 2]:
        n = tf[key]
        for sub in (key.partition(" ")[2], key.rpartition(" ")[0]):
            if tf.get(sub) == n:
                nested.add(sub)
    for key in nested:
        del tf[key]


def candidates(text: str, tagger: Any = None) -> tuple[int, Candidates]:
    """Number of tokens and candidate phrases of ``text`` (see :class:`Candidates`).

    ``tagger`` (an :class:`analysis.corpus.tagger.Tagger`) makes every candidate a noun phrase.
    """
    text = keyphrase_text(text)  # furniture masked, a caseless text's case restored
    scan = scan_tokens(text)
    n = len(scan.infos)
    if not n:
        return 0, Candidates.from_spans((), [], [])
    tk = _tokens(text, scan)
    join_initialisms(scan, tk)
    join_name_suffixes(scan, tk)
    capitalised_names(tk)
    if tagger is not None:
        tk.tag_array = pos_tags(tagger, scan, tk)
        tk.tags = tk.tag_array.tolist()
        tk.tag_set = tag_classes(tagger.upos, tagger.penn)
    connectors = name_flags(tk)
    numbers = name_numbers(tk)
    surnames = word_surnames(scan.words, tk)  # "No" of "said No Sang Chol": before the cuts
    display_forms(text, tk, scan)
    cut = title_cuts(tk) if CUT_TITLES else set()
    if NAME_VERBS:
        cut |= name_verbs(scan, tk)
    cut |= bare_verbs(tk) | inverted_reporting(scan, tk) | plural_subject_verbs(tk)
    refined = join_chunks(refine_chunks(scan.chunks, cut, connectors), numbers | surnames,
                          tk.adjacent)
    appositions = descriptor_starts(tk)  # before possessive_names (joins names)
    starts = (name_starts(tk) | surnames | place_person_starts(tk) | reduced_relative_starts(tk)
              | descriptor_name_starts(tk))
    chunks = split_chunks(refined, starts, possessive_names(scan, tk))
    spans, nouns = _spans(chunks, tk)
    cands = Candidates.from_spans(tk.los, drop_crossing(spans, appositions), nouns)
    drop_headline_only(cands, tk)
    drop_cut_initialisms(cands, scan, tk)
    drop_name_suffixes(cands)
    if tk.modifiers:
        drop_modifier_words(cands, tk)
    if NESTED:
        drop_nested(cands)
    merge_name_variants(cands)
    credit_keys(cands, acronym_pairs(scan, tk))
    credit_surnames(cands)
    drop_pieces(cands, scan, tk)
    drop_lone_titles(cands)
    for main, other in initial_pairs(cands):
        cands.shown[other] = cands.shown[main] = main
    return n, cands


def pos_tags(tagger: Any, scan: TokenScan, tk: Tokens) -> Any:
    """Tagger class of each token of ``scan`` (columns ``tk``; an index into ``tagger.upos`` /
    ``tagger.penn``), as a numpy array, for the tokens whose tag is read: words that may enter
    a candidate and capitalised words, except the names :func:`capitalised_names` found
    (``tk.proper``; a name is a noun whatever its tag); the others get ``len(tagger.upos)``
    (untagged). The punctuation between the tokens is part of the tagger's context."""
    import numpy as np

    from ..corpus.tagger import gap_classes

    n = len(tk.caps)
    if tk.columns:  # the columns of the token types, in numpy
        read = tk.columns["cap"] | ~tk.columns["brk"]
        if tk.proper:
            read &= ~np.array(tk.proper, dtype=bool)
        need = read.nonzero()[0]
    else:
        read = map(or_, tk.caps, map(not_, tk.breaks))
        if tk.proper:
            read = map(and_, read, map(not_, tk.proper))
        need = np.flatnonzero(np.frombuffer(bytes(read), dtype=bool))  # bytes: twice fromiter's
    tags = np.full(n, len(tagger.upos), dtype=np.intp)
    tags[need] = tagger.predict(scan.words, gap_classes(scan.gaps, scan.marks), need, scan.marks)
    return tags


def candidate_keys(text: str) -> set[str]:
    """Normalised candidate phrases and words of ``text`` (what document frequencies count)."""
    _, cands = candidates(text)
    return set(cands.tf) | {w for k in cands.tf for w in k.split()}
