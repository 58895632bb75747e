"""Sentences the learned model may not promote to reported speech: the writer's own claims.

A prescription (``The government should explain ...``, ``Seoul must decide ...``) or a verdict
(``Still, critics are right to ask ...``) is the writer's judgement, not the subject's
reported words (:func:`is_prescription`); a sentence whose subject, as
:func:`analysis.corpus.opening_subjects.sentence_subject` reads it, would be a sentence adverb
or a negation (``Perhaps go a step further``, ``Not everyone finds ...``) has no source
(:func:`adverb_subject`); a refusal or a silence (``The spokesperson declined to comment``,
``Experts are divided over whether ...``) reports no words (:func:`says_nothing`). Used by
:func:`analysis.corpus.quotes.promotable`.
"""

from __future__ import annotations

import re
from itertools import islice

from .cue_words import is_opening_adverb
from .cues import WORD_RE
from .opening_subjects import sentence_subject
from .speakers import DETERMINERS

_PRESCRIPTION_RE = re.compile(r"(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
                              r"|(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)(?: [\w’'-]+){1,3}?)"
                              r" (?:should|must|ought to|needs to|need to) ")
"""A subject (a name, or a determiner and up to three words), then a modal of obligation."""
_JUDGEMENT_RE = re.compile(r"\b(?:is|are|was|were) (?:right|wrong|correct|justified) to "
                           r"|^(?:It’s|It's|It is|It was) worth (?:noting|mentioning|recalling|"
                           r"remembering|pointing out)\b"
                           r"|^(?:It goes without saying|Needless to say)")
"""The writer's verdict on someone (``critics are right to ask``), or the writer's aside
(``It's worth noting that ...``, ``It goes without saying that ...``)."""
_MODALS = (" should ", " must ", " ought to ", " needs to ", " need to ")
_VERDICTS = (" right to ", " wrong to ", " correct to ", " justified to ", " worth ",
             " without saying", "Needless to say")
"""Strings every match of :data:`_PRESCRIPTION_RE` (:data:`_JUDGEMENT_RE`) holds one of: a
cheap test before the regex."""
_SENTENCE_ADVERBS = frozenset("""no not perhaps maybe likely thus hence indeed instead surely
    certainly clearly obviously overall moreover meanwhile nonetheless nevertheless
    furthermore""".split())
"""Sentence adverbs and negations that the subject finder may take for a name."""
_ADVERB_RE = re.compile("(?:" + "|".join(sorted(_SENTENCE_ADVERBS)) + r")(?![^\W_])")
"""One of :data:`_SENTENCE_ADVERBS` ending a word: in a lower-cased sentence, found wherever
one of its :data:`WORD_RE` tokens lower-cases to one of them (no character that is not part of
a word lower-cases to one that is), so a cheap test before the tokens."""


def is_prescription(sentence: str) -> bool:
    """Whether ``sentence`` opens with a subject and a modal of obligation (``The government
    should explain ...``, ``Seoul must decide ...``) or passes a verdict (``Still, critics are
    right to ask ...``): the writer's prescription or judgement, which the model is not to
    read as the subject's reported words."""
    return (any(map(sentence.__contains__, _MODALS)) and
            _PRESCRIPTION_RE.match(sentence) is not None) or \
        (any(map(sentence.__contains__, _VERDICTS)) and
         _JUDGEMENT_RE.search(sentence) is not None)


_ALNUM_FOLD = bytes(c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32
                    for c in range(256))
"""Bytes: an ASCII capital to its lower case, a lower-case letter or digit to itself, any other
byte (``_`` too) to a space."""
_ADVERB_BYTES = frozenset(adverb.encode() for adverb in _SENTENCE_ADVERBS)


def _may_hold_adverb(sentence: str) -> bool:
    """Whether a word of ``sentence`` may lower-case to one of :data:`_SENTENCE_ADVERBS`: in
    ASCII text, a run of its letters and digits does (a :data:`WORD_RE` token that is one is
    such a run, lower-cased), else :data:`_ADVERB_RE` finds one in it lower-cased."""
    if sentence.isascii():
        return not _ADVERB_BYTES.isdisjoint(sentence.encode().translate(_ALNUM_FOLD).split())
    return _ADVERB_RE.search(sentence.lower()) is not None


