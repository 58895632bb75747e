"""Transcripts: documents made of speaker turns, read turn by turn.

A turn starts with a paragraph (or line) that opens with a speaker label and a colon:
``PRESIDENT BIDEN: Well, Mr. President ...``, ``Q: Thank you ...``, ``MODERATOR: ...``,
``MS. JEAN-PIERRE: ...`` (upper case, as White House and State Department transcripts write
them), or a name with a time stamp, ``Joe Biden: (00:00)`` (as commercial transcription
services write them). A label may also open a sentence inside a paragraph, where a transcript
copied without its line breaks runs a short question and its answer together (``Q: Will it
dock in Busan? MR. KIRBY: I can't say.``). Every sentence of a turn, the first one with its
label included, is the turn speaker's words: ``voice`` ``"speech"``, ``quote`` ``"turn"``,
``speaker`` the label (an upper-case label in title case: ``President Biden``). The label
itself is furniture, not words of the turn: :func:`label_end` gives where the words start, so
that the sentence table counts, frames and scores a turn's first sentence without it, nor
without a stage direction just after it (``PRESIDENT BIDEN: Thank you.`` and ``PRESIDENT YOON:
(As interpreted.) Thank you.`` have two words), and keyphrases never see it
(:func:`analysis.metrics.furniture.mask_furniture`). A generic label (``Q``, ``MODERATOR``,
``REPORTER``: :data:`GENERIC_LABELS`) names a role, not a person: it stays the ``speaker``
but links to no actor (:func:`actor_name` is ``None``).

Nobody speaks in stage directions (``(Applause.)``, ``(Laughter.)``, ``(As interpreted.)``),
time and place lines (``1:43 P.M. EDT``, ``Rose Garden``, ``END 2:38 P.M. EDT``) and the
header before the first turn (title, place, time; a rubric in brackets, ``[Interview] ...``,
opens no turn: :mod:`analysis.corpus.role_labels`; an editor's note, ``The following interview
has been edited for length.``: :mod:`analysis.corpus.editor_notes`): ``voice`` and ``quote``
``"stage"``, no speaker, so that frames, keyphrases and tone can leave them out. A longer prose
paragraph before the first turn (an introduction) stays the author's (``"authorial"``).

Detection (:func:`is_transcript`) takes a first paragraph opened by a transcription service's
stamped label (``Speaker 1 (01:14):``) as enough; otherwise it needs two paragraphs after the first
that open with a turn label (a dateline such as ``SEOUL:`` opens an article once), or a first label
of a title and a name (``MR KIRBY:``, ``MS. JEAN-PIERRE:``, ``SECRETARY BLINKEN:``, perhaps after a
question ``Q:``: an excerpt of one turn, continued in unlabelled paragraphs), or a first paragraph
opened by a name and post (``Penny Wong, Foreign Minister:``, a minister's doorstop remarks), and
the turns must make up most of the document: the prose before the first labelled paragraph (an
introduction; header lines aside) is at most :data:`MAX_PROSE_SHARE` (a third) of its words. An
article that quotes a short question-and-answer excerpt after its own reporting (``Q: Will the
submarine come to Busan?`` ``MINISTER: It will come this summer.``) stays an article, with its
attributions, and so does a question-and-answer piece whose every label is ``Q``/``A`` (``Q1:``,
``A1:`` numbered or not, :data:`QA_LABEL_RE`: a think tank's "Critical Questions", an explainer),
which names no speaker: its questions and answers are the writer's, unless the text before its
first question announces an interview or a transcript: then its ``Q.``/``A.`` (``Q:``, ``Q)``, a
label alone on its line) paragraphs are turns of ``Q`` and of the interviewee the introduction
names (``an interview with Gen. Jane Doe``), else ``A``. Paragraphs opened by mixed-case names
(``Victor Cha: ...``) are turns in a dialogue (:mod:`.interviews`), a speech with no label one
unnamed speaker's (:mod:`.speech_texts`); a sidecar's ``"kind"`` forces or forbids the reading."""

from __future__ import annotations

import re

