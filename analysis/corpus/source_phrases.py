"""Phrases that are no source (an event, an abstraction, the occasion of a remark), and a text
that is one after *reads*.

:func:`analysis.corpus.plain_acts.not_a_source` vetoes the learned model's promotions of
narration; :func:`vetoed` adds to it, and :func:`event_phrase` also keeps the rules' subject
reader (:mod:`.cues`) from taking such a phrase for a source:

* a phrase headed by an event or a step (``The move affirms a stern warning ...``:
  :data:`.speaker_checks.EVENT_HEADS`, ``This situation underscores the need ...``; for the model's
  promotions also ``The launch of the missiles appears to be ...``:
  :func:`analysis.corpus.event_sources.names_an_event`), or a gerund after a noun (``the port
  calling of the submarine can help reassure ...``; not a bare gerund, ``The silencing of X
  seemed to ...``, which PolNeAR attributes) or an abstract
  noun in *-ness* or *-ility* before *of* (``the credibility of U.S. pledges``): nobody
  speaks in it;
* the verb of an imperative taken for a one-word subject (``Strengthen broader cooperation
  on ...``, an item of a plan's list: :func:`imperative_opening`);
* a text's subject before *appears* or *seems* (``The ministry's statement appears intended
  to deflect ...``): the writer reads the text;
* a picture's phrase (``Images released by state media showed ...``: :data:`_PICTURES`) or
  a state's (``Tensions on the peninsula are at their highest ..., as Kim ...``);
* a phrase that ends in an adjective before its noun (``the prevalent`` of *the prevalent
  view is that*: :func:`ends_in_adjective`);
* a subject followed by *made the remark(s)* (``He made this remark in response to ...``):
  the occasion of words already reported, an act;
* a subject followed by what it will meet (``South Korea can expect continued pressure``) or
  by its authorship (``The report was written by ...``), and a country or body followed by the
  writer's reading of what it does (``China appears to be erecting structures``; not *appears
  to believe*): not its words.

A quotation closed by *reads* and a text (``"...," reads the statement``: :func:`reads_source`)
is the text's words, as after *says*.

A forecast with an adverb (``Kishida is widely expected to hold a summit``) and the writer's own
first person (``I want to highlight that ...``) stay promotable: PolNeAR attributes them (to
the unnamed people who expect it, to an op-ed's writer).
"""

from __future__ import annotations

import re

from .actor_linker import default_linker
from .cue_words import (
    DOCUMENT_HEADS,
    EVIDENCE_VERBS,
    SPEECH_VERBS,
    TEXT_NOUNS,
    THAT_ONLY_VERBS,
)
from .event_sources import names_an_event
from .plain_acts import not_a_source
from .source_plausibility import junk_source
from .speaker_checks import EVENT_HEADS
from .speakers import PERSON_ROLES
from .tagger import tag_text

_DETERMINERS = frozenset("the a an this that its their".split())
_OF_PHRASE_RE = re.compile(r"(?:(?i:the|a|an|this|that)\s+)?(?!(?:the|a|an|this|that)\s)"
                           r"(?:[a-z]+\s+[a-z]+ing|(?:[a-z]+\s+)?[a-z]+(?:ness|ibility|ability))"
                           r"\s+of\b")

_REMARK_RE = re.compile(r"\s+made\s+(?:the|this|these|those|his|her|its|their)\s+"
                        r"(?:remarks?|comments?)\b")

_SEEMS_RE = re.compile(r"\s+(?:appears|appeared|seems|seemed)\b")

_UNDERGOES_RE = re.compile(
    r"\s+(?:can|could|may|might|should|will|would|must)\s+(?:\w+ly\s+)?expect\s+(?!(?:that|to)\b)"
    r"|\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+(?:\w+ly\s+)?(?:co-)?"
    r"(?:written|authored|drafted|compiled|edited|translated)\s+by\b")
"""After a source, what happens to it rather than what it holds: a forecast of what it will
meet (``South Korea can expect continued pressure``) or its authorship (``The report was
written by ...``)."""
_SIGNS_RE = re.compile(
    r"\s+(?:(?:also|jointly|formally|officially)\s+)?(?:issued|signed|adopted|unveiled)\s+"
    r"(?:the|a|an|their|its)\s+[\"“]?(?:[A-Z][\w.’'-]*\s+){0,4}(?:Declaration|Agreement|Accord|"
    r"Treaty|Pact|Communique|Charter|Framework)\b(?![^.;:!?]*\b(?:saying|stating|which\s+said|"
    r"that\s+said)\b)")
