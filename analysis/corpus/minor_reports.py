"""Reporting clauses that are not the sentence's claim, and two closing sources.

The labelling rules (``data/voices_README.md``) read a sentence as someone's words only when the
reported words are about half of it or more, and never a neutral act without content; PolNeAR's
scorer (``benchmarks/attribution.py``) likewise counts a sentence as attributed only when half
of it lies inside attributed content. :func:`reporting_clause` applies that to the clauses
:func:`analysis.corpus.trailing_clauses.reporting_clause` finds, and drops:

* a source inside a relative clause on the writer's noun that holds less than half of the
  sentence, after a main clause without a source of its own (``The rockets have grown more
  capable, which analysts say could threaten air defences.``, ``..., which according to
  Japanese officials, will resemble an older forum.``);
* a source inside a clause of time or cause opened by *as* after the writer's main clause
  (``The carrier docked in Busan on Friday, as the allies warned Pyongyang that ...``,
  ``The visit had long been planned as Washington pledged to ...``), after a main clause
  without a reporting verb of its own: the main claim is the
  writer's event; *as* in the sense of *in the way that* (``..., as Kirby noted,``, ``as the
  minister put it``: the verb followed by nothing, a comma or a stop) still reports;
* a source inside a concessive clause that opens the sentence (``While some critics have
  belittled the pledge ..., the new hotline is a real gain``), less than half of it, before a
  main clause without a source of its own;
* a reaction named by a noun (:mod:`analysis.corpus.reactions`) in a participle clause after a
  comma (``The drills took place after the test, drawing protests from Canada.``) or under a
  forecast (``The plan is expected to be met with criticism from rival parties.``: the writer's
  forecast of what someone will say);
* a neutral act whose object is only a topic (``The Foreign Office tweeted about the test on
  Monday.``, ``Park also commented on the fisheries agreement.``), without a clause, a colon,
  a quotation or another reporting verb after it; a platform or a day after *on* is no topic
  (``Lee wrote on Twitter on Monday.`` frames a quotation next to it);
* an act verb of confirming or announcing whose object is an event
  (``The premier confirmed the deployment with his counterpart``:
  :func:`analysis.corpus.announcements.announces_event`), also with a short quotation in the
  sentence (a name: ``as part of a new "X Accord"``) unless a subordinator opens the source's
  clause (``When Trump announced his candidacy, he called them "..."``: the main clause may
  report);
* a claim about a statement, a referral instead of an answer, or a quantifier taken for a
  source (:func:`analysis.corpus.voice_classes.writer_clause`).

A wire sign-off ending the sentence (``..., the JCS said. — Reuters``) and a naming aside after
the subject (``The accord, dubbed X, states that``) are set aside when the clause reader finds
no source (:func:`analysis.corpus.voice_classes.without_signoff`, ``without_naming_aside``).

When the clause reader finds no source it adds two that close a sentence: a line of thought
(``..., the line of thinking went.``, ``..., the argument goes.``: the thinking as written) and
``as stated by X`` (``..., as stated by the deputy security adviser.``), read like ``as reported
by X``; and *explaining* after a comma or after a text is read like ``, saying`` (``Park took
up the worries, explaining that ...``, ``He sent a memo to the paper explaining his plan``:
the opening subject).
"""

from __future__ import annotations

import re

from .announcements import announces_event
from .cue_words import AUXILIARIES, SPEECH_VERBS
from .opening_subjects import SPEAKER_HEADS, sentence_subject
from .reactions import reaction_source
from .speech_participles import participle_clause
from .trailing_clauses import reporting_clause as clause_of
from .voice_classes import without_naming_aside, without_signoff, writer_clause

_WORD_RE = re.compile(r"[^\W_]+(?:[-’'.][^\W_]+)*")
_RELATIVE_RE = re.compile(r",\s*which\b,?\s*|[,—–]\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:move|step|"
                          r"decision|development|act|action|measure|plan|deployment|visit)\s+"
                          r"(?:that\s+|which\s+)?")