def adverb_subject(sentence: str) -> bool:
    """Whether the subject finder reads a sentence adverb or a negation as the subject of
    ``sentence`` (``Perhaps go a step further``, ``Not everyone finds ...``): no source."""
    if not _may_hold_adverb(sentence):
        return False  # most sentences: none of the adverbs anywhere
    tokens = list(islice(WORD_RE.finditer(sentence), 8))
    if not any(t.group(0).lower() in _SENTENCE_ADVERBS for t in tokens):
        return False  # the subject is one of these tokens: no need to find it
    first = tokens[0].group(0).lower()
    if first in _SENTENCE_ADVERBS and first.endswith("ly") and is_opening_adverb(tokens):
        # "Clearly, the declaration ...": the finder reads past it to a subject, and a name
        # after it is the subject ("Obviously, Bernie is ...")
        after = tokens[1].group(0)
        return after[0].islower() or after.lower() in DETERMINERS
    subject = sentence_subject(tokens)
    return subject is not None and subject.lower() in _SENTENCE_ADVERBS and \
        not sentence.startswith("No one")  # a pronoun: "No one expected ..."


_NOTHING_SAID_RE = re.compile(
    r"\b(?:declined|declines|refused|refuses)\s+to\s+(?:comment|elaborate|discuss|speculate|confirm|say|"
    r"guess|make\s+(?:any\s+)?assumptions|(?:give|provide|offer)\s+(?:any\s+|further\s+)?"
    r"(?:details|specifics)|go\s+into\s+details?|answer|be\s+drawn)\b"
    r"|\b(?:did|does) not (?:immediately )?(?:respond|reply) to (?:a |an |multiple |several )?"
    r"(?:requests?|emails?|calls?|messages?|inquiry|inquiries) (?:for|seeking) comment\b"
    r"|\bcould not (?:immediately )?be reached\b"
    r"|\b(?:are|were|remain|remained) (?:divided|split) (?:over|on) (?:whether|how)\b"
    r"|\b(?:is|are) pushing to [a-z]+"
    r"|\b(?:said|says|say)\s+(?:(?:next\s+to|almost|very)\s+)?(?:nothing|little)"
    r"(?=\s+(?:about|on|of|regarding|concerning|to|either)\b|\s*[.,;:]|\s*$)"
    r"|\b(?:did|does|do|would|will|could|can)(?:\s+not|n[’']t)\s+say\b"
    r"|\bdid(?:\s+not|n[’']t)\s+(?:explain|specify|elaborate|disclose|"
    r"detail|identify)\b(?![^.;:!?]*\b(?:but|and)\s+(?:said|says|added)\b)"
    r"|\b(?:[Nn]or|[Nn]either)\s+(?:did|does|would|will|could|has|have|had)\s+"
    r"(?:[\w’'.-]+\s+){1,4}?(?:say|said|comment|commented)\b"
    r"|\b(?:is|are)\s+expected\s+(?:in|at|to\s+(?:arrive|visit|attend|travel|land|stop))\b"
    r"|\b[Ii]t\s+is\s+worth\s+(?:recalling|noting|mentioning|remembering)\b")
"""A refusal to speak (to comment, speculate, confirm, make assumptions), no answer to a
request for comment, a negated or empty *say* (``did not say``, ``said nothing about``), a
divided opinion on an open question, or an effort in the progressive
(``Seoul is pushing to expand ...``, which :func:`analysis.corpus.beliefs.belief_subject`
already leaves out of the speech acts): nobody's words or views are reported."""
_NOTHING_SAID_WORDS = ("declin", "refus", " not ", "divided", "split", "pushing to", "nothing",
                       "little", "n't ", "n’t ", "Nor ", " nor ", "Neither ", " expected ",
                       " worth ")
"""Every match of :data:`_NOTHING_SAID_RE` holds one of these (a gate before it)."""


