"""Two transcript forms read as speaker turns: announced interviews and name-label dialogues.

A newspaper or think-tank interview sets its questions and answers out as ``Q.`` and ``A.``
paragraphs (or ``Q:``/``A:``, ``Q)``/``A)``, or the label alone on its own line). Such a
document is an interview, not the writer's own explainer, when the text before its first
question (the title or an introduction) announces one (:data:`ANNOUNCE_RE`: *interview*,
*transcript*, *spoke with*, *sat down with*, *Q&A with*, *conversation with*, *talked to*):
:func:`interview_speakers` gives the speaker of each label, ``Q`` for the questions and the
interviewee for the answers: the person named right after the announcing words, else the one
person the introduction names (:func:`interviewee`), else ``A``.

An event's or a podcast's transcript labels its turns with the speakers' names in mixed case
(``Victor Cha: Good afternoon.``, ``Dr. Sue Mi Terry: Thank you.``). Such a paragraph-opening
label is a turn label only in a dialogue (:func:`dialogue_labels`): at least two distinct
names, one of them at least twice, none a country, capital or organisation of the actor list
(a roundup's ``South Korea: ...``, ``North Korea: ...``) and never one word (``Note:``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .actor_linker import default_linker
from .name_keys import drop_possessive
from .person_names import BODY_WORDS
from .sentences import split_sentences
from .speakers import ORG_NAME_HEADS, PERSON_ROLES, TITLE_WORDS, looks_like_org
from .speech_texts import SPOKEN_RE, opening_remarks

QA_TURN_RE = re.compile(r"(?P<qa>[QA])(?:uestion(?=:)|nswer(?=:))?\d{0,3}(?:[.:)][ \t]*\n?|"
                        r"[ \t]*\n)[ \t]*(?=[A-Z0-9\"“‘(])")
"""A question or answer label opening a paragraph: ``Q.``, ``A:``, ``Q)``, numbered
(``Q1.``), alone on its line (``Q`` or ``Q.`` then a line break), or spelled out (``Question:``,
``Answer:``, as a ministry's record of a press question prints them)."""

ANNOUNCE_RE = re.compile(
    r"\b(?:[Ii]nterview(?:s|ed)?|[Tt]ranscripts?|(?:spoke|speaks|spoken|talked|talks|talking)"
    r" (?:with|to)|s(?:a|i)ts? down with|Q ?& ?A with|[Cc]onversation with)\b")
"""Words that announce an interview or a transcript before its first question."""

DIALOGUE_RE = re.compile(
    r"(?:(?:Dr|Gen|Amb|Adm|Prof|Mr|Mrs|Ms|Sen|Rep|Gov|Lt|Col|Maj|Capt|Rev)\.?\s+)?"
    r"(?P<name>[A-Z]{2,}(?:-[A-Z]{2,})? [A-Z][a-z]+(?:-[a-z]+)?"
    r"(?=(?P<post>,[ \t][A-Z][\w’'-]*(?:[ \t][\w’'()-]+){0,8}):)"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?(post)(?P=post)):[ \t]+(?=\S)")
"""A mixed-case name label opening a paragraph, after an optional title: ``Victor Cha:``,
``Dr. Sue Mi Terry:``, ``Amb. Philip Goldberg:``; and Japan's official form, a family name in
capitals before the given name and the post after a comma (``Mr. HAYASHI Yoshimasa, Minister
for Foreign Affairs:``, as the Ministry of Foreign Affairs prints its press conferences; group
``post``, which is no part of the speaker: :func:`label_speaker`)."""

_CAPS_FAMILY_RE = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]{2,})?(?= [A-Z][a-z])")


