"""Patterns of real coverage read wrong before, in the styles of a second blind set of 25
passages (Korean English-language press, wire copy and commentary): a quotation that runs over
several sentences after *Austin said, "...* and ends with *..., Yonhap News Agency reported*
(the outlet only passes the words on), and a relative clause without *that* whose subject is
a name (*in the region Mr Ritter describes as "..."*: the writer's sentence).

Every text here was written for this file in those styles; none is copied from an outlet. The
expected values were checked by hand against ``data/voices_README.md``.
"""

import pytest

from tests.speaker_rows import one, rows


def test_an_outlet_closing_a_running_quotation_passes_on_its_speakers_words():
    got = rows("During the ceremony, Austin said, \u201cOur commitment is ironclad. We will stand "
               "with our ally. And we will work with Japan,\u201d Yonhap News Agency reported.")
    assert [r[:2] for r in got] == [("quoted", "Austin")] * 3


def test_an_outlet_that_reports_a_quotation_of_its_own_is_its_source():
    got = one("\u201cThe drills will go ahead as planned,\u201d Yonhap News Agency reported.")
    assert got[:2] == ("quoted", "Yonhap News Agency")


@pytest.mark.parametrize("sentence", [
    "This led to the US building up its \"nuclear posture\" in a region Mr Ritter describes as "
    "\"ground zero for proliferation.\"",
    "The deal is part of a policy Trump describes as \"America First.\"",
])
def test_a_name_relative_without_that_qualifies_the_writers_noun(sentence):
    assert one(sentence) == ("authorial", None, None)


def test_a_name_that_describes_something_as_speaks():
    assert one("Yoon described the plan as \"historic.\"")[:2] == ("quoted", "Yoon")


def test_satisfaction_expressed_before_a_relay_is_the_inner_sources():
    got = one("In his speeches at the launch on Wednesday, Kim expressed satisfaction that the "
              "country has acquired its own submarine, KCNA said.")
    assert got[:2] == ("quoted", "Kim")