from .actor_linker import default_linker
from .editor_notes import is_editor_note
from .interviews import (
    DIALOGUE_RE,
    QA_TURN_RE,
    dialogue_label,
    dialogue_labels,
    interview_speakers,
    label_speaker,
    qa_paragraphs,
)
from .lone_turns import lone_spoken_turn
from .role_labels import is_rubric_tag, named_post, posted_label, role_turn
from .sentences import lower_case_text
from .speakers import TITLE_WORDS
from .speech_texts import dash_interview, opening_remarks, speech_text
from .turn_patterns import LABEL_GROUPS, SCRIPT_GROUPS, TURN_RE

STAGE_RE = re.compile(r"\s*(?:\((?!\s*[Aa]sk(?:s|ed|ing)\b)(?:[^()]{1,60})\)|\[[^\[\]]{1,60}\])\s*")
"""A stage direction: a short parenthesis or bracket alone (``(Applause.)``, ``[03:00:00]``)."""

TIME_RE = re.compile(r"(?:END\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?"
                     r"|END|\(?\d{1,2}:\d{2}(?::\d{2})?\)?")
"""A time line (``1:43 P.M. EDT``, ``END 2:38 P.M. EDT``, ``(03:15)``)."""

QUESTIONERS = frozenset({"Q", "QUESTION", "QUESTIONER", "REPORTER", "MODERATOR", "STAFF",
                         "OPERATOR", "ANNOUNCER"})
"""Turn labels of the press's questions in a transcript or briefing, and of the ones who run it
(a moderator or staff member calling on reporters, "That's all the time we have"), compared in
capitals: no voice of the coverage (not ranked, not counted among a document's speakers)."""

_PRESS = frozenset({"REPORTER", "REPORTERS", "JOURNALIST", "JOURNALISTS", "QUESTIONER"})


def questioner_mask(speakers):
    """For a pandas Series of speakers, whether each is one of :data:`QUESTIONERS`, compared in
    capitals with a leading article dropped (``a reporter`` of *A reporter asked:*), or a
    phrase of up to four words that ends in a word of the press (``A Bloomberg reporter``,
    ``Another reporter``, ``Reporters``, ``A journalist``)."""
    upper = speakers.fillna("").astype(str).str.upper()
    bare = upper.str.replace(r"^(?:A|AN|THE)\s+", "", regex=True)
    last = upper.str.extract(r"(?:^|\s)([A-Z]+)\W*$", expand=False)
    short = upper.str.count(r"\S+") <= 4
    return bare.isin(QUESTIONERS) | (last.isin(_PRESS) & short)

GENERIC_LABELS = frozenset({
    "q", "a", "moderator", "reporter", "questioner", "audience member", "audience",
    "participant", "operator", "interpreter", "translator", "announcer", "anchor", "host",
    "staff", "unidentified speaker", "unidentified", "male speaker", "female speaker",
    "speaker", "crosstalk", "unknown", "question", "journalist", "correspondent",
    "audience question", "interviewer", "chair", "panelist"})
"""Turn labels (lower case) that name a role in the room, not a person: no actor."""

QA_LABEL_RE = re.compile(r"[QA]\d{0,3}")
"""A question or answer label, numbered or not (``Q``, ``A``, ``Q1``, ``A12``). It names no
speaker: a document whose every turn label is one is no transcript (:func:`is_transcript`)
unless its introduction announces an interview (:mod:`analysis.corpus.interviews`); in an
article such paragraphs are the writer's (:func:`.paragraph_labels.paragraph_label`)."""

STAGE_REASON = "stage direction"
"""The ``reason`` of a stage row, and of a unit made of stage rows only: nobody's words, so no
count, readability, frame, marker or tone."""

MAX_PROSE_SHARE = 1 / 3
"""Largest share of a transcript's words that may come before its first turn (module docs)."""

_HEADER_WORDS = 25
"""A line before the first turn with at most this many words and no final stop is header."""

_TURN_OPENERS = frozenset("Q[(<◀◁◆■【〈《«")
"""The first characters of a :data:`TURN_RE` match that holds no colon and no slash."""


