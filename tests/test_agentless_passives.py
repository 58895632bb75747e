"""Agentless passives of knowing or reading (:mod:`analysis.corpus.agentless_passives`).

Every sentence here was written for this file in the style of Korean English-language press
and think-tank briefs; none is copied from an outlet. The expected readings were checked by hand
against the rules of ``data/voices_README.md``.
"""

import pytest

from analysis.corpus.agentless_passives import agentless_report
from tests.speaker_rows import voice_speaker_rows as rows


@pytest.mark.parametrize("sentence", [
    "It is known that the frigate left the harbor without any escort during its two-day call.",
    "This has been widely interpreted to mean that most voters in the south favor the pact.",
    "It is revealed as the envoy hosts his counterpart for talks at a time of growing unease "
    "over the drills.",
    "But it is now understood that the two navies will hold no joint drill this month.",
])
def test_agentless_passive_names_no_source(sentence):
    assert agentless_report(sentence)
    assert rows(sentence) == [("authorial", None)]


@pytest.mark.parametrize("sentence", [
    "It is said that the envoy will resign before the talks.",
    "It was reported that the frigate left the harbor without any escort.",
    "It is expected to rise by two percent this year.",
    "Officials have long known that the frigate left the harbor without any escort.",
])
def test_other_openings_are_not_agentless(sentence):
    assert not agentless_report(sentence)
