"""The writer's frames around someone's words, which the learned model may not promote.

:func:`writer_frame` is one of the checks of :func:`analysis.corpus.voice_vetoes.writer_narration`
(sentences the rules leave to the writer and the model reads as reported speech). By the
labelling rules (``data/voices_README.md``) each is the writer's:

* an existential opening before a forecast or a view and *that* (``There is a forecast that
  ...``, ``There is a growing view that ...``): it names no one, so nobody's words are
  reported (PolNeAR attributes other existential sentences, *There are concerns about ...*,
  often enough that they are left to the model);
* the writer's doubt (``It remains to be seen whether ...``, ``It is unclear whether ...``,
  ``It seems that ...``), also after a fronted subordinate clause (``But even as the allies
  agreed on X, it is unclear how ...``);
* the writer's forecast of what someone will say (``Some people will argue that ...``,
  ``Critics may say ...``, ``Yoon is set to tell Congress ...``, ``Biden will use the visit to
  warn ...``): a future, planned or possible act, not one that took place; so too an
  expectation with no one who holds it (``North Korea is expected to conduct its seventh
  nuclear test``, ``Such assets are expected to be hurled into the drill``), without a
  quotation or a reporting verb before it;
* reports that name no one, in an adjunct of time or cause after a clause of state (``North
  Korea is furious following reports that the submarine had docked``): the sentence's
  subject is not their source, and they have none;
* a report in a trailing ``with`` clause after the writer's main claim, less than half of the
  sentence (``Doubts about the pledge are growing in Seoul, with some calling for a bomb of its
  own.``);
* quotation marks only around a short term after *what X calls* and a preposition (``... to
  defend Seoul under what it calls "extended deterrence."``): the writer's phrase
  (:func:`analysis.corpus.verb_context.term_after_preposition` reads it so for the rules);
* a neutral act whose object is only a topic (``Park also commented on the fisheries
  deal.``: :func:`analysis.corpus.minor_reports.topic_act`), which the rules leave to the
  writer too.
"""

from __future__ import annotations

import re

from .cues import CUE_WORDS
from .minor_reports import topic_act
from .voice_classes import EXPECTED_RE

_EXISTENTIAL_RE = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|However|Now),?\s+)?There\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been)\s+(?:(?:a|an|also|now|still|growing|widespread|strong)\s+){0,2}"
    r"(?:forecast|prediction|view|expectation|perception|belief|argument)s?\s+that\b")
_DOUBT_RE = re.compile(r"\s*(?:(?:But|And|Yet|Still|However),?\s+)?(?:(?:even\s+)?"
                       r"(?:[Aa]s|[Ww]hile|[Tt]hough|[Aa]lthough|[Ee]ven\s+if|[Ee]ven\s+as)\s+"
                       r"[^.;:!?]{1,200}?,\s+it|It)\s+(?:remains|is|was)\s+"
                       r"(?:to\s+be\s+seen|(?:still\s+|not\s+yet\s+|yet\s+|also\s+|as\s+yet\s+)?"
                       r"(?:unclear|uncertain|not\s+clear)\s+(?:whether|if|how|what|when|why))"
                       r"|\s*(?:(?:But|And|Yet|Still|However|Thus|So),?\s+)?It\s+(?:seems|seemed|"
                       r"appears|appeared|would\s+seem|would\s+appear)\s+(?:that\b|to\s+be\b)")
_FORECAST_RE = re.compile(
    r"\s*(?P<subject>(?:(?:[A-Z][\w’'-]*|[a-z][\w’'-]*)\s+){1,5}?)(?:will|may|might|could|(?:is|are)\s+"
    r"(?:likely|set|due|poised|going)\s+to|plans?\s+to|intends?\s+to|aims?\s+to|hopes?\s+to)\s+"
    r"(?:(?:also|likely|surely|certainly|probably|even|still)\s+)?(?:use\s+(?:[\w’'-]+\s+){1,4}?"
    r"to\s+)?(?:argue|say|claim|contend|insist|complain|object|criticize|criticise|accuse|"
    r"point\s+out|protest|counter|retort|warn|tell|stress|reassure|urge|call|caution|reaffirm|"
    r"emphasize|emphasise|underscore|assure|pledge|vow|demand|announce|declare)\b")
