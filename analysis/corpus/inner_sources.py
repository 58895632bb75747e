"""The inner source of a reporting clause: whose words a sentence with two sources reports.

:func:`reporting_clause` reads a sentence's reporting clause with
:func:`analysis.corpus.cues.find_reporting_clause` (else the subject of a speech act of
several words, :mod:`analysis.corpus.speech_acts`) and then prefers, as the labelling rules of
``data/voices_README.md`` do, the source whose words they are, and the name over a role phrase:

* ``state media quoted a statement by Ri Myong Chol, vice minister of ..., as saying`` is Ri's
  (the one quoted: the document noun before *by* and an aside between commas after the name
  stepped over);
* a relay citing its source (``..., Yonhap reported, citing the South Korean navy``, the wire
  formula) is that source's when the cited phrase is a name or opens with *the* and ends in a
  source noun (``..., the ministry said, citing bad weather`` or ``citing Trump's appeal``
  stays the ministry's);
* a relay's source cited before the relay or after its inverted clause (``Citing a ministry
  spokesman, the agency said``, ``..., reported the Yonhap news agency, citing the navy``) is
  that source's on the same test of the cited phrase, and so is the subject of a relay's
  *that*-clause right before a quotation (``KCNA reported that the foreign ministry “rejects”
  ...``; not a thing, ``that the drills “will be met ...”``, nor the possessor of the quoted
  phrase, ``that the North’s “first strike” will ...``);
* a relay's trailing clause after a subject that reports by itself (``In a press release, a
  spokesman for the ministry denounced the drills, KCNA reported``): the subject's;
* a role phrase that the subject finder stops at before a name (``Chinese Foreign Ministry
  spokesperson Lin Jian told reporters ..., saying``: *Chinese Foreign Ministry*) runs on to the
  name, and an aside without an article after a name of two words opening the sentence
  (``Cho Tae-yong, Seoul's top security aide revealed``) gives the name;
* a source cut short is completed: the name after a title's full stop (``according to Mr.
  Rhodes``, not *Mr*) and the noun phrase of a lone determiner (``Both parents``, ``His chief
  aide``, not *Both*, *His*);
* a phrase, term or word as subject (``The phrase “extended deterrence” describes ...``) is
  the writer's gloss, no source;
* a passive report or confirmation with its agent ending the sentence (``It was later
  confirmed to be a missile boat by the navy``) is the agent's (not
  *first reported by MSNBC*, a scoop's credit);
* a document *by* or *from* someone (``A joint statement by the NCG reaffirmed``, ``...,” a
  joint statement from the meeting said``) is the document, as the document names it.
"""

from __future__ import annotations

import re

from .actor_linker import default_linker
from .cue_words import DOCUMENT_HEADS, SPEECH_VERBS, TEXT_NOUNS
from .cues import find_reporting_clause
from .name_fragments import possessed_name
from .source_repairs import repaired_source
from .sources import is_named, is_relay
from .speaker_checks import checked_source
from .speakers import NAME_TOKEN, ORG_ROLES, PERSON_ROLES, SPEAKER_NOUNS
from .speech_acts import act_subject

_NAME = rf"{NAME_TOKEN}(?:[ -]{NAME_TOKEN}){{0,3}}"
_CITING_RE = re.compile(r"\b(?:reported|reports|said|says|added|wrote|stated)\s*,?\s+citing\s+"
                        r"((?:an?|the|one|two|several|multiple)?\s*(?:(?:Gen|Lt|Col|Adm|Sen|Rep|"
                        r"Dr|Mr|Ms|Mrs|Maj|Capt|Gov|Amb)\.\s+)?[^,.;:“”\"()]{2,80}?)"
                        r"\s*(?:[,.;]|$)")
"""A relay's verb and *citing* its source (``Yonhap reported, citing the navy``)."""
_CITING_ASIDE_RE = re.compile(
    r"\W*[^,;:“”\"()]{2,60},\s+(?:citing|quoting)\s+((?:an?|the|one|two|several|multiple)?\s*"
    r"[^,.;:“”\"()]{2,80}?),\s+(?:said|says|reported|reports|added|told|tells|stated|wrote)\b")
