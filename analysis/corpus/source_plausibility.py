"""Whether a source read from a sentence's opening words can name a source at all.

The finders of a promoted sentence's source (:mod:`analysis.corpus.speaker_shapes`) and of a
reporting clause read capitalised words and the words before a verb. Some of what they read
names nobody:

* a day or a date, or its possessive (``Thursday’s “Washington Declaration” ... reaffirmed``:
  the day's text, not the day, is the subject);
* an ordinal or a list word opening the sentence (``Second, Donald Trump, who has criticized
  ...``; ``The first concern was that ...``): the writer's enumeration;
* a capitalised adjective or participle opening the sentence before its noun (``Extended
  deterrence is the promise that ...``, ``Presidential candidates ... have pledged``): the
  subject is the noun phrase it opens (:func:`fuller_subject`), a source only when its head
  names one (``Presidential candidates``, not ``Extended deterrence``);
* a noun phrase headed by a promise, a pledge or an idea (``The pledge allows allies to ...``,
  ``The concern is that ...``: :data:`IDEA_HEADS`), which says nothing by itself.

A name before a role noun is the role's modifier, and the subject runs on to the name the role
introduces (``Pentagon spokesperson Patrick Ryder outlined ...`` is *Pentagon spokesperson
Patrick Ryder*, not *Pentagon*; ``Biden aides believe`` is *Biden aides*): :func:`fuller_subject`.

A reporting clause's source is put right (:func:`plausible_clause_source`) when it is a name
inside a place modifier of the subject (``the allies in the APAC region have indicated``:
:func:`subject_before_modifier`), a common word glued before a name (``..., moves KCNA said``:
:func:`unglued_name`) or the *whom* of a relay (``Yonhap quotes an officer, according to whom
...``: :func:`according_to_whom`); an initialism in parentheses after an affiliation no longer
ends the subject's aside (``X, a fellow at the Center for Strategic and International Studies
(CSIS), wrote``: :func:`blank_initialisms`), and a promoted sentence's opening name stops at
a comma (``Vedant Patel, Senior Spokesperson for ...``: :func:`before_comma`). A medium's
report of what someone said is that one's (``Bloomberg reported that President Yoon said``,
``the Global Times, citing an interview with expert Song Zhongping, warned``:
:func:`inner_report`), as a relay's is.
"""

from __future__ import annotations

import re

from .speaker_checks import DATE_WORDS, EVENT_HEADS, SOURCE_HEADS

ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth
    firstly secondly thirdly fourthly lastly finally next""".split())
"""Words of the writer's enumeration: never a source by themselves (``Second, ...``)."""

_WORDINGS = frozenset("language wording phrasing".split())
"""Heads of a text's words read by the writer (``the language suggests that ...``): no source."""
IDEA_HEADS = frozenset("""pledge pledges promise promises commitment commitments guarantee
    guarantees assurance assurances deterrence concern concerns problem problems issue issues
    idea ideas reason reasons jitters fears worries anxieties anxiety hopes doubts language
    wording phrasing effort efforts attempts sentiment sentiments disagreement disagreements
    differences speculation aspect aspects irony truth""".split())
"""Heads of a noun phrase that names a promise, a concern, a feeling, a dispute or an idea: it says
nothing by itself (``The pledge allows allies to ...``, ``disagreements remain over ...``); the
promise of someone names its maker elsewhere (:mod:`analysis.corpus.nominal_sources`)."""

_DETERMINERS = frozenset("the a an this that these those its their".split())
_MODIFIER_TAGS = frozenset({"ADJ"})
_NOMINAL_TAGS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})


def _core(raw: str) -> list[str]:
    """The words of ``raw`` without leading determiners and a final possessive."""
    words = raw.replace("’s", "").replace("'s", "").split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return words


def _enumeration(raw: str, core: list[str]) -> bool:
    """Whether ``raw`` is an ordinal of the writer's enumeration (``Second, ...``), not one of a
    group with its article (``A second said``, ``The third added``)."""
    return len(core) == 1 and core[0].lower().strip(",.") in ORDINALS and \
        raw.split()[0].lower() not in ("a", "the")