"""``, which`` opening a relative clause, or an appositive noun of an event before its relative
clause (``..., a move Pyongyang described as ...``, ``—a step she called ...``)."""
_SUBORDINATOR_RE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ss]ince|[Oo]nce|[Ii]f|[Ww]hile|"
                              r"[Bb]ecause|[Uu]ntil|[Aa]s\s+soon\s+as)\s")
_OPENING_RE = re.compile(r"\s*(?:While|Although|Though|Whereas|Even\s+though|"
                         r"(?:(?:(?:Less|More)\s+than|Only|Just|Barely)\s+)?(?:(?i:a|an|one|two|"
                         r"three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?|years?|"
                         r"hours?)\s+)?(?:After|after)|(?:Days|Weeks|Months|Hours|Shortly|Soon|"
                         r"Just|Only)\s+after|Before|When|Since|Despite)\s+")
"""A concessive, temporal or *despite* clause opening a sentence, before the writer's main
clause (``After Biden warned that ..., the North fired two missiles``)."""
_AS_OPENING_RE = re.compile(r"\s*As\s+")
_AS_OBJECT_RE = re.compile(r"\s*(?:[a-z]+\s+)?(?:the|a|an|its|his|her|their)\s+[a-z]\S*\s+"
                           r"(?:\S+\s+){2}")
"""*As* opening a clause of cause whose report has a noun object of four words or more (``As
North Korea has mentioned the preemptive use of its weapons, fears have grown``): the event
is the clause's, the main claim the writer's; ``As X said, ...``, ``As X noted in his
speech, ...`` and ``As X told the New York Daily News, ...`` (a listener by name) leave the
main clause X's."""
_CONCESSIVE = frozenset("While Although Though Whereas Even".split())
_CUE_HEAD_RE = re.compile(r"^[\s’'s]*\S+(?:\s+that\b)?\s*")
"""The verb or noun of report after the source (and its *that*): ``warned that``, ``warning``."""
_AS_CLAUSE_RE = re.compile(r"(?:,\s*|\s)(?:even\s+|just\s+)?as\s+"
                           r"(?![a-z]+ing\b|well\b|part\b|a\s|an\s|if\b|though\b)"
                           r"|(?P<comma>,)?\s*(?:(?:(?:a|one|two|three|several|just|\d+)\s+)?"
                           r"(?:days?|hours?|weeks?)\s+)?(?:after|before)\s+|,\s*until\s+")
"""*as* opening a clause after the main clause (not *as well*, *as part of*, *as a* noun, *as
if*), or *after* or *before*, after a comma or not (``..., a day after the allies warned``,
``The council met after the North said``), or *until* after a comma (``The test triggered
warnings, until authorities confirmed ...``)."""
_EVENT_VERBS_BEFORE = frozenset("came comes come met meet meets began begins started starts "
                                "convened opened followed occurred happened".split())
"""Verbs of an event that may stand alone before *after* (``It came one day after X threatened``,
``The council met after the North said``): a main clause of two words is enough then."""
_ASIDE_NEXT = frozenset("""in on at during last this earlier recently yesterday today after
    before when —""".split())
"""Words after the verb of an *as* aside (``as Kirby noted in a briefing``, ``as she said
earlier``): the clause only credits a remark, in the sense of *in the way that*."""
_COMPARED_RE = re.compile(r"\b(?:as|so|such|same)\s+[\w-]+(?:\s+[\w-]+){0,4}\s*$|\bas\s*$")
"""A main clause ending in a comparison (``as rich as he says``, ``as worried about the drills
as the minister claims``, ``the same as``)."""
_AS_MAIN_WORDS = 6
"""The fewest words of the main clause before an *as* clause of time or cause."""
_AS_REACH = 12
"""Characters after *as* within which the source must start (one word may stand between)."""
_RELATIVE_REACH = 40
"""Characters after ``, which`` within which the source must start (``which analysts say``,
``which, according to U.S. officials,``)."""
_REACTION_ASIDE_RE = re.compile(r",\s*(?:drawing|prompting|sparking|triggering|provoking|"
                                r"eliciting)\s+")
_FORECAST_RE = re.compile(r"\b(?:will|would|could|may|might|likely\s+to|expected\s+to|set\s+to|"
                          r"bound\s+to)\s+(?:also\s+)?(?:be\s+)?(?:met\s+with|draw|spark|"
                          r"prompt|trigger|provoke|elicit|face)\b")
