"""Evaluative speech acts of several words, and their subject.

The reporting verbs of :mod:`analysis.corpus.cue_words` are single words (``condemned``,
``welcomed``, ``slammed``). News reports the same acts with phrasal verbs and verb phrases
whose object is the target: *lashed out at*, *hit out at* (*hit back at*, *hitting back at*),
*railed against*, *took issue with*, *blistered at*, *pushed back on*, *called on X to ...*,
*advised the X to ...* (not *advised the campaign on policy* or *from January to March*, an
adviser's work), *evaluated X as ...* (not *as a group*, *as part of*),
*characterized X as ...*, *blamed X for ...*, *derided X for ...*, *appealed for ...*,
*castigated*, *framed* or *portrayed X as ...*, *hurled insults at*,
*rebuffed* or *turned down* a request or a call, *made clear* (not *made it clear*, which PolNeAR's
training split more often leaves to the writer, nor the passive *made clear by*), *drew attention
to* the fact, the need, the risk (not *drew attention to himself*, an act), *point(s) out*,
*attributed X to*, *reacted to X by warning ...*, *issued* or *released a statement reaffirming
...*, *a strongly worded statement denouncing ...* (a statement with its content in a participle),
and, where the reporting clause finds no subject for them, *welcomed* (not a guest:
``welcomed President Yoon``, ``welcomed visiting South Korean President Yoon`` is
hosting), *hailed*, *assessed that*, *raised the possibility of*, *criticized*, *condemned*,
*denounced*, *slammed*, *blasted* (not *issued a warning*, read as an act; not an act in a
relative clause, ``Obama, who welcomed ...``, nor a passive, ``was criticized``). The labelling
rules (``data/voices_README.md``) read such a sentence as reported speech (an evaluative act
with an object), its subject the source.

:func:`act_subject` reads the subject before the act: past a fronted phrase (``In a press
release, a spokesman for the ministry lashed out at ...``), the words before an aside between commas
(``Chinese state media, the Xinhua News Agency, hit out at ...``), without an
adverb before the verb (``Kim then called on ...``), without the modifier after its head (``a
spokesman for the ministry``, ``Sen. Bernie Sanders of Vermont``: the titles dropped as well),
or the name ending a fronted phrase without a comma (``Through the release Tokyo took
issue with ...``). The subject must look like a speaker: a pronoun, a name, or a noun phrase
of at most eight words ending in a name or in a noun of a person, a body or a source (``the
defense minister``, ``both sides``); a clause (``What the visit showed``) is nobody.
"""

from __future__ import annotations

import re

from .literal_sets import AnyOf
from .speakers import ORG_ROLES, PERSON_ROLES, PRONOUNS, SPEAKER_NOUNS, clean_name