def junk_source(sentence: str, raw: str | None, dates: bool = True) -> bool:
    """Whether ``raw``, read as the source of ``sentence``, names nobody (module docstring): a
    day or a date (unless not ``dates``: a promoted sentence's finders read past a fronted
    date), an ordinal, a capitalised adjective whose noun phrase names no source, or a phrase
    headed by a promise or an idea."""
    if not raw:
        return False
    core = _core(raw)
    if not core:
        return False
    head = core[-1].lower().strip(",.")
    if (dates and head in DATE_WORDS) or _enumeration(raw, core):
        return True
    if head in IDEA_HEADS and raw[:1].lower() + raw[1:] == raw.lower():
        return True  # "the pledge", not "the Pledge of Allegiance" or a name
    if len(core) == 1 and " " not in raw and _tag(sentence, raw) in _MODIFIER_TAGS:
        fuller = fuller_subject(sentence, raw)  # a plural may be people: "Corporate lobbyists"
        after = sentence[sentence.find(raw) + len(raw):].split()[:1]
        return after[0].strip(",.").lower() in IDEA_HEADS if fuller == raw and after else \
            fuller != raw and not fuller.endswith("s") and not _source_head(fuller)
    return False


def fuller_subject(sentence: str, raw: str) -> str:
    """The noun phrase that the one capitalised word ``raw`` opens in ``sentence`` when a
    lower-case noun follows it (``Pentagon spokesperson Patrick Ryder``, ``Presidential
    candidates``, ``Extended deterrence``: the words before the first verb,
    :func:`analysis.corpus.subjects.subject_phrase`); else ``raw``. A name before a noun that
    names no source (``Seoul plans to``) stays ``raw``."""
    from .subjects import subject_phrase
    from .tagger import tag_text

    if " " in raw or not raw[:1].isupper():
        return raw
    at = sentence.find(raw)
    if at < 0 or sentence[at + len(raw):at + len(raw) + 1] != " ":
        return raw
    tags = tag_text(sentence[at:at + len(raw) + 40])
    if len(tags) < 2 or tags[1][3] != "NOUN" or not tags[1][2][:1].islower():
        return raw
    phrase = subject_phrase(sentence[at:])
    if not phrase or not phrase.startswith(raw + " ") or any(
            t[3] not in _NOMINAL_TAGS for t in tags[:len(phrase.split())]):
        return raw  # "Trump calls for": no noun phrase
    modifier = tags[0][3] in _MODIFIER_TAGS
    return phrase if modifier or _source_head(phrase) or _names_after_role(phrase) else raw


def _source_head(phrase: str) -> bool:
    """Whether ``phrase`` ends in a name or in a noun of a source (``candidates``,
    ``spokesperson``: :data:`analysis.corpus.speaker_checks.SOURCE_HEADS`)."""
    head = phrase.split()[-1]
    low = head.lower()
    return head[0].isupper() or low in SOURCE_HEADS or low.rstrip("s") in SOURCE_HEADS or (
        low.endswith("ies") and low[:-3] + "y" in SOURCE_HEADS)


def _names_after_role(phrase: str) -> bool:
    """Whether ``phrase`` holds a role noun followed by a name (``Pentagon spokesperson
    Patrick Ryder``)."""
    words = phrase.split()
    return any(w.lower() in SOURCE_HEADS and n + 1 < len(words) and words[n + 1][0].isupper()
               for n, w in enumerate(words[1:], start=1))


def _tag(sentence: str, word: str) -> str | None:
    """The part-of-speech tag of the first occurrence of ``word`` in ``sentence``."""
    from .tagger import tag_text

    at = sentence.find(word)
    if at < 0:
        return None
    tags = tag_text(sentence[at:at + len(word) + 40])
    return tags[0][3] if tags else None


