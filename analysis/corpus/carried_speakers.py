"""The speaker of a direct quotation without a reporting clause of its own, and whether a
reporting clause names a person: the second pass of :mod:`analysis.corpus.quotes`."""

from __future__ import annotations

import re
from typing import Any

from .pronoun_sources import named_person_source, one_in_role
from .sources import is_relay
from .speakers import (
    DETERMINERS,
    NAME_TOKEN,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    SpeakerTracker,
    looks_like_org,
)


def is_country_voice(tracker: SpeakerTracker, speaker: str | None) -> bool:
    """Whether ``speaker`` is a country or its capital (``Beijing said``): no ``he`` or
    ``she`` stands for it, and the narration a later pronoun may look back to stays. A person
    of the country's body (``high-ranking official from the presidential office``: a role
    noun among its first words) is no country's voice."""
    linker = tracker.linker
    return bool(speaker) and linker is not None and linker.kind(speaker) == "country" and \
        not PERSON_ROLES.intersection(speaker.lower().split()[:4])


def names_a_person(c: Any, speaker: str | None, linker: Any = None) -> bool:
    """Whether the reporting clause names a person (``he``, ``Yoon``), not an organisation or
    a common noun (a description of a listed person is one: ``the sister of Kim Jong Un``), so
    that a later ``he``, ``she`` or ``the diplomat`` can stand for it; an ``according
    to`` source only as :func:`analysis.corpus.pronoun_sources.named_person_source` has it."""
    raw = c.raw or ""
    if c.according:  # "according to adviser Jake Sullivan": a named person, never a body
        return named_person_source(raw, speaker, linker)
    return bool(raw) and (
        raw.lower() in PERSON_PRONOUNS or one_in_role(raw) or (
            speaker is not None and linker is not None and linker.kind(speaker) == "person") or (
            speaker is not None and speaker[0].isupper() and
            raw.split()[0].lower() not in DETERMINERS and not looks_like_org(speaker) and
            (linker is None or linker.kind(speaker) != "organisation")))  # "U.S. Forces Korea"


def carried_speaker(c: Any, n: int, clauses: list[Any], next_cue: list[int | None],
                    sentences: list[tuple[int, int, int]], text: str, tracker: SpeakerTracker,
                    span_speaker: dict, last_in_par: str | None, pending_cue: str | None,
                    previous: Any) -> str | None:
    """The speaker of a direct quotation without a reporting clause of its own.

    In order: an earlier sentence of the same quotation; the reporting clause that closes the
    quotation later in the paragraph (or in the next, when the quotation opens there and runs
    on into it, and no quotation before it has a speaker: a paraphrase before, or a partial
    quotation closed in it, is no quotation running on); the previous quotation of the
    paragraph; a later reporting clause in the paragraph; a short attribution just before; the
    speaker of the previous quoted sentence (a quotation that runs on into a new paragraph).
    """
    for span in c.full_spans:
        if span_speaker.get(span):
            return span_speaker[span]
    later = next_cue[n]
    if later is not None and sentences[later][0] != sentences[n][0] and previous is not None \
            and previous.voice == "quoted" and previous.speaker and not (
                n and (clauses[n - 1].quote not in {"direct", "partial"} or
                       clauses[n - 1].quote == "partial" and
                       not _left_open(text, clauses[n - 1].full_spans)) and
                closes_run_on(text, c.full_spans, clauses[later], sentences[later])):
        later = None  # a quotation running on from a speaker before: not the next paragraph's
    if later is not None and later != n:
        shares = set(c.full_spans) & set(clauses[later].full_spans)
        closes = clauses[later].quote == "frame" and bool(c.full_spans) and \
            not text[c.full_spans[-1][1]:sentences[later][1]].strip()
        if shares or closes or last_in_par is None:
            resolved = tracker.resolve(clauses[later].raw or "")
            if resolved:
                return resolved
    if last_in_par:
        return last_in_par
    if pending_cue:
        return pending_cue
    if previous is not None and previous.voice == "quoted" and previous.speaker and \
            clauses[n - 1].quote != "none":
        return previous.speaker
    return None


def _left_open(text: str, spans: list) -> bool:
    """Whether the last quotation of a sentence (its ``spans``) runs on unclosed: a partial
    quotation closed inside the sentence before (``said that a "small number" of troops``) is
    no quotation that a new paragraph's opening mark continues (a whole quotation closed by its
    speaker, ``"We will keep working," Pence said.``, is: news runs a speaker's words on)."""
    return bool(spans) and text[spans[-1][1] - 1] not in "\"”’"


def closes_run_on(text: str, spans: list, later: Any, where: tuple[int, int, int]) -> bool:
    """Whether the sentence ``where`` (its clause ``later``) closes a quotation that ``spans``
    open in an earlier paragraph: its reporting clause stands outside its own quotation, after
    a closing mark of the same style as the opening one (``"...`` then ``... way," Wang told a
    briefing``), not inside a quotation (``"King said ...`` quoted whole) nor after a quotation
    in other marks (``“I don't want ...,” Earnest said`` after ``"...``)."""
    raw, (_, s, e) = later.raw, where
    if not spans or not later.full_spans or not raw or text.find(raw, s, e) < 0:
        return False
    at, first = text.find(raw, s, e), later.full_spans[0]
    straight = text[spans[0][0]] == '"'
    return not any(qs <= at < qe for qs, qe in later.full_spans) and \
        (text[first[1] - 1] == '"') == straight


_DASH_SOURCE_RE = re.compile(rf"[ \t]*[―—][ \t]*({NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,3}})")


def dash_source(text: str, spans: list[tuple[int, int]], s: int, e: int, raw: str | None = None,
                opened: dict | None = None) -> str | None:
    """The name set after a dash right after the quotation that holds most of the sentence
    ``text[s:e]`` (``“...” ― Karen Lee``), where quotations a line each run into one sentence:
    the source of that quotation, not of another in the same sentence. Else, when the
    sentence's source ``raw`` is an outlet that relays (``..., partners,” Yonhap News Agency
    reported``) and a quotation of it opened with a speaker (``opened``: each quotation span's
    speaker so far; ``Austin said, “...``), that speaker: the outlet only passes the words on."""
    if not spans:
        return None
    main = max(spans, key=lambda q: min(q[1], e) - max(q[0], s))
    m = _DASH_SOURCE_RE.match(text, main[1])
    if m:
        return m.group(1)
    if raw and opened and is_relay(raw) and raw.split()[-1].lower() not in {"report", "reports"}:
        return next((opened[q] for q in spans if opened.get(q)), None)
    return None