"""A subject, its source cited in an aside, then the verb (``The agency, citing a government
source, said``, ``The newspaper, quoting a senior official, reported``): the cited source's
words, the inner source."""
_CITED_TEXTS = frozenset("""declaration agreement treaty accord pact resolution law charter act
    constitution armistice statement report document guidelines communique""".split())
"""Texts cited as a reason (``Seoul, citing the Washington Declaration, said``): no source."""
_ACCORDING_CITING_RE = re.compile(r"\W*(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+[^,;:“”\"()]{2,60},\s+"
                                  r"citing\s+((?:an?|the|one|two)?\s*[^,.;:“”\"()]{2,80}?),")
"""An opening *according to* a relay that cites its own source (``According to Yonhap, citing
the defense ministry, ...``): the cited source's words."""
_TITLED_TEXT_RE = re.compile(r"\W*((?:The\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,6}?)"
                             r"(?:,\s[^,;:“”\"]{1,80},)?\s+"
                             r"(?:issued|released|published)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:statement|article|commentary|editorial|report)\s+"
                             r"(?:titled|entitled|headlined|under\s+the\s+title)\s")
"""A body's text with its title, the relay after (``North Korea's foreign ministry issued a
statement titled “...”, according to KCNA``, ``Kim Yo Jong, the leader's sister, issued a
lengthy press statement titled “...,” KCNA reported``): the title is the body's words."""
_RELAY_CITING_RE = re.compile(
    r"(?:^\s*Citing\s+((?:an?|the|one|two|several|multiple)?\s*[^,.;:“”\"()]{2,80}?)\s*,"
    r"|\b(?:reported|reports|said|says)\s+[^,.;:“”\"()]{2,60}?,\s*citing\s+"
    r"((?:an?|the|one|two|several|multiple)?\s*[^,.;:“”\"()]{2,80}?)\s*(?:[,.;]|$))")
"""A relay's source cited before the relay (``Citing a ministry spokesman, the agency said``)
or after an inverted relay (``..., reported the Yonhap news agency, citing the navy``)."""
_RELAYED_THAT_RE = re.compile(
    r"\b(?:reported|reports|said|says)\s+(?:[A-Z][a-z]+day\s+|on\s+[A-Z][a-z]+day\s+)?that\s+"
    r"((?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s{3,}")
"""A relay's *that*-clause whose subject a quotation follows (``KCNA reported on Saturday
that the foreign ministry “rejects” the statement``): the words are the subject's."""
_PASSIVE_RE = re.compile(r"(?<!\bthat )(?<!\bwhich )\b(?:was|were|has\s+been|had\s+been)\s+"
                         r"(?:later\s+|also\s+|[a-z]+ly\s+)?(?:reported|confirmed|stated|"
                         r"disclosed|revealed|condemned|denounced|denied|criticized|criticised|"
                         r"slammed|decried|rebuked)\b")
_PASSIVE_VERBS = ("reported", "confirmed", "stated", "disclosed", "revealed", "condemned",
                  "denounced", "denied", "criticized", "criticised", "slammed", "decried",
                  "rebuked")
"""Every match of :data:`_PASSIVE_RE` holds one of these (a gate before it)."""
_AGENT_RE = re.compile(r"\bby\s+([^.;:,]+?)\s*(?:[.;]?\s*$|,\s+[a-z])")
"""A passive report whose agent ends the sentence or its main clause (``That was reported by
Japanese and US officials.``, ``it was later confirmed to be ..., by the navy.``, ``The flyover
was condemned by North Korea's foreign ministry.``, ``This was denied by the US authorities,
fearful of ...``); not in a relative clause, and not *first reported by*, a scoop's credit."""
_NAMED_BY_RE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
                          r"(?:defined|described|characterized|characterised|labeled|labelled|"
                          r"branded|denounced|condemned|criticized|criticised)\s+by\s+"
                          r"((?:the\s+)?[A-Z][^,;:“”\"()]{1,60}?)\s+as\b")
"""A passive naming with its agent, a name or a capitalised body, before *as* (``is defined by the
U.S. Department of Energy as``, ``was described by Seoul as``)."""
_CITED_SAYING_RE = re.compile(
    r"\bcit(?:ed|es|ing)\s+((?:an?|the|one|two|several|multiple)?\s*[^,.;:“”\"()]{2,60}?)"
    r"\s+saying\b")