_TOPIC_ACT_RE = re.compile(r"\s+(?:(?:also|later|then|again|briefly|has|have|had)\s+){0,2}"
                           r"(?:tweeted|posted|commented|spoke|talked|wrote|blogged)\s+"
                           r"(?:about|on(?!\s+(?:Twitter|Facebook|X|Instagram|Telegram|Weibo|"
                           r"YouTube|Truth|social|his|her|its|their|[A-Z][a-z]+day)\b))\s+"
                           r"(?:[A-Z]|(?:the|a|an|his|her|its|their)\b)")
_NOT_TOPIC_ONLY_RE = re.compile(r"\b(?:that|saying|adding|noting|calling|warning|urging)\b|:")
_TOPIC_SUBJECT_WORDS = 8
_EVENT_VERBS = frozenset("confirmed confirms announced announces".split())
_THOUGHT_RE = re.compile(
    r",\s*((?:the|this|that|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:thinking|argument|"
    r"reasoning|logic|theory|narrative))\s+(?:goes|went|runs|ran)\s*[.!]?\s*$")
_EXPLAINING_RE = re.compile(r",\s+explaining\b|\b(?:memo|letter|statement|note|message|e-?mail|"
                            r"video|post|op-ed|essay)\b[^,.;:]{0,60}?\bexplaining\b")
_AS_STATED_RE = re.compile(r"\b[Aa]s\s+(?:stated|noted|explained|outlined|confirmed|suggested|"
                           r"indicated|mentioned|announced|emphasized|stressed)\s+by\s+"
                           r"((?:[^,.;:!?()]|(?<=\b[A-Z])\.(?=[A-Z ]))+)")


_QUOTING_RE = re.compile(r"\W*(?:Quoting|Citing)\s+(?:from\s+)?(?:the\s+)?"
                         r"((?:[^,.;:!?()]|(?<=\b[A-Z])\.(?=[A-Z ]))+?)(?:['’]s\s+[^,]{1,40})?,")
"""``Quoting Newsweek's report, ...``, ``Citing a government source, ...``: the source of a
sentence whose main clause has no reporting verb (a possessor stands for its report), a name or
a noun of a source (not ``Citing concerns about safety``)."""
_TO_WHOM_RE = re.compile(r"\s+(?:to|in|on|at|during)\s+")
"""Where a phrase after ``as stated by X`` goes on past the source (``by the navy to Yonhap``)."""
_STATING = ("stated", "noted", "explained", "outlined", "confirmed", "suggested", "indicated",
            "mentioned", "announced", "emphasized", "stressed")


def _words(text: str) -> int:
    """The number of words of ``text``."""
    return len(_WORD_RE.findall(text))


def _own_words(rest: str) -> int:
    """The words of ``rest`` to its first comma; past an aside when the words before it leave
    a clause open (``warned could, under the North's law, meet the conditions``)."""
    parts = rest.split(",")
    last = parts[0].split()[-1:]
    if len(parts) > 2 and last and last[0].lower() in _OPEN_ENDS:
        return _words(parts[0]) + _words(parts[1]) + _words(parts[2])
    return _words(parts[0])


_OPEN_ENDS = AUXILIARIES | {"that", "to", "would", "could", "might", "not", "be", "has", "have"}
"""Last words before a comma that leave a clause open: an aside follows, then the clause."""


def minor_relative(outside: str, raw: str) -> bool:
    """Whether the source ``raw`` stands in a relative clause opened by ``, which`` (or after an
    appositive event noun, :data:`_RELATIVE_RE`, whose words after the source's verb are under
    two fifths of ``outside``: ``a move Pyongyang described as a warning``) that holds
    less than half of the words of ``outside``, after a main clause that reports nothing itself
    (``He attacked the rivals for their gifts, which he said ...`` stays his: module
    docstring)."""
    for m in _RELATIVE_RE.finditer(outside):
        at = outside.find(raw, m.start(), m.end() + _RELATIVE_REACH + len(raw))
        if at >= 0 and _closing(outside, at, raw):
            return False  # "..., which includes a dinner, the White House said in a statement."
        if at >= 0:
            small = 2 * _words(outside[m.start():]) < _words(outside) if "which" in m.group(0) \
                else 5 * (_own_words(outside[at + len(raw):]) - 1) < 2 * _words(outside)
            return small and clause_of(outside[:m.start()] + ".", False)[0] is None
    return False