_MODIFIER_OPENERS = frozenset("in near among including inside within across throughout".split())
"""Prepositions of place that open a modifier of a noun (``its allies in the APAC region``); a
body after *of*, *for*, *from* or *at* is an affiliation, which the readers keep."""
_COORDINATION = frozenset("and or the a an its their his her".split())
_FRONTED_OPENERS = _MODIFIER_OPENERS | frozenset("""according to as after before during when while
    if although though since under over despite amid following""".split())


_PARTITIVES = frozenset("many some most few several all none both each others one two three "
                        "half".split())
_MAX_SUBJECT = 6
"""Words of a subject before its modifier: more make a clause, not a noun phrase."""


_REDUCED_RE = re.compile(r"\s*((?:[\w.’'-]+\s+){1,5}?)(?:nominated|tapped|picked|chosen|named|"
                         r"appointed|selected|designated|expected|slated|tasked|assigned|elected)"
                         r"\s+to\s+[a-z]+\b")
"""A subject of up to five words before a participle and an infinitive (``The diplomat tapped
to lead the talks``): the infinitive's object is no subject."""


def subject_before_modifier(outside: str, raw: str) -> str | None:
    """When the source ``raw`` read from ``outside`` stands inside a modifier of the sentence's
    subject (after a preposition or a participle: ``the US and its allies in the APAC region
    have indicated``, ``Presidential candidates representing the Democratic Party and the
    People Power Party have pledged``), the subject before that modifier (``Presidential
    candidates``; ``None`` when it holds no name and no source noun, ``the US and its
    allies``); so too after a participle and an infinitive (``The diplomat tapped to lead the
    talks told``: :data:`_REDUCED_RE`); ``""`` when that subject is an event (``This change in
    the U.S. strategy``); otherwise ``raw``. A fronted phrase (``On Monday the
    ministry said``, ``At a briefing in Washington, Ned Price said``) holds no subject."""
    at = outside.find(raw)
    if at <= 0:
        return raw
    clause_start = max(outside.rfind(",", 0, at), outside.rfind(";", 0, at)) + 1
    reduced = _REDUCED_RE.match(outside, clause_start)
    if reduced and reduced.end(1) <= at and (_source_head(reduced.group(1).strip()) or
                                            _names_after_role(reduced.group(1).strip())):
        return reduced.group(1).strip()  # "The general nominated to lead U.S. forces ... told"
    words = outside[clause_start:at].split()
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1].lower() in _COORDINATION):
        k -= 1
    if not k:
        return raw
    opener = words[k - 1].lower()
    participle = opener.endswith("ing") and len(opener) > 5 and opener not in _RELAYING
    if opener not in _MODIFIER_OPENERS and not participle:
        return raw
    if k > 1 and (words[k - 2].endswith("ed") or not participle and k > 2 and
                  words[k - 2][:1].isupper()):
        return raw  # "experts interviewed by the paper", "Korea Chair at the ... Center"
    before = words[:k - 1]
    if not before or len(before) > _MAX_SUBJECT or before[0].lower() in _FRONTED_OPENERS \
            or not words[0][:1].isalpha():
        return raw
    phrase = " ".join(before)
    if before[-1].lower() in EVENT_HEADS:
        return ""  # "This change in the U.S. strategy has raised concerns": an event, no one
    if len(before) == 1 and phrase.lower() in _PARTITIVES:
        return raw  # "Many in the crowd": a part of those the modifier names
    if _source_head(phrase) or _names_after_role(phrase):
        return phrase
    return None


