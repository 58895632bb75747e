"""Classes of sentences whose voice the cue words misread: the writer's claims about speech, the
writer's narration of acts, and a wire sign-off after a reporting clause.

By the labelling rules (``data/voices_README.md``) a sentence is someone's words when it
reports what they said, wrote or hold; a sentence *about* a statement, or the writer's
narration of what someone did or meant to do, is the writer's. :func:`writer_clause` drops a
source the reporting-clause reader (:func:`analysis.corpus.minor_reports.reporting_clause`)
found in such a sentence, and :func:`writer_act` keeps the learned model from promoting one
(:func:`analysis.corpus.voice_vetoes.writer_narration`):

* the writer's claim that a statement is a first, a latest or an only one (``This is the
  first time Tokyo has confirmed its worries ...``, ``The envoy's remark is Beijing's first
  comment on the plan``): the sentence describes the remark, it does not report it;
* a referral instead of an answer (``The spokesman referred questions to the ministry``,
  ``..., citing security, referred queries back to the release``): declined speech, like
  *declined to comment*;
* a quantifier taken for a source, before a text's parts (``All mentions of Japan ... were
  dropped``: *All* is no speaker, and *mentions* is a noun there);
* speech only expected of its source (``Kim Yo Jong is expected to issue a statement
  denouncing the drills``): nothing has been said yet;
* a statement named before and only relayed (``This accusation was reported by North Korean
  state media KCNA on Thursday.``, ``The remarks were carried by the Rodong Sinmun.``): the
  sentence tells where the words ran, none of them;

A purpose narrated after the subject (``Kishida sought to reassure Seoul ...``, ``The bill
seeks to ...``) was tried as a fourth class and dropped: PolNeAR attributes such sentences
(nine of twelve changed sentences of its training split went wrong), so it lowered a guard.

:func:`without_signoff` takes a wire service's sign-off off the end of a sentence (``...,
the ministry said. — AFP``, ``... (Yonhap)``), so that a closing reporting clause before it is
read as one; :func:`without_naming_aside` cuts a naming aside between a subject and its verb
(``The accord, dubbed the Camp David pledge, states that ...``), so that the verb finds its
subject.
"""

from __future__ import annotations

import re

