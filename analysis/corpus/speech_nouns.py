"""Speech acts told through a noun: *issued a warning*, *directed criticism at*, and the
neutral release of a text with no content, *issued a statement in response to*.

An evaluative speech act may be written as a light verb and a noun of speech: *Pyongyang issued
a stern warning to Seoul*, *the minister directed sharp criticism at Tokyo*, *Beijing responded
by issuing a rebuke of the drills*. The data README counts evaluative speech acts with only an
object as reported words (*condemned the launches*), and the noun form is the same act:
:func:`evaluative_act` finds it, and :func:`analysis.corpus.quotes` reads the sentence as
indirect speech whatever the learned model says. A purpose or a plan (*to send a warning*,
*to issue a rebuke*) is no act yet and is not read, nor is *send a warning*, which names a
deployment as often as words (*the carrier visit sends a warning to the North*), nor a warning
an event or a deployment delivers (*the carrier's arrival delivered a warning*), nor one a
person does not give (*gave no warning*, *sirens sounded a warning*), nor an act with
a pointing determiner before its occasion (*made the condemnation as the bomber landed*, *made
the threat at a rally*): an act the story has told, narrated at a time or place.

Issuing a neutral text (*a statement*, *a joint declaration*, *a communique*) is an act, not its
content, unless the sentence gives the content: a *that* clause, a colon, a quotation, or a
participle of speech (*issued a joint statement reaffirming ...*). Without them (*China issued a
sharp statement after the visit*, *the two leaders issued a joint statement announcing the
signing*) :func:`releases_a_text` holds and the learned model may not promote the sentence
(:mod:`analysis.corpus.voice_vetoes`).
"""

from __future__ import annotations

import re

from .literal_sets import AnyOf
from .speaker_checks import EVENT_HEADS
from .speakers import PERSON_ROLES

_LIGHT = (r"issued|issues|issue|issuing|directed|directs|directing|delivered|delivers|"
          r"delivering|voiced|voices|voicing|leveled|levelled|levels|leveling|levelling|"
          r"fired\s+off|made|makes|making")
_EVENT_SUBJECT_RE = re.compile(r"\s*(?:[A-Z][a-z]*\s+)?(?:[\w’'-]+\s+){0,2}?(?:" +
                               "|".join(sorted(EVENT_HEADS)) + r"|exercises?|port\s+call)"
                               r"(?:\s+(?:of|to|by|in|at)\s+[^,;]{1,60}?)?\s+$")
"""A subject that names an event or a deployment (``The visit``, ``The carrier's arrival``,
``The arrival of the USS Kentucky in Busan``): what it *makes* or *delivers* is a signal, no
speech act."""
_GAVE_RE = re.compile(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)"
                      r"(?<!\bcould\s)\b(?:gave|gives|given|sounded|sounds)\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.-]*\s+){0,4}(?:government\s+|administration\s+|side\s+)?"
                      r"(?:a|an|another)\s+(?:[\w-]+,?\s+){0,4}?warnings?\b")
"""*gave* or *sounded* before *a warning* (not *no warning*, *rise to*, *the threat
assessment*; not after *to* or a modal), an addressee between (*gave Pyongyang a warning*,
*gave the United States a warning*, *gave the Yoon government a warning*): a speech act when a
person or a named body gives it (:func:`_named_giver`)."""
_DET = r"(?:(?:an?|the|its|his|her|their|new|fresh|another|further)\s+)?"
_MODIFIERS = r"(?:(?!(?:is|are|was|were|be|been|remains?|of)\s)[\w-]+(?:,)?\s+){0,3}?"
"""Up to three modifiers, no copula among them (``issue is the biggest threat``: a noun)."""
_EVALUATIVE = (r"warnings?|threats?|criticisms?|rebukes?|condemnations?|protests?|ultimatums?|"
               r"denunciations?|reprimands?|admonitions?|accusations?")
_EVALUATIVE_RE = re.compile(
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)"
    r"\b(?:" + _LIGHT + r")\s+" + _DET + _MODIFIERS + r"(?:" + _EVALUATIVE + r")\b")
"""A light verb and a noun of an evaluative speech act (*issued a stern warning*), not after
*to* or a modal (a purpose or a forecast)."""
_NOUN_STEMS = ("warning", "threat", "critic", "rebuke", "condemn", "protest", "ultimatum",
               "denunciation", "reprimand", "admonition", "accusation")
"""Strings one of which every match of :data:`_EVALUATIVE_RE` holds (a cheap gate)."""
_HAS_NOUN_STEM = AnyOf(_NOUN_STEMS)


def evaluative_act(sentence: str) -> bool:
    """Whether ``sentence`` (its quotations blanked or not) tells an evaluative speech act as a
    light verb and a noun of speech (module docstring)."""
    lowered = sentence.lower()
    if not _HAS_NOUN_STEM(lowered):
        return False
    return any(not (_BACK_RE.match(sentence, m.start()) and _OCCASION_RE.match(sentence, m.end()))
               and _EVENT_SUBJECT_RE.fullmatch(sentence, 0, m.start()) is None  # "The visit"
               for m in _EVALUATIVE_RE.finditer(sentence)) or any(  # "made the threat at a rally"
        _named_giver(sentence[:m.start()]) for m in _GAVE_RE.finditer(sentence))