def label_speaker(m: re.Match) -> str:
    """The speaker a :data:`DIALOGUE_RE` label names: the label without its colon, and in
    Japan's official form without its post and with the family name in title case (``Mr.
    HAYASHI Yoshimasa, Minister for Foreign Affairs:`` -> ``Mr. Hayashi Yoshimasa``)."""
    if not m.groupdict().get("post"):  # an outlet's label (ASKER_RE) has none
        return m.group(0).rstrip(": \t")
    label = m.string[m.start():m.start("post")]
    return _CAPS_FAMILY_RE.sub(lambda w: "-".join(map(str.capitalize, w.group().split("-"))),
                               label)


_NAME_RUN_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")
_NAMED_AFTER_RE = re.compile(
    r"\b(?:[Ii]nterview(?:ed)?|[Tt]ranscript|(?:spoke|talked)|s[ai]t down|Q ?& ?A|"
    r"[Cc]onversation)(?:[ \t]+(?:with|to|of))?[ \t]+")
"""Announcing words that the interviewee's name may follow (``an interview with``,
``interviewed``, ``Q&A with``)."""
_BYLINE_RE = re.compile(r"(?m)^[ \t]*By[ \t][^\n]*$")
"""A byline (``By Kim Min-ji``): the writer, not the one interviewed."""
_NOT_NAME = frozenset("""the a an this that following in on at as by with for from edited
    full interview transcript excerpts excerpt q monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december camp base fort declaration group peninsula sea island islands strait
    street road hall building square park station airport port university school studies
    command forces agency program programme talks summit war treaty act law accord agreement
    forum conference dialogue review briefing briefings regular daily weekly press remarks
    statement""".split())
"""Words that make a capitalised run no person's name (a sentence opener, a date, a place, an
event or a document: ``Camp Humphreys``, ``Washington Declaration``)."""


def interview_speakers(text: str, starts: dict[int, int]) -> dict[str, str] | None:
    """``{"Q": "Q", "A": interviewee}`` for an announced interview (module docstring), whose
    paragraphs (``starts``: paragraph -> offset) hold a question and an answer label and whose
    text before the first question announces an interview; else ``None``."""
    found = {p: m.group("qa") for p, s in starts.items() if (m := QA_TURN_RE.match(text, s))}
    if set(found.values()) != {"Q", "A"}:
        return None
    intro = text[:starts[min(found)]]
    if not ANNOUNCE_RE.search(intro) and not first_person_answers(text, starts, found) and \
            not addressed_questions(text, starts, found):
        return None
    if text.startswith("Question:", starts[min(found)]):
        owner = _OWN_ANSWER_RE.search(intro)  # "Maria Zakharova's answer to a media question"
        owner = owner and (owner.group(1) or owner.group(2))
        return {"Q": "Question", "A": owner and interviewee(owner) or "Answer"}
    return {"Q": "Q", "A": interviewee(intro) or "A"}


_NAMED = r"((?:[A-Z][\w.’'-]*\s+){1,6}[A-Z][\w.’'-]*)"
_OWN_ANSWER_RE = re.compile(
    _NAMED + r"(?:[’']s\s+(?:answer|answers|comment|comments|reply|replies|response)\b|"
    r"\s+(?:[Aa]nswers|[Rr]eplies\s+to|[Rr]esponds\s+to)\s)|(?<![Tt]he\s)\b(?:Answers?|Comments?|"
    r"Repl(?:y|ies)|Responses?)\s+(?:by|of|from)\s+" + _NAMED)
"""A heading that names whose answer it prints (``Spokeswoman Maria Zakharova's answer to a
media question``, ``Answer by Foreign Ministry Spokeswoman Maria Zakharova to``, ``Spokesperson
Wang Wenbin Answers a Journalist's Question``), not a person the question is about (``a
question about President Yoon Suk Yeol's remarks``)."""
_FIRST_PERSON_RE = re.compile(r"(?<![\w’'])(?:I|I[’'](?:m|ve|d|ll)|[Ww]e|[Ww]e[’'](?:re|ve|d|ll)|"
                              r"[Mm]y|[Oo]ur|[Mm]e)(?![\w’'])")
