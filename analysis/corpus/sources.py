"""The source a reporting clause names after an inverted verb, and what kind of source it is.

* :func:`inverted_subject` and :func:`inverted_common_noun`: the subject after an inverted
  reporting verb (``..., said former adviser David Axelrod``; ``..., quipped one senior aide``);
* :func:`is_relay` and :func:`is_named`: a news outlet or report relaying someone else's words,
  and a source that names someone (words relayed through another source are its own);
* :func:`blank_dateline`: a sentence with its wire dateline (``SEOUL, April 27 (Yonhap) --``)
  blanked before the search.

:mod:`.cues` finds the reporting clause and uses these readers.
"""

from __future__ import annotations

import re

from .cue_words import AUXILIARIES, CLAUSE_STOPS, DOCUMENT_NOUNS, ORG_HEADS, PREPOSITIONS
from .datelines import dateline_spans
from .portfolios import BODY_ENDS
from .speakers import DETERMINERS, NAME_RE, PERSON_ROLES, PRONOUNS, SPEAKER_NOUNS, TITLE_WORDS

_INVERTED_SEGMENT_RE = re.compile(r"\s+([^,;:!?“”\"()]{1,80})")
_SEGMENT_STOP_RE = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)"
                              r"(?<!\bGov)(?<!\bGen)(?<!\bAdm)(?<!\bLt)(?<!\bCol)(?<!\bMaj)"
                              r"(?<!\bCapt)(?<!\bSgt)(?<!\bCmdr)(?<!\bBrig)(?<!\bProf)(?<!\bAmb)"
                              r"(?<!\b[A-Z])\.(?:\s|$)")
"""The end of an inverted subject: a full stop that closes no title's abbreviation (``said Rear
Adm. Michael Wosje``) nor an initial."""
NOT_SUBJECT_START = frozenset("""on in at to of for with by from that this last after before
    during when while earlier later about monday tuesday wednesday thursday friday saturday
    sunday yesterday today whether if""".split())
"""Words that cannot open the subject after an inverted verb (prepositions, clause words,
days)."""
_APPOSITIVE_NAME_RE = re.compile(r",\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)\s*(?:,|\.?\s*$)")
"""A name of two to four capitalised words set off by commas after a role."""
_INVERTED_COMMON_RE = re.compile(r"\s+((?:[Tt]he|an?|one|[A-Z][a-z]+(?:’s|'s))\s+"
                                 r"(?:[^,.;:!?“”\"()]|(?<=\b[A-Z])\.(?=[A-Z]|\s+[a-z])){1,60})")
