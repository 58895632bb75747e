"""Second looks at a reporting clause's source: readings of the subject finder that name the
wrong phrase in patterns of real coverage, put right before the speaker is resolved.

:func:`repaired_source` takes the source :func:`analysis.corpus.inner_sources.reporting_clause`
read in a sentence (its quotations blanked) and returns the one whose words they are:

* a relay's verb before *citing* is no part of its name (``Kyodo news agency said citing
  ...``: ``Kyodo news agency``);
* a span of time after *in*, *over*, *during* or *for* (``Park and other lawmakers in the
  preceding months had argued``) is no source, nor part of one: the phrase before it is;
* a day of the month after *on* (``the ministry on the 14th called them ...``, the Korean
  press's way of dating) is no source: the phrase before it is;
* a fronted clause of contrast (``While the treaty says that ..., Kishida stressed that ...``)
  is the writer's frame: the main clause's source speaks;
* an unnamed *according to reports* before a clause with its own named source (``According to
  reports, the communique said ...``) gives way to that source;
* ``they`` or ``we`` opening a sentence that a named body's reporting clause closes (``They
  voiced alarm ..., Japan's foreign ministry said in a statement.``) is that body's;
* a quotation inside a clause of *noted that* whose own subject reported it earlier (``She noted
  that the Chinese side had repeatedly warned of the "..."``) is that inner subject's, the
  rule of the inner source (``data/voices_README.md``);
* a name after *says* that opens a clause of its own (``X, the party's deputy head, says
  President Y appears to be ...``) is the object's subject: the name before the aside speaks;
* a place after a preposition before *saying* (``... a news conference at the Palace saying,``)
  is no subject: the sentence's opening subject is;
* the subject of a belief or feeling (``Washington should be aware that``) after an opening
  *according to X* holds no words of its own: X's words are relayed;
* a pronoun in a clause of *during which* or *where* after a meeting (``the two officials held
  talks, during which they reaffirmed ...``) is the meeting's subject;
* people at a body, opening the sentence (``Russian diplomats at the United Nations said``),
  are the source, not the body;
* a piece of writing that *reads* a quotation (``“...,” the joint statement read.``, ``The
  letter reads: “...”``) is its source where no reporting clause was found;
* one of a group named before, opening its own report (``Two officials spoke on condition of
  anonymity. One said ... The other said ...``, ``Another added``, ``“...,” one said.``), is
  its source as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .cue_words import STANCE_ADJECTIVES
from .speakers import NAME_TOKEN, PRONOUNS, SPEAKER_NOUNS

_NAME = rf"{NAME_TOKEN}(?:[ -]{NAME_TOKEN}){{0,4}}"
_DAY_OF_MONTH_RE = re.compile(r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|same\s+day)|that\s+day")
_BEFORE_DAY_RE = re.compile(r"(?:^|,)\W*((?:[Tt]he\s+|[A-Z][\w’'.-]*\s+)(?:[\w’'.-]+\s+){0,6}?"
                            r"[\w’'.-]+)\s+on\s+$")
_TIME_SPAN_RE = re.compile(r"(?:^|\s+(?:in|over|during|for)\s+)(?:the\s+)?(?:preceding|past|"
                           r"previous|recent|last|following)\s+(?:few\s+|two\s+|three\s+)?"
                           r"(?:days|weeks|months|years|decades)$")
_BEFORE_SPAN_RE = re.compile(r"(?:^|,)\W*((?:[Tt]he\s+|[A-Z][\w’'.-]*\s+)(?:[\w’'.-]+\s+){0,6}?"
                             r"[\w’'.-]+)\s+(?:in|over|during|for)\s+$")
_VERB_CITING_RE = re.compile(r"(.+?)\s+(?:said|says|reported|reports)")
_CONTRAST_RE = re.compile(r"^\W*(?:While|Although|Though|Whereas|Even\s+as|Even\s+though)\s")
_UNNAMED_HEADS = frozenset("reports media sources".split())
_TRAILING_RE = re.compile(r",\s*((?:the\s+)?(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:said|says|"
                          r"reported|reports|announced|stated)(?:\s+(?:in|on|at)\s+[^,]{1,40})?"
                          r"\s*\.?\s*$")
_INNER_RE = re.compile(r"\b(?:noted|said|says|added|explained|recalled|pointed\s+out)\s+that\s+"
                       r"((?:the\s+)?(?:[\w’'.-]+\s+){0,4}?(?:side|sides|[A-Z][\w’'.-]*|"
                       r"officials|government|ministry))\s+(?:had|has|have)\s+"
                       r"(?:\w+ly\s+)?(?:stressed|warned|said|stated|insisted|emphasized|"
                       r"emphasised|argued|assured|pledged|promised|called)\b")
_SAYS_CLAUSE_RE = re.compile(rf"^\W*({_NAME}),\s[^,]{{3,160}},\s+(?:says|said)\s+"
                             rf"(?:[A-Z][\w’'.-]*\s+){{1,5}}(?:[a-z]+s|is|was|has|had|will)\b")
_AFTER_PREPOSITION_RE = re.compile(r"\b(?:at|in|from|with|near|outside|inside)\s+(?:the\s+)?$")
_OPENING_SUBJECT_RE = re.compile(rf"^\W*(?:On|Last|This|Earlier)\s+\w+,?\s+({_NAME})\s+[a-z]")

_WRITING = (r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[\w’'.-]+\s+){0,4}?(?:[Ss]tatement|"
            r"[Dd]eclaration|[Cc]ommuniqu[eé]|[Rr]eadout|[Ll]etter|[Tt]ext|[Dd]ocument|"
            r"[Rr]esolution|[Rr]eport|[Aa]greement|[Mm]essage|[Pp]ost|[Nn]otice|[Rr]elease))")
_READS_AFTER_RE = re.compile(rf"(?:^|[,\s])\s*{_WRITING}\s+(?:read|reads)\s*\.?\s*$")
_READS_BEFORE_RE = re.compile(rf"^\W*{_WRITING}\s+(?:read|reads)\s*[:,]")

_ONE_OF_GROUP_RE = re.compile(r"^\W*(One|The\s+other|Another|(?:The|A)\s+(?:first|second|third))\s+"
                              r"(?:also\s+)?(?:said|says|added|adds|told|noted|argued|warned|"
                              r"insisted|claimed|cautioned|countered|suggested|stressed|"
                              r"disagreed|complained|recalled|predicted)\b(?!\s+to\b)")
_ONE_CLOSING_RE = re.compile(r"(?:[,”\"]|\s\s)\s*(one|[Tt]he\s+other|another)\s+(?:also\s+)?"
                             r"(?:said|added|told\s+\w+|noted|warned|insisted|replied)\s*\.?\s*$"
                             r"|(?:[,”\"]|\s\s)\s*(?:said|added)\s+(one|another)\s*\.?\s*$")
"""One of a group closing a quotation (``“We are ready,” one said.``, ``“Not yet,” the other
said.``, ``“...,” said one.``)."""
_GROUP_AT_RE = re.compile(r"(?:^|,)\W*((?:[A-Z][\w’'-]*\s+)?(?:[a-z-]+\s+)?(?:[Oo]fficials|"
                          r"[Dd]iplomats|[Ss]ources|[Ee]xperts|[Aa]nalysts|[Rr]esearchers|"
                          r"[Ss]taff|[Oo]fficers))\s+(?:at|in)\s+$")
"""A group of people at a body before it, opening the subject (``Russian diplomats at the
United Nations said``, ``Officials at the embassy said``): the people speak, not the body."""
_STANCE_RE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:be|is|are|was|were|remains?|remained)\s+"
                        rf"(?:well\s+|fully\s+)?(?:{'|'.join(sorted(STANCE_ADJECTIVES))})\s+that\b")

_WITHIN_WHICH_RE = re.compile(r",\s+(?:(?:during|at|in|after|following)\s+which|where)\s+"
                              r"(they|he|she)\s")
_MEETING_SUBJECT_RE = re.compile(r"\W*(?:[A-Z][^,“”\"]{0,40},\s+)?((?:[Tt]he\s+)?[\w’'.-]+"
                                 r"(?:\s+[\w’'.-]+){0,5}?)\s+(?:also\s+)?(?:held|met|attended|"
                                 r"hosted|had|gathered|convened|sat\s+down)\b")
"""A meeting's subject and the pronoun of a clause of *during which* or *where* after it (``the
two officials held talks in Seoul, during which they reaffirmed ...``): the meeting's people."""


