"""Sentences the learned model may not promote to reported speech: the writer's narration.

:func:`writer_narration` gathers the checks :func:`analysis.corpus.quotes.promotable` makes
before the model (:mod:`analysis.corpus.attribution_model`) may read a sentence the rules leave
to the writer as someone's words:

* the writer's prescription or verdict, a sentence adverb or a negation as subject, a refusal
  or a silence (:mod:`.writer_claims`);
* an announced event, an agreement to act or a signing (:mod:`.announcements`), read with the
  sentence's quotations blanked: words inside quotation marks are the speaker's content, not
  the writer's narration (``Yoon disclosed at a briefing that "the two sides agreed to hold
  talks"`` reports Yoon, although the quotation holds *agreed to*), and a signing after a
  preposition is a topic (``warned Seoul against signing the pact``);
* the release of a text under its name (``The allies published an accord dubbed the "..."``),
  an act like a signing;
* a subject that is a scare-quoted term (``The "solution" found by the regime was ...``): a
  term the writer mocks, nobody who speaks;
* the writer's reading of a remark (``Her remarks underscored the North's frustration``,
  ``The comments reflect ...``): a remark as the subject of a verb of showing is evidence the
  writer weighs, not the remark's content (``The statement underscored that ...`` still reads
  as reported, by the rules, with its *that*), and so is a remark or a proposal as it is seen
  (``His remarks were seen as ...``, ``Lee's proposal seems a reluctant attempt``);
* the writer's frame around words: an existential opening, a doubt, a forecast of what someone
  will say, a report in a short trailing ``with`` clause, a term after *what X calls*
  (:mod:`.writer_frames`);
* a claim about a statement, a referral, or a purpose narrated after the subject
  (:func:`analysis.corpus.voice_classes.writer_act`);
* the release of a neutral text with none of its content (``China issued a sharp statement
  after the visit``: :func:`analysis.corpus.speech_nouns.releases_a_text`);
* the description of what a body or a measure is for (``The council serves as a forum ...``:
  :func:`analysis.corpus.function_descriptions.describes_a_function`);
* an agentless passive of knowing or reading (``It is known that ...``, ``It is revealed as
  ...``: :func:`analysis.corpus.agentless_passives.agentless_report`), which names no source;
* the writer's own *I* or *we* arguing, and a term defined by what it refers to
  (:mod:`.writer_stances`);
* the occasion of remarks already reported (``He made the remarks to reporters ...``) and a
  reply made by an act (``North Korea reacted to its arrival by test-firing missiles``).
"""

from __future__ import annotations

import re

from .agentless_passives import agentless_report
from .announcements import announces_an_event, narrates_an_act
from .function_descriptions import describes_a_function
from .speech_nouns import releases_a_text
from .speech_participles import SPEECH_ACT_INGS
from .voice_classes import writer_act
from .writer_claims import adverb_subject, is_prescription, says_nothing
from .writer_frames import writer_frame
from .writer_stances import defines_a_term, own_stance

_QUOTATION_RE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
_TOPIC_GERUND_RE = re.compile(r"\b(?:about|against|over|of|for|from)\s+(signing|agreeing)\b")
"""A signing or an agreement as the topic of a preposition (``warned Seoul against signing
the pact``): what someone spoke about, not an act the sentence narrates."""

_PUBLISHES_A_TEXT_RE = re.compile(
    r"\b(?:published|publishes|issued|issues|released|releases|adopted|adopts|unveiled|"
    r"unveils)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:agreement|declaration|accord|"
    r"pact|treaty|communique|deal)\s+(?:called|dubbed|branded|named|titled|known\s+as)\b")
"""The release of a text under its name (``published a pact dubbed the "..."``): an act."""
_TEXT_NAMINGS = ("called", "dubbed", "branded", "named", "titled", "known")
"""Every match of :data:`_PUBLISHES_A_TEXT_RE` holds one of these (a gate before it)."""

_SCARE_SUBJECT_RE = re.compile(r"(?:The|A|An|This|That|Its|His|Her|Their|Such)\s+[“\"][^”\"]{1,40}"
                               r"[”\"]\s+(?!(?:said|says|reads|states|stated)\b)[a-z]")
