"""The string gates before the relay, citation and empty-speech patterns change no answer:
a sentence holding the words a pattern needs is still read by it, one without them is left as
it is. Sentences written for these tests in the style of wire copy."""

import pytest

from analysis.corpus.clause_sources import _CITED_RE, cited_source, may_cite, relayed_inner_source
from analysis.corpus.minor_reports import reporting_clause
from analysis.corpus.trailing_relays import inner_before_relay
from analysis.corpus.writer_claims import blank_empty_speech

CITING = [
    "The ship sank near the coast, NHK said, citing officials.",
    "The launch failed, as noted by South Korea's Navy.",
    "The drills were postponed, as confirmed by the ministry on Monday.",
    "The talks ended, as stated by the envoy in Geneva.",
    "The summit was set for June, as announced by the presidential office.",
    "The minister said the alliance would stay strong.",
    "The report, cited widely, was denied by the ministry.",
]


@pytest.mark.parametrize("text", CITING)
def test_the_citation_gate_passes_every_sentence_the_pattern_matches(text):
    assert may_cite(text) or _CITED_RE.search(text) is None


def test_a_relay_with_reported_still_gives_its_inner_source():
    text = "Campbell confirmed the visit during a briefing, Reuters reported."
    assert relayed_inner_source(text, "Reuters", False) == "Campbell"
    assert inner_before_relay("Campbell said the visit would go ahead, Reuters reported.",
                              "Reuters", False, False, reporting_clause) == ("Campbell", False)
    assert cited_source(CITING[0], "NHK") == "officials"


def test_a_sentence_without_reported_or_a_citation_keeps_its_source():
    text = "Campbell confirmed the visit during a briefing, Reuters said."
    assert relayed_inner_source(text, "Reuters", False) == "Reuters"
    assert inner_before_relay(text, "Reuters", False, False, reporting_clause) == (
        "Reuters", False)
    assert cited_source(CITING[5], "The minister") == "The minister"


@pytest.mark.parametrize("text, blanked", [
    ("It said nothing about enrichment either.", "It      nothing about enrichment either."),
    ("He would not say when, but said talks would resume.",
     "He would not     when, but said talks would resume."),
    ("The ministry said little on the matter.", "The ministry      little on the matter."),
    ("He said talks would resume on Monday.", "He said talks would resume on Monday."),
    ("She says the plan is not final.", "She says the plan is not final."),
])
def test_only_an_empty_or_negated_say_is_blanked(text, blanked):
    assert blank_empty_speech(text) == blanked