"""A speaker's first person (``I'm``, ``we``, ``our``; not the initialism ``US``)."""
_QUOTED_RE = re.compile(r"[“\"][^”\"]*[”\"]")
_EDITORIAL_RE = re.compile(r"[^.!?\n]*(?:\b(?:this|our)\s+(?:explainer|article|story|page|report|"
                           r"newsletter|blog|coverage|series|guide|FAQ)\b|\b(?:Send|Email|E-mail|"
                           r"Write\s+to|Contact|Tell)\s+us\b|\bcontributed\s+to\b)[^.!?\n]*[.!?]?")
"""A sentence of the editors about the text (``We will update this explainer``, ``Send us
your questions``, ``Our reporters contributed to this report``): no answer's first person."""


def first_person_answers(text: str, starts: dict[int, int], found: dict[int, str]) -> bool:
    """Whether an answer (``found``: paragraph -> ``Q`` or ``A`` label, ``starts``: paragraph ->
    offset; an answer runs on to the next labelled paragraph) speaks in the first person outside
    quotation marks and the editors' own sentences (``A. I'm not going to get into that.``):
    an interview's answer, not an explainer's impersonal one (``A: The group meets twice a
    year.``, then ``We will update this explainer``: :data:`_EDITORIAL_RE`)."""
    return any(_FIRST_PERSON_RE.search(_EDITORIAL_RE.sub(" ", _QUOTED_RE.sub(" ", body)))
               for body in _turn_bodies(text, starts, found, "A"))


def _turn_bodies(text: str, starts: dict[int, int], found: dict[int, str],
                 label: str) -> Iterator[str]:
    """The text of each turn of ``label`` (``Q`` or ``A``; ``found``: paragraph -> label), from
    its label to the next labelled paragraph."""
    ends = sorted(starts[p] for p in found) + [len(text)]
    for p, lab in found.items():
        if lab == label:
            yield text[starts[p]:next(e for e in ends if e > starts[p])]


_ADDRESSED_RE = re.compile(r"\b(?:the|your)\s+(?:[A-Z][\w-]*\s+)?(?:Ministry|Government)\b"
                           r"|\byour\s+(?:ministry|government)\b")
"""A question put to a ministry or government (``Is the Unification Ministry aware ...?``,
``What is the Government's take on this?``): a briefing's, as a ministry's record of it writes
them, not an explainer's."""


def addressed_questions(text: str, starts: dict[int, int], found: dict[int, str]) -> bool:
    """Whether a question (``found``: paragraph -> ``Q`` or ``A`` label) asks a ministry or a
    government (:data:`_ADDRESSED_RE`) and holds a question mark: a briefing's record of
    reporters' questions and a ministry's answers, whose answers may be impersonal (``A. The
    nameplate was removed in January.``)."""
    return any("?" in body and _ADDRESSED_RE.search(body)
               for body in _turn_bodies(text, starts, found, "Q"))


def qa_paragraphs(text: str, starts: dict[int, int]) -> list[int]:
    """The paragraphs that open with a question or answer label (:data:`QA_TURN_RE`)."""
    return [p for p, s in starts.items() if QA_TURN_RE.match(text, s)]


def interviewee(intro: str) -> str | None:
    """The person ``intro`` announces as interviewed (``an interview with Gen. Paul LaCamera``,
    ``Q&A with Vice President Jane Doe``: the first person named right after such words, in two
    to four capitalised words, titles, posts and bodies before the name dropped), else the one
    person it names (``Victor Cha, a fellow at ..., spoke with this newspaper``), else ``None``
    (none or several). A byline's name is the writer's, not the interviewee's."""
    linker = default_linker()
    text = _BYLINE_RE.sub("", intro)
    persons = [(run.start(), run.end(), p) for run in _NAME_RUN_RE.finditer(text)
               if (p := _person(run.group(), linker))]
    for m in _NAMED_AFTER_RE.finditer(text):
        named = next(((end, p) for start, end, p in persons if start == m.end()), None)
        if named:  # "... with Kim Min-ho and Lee Su-jin": two interviewed, no one answers
            return None if re.match(r"[ \t]+and[ \t]+[A-Z]", text[named[0]:]) else named[1]
    names: list[str] = []
    for _, _, person in persons:
        if not any(person in n or n in person for n in names):
            names.append(person)
    return names[0] if len(names) == 1 else None