def _plural(subject: str) -> bool:
    """Whether a meeting's ``subject`` names more than one (``Yoon and Biden``, ``the two
    defense chiefs``), for a *they* (not ``Reporters ..., where he said``)."""
    words = subject.split()
    return " and " in subject or words[-1].endswith("s") and not words[-1].endswith("ss")


_LISTED_AGENTS_RE = re.compile(
    r"\W*((?:The|A|An)\s+(?:[\w-]+\s+){0,3}?(?:statement|communiqu[eé]|declaration|letter|"
    r"document|readout|sheet))\s+(?:released|issued|signed|adopted|published)\s+(?:jointly\s+)?"
    r"by\s+[A-Z][^,;:]{0,40},")
"""A text released by several parties listed before its verb (``The joint statement released by
Washington, Seoul, and Tokyo on Monday condemned ...``): the text speaks, not the last party."""

Reader = Callable[[str, bool], tuple[str | None, bool]]


def repaired_source(outside: str, raw: str | None, according: bool, has_quote: bool,
                    read: Reader) -> tuple[str | None, bool]:
    """The source of the sentence ``outside`` (quotations blanked) when the reading ``raw``
    (``according``: read from *according to*) falls in one of the patterns of the module
    docstring, else ``(raw, according)``. ``read`` is the reporting-clause reader, applied to
    the main clause of a sentence with a fronted clause."""
    if raw is None:
        reads = (_READS_AFTER_RE.search(outside) or _READS_BEFORE_RE.match(outside)) \
            if has_quote and "read" in outside else None
        if reads:
            return reads.group(1), False  # "the text read": the text
        one = _ONE_OF_GROUP_RE.match(outside) or (_ONE_CLOSING_RE.search(outside) if has_quote
                                                  else None)
        return (next(g for g in one.groups() if g), False) if one else (raw, according)
    if raw.lower() in PRONOUNS and (within := _WITHIN_WHICH_RE.search(outside)) and \
            within.group(1) == raw and (main := _MEETING_SUBJECT_RE.match(outside, 0,
                                                                         within.start())) and \
            _plural(main.group(1)) == (raw == "they"):
        return main.group(1), False  # "X held talks, during which they agreed": X
    if according:
        if _unnamed(raw) and (comma := outside.find(",")) > outside.find(raw) >= 0:
            inner, inner_according = read(outside[comma + 1:], has_quote)
            if inner and not inner_according and inner.lower() not in PRONOUNS:
                return inner, False  # "According to reports, the communique said"
        return raw, according
    at = outside.find(raw)
    stance = _STANCE_RE.match(outside, at + len(raw)) if at >= 0 and \
        "ccording to" in outside else None
    if stance:  # "According to the minister, Washington should be aware that": the minister's
        source, according = read(outside[:at] + " " * (stance.end() - at) +
                                 outside[stance.end():], has_quote)
        if source and according:
            return source, True
    if (relay := _VERB_CITING_RE.fullmatch(raw)) and \
            outside[at + len(raw):].lstrip().startswith("citing"):
        raw = relay.group(1)  # "Kyodo news agency said citing X" (X no source): Kyodo's
    if (span := _TIME_SPAN_RE.search(raw)) and at >= 0:
        if span.start() > 0:
            raw = raw[:span.start()]  # "Park in recent months": Park
        else:
            before = _BEFORE_SPAN_RE.search(outside[:at])
            return (before.group(1), False) if before else (None, False)
    if (text := _LISTED_AGENTS_RE.match(outside)) and text.end() <= at:
        return text.group(1), False  # "The joint statement released by Washington, Seoul, and"
    if _DAY_OF_MONTH_RE.fullmatch(raw) and at > 0:
        before = _BEFORE_DAY_RE.search(outside[:at])
        return (before.group(1), False) if before else (None, False)  # "on the 14th"
    if _CONTRAST_RE.match(outside) and at >= 0:
        main = _main_clause_source(outside, at, has_quote, read)
        if main:
            return main, False
    group = _GROUP_AT_RE.search(outside, 0, at) if at > 0 and raw[:4] in {"the ", "The "} \
        else None
    if group:
        return group.group(1) + outside[group.end(1):at + len(raw)], False  # "Diplomats at the UN"
    return _inner_or_outer(outside, raw, at), False