_UNSOURCED_RE = re.compile(
    r"\b(?:following|after|amid|amidst|despite|over|on|with)\s+(?:(?:recent|media|news|press|"
    r"unconfirmed|local|earlier|the)\s+){0,2}reports?\s+(?:that|of)\b")
"""Reports that name no source, in an adjunct (``following reports that``)."""
_STATE_RE = re.compile(r"\b(?:is|are|was|were|been|remains?|remained|became|grew|seems?|seemed)\b")
"""A verb of state before such reports (``is furious following reports that``)."""
_FIRST_PERSON = frozenset("i we you".split())
_HOLDING = frozenset("""expect expects expected predict predicts predicted believe believes believed
    hope hopes hoped worry worries worried fear fears feared think thinks thought note notes noted
    say says said suspect suspects anticipate anticipates argue argues warn warns""".split())
"""Verbs of a view someone holds of the forecast (``Analysts expect that ...``): theirs."""
_WITH_CLAUSE_RE = re.compile(
    r",\s+with\s+(?:(?:some|many|others|a\s+few|several|critics|analysts|experts|lawmakers|"
    r"officials|politicians|activists|commentators)\s+)(?:[\w’'-]+\s+)?(?:calling|saying|"
    r"arguing|warning|urging|demanding|suggesting|insisting|claiming|questioning|"
    r"predicting)\b")
_TERM_RE = re.compile(r"\b(?:under|of|in|to|for|against|on|with|about|by|from)\s+what\s+"
                      r"[\w’'.-]+(?:\s+[\w’'.-]+)?\s+(?:calls|called|terms|termed|dubs|dubbed)\s+"
                      r"[“\"‘']([^”\"’']{1,60})[”\"’']")
_QUOTATION_RE = re.compile(r"[“\"]([^”\"]*)(?:[”\"]|$)")
_TERM_WORDS = 4


def _forecast(sentence: str) -> bool:
    """Whether ``sentence`` opens with a subject of a few words and a modal act of saying, the
    subject holding no view of it (``Analysts expect that Yoon will demand``: the analysts')."""
    m = _FORECAST_RE.match(sentence)
    return m is not None and m.group(0).split()[0].lower() not in _FIRST_PERSON and \
        _HOLDING.isdisjoint(w.lower() for w in m.group("subject").split())


def _expected(sentence: str) -> bool:
    """Whether ``sentence`` opens with an expectation nobody holds
    (:data:`.voice_classes.EXPECTED_RE`), no reporting verb in its subject and no quotation in
    it."""
    m = EXPECTED_RE.match(sentence)
    return m is not None and CUE_WORDS.isdisjoint(m.group(1).lower().split()) \
        and _QUOTATION_RE.search(sentence) is None


def _unsourced(sentence: str) -> bool:
    """Whether reports that name no one (:data:`_UNSOURCED_RE`) follow a clause of state
    (``North Korea is furious following reports that``), with no quotation: not an act of
    words (``Pyongyang lashed out over reports that``)."""
    m = _UNSOURCED_RE.search(sentence)
    return m is not None and _QUOTATION_RE.search(sentence) is None and \
        _STATE_RE.search(sentence, 0, m.start()) is not None


def _minor_with(sentence: str) -> bool:
    """Whether a trailing ``with`` clause of saying starts past the middle of ``sentence``."""
    m = _WITH_CLAUSE_RE.search(sentence)
    return m is not None and 2 * len(sentence[:m.start()].split()) >= len(sentence.split())


def _terms_only(sentence: str) -> bool:
    """Whether every double-quoted stretch of ``sentence`` is a short term after *what X
    calls* and a preposition (at most four words), and there is one."""
    terms = [m.group(1) for m in _TERM_RE.finditer(sentence)
             if len(m.group(1).split()) <= _TERM_WORDS]
    quoted = [m.group(1) for m in _QUOTATION_RE.finditer(sentence)]
    return bool(terms) and all(q.strip(" ,.") in {t.strip(" ,.") for t in terms} for q in quoted)


def writer_frame(sentence: str) -> bool:
    """Whether ``sentence`` is one of the writer's frames of the module docstring."""
    return (_EXISTENTIAL_RE.match(sentence) is not None or _DOUBT_RE.match(sentence) is not None
            or _forecast(sentence) or _expected(sentence) or _minor_with(sentence)
            or _unsourced(sentence)
            or _terms_only(sentence)
            or topic_act(sentence))
