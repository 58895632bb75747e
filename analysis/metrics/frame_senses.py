"""Other senses of frame cues (guide rule 42): a cue word used in a sense that is none of the four
frames counts toward no frame.

The lexicon's ``senses`` section lists, per one-word cue (its pattern, lower-cased):

* ``name`` (true): capitalised inside the sentence (not its first word) the word is part of a
  proper name, a forum, club or firm (``the Shangri-La Dialogue``, ``Manchester United``),
  unless the sentence is a title-case headline;
* ``before_any``: the cue is the story's word only right after one of these words; elsewhere
  it is another name (``the USS Kentucky`` is the submarine, ``Kentucky voters`` the state);
* ``before_none``: a word of this list right before the cue names a show of force, not the
  frame (``submarine diplomacy``, ``gunboat diplomacy``: the platform signals, guide rule 42e);
* ``of_literal``: in ``CUE of X`` the cue is literal only when one of the five words after
  ``of`` is in this list (``an arsenal of missiles``); otherwise it is a figure of speech
  (``an arsenal of pastries``, ``an arsenal of arguments``);
* ``of_none``: in ``CUE of X`` one of the five words after ``of`` in this list names a danger
  of another field (``the threat of relegation``, ``the threat of rain``);
* ``near_none`` with ``window``: a word of this list at most ``window`` tokens before or after
  the cue, with no clause punctuation between, puts the cue in business, sport or party politics
  (``a strategic alliance between the two carmakers``, ``to deter shoppers``), unless a word of
  ``near_keep`` is among the three words before the cue (lexicon 2.18.0, rule 121: the North's
  counterpart met is still diplomacy, ``Moon met his North Korean counterpart``).

:func:`other_sense` says which rule applies to a cue, if any;
:func:`analysis.metrics.frame_lexicon.read_senses` checks the section when the lexicon is
loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .frame_scope import clause_break
from .lexicon import Token

OF_WINDOW = 5
"""How many words after ``of`` the ``of_literal`` and ``of_none`` lists are looked for in
(``an arsenal of an estimated 50 warheads``)."""


def title_case(toks: Sequence[Token]) -> bool:
    """Whether more than three in four words of a sentence are capitalised (a title-case
    headline, where a capital letter marks no name)."""
    words = [t.orig for t in toks if t.orig[:1].isalpha()]
    return len(words) > 2 and sum(w[:1].isupper() for w in words) * 4 > len(words) * 3


def other_sense(text: str, toks: Sequence[Token], i: int, rule: Mapping[str, Any],
                allies: Sequence[tuple[int, int]] = ()) -> str:
    """The sense rule (``name``, ``show of force``, ``figurative``, ``other danger``,
    ``other field``) under which
    the one-word cue at token ``i`` of ``text`` means none of the frames, or ``""``. A name
    that holds an ally (``allies``: token spans of the ally mentions), such as the
    ``Korea-U.S. Integrated Defense Dialogue``, is the allies' own forum and keeps the cue."""
    tok = toks[i]
    if rule["name"] and i > 0 and tok.orig[:1].isupper() and not tok.orig.isupper() \
            and not title_case(toks):
        first = i
        while first > 0 and toks[first - 1].orig[:1].isupper():
            first -= 1
        if not any(first <= ci < i for ci, _ in allies):
            return "name"
    if rule["before_any"] and (i == 0 or toks[i - 1].norm not in rule["before_any"]):
        return "name"
    if rule["before_none"] and i > 0 and toks[i - 1].norm in rule["before_none"]:
        return "show of force"
    n = len(toks)
    if i + 1 < n and toks[i + 1].norm == "of" and (rule["of_literal"] or rule["of_none"]):
        after = {t.norm for t in toks[i + 2:i + 2 + OF_WINDOW]}
        if rule["of_literal"] and not after & rule["of_literal"]:
            return "figurative"
        if after & rule["of_none"]:
            return "other danger"
    near = rule["near_none"]
    if near:
        w = rule["window"]
        if any(t.norm in rule["near_keep"] for t in toks[max(0, i - 3):i]):
            return ""
        for k in range(max(0, i - w), min(n, i + w + 1)):
            if k != i and toks[k].norm in near and not clause_break(
                    text, toks, min(i, k), max(i, k)):
                return "other field"
    return ""