def turn_at(text: str, start: int, end: int) -> re.Match | None:
    """``TURN_RE.match(text, start, end)`` (a bracketed name and post alone on its line opens the
    turn after it, ``[Lee Sung-kwon / party secretary]``, ``((Kim Min-su, professor))`` before a
    quotation), which needs a colon or a slash before ``end`` or one of :data:`_TURN_OPENERS`
    first: most sentences have none."""
    if text[start:start + 1] not in _TURN_OPENERS and text.find(":", start, end) < 0 \
            and text.find("/", start, end) < 0:
        return None
    m = TURN_RE.match(text, start, end) or (TURN_RE.match(text, start, end + 4) if text[
        start] == "[" and text[end - 1] == "]" and named_post(text[start:end]) else None) or (
        m if text.startswith("((", start) and (m := TURN_RE.match(text, start, end + 8))
        and m.group("dname") else None)
    if m and (m.group("bracket") and is_rubric_tag(m.group("bracket"))
              or _label(m).upper() in HEADER_FIELDS or not _person_bite(m)):
        return None
    return m


_NOT_BITE_WORDS = frozenset("""update updated graphic graphics caption photo video file footage
    correction note editor's archive map chart source""".split())
"""Words of a bracketed tag that names no speaker (``[Graphic: "..."]``, ``((File Footage,
April 2023))``)."""


def _person_bite(m: re.Match) -> bool:
    """Whether a bite with no slash (``[President Lee Jae-myung: "..."]``: two words or more, or
    a person the actor list knows) or a ``((Name, post))`` line (a post with a lower-case word
    or a title and no digit) names a speaker, not a graphic, a file tape or a place; any other
    label passes."""
    name = m.group("dname") or (m.group("bite") if "/" not in m.group(0) else None)
    if name is None:
        return True
    linker = default_linker()
    words = name.split()
    if {w.lower() for w in words} & _NOT_BITE_WORDS or linker.is_place(name) or \
            linker.kind(name) in {"country", "organisation"}:
        return False
    if m.group("dname"):
        post = m.string[m.end("dname"):m.end()]
        return not any(c.isdigit() for c in post) and any(
            w.islower() or w.lower() in TITLE_WORDS for w in re.findall(r"[A-Za-z]+", post))
    return len(words) > 1 or linker.kind(name) == "person"


HEADER_FIELDS = frozenset({"SUBJECT", "WITNESS", "WITNESSES", "CHAIRED BY", "LOCATION", "DATE",
                           "PLACE", "VENUE", "TOPIC", "PARTICIPANTS", "PRESENT", "MODERATED BY",
                           "RE"})
"""Fields of a hearing's or a briefing's header (``SUBJECT: INDO-PACIFIC POSTURE``,
``WITNESS: ADMIRAL ...``): a header line, no speaker's turn."""


def turn_label(paragraph: str) -> str | None:
    """The speaker label opening ``paragraph`` (``"PRESIDENT BIDEN"``), or ``None``."""
    m = TURN_RE.match(paragraph)
    if not m:
        return None
    return _label(m)


def _label(m: re.Match) -> str:
    """The speaker label of a :data:`TURN_RE` match."""
    if m.group("lower"):  # captions in lower case: "guest: ..." is the guest's turn
        return m.group("lower").capitalize()
    if m.group("asker"):  # "Kyodo News, SAKAGUCHI": the reporter's family name in title case
        outlet, name = m.group("asker").rsplit(", ", 1)
        return f"{outlet}, {name.capitalize() if name.isupper() else name}"
    if m.group("caps") in _MEDIA_ACRONYMS and _REPORTER_RE.fullmatch(m.group("role") or ""):
        return f"{m.group('caps')}, {m.group('role')[1:].strip().capitalize()}"  # "NHK, OKADA"
    if m.group("angle"):
        return m.group("angle").strip().capitalize() if m.group("angle").islower() \
            else m.group("angle").strip()
    return next(m.group(g) for g in LABEL_GROUPS if m.group(g)).strip()


_REPORTER_RE = re.compile(r", ?[A-Z][A-Z'’-]{1,20}")
"""The reporter's family name in capitals after a medium's initials (``NHK, OKADA:``)."""
_MEDIA_ACRONYMS = frozenset("""AFP AP CNN BBC NHK FNN TBS NTV KBS MBC SBS YTN KCNA CCTV NBC CBS
    ABC NPR PBS VOA RFA UPI DPA TASS EFE""".split())