def plausible_clause_source(sentence: str, outside: str, raw: str | None,
                            according: bool) -> str | None:
    """The source of a reporting clause ``raw`` (read from ``outside``, the sentence with its
    quotations blanked) put right when it names nobody: a day's possessive gives the text it
    dates (``Thursday’s “Washington Declaration” ... reaffirmed`` -> ``Washington
    Declaration``); a relay's ``quotes X, according to whom`` gives X
    (:func:`according_to_whom`); a common word glued before a name is dropped
    (:func:`unglued_name`); a medium's report of someone's words gives that one
    (:func:`inner_report`); a text opening the sentence before a participle of issuing gives
    itself (:func:`issued_text`); an ordinal gives none (``Second, Donald Trump, who has criticized
    ...``); a name inside a modifier of the subject gives the subject
    (:func:`subject_before_modifier`; kept when that names no source). An *according to*
    source is kept."""
    if according and (whom := according_to_whom(outside)):
        return whom  # "Yonhap quotes an officer, according to whom ...": the officer
    if not raw or according:
        return raw
    raw = inner_report(outside, unglued_name(raw))  # "moves KCNA said": KCNA
    raw = issued_text(outside, raw) or raw  # "The statement released at the end of the meeting"
    core = _core(raw)
    if core and core[-1].lower() in DATE_WORDS and raw.endswith(("’s", "'s")):
        m = _DATED_TEXT_RE.match(sentence, max(sentence.find(raw), 0) + len(raw))
        return m.group(1) if m else None
    if _enumeration(raw, core) or \
            core and core[-1].lower() in _WORDINGS and raw[1:] == raw[1:].lower():
        return None  # "the language suggests ...": the writer's reading of a text's words
    threat = _THREATENS_RE.match(outside, max(outside.find(raw), 0) + len(raw)) if core else None
    if threat and core[-1][:1].islower() and core[-1].lower() not in SOURCE_HEADS and not (
            core[-1].lower() in _AGENTS and outside[threat.end():].split()[:1] == ["to"]):
        return None  # "The submarine threatens Russia": a thing threatens, no one speaks
    before = subject_before_modifier(outside, raw)
    return None if before == "" else before or raw  # "This change in the U.S. strategy": no one


_THREATENS_RE = re.compile(r"\s+(?:\w+ly\s+)?(?:threatens|threatened|threaten)\b")
"""A verb of threat right after a subject: words only when someone, not something, threatens."""
_AGENTS = frozenset("""state states regime regimes country countries nation nations hardliners
    hardliner party parties leadership administration militants protesters conservatives
    progressives opposition camp allies ally neighbour neighbor""".split())
"""Lower-case heads of states and camps who threaten in words before an infinitive (``The
reclusive state threatened to respond``; not ``The nuclear-armed state threatens the region``),
beside the sources' heads."""
_RELAYING = frozenset("citing quoting".split())
"""Participles whose object is a report's source, no modifier of its subject (``Caliber.Az
reports citing Korean media``: Korean media)."""
_ISSUED_RE = re.compile(r"\s*((?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:statement|declaration|communique|report|readout|document|letter|"
                        r"message|release|fact\s+sheet|factsheet))\s+(?:released|issued|"
                        r"published|adopted|unveiled|distributed|posted)\b")


def issued_text(outside: str, raw: str) -> str | None:
    """The text opening ``outside`` before a participle of issuing when the source ``raw``
    stands in that participle's phrase or is the text with it (``The statement released at the
    end of the meeting warns that``: the statement, not the meeting; ``The statement released
    Monday said``: not *the statement released*), else ``None``; a maker after *by* stays the
    source (``The report issued by the ministry on Monday said``)."""
    m = _ISSUED_RE.match(outside)
    if m is None or outside[m.end():m.end() + 4] == " by ":
        return None
    return m.group(1) if outside.find(raw, m.end()) >= 0 or raw.lower() == \
        outside[m.start(1):m.end()].lower() else None


_DATED_TEXT_RE = re.compile(r"\s+[“\"‘]?((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)[”\"’]?")
"""The capitalised name of a text after a day's possessive (``Thursday’s “Washington
Declaration”``)."""


_WHOM_RE = re.compile(r"\b(?:quotes|quoted|quoting|cites|cited|citing)\s+([^,;:()]{3,80}?),\s+"
                      r"according\s+to\s+whom\b")