"""A source cited with a participle of saying (``The paper cited local media reports saying the
talks would resume``): the words are the cited source's, as with *cited X as saying*."""
_QUOTED_BY_RE = re.compile(
    r"\b(?:quoted|quoting)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|commentary|"
    r"article|report|letter|post|speech)\s+(?:by|from|of)\s+"
    rf"((?:[a-z]+\s+){{0,3}}{_NAME})\s*(?:,[^,;:“”\"]{{1,120}},)?\s+as\s+"
    r"(?:saying|telling|calling|describing|warning|stating|urging)\b")
"""``quoted a statement by NAME(, an aside,) as saying``: NAME's words."""
_TRAILING_RELAY_RE = re.compile(r",\s*((?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'.-]*\w)\s+"
                                r"(?:reported|said|reports|says)(?:\s+(?:on\s+)?(?:Monday|Tuesday|"
                                r"Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
                                r"\s*\.?\s*$")
"""A relay's reporting clause ending the sentence (``..., the official KCNA reported.``,
``..., KCNA reported Saturday.``, ``..., News.Az reports``)."""
_NAME_JOINERS = frozenset("of the and for".split())
_TITLES = frozenset("mr ms mrs dr sen rep gov gen lt col adm st".split())
_LONE_DETERMINERS = frozenset("both some his her their its many several most few all".split())
_AUXILIARIES = frozenset("""is are was were be been has have had will would can could may
    might should must do does did not""".split())
_PLURAL_VERBS = frozenset("""hail praise welcome criticize criticise condemn slam fear worry
    warn say believe see view call question doubt insist claim note contend suggest dismiss
    reject applaud""".split())
"""Verbs in the plural after a lone determiner (``Some hail the decision``): the phrase ends
before them."""
_RUN_ON = 3
_OBJECT_PRONOUNS = {"her": "she", "him": "he", "them": "they", "Her": "she", "Him": "he"}
"""An object pronoun read as a source (``KCNA quoted her as saying``): the person it stands for,
as its subject form names them."""
_OBJECT_STOPS = frozenset("as to by in on at of for with from that".split())
"""Words right after *her* that make it an object pronoun, not a determiner."""
_AGENT_WORDS = 8
_WORDING = frozenset("phrase term word wording expression".split())
_ARTICLES = frozenset("a an the".split())
_SOURCE_HEADS = PERSON_ROLES | ORG_ROLES | SPEAKER_NOUNS | frozenset(
    "sources source navy military army forces guard reports".split())


def reporting_clause(outside: str, has_quote: bool) -> tuple[str | None, bool]:
    """:func:`analysis.corpus.cues.find_reporting_clause` of ``outside`` (a sentence with its
    quotations blanked), with the inner source preferred (module docstring) and the readings
    of :func:`analysis.corpus.source_repairs.repaired_source` put right."""
    raw, according = _reporting_clause(outside, has_quote)
    raw, according = repaired_source(outside, raw, according, has_quote, reporting_clause)
    raw, according = checked_source(outside, raw, according, has_quote, _reporting_clause)
    return _OBJECT_PRONOUNS.get(raw, raw) if raw else raw, according  # "quoted her as saying"