_CLOSING_TAIL_RE = re.compile(r"\s+(?:has\s+|had\s+)?([a-z]+)\b[^,;:]{0,80}$")


def _closing(outside: str, at: int, raw: str) -> bool:
    """Whether the source ``raw`` at ``at`` closes the sentence after a comma with its speech
    verb and at most an adjunct (``..., the White House said in a media advisory.``): the
    whole sentence's report, not one inside a relative clause before it."""
    tail = _CLOSING_TAIL_RE.match(outside, at + len(raw))
    return outside[:at].rstrip().endswith(",") and tail is not None and \
        tail.group(1) in SPEECH_VERBS


_CLOSING_SOURCE_RE = re.compile(r",\s+(?:[\w’'.-]+\s+){1,4}(?:said|says|told\s+\w+|added|noted|"
                                r"reported)\s*\.?\s*$")
"""A source closing the whole sentence (``..., traders said.``): it reports the clause of time
too."""


_JOINED_VERB_RE = re.compile(r"\band\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ed)\b")
_JOINED_REACH = 160
"""The clause's second verb after *and* (``after the diplomats met in Munich and reaffirmed
their commitment``), at most this many characters after its subject."""


def _main_enough(main: str, m: re.Match) -> bool:
    """Whether the main clause ``main`` before an *as*, *after* or *before* clause (``m``) is
    long enough to hold the sentence's claim: six words, or two ending in a verb of an event
    before an *after* or *before* with no comma (:data:`_EVENT_VERBS_BEFORE`)."""
    words = _WORD_RE.findall(main)
    if len(words) >= _AS_MAIN_WORDS:
        return True
    return "as" not in m.group(0).split() and m.group("comma") is None and len(words) >= 2 \
        and words[-1].lower() in _EVENT_VERBS_BEFORE


def minor_as_clause(outside: str, raw: str) -> bool:
    """Whether the source ``raw`` stands in a clause of time or cause opened by *as* (or by
    *after* or *before* after a comma: ``..., a day after the allies warned``) after a
    main clause of at least six words that reports nothing itself and quotes nothing (no
    blanked quotation), with a complement after the source's reporting verb (module
    docstring)."""
    if _CLOSING_SOURCE_RE.search(outside):
        return False  # "The won fell after the North said ..., traders said": the traders'
    for m in _AS_CLAUSE_RE.finditer(outside):
        at = outside.find(raw, m.end(), m.end() + _AS_REACH + len(raw))
        if at < 0 or len(outside[m.end():at].split()) > 1 or raw in {"I", "we", "We"}:
            continue  # the source opens the clause ("as the allies", "as Seoul")
        main, after = outside[:m.start()], outside[at + len(raw):].split()[:6]
        verb = next((n for n, w in enumerate(after[:3]) if w.strip(",.") in SPEECH_VERBS), None)
        if verb is None and (joined := _JOINED_VERB_RE.search(outside, at + len(raw),
                                                              at + len(raw) + _JOINED_REACH)):
            after = outside[joined.start("verb"):].split()[:6]  # "met ... and reaffirmed"
            verb = 0 if after[0] in SPEECH_VERBS else None
        return verb is not None and len(after) > verb + 2 and \
            not after[verb].endswith((",", ".", ";")) and "   " not in main.strip() and \
            after[verb + 1].lower() not in _ASIDE_NEXT and not _COMPARED_RE.search(main) and \
            _main_enough(main, m) and clause_of(main + ".", False)[0] is None and \
            SPEECH_VERBS.isdisjoint(_WORD_RE.findall(main))
    return False