_ACT_RE = re.compile(
    r"\b(?:(?:lashed|lashing|lashes)\s+out\s+(?:at|against)|hit(?:s|ting)?\s+(?:out|back)\s+at"
    r"|railed\s+against"
    r"|(?:sounded|sounding|sounds)\s+(?:the|an?)\s+(?:alarm|warning)\s+(?:over|about|on)\b"
    r"|took\s+issue\s+with"
    r"|blistered\s+at|pushed\s+back\s+(?:on|against)|castigated|appealed\s+for"
    r"|called\s+(?:on|for)\s+(?:[\w’'.-]+\s+){1,6}?to\s+[a-z]+"
    r"|advised\s+(?:the|his|her|their|its)\s+(?:(?!(?:from|until|up|for|in|on|at|during|"
    r"through|since)\b)[\w’'.-]+\s+){0,4}?to\s+(?!the\b|his\b|her\b|their\b)[a-z]+"
    r"|evaluated\s+(?:[\w’'.-]+\s+){1,4}?as\s+(?!(?:an?\s+)?(?:group|whole|team|unit|part|"
    r"individuals?|pairs?)\b)(?:an?\s+)?[a-z]+"
    r"|characteri[sz]ed\s+(?:[\w’'.-]+,?\s+){1,16}?as\b"
    r"|(?:blamed|derided)\s+(?:[\w’'.-]+\s+){1,5}?for\b"
    r"|(?:framed|portrayed)\s+(?:[\w’'.-]+,?\s+){1,8}?as\b"
    r"|(?:hurled|lobbed|flung)\s+(?:a\s+(?:series|string|barrage|volley|torrent)\s+of\s+)?"
    r"(?:insults|abuse|invective|barbs|epithets)\s+at"
    r"|direct(?:ed)?\s+(?:sharp\s+|harsh\s+|veiled\s+|thinly\s+veiled\s+)?(?:criticism|barbs)\s+at"
    r"|(?:responded|reacted)\s+(?:to\s+)?[^.;:!?]{1,160}?\bby\s+(?:predicting|saying|warning|"
    r"claiming|arguing"
    r"|insisting|calling|accusing|stating|declaring|vowing|threatening)\b"
    r"|(?:underscored|underlined|highlighted)\s+the\s+(?:importance|significance|need)\s+of"
    r"|(?:express|expresses|voice|voices|voiced)\s+(?:grave\s+|deep\s+|serious\s+|growing\s+|"
    r"strong\s+|sharp\s+)?(?:concerns?|alarm|worries|fears|doubts|frustration|disapproval|"
    r"displeasure|opposition|anger)\b|(?:voices|voiced|expressed)\s+(?:a\s+|the\s+|their\s+)?"
    r"(?:strong\s+|growing\s+)?(?:need|support|hopes?|desire|readiness)\b|(?:rebuffed|turned\s+down)\s+(?:[\w’'.-]+\s+){0,2}?"
    r"(?:request|requests|call|calls|proposal|proposals|demand|demands|offer|plea|appeal)\b"
    r"|made\s+(?:very\s+|abundantly\s+|crystal\s+)?clear\b(?!\s+(?:by|through)\b)|drew\s+(?:particular\s+)?attention\s+"
    r"to\s+(?:the\s+fact\b|what\b|how\b|the\s+(?:need|importance|risk|danger|threat|growing|"
    r"increasing|rising)\b)"
    r"|points?\s+out\b|attributed\s+(?:[\w’'.-]+\s+){1,6}?to\b"
    r"|(?:issued|released|published)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|press\s+"
    r"release|commentary)\b"
    r"[^.;:!?]{0,80}?\b"
    r"(?:reaffirming|saying|calling|urging|condemning|warning|stressing|expressing|pledging|"
    r"vowing|denouncing|criticizing|criticising|slamming|blasting|accusing|rejecting|"
    r"threatening|congratulating|welcoming|praising|hailing|thanking|mocking|ridiculing|"
    r"deriding|declaring)\b"
    r"|welcomed(?!\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b"
    r"|\s+(?:the\s+|visiting\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?(?:President|Prime|"
    r"Premier|Chancellor|King|Queen|Crown)\b(?![’']s)|\s+(?:him|her|them)\b"
    r"|\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:delegation|delegates|visitors|guests|troops|crew|"
    r"sailors)\s+(?:to|home|back|aboard)\b"
    r"|\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:to|back|home|at|aboard)\b"
    r"|[^.;:!?]{0,80}?\bfor\s+(?:an?\s+)?(?:official\s+|state\s+|two-day\s+|three-day\s+)*"
    r"visit\b)"
    r"|(?:thanked|appreciated)\s+(?:[\w’'.-]+\s+){1,6}?for\b|hinted\s+at\b"
    r"|discussed\s+(?:their\s+|shared\s+|mutual\s+|serious\s+|deep\s+)?(?:concerns?|worries)"
    r"\s+(?:about|over|regarding|on)\b"
    r"|hailed|touted|(?:highly\s+)?assessed\s+that|raised\s+the\s+possibility\s+of"
    r"|criticized|criticised|condemned|denounced|slammed|blasted)")
"""The acts of the module docstring (past tense, as news reports them)."""
ACT_STEMS = ("lash", "hit", "railed", "took", "blistered", "pushed", "castigated", "appealed",
             "called", "characteri", "blamed", "framed", "portrayed", "hurled", "lobbed", "flung",
             "direct", "responded", "reacted", "underscored", "underlined", "highlighted",
             "express", "voice", "rebuffed", "turned", "made", "drew", "point", "attributed",
             "issued", "released", "welcomed", "hailed", "highly", "assessed", "raised",
             "criticized", "criticised", "condemned", "denounced", "slammed", "blasted",
             "thanked", "appreciated", "discussed", "hinted", "touted", "published", "sound",
             "advised", "evaluated", "derided")
"""Words one of which every match of the acts' pattern holds (a test reads the pattern to
check it): a sentence with none of them is passed over with a few substring tests, not the
pattern's attempt at every word."""
_HAS_ACT_STEM = AnyOf(ACT_STEMS)
_FRONTED = frozenset("""in during at on through after before speaking addressing asked
    earlier later meanwhile separately also however instead still yet now indeed last this
    yesterday today despite amid following unlike hours days weeks months minutes moments
    moreover furthermore besides likewise""".split())
"""First words of a phrase fronted before the subject, up to its comma (and an adverb in
*-ly* with its comma: ``Obviously, ...``; a span of time: ``Hours later, she ...``)."""
_ADVERBS = frozenset("""then also again later even further repeatedly strongly sharply
    openly publicly separately jointly reportedly swiftly quickly immediately once finally
    have has""".split())