def _reporting_clause(outside: str, has_quote: bool) -> tuple[str | None, bool]:
    """:func:`reporting_clause` before the repairs."""
    aside = _CITING_ASIDE_RE.match(outside) if "citing" in outside or "quoting" in outside \
        else None
    if aside and _names_a_source(aside.group(1).strip()) and \
            aside.group(1).split()[-1].lower() not in _CITED_TEXTS:
        return aside.group(1).strip(), False  # "The agency, citing a source, said": the source
    raw, according = _clause(outside, has_quote)
    cited = _ACCORDING_CITING_RE.match(outside) if according and "citing" in outside else None
    if cited and raw and is_relay(raw) and _names_a_source(cited.group(1).strip()):
        return cited.group(1).strip(), False  # "According to Yonhap, citing the ministry, ..."
    titled = _TITLED_TEXT_RE.match(outside) if raw and is_relay(raw) else None
    if titled and _names_a_source(titled.group(1)):
        return titled.group(1), False  # "X issued a statement titled “...”, according to KCNA"
    if according:
        at = outside.find(raw) if raw else -1
        return (possessed_name(outside, _completed(outside, at, raw)) if raw and at >= 0
                else raw), according
    quoted = _QUOTED_BY_RE.search(outside) if "quot" in outside else None
    if quoted and (raw is None or raw in quoted.group(0) or is_relay(raw)):
        return quoted.group(1), False
    if raw is None or raw.split()[-1].lower() in _WORDING:
        return None, according  # "The phrase “extended deterrence” describes": a wording
    cited_saying = _CITED_SAYING_RE.search(outside) if "saying" in outside else None
    if cited_saying and _names_a_source(cited_saying.group(1).strip()) and \
            -1 < outside.find(raw) < cited_saying.start():
        return cited_saying.group(1).strip(), False  # "X cited media reports saying ..."
    cited = _CITING_RE.search(outside) if "citing" in outside else None
    if cited and _names_a_source(cited.group(1)) and outside.find(raw) < cited.start():
        if reports_before_relay(outside, raw, outside.index("citing", cited.start())):
            return _whole_source(outside, raw), False  # "X accused ..., Yonhap reported, citing"
        return cited.group(1).strip(), False
    if is_relay(raw):
        return _cited_by_relay(outside) or _relayed_subject(outside, has_quote) or \
            _inner_of_relay(outside, raw, has_quote) or \
            _inner_after_that(outside, raw, has_quote) or raw, False
    return _whole_source(outside, raw), False


def _clause(outside: str, has_quote: bool) -> tuple[str | None, bool]:
    """The reporting clause of the cue words, else the subject of a speech act of several
    words (:func:`analysis.corpus.speech_acts.act_subject`: ``X lashed out at ...``)."""
    raw, according = find_reporting_clause(outside, has_quote)
    if raw is None:
        raw = act_subject(outside)
    if raw is None and any(map(outside.__contains__, _PASSIVE_VERBS)) and \
            (passive := _PASSIVE_RE.search(outside)):
        agent = _AGENT_RE.search(outside, passive.end())
        words = agent.group(1).split() if agent else []
        if 0 < len(words) <= _AGENT_WORDS and (words[0] == "the" or words[0][0].isupper()) \
                and (words[-1][0].isupper() or words[-1].lower() in _SOURCE_HEADS):
            raw = agent.group(1)  # "It was later confirmed ... by the defense ministry"
    if raw is None and " as " in outside and (named := _NAMED_BY_RE.search(outside)):
        raw = named.group(1)  # "The list is defined by the U.S. Department of Energy as ..."
    return raw, according


def _names_a_source(phrase: str) -> bool:
    """Whether a cited ``phrase`` names a person or body (a capitalised word, or a head
    noun of a speaker: ``the navy``, ``a government source``)."""
    words = phrase.split()
    if words and len(words) <= 3 and words[-1].lower().endswith("s") and all(
            w.islower() for w in words) and words[-1] in _SOURCE_HEADS:
        return True  # "citing military sources", "citing government officials"
    if not words or (any(w.endswith(("’s", "'s")) for w in words) and
                     words[-1].lower() not in _SOURCE_HEADS) or not (
            words[0] in {"the", "a", "an"} or words[0][0].isupper()):
        return False  # "citing Trump’s appeal": a reason (not "Japan's navy"); "another source"
    if words[0] in {"a", "an"} and words[-1].lower() not in _SOURCE_HEADS:
        return False  # "citing a military official", not "citing a shortage of fuel"
    return words[-1].lower() in _SOURCE_HEADS or all(
        w[0].isupper() or w in _NAME_JOINERS for w in words[words[0] in {"the", "a"}:])


def _cited_by_relay(outside: str) -> str | None:
    """The source a relay cites before it or after its inverted clause (:data:`_RELAY_CITING_RE`),
    if that names a person or body (:func:`_names_a_source`)."""
    m = _RELAY_CITING_RE.search(outside)
    cited = m and (m.group(1) or m.group(2)).strip()
    return cited if cited and _names_a_source(cited) else None