def _main_clause_source(outside: str, at: int, has_quote: bool, read: Reader) -> str | None:
    """The source of the main clause after a fronted clause of contrast whose own reporting
    clause gave the source found at ``at``: read after each comma past ``at`` in turn (or a
    blanked quotation whose closing comma was blanked with it), the first source that opens
    what follows."""
    for m in re.finditer(r",\s*|\s{4,}(?=\w)", outside[at:]):  # a comma or a quotation
        rest = outside[at + m.end():]
        source, according = read(rest, has_quote)
        if source and not according and rest.startswith(source) and \
                source.lower() not in PRONOUNS:
            return source
    return None


def _inner_or_outer(outside: str, raw: str, at: int) -> str:
    """``raw``, or the source of the patterns read by position: a pronoun subject with a named
    trailing clause, an inner subject after *noted that*, a name before an aside and *says*,
    a place after a preposition before *saying*."""
    low = raw.lower()
    if low in {"they", "we"} and at >= 0 and (trailing := _TRAILING_RE.search(outside)):
        source = trailing.group(1)
        if trailing.start() > at and (source[:1].isupper() or
                                      source.split()[-1].lower() in SPEAKER_NOUNS | _BODIES):
            return source  # "They voiced alarm ..., Japan's foreign ministry said."
    inner = _INNER_RE.search(outside) if "that" in outside else None
    if inner and at >= 0 and inner.start() > at and _quoted_after(outside, inner.end()):
        return inner.group(1)  # "She noted that the Chinese side had repeatedly warned"
    says = _SAYS_CLAUSE_RE.match(outside)
    if says and at > says.end(1):
        return says.group(1)  # "X, an aside, says President Y appears to be"
    if at > 0 and _AFTER_PREPOSITION_RE.search(outside[:at]) and \
            re.match(r"\s*,?\s*saying\b", outside[at + len(raw):]):
        opening = _OPENING_SUBJECT_RE.match(outside)
        if opening:
            return opening.group(1)  # "On Friday Kishida gave remarks ... at the Palace saying"
    return raw


def _unnamed(source: str) -> bool:
    """Whether ``source`` is an unnamed relay (``reports``, ``local media reports``): words in
    lower case ending in a noun of reports, media or sources."""
    words = source.split()
    return words[-1].lower() in _UNNAMED_HEADS and not any(w[0].isupper() for w in words[1:])


_BODIES = frozenset("ministry agency office government military navy army council".split())


def _quoted_after(outside: str, at: int) -> bool:
    """Whether a blanked quotation (a run of spaces or blanks left by the quotation marks'
    content) follows offset ``at`` of ``outside``."""
    return bool(re.search(r"[“\"]\s*[”\"]|\s{6,}", outside[at:]))