"""A relay that quotes someone and gives their words after *according to whom* (``Yonhap
quotes an Air Force officer, according to whom the drills ...``): the one quoted speaks."""
_INITIALISM_RE = re.compile(r"(?<=\w)\s\([A-Z][A-Za-z&]{1,7}\)(?=[\s,;:.])")
"""An initialism in parentheses after a name (``Center for Strategic and International Studies
(CSIS)``)."""
_GLUED_RE = re.compile(r"([a-z]+)\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")


def according_to_whom(outside: str) -> str | None:
    """The one a relay quotes before *according to whom* (:data:`_WHOM_RE`), or ``None``."""
    m = _WHOM_RE.search(outside) if "whom" in outside else None
    return m.group(1).strip() if m else None


def blank_initialisms(outside: str) -> str:
    """``outside`` with an initialism in parentheses after a name blanked, every offset kept
    (``Victor Cha, Korea Chair at the Center for Strategic and International Studies (CSIS),
    stated``: the aside ends at its comma)."""
    if "(" not in outside:
        return outside
    return _INITIALISM_RE.sub(lambda m: " " * len(m.group()), outside)


def unglued_name(raw: str) -> str:
    """``raw`` without a lower-case common word glued before a name (``moves KCNA`` of *...,
    moves KCNA said*: ``KCNA``); a role or a title before the name stays (``lawmaker Kim``,
    ``former President Moon``)."""
    from .speakers import DETERMINERS, TITLE_WORDS

    m = _GLUED_RE.fullmatch(raw)
    if m is None:
        return raw
    word = m.group(1)
    if word in SOURCE_HEADS or word.rstrip("s") in SOURCE_HEADS or word in TITLE_WORDS \
            or word in DETERMINERS or not word.endswith("s") or len(word) < 4:
        return raw
    return m.group(2)


def before_comma(sentence: str, subject: str | None) -> str | None:
    """``subject``, read from the opening capitalised words of ``sentence``, cut at a comma
    between them (``Vedant Patel, Senior Spokesperson for ...`` read as *Vedant Patel Senior
    Spokesperson* is ``Vedant Patel``)."""
    if not subject or " " not in subject:
        return subject
    words = subject.split()
    at = len(sentence) - len(sentence.lstrip())
    if not sentence.startswith(words[0], at) or not all(w[:1].isupper() for w in words):
        return subject  # only a name run opening the sentence
    for n in range(1, len(words)):
        nxt = sentence.find(words[n], at + len(words[n - 1]))
        if nxt < 0:
            return subject
        if "," in sentence[at + len(words[n - 1]):nxt]:
            return " ".join(words[:n])
        at = nxt
    return subject


_REPORTED_SAID_RE = re.compile(
    r"\breported\s+(?:on\s+\w+\s+)?that\s+((?:[Tt]he\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*){0,4}|(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}[a-z]+)\s+(?:had\s+|has\s+)?"
    r"(?:said|told|stated|warned|added|noted|argued|insisted|stressed)\b")
"""A medium's report of what someone said (``Bloomberg reported that President Yoon said that
...``): the words are the inner source's."""
_CITING_INTERVIEW_RE = re.compile(
    r",\s+citing\s+(?:an?\s+|its\s+)?(?:interview|conversation|remarks|comments)\s+(?:with|by|"
    r"from)\s+([^,;:()]{3,60}?)\s*,")
"""A medium citing its interview with someone (``the Global Times, citing an interview with
military expert Song Zhongping, warned``): the one interviewed speaks."""


def inner_report(outside: str, raw: str) -> str:
    """The inner source of a medium's report (``Bloomberg reported that President Yoon said``:
    ``President Yoon``; ``..., citing an interview with expert Song Zhongping, warned``: ``expert
    Song Zhongping``) when ``raw`` is the medium (it stands before the report), else ``raw``."""
    at = outside.find(raw)
    for regex in (_REPORTED_SAID_RE, _CITING_INTERVIEW_RE):
        m = regex.search(outside, max(at, 0))
        if m and at >= 0 and (_source_head(m.group(1)) or _names_after_role(m.group(1))):
            return m.group(1)
    return raw