"""After a source, the act of issuing or signing a named document, with nothing it says
(``There the two men jointly issued the "Washington Declaration," an agreement that ...``)."""
_APPEARS_TO_RE = re.compile(
    r"\s+(?:also\s+)?(?:appears|appeared|seems|seemed)\s+to\s+(?!(?:say|tell|think|believe|argue|"
    r"suggest|signal|warn|hint|indicate|imply|confirm|acknowledge|admit|concede|deny|reject|"
    r"dismiss|defend|criticize|criticise|praise|blame|question|accept|call|describe|urge|"
    r"threaten|promise|pledge|vow|welcome|endorse|back|support|oppose|agree|disagree|refer)\b)")
"""A country or a body the writer reads as appearing to act (``China appears to be erecting
structures``): the writer's reading, not its words (a person's *appeared to end his bid* is left
to the model: PolNeAR attributes such readings)."""



def event_phrase(raw: str) -> bool:
    """Whether the source ``raw`` is a phrase of an event, a step or an abstraction (module
    docstring), not a speaker."""
    words = raw.split()
    return bool(words) and (words[-1].lower() in EVENT_HEADS and len(words) <= 3
                            and words[0].lower() in _DETERMINERS
                            or _OF_PHRASE_RE.match(raw) is not None)


_THINGS = frozenset("""concern concerns move step change shift trend decision plan policy
    approach wording language development situation issue problem risk deal column piece
    measure debate""".split())
"""Nouns of a thing after *this* or *these* that no promoted sentence has as its source
(``This concern risks causing tension``; PolNeAR attributes ``This group recognizes``)."""


_PICTURES = frozenset("image images photo photos photograph photographs picture pictures footage "
                      "video videos imagery".split())
"""Heads of a picture's phrase (``Images released in the Rodong Sinmun showed Kim ...``): what a
picture shows is the writer's account of it, nobody's words."""


_WORDS_SPOKEN = frozenset("""warning warnings remarks remark comments comment evaluation
    assessment words speech argument arguments analysis message""".split())
"""Nouns of what someone said: owned by a pronoun or a name (``His warning``, ``Pompeo's
evaluation``), the subject of a sentence with no verb of saying is what the writer judges."""


_FOLLOWS_RE = re.compile(r"\s+(?:also\s+)?(?:follows|followed|comes|came|coincides|coincided)"
                         r"\s+(?:a|an|the|on|after|amid|as|just|days|weeks|hours|one|two|three)\b")
"""After a subject, its place in a sequence of events (``The announcement follows the release
of ...``, ``His remarks came a day after ...``): the writer's narration of when, no words."""
_ACTS_OF = frozenset("release announcement publication signing adoption unveiling".split())
"""Nouns of an act before *of* (``The release of a joint fact sheet``): an event, no source."""
_DONE_BY_RE = re.compile(r"\s+(?:suggested|proposed|floated|envisioned|envisaged|advocated|"
                         r"favou?red|pushed|sought|demanded)\s+by\s+(?:the|a|an|his|her|their|"
                         r"its|[A-Z])")
"""A participle of proposing and its agent right after the subject (``The plan proposed by
Seoul``): the thing proposed, no speaker (``a report released by the ministry`` still is one)."""
_CAUSE_RE = re.compile(r"\s+of\s+(?:the\s+|this\s+|these\s+)?(?:[a-z]+\s+){0,2}?[a-z]+"
                       r"(?:ion|ment|ness|ity|ance|ence|ism)\b")
"""*of* and an abstract noun after *the source* (``the source of the current aggravation``)."""