_FIRST_TIME_RE = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|However|Indeed),?\s+)?(?:(?![^,;:]*\b(?:[Aa]ccording|[Aa]s per|"
    r"[Cc]iting|said|says|told)\b)[^,;:]{1,100},\s+)?"
    r"(?:This|That|It|this|that|it)\s+(?:is|was|marks|"
    r"marked)\s+(?:also\s+)?the\s+(?:first|second|third|latest|only)\s+(?:time|instance|occasion)"
    r"\b")
"""``This is the first time X has confirmed ...`` (perhaps after a fronted phrase, ``Despite its
law of last year, it is the first time X has revealed ...``): the writer's claim about a
statement."""
_REMARK_IS_RE = re.compile(
    r"\s*(?:(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w.-]*[’']s|(?:The|This|That|Her|His|Its|Their)"
    r"(?:\s+[\w’'-]+){0,2}?)\s+(?:statement|remarks?|comments?|message|warning)\s+(?:is|was)\s+"
    r"(?:(?:the|a|an|its|his|her|their)\s+|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:first|latest|only|second|strongest|harshest)\b")
"""``The envoy's remark is Beijing's first comment on ...``: a remark described by the writer."""
_REFERRAL_RE = re.compile(r"\b(?:referred|refers|referring)\s+(?:all\s+)?(?:questions|queries|"
                          r"inquiries|enquiries|requests|reporters|journalists)\s+(?:back\s+)?to\b")
"""A referral instead of an answer: nothing is said."""
_RELAYED_TEXT_RE = re.compile(
    r"\s*(?:(?:But|And),?\s+)?(?:This|That|These|Those|The|Her|His|Its|Their)\s+(?:[\w’'-]+\s+)"
    r"{0,2}?(?:accusations?|claims?|statements?|remarks?|comments?|messages?|warnings?|threats?|"
    r"criticism|announcements?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:first\s+)?"
    r"(?:reported|carried|published|relayed|broadcast|aired)\s+by\s+"
    r"(?![^.]*\b(?:and|said|says|saying|adding|which|who|that|as)\b)[^,;:“\"]{1,80}[.!]?\s*$")
"""A statement named before, relayed with none of its words (``This accusation was reported by
KCNA on Thursday.``)."""
_QUANTIFIERS = frozenset("all every each any none no".split())
"""Words that, as a whole source, name nobody (``All mentions of ...``)."""
_TEXT_PARTS = frozenset("mentions references statements comments remarks words".split())
"""Nouns after a quantifier that make the phrase a text's parts (``All references to ...``)."""
EXPECTED_RE = re.compile(
    r"\s*(?:(?:But|And|Nonetheless|However|Meanwhile|Still|Now),?\s+)?((?:[\w’'.-]+\s+){1,6}?)"
    r"(?:is|are|was|were)\s+(?:(?:also|widely|now|still|not|further)\s+)?expected\s+to\s")
"""A subject of a few words and *is expected to*: an expectation nobody is said to hold."""
_REPORTED_RE = re.compile(r"\b(?:said|says|told|tells|reported|reports|believes|believe|"
                          r"thinks|think|added|noted|warned|stated)\b")
"""A reporting verb before *is expected to*: someone holds the expectation."""
_WHICH_RE = re.compile(r",\s+(?:which|who|where|when)\b")
"""A relative clause after the expectation: a source inside it speaks of its noun only."""
_CITED_RE = re.compile(r"\b(?:according\s+to|as\s+per|citing|quoting)\b")
"""A cited source before a text: the text is the source, not one yet to come."""
_FUTURE_TEXT_RE = re.compile(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}?$")
"""An indefinite article (and up to two modifiers) before a source: a text not yet issued."""
_TEXT_PARTS_RE = re.compile(r"\s*(?:All|Every|Each|Any|No)\s+(?:" + "|".join(sorted(_TEXT_PARTS)) +
                            r"|mention|reference|statement|comment|remark)\b")
"""A sentence opening with a quantifier and a text's parts: the writer describes a text."""
_SIGNOFF_RE = re.compile(r"\s*(?:[—–-]{1,2}\s*(?:Reuters|AFP|AP|Yonhap|Xinhua|Kyodo|"
                         r"Bloomberg|dpa|UPI|Bernama|ANI|IANS|PTI|TASS|Sputnik)|"
                         r"\((?:Reuters|AFP|AP|Yonhap|Xinhua|Kyodo|dpa|UPI)\))\s*$")
"""A wire service's sign-off ending a sentence (``— Reuters``, ``(Yonhap)``)."""


def writer_clause(outside: str, raw: str) -> bool:
    """Whether the source ``raw`` found in ``outside`` (a sentence with its quotations blanked)
    is to be dropped: the sentence is a claim about a statement, a referral, or ``raw`` is a
    quantifier (module docstring)."""
    words = raw.lower().split()
    if words and words[0] in _QUANTIFIERS and (len(words) == 1 or words[1] in _TEXT_PARTS):
        return True
    return claims_or_refers(outside) or expected_speech(outside, raw)


def expected_speech(outside: str, raw: str) -> bool:
    """Whether ``raw`` is expected to speak and has not (``Kim Yo Jong is expected to issue a
    statement denouncing ...``, ``The North is expected to respond with a statement
    condemning ...``): the source is the subject of *is expected to* or a text not yet issued
    after it in the same clause (:data:`_FUTURE_TEXT_RE`); not a source who holds the
    expectation (``..., officials said``, ``..., according to a statement``)."""
    m = EXPECTED_RE.match(outside) if "expected" in outside else None
    if m is None:
        return False
    at = outside.find(raw)
    head = at + len(raw) - len(raw.split()[-1]) if raw.split() else at  # past "a statement"'s a
    which = _WHICH_RE.search(outside, m.end())  # "..., which Seoul said": about the drills
    end = which.start() if which else len(outside)
    if _REPORTED_RE.search(outside, 0, m.end(1)) or _REPORTED_RE.search(outside, m.end(), end) \
            or _CITED_RE.search(outside, m.end(), end):
        return False  # "Kirby said Yoon is expected to ...", "..., officials said": theirs
    return 0 <= at < m.end(1) or (at >= m.end() and "," not in outside[m.end():at] and
                                  _FUTURE_TEXT_RE.search(outside, 0, head) is not None and
                                  _CITED_RE.search(outside, 0, at) is None)


def claims_or_refers(text: str) -> bool:
    """Whether ``text`` opens with the writer's claim about a statement (``This is the first
    time ...``, ``The envoy's remark is Beijing's first comment ...``) or holds a referral
    (``referred questions to ...``). Each pattern is tried only when ``text`` holds a word
    every match of it holds (*time*, *instance* or *occasion*; *statement*, *remark*,
    *comment*, *message* or *warning*; *refer*): most sentences hold none."""
    return (("time" in text or "instance" in text or "occasion" in text)
            and _FIRST_TIME_RE.match(text) is not None) or (
        ("ment" in text or "remark" in text or "message" in text or "warning" in text)
        and _REMARK_IS_RE.match(text) is not None) or (
        "refer" in text and _REFERRAL_RE.search(text) is not None) or (
        " by " in text and _RELAYED_TEXT_RE.match(text) is not None)


def writer_act(sentence: str) -> bool:
    """Whether the learned model may not promote ``sentence``: one of :func:`writer_clause`'s
    claims, referrals and quantifiers before a text's parts (module docstring)."""
    return claims_or_refers(sentence) or _TEXT_PARTS_RE.match(sentence) is not None


def without_signoff(outside: str) -> str | None:
    """``outside`` without a wire sign-off ending it (module docstring), or ``None`` if it has
    none."""
    tail = outside[-14:]
    if not ("—" in tail or "–" in tail or "-" in tail or "(" in tail):
        return None
    m = _SIGNOFF_RE.search(outside)
    return outside[:m.start()].rstrip() if m and m.start() > 0 else None


_NAMING_ASIDE_RE = re.compile(r",\s+(?:dubbed|called|known\s+as|named|titled|branded)\s+"
                              r"[^,;:.!?]{1,60},\s+")
"""A naming participle set off by commas after the subject (``The accord, dubbed the X
Declaration, states that ...``)."""


def without_naming_aside(outside: str) -> str | None:
    """``outside`` with a naming aside after its subject (:data:`_NAMING_ASIDE_RE`) cut to one
    space, so that the reporting verb after it finds its subject, or ``None`` if it has none."""
    if "," not in outside:
        return None
    m = _NAMING_ASIDE_RE.search(outside)
    return outside[:m.start()] + " " + outside[m.end():] if m else None
