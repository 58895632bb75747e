"""A quotation introduced by *As X put it* is X's words, not the last speaker's
(:mod:`analysis.corpus.put_it`). Sentences written for these tests in the styles of wire copy,
the Korean English-language press and a briefing transcript."""

import pytest

from analysis.corpus.put_it import put_it_source
from analysis.corpus.quotes import rule_readings
from analysis.corpus.sentences import iter_sentences
from tests.speaker_rows import quote_rows


@pytest.mark.parametrize("text,expected", [
    # Before the rule the second quotation was Biden's (the last speaker of the story).
    ("“We stand ready to respond to any provocation,” Biden said at the White House. "
     "As the Korea Herald put it in an editorial on Thursday, “The umbrella is only as strong "
     "as the trust behind it.”",
     [("direct", "quoted", "Biden"), ("direct", "quoted", "Korea Herald")]),
    # Wire copy: was KCNA's.
    ("Kim Jong Un oversaw the launch, KCNA said. As a senior U.S. defense official put it, "
     "“The drills will go on as planned, whatever Pyongyang says.”",
     [("indirect", "quoted", "KCNA"), ("direct", "quoted", "senior U.S. defense official")]),
    # Korean press, present tense: had no speaker.
    ("As Unification Minister Kwon Young-se puts it, “Dialogue remains the only road to a "
     "durable peace.”", [("direct", "quoted", "Kwon Young-se")]),
    # An appositive after the name is left out.
    ("As Cha, a fellow at CSIS, put it: “Seoul wanted a seat at the table, and it got one, "
     "which is more than Tokyo got.”", [("direct", "quoted", "Cha")]),
    # Not the clause: a reporting verb of its own keeps its subject.
    ("“Let me put it this way: the alliance is ironclad,” the spokesman told reporters.",
     [("direct", "quoted", "the spokesman")]),
])
def test_as_x_put_it_names_the_speaker(text, expected):
    assert quote_rows(text) == expected


def test_a_short_quotation_after_the_clause_keeps_its_reading():
    # Under half of the sentence is quotation: the rule only names speakers, it changes no
    # reading (the model's training readings stay the same).
    text = "As one former U.S. official put it to me, “Reassurance is never finished.”"
    assert rule_readings(text, list(iter_sentences(text))) == ["none"]


@pytest.mark.parametrize("outside,source", [
    ("As one former U.S. official put it to me,  ", "one former U.S. official"),
    ("  as he puts it.", "he"),
    ("Or, as the ministry once put it:  ", "the ministry"),
    ("As Park, a senior fellow at the Asan Institute, put it,  ", "Park"),
    ("To put it mildly, the talks stalled.", None),
    ("Let me put it this way:  ", None),
    ("As expected, the envoy put the plan on hold.", None),
])
def test_put_it_source(outside, source):
    assert put_it_source(outside) == source