"""A sentence opening with a determiner and a scare-quoted term before a lower-case word."""

_REMARK_READING_RE = re.compile(
    r"(?:Her|His|Their|Its|The|These|Those|Such)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:remarks?|comments?|words|statements?|rhetoric|outbursts?|warnings?|threats?|insults?|"
    r"tirade|criticism)\s+(?:(?:also|clearly|further|only)\s+)?"
    r"(?:underscored|underscores|underscore|underlined|underlines|underline|highlighted|"
    r"highlights|highlight|reflected|reflects|reflect|illustrated|illustrates|illustrate|"
    r"showed|shows|show|signaled|signalled|signals|signal|betrayed|betrays|betray|"
    r"exposed|exposes|expose|pointed\s+to|points\s+to|point\s+to|mirrored|mirrors|mirror)\b"
    r"(?!\s+(?:that|how|why|what)\b)")
"""A remark as the subject of a verb of showing, not before a clause (module docstring)."""
_SEEN_AS_RE = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]he|[Tt]hese|[Tt]hose|[A-Z][\w.-]*[’']s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:remarks?|comments?|words|statements?|speech|proposals?|offer|"
    r"plan|initiative)\s+(?:was|were|is|are|has\s+been|have\s+been|seems?|seemed|appears?|"
    r"appeared)\s+(?:\w+ly\s+)?(?:(?:seen|viewed|interpreted|read|regarded|taken|perceived)"
    r"\s+as\b|(?:to\s+be\s+)?(?:a|an)\s)")
"""Someone's remark or proposal as the writer or nobody named reads it (``His remarks were seen
as outlining a vision ...``, ``Lee's proposal seems a reluctant attempt ...``): a reading."""

_OCCASION_RE = re.compile(
    r"\b(?:made|delivered|gave)\s+(?:the|these|those|his|her|their|its)\s+(?:remarks|comments)"
    r"\b(?!\s+that\b)")
"""The occasion of remarks already reported (``He made the remarks to reporters at the
airport``): where and when, not what was said."""
_REPLY_ACT_RE = re.compile(
    r"\b(?:reacted|responded|retaliated)\b(?:\s+[\w’'-]+){0,6}?\s+by\s+"
    r"(?!(?:" + "|".join(sorted(SPEECH_ACT_INGS)) + r")\b)[a-z-]+ing\b")
"""A reply made by an act (``North Korea reacted to its arrival by test-firing missiles``)."""


def blank_quotations(sentence: str) -> str:
    """``sentence`` with every double-quoted stretch (``“...”``, ``"..."``; one left open runs
    to the end) replaced by spaces, offsets kept."""
    if "“" not in sentence and '"' not in sentence:
        return sentence
    return _QUOTATION_RE.sub(lambda m: " " * len(m.group(0)), sentence)


def writer_narration(sentence: str) -> bool:
    """Whether the learned model may not promote ``sentence`` (module docstring)."""
    blanked = blank_quotations(sentence)
    if "signing" in blanked or "agreeing" in blanked:  # every match holds one (a gate)
        blanked = _TOPIC_GERUND_RE.sub(lambda m: m.group(0)[:m.start(1) - m.start()] +
                                       " " * len(m.group(1)), blanked)
    return (is_prescription(sentence) or announces_an_event(blanked) or
            narrates_an_act(blanked) or adverb_subject(sentence) or says_nothing(sentence) or
            _SCARE_SUBJECT_RE.match(sentence) is not None or
            (any(map(blanked.__contains__, _TEXT_NAMINGS)) and
             _PUBLISHES_A_TEXT_RE.search(blanked) is not None) or
            _REMARK_READING_RE.match(sentence) is not None or writer_frame(sentence) or
            _SEEN_AS_RE.search(blanked) is not None or
            writer_act(sentence) or releases_a_text(sentence) or describes_a_function(sentence)
            or agentless_report(sentence) or own_stance(sentence) or defines_a_term(sentence)
            or _OCCASION_RE.search(blanked) is not None
            or _REPLY_ACT_RE.search(blanked) is not None)