"""News agencies and broadcasters that ask at briefings under their initials (``AFP:``)."""


def speaker_of(label: str) -> str:
    """The speaker name of a label: upper case in title case (``President Biden``), ``Q`` and a
    medium's initials (``AFP``, :data:`_MEDIA_ACRONYMS`) kept as they are, a mixed-case label
    unchanged."""
    if len(label) <= 1 or not label.isupper() or label in _MEDIA_ACRONYMS:
        return label
    return " ".join("-".join(part.capitalize() for part in word.split("-"))
                    for word in label.split())


def label_end(sentence: str) -> int:
    """Offset in ``sentence`` where the words of a turn start: after its opening speaker label
    and the space that follows (``PRESIDENT BIDEN: Thank you.`` -> 17), and after the stage
    directions right behind the label (``PRESIDENT YOON: (As interpreted.) Thank you.`` -> 34:
    an interpreter's note is nobody's words); 0 without a label."""
    m = TURN_RE.match(sentence) or QA_TURN_RE.match(sentence) or DIALOGUE_RE.match(sentence) \
        or role_turn(sentence, 0, GENERIC_LABELS)
    if not m:
        return 0
    end = m.end()
    while (d := STAGE_RE.match(sentence, end)) and d.end() > end and d.end() < len(sentence):
        end = d.end()
    return end


def actor_name(speaker: str | None) -> str | None:
    """The name an actor is linked from for a turn's ``speaker``: ``None`` for a generic label
    (``Q``, ``Moderator``; see :data:`GENERIC_LABELS`), else the speaker."""
    if speaker is None or speaker.lower().strip(" .") in GENERIC_LABELS:
        return None
    return speaker


def _paragraph_starts(sentences: list[tuple[int, int, int]]) -> dict[int, int]:
    """Paragraph number -> offset of its first sentence."""
    starts: dict[int, int] = {}
    for p, s, _ in sentences:
        starts.setdefault(p, s)
    return starts


def is_transcript(text: str, sentences: list[tuple[int, int, int]]) -> bool:
    """Whether the document reads as speaker turns (see the module docstring)."""
    if is_caption(text):
        return True
    if _script(text, sentences):
        return True
    starts = _paragraph_starts(sentences)
    opening = TURN_RE.match(text, starts[min(starts)]) if starts else None
    if opening and opening.group("named"):
        return True  # "Speaker 1 (01:14): ...": a transcription service's stamped turn
    if len(starts) < 2:  # one paragraph: an excerpt of one titled turn ("SECRETARY BLINKEN:")
        return bool(opening and _titled(opening)) or speech_text(text, sentences, turn_at)
    if _new_forms(text, sentences, starts):
        return True
    first = min(starts)
    turns = {p: m for p, s in starts.items() if (m := TURN_RE.match(text, s))}
    labelled = list(turns)
    if not labelled:
        return _inline_excerpt(text, sentences) or speech_text(text, sentences, turn_at)
    if _remarks_first(text, sentences, labelled[0], turns[labelled[0]]):
        return True  # an excerpt opening inside a speaker's opening remarks, then a question
    bracketed = [p for p in labelled if any(map(turns[p].group, SCRIPT_GROUPS))]
    if len([p for p in labelled if p != first]) < 2 and not _excerpt(
            [_label(turns[p]) for p in labelled]) and not (
            first in bracketed and (len(bracketed) >= 2 or named_post(turns[first][0]))) and not (
            posted_label(turns[labelled[0]]) and all(  # "Name, Post:" after header lines only
                _is_header(text[s:e]) for p, s, e in sentences if p < labelled[0])) and not (
            any(_titled(turns[p]) for p in labelled) and _timed(text, sentences)) and not (
            labelled[0] == first and all(turns[p].group("caps") for p in labelled) and  # KINKADE:
            lone_spoken_turn([_label(turns[p]) for p in labelled], text[turns[first].end():])):
        return False
    if all(QA_LABEL_RE.fullmatch(_label(m)) for m in turns.values()):
        return False
    return _mostly_turns(text, sentences, labelled[0])