def _person(run: str, linker) -> str | None:
    """The person's name a capitalised ``run`` ends in (``U.S. Forces Korea Commander Gen. Paul
    LaCamera`` -> ``Paul LaCamera``), or ``None``."""
    words = run.split()
    cut = max((k + 1 for k, w in enumerate(words) if _title_or_body(w)), default=0)
    name = words[cut:]
    while name and name[0].lower().strip(".") in _NOT_NAME:
        name = name[1:]
    while name and name[-1].lower().strip(".,") in _NOT_NAME:
        name = name[:-1]
    person = drop_possessive(" ".join(name).rstrip(".,"))
    return person if 2 <= len(name) <= 4 and _person_like(person, linker) else None


def _title_or_body(word: str) -> bool:
    """Whether ``word`` is a title, a post or a body's head (``Gen.``, ``Commander``,
    ``Forces``), which a person's name follows."""
    w = word.lower().strip(".,")
    w = w[:-2] if w.endswith(("'s", "’s")) else w  # "Minister's"; "Spokesperson" keeps its s
    return w in TITLE_WORDS or w in BODY_WORDS or w in PERSON_ROLES or w in ORG_NAME_HEADS


def _person_like(name: str, linker) -> bool:
    """Whether ``name`` may be a person's: no word of it a listed country, capital or body, no
    organisation's name (``Korea Herald``), no initialism, no date."""
    words = name.split()
    if looks_like_org(name) or any(w.lower().strip(".") in _NOT_NAME for w in words):
        return False
    if any(w.isupper() or "." in w.rstrip(".") for w in words):
        return False  # "U.S.", "USFK": no person's name
    return not any(linker.kind(w) in {"country", "organisation"} or linker.is_place(w)
                   for w in [*words, name])


_SURNAME_RE = re.compile(r"(?P<name>[A-Z][a-z'’-]{2,}):[ \t]+(?=(?P<quote>[\"“‘])|\S)")
"""A one-word label opening a paragraph (``Trump: "I felt safe ..."``, as a radio script prints
a bite): a dialogue's label only when the actor list knows the word as a person, and before a
quotation unless a reporter asks in the text (not a list of positions, ``Trump: Called South
Korea a money machine.``)."""


def _name_label(text: str, start: int, linker, asked: bool = False) -> re.Match | None:
    """The :data:`DIALOGUE_RE` label at ``start``, or a one-word label of a person the actor
    list knows (:data:`_SURNAME_RE`: ``Trump:``, not ``Update:`` or ``Lee:``, which it cannot
    tell from a heading) before a quotation or, with ``asked``, any words."""
    m = DIALOGUE_RE.match(text, start)
    if m is None and (m := _SURNAME_RE.match(text, start)) is not None:
        return m if linker.kind(m.group("name")) == "person" and (
            asked or m.group("quote")) else None
    return m


def dialogue_labels(text: str, starts: dict[int, int]) -> frozenset[str]:
    """The mixed-case name labels (:data:`DIALOGUE_RE`) that open the paragraphs of a dialogue
    (module docstring): each label as written, title included; empty if there is no dialogue."""
    linker = default_linker()
    labels: dict[str, str] = {}
    asked = any(_QUESTION_RE.match(text, s) for s in starts.values())
    for s in starts.values():
        m = _name_label(text, s, linker, asked)
        if m and _person_label(m.group("name"), linker):
            labels[label_speaker(m)] = m.group("name")
    counts = Counter(m.group("name") for s in starts.values() if (
        m := _name_label(text, s, linker, asked)) and m.group("name") in labels.values())
    if not counts:
        return frozenset()
    askers = _askers(text, starts, set(labels))
    titled = _titled_turn(text, starts) or _greeting_turn(text, starts, labels)
    if max(counts.values()) < 2 and not titled and not _asked_first(
            text, starts, askers, set(labels.values())):
        return frozenset()
    if len(counts) < 2 and not askers and not titled and not any(
            _QUESTION_RE.match(text, s) for s in starts.values()):
        return frozenset()  # one name answering questions ("Q: ...") is a briefing's dialogue
    questions = frozenset(m.group("name") for s in starts.values()
                          if _QUESTION_RE.match(text, s) and (m := ASKER_RE.match(text, s)))
    return frozenset(labels) | askers | questions