def reports_before_relay(outside: str, raw: str, citing_at: int) -> bool:
    """Whether ``raw`` is a named source reporting by itself before a trailing relay that cites
    another (``Kim Yo Jong accused the US ..., the Associated Press reported, citing a statement
    by state media``: Kim's words, as the relay says), not the relay itself (``..., the ministry
    said, citing the navy``); a country only when its clause reports (``North Korea denounced
    the drills, Yonhap reported, citing KCNA``; not ``Japan will join the drills, Yonhap
    reported, citing a military official``), a person or a body unless its clause is a plan
    (not ``Yoon will visit Washington next month, Yonhap reported, citing the presidential
    office``: the cited source's); ``citing_at`` is where *citing* stands."""
    trailing = _TRAILING_RELAY_RE.search(outside[:citing_at].rstrip(" ,") + ".")
    at = outside.find(raw)
    return bool(trailing) and -1 < at and at + len(raw) <= trailing.start() and \
        _names_itself(raw) and (
            _clause(outside[:trailing.start()] + ".", False)[0] is not None or
            default_linker().kind(raw) != "country" and not _PLAN_RE.match(outside, at + len(raw)))


_PLAN_RE = re.compile(r"(?:,\s+(?:who|which)\b[^,]*,)?\s+(?:\w+ly\s+)?(?:will|would|is\s+(?:to|"
                      r"set\s+to|expected\s+to|scheduled\s+to|due\s+to)|are\s+(?:to|set\s+to|"
                      r"expected\s+to)|plans?\s+to)\b")
"""A plan or a forecast right after a subject or its relative clause (``Yoon will visit
Washington next month``, ``Austin, who warned Pyongyang, will visit``): the cited source's news,
not the subject's words."""


def _names_itself(phrase: str) -> bool:
    """Whether ``phrase`` names a person or body that is no relay (a name, or a phrase headed
    by a source noun)."""
    return not is_relay(phrase) and (is_named(phrase)
                                     or phrase.split()[-1].lower() in _SOURCE_HEADS)


def _relayed_subject(outside: str, has_quote: bool) -> str | None:
    """The subject of a relay's *that*-clause right before a quotation
    (:data:`_RELAYED_THAT_RE`), if it names a person or body and is no relay itself."""
    m = _RELAYED_THAT_RE.search(outside) if has_quote else None
    if m is None or is_relay(m.group(1)) or m.group(1).endswith(("’s", "'s")):
        return None  # "that the North’s “first strike” will": a possessor, no subject
    subject = m.group(1)
    return subject if is_named(subject) or subject.split()[-1].lower() in _SOURCE_HEADS else None


_RELAY_THAT_RE = re.compile(r"\s+(?:(?:also|further)\s+)?(?:reported|reports|said|says)\s+"
                            r"(?:(?:late|early|on|earlier)\s+)?(?:[A-Z][a-z]+day\s+|earlier\s+|"
                            r"today\s+|yesterday\s+)?that\s+")


def _inner_after_that(outside: str, raw: str, has_quote: bool) -> str | None:
    """The source of the *that*-clause of a relay that leads the sentence (``The Yonhap news
    agency reported that officials expressed doubt ...``): the inner source, whose words they
    are, when that clause reports by itself and names its source."""
    at = outside.find(raw)
    m = _RELAY_THAT_RE.match(outside, at + len(raw)) if at >= 0 else None
    if m is None:
        return None
    inner, according = _clause(outside[m.end():], has_quote)
    return inner if inner and not according and _names_itself(inner) else None


def _inner_of_relay(outside: str, raw: str, has_quote: bool) -> str | None:
    """The subject reporting by itself in a sentence whose clause is a relay's, trailing
    (``a spokesman ... denounced the drills, KCNA reported``), if there is one."""
    trailing = _TRAILING_RELAY_RE.search(outside)
    if not trailing or raw not in trailing.group(1):
        return None
    inner, _ = _clause(outside[:trailing.start()] + ".", has_quote)
    return inner if inner and _names_itself(inner) else None


_ROLE_NAME_AFTER_RE = re.compile(rf"\s+((?:[a-z]+\s+){{1,3}})({_NAME})\b")
_NAME_ASIDE_BEFORE_RE = re.compile(rf"^\W*({NAME_TOKEN}[ -]{_NAME}),\s*$")
_FRONTED_WORDS = frozenset("on in at last earlier later since after before during".split())
"""First words of a fronted phrase of time or place (``On Thursday,``, ``In Seoul,``): no name
before an aside."""
_DOCUMENT_BY_RE = re.compile(r"\b((?:[Aa]n?|[Tt]he)\s+(?:[\w.’'-]+\s+){0,3}?([a-z]+))\s+"
                             r"(?P<made>(?:issued|released|published|signed|adopted)\s+)?"
                             r"(?:by|from|between)\s+$")
