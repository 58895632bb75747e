"""A possessor before a quoted phrase in a relay's *that*-clause is not the clause's speaker
(:func:`analysis.corpus.inner_sources.reporting_clause`). Sentences written for these tests in
the style of wire copy about North Korean state media."""

import pytest

from tests.speaker_rows import rows


@pytest.mark.parametrize("agency", ["Korean Central News Agency(KCNA)",
                                    "Korean Central News Agency (KCNA)"])
def test_the_relay_speaks_not_the_possessor_of_its_quoted_phrase(agency):
    text = (f"The North’s state-run {agency} claimed on Tuesday that the North’s “fiercest "
            "counteraction” would target the visiting submarine.")
    assert rows(text) == [("quoted", "North’s state-run Korean Central News Agency", "KCNA")]


def test_a_subject_before_a_quotation_in_a_relays_clause_still_speaks():
    text = "KCNA reported on Saturday that the foreign ministry “rejects” the joint statement."
    assert rows(text)[0][:2] == ("quoted", "the foreign ministry")