def _remarks_first(text: str, sentences: list[tuple[int, int, int]], first_turn: int,
                   m: re.Match) -> bool:
    """Whether the document's first labelled paragraph ``first_turn`` (its label ``m``) asks a
    question (``Reporter:``, ``Q:``, an outlet's reporter) after paragraphs that are a
    speaker's opening remarks with no label (:func:`.speech_texts.opening_remarks`): an excerpt
    of a press conference cut inside the minister's opening, whose sentences are that unnamed
    speaker's ``speech``."""
    return first_turn > min(p for p, _, _ in sentences) and (
        m.group("asker") is not None or ", " in _label(m) or _label(m).upper() in QUESTIONERS
    ) and opening_remarks(
        [text[s:e] for p, s, e in sentences if p < first_turn])


def _titled(m: re.Match) -> bool:
    """Whether a turn label in capitals opens with an office, after *THE* or not (``THE
    PRESIDENT``, ``SECRETARY BLINKEN``), not a live blog's ``UPDATE``, ``BREAKING``, ``THE
    LATEST`` or ``FIRST ON CNN``."""
    words = [w.lower().strip(".") for w in _label(m).split()] if m.group("caps") else [""]
    words = words[1:] if words[0] == "the" else words
    return bool(words) and (words[0] in _OFFICES or " ".join(words[:2]) in _OFFICES)


def _timed(text: str, sentences: list[tuple[int, int, int]]) -> bool:
    """Whether a sentence of ``text`` is a clock time line alone (``2:05 P.M. EDT``): the time
    stamp of a transcript of remarks."""
    return any(_CLOCK_RE.fullmatch(text[s:e].strip()) for _, s, e in sentences)


_OFFICES = TITLE_WORDS - {"first", "former", "lady", "security", "leader"} | {"first lady"}
"""First words of a transcript's titled capital label (``THE PRESIDENT``, ``MR. KIRBY``,
``CHAIRMAN MILLEY``, ``NATIONAL SECURITY ADVISOR SULLIVAN``, ``THE FIRST LADY``), not the
*first* of a live blog's ``FIRST ON CNN``."""
_CLOCK_RE = re.compile(r"(?:END\s+)?\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?")
"""A clock time with *A.M.* or *P.M.* in capitals, as transcripts write it, and perhaps a time
zone, alone on its line."""


def _mostly_turns(text: str, sentences: list[tuple[int, int, int]], first_turn: int) -> bool:
    """Whether the prose before paragraph ``first_turn`` (header lines aside) is at most
    :data:`MAX_PROSE_SHARE` of the document's words."""
    prose = sum(len(text[s:e].split()) for p, s, e in sentences
                if p < first_turn and not _is_header(text[s:e]))
    total = sum(len(text[s:e].split()) for _, s, e in sentences)
    return prose <= MAX_PROSE_SHARE * total


def _new_forms(text: str, sentences: list[tuple[int, int, int]], starts: dict[int, int]) -> bool:
    """Whether the document is an announced interview in questions and answers or a dialogue
    of mixed-case name labels (:mod:`analysis.corpus.interviews`) made mostly of its turns."""
    if interview_speakers(text, starts):
        return _mostly_turns(text, sentences, min(qa_paragraphs(text, starts)))
    dialogue = dialogue_labels(text, starts) if ":" in text else frozenset()
    if dialogue:
        return _mostly_turns(text, sentences, min(
            p for p, s in starts.items() if dialogue_label(text, s, dialogue)))
    return False


_CAPTION_RE = re.compile(r"(?<![\w@/.#-])(?:japan|korea|china|america|washington|seoul|tokyo|"
                         r"beijing|pyongyang|russia|europe|u\. s\.|r\. o\. k\.)(?![\w@/-])")
"""Names that news always capitalises, in lower case: the mark of automatic captions."""
_CAPTION_NAMES = 3


def _script(text: str, sentences: list[tuple[int, int, int]]) -> bool:
    """Whether a broadcast script's label (:data:`SCRIPT_GROUPS`: ``◀ Anchor ▶``, ``Anchor:``,
    ``((INTRO:))``) opens the document's first sentence and another one opens a later sentence
    (``... Kim Bum-soo has more. Report: ...``), even within one paragraph."""
    opened = (bool((m := turn_at(text, s, e)) and any(map(m.group, SCRIPT_GROUPS)))
              for _, s, e in sentences)
    # The first sentence decides most documents: without a label, no later one is read.
    return next(opened, False) and any(opened)