"""A common noun phrase after an inverted verb, dotted initialisms kept (``the U.S. ambassador``,
``Japan's ambassador``)."""
_DATELINE_RE = re.compile(r"[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                          r"\s*(?:\([^()]{1,40}\))?\s*(?:--|—|–|-|:)\s+")
PREP_OR_STOP = PREPOSITIONS | CLAUSE_STOPS
"""Prepositions and clause words: where a subject or a noun phrase stops."""


_PERSON_TITLES = TITLE_WORDS | PERSON_ROLES
RELAY_HEADS = frozenset("""media agency kcna yonhap xinhua kyodo tass newspaper sinmun daily
    outlet outlets broadcaster tv radio report reports nhk novosti sputnik interfax afp reuters
    anadolu cctv kbs arirang bernama ilbo shimbun hankyoreh""".split())
"""Last words of a source that relays others' words: news agencies, state media, a report
(``KCNA said Kim called the vessel ...``: the words are Kim's)."""


def is_relay(source: str) -> bool:
    """Whether ``source`` is a news outlet or a report relaying someone else's words
    (:data:`RELAY_HEADS`)."""
    words = source.split()
    return bool(words) and words[-1].lower().strip(".,") in RELAY_HEADS


def is_named(source: str) -> bool:
    """Whether a raw source names someone (a capitalised name, perhaps after ``the`` or a title,
    not ``I``, not after another determiner) or is a pronoun, so that words relayed through
    another source are its own."""
    words = source.split()
    if len(words) > 1 and words[0].lower() == "the" and words[1][0].isupper():
        words = words[1:]  # "the Joint Chiefs of Staff", "the Foreign Ministry"
        source = " ".join(words)
    return source.lower() in PRONOUNS or (
        (source[0].isupper() or (words[0].lower() in _PERSON_TITLES and words[-1][0].isupper()))
        and words[0].lower() not in DETERMINERS and source != "I" and not is_relay(source))


INVERTED_HEADS = ORG_HEADS | SPEAKER_NOUNS | PERSON_ROLES | DOCUMENT_NOUNS | frozenset(
    "narrator aide voice-over host anchor reporter".split())
"""Heads of a common noun phrase after an inverted verb (``..., said the ministry``,
``..., noted a report for Oxfam``, ``..., quipped one senior aide``)."""


def inverted_common_noun(outside: str, at: int) -> str | None:
    """The common noun phrase after an inverted reporting verb, up to a preposition or a
    clause break, if its head names a speaker (:data:`INVERTED_HEADS`)."""
    m = _INVERTED_COMMON_RE.match(outside, at)
    if not m:
        return None
    words = m.group(1).split()
    for n, word in enumerate(words[1:], 1):
        if word.lower() in PREP_OR_STOP and not (n == 1 and word == "of" and words[0] == "one") \
                or word.endswith("ed") and words[n + 1:n + 2] == ["by"] or word in _INVERTED_CUTS \
                or word == "to" and words[n - 1].lower() in PERSON_ROLES:  # "envoy to Pyongyang"
            words = words[:n]  # "one of the advisers" keeps its "of"; "carried by" ends it
            break
    words = words[:5]
    if words[:2] == ["one", "of"]:
        words = words[2:]  # "said one of the advisers": the advisers are the source
    head = words[-1].lower() if words else ""
    if len(words) < 2 or not (head in INVERTED_HEADS or (
            head.endswith("s") and head[:-1] in INVERTED_HEADS)):
        return None
    named = _APPOSITIVE_NAME_RE.match(outside, m.end())  # "said the spokesperson, Jane Roe,"
    return named.group(1) if named else " ".join(words)


_INVERTED_CUTS = frozenset("who whose which that familiar alongside".split())
"""Words that end an inverted subject's own phrase (a relative clause, ``familiar with``)."""
_DETERMINERS = frozenset("a an the his her its their one another".split())
"""Words before an adjective in *-ing* (``the outgoing ambassador``), which cuts no subject."""
_INVERTED_WORDS = 12
"""Words after an inverted verb (after a quotation or a comma) read for its subject (``said
former South Korean submarine commander and squadron leader Moon Keun-sik``: eleven)."""
_PLAIN_WORDS = 8
"""Words read after a verb that no quotation or comma precedes (``said the U.S. needed``)."""


def inverted_subject(outside: str, at: int) -> str | None:
    """The subject after an inverted reporting verb (``..., said former adviser David
    Axelrod``): the last name of the phrase up to the next punctuation, within
    :data:`_INVERTED_WORDS` words."""
    m = _INVERTED_SEGMENT_RE.match(outside, at)
    if not m:
        return None
    segment = m.group(1)
    stop = _SEGMENT_STOP_RE.search(segment)
    head = outside[:at].rstrip()
    head = head[:len(head) - len(head.split()[-1])] if head.split() else head
    inverted = head.endswith("   ") or head.rstrip().endswith((",", "—"))  # "...,” said X"
    words = (segment[:stop.start()] if stop else segment).split()[:_INVERTED_WORDS if inverted
                                                                  else _PLAIN_WORDS]
    if not words or words[0].lower() in NOT_SUBJECT_START:
        return None
    cut = next((k for k, w in enumerate(words) if k and (
        w.endswith("ed") and words[k + 1:k + 2] == ["by"] or  # "the commentary carried by"
        w in _INVERTED_CUTS or w.endswith("ing") and w.islower() and w != "calling" and
        words[k - 1].lower() not in _DETERMINERS or  # not "a ruling party lawmaker"
        w.lower() in _SETTING_PREPOSITIONS and any(v[:1].isupper() for v in words[:k]) or
        w in {"of", "from"} and k > 1 and _named_before(words[k - 2:k]) and
        words[k + 1:k + 2] != [] and words[k + 1][:1].islower())), len(words))
    words = words[:cut]  # "said Biden during his White House press conference": Biden
    joined = " ".join(words)
    # "wrote Lee Min-ji for the Korea Times": a name after a preposition is an affiliation.
    names = [n.group(0) for n in NAME_RE.finditer(joined)
             if n.group(0).split()[0] not in WEEKDAYS
             and not _after_preposition(joined, n.start())]
    if not names:
        return None
    rest = joined[joined.rfind(names[-1]) + len(names[-1]):]
    after = rest.split()[:1]
    if after and after[0].lower() in AUXILIARIES:
        return None  # "..., said the North would take ...": a clause, not an inverted subject
    body = _BODY_OF_RE.match(rest) if names[-1].split()[-1] in BODY_ENDS else None
    if body:  # "said the General Staff of the KPA": the body's whole name
        return names[-1] + body.group(0)
    return names[-1] if words[0][0].isupper() or len(words) > 1 else None


_BODY_OF_RE = re.compile(r"\s+of\s+the\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
"""The rest of a body's name past *of the* (``General Staff`` *of the KPA*)."""


def _named_before(words: list[str]) -> bool:
    """Whether two words are the end of a name, no title (``Sul Hoon`` before ``of the main
    opposition Democratic Party``: an affiliation follows, opening with a lower-case word; not
    ``Secretary`` of ``Secretary of State``, and ``Joint Chiefs of Staff`` goes on)."""
    return all(w[:1].isupper() and w.lower().strip(".") not in _PERSON_TITLES for w in words)


def _after_preposition(text: str, at: int) -> bool:
    """Whether the word before offset ``at`` (a determiner skipped) is a preposition."""
    before = text[:at].split()[-2:]
    if before and before[-1].lower() in DETERMINERS:
        before = before[:-1]
    return bool(before) and before[-1].lower() in PREPOSITIONS


WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_SETTING_PREPOSITIONS = frozenset("""during at in on with before after while when amid following
    to""".split())
"""Prepositions that end an inverted subject once a name has been read: the setting of the
remark follows (``said Biden during a White House briefing``); *of* and *for* may still be part
of a title (``said Secretary of State Antony Blinken``)."""


_SYNDICATION_RE = re.compile(r"\s*\((?:MENAFN|PRNewswire|GLOBE NEWSWIRE|ANI|IANS)\b"
                             r"[^()]{0,60}\)\s*")
"""A syndicator's tag before a story (``(MENAFN- Asia News)``)."""


def blank_dateline(outside: str) -> str:
    """``outside`` with a leading dateline (``SEOUL, April 27 (Yonhap) --``, a wire's date and
    name without a place, ``April 26 (UPI) --``: :func:`.datelines.dateline_spans`) blanked,
    and a syndicator's tag before it (``(MENAFN- AzerNews)``)."""
    tag = _SYNDICATION_RE.match(outside)
    if tag:  # "(MENAFN- AzerNews) SEOUL, Dec 17 ...": the syndicator's tag, then the dateline
        rest = blank_dateline(outside[tag.end():])
        return " " * tag.end() + rest
    m = _DATELINE_RE.match(outside)
    if m and sum(c.isupper() for c in m.group(0)) >= 3:
        return " " * m.end() + outside[m.end():]
    head = outside[:40]
    long_dash = "—" in head or "–" in head or "--" in head  # "Seoul, South Korea —"
    spans = dateline_spans(outside[:80]) if "(" in outside[:20] or long_dash else []
    if spans and spans[0][0] < 3:
        return " " * spans[0][1] + outside[spans[0][1]:]
    return outside