_QUESTION_RE = re.compile(r"(?:Q|QUESTION|Question|Reporter|REPORTER)\s*:\s")
"""A reporter's question label opening a paragraph (``Q:``, ``QUESTION:``)."""

ASKER_RE = re.compile(r"(?P<name>[A-Z][\w.&'’-]*(?: (?:of |for |and )?[A-Z][\w.&'’-]*){0,5}"
                      r"(?: \([A-Z][\w.&-]*\))?(?:, [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
                      r"|, [A-Z][A-Z'’-]+)?)"
                      r":[ \t]+(?=\S)")
"""A paragraph-opening label of capitalised words (``AFP:``, ``Global Times:``, ``Yonhap News
Agency:``, ``Hong Kong Bureau of Phoenix TV:``, ``Agence France-Presse (AFP):``), perhaps with
the reporter's name after a comma (``Kyodo News, Hayashi:``, ``NHK, IWASAWA:``, as Japan's
foreign ministry prints them): a news outlet asking in a foreign ministry's briefing."""
_REQUEST_RE = re.compile(
    r"\b(?:[Pp]lease\s+(?:tell|explain|comment|share|elaborate|let\s+us\s+know|give\s+us)|"
    r"I\s+(?:would|’d|'d)\s+like\s+to\s+ask|[Cc]ould\s+you\s+(?:please\s+)?(?:tell|explain|"
    r"comment|share|elaborate))\b")
"""A question put as a request (``Please tell us the Government's response.``, ``I would like
to ask about the launch.``), as a ministry's record of a press conference prints many."""


def requests(text: str) -> bool:
    """Whether ``text`` puts a question as a request (:data:`_REQUEST_RE`)."""
    return _REQUEST_RE.search(text) is not None


def asks(text: str) -> bool:
    """Whether ``text`` (a turn or a paragraph) asks: a question mark or a request."""
    return "?" in text or requests(text)

_NOT_ASKERS = frozenset("""First Second Third Fourth Fifth Finally Lastly Next Note Question
    Answer Update Look Now So Well Also Again Yes No Okay OK Here Today Q A""".split())
"""Words that open a paragraph of a turn with a colon without naming who speaks (``Second: who
is creating tension?``)."""


def _askers(text: str, starts: dict[int, int], names: set[str]) -> frozenset[str]:
    """The labels (:data:`ASKER_RE`) other than the dialogue's ``names`` that open a paragraph
    holding a question mark: the outlets that ask in a briefing transcript (``AFP: ... What is
    China's comment?`` ``Mao Ning: ...``). Each label is then a turn wherever it opens a
    paragraph."""
    opens = sorted(starts.values())
    return frozenset(m.group("name") for s, e in zip(opens, [*opens[1:], len(text)], strict=True)
                     if (m := ASKER_RE.match(text, s)) and m.group("name") not in names
                     and m.group("name") not in _NOT_ASKERS and asks(text[m.end():e]))



def _greeting_turn(text: str, starts: dict[int, int], labels: dict[str, str]) -> bool:
    """Whether the document's first paragraph opens with a person's name label (one of
    ``labels``) and then greets or thanks an audience (:data:`.speech_texts.SPOKEN_RE`:
    ``Heather Williams: Good morning. Thank you all ...``): the first turn of an event's
    transcript, the only one an excerpt may keep."""
    first = min(starts.values())
    m = DIALOGUE_RE.match(text, first)
    return bool(m and label_speaker(m) in labels and SPOKEN_RE.match(text[m.end():m.end() + 80]))