def _named_giver(before: str) -> bool:
    """Whether the subject before *gave a warning* names a person or a body: its head (the
    word before *of*, *at*, *in* or *from*) a name (``Biden``, ``North Korea's Kim Yo Jong``),
    a person's role or a body's noun (``The minister``, ``the foreign ministry``); not an
    event, a thing or a ship (``The visit``, ``air raid sirens``, ``The Korean War``, ``The
    USS Kentucky``, ``The fate of Ukraine``). A fronted phrase is skipped (``In March, ...``),
    an aside after the name too (``Kim Yo Jong, the leader's sister, gave``)."""
    if _EVENT_SUBJECT_RE.fullmatch(before) is not None:
        return False
    subject = before.strip()
    subject = subject.split(",")[0] if subject.endswith(",") else subject.rsplit(",", 1)[-1]
    words = subject.split()
    while len(words) > 1 and words[-1] in _BEFORE_VERB:
        words.pop()  # "The minister has given", "Biden also gave"
    head = next((words[k - 1] for k, w in enumerate(words) if k and w in _HEAD_ENDS),
                words[-1] if words else "")
    head = re.sub(r"[’']s?$", "", head)
    if any(w in _VESSEL_PREFIXES for w in words) or head in _NOT_GIVERS or \
            re.search(r"-\d", head):  # "Pyongyang's Hwasong-18", "B-52s": a weapon, not "G7"
        return False
    plural_opening = len(words) == 1 and before.strip() == subject and head.endswith("s")
    return head[:1].isupper() and not plural_opening or head.lower() in PERSON_ROLES or \
        head.lower() in _BODY_NOUNS  # not "Sirens sounded a warning"


_HEAD_ENDS = frozenset("of at in from on near".split())
_BEFORE_VERB = frozenset("has have had also again already just recently once reportedly".split())
_VESSEL_PREFIXES = frozenset("USS HMS ROKS JS".split())
_NOT_GIVERS = frozenset("""War Crisis Summit Declaration Accord Treaty Agreement Exercise
    Exercises Shield Drills History ICBM ICBMs SLBM IRBM SRBM""".split())
"""Capitalised heads of events, texts and history, no giver of words (``The Korean War``)."""
_BODY_NOUNS = frozenset("""ministry government military army navy office embassy regime
    authorities officials spokesperson spokesman spokeswoman agency command council party
    leadership administration""".split())


_BACK_RE = re.compile(r"\S+\s+(?:the|this|that|these|those)\s")
"""A light verb and a determiner that points back: the act is one the story has told."""
_OCCASION_RE = re.compile(r"\s+(?:as|at|during|while|when|after|before|amid|in\s+(?:a|an|the|"
                          r"his|her|its|their)\s+(?:statement|speech|interview|address|"
                          r"meeting|press|news|briefing|message|post|remarks))\b")
"""The occasion after an act's noun (``as the carrier arrived``, ``at a rally``): with a
pointing determiner, a warning already reported is narrated as an act at a time or place."""


_TEXT_RE = re.compile(
    r"\b(?:issued|issues|issuing|released|releases|releasing|published|publishes|adopted|"
    r"adopts)\s+" + _DET + r"[“\"]?" + _MODIFIERS +
    r"(?:statements?|[Dd]eclarations?|communiques?|communiqués?|readouts?|notices?|press\s+"
    r"releases?)\b[”\"]?(?P<rest>[^“\"]*)$")
"""The release of a neutral text (*issued a blistering statement ...*, *issued the
"Washington Declaration" to ...*: a name in quotation marks) and the rest of the sentence, which
holds no quotation."""
_CONTENT_RE = re.compile(r"\bthat\b|:|\b(?:saying|stating|declaring|calling|urging|warning|"
                         r"vowing|pledging|stressing|reaffirming|condemning|criticizing|"
                         r"criticising|denouncing|accusing|demanding|expressing|insisting|"
                         r"noting|describing|blaming|welcoming|praising|affirming|"
                         r"committing|promising|claiming|which\s+(?:said|says|called))\b")
"""What gives a released text its content: a clause, a colon, a participle of speech."""


def releases_a_text(sentence: str) -> bool:
    """Whether ``sentence`` narrates the release of a neutral text (a statement, a declaration)
    and gives none of its content (module docstring)."""
    if "statement" not in sentence and "eclaration" not in sentence and \
            "communiq" not in sentence and "readout" not in sentence and \
            "notice" not in sentence and "release" not in sentence:
        return False
    m = _TEXT_RE.search(sentence)
    return m is not None and _CONTENT_RE.search(m.group("rest")) is None