"""What :func:`_whole_source` reads around a source: a role noun and a name after it, a name
and its comma before it (the whole text before), a document *by* or *from* it (``issued by``
two makers)."""
_FIRST_CONJUNCT_RE = re.compile(r"(?<=\s)(?:(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
                                r",\s+){0,4}(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}and\s+$")
"""The makers before the last of two or more joined by *and* (``the United States and``, ``the
U.S., Japan and``)."""
_JOINT_HEADS = DOCUMENT_HEADS | TEXT_NOUNS
"""Texts of two parties (``a joint communique from France and Italy``, ``the agreement between
Manila and Tokyo``): the text is the source, not the second party."""


def _whole_source(outside: str, raw: str) -> str:
    """``raw`` run on to the name after its role noun, the name before its aside, or the
    document *by* or *from* it (module docstring); else ``raw``."""
    at = outside.find(raw)
    if at < 0:
        return raw
    raw = _completed(outside, at, raw)
    after = _ROLE_NAME_AFTER_RE.match(outside, at + len(raw))
    if after and after.group(1).split()[-1] in PERSON_ROLES and raw[0].isupper():
        return raw + after.group(0)  # "Foreign Ministry" + " spokesperson Lin Jian"
    before = _NAME_ASIDE_BEFORE_RE.match(outside[:at])
    if before and raw.split()[-1] in PERSON_ROLES and raw.split()[0].lower() not in _ARTICLES \
            and before.group(1).split()[0].lower() not in _FRONTED_WORDS:  # not "On Thursday,"
        return before.group(1)  # "Cho Tae-yong, Seoul’s ... aide revealed"
    before, heads = outside[:at], DOCUMENT_HEADS
    if before.endswith(" and ") and (first := _FIRST_CONJUNCT_RE.search(before)):
        before = before[:first.start()]  # "by the U.S. and [South Korea]": the first maker
        heads = _JOINT_HEADS  # "The agreement between Manila and [Tokyo]"
    # Every match ends in "by", "from" or "between" and spaces: a string test first.
    head = _DOCUMENT_BY_RE.search(before) if before.rstrip().endswith(
        ("by", "from", "between")) else None
    if head and head.group(2) in heads and (heads is _JOINT_HEADS or not (
            "between" in head[0] or head["made"])):  # one maker: "The report issued by X"
        if head["made"]:  # "The joint statement issued by Seoul and Washington": all of it
            return outside[head.start(1):at + len(raw)]
        return head.group(1)  # "A joint statement by the NCG", "a statement from the meeting"
    return raw


def _completed(outside: str, at: int, raw: str) -> str:
    """``raw`` (found at ``at`` in ``outside``) with the words it was cut before: after a
    title's full stop (``Mr`` of ``according to Mr. Rhodes``) the name, and after a lone
    determiner (``Both``, ``His``, ``Some``) its noun phrase, up to a head noun of a speaker or
    three words, never past an auxiliary, a verb in *-ed* or a comma (``His chief aide``,
    ``Both parents``)."""
    rest = outside[at + len(raw):]
    if raw.lower() in _TITLES and (name := re.match(rf"\.\s+{_NAME}", rest)):
        return (raw + name.group(0)).rstrip(".")
    if raw.lower() not in _LONE_DETERMINERS:
        return raw
    words = []
    for m in re.finditer(r"\s+([\w’'-]+)", rest[:80]):
        if m.start() != (words[-1][1] if words else 0):
            break  # punctuation between: the phrase has ended
        word = m.group(1)
        low = word.lower()
        if low in _AUXILIARIES or low.endswith("ed") or len(words) == _RUN_ON or \
                low in _PLURAL_VERBS or low in SPEECH_VERBS or \
                (raw.lower() == "her" and not words and low in _OBJECT_STOPS):
            break  # "KCNA quoted her as saying": an object pronoun, no noun phrase
        words.append((word, m.end()))
        following = re.match(r"\s+([\w’'-]+)", rest[m.end():])
        if low in _SOURCE_HEADS and not (following and
                                         following.group(1).lower() in _SOURCE_HEADS):
            break  # "His chief aide doubled": on past "chief" to "aide"
    return raw + rest[:words[-1][1]] if words else raw