def minor_clause_report(outside: str) -> bool:
    """Whether the only report of ``outside`` (a sentence without quotations) stands in a clause
    of time or cause after its main clause (:func:`minor_as_clause`: ``..., a day after the
    allies warned Pyongyang ...``) or in one opening it (:func:`minor_opening`: ``After Biden
    warned that ..., the North fired ...``): the writer's narration, which the learned second
    opinion of :func:`analysis.corpus.quotes.attribute_sentences` must not promote for that
    cue."""
    raw = clause_of(outside, False)[0]
    opening = _OPENING_RE.match(outside) or _AS_OPENING_RE.match(outside)
    return raw is not None and (minor_as_clause(outside, raw) or (
        opening is not None and opening.group(0).split()[0] not in _CONCESSIVE
        and minor_opening(outside, raw)))


def _under_subordinator(outside: str, raw: str) -> bool:
    """Whether a subordinator stands before the source ``raw`` (``When Trump announced his
    candidacy, he referred to them as “...”``): the event is only the clause's, and a quotation
    may be the main clause's report."""
    at = outside.find(raw)
    return at > 0 and _SUBORDINATOR_RE.search(outside[:at]) is not None


_TO_SAY_RE = re.compile(r"\bto\s+(?:add|say|note|stress|warn|insist|point\s+out|mention|"
                        r"acknowledge|admit|concede|emphasi[sz]e)\b")
"""An infinitive of saying after *he was* (``he was careful to add that``): the source goes on
speaking in the main clause (not ``he was wrong``)."""


def minor_opening(outside: str, raw: str) -> bool:
    """Whether the source ``raw`` stands in a concessive clause opening the sentence (``While
    some critics have belittled the pledge ..., the new hotline is a real gain``) that holds
    less than half of its words, and the main clause after its comma reports nothing itself:
    the main claim is the writer's (module docstring). *Even as* and *even if* are left out
    (PolNeAR attributes *Even as some polls show ..., X appear ...*)."""
    m = _OPENING_RE.match(outside) or _AS_OPENING_RE.match(outside)
    if m is None:
        return False
    comma = outside.find(",", m.end())
    at = outside.find(raw)  # "Despite Beijing" of "Despite Beijing's warning that ..."
    if comma < 0 or not 0 <= at < comma:
        return False
    main = outside[comma + 1:]
    if main.split()[:1] in (["he"], ["she"], ["they"]) and (
            main.split()[1:2] not in (["was"], ["is"], ["were"], ["are"]) or
            m.group(0).split()[0] in _CONCESSIVE and _TO_SAY_RE.search(main)):
        return False  # "While Obama has cautioned ..., he has ordered ...": the source goes on
    # a concession weighs all its words; a time or "despite" clause only its reported ones
    concessive = m.group(0).split()[0] in _CONCESSIVE
    minor = outside[:comma] if concessive else \
        _CUE_HEAD_RE.sub("", outside[at + len(raw):comma], count=1)  # the reported words
    if not concessive and not minor.strip():
        return False  # "Despite his “...,” X wrote, ...": an inverted clause, no opening report
    if m.group(0).strip() == "As" and not _AS_OBJECT_RE.match(minor):
        return False  # "As the minister noted in his speech, ...": the main clause is his
    return 2 * _words(minor) < _words(outside) and clause_of(main, False)[0] is None \
        and SPEECH_VERBS.isdisjoint(_WORD_RE.findall(main))  # "..., another says": its own


_NEGATING = frozenset("neither no none nobody".split())


def negated_source(outside: str, raw: str) -> bool:
    """Whether the source ``raw`` is negated, so that nobody spoke: ``Neither leader
    mentioned``, ``No official commented``, ``Nobody said``, ``None of the officials
    mentioned`` (``the officials`` after *None of*)."""
    words = raw.split()
    if words[0].lower() in _NEGATING and (words[0] in {"Nobody", "None"} or len(words) > 1 and
                                          (words[-1][:1].islower() or "nor" in words)):
        return True  # not the family name of "No Sang Chol said"
    before = [w.lower() for w in outside[:max(0, outside.find(raw))].split()[-2:]]
    return before in (["none", "of"], ["neither", "of"], ["no", "one"]) or \
        before[-1:] == ["nobody"] or (before[-1:] == ["no"] and words[0] == "one")  # "No one in"


_PARTICIPLE_THAT_RE = re.compile(r"\s*(?:Recalling|Noting|Stressing|Claiming|Arguing|Saying|"
                                 r"Warning|Insisting|Asserting|Charging)\s+that\s+")