def says_nothing(sentence: str) -> bool:
    """Whether ``sentence`` reports that someone would not or could not speak (``The
    spokesperson declined to comment on ...``, ``The ministry did not respond to a request for
    comment``, ``Aides could not be reached``, ``He did not explain the intelligence that led
    him to believe this``), that a group is divided over an open question
    (``Experts are divided over whether ...``) or that someone is pushing to act: no words, so
    the learned model may not promote it, nor a noun clause's *say* or a negated subject's view
    (``what the minister had to say``, ``No one believes ...``: :func:`blank_unspoken`). The
    rules still read any reporting clause beside it (``declined to comment, but said ...``)."""
    return any(map(sentence.__contains__, _NOTHING_SAID_WORDS)) and \
        _NOTHING_SAID_RE.search(sentence) is not None or blank_unspoken(sentence) != sentence


_EMPTY_SPEECH_RE = re.compile(
    r"\b(said|says|say)\s+(?:(?:next\s+to|almost|very)\s+)?(?:nothing|little)"
    r"(?=\s+(?:about|on|of|regarding|concerning|to|either)\b|\s*[.,;:]|\s*$)"
    r"|\b(?:did|does|do|would|will|could|can)(?:\s+not|n[’']t)\s+(say)\b"
    r"|\b(?:declined|refused|declines|refuses)\s+to\s+(say)\b"
    r"|\b(?:[Nn]or|Neither)\s+(?:did|does|do|would|will|could|can|has|have|had)\s+"
    r"(?:[\w’'.-]+\s+){1,6}?(say|said|comment|commented|confirm|confirmed|specify|specified|"
    r"disclose|disclosed|elaborate|elaborated)\b")
"""A *say* that reports no content: empty (``It said nothing about enrichment``, ``said little
on``), negated (``did not say``, ``would not say``, ``won't say``, ``Nor did the ministry
say``) or refused (``refused to say``); the first group that matched is the verb."""


_UNSAID_QUESTION_RE = re.compile(
    r"\b(?:(?:did|does|do|would|will|could|can)(?:\s+not|n[’']t)\s+(?:say|comment|confirm|"
    r"specify|disclose)|(?:declined|refused|failed)\s+to\s+(?:say|comment|confirm|specify|"
    r"disclose|elaborate)|(?:[Nn]or|Neither)\s+(?:did|does|would|will|could|has|have|had)\s+"
    r"(?:[\w’'.-]+\s+){1,4}?(?:say|said|comment|commented|confirm|confirmed|specify|specified|"
    r"disclose|disclosed))(?:\s+on)?\s+(?P<clause>(?:whether|when|if|"
    r"where|how|why|what|who)\s+[^,;:.!?“”\"]+)")
"""A refused or negated *say* and the question it left open (``declined to comment on whether
the North had answered``): the question's verbs report nothing."""


_UNSPOKEN_RE = re.compile(
    r"\bwhat\s+(?:[\w’'.-]+\s+){1,6}?(?:had|has|have)\s+to\s+(say)\b"
    r"|(?:^\W*|[,;]\s+|\b(?:that|because|as)\s+)(?:[Nn]o\s+one|[Nn]o-one|[Nn]obody)"
    r"(?:\s+(?:in|among|at|from|on|of)\s+[^,;:.!?“”\"]{1,40}?)?\s+(?:(?:has|had|will|would|can|"
    r"could|really|seriously|ever)\s+)*(believes|believed|believe|thinks|thought|says|said|"
    r"claims|claimed|argues|argued|expects|expected|doubts|doubted|suggests|suggested|denies|"
    r"denied|disputes|disputed|knows|knew|accepts|accepted|buys|bought)\b"
    r"|\b(commented|remarked)\s+(?:on|upon|about)\s+"
    r"(?![^.;:!?]*(?:\bthat\b|[“\"]|,\s*saying\b|:))"
    r"|[’']s\s+(?:latest\s+|recent\s+|new\s+)?(?:comments|remarks|speech|statement|words|"
    r"address)\s+(?:(?:again|also|further|clearly)\s+)?(suggest|suggests|show|shows|indicate|"
    r"indicates|signal|signals|underscore|underscores|reflect|reflects)\s+(?:\w+\s+)?that\b"
    r"|\bwould(?:\s+not|n[’']t)?(?:\s+(?:also|further))?\s+have\s+([a-z]+)\b"
    r"|\b(reports|reported|report)\s+(?:directly\s+)?to\s+(?:the\s+)?(?:U\.N\.\s+|UN\s+)?(?:Security\s+"
    r"Council|[Cc]ouncil|[Cc]ommittee|[Pp]resident|[Pp]rime\s+[Mm]inister|[Mm]inister|Congress|"
    r"[Pp]arliament|[Bb]oard)\b(?![^.;:!?]*\bthat\b)(?=\s*(?:[.,;(]|$|and\b|(?:twice|once|every|"
    r"each|annually|regularly|on|in|since|until|through|directly)\b))"
    r"|\bin\s+order,\s+(?:they|he|she|we|it)\s+(say|says|said|claim|claims|claimed),\s+to\b")