_CAPTION_TURN_RE = re.compile(r"(?:^|\n|[.?!]\s)\s*>>\s")


def is_caption(text: str) -> bool:
    """Whether ``text`` is a broadcast's automatic captions (``... with japan and korea and
    the r. O. K. ...``): at least :data:`_CAPTION_NAMES` names of places that news always
    capitalises written in lower case, two of them different, and no quotation mark. Such a
    text is one unlabelled turn: every sentence is ``speech`` of an unnamed speaker. So is a text
    written in lower case (:func:`analysis.corpus.sentences.lower_case_text`), quotation marks
    or not, captions whose speakers change at ``>>`` (at least two, each opening the text, a
    line or a sentence: ``>> THANK YOU, MR. CHAIRMAN.``) and an interview whose unnamed turns
    open with a dash (:func:`.speech_texts.dash_interview`)."""
    if lower_case_text(text) or len(_CAPTION_TURN_RE.findall(text)) >= 2 or dash_interview(text):
        return True
    if '"' in text or "“" in text:
        return False
    found = _CAPTION_RE.findall(text)
    return len(found) >= _CAPTION_NAMES and len(set(found)) >= 2


def _inline_excerpt(text: str, sentences: list[tuple[int, int, int]]) -> bool:
    """Whether a document with no labelled paragraph has a titled upper-case label
    (``SECRETARY OF DEFENSE AUSTIN:``) opening a sentence inside a paragraph, after at most
    :data:`MAX_PROSE_SHARE` of its words: an excerpt whose paragraphs were run together."""
    for n, (_, s, e) in enumerate(sentences):
        m = turn_at(text, s, e)
        if m and m.group("caps") and _titled_label(_label(m)):
            # Words are counted only for a document with such a label (few).
            counts = [len(text[s:e].split()) for _, s, e in sentences]
            return sum(counts[:n]) <= MAX_PROSE_SHARE * sum(counts)
    return False


_HONORIFICS = frozenset("""mr mrs ms dr president secretary ambassador admiral adm general gen
    senator sen governor gov minister spokesperson""".split())
"""First words of a turn label that name a person by a title (``MR KIRBY``, ``SECRETARY
BLINKEN``): such a label opens a transcript excerpt of one turn."""


def _titled_label(label: str) -> bool:
    """Whether ``label`` is an upper-case title and name (``MR KIRBY``, ``MS. JEAN-PIERRE``,
    :data:`_HONORIFICS`; qualifiers of a title may come first, ``FOREIGN MINISTER PARK``,
    ``VICE PRESIDENT HARRIS``), not a dateline (``SEOUL``) or a role (``MODERATOR``)."""
    words = label.replace(".", " ").lower().split()
    if not label.isupper() or len(words) < 2:
        return False
    lead = 0
    while lead < len(words) - 2 and words[lead] in TITLE_WORDS and words[lead] not in _HONORIFICS:
        lead += 1  # "foreign", "vice", "deputy", "national security" before the title
    return words[lead] in _HONORIFICS


_BRIEFER_RE = re.compile(r"SENIOR\s+(?:[A-Z.]+\s+){0,3}OFFICIAL(?:\s+(?:ONE|TWO|THREE|#?\d))?")
"""A background briefer's label in capitals (``SENIOR ADMINISTRATION OFFICIAL``, ``SENIOR STATE
DEPARTMENT OFFICIAL TWO``): a turn of an excerpt by itself (not a kicker, ``UN OFFICIAL:``)."""


def _excerpt(labels: list[str]) -> bool:
    """Whether the turn ``labels`` of a document (in order) open a transcript excerpt: the first
    a title and a name (``MR KIRBY``) or a briefer (:data:`_BRIEFER_RE`), or a question
    (``Q``) or a role in the room (``STAFF``, ``MODERATOR``: :data:`GENERIC_LABELS`) answered
    by one."""
    return bool(labels) and (_titled_label(labels[0]) or bool(_BRIEFER_RE.fullmatch(labels[0])) or (
        (QA_LABEL_RE.fullmatch(labels[0]) is not None or labels[0].lower() in GENERIC_LABELS)
        and any(map(_titled_label, labels[1:]))))