_NO_SUBJECT = frozenset("""is are was were be been has have had will would can could may might
    should must do does did not that which who what when where why how if because while
    as""".split())
_HEADS = PERSON_ROLES | ORG_ROLES | SPEAKER_NOUNS | frozenset(
    "sides side media leadership regime navy military army forces team camp voices members nations"
    .split())
_DETERMINERS = frozenset("the a an both its his her their this that these those".split())
_MAX_WORDS = 8
_DASH_ASIDE_RE = re.compile(r"\s+(?:[—–]|--|-)\s[^—–]{1,200}?\s(?:[—–]|--|-)\s+")
"""An aside between dashes after the subject (``Seoul Mayor Oh Se-hoon — a member of the ruling
party — also raised the possibility``, a spaced hyphen or two hyphens for the dashes): left out
of the subject's words."""
_CONJUNCTIONS = frozenset("but and yet so".split())
_RELATIVES = frozenset("who which that whom".split())
_PERFECT = frozenset("has have had also repeatedly".split())
_PASSIVE = frozenset("is are was were be been being".split())
_TAILS = frozenset("of for at from in on".split())
"""Words after the head of a subject that open its modifier (``a spokesman for the ministry``,
``Sanders of Vermont``): the subject ends before them."""


def act_subject(outside: str) -> str | None:
    """The subject of a speech act of several words in ``outside`` (a sentence with its
    quotations blanked), or ``None`` (module docstring)."""
    m = _ACT_RE.search(outside) if _HAS_ACT_STEM(outside) else None
    if not m:
        return None
    before = _DASH_ASIDE_RE.sub(" ", outside[:m.start()]).strip()  # "X — a member of ... — also"
    if before.split()[-1:] in (["and"], ["but"]):
        return None  # "Lee went after Kim and called for ...": a second verb of the subject
    tail = [w.lower() for w in before.split()[-3:]]
    # "is sounding", "is lashing out": a progressive, no passive
    progressive = m.group(0).startswith(("hitting", "sounding", "lashing"))
    auxiliaries = _PERFECT | _PASSIVE if progressive else _PERFECT
    while tail and (tail[-1] in auxiliaries or tail[-1].endswith("ly")):
        tail.pop()  # "who has blasted", "which has consistently criticized": the word before
    if tail and (tail[-1] in _RELATIVES or tail[-1] in _PASSIVE):
        return None  # "Obama, who welcomed ...", "was criticized": no act of a subject
    if before.split(None, 1)[0].lower() in _CONJUNCTIONS if before else False:
        before = before.split(None, 1)[1] if " " in before else ""  # "But despite ..., X"
    opener = before.split(None, 1)[0].lower().rstrip(",") if before else ""
    fronted = opener in _FRONTED or (opener.endswith(("ly", "ed")) and before[len(opener)] == ",")
    if "," in before and fronted:
        before = before.split(",", 1)[1].strip()  # "In a press release, a spokesman ..."
    if "," in before:
        first, rest = (part.strip(" ,") for part in before.split(",", 1))
        name = re.search(r"(?:[A-Z][\w.’'-]*\s+)+[A-Z][\w.’'-]*$", rest)  # "... Kim Yo-jong"
        # "his sister, senior official Kim Yo-jong": the name after a role in lower case, not
        # the KCNA of "state media, the KCNA, hit out" (a name right after the comma)
        before = name.group(0) if first[:1].islower() and name and name.start() else first
    words = before.split()
    if words and words[0].lower() in _CONJUNCTIONS:
        words = words[1:]  # "But Seoul took issue with ..."
    while words and (words[-1].lower() in _ADVERBS or words[-1].lower() in auxiliaries):
        words.pop()  # "Kim then called on", "the regime has been hitting back at"
    if fronted and words and words[0].lower() in _FRONTED:  # "Through the release Tokyo"
        name = len(words)
        while name > 1 and words[name - 1][0].isupper():
            name -= 1
        words = words[name:] if name > 1 and name < len(words) else []
    cut = next((k for k, w in enumerate(words) if k and w in _TAILS), len(words))
    words = words[:cut]  # "a spokesman for the ministry", "Sanders of Vermont"
    if not words or len(words) > _MAX_WORDS:
        return None
    if any(w.lower() in _NO_SUBJECT for w in words):
        return None
    last = words[-1]
    if len(words) == 1 and last.lower() in PRONOUNS:
        return last
    first_ok = words[0][0].isupper() or words[0].lower() in _DETERMINERS
    last_ok = last[0].isupper() or last.lower() in _HEADS
    if not (first_ok and last_ok):
        return None
    subject = " ".join(words)
    return clean_name(subject) if words[0].lower() not in _DETERMINERS and \
        words[0][0].isupper() else subject  # "Sen. Bernie Sanders", "Mr. Biden"