def _titled_turn(text: str, starts: dict[int, int]) -> bool:
    """Whether the document opens (after at most one short note or stage line, ``Note: [Video
    begins in progress]``) with a paragraph under a titled mixed-case name label (``Prime
    Minister Kim Min-seok: ...``, ``Secretary Rubio: ...``): an excerpt of one turn of
    remarks, whose name need not come back."""
    opens = sorted(starts.values())
    for k, s in enumerate(opens[:2]):
        m = DIALOGUE_RE.match(text, s)
        end = opens[k + 1] if k + 1 < len(opens) else len(text)
        if m and m.group(0).split()[0].lower().strip(".") in TITLE_WORDS and \
                len(m.group("name").split()) >= 2 and len(text[s:end].split()) >= 20:
            return True  # not a headline ("President Biden: 'We stand with Korea'")
        if len(text[s:end].split()) > 8:
            return False  # prose before the label: an article quoting one
    return False


def _asked_first(text: str, starts: dict[int, int], askers: frozenset[str],
                 names: set[str]) -> bool:
    """Whether the document opens with a question under a label (an outlet of ``askers``,
    ``Q:``) and its second paragraph with one of the dialogue's ``names``: an excerpt of one
    exchange of a foreign ministry's briefing (``AFP: ... Will President Xi meet him?`` ``Mao
    Ning: ...``), where no name is repeated; at most two short header lines with no closing
    stop but a time's (``3:00 p.m.``) may come first (the briefing's title, its date and
    time)."""
    opens = sorted(starts.values())
    for _ in range(2 if len(opens) > 1 else 0):  # one paragraph: no exchange
        head = text[opens[0]:opens[1]].strip()
        if len(opens) > 2 and len(head.split()) <= 14 and (not head.endswith((".", "?", "!"))
                                                           or head.endswith(("a.m.", "p.m."))) \
                and not ASKER_RE.match(text, opens[0]) and not _QUESTION_RE.match(text, opens[0]):
            opens = opens[1:]  # "Foreign Ministry Spokesperson Mao Ning's Regular Press ..."
    if len(opens) < 2:
        return False
    first = next((k for k, s in enumerate(opens[:-1])
                  if ASKER_RE.match(text, s) or _QUESTION_RE.match(text, s)), 0)
    if first and not opening_remarks([text[a:b] for s, e in zip(opens, opens[1:first + 1],
                                                                   strict=False)
                                      for a, b in split_sentences(text, s, e)]):
        first = 0  # prose before the question: an article, not a minister's opening
    asked = ((m := ASKER_RE.match(text, opens[first])) and m.group("name") in askers) or (
        _QUESTION_RE.match(text, opens[first]) and asks(text[opens[first]:opens[first + 1]]))
    answer = DIALOGUE_RE.match(text, opens[first + 1])
    return bool(asked and answer and answer.group("name") in names)


def _person_label(name: str, linker) -> bool:
    """Whether a label's ``name`` may be a speaker's: mixed case, no country, capital or
    organisation of the actor list (``South Korea``, ``Seoul``, ``The Pentagon``)."""
    if name.isupper() or linker.kind(name) in {"country", "organisation"} \
            or linker.is_place(name) or looks_like_org(name):
        return False
    return not any(linker.kind(w) in {"country", "organisation"} for w in name.split())


def dialogue_label(text: str, start: int, labels: frozenset[str]) -> re.Match | None:
    """The :data:`DIALOGUE_RE` match of one of a dialogue's ``labels`` at ``start``, or
    ``None``."""
    m = DIALOGUE_RE.match(text, start)
    if m and label_speaker(m) in labels:
        return m
    m = ASKER_RE.match(text, start)  # an outlet's question (``AFP: ...``)
    return m if m and m.group("name") in labels else None
