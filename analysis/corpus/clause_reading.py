"""The source a sentence's reporting clause names, read in the order the rules apply: the clause
(:func:`.minor_reports.reporting_clause`), a relay's subject and the source inside a relay, a
person introduced by *named* (:func:`.opening_subjects.named_person`), a title or role, an agent
of a passive, a maker of data, the repairs of :func:`.clause_sources.repaired_source`, and the
writer's readings that make a report minor (:func:`.writer_readings.writer_reading`). Used by the
first pass of :mod:`analysis.corpus.quotes`."""

from __future__ import annotations

import re

from .clause_sources import repaired_source
from .maker_sources import with_maker
from .minor_reports import minor_clause_report, reporting_clause
from .opening_subjects import named_person
from .passive_agents import inner_agent
from .relayed_subjects import relayed_subject
from .source_plausibility import blank_initialisms, plausible_clause_source
from .titled_names import role_cased, titled_name
from .trailing_relays import inner_before_relay
from .writer_claims import blank_empty_speech
from .writer_readings import writer_reading
from .writer_stances import blank_attributive_participles

_PREPOSITIONS = ("Despite ", "Amid ", "After ", "Before ", "Following ", "Unlike ")
_PREPOSITION_RE = re.compile(r"^(?:Despite|Amid|After|Before|Following|Unlike)\s+(?=[A-Z])")
"""A capitalised preposition opening the sentence that the clause reader kept in a possessor's
source (``Despite Beijing's warning that ...``): no part of the name."""


_FIRST = frozenset({"I", "We", "we"})
_CLOSES_RUN_RE = re.compile(r"^[^“\"]*[”\"]\s*$")
"""A sentence that closes a quotation opened in an earlier sentence: a closing mark at its end
and no opening mark before it."""


def clause_source(sentence: str, outside: str, has_quote: bool
                  ) -> tuple[str | None, bool, bool]:
    """The raw source of a sentence's reporting clause, whether it came with *according to*, and
    whether the writer's reading makes it minor (:func:`.writer_readings.writer_reading`). A
    participle between a possessive and its noun is no cue (``The DPRK's stated doctrine``:
    :func:`.writer_stances.blank_attributive_participles`), nor an empty or negated *say*
    (``It said nothing about ...``, ``did not say``:
    :func:`.writer_claims.blank_empty_speech`); an initialism in parentheses after a name is
    blanked (``... International Studies (CSIS), stated``:
    :func:`.source_plausibility.blank_initialisms`)."""
    outside = blank_initialisms(blank_empty_speech(blank_attributive_participles(outside)))
    raw, according = relayed_subject(outside, *reporting_clause(outside, has_quote),
                                      has_quote)  # "According to AFP, the official said"
    raw, according = inner_before_relay(outside, raw, according, has_quote, reporting_clause)
    raw = role_cased(titled_name(outside, named_person(inner_agent(outside, raw))))  # by X
    raw = with_maker(outside, repaired_source(outside, raw, has_quote))  # "Lee of ...": Lee
    raw = plausible_clause_source(sentence, outside, raw, according)  # not "Second", a day
    if raw and raw.startswith(_PREPOSITIONS):
        raw = _PREPOSITION_RE.sub("", raw, count=1)  # "Despite Beijing's warning that": Beijing
    raw, minor = writer_reading(sentence, outside, raw, reporting_clause)  # ", in which"
    if raw is None and not has_quote and not minor and (
            " as " in outside or "fter " in outside or "efore " in outside or "," in outside):
        minor = minor_clause_report(outside)  # ", a day after the allies warned": narration
    if raw == "I" and not has_quote or raw in _FIRST and _CLOSES_RUN_RE.search(sentence):
        return None, False, minor  # "I believe that we must ...": the writer's own first person
        # (or, closing a quotation opened before, "We urge you not to ...”": the quotation's)
    return raw, according, minor