"""A participle clause of saying that opens the sentence (``Recalling that Biden threatened the
regime, Kim said ...``): its report is the main clause's subject's, not the one inside it."""


def main_report(outside: str, raw: str, has_quote: bool) -> tuple[str | None, bool]:
    """The reporting clause of the main clause when the source ``raw`` stands in a clause
    opening the sentence (:data:`_OPENING_RE`) and the main clause after its comma reports too
    (``While North Korea has denounced the drills as rehearsals, Seoul maintains they are
    defensive``): the sentence reports the main clause's source; else ``(None, False)``."""
    m = _OPENING_RE.match(outside) or _PARTICIPLE_THAT_RE.match(outside)  # "Recalling that"
    if m is None or (comma := outside.find(",", m.end())) < 0 or \
            not 0 <= outside.find(raw) < comma:
        return None, False
    rest = outside[comma + 1:]
    main = clause_of(rest, has_quote)
    which = rest.find(", which")  # "..., the allies pressed ahead, which they said was": no
    if not main[0] or main[0] == raw or -1 < which < rest.find(main[0]):
        return None, False
    return main


def minor_reaction(outside: str) -> bool:
    """Whether a reaction noun's source (:func:`analysis.corpus.reactions.reaction_source`)
    stands in a participle clause after a comma or under a forecast (module docstring)."""
    if reaction_source(outside) is None:
        return False
    return _REACTION_ASIDE_RE.search(outside) is not None or \
        _FORECAST_RE.search(outside) is not None


def topic_only(outside: str, raw: str) -> bool:
    """Whether the verb right after ``raw`` (an adverb or an auxiliary between) is a neutral act
    whose object is only a topic (``tweeted about the test``), with nothing reported after it
    and ``raw`` not in a closing clause (module docstring)."""
    at = outside.find(raw)
    if at < 0 or outside[:at].rstrip().endswith(","):
        return False  # "..., the church posted on the page.": a closing reporting clause
    m = _TOPIC_ACT_RE.match(outside, at + len(raw))
    return m is not None and _NOT_TOPIC_ONLY_RE.search(outside, m.end()) is None and \
        SPEECH_VERBS.isdisjoint(_WORD_RE.findall(outside[m.end():]))


def topic_act(sentence: str) -> bool:
    """Whether ``sentence`` opens with a subject of at most eight words and a neutral act whose
    object is only a topic (:func:`topic_only` without its subject): the learned model may not
    promote it either (:mod:`analysis.corpus.writer_frames`)."""
    m = _TOPIC_ACT_RE.search(sentence)
    if m is None or "“" in sentence or '"' in sentence:
        return False
    before = sentence[:m.start()]
    return "," not in before and len(before.split()) <= _TOPIC_SUBJECT_WORDS and \
        _NOT_TOPIC_ONLY_RE.search(sentence, m.end()) is None and \
        SPEECH_VERBS.isdisjoint(_WORD_RE.findall(sentence[m.end():]))


def event_object(outside: str, raw: str) -> bool:
    """Whether the first reporting verb after ``raw`` (else the last one before it, when the
    source was read inside the verb's object) is one of confirming or announcing with an event
    as its object (``confirmed the deployment with``: :func:`announces_event`)."""
    at = outside.find(raw)
    if at < 0 or not any(map(outside.__contains__, _EVENT_VERBS)):  # most: no such verb
        return False
    tokens = list(_WORD_RE.finditer(outside))
    n = next((n for n, t in enumerate(tokens) if t.start() >= at + len(raw) and
              t.group(0) in SPEECH_VERBS), None)
    if n is None:  # a source read after its verb: ", which announced the launch of X Group"
        n = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n].end() <= at and
                  tokens[n].group(0) in SPEECH_VERBS), None)
    return n is not None and tokens[n].group(0) in _EVENT_VERBS and \
        announces_event(outside, tokens, n)


