"""Sentences of an article that are no reported speech of the article's own: its furniture and
the turns of an interview it prints.

An article may end with (or hold) an interview set out in ``Q.``/``A.`` paragraphs
(:data:`analysis.corpus.interviews.QA_TURN_RE`) after its own report: *The following is an
edited transcript of the interview.* When the text before the first question announces an
interview, or an answer speaks in the first person (``A. I'm not going to get into the
scenarios, but we are watching ...``: :func:`analysis.corpus.interviews.first_person_answers`),
those paragraphs are speech turns of ``Q`` and of the interviewee, as in a transcript, while the
article's own paragraphs keep their attributions; an unlabelled paragraph after a turn goes on
with it. A question-and-answer explainer whose answers are impersonal (``A: The group meets
twice a year.``) stays the writer's. An article's furniture lines (a byline, ``(END)``:
:mod:`analysis.corpus.furniture_lines`) are ``stage``.
"""

from __future__ import annotations

from .furniture_lines import furniture_flags
from .interviews import QA_TURN_RE, interview_speakers
from .label_names import label_full_name
from .transcripts import actor_name

Reading = tuple[str, str, str | None, str | None]
"""``(quote, voice, speaker, full_name)`` of one sentence."""


def interview_turns(text: str, sentences: list[tuple[int, int, int]]) -> dict[int, Reading]:
    """The turn reading of each sentence (by index) of an interview's ``Q.``/``A.`` paragraphs
    in an article (module docstring), and of the unlabelled paragraphs after them."""
    starts: dict[int, int] = {}
    for p, s, _ in sentences:
        starts.setdefault(p, s)
    qa = interview_speakers(text, starts) if "\n" in text else None
    if not qa:
        return {}
    out: dict[int, Reading] = {}
    speaker: str | None = None
    for n, (p, s, _) in enumerate(sentences):
        if s == starts[p] and (m := QA_TURN_RE.match(text, s)):
            speaker = qa[m.group("qa")]
        if speaker is not None:
            out[n] = ("turn", "speech", speaker, label_full_name(text, actor_name(speaker)))
    return out


def article_readings(text: str, sentences: list[tuple[int, int, int]]) -> dict[int, Reading]:
    """The readings that replace the article reader's for some sentences (by index): an
    interview's turns (:func:`interview_turns`), then furniture lines as ``stage``."""
    out = interview_turns(text, sentences)
    for n, furniture in enumerate(furniture_flags(text, sentences)):
        if furniture:
            out[n] = ("stage", "stage", None, None)
    return out