"""A *say* that is a noun clause (``those who came to hear what the minister had to say``) and the
verb of a negated subject (``No one in the world believes ...``, ``Nobody says that``), and a
comment on a topic with no content (``A spokesperson on Wednesday commented on the election``,
the content coming in the sentences after), and the writer's present reading of someone's remark
(``Kim's comments suggest again that ...``, ``Kim's speech underscores that ...``), and a
counterfactual act (``By its terms, the draft would have requested the panel to ...``), and a
body's place in a hierarchy (``The panel reported to the U.N. Security Council``, with no
*that* and nothing but the clause's end or a time after it; not ``reported to the board the
reactor had resumed``), and a pronoun's aside that covers only a purpose (``drills staged in
order, they say, to counter the threats``; a named source, ``in order, officials said, to``,
still reports): no one's words are reported; the group that matched is the
verb."""


def _blank_verb(m: re.Match) -> str:
    """The match ``m`` with its first group that matched (the verb) replaced by spaces."""
    g = next(k for k in range(1, m.re.groups + 1) if m.group(k))
    return m.group(0)[:m.start(g) - m.start()] + " " * len(m.group(g)) + \
        m.group(0)[m.end(g) - m.start():]


def blank_unspoken(outside: str) -> str:
    """``outside`` with the verbs of :data:`_UNSPOKEN_RE` blanked, offsets kept."""
    if "to say" not in outside and "o one" not in outside and "obody" not in outside and \
            "o-one" not in outside and "ed on" not in outside and "ed upon" not in outside and \
            "ed about" not in outside and "’s " not in outside and \
            "'s " not in outside and "have " not in outside and "ort" not in outside and \
            "in order," not in outside:
        return outside
    return _UNSPOKEN_RE.sub(_blank_verb, outside)


def blank_empty_speech(outside: str) -> str:
    """``outside`` with the verb of each empty or negated *say* (:data:`_EMPTY_SPEECH_RE`)
    blanked, offsets kept, so the reporting-clause reader passes over it: ``It said nothing
    about enrichment either.`` reports no words and is the writer's (another cue of the
    sentence still counts: ``He would not say when, but said talks would resume``); so is the
    question a refused or negated *say* leaves open (:data:`_UNSAID_QUESTION_RE`: ``Koo
    declined to comment on whether the North had answered``), and a noun clause's *say* or a
    negated subject's verb (:func:`blank_unspoken`)."""
    outside = blank_unspoken(outside)
    if "declined" in outside or "refused" in outside or "failed" in outside or "not" in outside \
            or "n't" in outside or "n’t" in outside or "Nor " in outside or " nor " in outside \
            or "Neither " in outside:
        outside = _UNSAID_QUESTION_RE.sub(
            lambda m: m.group(0)[:m.start("clause") - m.start()] + " " * len(m.group("clause")),
            outside)
    if (("say" not in outside and "said" not in outside) or not (
            "nothing" in outside or "little" in outside or "not" in outside or "n't" in outside
            or "n’t" in outside or "declin" in outside or "refus" in outside)) and \
            "Nor " not in outside and " nor " not in outside and "Neither " not in outside:
        return outside
    return _EMPTY_SPEECH_RE.sub(_blank_verb, outside)