def closing_source(outside: str) -> tuple[str | None, bool]:
    """A line of thought closing the sentence, ``as stated by X``, a source quoted or cited in
    an opening participle (:data:`_QUOTING_RE`), or the opening subject of a sentence with
    *explaining* after a comma or a text (module docstring)."""
    m = _THOUGHT_RE.search(outside)
    if m:
        return m.group(1), False
    # Every match of either pattern holds one of its verbs: a substring test first.
    m = _AS_STATED_RE.search(outside) if any(map(outside.__contains__, _STATING)) else None
    if m:
        return _TO_WHOM_RE.split(m.group(1).strip())[0], True  # "by the navy to Yonhap"
    m = _QUOTING_RE.match(outside) if "uoting" in outside[:12] or "iting" in outside[:12] \
        else None
    if m and (m.group(1)[:1].isupper() or m.group(1).split()[-1].lower() in SPEAKER_HEADS):
        return m.group(1).strip(), True  # "Quoting Newsweek's report, the drill was ..."
    if "explaining" in outside and _EXPLAINING_RE.search(outside) or participle_clause(outside):
        return sentence_subject(list(_WORD_RE.finditer(outside))), False  # "..., warning that"
    return None, False


_SAID = r"(?:said|says|warned|told|added|stated|claimed|declared|noted|stressed|vowed|urged)\b"
_SOURCE = (r"(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|(?:[\w-]+\s+){0,2}"
           r"(?:media|agency|outlets?|ministry|officials?|spokes(?:person|man|woman)))")
_SOURCE_THEN_PARTICIPLE_RE = re.compile(
    rf",\s+(?:({_SOURCE})\s+(?:said|added|says|stated|noted|wrote|reported)|according\s+to\s+"
    rf"({_SOURCE})),\s+(?:calling|saying|adding|accusing|describing|urging|warning|claiming|"
    r"insisting|stressing|denouncing|slamming)\b")
"""A source closing the report, then a participle of its own (``..., the KCNA added, calling
Lee's vision “...”``, ``..., state media reported, saying ...``, ``..., according to state
media, calling it ...``): the source of the whole sentence, not the subject of the report."""


def reporting_clause(outside: str, has_quote: bool) -> tuple[str | None, bool]:
    """The reporting clause of ``outside`` (a sentence with its quotations blanked) as
    :func:`analysis.corpus.trailing_clauses.reporting_clause` finds it, less a minor one, or a
    closing source (module docstring)."""
    raw, according = clause_of(outside, has_quote)
    if raw and (m := _SOURCE_THEN_PARTICIPLE_RE.search(outside)) and \
            raw not in (m.group(1) or m.group(2)) and not re.search(  # "Kim said ..., state
                rf"\b{re.escape(raw)}\s+(?:[a-z]+\s+)?{_SAID}", outside):  # media reported": Kim
        return m.group(1) or m.group(2), m.group(2) is not None  # "..., the KCNA added, calling"
    if raw is None and (bare := without_signoff(outside)):
        raw, according = clause_of(bare, has_quote)  # "..., the JCS said. — Reuters"
    if raw is None and (bare := without_naming_aside(outside)):
        raw, according = clause_of(bare, has_quote)  # "The accord, dubbed X, states that"
    if raw is None:
        return closing_source(outside)
    if writer_clause(outside, raw):
        return None, False  # "This is the first time X has confirmed ...": the writer's
    if negated_source(outside, raw):  # "Neither leader mentioned ..., but Yoon told ..."
        return clause_of(outside[outside.find(raw) + len(raw):], has_quote)
    switched = False
    if (main := main_report(outside, raw, has_quote))[0]:
        switched = main[0] != raw  # the event of the clause left behind is not this report's
        raw, according = main  # "While the North has denounced ..., Seoul maintains ..."
    if minor_opening(outside, raw):
        return None, False  # "While critics have belittled ..., the hotline is a real gain"
    if not switched and event_object(outside, raw) and not (
            has_quote and _under_subordinator(outside, raw)):
        return None, False  # "announced the formation of the group, a “...”": an act
    if minor_as_clause(outside, raw):
        return None, False  # "The carrier docked ..., as the allies warned that ...": an event
    if not has_quote and (minor_relative(outside, raw) or (according and minor_reaction(outside))
                          or topic_only(outside, raw)):
        return None, False
    return raw, according