def vetoed(sentence: str, raw: str | None) -> bool:
    """Whether the learned model's promotion of ``sentence`` with the source ``raw`` is to be
    vetoed: :func:`analysis.corpus.plain_acts.not_a_source`, or the module docstring's
    cases."""
    if not_a_source(sentence, raw) or junk_source(sentence, raw, dates=False):  # "The first"
        return True
    if not raw:
        return False
    if event_phrase(raw) or names_an_event(raw) or imperative_opening(sentence, raw):
        return True
    words = raw.lower().split()
    if words[-1] in _PICTURES or words[-1] in {"tension", "tensions", "timing"}:
        return True  # "Images released in the official newspaper showed": pictures; a state
    if len(words) > 1 and words[1] in _WORDS_SPOKEN and (
            words[0] in {"his", "her", "their"} or words[0].endswith(("'s", "’s"))):
        return True  # "His warning about the U.S. ... is resounding": the words, judged
    at = sentence.lower().find(raw.lower())
    if at >= 0 and (_FOLLOWS_RE.match(sentence, at + len(raw)) or words[-1] in _ACTS_OF and
                    sentence.startswith(" of ", at + len(raw))):
        return True  # "The announcement follows ...", "The release of a fact sheet appears"
    if _DONE_BY_RE.match(sentence, at + len(raw)):
        return True  # "The council suggested by the former ambassador is ...": a thing described
    if words[-1] in {"source", "sources"} and _CAUSE_RE.match(sentence, at + len(raw)):
        return True  # "The source of the current aggravation is ...": a cause, no informant
    if len(words) > 1 and words[0] in {"this", "that", "these", "those"} and \
            words[1] in _THINGS or "that" in words[1:]:
        return True  # "This concern risks causing tension", "The group that Biden": no source
    if at >= 0 and raw.split()[-1].lower() in DOCUMENT_HEADS and \
            _SEEMS_RE.match(sentence, at + len(raw)):
        return True  # "The ministry's statement appears intended to ...": the writer's reading
    if at >= 0 and _APPEARS_TO_RE.match(sentence, at + len(raw)):
        linker = default_linker()
        name = raw.removeprefix("The ").removeprefix("the ")
        if linker.kind(name) in {"country", "organisation"} or linker.is_place(name) or \
                name == "North":
            return True  # "China appears to be erecting structures": the writer's reading
    return at >= 0 and (_REMARK_RE.match(sentence, at + len(raw)) is not None or
                        _UNDERGOES_RE.match(sentence, at + len(raw)) is not None or
                        _SIGNS_RE.match(sentence, at + len(raw)) is not None or
                        ends_in_adjective(sentence, at + len(raw)))


def ends_in_adjective(sentence: str, end: int) -> bool:
    """Whether the word of ``sentence`` that ends at offset ``end`` (a source phrase's last) is
    a lower-case adjective by the packaged tagger, a noun right after it: the phrase stops
    before its noun (``the prevalent`` of *the prevalent view is that*, ``the apparent`` of *The
    apparent aim is to*), so it names nobody; not before a text or a person's role (``The
    military`` of *The military agreement ... called for*: the text speaks), nor an adjective
    that is the head (*few believe*, *an executive at the foundation*)."""
    word = sentence[:end].split()[-1:] if end > 0 else []
    if not word or not word[0].isalpha() or not word[0].islower():
        return False
    after = sentence[end:].split()[:1]
    noun = after[0].strip(",.;:").lower() if after else ""
    if noun in _SPEAKING_NOUNS or noun.removesuffix("s") in _SPEAKING_NOUNS:
        return False
    tags = tag_text(sentence)
    return any(e == end and tag == "ADJ" and k + 1 < len(tags) and tags[k + 1][3] == "NOUN"
               for k, (_, e, _, tag) in enumerate(tags))


_SPEAKING_NOUNS = DOCUMENT_HEADS | TEXT_NOUNS | PERSON_ROLES
"""Nouns of a text or a role that speak (``the military agreement called for``)."""


_READS_RE = re.compile(r"(?:^|[,”\"’']|\s\s)\s*(?:reads|read)\s+(the\s+(?:[\w-]+\s+)?(?:article|"
                       r"statement|commentary|editorial|report|letter|text|document|declaration|communique|"
                       r"resolution|notice|message))\s*[.!]?\s*$")


def reads_source(outside: str) -> str | None:
    """The text a quotation ends with after *reads* (``"...," reads the article.`` -> ``the
    article``; the quotation may be blanked out, its comma with it), or ``None``."""
    if "read" not in outside:
        return None
    m = _READS_RE.search(outside)
    return m.group(1) if m else None


_REPORTING = SPEECH_VERBS | EVIDENCE_VERBS | THAT_ONLY_VERBS
_SUBJECT_NEXT_TAGS = frozenset("VB VBD VBP VBZ VBN VBG MD RB POS ,".split())
"""Penn tags of the word after a one-word subject (its verb, an auxiliary or an adverb)."""


def imperative_opening(sentence: str, raw: str) -> bool:
    """Whether ``raw``, the first word of ``sentence`` taken alone for its subject, is rather
    the verb of an imperative: no reporting verb in the sentence (``Exit polling showed
    that``), the word capitalised, not in capitals, tagged a verb, and the next word, right
    after a space, tagged neither a verb nor an adverb (``Strengthen broader cooperation``,
    ``Conduct large-scale drills``; not ``Seoul warned``, ``Critics argue``)."""
    words = sentence.split(None, 2)
    if len(words) < 2 or " " in raw or words[0] != raw or not raw[:1].isupper() or \
            raw.isupper() or not words[1][:1].islower() or \
            _REPORTING.intersection(sentence.split()):
        return False
    from .tagger import tag_text  # the tagger loads only for such a promotion

    tags = tag_text(" ".join(sentence.split()[:6]), "penn")
    return len(tags) > 1 and tags[0][3].startswith("VB") and tags[1][3] not in _SUBJECT_NEXT_TAGS
