"""The inner source before a trailing news relay (:mod:`analysis.corpus.trailing_relays`).

Every sentence here was written for this file in the style of wire copy and of reports that
carry North Korean statements; none is copied from an outlet. The expected values were checked
by hand against the rules of ``data/voices_README.md`` (*the speaker is the inner one*).
"""

import pytest

from analysis.corpus.minor_reports import reporting_clause
from analysis.corpus.trailing_relays import inner_before_relay, is_channel
from tests.speaker_rows import rows


@pytest.mark.parametrize(("phrase", "expected"), [
    ("The Korea Times", True), ("The Daily Mail", True), ("Reuters", True), ("AFP", True),
    ("local media", True), ("the minister", False), ("Kim Yo Jong", False), ("The", False),
])
def test_is_channel(phrase, expected):
    assert is_channel(phrase) is expected


def test_a_closing_according_to_a_paper_gives_the_words_to_the_minister_who_said_them():
    text = ("“Any carrier in our waters will be a target,” the defence minister said in a "
            "written statement, according to The Morning Ledger.")
    assert rows(text) == [("quoted", "the defence minister", "the defence minister")]


def test_a_closing_wire_credit_gives_the_words_to_the_named_official_past_his_aside():
    text = ("Mark Lippert, the State Department's envoy for Asia, told reporters in Tokyo "
            "that the tanker would dock on Friday, Reuters reported.")
    [(voice, speaker, _)] = rows(text)
    assert (voice, speaker) == ("quoted", "Mark Lippert")


@pytest.mark.parametrize(("outside", "expected"), [
    # no reporting clause of its own before the relay: the medium stays
    ("The frigate docked in Mokpo on Friday, according to The Morning Ledger.",
     ("Morning Ledger", True)),
    # the source is a person, no channel: kept
    ("The talks will resume in June, the envoy said, according to the minister.",
     ("minister", True)),
    # the inner source is itself a channel: kept
    ("The launch failed, Yonhap said, according to The Morning Ledger.",
     ("Morning Ledger", True)),
])
def test_the_medium_stays_without_an_inner_source(outside, expected):
    raw, according = reporting_clause(outside, False)
    assert inner_before_relay(outside, raw, according, False, reporting_clause) == expected