def _is_header(sentence: str) -> bool:
    """Whether a sentence before the first turn is a header line (title, place, time): at
    most :data:`_HEADER_WORDS` words and no final stop but an initialism's (``Washington,
    D.C.``)."""
    end = sentence.rstrip()
    return len(end.split()) <= _HEADER_WORDS and (
        end[-1:] not in ".!?\"”" or re.search(r"\b(?:[A-Z]\.){2,}$", end) is not None)


_QUOTE_MARKS = frozenset("\"“″'‘")
"""Marks that open a quoted soundbite: a bracketed label with a post before one
(``[Lee Min-ho / Vice Minister] "We will ..."``) is a bite, not a turn of its own."""


def is_stage(sentence: str) -> bool:
    """Whether a sentence belongs to nobody's speech: a stage direction or a time line."""
    return bool(STAGE_RE.fullmatch(sentence) or TIME_RE.fullmatch(sentence.strip()))


def attribute_turns(text: str, sentences: list[tuple[int, int, int]]
                    ) -> list[tuple[str, str, str | None]]:
    """``(quote, voice, speaker)`` of every sentence of a transcript: its turn's speaker, or
    nobody (see the module docstring). A broadcast's interview bite (``[Name / Post: ...]``,
    ``[Name / Post] "..."``, ``Name/ Post ...``) is a paragraph of its own: the paragraph after
    it goes back to the turn it interrupted."""
    out: list[tuple[str, str, str | None]] = []
    speaker: str | None = None
    resume: tuple[int, str | None] | None = None  # a bite's paragraph, the turn before it
    caption = is_caption(text) or speech_text(text, sentences, turn_at) or (  # one unnamed
        (first := next(((p, m) for p, s, e in sentences if (m := turn_at(text, s, e))), None))
        is not None and _remarks_first(text, sentences, *first))  # speaker, or remarks first
    starts = _paragraph_starts(sentences)
    qa, dialogue = interview_speakers(text, starts) or {}, dialogue_labels(text, starts)
    last = None
    for p, s, e in sentences:
        sentence = text[s:e]
        body = sentence
        m = turn_at(text, s, e)
        extra = None if m or p == last else _other_turn(text, s, qa, dialogue)
        last = p
        if resume is not None and p != resume[0]:
            speaker, resume = (resume[1] if not (m or extra) else speaker), None
        if m:
            if m.group("bite") or m.group("slash") or m.group("dname") or (
                    m.group("bracket") and "/" in m.group(0) and speaker is not None
                    and text[m.end():m.end() + 1] in _QUOTE_MARKS):
                resume = (p + (m.end() > e), speaker)  # a label alone: the paragraph after it
            speaker = speaker_of(_label(m))
            if qa and QA_LABEL_RE.fullmatch(speaker):
                speaker = qa[speaker[0]]
            body = text[m.end():e]
        elif extra:
            speaker, body = extra[0], text[extra[1]:e]
        stage = is_stage(body) if body.strip() else True
        if speaker is None and not stage and not caption:
            stage = _is_header(sentence) or is_editor_note(sentence)  # "... edited for length."
        if stage:
            out.append(("stage", "stage", None))
        elif caption and speaker is None:
            out.append(("turn", "speech", None))  # captions: one speaker, never named
        elif speaker is None:
            out.append(("none", "authorial", None))
        else:
            out.append(("turn", "speech", speaker))
    return out


def _other_turn(text: str, start: int, qa: dict[str, str], dialogue: frozenset[str]
                ) -> tuple[str, int] | None:
    """The speaker and the end of a paragraph-opening label of an announced interview
    (``Q.``, ``A)``: ``qa`` gives the speakers) or of a dialogue (a mixed-case name of
    ``dialogue``), or ``None``."""
    if qa and (m := QA_TURN_RE.match(text, start)):
        return qa[m.group("qa")], m.end()
    if dialogue and (m := dialogue_label(text, start, dialogue)):
        return label_speaker(m), m.end()
    if dialogue and (m := role_turn(text, start, GENERIC_LABELS)):
        return m.group("role"), m.end()  # "Moderator: ..." in a panel of name labels
    return None
